"""Everything that reads S&T tasks: lists for a person, and the yearly figures reports print.

The yearly figures are computed from the recorded steps, "as of" a date: one function per figure, and
`year_stats()` gathers them. Screens, the API, `manage.py sciencetask_yearstats` and the report helper all
call these same functions. Definitions (documented in docs/sciencetasks.md):

- a task is *managed* in year Y (up to date D) when it is planned to start in Y or earlier, it became a task
  of the plan (a step to "Đã xác định nhiệm vụ" or further) by D, it was not rejected by D, and it did not
  reach a closing state (registered, liquidated, assets handled, stopped, rejected) before 1 January of Y;
- *carried over* = managed and planned to start before Y; *new* = managed and planned to start in Y;
- events (acceptances, inspections, extensions, registrations…) count the steps dated from 1 January of Y
  (or `date_from`) to D;
- *proposals for next year* = proposals/orders received by D for tasks planned to start in Y+1;
  *selected for next year* = those the advisory council determined by D.
"""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from django.db.models import BigIntegerField, Count, Exists, F, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce, Least
from django.http import Http404
from django.urls import reverse

from core.permissions import VIEW

from .choices import (
    CouncilKind, ExtensionKind, Field, Grade, InspectionKind, Level, MoneyKind, State, StepKind,
)
from .models import Council, MoneyEntry, ScienceTask, TaskStep
from .workflow import CLOSING_STATES, Workflow

K, S = StepKind, State
TASK_STATES = tuple(s for s in S.values if s not in (S.PROPOSED, S.REJECTED))


# --- lists for a person ----------------------------------------------------------------------------------------


def science_task_list(*, membership, action: str = VIEW):
    return ScienceTask.objects.restrict(membership, action).select_related("managing_unit", "officer__user")


def science_task_get_for(*, membership, pk: int, action: str = VIEW) -> ScienceTask:
    """The task if this person may see it; "not found" both when it does not exist and when it is another's."""
    task = science_task_list(membership=membership).filter(pk=pk).first()
    if task is None:
        raise Http404
    return task


def council_list(*, membership):
    return Council.objects.restrict(membership, VIEW).select_related("managing_unit").annotate(
        task_count=Count("tasks", distinct=True)
    ).order_by("-meeting_date", "-planned_date", "-id")


def task_timeline(task: ScienceTask):
    return task.steps.select_related("actor", "council").order_by("date", "id")


def pipeline_counts(*, membership) -> list[dict]:
    """Tasks per state, in the pipeline order of the organisation (the board and the dashboard)."""
    workflow = Workflow.for_organisation(membership.organisation)
    counts = dict(
        science_task_list(membership=membership).values_list("state").annotate(n=Count("id")).values_list("state", "n")
    )
    return [{"state": state, "label": S(state).label, "count": counts.get(state, 0)} for state in workflow.state_order()]


# --- money -----------------------------------------------------------------------------------------------------


def task_money_summary(task: ScienceTask) -> dict:
    """Contract value, what was advanced, paid, settled, reduced and recovered; balances; the same per year."""
    totals = {kind: 0 for kind in MoneyKind.values}
    by_year: dict[int, dict[str, int]] = {}
    for row in task.money.values("kind", "budget_year").annotate(total=Sum("amount")):
        totals[row["kind"]] += row["total"] or 0
        by_year.setdefault(row["budget_year"], {kind: 0 for kind in MoneyKind.values})[row["kind"]] += row["total"] or 0
    summary = _balances(task.contract_value or 0, totals)
    summary["by_year"] = []
    for year in sorted(by_year):
        budget = (task.budget_state_by_year or {}).get(str(year), 0)
        row = _balances(budget, by_year[year])
        row["year"] = year
        summary["by_year"].append(row)
    return summary


