"""Every read of the directives app, always for someone (a membership) or, for system use, an organisation.

`directive_summary` is THE period figures function: screens, API, CLI and reports all call it (rules in
docs/directives.md).
"""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from django.db.models import (
    Aggregate, Case, CharField, Count, DateField, F, FilteredRelation, IntegerField, OuterRef, Q, Subquery, Sum, Value,
    When,
)
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from core import figure_cache
from core.formatting import format_date, long_date
from core.models import Membership, Unit
from core.permissions import VIEW
from directives import rules
from directives.choices import (
    CONCLUSION_TYPES, SourceCategory, SourceType, TaskCategory, TaskStatus, source_category_of,
)
from directives.models import AssignedTask, Briefing, SourceDocument

FIGURE_KEYS = ("assigned", "completed", "completed_late", "overdue_not_completed", "in_progress", "cancelled")
NO_LEADER = "Chưa phân công lãnh đạo"


# --- base querysets ---------------------------------------------------------------------------------------------

def _tasks_for(*, membership=None, organisation=None):
    if membership is not None:
        return AssignedTask.objects.restrict(membership, VIEW)
    if organisation is None:
        raise ValueError("directive selectors need a membership or an organisation")
    return AssignedTask.objects.filter(organisation=organisation)


def _resolve_unit(organisation, unit):
    if unit is None or isinstance(unit, Unit):
        return unit
    from core.unit_matching import match_unit

    found = match_unit(organisation, str(unit))
    if found is None:
        raise LookupError(f"Không tìm thấy đơn vị “{unit}”.")
    return found


def with_effective_deadline(queryset, as_of: dt.date):
    """Annotate `eff_due`: the effective deadline as of `as_of` (rules.effective_deadline in SQL)."""
    return queryset.annotate(eff_due=Case(
        When(extended_to__isnull=False, extended_since__lte=as_of, then=F("extended_to")),
        default=F("due_date"), output_field=DateField(),
    ))


def filter_status(queryset, status: str, as_of: dt.date, soon_days: int = rules.DEFAULT_SOON_DAYS):
    """Tasks whose computed status as of `as_of` is `status` (same rules as rules.status_on). A task assigned
    after `as_of` did not exist then: it has no status as of that date and is never listed."""
    queryset = with_effective_deadline(queryset.filter(assigned_on__lte=as_of), as_of)
    cancelled = Q(cancelled_on__lte=as_of)
    if status == TaskStatus.DA_HUY:
        return queryset.filter(cancelled)
    queryset = queryset.exclude(cancelled)
    done = Q(completed_on__lte=as_of)
    if status == TaskStatus.HOAN_THANH_TRUOC_HAN:
        return queryset.filter(done, completed_on__lt=F("eff_due"))
    if status == TaskStatus.HOAN_THANH_DUNG_HAN:
        return queryset.filter(done).filter(Q(eff_due__isnull=True) | Q(completed_on=F("eff_due")))
    if status == TaskStatus.HOAN_THANH_QUA_HAN:
        return queryset.filter(done, completed_on__gt=F("eff_due"))
    queryset = queryset.exclude(done)
    if status == TaskStatus.KHONG_THOI_HAN:
        return queryset.filter(eff_due__isnull=True)
    if status == TaskStatus.QUA_HAN:
        return queryset.filter(eff_due__lt=as_of)
    if status == TaskStatus.SAP_DEN_HAN:
        return queryset.filter(eff_due__gte=as_of, eff_due__lte=as_of + dt.timedelta(days=soon_days))
    if status == TaskStatus.CHUA_DEN_HAN:
        return queryset.filter(eff_due__gt=as_of + dt.timedelta(days=soon_days))
    return queryset.none()


def assigned_task_list(*, membership, scope: str = "all"):
    """Tasks the member may see: `mine` (assigned to me or led by me), `unit` (my units), `all`."""
    queryset = AssignedTask.objects.restrict(membership, VIEW)
    if scope == "mine":
        # a subquery, not a join + DISTINCT: the paginator's count then needs no DISTINCT over every column
        assigned = AssignedTask.assignees.through.objects.filter(membership_id=membership.pk).values("assignedtask_id")
        queryset = queryset.filter(Q(pk__in=assigned) | Q(leader=membership))
    elif scope == "unit":
        queryset = queryset.filter(lead_unit_id__in=membership.scope_unit_ids())
    return queryset.select_related("lead_unit", "source", "leader__user", "organisation")


