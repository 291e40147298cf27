"""The deadline phrase parser on real-world forms (seeds 001, 003 and the usual wording of provincial documents)."""
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from directives.deadlines import find_deadline, parse_deadline

D = dt.date
REF = D(2025, 2, 17)

# (words, kind, due date, extra expectations)
FORMS = [
    ("trước ngày 21/02/2025", "date", D(2025, 2, 21), {}),
    ("trong ngày 21/02/2025", "date", D(2025, 2, 21), {}),
    ("trước 15/3/2025", "date", D(2025, 3, 15), {}),
    ("trước ngày 30/6/2025", "date", D(2025, 6, 30), {}),
    ("chậm nhất ngày 25/3/2025", "date", D(2025, 3, 25), {}),
    ("hạn chót 31/12/2024", "date", D(2024, 12, 31), {}),
    ("từ nay đến ngày 30/6/2025", "date", D(2025, 6, 30), {}),
    ("ngày 21 tháng 02 năm 2025", "date", D(2025, 2, 21), {}),
    ("21/02/2025", "date", D(2025, 2, 21), {}),
    ("21.02.2025", "date", D(2025, 2, 21), {}),
    ("2025-02-21", "date", D(2025, 2, 21), {}),
    ("28-10", "date", D(2025, 10, 28), {}),
    ("trước ngày 10/4", "date", D(2025, 4, 10), {}),
    ("TRƯỚC NGÀY 21/02/2025", "date", D(2025, 2, 21), {}),
    ("truoc ngay 21/02/2025", "date", D(2025, 2, 21), {}),
    ("14/01/2023", "date", D(2023, 1, 14), {}),
    ("13h30 ngày 18/02/2025", "datetime", D(2025, 2, 18), {"due_time": dt.time(13, 30)}),
    ("7h30 ngày 18/02/2025", "datetime", D(2025, 2, 18), {"due_time": dt.time(7, 30)}),
    ("trước 14 giờ, ngày 05/12/2017", "datetime", D(2017, 12, 5), {"due_time": dt.time(14, 0)}),
    ("trước 17h00 ngày 21/02", "datetime", D(2025, 2, 21), {"due_time": dt.time(17, 0)}),
    ("ngày 18/02/2025 lúc 14h00", "datetime", D(2025, 2, 18), {"due_time": dt.time(14, 0)}),
    ("trong tháng 3/2025", "month", D(2025, 3, 31), {"start_date": D(2025, 3, 1)}),
    ("trong tháng 02/2025", "month", D(2025, 2, 28), {}),
    ("trong tháng 02/2024", "month", D(2024, 2, 29), {}),
    ("trong tháng 3", "month", D(2025, 3, 31), {}),
    ("tháng 3 năm 2025", "month", D(2025, 3, 31), {}),
    ("đầu tháng 3/2025", "month_part", D(2025, 3, 10), {"start_date": D(2025, 3, 1)}),
    ("giữa tháng 3/2025", "month_part", D(2025, 3, 20), {"start_date": D(2025, 3, 11)}),
    ("cuối tháng 02/2024", "month_part", D(2024, 2, 29), {"start_date": D(2024, 2, 21)}),
    ("quý II/2025", "quarter", D(2025, 6, 30), {"start_date": D(2025, 4, 1)}),
    ("trong quý 2 năm 2025", "quarter", D(2025, 6, 30), {}),
    ("quý IV", "quarter", D(2025, 12, 31), {}),
    ("cuối quý I/2023", "quarter", D(2023, 3, 31), {}),
    ("trong quý III/2023", "quarter", D(2023, 9, 30), {}),
    ("6 tháng đầu năm 2023", "half_year", D(2023, 6, 30), {}),
    ("6 tháng cuối năm", "half_year", D(2025, 12, 31), {}),
    ("cả năm 2023", "year", D(2023, 12, 31), {}),
    ("năm 2023", "year", D(2023, 12, 31), {}),
    ("trong năm 2023", "year", D(2023, 12, 31), {}),
    ("cuối năm 2025", "year", D(2025, 12, 31), {}),
    ("trong khoảng từ 31/7 – 15/8/2025", "range", D(2025, 8, 15), {"start_date": D(2025, 7, 31)}),
    ("từ ngày 15/12 đến ngày 15/01/2026", "range", D(2026, 1, 15), {"start_date": D(2025, 12, 15)}),
    ("từ tháng 3 đến tháng 5/2025", "range", D(2025, 5, 31), {"start_date": D(2025, 3, 1)}),
    ("trong 15 ngày kể từ ngày ký", "relative", D(2025, 3, 4), {"offset": 15}),
    ("trong vòng 10 ngày làm việc kể từ ngày nhận được văn bản", "relative", D(2025, 3, 3),
     {"offset_unit": "working_day"}),
    ("trong 02 tháng", "relative", D(2025, 4, 17), {}),
    ("trước ngày 06 hàng tháng", "recurring", None, {"every": "month", "on_day": 6, "recurring": True}),
    ("hằng tuần", "recurring", None, {"every": "week"}),
    ("định kỳ hàng quý", "recurring", None, {"every": "quarter"}),
    ("vào thứ Sáu hằng tuần", "recurring", None, {"every": "week", "on_weekday": 4}),
    ("trước ngày 15/12 hàng năm", "recurring", None, {"every": "year", "on_day": 15, "on_month": 12}),
    ("định kỳ 6 tháng", "recurring", None, {"every": "half_year"}),
    ("thường xuyên", "none", None, {}),
    ("liên tục", "none", None, {}),
    ("không thời hạn", "none", None, {}),
    ("", "none", None, {}),
]


