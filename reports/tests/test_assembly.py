"""Sentences generated from selector outputs read like the seeds."""
from core.documents.layout import blocks_text
from core.testing import make_organisation
from reports import assembly
from reports.choices import PeriodRule, ReportKind
from reports.periods import compute_period

from .stubs import empty_data, seed_data

PERIOD = compute_period(ReportKind.HALF_YEAR, PeriodRule.STATISTICAL, year=2023)


def _content(data, db):
    return assembly.build_content(make_organisation("org-assembly"), PERIOD, data)


def _all_text(content):
    blocks = [b for blocks in content.sections.values() for b in blocks]
    return blocks_text(blocks + content.assessment + content.direction + content.intro + content.appendices)


def test_measurement_sentence_of_seed_004(db):
    text = _all_text(_content(seed_data(), db))
    assert ("Kiểm định, hiệu chuẩn và thử nghiệm 147 phương tiện đo các loại của 41 cơ sở, 134 đạt, 13 không đạt"
            in text)
    assert "Thu và phân tích 92 mẫu (51 mẫu nước và nước thải, 41 mẫu thực phẩm)." in text
    assert "nâng tổng số Tiêu chuẩn quốc gia trong kho lên 1.007 Tiêu chuẩn" in text


def test_science_figures_of_seed_002_with_counts_under_ten_as_two_digits(db):
    text = _all_text(_content(seed_data(), db))
    assert ("quản lý 40 nhiệm vụ khoa học và công nghệ (31 nhiệm vụ chuyển tiếp; 09 nhiệm vụ thực hiện từ năm 2023)"
            in text)
    assert "Tổ chức nghiệm thu 04 đề tài, dự án, kết quả xếp loại \"Khá\"." in text
    assert "Cấp 06 Giấy chứng nhận đăng ký kết quả" in text
    assert "(khoa học nông nghiệp 30; khoa học kỹ thuật và công nghệ 20; khoa học y, dược 12; khoa học xã hội 13)" in text


def test_amounts_come_with_words(db):
    text = _all_text(_content(seed_data(), db))
    assert ("45.998.409 đồng (Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng)" in text)


def test_footnotes_list_the_named_records(db):
    content = _content(seed_data(), db)
    notes = [r["footnote"] for blocks in content.sections.values() for b in blocks if b["kind"] == "paragraph"
             for r in b["runs"] if r.get("footnote")]
    assert "Nhà máy chế biến Thảo dược; Thủy điện tích năng Phước Hòa; Nhà máy BIOVALLEY." in notes
    assert any(note.startswith("Trong đó: 31 nhiệm vụ cấp tỉnh, 06 nhiệm vụ chương trình nông thôn miền núi") for note in notes)


def test_appendix_iv_carries_58_45_03_0(db):
    content = _content(seed_data(), db)
    summary = next(b for b in content.appendices if b["kind"] == "table")
    rows = [["".join(r["text"] for r in cell) for cell in row["cells"]] for row in summary["rows"]]
    assert rows[1][:5] == ["Cộng", "58", "45", "03", "0"]
    assert rows[3][:5] == ["Cộng", "0", "0", "0", "0"]
    assert rows[4][:5] == ["Tổng cộng I+II", "58", "45", "03", "0"]
    late = [b for b in content.appendices if b["kind"] == "table"][1]
    assert "Công văn số 1490/UBND-TH ngày 06/4/2023" in blocks_text([late])


def test_figures_keep_the_records_they_count(db):
    content = _content(seed_data(), db)
    late = content.figures["dt_completed_late"]
    assert late["value"] == 3
    assert late["records"][0]["url"] == "/directives/1/"
    assert content.figures["instruments_verified"]["value"] == 147


def test_weaknesses_are_drafted_from_the_data(db):
    text = _all_text(_content(seed_data(), db))
    assert "Có 03 nhiệm vụ hoàn thành nhưng quá hạn" in text
    assert "gia hạn thời gian thực hiện (02 nhiệm vụ)" in text


def test_period_without_data_says_so_in_words(db):
    content = _content(empty_data(), db)
    text = _all_text(content)
    assert not content.has_data
    assert "chưa có số liệu nào được cập nhật trên hệ thống" in text
    assert "None" not in text and "00" not in text.replace("1.00", "")
    assert content.appendices == []