def _balances(ceiling: int, totals: dict[str, int]) -> dict:
    disbursed = totals[MoneyKind.ADVANCE] + totals[MoneyKind.PAYMENT] - totals[MoneyKind.RECOVERY]
    return {
        "contract_value": ceiling,
        "advanced": totals[MoneyKind.ADVANCE],
        "paid": totals[MoneyKind.PAYMENT],
        "settled": totals[MoneyKind.SETTLEMENT],
        "reduced": totals[MoneyKind.REDUCTION],
        "recovered": totals[MoneyKind.RECOVERY],
        "disbursed": disbursed,
        "unsettled_advances": max(totals[MoneyKind.ADVANCE] - totals[MoneyKind.SETTLEMENT], 0),
        "remaining": ceiling - totals[MoneyKind.REDUCTION] - disbursed,
    }


def late_advances_queryset(*, organisation, today: dt.date, tasks=None):
    """Advances past their settlement deadline on `today` and not (fully) settled by then, as one query.

    Settlements of a task pay off its advances in date order (first in, first out): an advance is still open by
    `unsettled` = min(amount, advances of the task up to and including this one − all settlements of the task),
    both sums as of `today`. Annotated: `cumulative`, `settled`, `unsettled`.
    """
    up_to_today = MoneyEntry.objects.filter(task=OuterRef("task"), date__lte=today).order_by().values("task")
    cumulative = up_to_today.filter(kind=MoneyKind.ADVANCE).filter(
        Q(date__lt=OuterRef("date")) | Q(date=OuterRef("date"), id__lte=OuterRef("id"))
    ).annotate(total=Sum("amount")).values("total")
    settled = up_to_today.filter(kind=MoneyKind.SETTLEMENT).annotate(total=Sum("amount")).values("total")
    advances = MoneyEntry.objects.filter(organisation=organisation, kind=MoneyKind.ADVANCE, date__lte=today,
                                         settle_by__lt=today)
    if tasks is not None:
        advances = advances.filter(task__in=tasks.order_by().values("pk"))
    return advances.annotate(
        cumulative=Subquery(cumulative), settled=Coalesce(Subquery(settled), Value(0), output_field=BigIntegerField()),
    ).annotate(
        unsettled=Least(F("amount"), F("cumulative") - F("settled"), output_field=BigIntegerField()),
    ).filter(unsettled__gt=0)


def unsettled_advances(*, organisation, today: dt.date, tasks=None, limit: int | None = None) -> list[dict]:
    """Advances past their settlement deadline and not (fully) settled, oldest deadline first (one query);
    `limit`: only the first rows (the home page shows 10 of an organisation's hundreds: LIMIT in the query, not a
    row and a reverse() per advance sliced away afterwards)."""
    entries = late_advances_queryset(organisation=organisation, today=today, tasks=tasks).select_related("task").only(
        "id", "task_id", "tranche", "date", "settle_by", "amount", "task__code", "task__short_name", "task__title",
    ).order_by("settle_by", "task_id", "date", "id")
    if limit is not None:
        entries = entries[:limit]
    return [
        {
            "task_id": advance.task_id, "code": advance.task.code, "name": advance.task.display_name,
            "tranche": advance.tranche, "date": advance.date, "settle_by": advance.settle_by,
            "amount": advance.amount, "unsettled": advance.unsettled, "days_late": (today - advance.settle_by).days,
            "url": reverse("sciencetasks:sciencetask_detail", args=[advance.task_id]) + "#money",
        }
        for advance in entries
    ]


# --- deadlines ---------------------------------------------------------------------------------------------------

RUNNING = (S.CONTRACTED, S.IN_PROGRESS, S.SUSPENDED)


def contracts_ending(*, queryset, today: dt.date, days: int):
    end = Q(current_end__isnull=False, current_end__gte=today, current_end__lte=today + dt.timedelta(days=days)) | Q(
        current_end__isnull=True, planned_end__gte=today, planned_end__lte=today + dt.timedelta(days=days)
    )
    return queryset.filter(state__in=RUNNING).filter(end)


