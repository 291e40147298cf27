"""Reminder digest items of the directives app: a unit's tasks due soon and overdue."""
import datetime as dt

from django.urls import reverse

from directives import selectors, services
from directives.choices import TaskStatus
from directives.models import AssignedTask


def digest_items(*, unit, today: dt.date) -> list[dict]:
    queryset = AssignedTask.objects.filter(organisation_id=unit.organisation_id, lead_unit=unit, is_series=False)
    days = services.soon_days(unit.organisation)
    items = []
    for status, kind in ((TaskStatus.QUA_HAN, "overdue"), (TaskStatus.SAP_DEN_HAN, "due_soon")):
        for task in selectors.filter_status(queryset, status, today, days).order_by("eff_due", "id"):
            items.append({"kind": kind, "title": str(task), "due": task.eff_due,
                          "url": reverse("directives:assignedtask_detail", args=[task.pk])})
    return items