def _zero_everywhere_checks(content):
    """No sentence says "0 nhiệm vụ": a zero figure is left out or written "không có" (tables keep "0")."""
    bad = []
    for blocks in [*content.sections.values(), content.assessment, content.direction, content.intro]:
        for block in blocks:
            if block["kind"] != "paragraph":
                continue
            for item in block["runs"]:
                if item.get("figure") and item["text"] in ("0", "00"):
                    bad.append("".join(r["text"] for r in block["runs"]))
    return bad


def test_a_zero_figure_never_reads_0_in_a_sentence(db):
    import dataclasses

    organisation = make_organisation("org-zero")
    base = seed_data()
    keys = [(group, f.name) for group in ("registers", "science") for f in dataclasses.fields(getattr(base, group))
            if isinstance(getattr(getattr(base, group), f.name), int) and getattr(getattr(base, group), f.name)]
    keys += [("directives", f.name) for f in dataclasses.fields(base.directives.totals)
             if getattr(base.directives.totals, f.name)]
    assert len(keys) > 30
    for group, key in keys:
        data = seed_data()
        if group == "directives":
            data.directives = dataclasses.replace(
                data.directives, totals=dataclasses.replace(data.directives.totals, **{key: 0}))
        else:
            setattr(data, group, dataclasses.replace(getattr(data, group), **{key: 0}))
        content = assembly.build_content(organisation, PERIOD, data)
        assert _zero_everywhere_checks(content) == [], f"{group}.{key} = 0"
    # and everything at zero at once, with the selectors present
    content = assembly.build_content(organisation, PERIOD, empty_data())
    assert _zero_everywhere_checks(content) == []


def test_sentences_read_like_the_seeds_when_parts_are_missing(db):
    import dataclasses

    data = seed_data()
    data.registers = dataclasses.replace(
        data.registers, instruments_passed=0, instruments_failed=0, samples_by_kind={"Vật liệu xây dựng": 92},
        tthc_received=3, tthc_resolved=3, tthc_on_time=3, tthc_late=0, tthc_returned=0, inspections_concluded=0)
    data.science = dataclasses.replace(data.science, new=0, carried_over=40, by_level={"Cấp tỉnh": 40})
    text = _all_text(_content(data, db))
    assert "147 phương tiện đo các loại của 41 cơ sở." in text  # pass/fail unknown: nothing invented
    assert "Thu và phân tích 92 mẫu vật liệu xây dựng." in text
    assert "Tiếp nhận và giải quyết đúng hạn, trước hạn 03 hồ sơ thủ tục hành chính (đạt 100%)." in text
    assert "số cuộc đã ban hành kết luận: không có." in text
    assert "quản lý 40 nhiệm vụ khoa học và công nghệ cấp tỉnh chuyển tiếp từ các năm trước." in text


def test_councils_by_kind_in_one_sentence_as_seed_002(db):
    import dataclasses

    data = seed_data()
    data.science = dataclasses.replace(data.science, councils=25, councils_by_kind={
        "Hội đồng tư vấn giao trực tiếp": 7, "Hội đồng tư vấn đánh giá, nghiệm thu": 5,
        "Hội đồng tư vấn xác định nhiệm vụ": 13})
    text = _all_text(_content(data, db))
    assert ("- Tổ chức 25 cuộc họp Hội đồng KH&CN (07 cuộc họp Hội đồng tư vấn giao trực tiếp; 05 cuộc họp Hội đồng tư vấn đánh giá, "
            "nghiệm thu; 13 cuộc họp Hội đồng tư vấn xác định nhiệm vụ).") in text


def test_a_deadline_is_never_printed_twice(db):
    import dataclasses

    from directives.figures import TaskRow

    data = seed_data()
    data.directives = dataclasses.replace(data.directives, upcoming=(
        TaskRow(text="Hoàn thiện dự thảo Quy chế, hoàn thành trước 15/3/2025", unit="Phòng QLKH",
                deadline="15/03/2025", deadline_text="trước 15/3/2025"),
        TaskRow(text="Hoàn thiện dự thảo Quy chế, hoàn thành trước 15/3/2025", unit="Phòng QLKH",
                deadline="15/03/2025", deadline_text="trước 15/3/2025")))
    text = blocks_text(_content(data, db).direction)
    assert text == "- Hoàn thiện dự thảo Quy chế, hoàn thành trước 15/3/2025 (Phòng QLKH chủ trì)."