def acceptance_due(*, queryset, today: dt.date, days: int):
    """Running tasks whose end (after extensions) has passed or comes within `days`: the dossier is due."""
    limit = today + dt.timedelta(days=days)
    return queryset.filter(state__in=(S.IN_PROGRESS, S.CONTRACTED)).filter(
        Q(current_end__isnull=False, current_end__lte=limit) | Q(current_end__isnull=True, planned_end__lte=limit)
    ).order_by("current_end", "planned_end")


def dossiers_due(*, queryset, today: dt.date, days: int):
    """Tasks with an explicit dossier deadline (after a dossier extension) that comes within `days` or passed."""
    return queryset.filter(state__in=(S.IN_PROGRESS, S.CONTRACTED, S.SUSPENDED), dossier_due__isnull=False,
                           dossier_due__lte=today + dt.timedelta(days=days))


def extensions_expiring(*, queryset, today: dt.date, days: int):
    extended = TaskStep.objects.filter(task=OuterRef("pk"), kind=K.EXTEND)
    return contracts_ending(queryset=queryset, today=today, days=days).filter(Exists(extended))


def progress_reports_due(*, queryset, today: dt.date, months: int = 6, days: int = 15) -> list[ScienceTask]:
    """Tasks in progress whose last progress report (or contract) is older than `months` minus `days`."""
    last_report = TaskStep.objects.filter(task=OuterRef("pk"), kind__in=[K.PROGRESS_REPORT, K.SIGN_CONTRACT, K.START]) \
        .order_by("-date").values("date")[:1]
    due = []
    for task in queryset.filter(state=S.IN_PROGRESS).annotate(last_report=Subquery(last_report)):
        if task.last_report is None:
            continue
        next_due = _add_months(task.last_report, months)
        if next_due <= today + dt.timedelta(days=days):
            task.progress_report_due = next_due
            due.append(task)
    return due


def councils_to_convene(*, organisation, today: dt.date, days: int):
    return Council.objects.filter(organisation=organisation, meeting_date__isnull=True, planned_date__isnull=False,
                                  planned_date__lte=today + dt.timedelta(days=days)).order_by("planned_date")


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover


# --- yearly figures ----------------------------------------------------------------------------------------------


def _window(year: int, date_to: dt.date | None, date_from: dt.date | None = None) -> tuple[dt.date, dt.date]:
    return date_from or dt.date(year, 1, 1), date_to or dt.date(year, 12, 31)


def managed_tasks(*, organisation, year: int, date_to: dt.date | None = None):
    """Tasks managed in `year` up to `date_to` (see the module docstring)."""
    start, end = _window(year, date_to)
    steps = TaskStep.objects.filter(task=OuterRef("pk"))
    # the tasks to leave out as one uncorrelated list of this organisation's steps (index on organisation,
    # to_state, date), read once: SQLite ran a correlated probe per task that read the organisation's closing
    # steps each time, PostgreSQL hashed every organisation's steps
    own_steps = TaskStep.objects.filter(organisation=organisation).order_by().values("task_id")
    return ScienceTask.objects.filter(organisation=organisation, start_year__lte=year).filter(
        Exists(steps.filter(date__lte=end, to_state__in=TASK_STATES)),
    ).exclude(
        pk__in=own_steps.filter(date__lte=end, to_state=S.REJECTED)
    ).exclude(
        pk__in=own_steps.filter(date__lt=start, to_state__in=CLOSING_STATES)
    )


def carried_over_tasks(*, organisation, year: int, date_to=None):
    return managed_tasks(organisation=organisation, year=year, date_to=date_to).filter(start_year__lt=year)


def new_tasks(*, organisation, year: int, date_to=None):
    return managed_tasks(organisation=organisation, year=year, date_to=date_to).filter(start_year=year)


def _ordered(counts: dict, values) -> dict[str, int]:
    """{code: n} in the order of the choices, without zeros."""
    return OrderedDict((value, counts[value]) for value in values if counts.get(value))