def assigned_task_get_for(*, membership, pk: int) -> AssignedTask:
    task = assigned_task_list(membership=membership).filter(pk=pk).first()
    if task is None:
        raise Http404("Không tìm thấy nhiệm vụ.")
    return task


def source_document_list(*, membership):
    return SourceDocument.objects.restrict(membership, VIEW).select_related("unit")


def briefing_list(*, membership):
    return Briefing.objects.restrict(membership, VIEW).select_related("chair__user", "notice")


# --- the period figures -----------------------------------------------------------------------------------------

def _empty_figures() -> dict:
    return {key: 0 for key in FIGURE_KEYS}


def _scope_q(date_from: dt.date, date_to: dt.date) -> Q:
    """rules.in_scope in SQL, on a queryset annotated with `eff_due` as of `date_to`."""
    return (
        Q(assigned_on__range=(date_from, date_to))
        | Q(eff_due__range=(date_from, date_to))
        | (Q(assigned_on__lt=date_from)
           & (Q(completed_on__isnull=True) | Q(completed_on__gte=date_from))
           & (Q(cancelled_on__isnull=True) | Q(cancelled_on__gte=date_from)))
    )


def _bucket_q(date_to: dt.date) -> dict[str, Q]:
    """rules.figure_of in SQL (on `eff_due` as of `date_to`): one condition per figure."""
    cancelled = Q(cancelled_on__lte=date_to)
    live = Q(cancelled_on__isnull=True) | Q(cancelled_on__gt=date_to)
    done = live & Q(completed_on__lte=date_to)
    not_done = live & (Q(completed_on__isnull=True) | Q(completed_on__gt=date_to))
    return {
        "cancelled": cancelled,
        "completed": done,
        "completed_late": done & Q(completed_on__gt=F("eff_due")),
        "overdue_not_completed": not_done & Q(eff_due__lt=date_to),
        "in_progress": not_done & (Q(eff_due__isnull=True) | Q(eff_due__gte=date_to)),
    }


def in_scope(queryset, date_from: dt.date, date_to: dt.date):
    """The in-scope, countable (non-series) tasks of `queryset` for the period, annotated with `eff_due`."""
    return with_effective_deadline(queryset.filter(is_series=False), date_to).filter(_scope_q(date_from, date_to))


def _with_source_category(queryset):
    """Annotate `source_category` (SourceCategory value) from the task's source document.

    The document is joined with its organisation in the join condition (a task's source is always of the task's
    organisation: `AssignedTask.clean`): PostgreSQL then hashes the organisation's documents, where the bare
    primary-key join was planned as a merge join that read every organisation's documents (national set, 34
    organisations: 95 ms of the 9-month report's grouped query, 30 ms with the condition)."""
    return queryset.annotate(
        own_source=FilteredRelation("source", condition=Q(source__organisation_id=F("organisation_id"))),
        source_category=Case(
            When(source__isnull=True, then=Value(str(SourceCategory.KHAC))),
            When(own_source__doc_type__in=[str(t) for t in CONCLUSION_TYPES],
                 then=Value(str(SourceCategory.KET_LUAN))),
            default=Value(str(SourceCategory.VAN_BAN)), output_field=CharField(),
        ))


def _figure_aggregates(date_to: dt.date) -> dict:
    """Conditional counts (CASE WHEN … THEN 1 ELSE 0, summed) for every figure; `assigned` = all but cancelled."""
    one, zero = Value(1), Value(0)
    sums = {key: Coalesce(Sum(Case(When(condition, then=one), default=zero, output_field=IntegerField())), zero)
            for key, condition in _bucket_q(date_to).items()}
    sums["total"] = Count("id")
    return sums


