"""Dates in text and the document's reference date (deadlines themselves: `directives.deadlines`)."""
from __future__ import annotations

import datetime as dt
import re

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .structure import Paragraph

_DATE_NUMERIC = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"
_DATE_LONG = r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"


def make_date(day, month, year) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def find_dates(text: str) -> list[tuple[int, int, dt.date]]:
    found = []
    for pattern in (_DATE_NUMERIC, _DATE_LONG):
        for match in re.finditer(pattern, text, flags=re.I):
            value = make_date(*match.groups())
            if value and 1900 < value.year < 2200:
                found.append((match.start(), match.end(), value))
    return sorted(found)


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def reference_date(meta: dict, paragraphs: list[Paragraph]) -> dt.date | None:
    """The document's date; else the first date in its opening sentences; else the 1st of its month."""
    if meta.get("date"):
        return meta["date"]
    for paragraph in paragraphs[:12]:
        match = re.match(rf"^(?:Ngày|Vào ngày|Sáng ngày|Chiều ngày)\s+{_DATE_NUMERIC}", paragraph.text)
        if match:
            return make_date(*match.groups())
    if meta.get("year"):
        return dt.date(meta["year"], meta.get("month") or 1, 1)
    # no date of its own (a page about a document): the latest full date it mentions is the nearest to when it
    # was written, a better year for "trước ngày 18/10" than today's
    mentioned = [value for paragraph in paragraphs if not paragraph.table for _, _, value in find_dates(paragraph.text)]
    return max(mentioned) if mentioned else None


# deadline words that introduce a due date ("trước ngày …", "chậm nhất …"), folded
_DEADLINE_CUE = re.compile(
    r"^(?:truoc|cham nhat|trong|khong qua|han|xong|hoan thanh|den het|den ngay|dau|giua|cuoi|ngay \d+ hang|hang|dinh ky)"
)


_STRONG_CUE = re.compile(r"^(?:truoc|cham nhat|khong qua|han|xong|hoan thanh|den het|den ngay)")