def _count_by(queryset, field: str, choices) -> dict[str, int]:
    counts = dict(queryset.order_by().values_list(field).annotate(n=Count("id")).values_list(field, "n"))
    return _ordered(counts, choices.values)


def count_by_level(queryset) -> dict[str, int]:
    return _count_by(queryset, "level", Level)


def count_by_field(queryset) -> dict[str, int]:
    return _count_by(queryset, "field", Field)


def _state_then(date_to: dt.date):
    """The state a task was in on `date_to`: the target of its last step dated by then."""
    return Subquery(
        TaskStep.objects.filter(task=OuterRef("pk"), date__lte=date_to).order_by("-date", "-id").values("to_state")[:1]
    )


def states_as_of(queryset, date_to: dt.date) -> dict[str, int]:
    """How many of these tasks were in each state on `date_to` (from the steps, not today's state)."""
    rows = queryset.order_by().annotate(state_then=_state_then(date_to)).values_list("state_then").annotate(n=Count("id"))
    return _ordered(dict(rows.values_list("state_then", "n")), S.values)


def managed_figures(*, organisation, year: int, date_to: dt.date | None = None) -> dict:
    """Every figure about the tasks managed in `year`, from ONE grouped query.

    The query groups the managed tasks by (level, field, coordinated flag, state on `date_to`) and counts
    them and those carried over; the rows are at most levels × fields × 2 × states whatever the data size,
    and the breakdowns are sums over them."""
    _, end = _window(year, date_to)
    rows = list(
        managed_tasks(organisation=organisation, year=year, date_to=end).order_by()
        .annotate(state_then=_state_then(end))
        .values("level", "field", "coordinated_only", "state_then")
        .annotate(n=Count("id"), carried=Count("id", filter=Q(start_year__lt=year)))
    )

    def total(key="n", **match):
        return sum(row[key] for row in rows if all(row[k] == v for k, v in match.items()))

    def by(column, values, key="n", **match):
        counts: dict[str, int] = {}
        for row in rows:
            if all(row[k] == v for k, v in match.items()):
                counts[row[column]] = counts.get(row[column], 0) + row[key]
        return _ordered(counts, values)

    for row in rows:
        row["new"] = row["n"] - row["carried"]  # managed tasks start in `year` or before
    managed, carried = total(), total("carried")
    return {
        "managed": managed,
        "carried_over": carried,
        "new": total("new"),
        "by_level": by("level", Level.values),
        "carried_over_by_level": by("level", Level.values, "carried"),
        "new_by_level": by("level", Level.values, "new"),
        "carried_over_coordinated_by_level": by("level", Level.values, "carried", coordinated_only=True),
        "coordinated": total(coordinated_only=True),
        "coordinated_by_level": by("level", Level.values, coordinated_only=True),
        "by_field": by("field", Field.values),
        "by_state": by("state_then", S.values),
    }


def steps_in_period(*, organisation, kinds, date_from: dt.date, date_to: dt.date):
    return TaskStep.objects.filter(organisation=organisation, kind__in=list(kinds), date__gte=date_from, date__lte=date_to)


# Steps counted as events of a period in the yearly figures.
EVENT_KINDS = (
    K.ACCEPT, K.RECOGNISE, K.REGISTER, K.EXTEND, K.CHANGE_LEADER, K.CHANGE_HOST, K.CHANGE_COORDINATOR, K.ADJUST,
    K.SUSPEND, K.STOP, K.INSPECT,
)


