"""The figures the work log offers to reports — an explicit, typed contract (`reports` imports it directly)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from core import figure_cache
from core.formatting import format_date, format_number

from docimport.vocabulary import SYMBOL_KINDS

from . import selectors
SYMBOL_TYPE = re.compile(r"/\s*([^-/\s]+)\s*-")


def document_kind(number: str) -> str:
    """ "1048/QĐ-UBND" → "Quyết định"; a symbol without a type ("6496/UBND-KGVX") is an official letter."""
    match = SYMBOL_TYPE.search(number or "")
    if match is None:
        return ""
    return SYMBOL_KINDS.get(match.group(1), "Công văn")


@dataclass(frozen=True)
class WorkLogRow:
    """One entry as a report prints it: numbers already written the Vietnamese way ("2.050", "2,3")."""

    kind: str
    text: str
    unit_code: str = ""
    unit: str = ""
    date: str = ""
    quantity: str = ""
    measure_unit: str = ""
    target: str = ""
    document_number: str = ""
    document_date: str = ""
    planned: bool = False

    @property
    def document_kind(self) -> str:
        return document_kind(self.document_number)

    @property
    def document_reference(self) -> str:
        """ "số 1048/QĐ-UBND ngày 19/05/2023" (empty without a number)."""
        if not self.document_number:
            return ""
        return f"số {self.document_number}" + (f" ngày {self.document_date}" if self.document_date else "")


@dataclass(frozen=True)
class WorkLogFigures:
    entries: tuple[WorkLogRow, ...] = ()  # done in the period, by date
    planned: tuple[WorkLogRow, ...] = ()  # planned entries dated in the next period


def plain_number(value) -> str:
    if value is None:
        return ""
    value = Decimal(value)
    return format_number(value, decimals=0 if value == value.to_integral_value() else 1)


ROW_VALUES = ("kind", "text", "unit__code", "unit__short_name", "unit__name", "date", "quantity", "measure_unit",
              "planned_quantity", "document_number", "document_date", "status")


def _rows(queryset) -> tuple[WorkLogRow, ...]:
    """Plain values, not model instances: a 9-month report of a large Sở reads about a thousand entries."""
    return tuple(WorkLogRow(
        kind=r["kind"], text=r["text"], unit_code=r["unit__code"], unit=r["unit__short_name"] or r["unit__name"],
        date=format_date(r["date"]), quantity=plain_number(r["quantity"]), measure_unit=r["measure_unit"],
        target=plain_number(r["planned_quantity"]), document_number=r["document_number"],
        document_date=format_date(r["document_date"]), planned=r["status"] == "planned",
    ) for r in queryset.order_by("date", "id").values(*ROW_VALUES))


def worklog_figures(*, organisation, date_from: dt.date, date_to: dt.date,
                    next_until: dt.date | None = None) -> WorkLogFigures:
    """A closed period's entries come from the cache (core.figure_cache) until a write into the organisation
    (worklog is a watched app: an entry written for the next period also replaces the generation)."""
    return figure_cache.cached_figures(
        "worklog", organisation=organisation, date_to=date_to, key=(date_from, date_to, next_until),
        compute=lambda: _worklog_figures(organisation=organisation, date_from=date_from, date_to=date_to,
                                         next_until=next_until))


def _worklog_figures(*, organisation, date_from, date_to, next_until) -> WorkLogFigures:
    done = selectors.entries_in_period(organisation=organisation, date_from=date_from, date_to=date_to)
    planned = ()
    if next_until:
        planned = _rows(selectors.entries_in_period(organisation=organisation, date_from=date_to + dt.timedelta(days=1),
                                                    date_to=next_until, status="planned"))
    return WorkLogFigures(entries=_rows(done), planned=planned)