def test_a_count_goes_before_what_it_counts(db):
    from worklog.figures import WorkLogRow

    assert assembly.activity_sentence(WorkLogRow(kind="communication", text="Cập nhật tin, bài lên Trang Thông "
                                                 "tin KH&CN", quantity="31", measure_unit="tin, bài")) == (
        "- Cập nhật 31 tin, bài lên Trang Thông tin KH&CN.")
    assert assembly.activity_sentence(WorkLogRow(kind="public_service", text="Sản xuất và cung ứng chế phẩm",
                                                 quantity="2,3", measure_unit="tấn")) == (
        "- Sản xuất và cung ứng chế phẩm: 2,3 tấn.")
    assert assembly.activity_sentence(WorkLogRow(kind="public_service", text="Sản xuất bịch nấm thương phẩm",
                                                 quantity="10.000", measure_unit="bịch", target="15.000")) == (
        "- Sản xuất bịch nấm thương phẩm: 10.000/15.000 bịch.")
    assert assembly.activity_sentence(WorkLogRow(kind="council", text="Tổ chức 04 Hội đồng KH&CN tư vấn nghiệm thu",
                                                 quantity="04", measure_unit="Hội đồng")) == (
        "- Tổ chức 04 Hội đồng KH&CN tư vấn nghiệm thu.")


def test_an_entry_names_its_document_where_the_seeds_do(db):
    from worklog.figures import WorkLogRow

    row = WorkLogRow(kind="advice", text="Tham mưu UBND tỉnh ban hành Quyết định ban hành Quy chế quản lý nhiệm vụ "
                     "KH&CN", document_number="1048/QĐ-UBND", document_date="19/05/2023")
    assert assembly.activity_sentence(row) == ("- Tham mưu UBND tỉnh ban hành Quyết định số 1048/QĐ-UBND ngày "
                                               "19/05/2023 ban hành Quy chế quản lý nhiệm vụ KH&CN.")
    letter = WorkLogRow(kind="advice", text="Góp ý dự thảo Luật Khoa học, công nghệ và đổi mới sáng tạo",
                        document_number="125/SKHCN-QLKH", document_date="03/02/2025")
    assert assembly.activity_sentence(letter) == ("- Góp ý dự thảo Luật Khoa học, công nghệ và đổi mới sáng tạo "
                                                  "(Công văn số 125/SKHCN-QLKH ngày 03/02/2025).")
    given = WorkLogRow(kind="advice", text="Trình UBND tỉnh (Tờ trình số 2243/TTr-SKH-CN ngày 28/12/2023)",
                       document_number="2243/TTr-SKH-CN", document_date="28/12/2023")
    assert assembly.activity_sentence(given) == "- Trình UBND tỉnh (Tờ trình số 2243/TTr-SKH-CN ngày 28/12/2023)."


def test_progress_checks_split_by_level_as_seed_002(db):
    import dataclasses

    data = seed_data()
    data.science = dataclasses.replace(data.science, inspections=28, inspections_by_level={
        "Cấp tỉnh": 25, "Cấp quốc gia": 2, "Chương trình nông thôn miền núi": 1})
    text = _all_text(_content(data, db))
    assert ("- Tổ chức kiểm tra tiến độ định kỳ, đột xuất 25 lượt đề tài, dự án cấp tỉnh; kiểm tra 03 lượt đề tài, dự "
            "án (cấp quốc gia và chương trình nông thôn miền núi).") in text
    assert "28 lượt" not in text


def test_appendix_stt_column_is_wide_enough_for_the_totals(db):
    """ "Tổng cộng I+II" at 12 pt needs about 2,5 cm; the tables keep the landscape width (25,7 cm)."""
    tables = [b for b in _content(seed_data(), db).appendices if b["kind"] == "table"]
    assert tables[0]["columns"][0][1] >= 2.5 and all(t["columns"][0][1] >= 2.0 for t in tables)
    assert all(round(sum(width for _, width in t["columns"]), 1) <= 25.7 for t in tables)
