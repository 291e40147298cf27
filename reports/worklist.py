"""What reports put on the home page: reports waiting for a leader's approval, sections a unit still has to write."""
from __future__ import annotations

import datetime as dt

from django.urls import reverse

from core.permissions import can
from core.queues import DECIDE, UNIT, Decision, WorkItem
from reports.choices import ReportStatus
from reports.models import Report, ReportSection


def items(membership, today: dt.date) -> list[WorkItem]:
    return [*_to_approve(membership), *_sections_to_write(membership)]


def _to_approve(membership) -> list[WorkItem]:
    rows = []
    compiled = Report.objects.restrict(membership, "view").filter(status=ReportStatus.COMPILED).order_by("period_end")
    for report in compiled:
        if not can(membership, "approve", report):
            continue
        rows.append(WorkItem(
            queue=DECIDE, kind="Báo cáo chờ duyệt", title=str(report), url=report.get_absolute_url(),
            detail=f"Kỳ {report.period_start:%d/%m/%Y} – {report.period_end:%d/%m/%Y}; Văn phòng đã tổng hợp.",
            due=report.due_on if getattr(report, "due_on", None) else None, tone="info",
            decisions=(Decision("Duyệt", reverse("reports:report_action", args=[report.pk, "duyet"]), (), "success"),),
        ))
    return rows


def _sections_to_write(membership) -> list[WorkItem]:
    units = membership.scope_unit_ids()
    if not units:
        return []
    open_sections = (ReportSection.objects.filter(organisation_id=membership.organisation_id, unit_id__in=units,
                                                  report__status=ReportStatus.COLLECTING, narrative="")
                     .select_related("report", "unit").order_by("report__period_end", "order"))
    return [
        WorkItem(queue=UNIT, kind="Phần báo cáo của đơn vị", title=f"{section.report} — {section.heading}",
                 url=section.get_absolute_url(), detail=f"{section.unit} chưa viết phần này.",
                 due=getattr(section.report, "due_on", None), tone="warning")
        for section in open_sections
        if can(membership, "change", section)
    ]
