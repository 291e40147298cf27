"""Vietnamese conventions wherever a person looks: dates, numbers, counts, amounts in words."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
GROUP_NAMES = ["", "nghìn", "triệu", "tỷ"]


def format_date(value: dt.date | dt.datetime | None, empty: str = "") -> str:
    """dd/mm/yyyy."""
    if value is None:
        return empty
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.strftime("%d/%m/%Y")


def format_datetime(value: dt.datetime | None, empty: str = "") -> str:
    if value is None:
        return empty
    from django.utils import timezone

    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.strftime("%d/%m/%Y %H:%M")


def format_number(value: int | float | Decimal | None, decimals: int = 0, empty: str = "") -> str:
    """1.234.567 and 12,5: dots group thousands, a comma marks decimals."""
    if value is None:
        return empty
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_count(value: int | None) -> str:
    """Counts in report text: under ten with a leading zero ("02", "09"), otherwise 1.007."""
    if value is None:
        return "00"
    value = int(value)
    if 0 <= value < 10:
        return f"0{value}"
    return format_number(value)


def format_amount(value: int | Decimal | None, unit: str = "đồng") -> str:
    """45.998.409 đồng."""
    if value is None:
        return ""
    return f"{format_number(value)} {unit}".strip()


def long_date(value: dt.date, place: str | None = None) -> str:
    """The dateline of an administrative document (Nghị định 30/2020):
    "Quảng Trị, ngày 05 tháng 02 năm 2025" (days below 10 and months 1–2 take a leading zero)."""
    day = f"{value.day:02d}"
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    text = f"ngày {day} tháng {month} năm {value.year}"
    return f"{place}, {text}" if place else text


def _read_triple(number: int, full: bool) -> str:
    """Read 0–999. `full` = there is a higher group, so "không trăm" and "linh" must be said."""
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if hundreds or full:
                words.append("linh")
            words.append(DIGITS[units])
        return " ".join(words)
    if tens == 1:
        words.append("mười")
    else:
        words += [DIGITS[tens], "mươi"]
    if units == 1 and tens > 1:
        words.append("mốt")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(DIGITS[units])
    return " ".join(words)


def number_in_words(number: int, separator: str = " ") -> str:
    """Read an integer in Vietnamese: 2050 → "hai nghìn không trăm năm mươi", 1007 → "một nghìn không trăm linh bảy".

    `separator` joins the groups of three digits; administrative documents write amounts with commas
    (`amount_in_words`): 45998409 → "bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín".
    """
    number = int(number)
    if number == 0:
        return "không"
    if number < 0:
        return "âm " + number_in_words(-number, separator)
    # A billion-group above "tỷ" is read "nghìn tỷ", "triệu tỷ": recurse on the part above a billion.
    billions, below = divmod(number, 1_000_000_000)
    parts: list[str] = []
    if billions:
        parts.append(f"{number_in_words(billions, separator)} tỷ")
    groups = [(below // 1_000_000) % 1000, (below // 1000) % 1000, below % 1000]
    names = ["triệu", "nghìn", ""]
    for value, name in zip(groups, names):
        if value == 0:
            continue
        has_higher = bool(parts)
        text = _read_triple(value, full=has_higher)
        parts.append(f"{text} {name}".strip())
    return separator.join(parts)


def amount_in_words(amount: int | Decimal, currency: str = "đồng", separator: str = ", ") -> str:
    """45998409 → "Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng" (as seed 002 writes it).

    Groups are separated by commas as in the seeds; pass `separator=" "` for the plain reading.
    """
    text = number_in_words(int(amount), separator)
    text = f"{text} {currency}".strip()
    return text[0].upper() + text[1:]


def is_year_field(field) -> bool:
    """A model or form field that holds a year (`year`, `start_year`, `budget_year`…): printed 2025, never 2.025."""
    name = getattr(field, "name", "") or ""
    return (name == "year" or name.endswith("_year")) and not getattr(field, "choices", None)


def format_year(value) -> str:
    return "" if value is None or value == "" else str(int(value))


def capitalise_first(text) -> str:
    """Upper-case the first letter only: "số GCN" → "Số GCN" (str.capitalize() would give "Số gcn")."""
    text = str(text)
    return text[:1].upper() + text[1:]


def lower_first(text) -> str:
    """Lower-case the first letter of a label used inside a sentence, keeping abbreviations:
    "Khởi nghiệp ĐMST, doanh nghiệp KH&CN" → "khởi nghiệp ĐMST, doanh nghiệp KH&CN"; "ISO 9001" stays."""
    text = str(text)
    first_word = text.split(" ", 1)[0]
    if sum(ch.isupper() for ch in first_word) > 1:
        return text
    return text[:1].lower() + text[1:]


def format_iso_date(text: str | None) -> str:
    """"2024-07-30" (or an ISO date-time) → "30/07/2024"; any other text is returned as it is."""
    import re

    text = "" if text is None else str(text).strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+Z-]*)?$", text)
    if not match:
        return text
    try:
        return format_date(dt.date(*map(int, match.groups())))
    except ValueError:
        return text
