"""Reporting periods: calendar periods, or the statistical cut-off of the reporting regime.

Nghị định 09/2019/NĐ-CP Điều 12 (../shared/domain.md B): a monthly report counts from the 15th of the
previous month to the 14th of the reporting month; a quarter from the 15th of the month before it to the
14th of its last month; 6 months from 15/12 of the previous year to 14/06; 9 months to 14/09; a year to
14/12. Seed 004's January 2024 report (documents of 18/12/2023) therefore covers 15/12/2023–14/01/2024.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from .choices import PeriodRule, ReportKind

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class Period:
    kind: str
    start: dt.date
    end: dt.date
    label: str  # "tháng 01/2024", "6 tháng đầu năm 2023"
    next_label: str  # "tháng 02/2024", "6 tháng cuối năm 2023"
    year: int

    @property
    def heading_label(self) -> str:
        return self.label.upper()


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _statistical(year: int, first_month: int, last_month: int) -> tuple[dt.date, dt.date]:
    if first_month == 1:
        start = dt.date(year - 1, 12, 15)
    else:
        start = dt.date(year, first_month - 1, 15)
    return start, dt.date(year, last_month, 14)


def _calendar(year: int, first_month: int, last_month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, first_month, 1), _month_end(year, last_month)


def month_label(year: int, month: int) -> str:
    return f"tháng {month:02d}/{year}"


def compute_period(kind: str, rule: str, *, year: int, month: int | None = None, quarter: int | None = None,
                   week: int | None = None) -> Period:
    """The period of a report of `kind` under `rule` (PeriodRule.CALENDAR or PeriodRule.STATISTICAL)."""
    bounds = _statistical if rule == PeriodRule.STATISTICAL else _calendar
    if kind == ReportKind.MONTHLY:
        if not month or not 1 <= month <= 12:
            raise ValueError("Báo cáo tháng cần tháng từ 1 đến 12.")
        start, end = bounds(year, month, month)
        nxt_year, nxt_month = (year + 1, 1) if month == 12 else (year, month + 1)
        return Period(kind, start, end, month_label(year, month), month_label(nxt_year, nxt_month), year)
    if kind == ReportKind.QUARTERLY:
        if not quarter or not 1 <= quarter <= 4:
            raise ValueError("Báo cáo quý cần quý từ 1 đến 4.")
        start, end = bounds(year, quarter * 3 - 2, quarter * 3)
        nxt = f"quý {ROMAN[quarter + 1]} năm {year}" if quarter < 4 else f"quý I năm {year + 1}"
        return Period(kind, start, end, f"quý {ROMAN[quarter]} năm {year}", nxt, year)
    if kind == ReportKind.HALF_YEAR:
        start, end = bounds(year, 1, 6)
        return Period(kind, start, end, f"6 tháng đầu năm {year}", f"6 tháng cuối năm {year}", year)
    if kind == ReportKind.NINE_MONTHS:
        start, end = bounds(year, 1, 9)
        return Period(kind, start, end, f"9 tháng đầu năm {year}", f"quý IV năm {year}", year)
    if kind == ReportKind.ANNUAL:
        start, end = bounds(year, 1, 12)
        return Period(kind, start, end, f"năm {year}", f"năm {year + 1}", year)
    if kind == ReportKind.WEEKLY:
        return week_period(year, week)
    raise ValueError(f"Loại báo cáo không hợp lệ: {kind}")


def week_label(year: int, week: int) -> str:
    """ "tuần 7 năm 2025", as seed 001 writes it ("Hội nghị trực báo tuần 7 năm 2025")."""
    return f"tuần {week} năm {year}"


def week_period(year: int, week: int | None) -> Period:
    """ISO week `week` of `year` (Monday → Sunday); the next week wraps into the next year."""
    if not week:
        raise ValueError("Báo cáo tuần cần số tuần (1 đến 52 hoặc 53).")
    try:
        start = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        last = dt.date(year, 12, 28).isocalendar()[1]
        raise ValueError(f"Năm {year} chỉ có {last} tuần; số tuần phải từ 1 đến {last}.") from None
    following = (start + dt.timedelta(days=7)).isocalendar()
    return Period(ReportKind.WEEKLY, start, start + dt.timedelta(days=6), week_label(year, week),
                  week_label(following[0], following[1]), year)


def week_of(day: dt.date) -> Period:
    """The week containing `day`."""
    year, week, _ = day.isocalendar()
    return week_period(year, week)


def adhoc_period(start: dt.date, end: dt.date, label: str = "") -> Period:
    from core.formatting import format_date

    if end < start:
        raise ValueError("Ngày cuối kỳ phải sau ngày đầu kỳ.")
    label = (label or "").strip() or f"từ ngày {format_date(start)} đến ngày {format_date(end)}"
    return Period(ReportKind.ADHOC, start, end, label, "thời gian tới", end.year)


def recent_periods(kind: str, rule: str, today: dt.date) -> list[Period]:
    """The periods of `kind` around `today` (the one containing it and those just before), oldest first."""
    candidates = []
    if kind == ReportKind.WEEKLY:
        candidates = [week_of(today - dt.timedelta(days=7 * back)) for back in (2, 1, 0)]
    elif kind == ReportKind.MONTHLY:
        for back in (2, 1, 0, -1):
            month_index = today.year * 12 + today.month - 1 - back
            candidates.append(compute_period(kind, rule, year=month_index // 12, month=month_index % 12 + 1))
    elif kind == ReportKind.QUARTERLY:
        quarter_index = today.year * 4 + (today.month - 1) // 3
        for back in (1, 0, -1):
            index = quarter_index - back
            candidates.append(compute_period(kind, rule, year=index // 4, quarter=index % 4 + 1))
    elif kind in (ReportKind.HALF_YEAR, ReportKind.NINE_MONTHS, ReportKind.ANNUAL):
        candidates = [compute_period(kind, rule, year=year) for year in (today.year - 1, today.year)]
    return sorted({(p.start, p.end): p for p in candidates}.values(), key=lambda p: p.end)


def due_period(kind: str, rule: str, today: dt.date, *, grace_days: int | None = None) -> Period | None:
    """The period whose report is due now: it has ended, at most `grace_days` ago (a week for weekly reports,
    a month otherwise)."""
    grace = grace_days if grace_days is not None else (7 if kind == ReportKind.WEEKLY else 31)
    ended = [p for p in recent_periods(kind, rule, today) if p.end < today and (today - p.end).days <= grace]
    return ended[-1] if ended else None