@pytest.mark.parametrize("words,kind,due,extra", FORMS, ids=[f[0] or "empty" for f in FORMS])
def test_real_world_forms(words, kind, due, extra):
    deadline = parse_deadline(words, reference_date=REF)
    assert (deadline.kind, deadline.due_date) == (kind, due)
    for name, value in extra.items():
        assert getattr(deadline, name) == value, name
    assert deadline.ok
    assert deadline.text == words


@pytest.mark.parametrize("words", ["30/02/2025", "32/01/2025", "trước ngày 31/4/2025", "tháng 13/2025",
                                   "trước 25h ngày 18/02/2025", "sớm nhất có thể", "khi có yêu cầu",
                                   "từ 20/8 – 15/8/2025"])
def test_impossible_or_unknown_is_unparsed_never_guessed(words):
    deadline = parse_deadline(words, reference_date=REF)
    assert deadline.kind == "unparsed"
    assert not deadline.ok
    assert deadline.due_date is None
    assert deadline.text == words


def test_missing_year_is_the_reference_year():
    assert parse_deadline("trong tháng 3", reference_date=D(2023, 1, 5)).due_date == D(2023, 3, 31)
    assert parse_deadline("28-10", reference_date=D(2019, 6, 1)).due_date == D(2019, 10, 28)


def test_relative_uses_base_date_and_stays_open_without_one():
    assert parse_deadline("trong 15 ngày kể từ ngày ký", base_date=D(2025, 1, 1)).due_date == D(2025, 1, 16)
    deadline = parse_deadline("trong 15 ngày kể từ ngày ký")
    assert deadline.kind == "relative" and deadline.due_date is None and deadline.ok


def test_a_date_object_is_accepted():
    assert parse_deadline(D(2025, 2, 21)).due_date == D(2025, 2, 21)


def seed_001_labels() -> list[dict]:
    """The labelled tasks of seed 001 (a copy of ../shared/labels/seed_001.json kept in the repository)."""
    path = Path(__file__).resolve().parents[2] / "docimport" / "labels" / "seed_001.json"
    return json.loads(path.read_text(encoding="utf-8"))["tasks"]


@pytest.mark.parametrize("label", seed_001_labels(), ids=lambda label: label["text"][:30])
def test_find_deadline_matches_the_labels_of_seed_001(label):
    found = find_deadline(label["text"], reference_date=REF)
    if label["deadline_text"] is None:
        assert found is None
    else:
        assert found.text == label["deadline_text"]
        assert found.due_date.isoformat() == label["deadline"]


def test_seed_001_labels_are_available():
    assert len(seed_001_labels()) == 19


@pytest.mark.parametrize("sentence,expected", [
    ("Theo Công văn số 1490/UBND-TH ngày 06/4/2023 của UBND tỉnh, tham gia ý kiến.", None),
    ("Tổ chức thực hiện Kế hoạch số 88/KH-UBND ngày 10/5/2022 của UBND tỉnh", None),
    ("Thường xuyên cập nhật thông tin.", None),
    ("Báo cáo UBND tỉnh trước 14 giờ, ngày 05/12/2017 để tổng hợp.", "trước 14 giờ, ngày 05/12/2017"),
    ("Gửi báo cáo trước ngày 06 hàng tháng về Văn phòng.", "trước ngày 06 hàng tháng"),
    ("Nộp hồ sơ trước ngày 30/02/2025.", "trước ngày 30/02/2025"),
    ("Hoàn thành trong 15 ngày kể từ ngày ký, báo cáo Giám đốc.", "trong 15 ngày kể từ ngày ký"),
    ("Thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024, trình ban hành trong quý II/2025.", "trong quý II/2025"),
])
def test_find_deadline_in_sentences(sentence, expected):
    found = find_deadline(sentence, reference_date=REF)
    assert (found.text if found else None) == expected


def test_find_flags_an_impossible_deadline_instead_of_dropping_it():
    found = find_deadline("Nộp hồ sơ trước ngày 30/02/2025.", reference_date=REF)
    assert found.kind == "unparsed" and found.due_date is None


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789/-–. hgiờtháng quýnămtrướcIVđầu,")), max_size=40))
def test_never_crashes(text):
    deadline = parse_deadline(text, reference_date=REF)
    assert deadline.kind in {"date", "datetime", "month", "month_part", "quarter", "half_year", "year", "range",
                             "relative", "recurring", "none", "unparsed"}
    find_deadline(text, reference_date=REF)