class IdList(Aggregate):
    """The ids of a group's rows (those matching `filter=`) as "3,17,42": GROUP_CONCAT / STRING_AGG."""

    function = "GROUP_CONCAT"
    template = "%(function)s(%(expressions)s)"
    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra_context):
        clone = self.copy()
        clone.function, clone.template = "STRING_AGG", "%(function)s((%(expressions)s)::text, ',')"
        return clone.as_sql(compiler, connection, **extra_context)


def _ids(value: str | None) -> list[int]:
    return [int(part) for part in value.split(",")] if value else []


# above this many listed rows the detail query classifies again instead of sending the ids back as parameters
MAX_LISTED_IDS = 20000


def _figures_from(row: dict) -> dict:
    figures = {key: int(row.get(key) or 0) for key in FIGURE_KEYS if key != "assigned"}
    figures["assigned"] = int(row.get("total") or 0) - figures["cancelled"]
    return {key: figures[key] for key in FIGURE_KEYS}


DETAIL_KEYS = ("completed_late", "overdue_not_completed", "cancelled")


def _grouped_figures(queryset, date_to: dt.date, *group_by: str, with_ids: bool = False) -> list[dict]:
    """One GROUP BY query: the figures per value of `group_by` (rows of plain values); `with_ids`: also the ids of
    the rows the detail lists show (`ids_completed_late`, …), gathered in the same scan."""
    aggregates = _figure_aggregates(date_to)
    if with_ids:
        buckets = _bucket_q(date_to)
        aggregates.update({f"ids_{key}": IdList("id", filter=buckets[key]) for key in DETAIL_KEYS})
    rows = queryset.order_by().values(*group_by).annotate(**aggregates)
    return [{**{key: row[key] for key in group_by}, **_figures_from(row),
             **({f"ids_{key}": _ids(row[f"ids_{key}"]) for key in DETAIL_KEYS} if with_ids else {})}
            for row in rows]


def _sum_into(target: dict, figures: dict) -> None:
    for key in FIGURE_KEYS:
        target[key] += figures[key]


def directive_summary(*, membership=None, organisation=None, date_from: dt.date, date_to: dt.date, unit=None,
                      category: str | tuple[str, ...] | None = None, with_details: bool = True) -> dict:
    """The figures of seed 003's Phụ lục IV for [date_from, date_to]:

    {"assigned", "completed", "completed_late", "overdue_not_completed", "in_progress", "cancelled",
     "by_category": {"van_ban" | "ket_luan" | "khac": {"label", figures…}},
     "by_unit": {unit name: figures…},
     "details": {"completed_late": [...], "overdue_not_completed": [...], "cancelled": [...]}}

    `membership`: what that person may see; `organisation` alone: the whole organisation (system use).
    `unit`: a Unit or a unit name (lead unit only); `category`: a TaskCategory value (e.g. only "ubnd_tinh") or a
    tuple of them (one scan of the tasks for several categories; each item's `task_category` tells them apart).
    Each detail item: id, category, category_label, source, text, unit, deadline, deadline_text, completed_on,
    explanation, progress (dates as dd/mm/yyyy strings).

    Counted in the database: one grouped query (lead unit × source category) gives every figure and breakdown and
    the ids of the rows to list; one more fetches only those rows (by primary key), one the unit names. The query
    count does not depend on the data.
    """
    if date_to < date_from:
        raise ValueError("Ngày kết thúc kỳ phải sau ngày bắt đầu.")
    organisation = organisation or membership.organisation
    unit = _resolve_unit(organisation, unit)
    # a closed period's figures are cached (core.figure_cache), keyed by what the person may see, not who it is
    return figure_cache.cached_figures(
        "directive_summary", organisation=organisation, date_to=date_to,
        key=lambda: (date_from, _visibility_key(membership), getattr(unit, "pk", None),
                     tuple(category) if isinstance(category, list) else category, with_details),
        compute=lambda: _directive_summary(membership=membership, organisation=organisation, date_from=date_from,
                                           date_to=date_to, unit=unit, category=category,
                                           with_details=with_details))


def _visibility_key(membership):
    """The tasks `membership` may view, as a cache key: the whole organisation, or the units in its scope."""
    if membership is None:
        return "organisation"
    if membership.is_leader or membership.organisation.members_read_all:
        return "all"
    return tuple(sorted(membership.scope_unit_ids()))


