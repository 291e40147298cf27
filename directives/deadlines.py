"""Deadlines as people write them in Vietnamese administrative documents.

`parse_deadline("trong tháng 3/2025")` → due 31/03/2025; `find_deadline(sentence)` locates the phrase inside
a task sentence and returns it with the exact words a person would quote. Date-parsing libraries do not
understand these phrases (seed 001, seed 003), so this module does it with a small set of patterns.

Conventions (documented in docs/directives.md):
- "trước ngày 21/02/2025", "trong ngày 21/02/2025", "trước 15/3/2025" → that day;
- "13h30 ngày 18/02/2025", "trước 14 giờ, ngày 05/12/2017" → that day, with the time;
- "trong tháng 3/2025" → last day of the month; "đầu / giữa / cuối tháng 3/2025" → day 10 / 20 / last day
  (window starting on day 1 / 11 / 21);
- "quý II/2025", "trong quý 2 năm 2025" → last day of the quarter ("đầu quý" → end of its first month,
  "giữa quý" → end of its second month);
- "6 tháng đầu năm 2023" → 30/06; "6 tháng cuối năm" → 31/12; "cả năm 2023", "trong năm 2023",
  "cuối năm 2023" → 31/12; "đầu năm" → 31/03; "giữa năm" → 30/06;
- "trong khoảng từ 31/7 – 15/8/2025" → a range: due is the end, start_date the beginning;
- "trong 15 ngày kể từ ngày ký" → base_date + 15 days ("ngày làm việc" skips Saturdays and Sundays;
  public holidays are not known); without a base date the due date stays empty;
- "trước ngày 06 hàng tháng", "hằng tuần", "định kỳ hàng quý" → recurring: no single date, the words are kept
  and `every` / `on_day` / `on_month` / `on_weekday` describe the rhythm;
- "thường xuyên", "liên tục", "không thời hạn" → none;
- a missing year is the year of `reference_date` (the source document's date), or of today without one;
- impossible dates ("30/02/2025"), or words we do not understand → "unparsed" (never a crash, never a guess).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

KINDS = (
    "date", "datetime", "month", "month_part", "quarter", "half_year", "year", "range", "relative", "recurring",
    "none", "unparsed",
)
KIND_LABELS = {
    "date": "Ngày cụ thể",
    "datetime": "Ngày và giờ",
    "month": "Trong tháng",
    "month_part": "Đầu/giữa/cuối tháng",
    "quarter": "Theo quý",
    "half_year": "Sáu tháng",
    "year": "Theo năm",
    "range": "Khoảng thời gian",
    "relative": "Tính từ một mốc",
    "recurring": "Định kỳ",
    "none": "Không thời hạn",
    "unparsed": "Chưa hiểu được",
}


@dataclass(frozen=True)
class Deadline:
    """A deadline: the original words and what they mean."""

    text: str
    kind: str
    due_date: dt.date | None
    due_time: dt.time | None = None
    start_date: dt.date | None = None
    recurring: bool = False
    # recurring deadlines: "day" | "week" | "month" | "quarter" | "half_year" | "year", and where in the period
    every: str | None = None
    on_day: int | None = None
    on_month: int | None = None
    on_weekday: int | None = None  # 0 = Monday … 6 = Sunday
    # relative deadlines: how many days/weeks/months, and whether days are working days
    offset: int | None = None
    offset_unit: str | None = None

    @property
    def ok(self) -> bool:
        return self.kind != "unparsed"

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


# ---------------------------------------------------------------------------------------------------------
# Folding that keeps every character at its index, so a match in the folded text is a span of the original.

def _fold_same_length(text: str) -> str:
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("d")
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        lowered = base.lower()
        out.append(lowered if len(lowered) == 1 else base)
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------
# Building blocks (on folded text: lower case, no diacritics, đ → d)

_DASH = r"\s*(?:-|–|—|den|toi)\s*"
_PREFIX_DATE = r"(?:(?:truoc|trong|cham nhat(?:\s+la)?(?:\s+truoc)?|han(?:\s+chot)?(?:\s+la)?|(?:tu\s+nay\s+)?den(?:\s+het)?|toi|vao)\s+)"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_WEEKDAYS = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tu": 2, "4": 2, "nam": 3, "5": 3, "sau": 4, "6": 4, "bay": 5, "7": 5}
_PERIODS = {"ngay": "day", "tuan": "week", "thang": "month", "quy": "quarter", "nam": "year"}
_NONE_WORDS = re.compile(r"\b(?:thuong xuyen|lien tuc|khong (?:xac dinh )?thoi han|khong co thoi han|hang ngay lien tuc)\b")
_EMPTY = {"", "-", "--", "—", "–", "khong", "khong co", "x", "n/a"}


def _compile(pattern: str) -> re.Pattern:
    return re.compile(pattern)


@dataclass
class _Candidate:
    start: int
    end: int
    strong: bool
    deadline_kwargs: dict | None  # None: the phrase is a deadline we cannot make sense of (e.g. 30/02/2025)
    priority: int = 0


class _Invalid(ValueError):
    pass


def _year(text: str | None, reference_year: int) -> int:
    if not text:
        return reference_year
    year = int(text)
    if year < 100:
        year += 2000
    if not 1900 <= year <= 2100:
        raise _Invalid(text)
    return year


def _date(day, month, year) -> dt.date:
    try:
        return dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError) as exc:
        raise _Invalid(f"{day}/{month}/{year}") from exc


def _time(hour, minute) -> dt.time:
    try:
        return dt.time(int(hour), int(minute or 0))
    except (TypeError, ValueError) as exc:
        raise _Invalid(f"{hour}:{minute}") from exc


def _month_end(year: int, month: int) -> dt.date:
    if not 1 <= month <= 12:
        raise _Invalid(str(month))
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def add_working_days(day: dt.date, count: int) -> dt.date:
    """`count` working days after `day` (Saturdays and Sundays skipped; holidays are not known)."""
    current = day
    while count > 0:
        current += dt.timedelta(days=1)
        if current.weekday() < 5:
            count -= 1
    return current


# Each rule: (pattern, strong, priority, handler(match, context) -> Deadline kwargs)
# `strong` phrases are deadlines wherever they occur; weak ones (a bare date) only when nothing else is there
# and they are not the date of a referenced document ("Chỉ thị số 38-CT/TW ngày 30/7/2024").

def _h_date(m, ctx):
    day, _, month, year = m.group("d", "sep", "m", "y")
    return {"kind": "date", "due_date": _date(day, month, _year(year, ctx["year"]))}


def _h_date_long(m, ctx):
    return {"kind": "date", "due_date": _date(m.group("d"), m.group("m"), _year(m.group("y"), ctx["year"]))}


def _h_iso(m, ctx):
    return {"kind": "date", "due_date": _date(m.group("d"), m.group("m"), m.group("y"))}


def _h_time_date(m, ctx):
    due = _date(m.group("d"), m.group("m"), _year(m.group("y"), ctx["year"]))
    return {"kind": "datetime", "due_date": due, "due_time": _time(m.group("hh"), m.group("mm"))}


def _h_month(m, ctx):
    year = _year(m.group("y"), ctx["year"])
    month = int(m.group("m"))
    end = _month_end(year, month)
    return {"kind": "month", "due_date": end, "start_date": dt.date(year, month, 1)}


def _h_month_part(m, ctx):
    year = _year(m.group("y"), ctx["year"])
    month = int(m.group("m"))
    end_of_month = _month_end(year, month)
    part = m.group("part")
    start_day, end_day = {"dau": (1, 10), "giua": (11, 20), "cuoi": (21, end_of_month.day)}[part]
    return {"kind": "month_part", "due_date": dt.date(year, month, end_day), "start_date": dt.date(year, month, start_day)}


def _h_quarter(m, ctx):
    year = _year(m.group("y"), ctx["year"])
    quarter = _ROMAN[m.group("q")]
    first_month = 3 * quarter - 2
    offset = {"dau": 0, "giua": 1}.get(m.group("part") or "", 2)
    return {
        "kind": "quarter", "due_date": _month_end(year, first_month + offset),
        "start_date": dt.date(year, first_month, 1),
    }


def _h_half_year(m, ctx):
    year = _year(m.group("y"), ctx["year"])
    if m.group("half2") == "dau":
        return {"kind": "half_year", "due_date": dt.date(year, 6, 30), "start_date": dt.date(year, 1, 1)}
    return {"kind": "half_year", "due_date": dt.date(year, 12, 31), "start_date": dt.date(year, 7, 1)}


def _h_year(m, ctx):
    year = _year(m.group("y"), ctx["year"])
    part = m.group("part") or ""
    due = {"dau": dt.date(year, 3, 31), "giua": dt.date(year, 6, 30)}.get(part, dt.date(year, 12, 31))
    return {"kind": "year", "due_date": due, "start_date": dt.date(year, 1, 1)}


def _h_range(m, ctx):
    end_year = _year(m.group("y2"), ctx["year"])
    end = _date(m.group("d2"), m.group("m2"), end_year)
    start_month = int(m.group("m1") or end.month)
    if m.group("y1"):
        start_year = _year(m.group("y1"), ctx["year"])
    else:
        start_year = end.year - 1 if start_month > end.month else end.year
    start = _date(m.group("d1"), start_month, start_year)
    if start > end:
        raise _Invalid("range")
    return {"kind": "range", "due_date": end, "start_date": start}


def _h_month_range(m, ctx):
    end_year = _year(m.group("y2"), ctx["year"])
    end = _month_end(end_year, int(m.group("m2")))
    start_year = _year(m.group("y1"), end_year) if m.group("y1") else end_year
    start = _month_end(start_year, int(m.group("m1"))).replace(day=1)
    if start > end:
        raise _Invalid("range")
    return {"kind": "range", "due_date": end, "start_date": start}


def _h_relative(m, ctx):
    count = int(m.group("n"))
    unit_text = m.group("unit")
    unit = "working_day" if "lam viec" in unit_text else _PERIODS.get(unit_text.split()[0], "day")
    base = ctx["base"]
    due = None
    if base is not None:
        if unit == "working_day":
            due = add_working_days(base, count)
        elif unit == "week":
            due = base + dt.timedelta(weeks=count)
        elif unit == "month":
            due = _add_months(base, count)
        else:
            due = base + dt.timedelta(days=count)
    return {"kind": "relative", "due_date": due, "start_date": base, "offset": count, "offset_unit": unit}


def _h_recurring(m, ctx):
    every = _PERIODS[m.group("period")]
    groups = m.groupdict()
    on_day = int(groups["rd"]) if groups.get("rd") else None
    on_month = int(groups["rm"]) if groups.get("rm") else None
    if on_day is not None and not 1 <= on_day <= 31:
        raise _Invalid(str(on_day))
    if on_month is not None:
        _date(on_day or 1, on_month, 2024)  # validates day and month (2024: 29/02 allowed)
    weekday = None
    if groups.get("wd"):
        weekday = 6 if groups["wd"].startswith("chu") else _WEEKDAYS.get(groups["wd"].split()[-1])
    return {
        "kind": "recurring", "due_date": None, "recurring": True, "every": every, "on_day": on_day,
        "on_month": on_month, "on_weekday": weekday,
    }


def _h_recurring_interval(m, ctx):
    months = int(m.group("n"))
    every = {1: "month", 3: "quarter", 6: "half_year", 12: "year"}.get(months)
    if every is None:
        raise _Invalid(str(months))
    return {"kind": "recurring", "due_date": None, "recurring": True, "every": every}


_DATE_CORE = r"(?<![\d/.\-])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?![\d/\-]|\.\d)"
_DATE_CORE_2 = r"(?P<d2>\d{1,2})(?P<sep2>[/.\-])(?P<m2>\d{1,2})(?:(?P=sep2)(?P<y2>\d{4}|\d{2}))?(?![\d/\-]|\.\d)"
_LONG_CORE = r"ngay\s+(?P<d>\d{1,2})\s+thang\s+(?P<m>\d{1,2})(?:\s*(?:nam|/|-)\s*(?P<y>\d{4}))?"
_TIME_CORE = r"(?<![\d/])(?P<hh>\d{1,2})\s*(?:h|gio|g|:)\s*(?P<mm>\d{2})?(?:\s*(?:phut|p))?(?![a-z\d])"
_MONTH_YEAR = r"(?P<m>\d{1,2})(?:\s*[/\-]\s*(?P<y>\d{4})|\s+nam\s+(?P<y_>\d{4}))?(?![\d/])"

_RULES: list[tuple[re.Pattern, bool, int, object]] = [
    # recurring first: "trước ngày 06 hàng tháng" must not be read as a date
    (_compile(
        r"(?:dinh\s+ky\s+)?(?:(?:truoc|vao|trong|cham nhat)\s+)?(?:(?:ngay\s+)?(?P<rd>\d{1,2})(?:[/\-](?P<rm>\d{1,2}))?\s+"
        r"|(?:vao\s+)?(?P<wd>thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat)\s+)?"
        r"(?:hang|moi)\s+(?P<period>ngay|tuan|thang|quy|nam)(?![a-z])"
    ), True, 90, _h_recurring),
    (_compile(r"dinh\s+ky\s+(?P<n>\d{1,2})\s+thang(?:\s+(?:mot|1)\s+lan)?(?![a-z\d/])"), True, 85, _h_recurring_interval),
    (_compile(r"dinh\s+ky\s+(?:hang\s+)?(?P<period>tuan|thang|quy|nam)(?![a-z])"), True, 80, _h_recurring),
    # ranges
    (_compile(
        r"(?:(?:trong\s+khoang|trong|khoang)\s+(?:thoi\s+gian\s+)?)?tu\s+(?:ngay\s+)?"
        r"(?P<d1>\d{1,2})(?:[/\-.](?P<m1>\d{1,2})(?:[/\-.](?P<y1>\d{4}|\d{2}))?)?" + _DASH + r"(?:ngay\s+)?" + _DATE_CORE_2
    ), True, 70, _h_range),
    (_compile(
        r"(?:trong\s+)?tu\s+thang\s+(?P<m1>\d{1,2})(?:\s*[/\-]\s*(?P<y1>\d{4}))?" + _DASH
        + r"(?:het\s+)?thang\s+(?P<m2>\d{1,2})(?:\s*[/\-]\s*(?P<y2>\d{4})|\s+nam\s+(?P<y2_>\d{4}))?(?![\d/])"
    ), True, 70, _h_month_range),
    # time and date
    (_compile(
        r"(?:(?:truoc|trong|cham nhat(?:\s+la)?|han(?:\s+chot)?|den|vao)\s+)?" + _TIME_CORE
        + r"\s*,?\s*(?:(?:ngay|hom)\s+)?" + _DATE_CORE
    ), True, 60, _h_time_date),
    (_compile(
        r"(?:(?:truoc|trong|cham nhat(?:\s+la)?|han(?:\s+chot)?|den|vao)\s+)?(?:ngay\s+)?" + _DATE_CORE
        + r"\s*,?\s*(?:luc|vao\s+luc|truoc)\s+" + _TIME_CORE
    ), True, 60, _h_time_date),
    # parts of a month, months, quarters, half years, years
    (_compile(r"(?:(?:vao|trong|truoc|den)\s+)?(?P<part>dau|giua|cuoi)\s+thang\s+" + _MONTH_YEAR), True, 50, _h_month_part),
    (_compile(r"(?:(?:trong|truoc|den|het|cuoi|vao)\s+)?(?:ca\s+)?(?:(?P<half>dau|cuoi)\s+)?(?:6|sau)\s+thang\s+(?P<half2>dau|cuoi)\s+nam(?:\s+(?P<y>\d{4}))?(?![\d])"),
     True, 45, _h_half_year),
    (_compile(r"(?:(?:trong|truoc|den|het|vao)\s+)?(?:(?P<part>dau|giua|cuoi|het)\s+)?quy\s+(?P<q>iv|iii|ii|i|[1-4])(?![a-z\d])(?:\s*(?:[/\-]|nam)\s*(?P<y>\d{4}))?"),
     True, 45, _h_quarter),
    (_compile(r"(?:(?:trong|truoc|den|het)\s+)?thang\s+" + _MONTH_YEAR), True, 40, _h_month),
    (_compile(r"(?:(?:truoc|den)\s+)?(?:(?:ca|trong|het|den\s+het|truoc)\s+)nam\s+(?P<y>\d{4})(?![\d])"), True, 35, _h_year),
    (_compile(r"(?:(?:vao|trong|truoc|den)\s+)?(?P<part>dau|giua|cuoi)\s+nam\s+(?P<y>\d{4})(?![\d])"), True, 35, _h_year),
    # relative
    (_compile(
        r"(?:trong(?:\s+vong|\s+thoi\s+han)?|cham\s+nhat(?:\s+la)?|sau|truoc)\s+(?P<n>\d{1,3})\s+(?P<unit>ngay\s+lam\s+viec|ngay|tuan|thang)"
        r"(?![a-z])(?:\s*,?\s*(?:ke\s+tu|tinh\s+tu|sau\s+khi|sau|tu)\s+[^.;,()\n]{1,60}?(?=[.;,()\n]|$))?"
    ), True, 30, _h_relative),
    # single dates
    (_compile(_PREFIX_DATE + r"(?:ngay\s+)?" + _DATE_CORE), True, 20, _h_date),
    (_compile(_PREFIX_DATE + r"?" + _LONG_CORE), True, 20, _h_date_long),
    (_compile(r"(?<![\d])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])"), False, 15, _h_iso),
    (_compile(r"(?:ngay\s+)?" + _DATE_CORE), False, 10, _h_date),
    (_compile(r"nam\s+(?P<y>\d{4})(?![\d/])"), False, 5, _h_year),
]


_STRONG_PREFIX = re.compile(r"^(?:truoc|trong|cham nhat|han|den|toi|vao|tu|het)\b")
_REFERENCE_BEFORE = re.compile(
    r"(?:\bso\s+[\w./\-]+|[\w.\-]*\d[\w.\-]*/[\w.\-/]*[a-z][\w.\-]*|\bngay\s+ky|\bban\s+hanh)\s*,?\s*$"
)


class _GroupView:
    """A match whose `y` group falls back to `y_` (the "tháng 3 năm 2025" spelling)."""

    def __init__(self, match):
        self._match = match
        self._groups = match.groupdict()
        if self._groups.get("y") is None and self._groups.get("y_"):
            self._groups["y"] = self._groups["y_"]
        if self._groups.get("y2") is None and self._groups.get("y2_"):
            self._groups["y2"] = self._groups["y2_"]

    def group(self, *names):
        if len(names) == 1:
            return self._groups.get(names[0])
        return tuple(self._groups.get(n) for n in names)

    def groupdict(self):
        return self._groups


def _candidates(folded: str, ctx: dict) -> list[_Candidate]:
    found: list[_Candidate] = []
    for pattern, strong, priority, handler in _RULES:
        for match in pattern.finditer(folded):
            if match.end() == match.start():
                continue
            try:
                kwargs = handler(_GroupView(match), ctx)
            except _Invalid:
                kwargs = None
            except (ValueError, OverflowError):
                kwargs = None
            found.append(_Candidate(match.start(), match.end(), strong, kwargs, priority))
    # keep the widest phrase where phrases overlap (a range over its end date, a recurring phrase over "ngày 06")
    found.sort(key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    kept: list[_Candidate] = []
    for candidate in found:
        if any(candidate.start < other.end and other.start < candidate.end for other in kept):
            continue
        kept.append(candidate)
    kept.sort(key=lambda c: c.start)
    return kept


def _is_reference(folded: str, candidate: _Candidate) -> bool:
    """A bare date right after a document number is that document's date, not a deadline."""
    before = folded[max(0, candidate.start - 60):candidate.start]
    return bool(_REFERENCE_BEFORE.search(before)) or before.rstrip().endswith("(")