def event_figures(*, organisation, date_from: dt.date, date_to: dt.date) -> dict:
    """Every event figure of a period (acceptances by grade, inspections by kind and by level, extensions,
    changes, stops…) from ONE query grouped by (kind, variant, grade, level of the task)."""
    rows = list(
        steps_in_period(organisation=organisation, kinds=EVENT_KINDS, date_from=date_from, date_to=date_to)
        .order_by().values("kind", "variant", "grade", "task__level").annotate(n=Count("id"))
    )

    def by(kind, column, values):
        counts: dict[str, int] = {}
        for row in rows:
            if row["kind"] == kind:
                counts[row[column]] = counts.get(row[column], 0) + row["n"]
        return _ordered(counts, values)

    totals: dict[str, int] = {}
    for row in rows:
        totals[row["kind"]] = totals.get(row["kind"], 0) + row["n"]
    extended_by_kind = by(K.EXTEND, "variant", ExtensionKind.values)
    grades = by(K.ACCEPT, "grade", Grade.values)
    return {
        "accepted": sum(grades.values()),
        "accepted_by_grade": grades,
        "recognised": totals.get(K.RECOGNISE, 0),
        "registered": totals.get(K.REGISTER, 0),
        "extended": totals.get(K.EXTEND, 0),
        "extended_by_kind": OrderedDict((kind, extended_by_kind.get(kind, 0)) for kind in ExtensionKind.values),
        "leader_changed": totals.get(K.CHANGE_LEADER, 0),
        "host_changed": totals.get(K.CHANGE_HOST, 0),
        "coordinator_changed": totals.get(K.CHANGE_COORDINATOR, 0),
        "adjusted": totals.get(K.ADJUST, 0),
        "suspended": totals.get(K.SUSPEND, 0),
        "stopped": totals.get(K.STOP, 0),
        "inspections": totals.get(K.INSPECT, 0),
        "inspections_by_kind": by(K.INSPECT, "variant", InspectionKind.values),
        "inspections_by_level": by(K.INSPECT, "task__level", Level.values),
    }


def accepted_by_grade(*, organisation, date_from, date_to) -> dict[str, int]:
    return event_figures(organisation=organisation, date_from=date_from, date_to=date_to)["accepted_by_grade"]


def inspections(*, organisation, date_from, date_to) -> dict:
    """Inspection visits of the period: total, by kind (periodic/unscheduled), by level of the task inspected."""
    figures = event_figures(organisation=organisation, date_from=date_from, date_to=date_to)
    return {"total": figures["inspections"], "by_kind": figures["inspections_by_kind"],
            "by_level": figures["inspections_by_level"]}


def _has_step(kind: str, date_to: dt.date):
    return Exists(TaskStep.objects.filter(task=OuterRef("pk"), kind=kind, date__lte=date_to))


def proposals_for_year(*, organisation, year: int, date_to: dt.date):
    """Proposals and orders received by `date_to` for tasks planned to start in `year`."""
    return ScienceTask.objects.filter(organisation=organisation, start_year=year).filter(_has_step(K.PROPOSE, date_to))


def selected_for_year(*, organisation, year: int, date_to: dt.date):
    """Tasks planned to start in `year` that the advisory council determined by `date_to`."""
    return ScienceTask.objects.filter(organisation=organisation, start_year=year).filter(_has_step(K.DETERMINE, date_to))


def proposal_figures(*, organisation, year: int, date_to: dt.date) -> dict:
    """Proposals received for `year` (by field) and tasks determined from them, in ONE query: the proposal and
    determination steps joined to their tasks, grouped by field and step (a plain join, whatever the statistics)."""
    rows = (
        TaskStep.objects.filter(organisation=organisation, task__start_year=year, kind__in=[K.PROPOSE, K.DETERMINE],
                                date__lte=date_to)
        .order_by().values("task__field", "kind").annotate(n=Count("task", distinct=True))
    )
    proposals, selected = {}, {}
    for row in rows:
        target = proposals if row["kind"] == K.PROPOSE else selected
        target[row["task__field"]] = row["n"]
    return {
        "proposals": sum(proposals.values()),
        "proposals_by_field": _ordered(proposals, Field.values),
        "selected": sum(selected.values()),
    }


def councils_by_kind(*, organisation, date_from, date_to) -> dict[str, int]:
    councils = Council.objects.filter(organisation=organisation, meeting_date__gte=date_from, meeting_date__lte=date_to)
    counts = dict(councils.order_by().values_list("kind").annotate(n=Count("id")).values_list("kind", "n"))
    return _ordered(counts, CouncilKind.values)


