"""The figures directives offers to reports — an explicit, typed contract (read-only wrappers of the selectors).

`reports` imports these functions directly; a renamed selector key fails here (KeyError), loudly, instead of
turning into "no data" in a report.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from core import figure_cache

from . import selectors

COUNT_FIELDS = ("assigned", "completed", "completed_late", "overdue_not_completed", "in_progress", "cancelled")


@dataclass(frozen=True)
class TaskCounts:
    """Seed 003's Phụ lục IV columns for a group of tasks."""

    assigned: int = 0
    completed: int = 0
    completed_late: int = 0
    overdue_not_completed: int = 0
    in_progress: int = 0
    cancelled: int = 0

    @classmethod
    def of(cls, raw: dict) -> "TaskCounts":
        return cls(**{name: int(raw[name]) for name in COUNT_FIELDS})

    def __add__(self, other: "TaskCounts") -> "TaskCounts":
        return TaskCounts(**{name: getattr(self, name) + getattr(other, name) for name in COUNT_FIELDS})


@dataclass(frozen=True)
class TaskRow:
    """One task as the appendix tables and the direction list print it (dates already dd/mm/yyyy)."""

    text: str
    source: str = ""
    unit: str = ""
    deadline: str = ""
    deadline_text: str = ""
    completed_on: str = ""
    explanation: str = ""
    progress: str = ""
    category: str = ""
    task_category: str = ""
    url: str = ""

    @classmethod
    def of(cls, raw: dict) -> "TaskRow":
        return cls(text=raw["text"], source=raw["source"], unit=raw["unit"] or "", deadline=raw["deadline"],
                   deadline_text=raw["deadline_text"] or "", completed_on=raw["completed_on"],
                   explanation=raw["explanation"] or "", progress=raw["progress"] or "", category=raw["category"],
                   task_category=raw["task_category"], url=raw["url"])


@dataclass(frozen=True)
class DirectiveFigures:
    """Tasks in scope of a period: totals, by source category ("van_ban", "ket_luan", "khac"), the late and
    overdue ones, and the open tasks due in the next period."""

    totals: TaskCounts = field(default_factory=TaskCounts)
    by_category: dict[str, TaskCounts] = field(default_factory=dict)
    category_labels: dict[str, str] = field(default_factory=dict)
    completed_late: tuple[TaskRow, ...] = ()
    overdue_not_completed: tuple[TaskRow, ...] = ()
    upcoming: tuple[TaskRow, ...] = ()
    difficulties: str = ""
    results: tuple["ResultLine", ...] = ()  # completed tasks' result lines, every category (the Sở's work)


PROVINCE_CATEGORIES = ("ubnd_tinh", "chu_tich_ubnd")  # Phụ lục IV: only what the province assigned
OWN_CATEGORIES = ("giam_doc", "trong_tam", "phat_sinh")  # the Sở's own tasks: their own follow-up table


def directive_figures(*, organisation, date_from: dt.date, date_to: dt.date, next_until: dt.date | None = None,
                      categories: tuple[str, ...] = PROVINCE_CATEGORIES, upcoming_first: dict | None = None,
                      upcoming_limit: int | None = None) -> DirectiveFigures:
    """The figures of [date_from, date_to] for tasks of the given TaskCategory values (the province's by
    default); `next_until`: also every open task due from the day after `date_to` to then (the priorities),
    ordered by `upcoming_first` ({TaskCategory value: rank}, lower first, others after) and cut to the first
    `upcoming_limit` when given (what a report prints, not the thousand due in a national set's quarter).
    A closed period's figures come from the cache (core.figure_cache) until a write into the organisation."""
    first = tuple(sorted((upcoming_first or {}).items()))
    return figure_cache.cached_figures(
        "directives", organisation=organisation, date_to=date_to,
        key=(date_from, date_to, next_until, tuple(categories), first, upcoming_limit),
        compute=lambda: _directive_figures(organisation=organisation, date_from=date_from, date_to=date_to,
                                           next_until=next_until, categories=tuple(categories),
                                           upcoming_first=upcoming_first, upcoming_limit=upcoming_limit))


def _directive_figures(*, organisation, date_from, date_to, next_until, categories, upcoming_first=None,
                       upcoming_limit=None) -> DirectiveFigures:
    if not categories:
        return DirectiveFigures(results=completed_results(organisation=organisation, date_from=date_from,
                                                          date_to=date_to),
                                upcoming=_upcoming(organisation, date_to, next_until, upcoming_first, upcoming_limit))
    # one scan of the tasks for every category; the lists keep the categories' order (each by its documents)
    raw = selectors.directive_summary(organisation=organisation, date_from=date_from, date_to=date_to,
                                      category=tuple(categories))
    totals = TaskCounts.of(raw)
    by_category = {key: TaskCounts.of(value) for key, value in raw["by_category"].items()}
    labels = {key: value["label"] for key, value in raw["by_category"].items()}

    def in_category_order(items):
        return [TaskRow.of(item) for category in categories for item in items if item["task_category"] == category]

    late = in_category_order(raw["details"]["completed_late"])
    overdue = in_category_order(raw["details"]["overdue_not_completed"])
    upcoming = _upcoming(organisation, date_to, next_until, upcoming_first, upcoming_limit)
    return DirectiveFigures(totals=totals, by_category=by_category, category_labels=labels,
                            completed_late=tuple(late), overdue_not_completed=tuple(overdue), upcoming=upcoming,
                            results=completed_results(organisation=organisation, date_from=date_from,
                                                      date_to=date_to))


