"""The figures sciencetasks offers to reports — an explicit, typed contract (read-only wrappers of the selectors).

`reports` imports these functions directly; a renamed selector key fails here (KeyError), loudly, instead of
turning into "no data" in a report. Breakdowns are keyed by choice labels (Vietnamese), ready to print.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from core import figure_cache

from . import selectors
from .choices import CouncilKind, Field, Grade, Level, StepKind

REPORTED_STEPS = (StepKind.ACCEPT, StepKind.EXTEND, StepKind.STOP, StepKind.REGISTER, StepKind.RECOGNISE)


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
    # seed 002's footnote "Trong đó: 22 nhiệm vụ cấp tỉnh, 06 nhiệm vụ NTMN (trong đó 04 dự án phối hợp quản lý)…"
    carried_over_by_level: dict[str, int] = field(default_factory=dict)
    carried_over_coordinated_by_level: dict[str, int] = field(default_factory=dict)
    new_by_level: dict[str, int] = field(default_factory=dict)
    # tasks the Sở only follows with the Ministry ("theo dõi 04 dự án do Trung ương quản lý"), those stopped
    coordinated: tuple[NamedTask, ...] = ()
    coordinated_all_projects: bool = False
    coordinated_stopped: int = 0
    recognised_tasks: tuple[NamedTask, ...] = ()
    # the year's new tasks whose contract was signed in the period (approved description and budget, contract)
    new_contracted: int = 0


def _labelled(raw: dict, choices) -> dict[str, int]:
    labels = {value: str(label) for value, label in choices.choices}
    return {labels.get(code, code): int(n) for code, n in raw.items() if n}


def science_figures(*, organisation, year: int, date_to: dt.date, date_from: dt.date | None = None) -> ScienceFigures:
    """A closed period's figures come from the cache (core.figure_cache) until a write into the organisation."""
    return figure_cache.cached_figures(
        "sciencetasks", organisation=organisation, date_to=date_to, key=(year, date_from),
        compute=lambda: _science_figures(organisation=organisation, year=year, date_to=date_to, date_from=date_from))


def _science_figures(*, organisation, year, date_to, date_from) -> ScienceFigures:
    raw = selectors.year_stats(organisation=organisation, year=year, date_to=date_to, date_from=date_from,
                               count_late_advances=False)
    start, end = selectors._window(year, date_to, date_from)
    late_names = tuple(selectors.late_advance_names(organisation=organisation, today=end))  # one per advance
    # only the lists a report prints, as plain values (year_details builds every list of the screens)
    steps = selectors.named_steps(organisation=organisation, kinds=REPORTED_STEPS, date_from=start, date_to=end)
    return ScienceFigures(
        year=year, managed=raw["managed"], carried_over=raw["carried_over"], new=raw["new"],
        by_level=_labelled(raw["by_level"], Level), accepted=raw["accepted"],
        accepted_by_grade=_labelled(raw["accepted_by_grade"], Grade), inspections=raw["inspections"],
        inspections_by_level=_labelled(raw["inspections_by_level"], Level),
        extended=raw["extended"], stopped=raw["stopped"], registered=raw["registered"],
        proposals_next_year=raw["proposals_next_year"],
        proposals_next_year_by_field=_labelled(raw["proposals_next_year_by_field"], Field),
        selected_next_year=raw["selected_next_year"], late_advances=len(late_names),
        councils=raw["councils"], councils_by_kind=_labelled(raw["councils_by_kind"], CouncilKind),
        accepted_tasks=tuple(NamedTask.of(item) for item in steps[StepKind.ACCEPT]),
        extended_tasks=tuple(NamedTask.of(item) for item in steps[StepKind.EXTEND]),
        stopped_tasks=tuple(NamedTask.of(item) for item in steps[StepKind.STOP]),
        registered_tasks=tuple(NamedTask.of(item) for item in steps[StepKind.REGISTER]),
        late_advance_names=late_names,
        council_rows=council_rows(organisation=organisation, date_from=date_from or dt.date(year, 1, 1),
                                  date_to=date_to),
        recognised_tasks=tuple(NamedTask.of(item) for item in steps[StepKind.RECOGNISE]),
        **_programme(organisation=organisation, year=year, start=start, end=end, raw=raw),
    )


def _programme(*, organisation, year, start, end, raw) -> dict:
    """The split of the managed tasks a yearly report footnotes, the tasks only coordinated, and the new tasks
    contracted in the period. The split comes from year_stats' grouped query (`raw`: the managed tasks' step
    subqueries are the costly part, run once); then three queries of plain values."""
    from .models import TaskStep

    managed = selectors.managed_tasks(organisation=organisation, year=year, date_to=end)
    carried = _labelled(raw["carried_over_by_level"], Level)
    carried_coordinated = _labelled(raw["carried_over_coordinated_by_level"], Level)
    new = _labelled(raw["new_by_level"], Level)
    coordinated = list(managed.filter(coordinated_only=True).order_by("code").values_list(
        "id", "short_name", "title", "task_type"))
    ids = [row[0] for row in coordinated]
    stopped = (TaskStep.objects.filter(task_id__in=ids, kind=StepKind.STOP, date__gte=start, date__lte=end)
               .values("task_id").distinct().count()) if ids else 0
    contracted = (selectors.steps_in_period(organisation=organisation, kinds=[StepKind.SIGN_CONTRACT],
                                            date_from=start, date_to=end)
                  .filter(task__start_year=year).values("task_id").distinct().count())
    return {
        "carried_over_by_level": carried, "carried_over_coordinated_by_level": carried_coordinated,
        "new_by_level": new,
        "coordinated": tuple(NamedTask(short_name=short or title, title=title) for _, short, title, _ in coordinated),
        "coordinated_all_projects": bool(coordinated) and all(str(row[3]).startswith("du_an") for row in coordinated),
        "coordinated_stopped": stopped, "new_contracted": contracted,
    }


def council_rows(*, organisation, date_from: dt.date, date_to: dt.date, limit: int = 50) -> tuple[CouncilRow, ...]:
    """The councils that met in [date_from, date_to] (two queries, read-only)."""
    from .models import Council

    labels = {value: str(label) for value, label in CouncilKind.choices}
    councils = (Council.objects.filter(organisation=organisation, meeting_date__range=(date_from, date_to))
                .order_by("meeting_date", "id").prefetch_related("tasks")[:limit])
    return tuple(CouncilRow(name=council.name, kind=council.kind, kind_label=labels.get(council.kind, council.kind),
                            tasks=tuple(task.title or task.short_name for task in council.tasks.all()))
                 for council in councils)
