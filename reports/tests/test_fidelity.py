"""The fidelity checker: items found, missing and wrong; the checklists of the four seeds load."""
from reports.fidelity import SEED_REPORTS, Item, check, load_checklist


def test_items_are_found_missing_or_wrong():
    text = ("I. KẾT QUẢ CÔNG TÁC THÁNG 02 NĂM 2025\n"
            "- Tham mưu UBND tỉnh ban hành Quyết định số 290/QĐ-SKHCCN ngày 07/02/2025 công bố thủ tục.\n"
            "- Kiểm tra tiến độ 28 lượt đề tài, dự án; kiểm định 51 phương tiện đo.")
    items = [Item("head", "I. KẾT QUẢ CÔNG TÁC THÁNG 02 NĂM 2025", 1), Item("doc", "290/QĐ-SKHCCN", 2),
             Item("doc", "29/QĐ-SKHCCN", 3), Item("fig", "51 phương tiện đo", 4), Item("fig", "25 lượt đề tài", 5),
             Item("fig", "44 mẫu", 6), Item("item", "Tham mưu UBND tỉnh ban hành Quyết định số 290/QĐ-SKHCCN", 7),
             Item("item", "Thông báo kế hoạch thanh tra năm 2025 gửi các đối tượng thanh tra", 8)]
    outcome = check(text, items)
    assert [i.line for i in outcome.found] == [1, 2, 4, 7]
    assert [i.line for i in outcome.missing] == [3, 6, 8]
    assert [(i.line, said) for i, said in outcome.wrong] == [(5, "28 lượt đề tài")]
    assert round(outcome.coverage, 2) == 0.5


def test_every_seed_has_a_checklist_with_each_kind_of_item():
    for spec in SEED_REPORTS:
        kinds = {item.kind for item in load_checklist(spec.seed)}
        assert {"doc", "fig", "item", "head"} <= kinds, spec.seed
