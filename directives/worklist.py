"""What directives put on the home page: extension requests for leaders, overdue and due-this-week tasks."""
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


def items(membership, today: dt.date) -> list[WorkItem]:
    return [*_extension_requests(membership), *_tasks(membership, today)]


def _extension_requests(membership) -> list[WorkItem]:
    """Pending requests this member decides (the same rule as `extension_decide`): the Giám đốc all of them, a Phó
    Giám đốc those of the units in charge, anyone the tasks they assigned themselves."""
    if not getattr(membership, "pk", None):
        return []
    pending = (Extension.objects.filter(task__organisation_id=membership.organisation_id, state=ExtensionState.PENDING)
               .select_related("task__lead_unit", "requested_by__user").order_by("requested_on", "id"))
    if membership.has_role(Role.GIAM_DOC):
        pass
    elif membership.is_director:
        pending = pending.filter(Q(task__lead_unit_id__in=membership.scope_unit_ids()) | Q(task__assigned_by=membership))
    else:
        pending = pending.filter(task__assigned_by=membership)
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
                    queue=queue, kind=kind, title=_short(task.text), url=task.get_absolute_url(),
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