def _clean_span(text: str) -> str:
    return " ".join(text.split()).strip(" ,;")


def _context(reference_date, base_date) -> dict:
    reference_year = reference_date.year if reference_date else dt.date.today().year
    return {"year": reference_year, "base": base_date or reference_date}


def _build(text: str, candidate: _Candidate) -> Deadline:
    if candidate.deadline_kwargs is None:
        return Deadline(text=text, kind="unparsed", due_date=None)
    return Deadline(text=text, **candidate.deadline_kwargs)


def parse_deadline(text, *, reference_date: dt.date | None = None, base_date: dt.date | None = None) -> Deadline:
    """Read a deadline phrase. Never raises: what cannot be understood comes back as kind "unparsed"."""
    if isinstance(text, dt.datetime):
        return Deadline(text=text.strftime("%d/%m/%Y"), kind="date", due_date=text.date())
    if isinstance(text, dt.date):
        return Deadline(text=text.strftime("%d/%m/%Y"), kind="date", due_date=text)
    original = " ".join(unicodedata.normalize("NFC", str(text or "")).split())
    folded = _fold_same_length(original)
    if folded.strip(" .") in _EMPTY:
        return Deadline(text=original, kind="none", due_date=None)
    ctx = _context(reference_date, base_date)
    candidates = _candidates(folded, ctx)
    if not candidates and _NONE_WORDS.search(folded):
        return Deadline(text=original, kind="none", due_date=None)
    if not candidates:
        return Deadline(text=original, kind="unparsed", due_date=None)
    if any(c.deadline_kwargs is None for c in candidates):
        return Deadline(text=original, kind="unparsed", due_date=None)
    strong = [c for c in candidates if c.strong]
    chosen = (strong or candidates)[-1]
    return _build(original, chosen)