def _directive_summary(*, membership, organisation, date_from, date_to, unit, category, with_details) -> dict:
    queryset = _tasks_for(membership=membership, organisation=organisation)
    if unit is not None:
        queryset = queryset.filter(lead_unit=unit)
    if isinstance(category, (tuple, list)):
        queryset = queryset.filter(category__in=list(category))
    elif category:
        queryset = queryset.filter(category=category)
    scoped = _with_source_category(in_scope(queryset, date_from, date_to))
    totals = _empty_figures()
    by_category = OrderedDict(
        (value, {"label": str(label), **_empty_figures()}) for value, label in SourceCategory.choices
    )
    by_unit_id: dict[int, dict] = {}
    listed: dict[int, str] = {}
    for row in _grouped_figures(scoped, date_to, "lead_unit_id", "source_category", with_ids=with_details):
        _sum_into(totals, row)
        _sum_into(by_category[row["source_category"]], row)
        _sum_into(by_unit_id.setdefault(row["lead_unit_id"], _empty_figures()), row)
        for key in DETAIL_KEYS if with_details else ():
            listed.update(dict.fromkeys(row[f"ids_{key}"], key))
    by_unit = OrderedDict()
    if by_unit_id:
        units = (Unit.objects.filter(pk__in=list(by_unit_id)).order_by("display_order", "name")
                 .values_list("id", "name"))
        for unit_id, name in units:
            by_unit[name] = by_unit_id[unit_id]
    details = {key: [] for key in DETAIL_KEYS}
    if len(listed) > MAX_LISTED_IDS:  # too many to send back as parameters: classify again in the query
        buckets = _bucket_q(date_to)
        rows = scoped.annotate(listed_as=Case(
            *(When(buckets[key], then=Value(key)) for key in DETAIL_KEYS), default=Value(""), output_field=CharField(),
        )).exclude(listed_as="")
        for item in task_detail_items(rows, as_of=date_to, extra=("listed_as",)):
            details[item.pop("listed_as")].append(item)
    elif listed:
        for item in task_detail_items(list(listed), as_of=date_to):
            details[listed[item["id"]]].append(item)
    return {**totals, "by_category": dict(by_category), "by_unit": dict(by_unit), "details": details}


def directive_summary_by_leader(*, membership=None, organisation=None, date_from: dt.date, date_to: dt.date) -> dict:
    """The same figures per leader in charge (name → figures), with the same rules as `directive_summary`."""
    organisation = organisation or membership.organisation
    scoped = in_scope(_tasks_for(membership=membership, organisation=organisation), date_from, date_to)
    by_leader = {row["leader_id"]: row for row in _grouped_figures(scoped, date_to, "leader_id")}
    result: dict[str, dict] = OrderedDict()
    leaders = (Membership.objects.filter(pk__in=[pk for pk in by_leader if pk is not None])
               .select_related("user").order_by("display_order", "user__full_name", "id"))
    for leader in leaders:
        _sum_into(result.setdefault(str(leader.user), _empty_figures()), by_leader[leader.pk])
    if None in by_leader:
        _sum_into(result.setdefault(NO_LEADER, _empty_figures()), by_leader[None])
    return dict(result)


