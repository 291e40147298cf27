"""The figures sciencetasks offers to reports — an explicit, typed contract (read-only wrappers of the selectors).

`reports` imports these functions directly; a renamed selector key fails here (KeyError), loudly, instead of
turning into "no data" in a report. Breakdowns are keyed by choice labels (Vietnamese), ready to print.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from core import figure_cache

from . import selectors
from .choices import CouncilKind, Field, Grade, Level


@dataclass(frozen=True)
class NamedTask:
    """A task as a report names it: short name, full title, and the step's certificate/grade if any."""

    short_name: str
    title: str = ""
    grade: str = ""

    @classmethod
    def of(cls, raw: dict) -> "NamedTask":
        return cls(short_name=raw["short_name"], title=raw["title"], grade=raw.get("grade_label") or "")


@dataclass(frozen=True)
class CouncilRow:
    """A council that met in the period, as its founding decision names it, with the tasks it reviewed."""

    name: str
    kind: str  # CouncilKind value
    kind_label: str
    tasks: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScienceFigures:
    """S&T tasks of a year up to a date: managed (carried over / new, by level), events of the period
    (acceptances by grade, inspections, extensions, stops, registrations), next year's proposals."""

    year: int = 0
    managed: int = 0
    carried_over: int = 0
    new: int = 0
    by_level: dict[str, int] = field(default_factory=dict)
    accepted: int = 0
    accepted_by_grade: dict[str, int] = field(default_factory=dict)
    inspections: int = 0
    inspections_by_level: dict[str, int] = field(default_factory=dict)
    extended: int = 0
    stopped: int = 0
    registered: int = 0
    proposals_next_year: int = 0
    proposals_next_year_by_field: dict[str, int] = field(default_factory=dict)
    selected_next_year: int = 0
    late_advances: int = 0
    councils: int = 0
    councils_by_kind: dict[str, int] = field(default_factory=dict)
    accepted_tasks: tuple[NamedTask, ...] = ()
    extended_tasks: tuple[NamedTask, ...] = ()
    stopped_tasks: tuple[NamedTask, ...] = ()
    registered_tasks: tuple[NamedTask, ...] = ()
    late_advance_names: tuple[str, ...] = ()
    council_rows: tuple[CouncilRow, ...] = ()  # the councils of the period, by meeting date (at most 50)


def _labelled(raw: dict, choices) -> dict[str, int]:
    labels = {value: str(label) for value, label in choices.choices}
    return {labels.get(code, code): int(n) for code, n in raw.items() if n}


def science_figures(*, organisation, year: int, date_to: dt.date, date_from: dt.date | None = None) -> ScienceFigures:
    """A closed period's figures come from the cache (core.figure_cache) until a write into the organisation."""
    return figure_cache.cached_figures(
        "sciencetasks", organisation=organisation, date_to=date_to, key=(year, date_from),
        compute=lambda: _science_figures(organisation=organisation, year=year, date_to=date_to, date_from=date_from))


def _science_figures(*, organisation, year, date_to, date_from) -> ScienceFigures:
    raw = selectors.year_stats(organisation=organisation, year=year, date_to=date_to, date_from=date_from)
    details = selectors.year_details(organisation=organisation, year=year, date_to=date_to, date_from=date_from)
    return ScienceFigures(
        year=year, managed=raw["managed"], carried_over=raw["carried_over"], new=raw["new"],
        by_level=_labelled(raw["by_level"], Level), accepted=raw["accepted"],
        accepted_by_grade=_labelled(raw["accepted_by_grade"], Grade), inspections=raw["inspections"],
        inspections_by_level=_labelled(raw["inspections_by_level"], Level),
        extended=raw["extended"], stopped=raw["stopped"], registered=raw["registered"],
        proposals_next_year=raw["proposals_next_year"],
        proposals_next_year_by_field=_labelled(raw["proposals_next_year_by_field"], Field),
        selected_next_year=raw["selected_next_year"], late_advances=raw["late_advances"],
        councils=raw["councils"], councils_by_kind=_labelled(raw["councils_by_kind"], CouncilKind),
        accepted_tasks=tuple(NamedTask.of(item) for item in details["accepted"]),
        extended_tasks=tuple(NamedTask.of(item) for item in details["extended"]),
        stopped_tasks=tuple(NamedTask.of(item) for item in details["stopped"]),
        registered_tasks=tuple(NamedTask.of(item) for item in details["registered"]),
        late_advance_names=tuple(item["name"] for item in details["late_advances"]),
        council_rows=council_rows(organisation=organisation, date_from=date_from or dt.date(year, 1, 1),
                                  date_to=date_to),
    )


def council_rows(*, organisation, date_from: dt.date, date_to: dt.date, limit: int = 50) -> tuple[CouncilRow, ...]:
    """The councils that met in [date_from, date_to] (two queries, read-only)."""
    from .models import Council

    labels = {value: str(label) for value, label in CouncilKind.choices}
    councils = (Council.objects.filter(organisation=organisation, meeting_date__range=(date_from, date_to))
                .order_by("meeting_date", "id").prefetch_related("tasks")[:limit])
    return tuple(CouncilRow(name=council.name, kind=council.kind, kind_label=labels.get(council.kind, council.kind),
                            tasks=tuple(task.title or task.short_name for task in council.tasks.all()))
                 for council in councils)
