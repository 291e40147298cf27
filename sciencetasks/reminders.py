"""Reminder digest items for a unit: contracts ending, acceptance dossiers due, progress reports due, extensions
expiring, councils to convene, advances to settle. Windows are per organisation (`sciencetasks.reminder_days`)."""
from django.urls import reverse

from . import selectors
from .models import ScienceTask


def digest_items(*, unit, today) -> list[dict]:
    organisation = unit.organisation
    days = int(organisation.setting("sciencetasks.reminder_days", 30))
    tasks = ScienceTask.objects.filter(organisation=organisation, managing_unit=unit)
    items = []
    for task in selectors.contracts_ending(queryset=tasks, today=today, days=days):
        items.append({"kind": "contract_ending", "title": f"Hợp đồng sắp kết thúc: {task}", "due": task.end_date,
                      "url": task.get_absolute_url()})
    for task in selectors.acceptance_due(queryset=tasks, today=today, days=days):
        if task.end_date and task.end_date < today:
            items.append({"kind": "acceptance_due", "title": f"Đến hạn nộp hồ sơ nghiệm thu: {task}",
                          "due": task.end_date, "url": task.get_absolute_url()})
    for task in selectors.dossiers_due(queryset=tasks, today=today, days=days):
        items.append({"kind": "dossier_due", "title": f"Hạn nộp hồ sơ nghiệm thu (đã gia hạn): {task}",
                      "due": task.dossier_due, "url": task.get_absolute_url()})
    months = int(organisation.setting("sciencetasks.progress_report_months", 6))
    for task in selectors.progress_reports_due(queryset=tasks, today=today, months=months):
        items.append({"kind": "progress_report_due", "title": f"Chủ nhiệm nộp báo cáo tiến độ định kỳ: {task}",
                      "due": task.progress_report_due, "url": task.get_absolute_url()})
    for task in selectors.extensions_expiring(queryset=tasks, today=today, days=days):
        items.append({"kind": "extension_expiring", "title": f"Hết thời hạn gia hạn: {task}", "due": task.end_date,
                      "url": task.get_absolute_url()})
    for council in selectors.councils_to_convene(organisation=organisation, today=today, days=days).filter(managing_unit=unit):
        items.append({"kind": "council_to_convene", "title": f"Hội đồng cần tổ chức họp: {council}",
                      "due": council.planned_date, "url": reverse("sciencetasks:council_detail", args=[council.pk])})
    for row in selectors.unsettled_advances(organisation=organisation, today=today, tasks=tasks):
        items.append({"kind": "advance_unsettled", "title": f"Tạm ứng đợt {row['tranche']} chưa thanh toán: {row['code']}",
                      "due": row["settle_by"], "url": row["url"]})
    return sorted(items, key=lambda item: (item["due"] is None, item["due"]))