def _upcoming(organisation, date_to, next_until, first, limit) -> tuple[TaskRow, ...]:
    if next_until is None:
        return ()
    # the next period's priorities are all the Sở's work due then, whoever assigned it
    return tuple(TaskRow.of(item) for item in selectors.upcoming_tasks(
        organisation, date_to + dt.timedelta(days=1), next_until, first=first, limit=limit))


@dataclass(frozen=True)
class ResultLine:
    """A completed task's own result line, from its completion record: the action in the unit's words
    ("Tham mưu UBND tỉnh ban hành"), the result document ("Quyết định số 1048/QĐ-UBND ngày 19/05/2023") and
    what the task was ("Chương trình phát triển thị trường KH&CN …")."""

    note: str
    result_document: str
    text: str
    completed_on: dt.date
    unit: str = ""
    category: str = ""  # TaskCategory value

    def sentence(self) -> str:
        subject = self.text.strip().rstrip(".")
        note, document = self.note.strip().rstrip("."), self.result_document.strip()
        if not note:
            # no action in the unit's words: the task's own words, then the document that came of it
            line = f"{subject} ({document})" if document else subject
        else:
            subject = subject[:1].lower() + subject[1:]
            line = " ".join(part for part in (note, document, subject) if part)
        line = line[:1].upper() + line[1:] + "."
        # seed 004: "Nhiệm vụ phát sinh …: Xây dựng Chương trình hành động …" — work that arose says so
        return f"Nhiệm vụ phát sinh: {line}" if self.category == "phat_sinh" else line


def completed_results(*, organisation, date_from: dt.date, date_to: dt.date) -> tuple[ResultLine, ...]:
    """Tasks completed in [date_from, date_to] whose completion record says what came of them (a result document
    or a note), oldest first (one query, read-only)."""
    from .models import AssignedTask

    rows = (AssignedTask.objects.filter(organisation=organisation, completed_on__range=(date_from, date_to),
                                        cancelled_on__isnull=True)
            .exclude(result_document="", completion_note="")
            .order_by("completed_on", "id").values_list("completion_note", "result_document", "text", "completed_on",
                                                         "lead_unit__name", "category"))
    return tuple(ResultLine(note=note, result_document=document, text=text, completed_on=completed, unit=unit or "",
                            category=category)
                 for note, document, text, completed, unit, category in rows)


@dataclass(frozen=True)
class ProgrammeTask:
    """A province task given by a document, as the programme tables print it (seed 002's A.I, seed 003's Phụ lục
    III): what, who, when, what was done (completion record, else `latest_note`, the latest progress report up to
    the period's end) and the unit's explanation (its difficulties)."""

    text: str
    unit: str = ""
    deadline_text: str = ""
    due_date: dt.date | None = None
    completed_on: dt.date | None = None
    result_document: str = ""
    completion_note: str = ""
    explanation: str = ""
    source_number: str = ""
    source_issued_on: dt.date | None = None
    latest_note: str = ""


def documented_tasks(*, organisation, date_from: dt.date, date_to: dt.date) -> tuple[ProgrammeTask, ...]:
    """The province's tasks given by documents (decisions, plans, programmes; not briefing conclusions) in scope of
    [date_from, date_to], by document date (seed 002's table A.I). Read-only, two queries."""
    from .models import AssignedTask

    scoped = selectors.in_scope(AssignedTask.objects.filter(
        organisation=organisation, category__in=PROVINCE_CATEGORIES, cancelled_on__isnull=True), date_from, date_to)
    return _programme_rows(scoped.exclude(source__doc_type="thong_bao_ket_luan")
                           .order_by("source__issued_on", "assigned_on", "id"), date_to)


def work_programme_tasks(*, organisation, date_from: dt.date, date_to: dt.date) -> tuple[ProgrammeTask, ...]:
    """The tasks of the UBND's chương trình công tác (the province's decisions issuing its work programme) in scope
    of [date_from, date_to], by document and item (seed 003's Phụ lục III). Read-only, two queries."""
    from .choices import SourceType
    from .models import AssignedTask

    scoped = selectors.in_scope(AssignedTask.objects.filter(
        organisation=organisation, category__in=PROVINCE_CATEGORIES, cancelled_on__isnull=True,
        source__doc_type=SourceType.QUYET_DINH, source__summary__icontains="chương trình công tác"),
        date_from, date_to)
    return _programme_rows(scoped.order_by("source__issued_on", "item_number", "id"), date_to)


def _programme_rows(queryset, until: dt.date) -> tuple[ProgrammeTask, ...]:
    from .models import ProgressUpdate

    rows = list(queryset.values("id", "text", "lead_unit__name", "deadline_text", "due_date", "completed_on",
                                "result_document", "completion_note", "explanation", "source__number",
                                "source__issued_on"))
    notes = {}
    for task_id, note in (ProgressUpdate.objects.filter(task_id__in=[row["id"] for row in rows], reported_on__lte=until)
                          .order_by("task_id", "reported_on", "id").values_list("task_id", "note")):
        notes[task_id] = note  # the latest wins
    return tuple(ProgrammeTask(
        text=row["text"], unit=row["lead_unit__name"] or "", deadline_text=row["deadline_text"] or "",
        due_date=row["due_date"], completed_on=row["completed_on"], result_document=row["result_document"] or "",
        completion_note=row["completion_note"] or "", explanation=row["explanation"] or "",
        source_number=row["source__number"] or "", source_issued_on=row["source__issued_on"],
        latest_note=notes.get(row["id"], "")) for row in rows)