def money_in_period(*, organisation, date_from, date_to) -> dict[str, int]:
    rows = MoneyEntry.objects.filter(organisation=organisation, date__gte=date_from, date__lte=date_to) \
        .order_by().values_list("kind").annotate(total=Sum("amount")).values_list("kind", "total")
    totals = dict(rows)
    return OrderedDict((k, totals.get(k) or 0) for k in MoneyKind.values)


def year_stats(*, organisation, year: int, date_to: dt.date | None = None, date_from: dt.date | None = None,
               count_late_advances: bool = True) -> dict:
    """Every yearly figure of the S&T task register, as plain numbers and dicts keyed by choice codes.

    Six queries whatever the size of the data: managed tasks, events, proposals, councils, money, late advances
    (`count_late_advances=False`: None, for a caller that lists them anyway and counts the list).
    """
    start, end = _window(year, date_to, date_from)
    councils = councils_by_kind(organisation=organisation, date_from=start, date_to=end)
    proposals = proposal_figures(organisation=organisation, year=year + 1, date_to=end)
    return {
        "organisation": organisation.code,
        "year": year,
        "date_from": start.isoformat(),
        "date_to": end.isoformat(),
        **managed_figures(organisation=organisation, year=year, date_to=end),
        **event_figures(organisation=organisation, date_from=start, date_to=end),
        "proposals_next_year": proposals["proposals"],
        "proposals_next_year_by_field": proposals["proposals_by_field"],
        "selected_next_year": proposals["selected"],
        "councils": sum(councils.values()),
        "councils_by_kind": councils,
        "money": money_in_period(organisation=organisation, date_from=start, date_to=end),
        "late_advances": (late_advances_queryset(organisation=organisation, today=end).count()
                          if count_late_advances else None),
    }


# --- named lists for report footnotes (plain dicts, already formatted where a report needs text) -------------


def _task_dict(task: ScienceTask) -> dict:
    return {
        "id": task.pk, "code": task.code, "title": task.title, "short_name": task.short_name or task.title,
        "level": task.level, "level_label": task.get_level_display(), "task_type": task.task_type,
        "task_type_label": task.get_task_type_display(), "field": task.field, "field_label": task.get_field_display(),
        "host_organisation": task.host_organisation, "leader_name": task.leader_name,
        "coordinated_only": task.coordinated_only,
    }


def _step_dict(step: TaskStep) -> dict:
    data = _task_dict(step.task)
    data.update({
        "step": step.kind, "step_label": step.get_kind_display(), "date": step.date,
        "decision_number": step.decision_number, "decision_date": step.decision_date,
        "decision_signer": step.decision_signer, "decision_text": step.decision_text, "note": step.note,
        "variant": step.variant, "variant_label": step.get_variant_display() if step.variant else "",
        "grade": step.grade, "grade_label": step.get_grade_display() if step.grade else "",
        "new_end_date": step.new_end_date, "old_value": step.old_value, "new_value": step.new_value,
        "certificate_number": step.certificate_number, "certificate_date": step.certificate_date,
        "findings": step.findings,
    })
    return data


def step_details(*, organisation, kinds, date_from: dt.date, date_to: dt.date) -> list[dict]:
    steps = steps_in_period(organisation=organisation, kinds=kinds, date_from=date_from, date_to=date_to)
    return [_step_dict(step) for step in steps.select_related("task").order_by("date", "id")]


def accepted_tasks(*, organisation, date_from, date_to) -> list[dict]:
    """Tasks accepted at provincial level, with short names and grades."""
    return step_details(organisation=organisation, kinds=[K.ACCEPT], date_from=date_from, date_to=date_to)


def recognised_results(*, organisation, date_from, date_to) -> list[dict]:
    return step_details(organisation=organisation, kinds=[K.RECOGNISE], date_from=date_from, date_to=date_to)