def task_detail_items(tasks, *, as_of: dt.date | None = None, extra: tuple[str, ...] = (), first: dict | None = None,
                      limit: int | None = None) -> list[dict]:
    """Plain, formatted rows for detail lists and reports (seed 003's Phụ lục III/IV columns).

    `tasks`: a queryset of AssignedTask (only its rows are read, in one query) or a list of ids. Ordered by their
    document's date; `first` ({TaskCategory value: rank}) puts those categories first, lower rank first, the
    others after them; `limit`: only the first rows of that order.
    """
    from django.urls import reverse

    url_pattern = reverse("directives:assignedtask_detail", args=[0]).replace("/0/", "/{}/")
    labels = {str(value): str(label) for value, label in SourceCategory.choices}
    types = dict(SourceType.choices)
    if not hasattr(tasks, "model"):
        tasks = AssignedTask.objects.filter(pk__in=list(tasks))
    order = ("source__issued_on", "assigned_on", "id")
    if first:
        tasks = tasks.annotate(first_rank=Case(
            *(When(category=category, then=Value(rank)) for category, rank in first.items()),
            default=Value(max(first.values()) + 1), output_field=IntegerField()))
        order = ("first_rank", *order)
    # the unit's name by a subquery, not a join: PostgreSQL estimates the deadline's CASE range at a few rows of
    # the thousand a national set's quarter holds and joined every unit of every organisation to them in a nested
    # loop (upcoming tasks of a 9-month report: 58 ms, 19 ms without the join)
    tasks = tasks.annotate(lead_unit_name=Subquery(Unit.objects.filter(pk=OuterRef("lead_unit_id")).values("name")))
    rows = (tasks.order_by(*order)
            .values("id", "category", "text", "due_date", "extended_to", "extended_since", "deadline_text",
                    "completed_on", "explanation", "progress", "cancel_reason", "lead_unit_name",
                    "source__doc_type", "source__number", "source__issued_on", "source__summary", *extra))
    if limit is not None:
        rows = rows[:limit]
    items = []
    for row in rows:
        deadline = rules.effective_deadline(row["due_date"], row["extended_to"], row["extended_since"], as_of)
        category = str(source_category_of(row["source__doc_type"]))
        issued = row["source__issued_on"]
        source = ""
        if row["source__doc_type"]:
            source = str(types.get(row["source__doc_type"], ""))
            if row["source__number"]:
                source += f" số {row['source__number']}"
            source += f" ngày {issued.day:02d}/{issued.month}/{issued.year}"
        items.append({
            "id": row["id"],
            "category": category,
            "category_label": labels[category],
            "task_category": row["category"],
            "source": source,
            "source_number": row["source__number"] or "",
            "source_date": format_date(issued),
            "source_summary": row["source__summary"] or "",
            "text": row["text"],
            "unit": row["lead_unit_name"],
            "deadline": format_date(deadline),
            "original_deadline": format_date(row["due_date"]),
            "deadline_text": row["deadline_text"],
            "completed_on": format_date(row["completed_on"]),
            "explanation": row["explanation"],
            "progress": row["progress"],
            "cancel_reason": row["cancel_reason"],
            "url": url_pattern.format(row["id"]),
            **{key: row[key] for key in extra},
        })
    return items


def group_by_category(items: list[dict]) -> dict[str, list[dict]]:
    """Detail items grouped as seed 003 prints them: "I. Nhiệm vụ giao tại các Quyết định…", "II. … Kết luận"."""
    grouped = OrderedDict((value, []) for value, _ in SourceCategory.choices)
    for item in items:
        grouped.setdefault(item["category"], []).append(item)
    return dict(grouped)


def _open_q(as_of: dt.date) -> Q:
    return ((Q(completed_on__isnull=True) | Q(completed_on__gt=as_of))
            & (Q(cancelled_on__isnull=True) | Q(cancelled_on__gt=as_of)))


def upcoming_tasks(organisation, date_from: dt.date, date_to: dt.date, *, membership=None, first: dict | None = None,
                   limit: int | None = None) -> list[dict]:
    """Open tasks whose effective deadline falls in [date_from, date_to] ("direction for the next period");
    `first`, `limit`: as in `task_detail_items` (a report prints the first few, not the whole quarter's)."""
    queryset = with_effective_deadline(_tasks_for(membership=membership, organisation=organisation), date_from)
    due = queryset.filter(is_series=False).filter(_open_q(date_from)).filter(eff_due__range=(date_from, date_to))
    return task_detail_items(due, as_of=date_from, first=first, limit=limit)


def open_tasks(organisation, as_of: dt.date, *, membership=None) -> list[dict]:
    """Tasks assigned on or before `as_of` and neither completed nor cancelled by then."""
    queryset = _tasks_for(membership=membership, organisation=organisation)
    ids = (queryset.filter(is_series=False, assigned_on__lte=as_of).filter(_open_q(as_of))
           .values_list("id", flat=True))
    return task_detail_items(ids, as_of=as_of)


