"""The parser: scores on the labelled seeds and examples (the issue's acceptance targets), and its rules."""
import datetime as dt
import json
import sys
from pathlib import Path

import pytest

from docimport.extract import coordinating_units, extract, public_json, quantities, read_agency, references

from .helpers import LABELS, gold, seed_text

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import eval_extract  # noqa: E402


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    """Run the parser over every labelled file and score it with scripts/eval_extract.py."""
    out = {}
    for name, gold_dir in (("seeds", LABELS), ("examples", LABELS / "examples")):
        pred_dir = tmp_path_factory.mktemp(f"pred-{name}")
        for gold_path in gold_dir.glob("*.json"):
            text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
            result = public_json(extract(text))  # exactly the issue schema
            (pred_dir / gold_path.name).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
        out[name] = eval_extract.evaluate(pred_dir, gold_dir)
    return out


def test_seed_001_task_f1(scores):
    assert scores["seeds"]["documents"]["seed_001.json"]["tasks"]["f1"] >= 0.95


@pytest.mark.parametrize("seed", ["seed_002.json", "seed_003.json"])
def test_report_reference_f1(scores, seed):
    assert scores["seeds"]["documents"][seed]["references"]["f1"] >= 0.95


def test_report_quantity_f1(scores):
    assert scores["seeds"]["overall"]["quantities"]["f1"] >= 0.9


def test_own_examples(scores):
    overall = scores["examples"]["overall"]
    assert overall["tasks"]["f1"] >= 0.9
    assert overall["references"]["f1"] >= 0.95
    assert overall["quantities"]["f1"] >= 0.9


def test_seed_001_document_fields():
    result = extract(seed_text("001"))
    assert result["doc_type"] == "thong_bao_ket_luan"
    assert result["doc_date"] is None  # the day is left blank in the draft
    document = result["document"]
    assert document["symbol"] == "TB-SKHCN" and document["place"] == "Quảng Trị"
    assert document["title"].startswith("Kết luận của Giám đốc Sở Khoa học và Công nghệ")
    assert (document["signer"], document["position"]) == ("Trần Thị Nhung", "Chánh Văn phòng")
    leader_task = next(t for t in result["tasks"] if t["leader"])
    assert leader_task["leader"] == "Nguyễn Hữu Thắng" and leader_task["unit"] == "Văn phòng Sở"


def test_seed_001_matches_the_given_label_exactly_on_deadlines():
    predicted = extract(seed_text("001"))["tasks"]
    expected = gold("001")["tasks"]
    assert [(t["unit"], t["deadline"]) for t in predicted] == [(t["unit"], t["deadline"]) for t in expected]


def test_report_table_rows_become_tasks_with_completion_dates():
    tasks = extract(seed_text("003"))["tasks"]
    late = [t for t in tasks if t["deadline"] == "2023-04-10"]
    assert late and late[0]["completed_date"] == "2023-04-11" and late[0]["source"] == "table"
    tasks_002 = extract(seed_text("002"))["tasks"]
    assert tasks_002[0]["deadline"] == "2023-03-31" and tasks_002[0]["completed_date"] == "2023-04-24"


def test_people_committee_letter_assigns_several_departments():
    text = ("1. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh, báo cáo "
            "UBND tỉnh trước ngày 15/8/2024; Sở Tài chính bố trí kinh phí; Sở Nội vụ hướng dẫn thủ tục trước 28-10.")
    tasks = extract("Bắc Kạn, ngày 02 tháng 7 năm 2024\n\n" + text)["tasks"]
    assert [t["unit"] for t in tasks] == ["Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Nội vụ"]
    assert tasks[0]["deadline"] == "2024-08-15" and tasks[0]["coordinating_units"] == ["Sở Tài chính"]
    assert tasks[2]["deadline"] == "2024-10-28"  # "28-10": the year of the document