def registered_results(*, organisation, date_from, date_to) -> list[dict]:
    """Results registered, with certificate number and date."""
    return step_details(organisation=organisation, kinds=[K.REGISTER], date_from=date_from, date_to=date_to)


def extended_tasks(*, organisation, date_from, date_to) -> list[dict]:
    return step_details(organisation=organisation, kinds=[K.EXTEND], date_from=date_from, date_to=date_to)


def leader_changes(*, organisation, date_from, date_to) -> list[dict]:
    return step_details(organisation=organisation, kinds=[K.CHANGE_LEADER], date_from=date_from, date_to=date_to)


def organisation_changes(*, organisation, date_from, date_to) -> list[dict]:
    """Changes of host or coordinating organisation."""
    return step_details(organisation=organisation, kinds=[K.CHANGE_HOST, K.CHANGE_COORDINATOR],
                        date_from=date_from, date_to=date_to)


def adjustments(*, organisation, date_from, date_to) -> list[dict]:
    return step_details(organisation=organisation, kinds=[K.ADJUST], date_from=date_from, date_to=date_to)


def suspended_tasks(*, organisation, date_from, date_to) -> list[dict]:
    return step_details(organisation=organisation, kinds=[K.SUSPEND], date_from=date_from, date_to=date_to)


def stopped_tasks(*, organisation, date_from, date_to) -> list[dict]:
    return step_details(organisation=organisation, kinds=[K.STOP], date_from=date_from, date_to=date_to)


def coordinated_tasks(*, organisation, year: int, date_to=None) -> list[dict]:
    """Tasks managed by the centre and coordinated by the province (seed 002, footnote 2)."""
    managed = managed_tasks(organisation=organisation, year=year, date_to=date_to).filter(coordinated_only=True)
    return [_task_dict(task) for task in managed.order_by("code")]


def year_details(*, organisation, year: int, date_to: dt.date | None = None, date_from: dt.date | None = None) -> dict:
    """All the named lists of a year at once (for report footnotes)."""
    start, end = _window(year, date_to, date_from)
    kwargs = {"organisation": organisation, "date_from": start, "date_to": end}
    return {
        "accepted": accepted_tasks(**kwargs),
        "recognised": recognised_results(**kwargs),
        "registered": registered_results(**kwargs),
        "extended": extended_tasks(**kwargs),
        "leader_changes": leader_changes(**kwargs),
        "organisation_changes": organisation_changes(**kwargs),
        "adjustments": adjustments(**kwargs),
        "suspended": suspended_tasks(**kwargs),
        "stopped": stopped_tasks(**kwargs),
        "coordinated": coordinated_tasks(organisation=organisation, year=year, date_to=end),
        "late_advances": unsettled_advances(organisation=organisation, today=end),
    }


def named_steps(*, organisation, kinds, date_from: dt.date, date_to: dt.date) -> dict[str, list[dict]]:
    """The tasks named by the steps of `kinds` in the period, by step kind, in date order: `short_name`, `title`,
    `grade_label` only, from ONE query of plain values (what a report prints; `year_details` builds full task and
    step dicts, one query per kind, for the screens and the API)."""
    grades = {value: str(label) for value, label in Grade.choices}
    found: dict[str, list[dict]] = {kind: [] for kind in kinds}
    rows = (steps_in_period(organisation=organisation, kinds=kinds, date_from=date_from, date_to=date_to)
            .order_by("date", "id").values_list("kind", "grade", "task__short_name", "task__title"))
    for kind, grade, short_name, title in rows:
        found[kind].append({"short_name": short_name or title, "title": title,
                            "grade_label": grades.get(grade, "") if grade else ""})
    return found


def late_advance_names(*, organisation, today: dt.date) -> list[str]:
    """The task named by each advance `unsettled_advances` lists, in the same order, without building a row
    (and reversing a URL) per advance."""
    rows = (late_advances_queryset(organisation=organisation, today=today)
            .order_by("settle_by", "task_id", "date", "id").values_list("task__short_name", "task__title"))
    return [short_name or title for short_name, title in rows]