def export_rows(*, membership=None, organisation=None, date_from: dt.date | None = None,
                date_to: dt.date | None = None) -> list[dict]:
    """Every task (in scope of the period when one is given) as plain values: `export_directives --json`."""
    organisation = organisation or membership.organisation
    queryset = _tasks_for(membership=membership, organisation=organisation)
    as_of = date_to or timezone.localdate()
    if date_from and date_to:
        queryset = queryset.filter(pk__in=in_scope(queryset, date_from, date_to).values("pk"))
    soon = int(organisation.setting("directives.due_soon_days", rules.DEFAULT_SOON_DAYS))
    rows = []
    tasks = queryset.select_related("source", "lead_unit", "leader__user").prefetch_related("coordinating_units")
    for task in tasks.order_by("assigned_on", "id"):
        rows.append({
            "id": task.pk,
            "source_type": task.source.doc_type if task.source_id else "",
            "source_number": task.source.number if task.source_id else "",
            "source_date": task.source.issued_on.isoformat() if task.source_id else "",
            "issuer": task.source.issuer if task.source_id else "",
            "item_number": task.item_number,
            "unit": task.lead_unit.name,
            "coordinating_units": [u.name for u in task.coordinating_units.all()],
            "leader": str(task.leader.user) if task.leader_id else "",
            "category": task.category,
            "text": task.text,
            "assigned_date": task.assigned_on.isoformat(),
            "deadline": task.deadline_text,
            "deadline_kind": task.deadline_kind,
            "due_date": task.due_date.isoformat() if task.due_date else "",
            "extension_deadline": task.extended_to.isoformat() if task.extended_to else "",
            "extension_approved_date": task.extended_since.isoformat() if task.extended_since else "",
            "completed_date": task.completed_on.isoformat() if task.completed_on else "",
            "cancelled_date": task.cancelled_on.isoformat() if task.cancelled_on else "",
            "status": task.status_on(as_of, soon),
            "explanation": task.explanation,
            "is_series": task.is_series,
        })
    return rows


# --- dashboard numbers ----------------------------------------------------------------------------------------------

def overdue_by_unit(*, membership, as_of: dt.date) -> list[tuple[str, int]]:
    queryset = filter_status(_tasks_for(membership=membership).filter(is_series=False), TaskStatus.QUA_HAN, as_of)
    counts: dict[str, int] = {}
    for name in queryset.values_list("lead_unit__name", flat=True):
        counts[name] = counts.get(name, 0) + 1
    return sorted(counts.items(), key=lambda item: -item[1])


def due_within(*, membership, as_of: dt.date, days: int = 7):
    queryset = with_effective_deadline(_tasks_for(membership=membership).filter(is_series=False), as_of)
    return (queryset.filter(_open_q(as_of), eff_due__gte=as_of, eff_due__lte=as_of + dt.timedelta(days=days))
            .select_related("lead_unit").order_by("eff_due", "id"))


def on_time_rate(*, membership, date_from: dt.date, date_to: dt.date) -> float | None:
    """Share of tasks completed within the period that were on time (None if none completed)."""
    queryset = with_effective_deadline(_tasks_for(membership=membership).filter(is_series=False), date_to)
    done = queryset.filter(completed_on__range=(date_from, date_to), cancelled_on__isnull=True)
    total = done.count()
    if not total:
        return None
    late = done.filter(completed_on__gt=F("eff_due")).count()
    return round(100 * (total - late) / total, 1)


# --- weekly briefing notice --------------------------------------------------------------------------------------------

def _leader_title(membership) -> str:
    position = (membership.position or "").strip()
    if position in ("Giám đốc", "Phó Giám đốc"):
        return f"{position} Sở"
    return position


def previous_conclusions(briefing: Briefing) -> list[AssignedTask]:
    """The conclusions of the previous briefing, read at the start of this one."""
    previous = briefing.previous()
    if previous is None:
        return []
    return list(previous.conclusions.select_related("lead_unit").order_by("lead_unit__display_order", "briefing_order"))