def test_recurring_deadline_keeps_the_words():
    tasks = extract("Giao Sở Tài chính báo cáo tình hình trước ngày 06 hàng tháng.")["tasks"]
    assert tasks[0]["deadline"] is None and tasks[0]["deadline_text"] == "trước ngày 06 hàng tháng"
    assert tasks[0]["recurring"] is True


def test_references_with_glued_and_long_dates():
    refs = references("Công văn số 434/SKH-CN-VP23/05/2023 về việc; Nghị quyết số 36-NQ/TW ngày 30 tháng 01 năm 2023 "
                      "của Bộ Chính trị; pháp luật số 03/KH-SKHCN ngày 11/01/2023.")
    assert [(r["number"], r["date"]) for r in refs] == [
        ("434/SKH-CN-VP", "2023-05-23"), ("36-NQ/TW", "2023-01-30"), ("03/KH-SKHCN", "2023-01-11")]
    assert refs[1]["issuer"] == "Bộ Chính trị" and refs[2]["kind"] == "Kế hoạch"


def test_quantities_skip_dates_ordinals_and_codes():
    text = ("Kiểm định 147 phương tiện đo trong 9 tháng, lần thứ 7, theo Nghị định 35, ISO 9001, ngày 26/4; "
            "giảm trừ 45.998.409 đồng; thu hoạch 2,3 tấn chế phẩm; nghiệm thu 04 đề tài.")
    found = {q["value"]: q["what"] for q in quantities(text, [])}
    assert found == {147: "phương tiện đo", 45998409: "đồng", 2.3: "tấn chế phẩm", 4: "đề tài"}


def test_unit_names_and_coordination():
    assert read_agency("Sở Lao động, Thương binh và Xã hội chủ trì việc") == "Sở Lao động, Thương binh và Xã hội"
    assert read_agency("Phòng Kế hoạch – Tài chính hoàn thành định mức") == "Phòng Kế hoạch – Tài chính"
    assert coordinating_units("Phối hợp với các phòng: Quản lý CN&ĐMST, Quản lý khoa học, Văn phòng Sở thực hiện") == [
        "Phòng Quản lý CN&ĐMST", "Phòng Quản lý khoa học", "Văn phòng Sở"]


def test_empty_and_odd_input():
    assert extract("")["tasks"] == [] and extract(None)["references"] == []
    assert extract("\x00\x01 | | |\t\t")["doc_type"] == "other"


def test_reference_date_falls_back_to_the_meeting_date():
    assert extract(seed_text("001"))["document"]["reference_date"] == dt.date(2025, 2, 17).isoformat()


def test_heading_variants():
    text = ("Quảng Trị, ngày 10 tháng 3 năm 2025\n\nTHÔNG BÁO\nKết luận của Giám đốc Sở\n\n"
            "VĂN PHÒNG SỞ:\n- Rà soát quy chế làm việc, trình Giám đốc Sở trước ngày 20/3/2025.\n"
            "2. Phòng Quản lý khoa học (PGĐ Nguyễn Văn An phụ trách):\n- Hoàn thiện hồ sơ nhiệm vụ trong tháng 4/2025.\n"
            "Nơi nhận:\n- Lưu: VT.")
    tasks = extract(text)["tasks"]
    assert [(t["unit"], t["deadline"]) for t in tasks] == [
        ("VĂN PHÒNG SỞ", "2025-03-20"), ("Phòng Quản lý khoa học", "2025-04-30")]


def test_bullets_with_a_unit_and_titles_before_agencies():
    text = ("Bắc Kạn, ngày 02 tháng 7 năm 2024\n\nCÔNG VĂN\n\n"
            "- Sở Tài chính: thẩm định dự toán kinh phí năm 2025, hoàn thành trước ngày 30/7/2024.\n"
            "- Giao Giám đốc Sở Nội vụ hướng dẫn thủ tục tuyển dụng trong quý III/2024.\n")
    tasks = extract(text)["tasks"]
    assert [(t["unit"], t["deadline"]) for t in tasks] == [("Sở Tài chính", "2024-07-30"), ("Sở Nội vụ", "2024-09-30")]
