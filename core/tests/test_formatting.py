"""Vietnamese conventions: numbers read aloud, amounts in words, dates, counts, folding for search."""
import datetime as dt
from decimal import Decimal

import pytest
from django.template import Context, Template

from core.formatting import (
    amount_in_words,
    format_amount,
    format_count,
    format_date,
    format_datetime,
    format_number,
    long_date,
    number_in_words,
)
from core.text import fold


@pytest.mark.parametrize(
    "number, words",
    [
        (0, "không"),
        (1, "một"),
        (4, "bốn"),
        (5, "năm"),
        (10, "mười"),
        (11, "mười một"),
        (14, "mười bốn"),
        (15, "mười lăm"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi bốn"),
        (25, "hai mươi lăm"),
        (55, "năm mươi lăm"),
        (100, "một trăm"),
        (101, "một trăm linh một"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (111, "một trăm mười một"),
        (115, "một trăm mười lăm"),
        (215, "hai trăm mười lăm"),
        (1000, "một nghìn"),
        (1001, "một nghìn không trăm linh một"),
        (1007, "một nghìn không trăm linh bảy"),
        (1010, "một nghìn không trăm mười"),
        (1015, "một nghìn không trăm mười lăm"),
        (1021, "một nghìn không trăm hai mươi mốt"),
        (2050, "hai nghìn không trăm năm mươi"),
        (10_000, "mười nghìn"),
        (100_000, "một trăm nghìn"),
        (1_000_000, "một triệu"),
        (1_000_001, "một triệu không trăm linh một"),
        (1_005_000, "một triệu không trăm linh năm nghìn"),
        (1_000_000_000, "một tỷ"),
        (1_000_005_000, "một tỷ không trăm linh năm nghìn"),
        (2_000_000_015, "hai tỷ không trăm mười lăm"),
        (1_000_000_000_000, "một nghìn tỷ"),
        (45_998_409, "bốn mươi lăm triệu chín trăm chín mươi tám nghìn bốn trăm linh chín"),
        (-21, "âm hai mươi mốt"),
    ],
)
def test_number_in_words(number, words):
    assert number_in_words(number) == words


@pytest.mark.parametrize(
    "amount, words",
    [
        # seed 002 writes "Bốn mươi năm triệu": a typo; the correct reading says "lăm".
        (45_998_409, "Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng"),
        (Decimal("45998409"), "Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng"),
        (2050, "Hai nghìn, không trăm năm mươi đồng"),
        (1_000_000_000, "Một tỷ đồng"),
        (1_500_000, "Một triệu, năm trăm nghìn đồng"),
        (0, "Không đồng"),
    ],
)
def test_amount_in_words(amount, words):
    assert amount_in_words(amount) == words


def test_amount_in_words_plain_separator():
    assert amount_in_words(2050, separator=" ") == "Hai nghìn không trăm năm mươi đồng"


@pytest.mark.parametrize(
    "value, text",
    [(0, "0"), (7, "7"), (1234, "1.234"), (1_234_567, "1.234.567"), (-45998409, "-45.998.409"), (Decimal("1000000"), "1.000.000")],
)
def test_format_number_groups_thousands_with_dots(value, text):
    assert format_number(value) == text


def test_format_number_decimals_use_a_comma():
    assert format_number(12.5, 1) == "12,5"
    assert format_number(Decimal("1234.56"), 2) == "1.234,56"
    assert format_number(None) == ""


@pytest.mark.parametrize("value, text", [(0, "00"), (2, "02"), (9, "09"), (10, "10"), (49, "49"), (1007, "1.007"), (None, "00")])
def test_format_count(value, text):
    assert format_count(value) == text


def test_format_amount():
    assert format_amount(45998409) == "45.998.409 đồng"
    assert format_amount(None) == ""


def test_dates_are_dd_mm_yyyy():
    assert format_date(dt.date(2025, 2, 5)) == "05/02/2025"
    assert format_date(dt.datetime(2024, 12, 31, 23, 59)) == "31/12/2024"
    assert format_date(None) == ""
    assert format_date(None, empty="—") == "—"


def test_aware_datetimes_are_shown_in_vietnam_time():
    utc = dt.datetime(2025, 1, 31, 20, 30, tzinfo=dt.timezone.utc)
    assert format_datetime(utc) == "01/02/2025 03:30"


@pytest.mark.parametrize(
    "day, place, text",
    [
        (dt.date(2025, 2, 5), "Quảng Trị", "Quảng Trị, ngày 05 tháng 02 năm 2025"),
        (dt.date(2025, 1, 15), None, "ngày 15 tháng 01 năm 2025"),
        (dt.date(2024, 3, 9), "Bắc Kạn", "Bắc Kạn, ngày 09 tháng 3 năm 2024"),
        (dt.date(2024, 12, 18), "Ninh Thuận", "Ninh Thuận, ngày 18 tháng 12 năm 2024"),
    ],
)
def test_long_date_follows_decree_30(day, place, text):
    assert long_date(day, place) == text


@pytest.mark.parametrize("text", ["nghiem thu", "NGHIỆM THU", "nghiệm thu", "Nghiệm  thu", "Nghiệm thu"])
def test_fold_ignores_case_diacritics_and_spacing(text):
    assert fold(text) == "nghiem thu"


def test_fold_maps_d_with_stroke():
    assert fold("Đoàn đánh giá") == "doan danh gia"
    assert fold("ĐỀ TÀI") == fold("de tai")
    assert fold(None) == ""


def test_fold_handles_precomposed_and_decomposed_input():
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Tiêu chuẩn Đo lường")
    assert fold(decomposed) == fold("Tiêu chuẩn Đo lường") == "tieu chuan do luong"


def test_template_filters():
    rendered = Template(
        "{{ d|vn_date }}|{{ n|vn_number }}|{{ c|vn_count }}|{{ a|vn_amount }}|{{ a|amount_words }}"
    ).render(Context({"d": dt.date(2025, 2, 5), "n": 1234567, "c": 2, "a": 45998409}))
    assert rendered == (
        "05/02/2025|1.234.567|02|45.998.409 đồng|"
        "Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng"
    )