def briefing_notice_context(meeting: Briefing) -> dict:
    """Plain, formatted strings for core.documents.notice.render_conclusion_notice (seed 001's layout)."""
    organisation = meeting.organisation
    body = organisation.setting("directives.issuer_name", "Sở Khoa học và Công nghệ")
    held = meeting.held_on
    week = f"tuần {meeting.week_number} năm {meeting.year}"
    chair = meeting.chair
    chair_text = (f" Đồng chí {chair.user}, {_leader_title(chair)} chủ trì Hội nghị." if chair else "")
    participants = meeting.participants.strip().rstrip(".")
    opening = [
        f"Ngày {held:%d/%m/%Y}, {body} tổ chức {meeting.title} {week}.{chair_text}"
        + (f" Tham dự Hội nghị gồm có {participants}." if participants else ""),
    ]
    earlier = previous_conclusions(meeting)
    if earlier:
        done = sum(1 for task in earlier if task.completed_on and task.completed_on <= held)
        opening.append(
            f"Về thực hiện kết luận tại Hội nghị tuần {earlier[0].briefing.week_number}: "
            f"{done:02d}/{len(earlier):02d} nhiệm vụ đã hoàn thành, {len(earlier) - done:02d} nhiệm vụ đang thực hiện."
        )
    opening.append(
        "Sau khi nghe Chánh Văn phòng Sở báo cáo kết quả công tác của các phòng, đơn vị trong tuần trước và nhiệm vụ "
        "công tác tuần tiếp theo và ý kiến thảo luận, đề xuất của Trưởng các phòng, đơn vị, đồng chí Giám đốc Sở "
        "kết luận như sau:"
    )
    if meeting.opening.strip():
        opening.extend(line.strip() for line in meeting.opening.splitlines() if line.strip())
    else:
        opening.append("Trong tuần tới, Giám đốc Sở giao nhiệm vụ trọng tâm cho các phòng, đơn vị như sau:")
    sections: OrderedDict[int, dict] = OrderedDict()
    tasks = meeting.conclusions.select_related("lead_unit").order_by("lead_unit__display_order", "lead_unit__name",
                                                                      "briefing_order", "id")
    for task in tasks:
        section = sections.setdefault(task.lead_unit_id, {"unit": task.lead_unit, "items": []})
        section["items"].append({"text": task.text, "deadline_text": task.deadline_text or None})
    # headings carry no number: the layout (core.documents.notice) numbers the sections "1. Văn phòng Sở:"
    unit_sections = [{"heading": f"{section['unit'].name}:", "items": section["items"]} for section in sections.values()]
    notice = meeting.notice
    symbol = organisation.symbol
    number_symbol = f"Số: {notice.number}" if notice and notice.number else f"Số:      /TB-{symbol}"
    office_chief = (Membership.objects.filter(organisation=organisation, is_active=True,
                                              roles__icontains='"chanh_van_phong"')
                    .select_related("user").order_by("display_order").first())
    return {
        "governing_body": organisation.governing_body,
        "issuing_body": organisation.issuing_body,
        "number_symbol": number_symbol,
        "place_date": long_date(held, organisation.place_name),
        "title": f"Kết luận của Giám đốc {body} tại {meeting.title} {week}",
        "opening_paragraphs": opening,
        "unit_sections": unit_sections,
        "closing_paragraphs": [
            f"Trên đây là ý kiến kết luận của Giám đốc Sở tại {meeting.title} {week}. Văn phòng Sở thông báo để "
            "các Phòng, đơn vị thuộc Sở biết và tổ chức thực hiện./."
        ],
        "recipients": ["Ban Giám đốc;", "Các phòng, đơn vị thuộc Sở;", "Toàn thể CC,VC,NLĐ;", "Lưu: VT, VP."],
        "signer_authority": ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"],
        "signer_name": str(office_chief.user) if office_chief else "",
    }


__all__ = [
    "FIGURE_KEYS", "SourceType", "TaskCategory", "assigned_task_get_for", "assigned_task_list",
    "briefing_notice_context", "directive_summary", "directive_summary_by_leader", "export_rows", "filter_status",
    "open_tasks", "upcoming_tasks",
]
