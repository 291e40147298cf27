"""What directives put on the home page: extension requests and completions for leaders to decide, overdue and
due-this-week tasks for the people and units doing them."""
from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.urls import reverse

from core.choices import Role
from core.permissions import can
from core.queues import DECIDE, MINE, UNIT, Decision, WorkItem
from directives import selectors
from directives.choices import ExtensionState, TaskStatus
from directives.models import AssignedTask, Extension

DUE_SOON_DAYS = 7
#: completions reported within this many days wait in the leader's queue for confirmation
CONFIRM_WINDOW_DAYS = 30


_MARKER = 987654321


def _url_of(name: str, *tail):
    """`pk -> url` for one URL name: reversed once, then filled in. The queue builds a row per waiting task (a
    Giám đốc of a large Sở: hundreds of completions a month), and reverse() per row was most of the home page."""
    pattern = reverse(name, args=[_MARKER, *tail])
    return lambda pk: pattern.replace(str(_MARKER), str(pk), 1)


def items(membership, today: dt.date) -> list[WorkItem]:
    return [*_extension_requests(membership), *_completions_to_confirm(membership, today), *_tasks(membership, today)]


def _decided_by(membership, tasks, *, office_follows_up: bool = False):
    """Of `tasks`, those whose leader decisions this member takes (the rule of `extension_decide` and
    `task_confirm_completion`): the Giám đốc all, a Phó Giám đốc the units in charge, anyone what they assigned;
    completions also the Chánh Văn phòng, whose office follows every task up."""
    if membership.has_role(Role.GIAM_DOC) or (office_follows_up and membership.has_role(Role.CHANH_VAN_PHONG)):
        return tasks
    if membership.is_director:
        return tasks.filter(Q(lead_unit_id__in=membership.scope_unit_ids()) | Q(assigned_by=membership))
    return tasks.filter(assigned_by=membership)


def _completions_to_confirm(membership, today: dt.date) -> list[WorkItem]:
    if not getattr(membership, "pk", None):
        return []
    reported = AssignedTask.objects.filter(
        organisation_id=membership.organisation_id, is_series=False, completed_on__isnull=False,
        completion_confirmed_on__isnull=True, cancelled_on__isnull=True,
        completed_on__gte=today - dt.timedelta(days=CONFIRM_WINDOW_DAYS), completed_on__lte=today)
    rows = []
    task_url, confirm_url = _url_of("directives:assignedtask_detail"), _url_of("directives:task_action", "confirm")
    for task in _decided_by(membership, reported, office_follows_up=True).select_related("lead_unit").order_by("completed_on", "id"):
        deadline = task.effective_deadline(task.completed_on)
        late = bool(deadline and task.completed_on > deadline)
        detail = f"{task.lead_unit} báo cáo hoàn thành ngày {task.completed_on:%d/%m/%Y}"
        detail += f", sau hạn {deadline:%d/%m/%Y}. Giải trình: {task.explanation}" if late else "."
        rows.append(WorkItem(
            queue=DECIDE, kind="Hoàn thành chờ xác nhận", title=_short(task.text), url=task_url(task.pk),
            detail=detail, tone="danger" if late else "success",
            decisions=(Decision("Xác nhận hoàn thành", confirm_url(task.pk),
                                (), "success"),),
        ))
    return rows


def _extension_requests(membership) -> list[WorkItem]:
    """Pending requests this member decides (the same rule as `extension_decide`): the Giám đốc all of them, a Phó
    Giám đốc those of the units in charge, anyone the tasks they assigned themselves."""
    if not getattr(membership, "pk", None):
        return []
    tasks = _decided_by(membership, AssignedTask.objects.filter(organisation_id=membership.organisation_id))
    pending = (Extension.objects.filter(task__in=tasks, state=ExtensionState.PENDING)
               .select_related("task__lead_unit", "requested_by__user").order_by("requested_on", "id"))
    rows = []
    for extension in pending:
        task = extension.task
        url = reverse("directives:task_action", args=[task.pk, "decide"])
        current = task.effective_deadline(extension.requested_on)
        detail = (f"{task.lead_unit} đề nghị gia hạn từ {current:%d/%m/%Y} đến {extension.new_due_date:%d/%m/%Y}"
                  if current else f"{task.lead_unit} đề nghị gia hạn đến {extension.new_due_date:%d/%m/%Y}")
        if extension.reason:
            detail += f". Lý do: {extension.reason}"
        rows.append(WorkItem(
            queue=DECIDE, kind="Đề nghị gia hạn", title=_short(task.text), url=task.get_absolute_url(),
            detail=detail, due=current, tone="warning",
            decisions=(
                Decision("Đồng ý", url, (("extension", str(extension.pk)), ("approve", "1")), "success"),
                Decision("Không đồng ý", url, (("extension", str(extension.pk)), ("approve", "0")), "outline-danger"),
            ),
        ))
    return rows


def _tasks(membership, today: dt.date) -> list[WorkItem]:
    """My overdue and due-soon tasks; then my units' others (a unit's head and staff see them all)."""
    mine = selectors.assigned_task_list(membership=membership, scope="mine").filter(is_series=False)
    unit = selectors.assigned_task_list(membership=membership, scope="unit").filter(is_series=False)
    mine_ids: set[int] = set()
    rows = []
    task_url = _url_of("directives:assignedtask_detail")
    for queue, queryset in ((MINE, mine), (UNIT, unit)):
        for status, kind, tone in ((TaskStatus.QUA_HAN, "Nhiệm vụ quá hạn", "danger"),
                                   (TaskStatus.SAP_DEN_HAN, "Đến hạn trong tuần", "warning")):
            found = (selectors.filter_status(queryset, status, today, soon_days=DUE_SOON_DAYS)
                     .select_related("lead_unit").order_by("eff_due", "id"))
            for task in found:
                if task.pk in mine_ids:
                    continue
                if queue == MINE:
                    mine_ids.add(task.pk)
                rows.append(WorkItem(
                    queue=queue, kind=kind, title=_short(task.text), url=task_url(task.pk),
                    detail=_deadline_line(task, today), due=task.eff_due, tone=tone,
                ))
    if can(membership, "change", AssignedTask):
        return rows
    return [row for row in rows if row.queue != UNIT]


def _deadline_line(task, today: dt.date) -> str:
    due = task.eff_due
    days = (due - today).days
    if days < 0:
        when = f"quá hạn {-days:02d} ngày (hạn {due:%d/%m/%Y})"
    elif days == 0:
        when = f"đến hạn hôm nay ({due:%d/%m/%Y})"
    else:
        when = f"còn {days:02d} ngày (hạn {due:%d/%m/%Y})"
    return f"{task.lead_unit} — {when}"


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