def find_deadline(sentence: str, *, reference_date: dt.date | None = None) -> Deadline | None:
    """The deadline phrase inside a task sentence, with `.text` = the words as quoted; None if there is none."""
    original = unicodedata.normalize("NFC", str(sentence or ""))
    folded = _fold_same_length(original)
    ctx = _context(reference_date, None)
    candidates = _candidates(folded, ctx)
    strong = [c for c in candidates if c.strong and (c.deadline_kwargs is not None or _STRONG_PREFIX.match(folded[c.start:]))]
    weak = [
        c for c in candidates
        if not c.strong and c.deadline_kwargs is not None and c.deadline_kwargs.get("kind") == "date"
        and not _is_reference(folded, c)
    ]
    strong = [c for c in strong if not (c.deadline_kwargs and c.deadline_kwargs.get("kind") == "date"
                                        and not _STRONG_PREFIX.match(folded[c.start:]) and _is_reference(folded, c))]
    pool = strong or weak
    if not pool:
        return None
    chosen = pool[-1]
    return _build(_clean_span(original[chosen.start:chosen.end]), chosen)


def describe(deadline: Deadline) -> str:
    """A short Vietnamese reading of the deadline, for screens: "31/03/2025 (trong tháng)"."""
    if deadline.kind == "unparsed":
        return f"Chưa hiểu được: “{deadline.text}”"
    if deadline.kind == "none":
        return "Không thời hạn"
    if deadline.kind == "recurring":
        return f"Định kỳ: {deadline.text}"
    if deadline.due_date is None:
        return deadline.text
    text = deadline.due_date.strftime("%d/%m/%Y")
    if deadline.due_time:
        text = f"{deadline.due_time.strftime('%H:%M')} {text}"
    return text
