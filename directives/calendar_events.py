"""Deadlines of assigned tasks for the iCalendar feeds (core/calendar.py): open tasks with a date, per person or unit."""
import datetime as dt

from django.db.models import Q

from core.formatting import format_date
from core.permissions import VIEW
from directives.models import AssignedTask


def _tasks(*, membership=None, unit=None):
    queryset = AssignedTask.objects.filter(is_series=False, completed_on__isnull=True, cancelled_on__isnull=True)
    if unit is not None:
        return queryset.filter(organisation_id=unit.organisation_id, lead_unit=unit)
    mine = Q(leader=membership) | Q(assignees=membership) | Q(assigned_by=membership)
    if membership.unit_id:
        mine |= Q(lead_unit_id__in=membership.scope_unit_ids())
    return AssignedTask.objects.restrict(membership, VIEW).filter(
        pk__in=queryset.filter(organisation_id=membership.organisation_id).filter(mine).values("pk"))


def events(*, membership=None, unit=None, today: dt.date) -> list[dict]:
    result = []
    for task in _tasks(membership=membership, unit=unit).select_related("lead_unit", "source"):
        due = task.effective_deadline(today)
        if due is None:
            continue
        state = "Quá hạn" if due < today else "Hạn"
        unit_name = task.lead_unit.abbreviation or task.lead_unit.short_name or task.lead_unit.name
        lines = [f"Đơn vị chủ trì: {task.lead_unit.name}", f"Thời hạn: {task.deadline_text or format_date(due)}"]
        if task.source_id:
            lines.append(f"Văn bản: {task.source}")
        result.append({
            "uid": f"sokhcn-nhiemvu-{task.pk}", "date": due, "summary": f"{state}: {task} ({unit_name})",
            "description": "\n".join(lines), "url": task.get_absolute_url(), "stamp": task.updated_at,
        })
    return result
