"""Every read of the reports app, always for a membership (another organisation's report is "not found")."""
from django.shortcuts import get_object_or_404

from .models import Report, ReportTemplate


def report_list(*, membership):
    return Report.objects.restrict(membership, "view").select_related("organisation")


def report_get_for(*, membership, pk: int) -> Report:
    return get_object_or_404(report_list(membership=membership), pk=pk)


def template_list(*, membership):
    return ReportTemplate.objects.restrict(membership, "view").defer("content").select_related("uploaded_by")


def reports_in_progress(*, membership):
    """Reports not yet issued, the newest period first."""
    from .choices import ReportStatus

    return report_list(membership=membership).exclude(status=ReportStatus.ISSUED).order_by("-period_end", "-id")


DASHBOARD_KINDS = ("thang", "6thang", "9thang", "nam")


def reports_due(*, membership, today) -> list[dict]:
    """For each kind the organisation reports (its rules, else monthly, 6-, 9-month and annual): the period
    that has just ended and, if it exists, its report. One query for the rules, one for the reports."""
    from .models import ReportRule
    from .periods import due_period
    from .choices import PeriodRule, ReportKind

    organisation = membership.organisation
    rules = {rule.kind: rule.period_rule for rule in ReportRule.objects.filter(organisation=organisation)
             if rule.kind != ReportKind.ADHOC}
    if not rules:
        default = organisation.setting("reports.period_rule", PeriodRule.STATISTICAL)
        rules = {kind: default for kind in DASHBOARD_KINDS}
    labels = dict(ReportKind.choices)
    due = []
    for kind, period_rule in rules.items():
        period = due_period(kind, period_rule, today)
        if period is not None:
            due.append({"kind": kind, "kind_label": labels[kind], "period": period})
    if not due:
        return []
    existing = {(r.kind, r.period_end): r for r in report_list(membership=membership).filter(
        kind__in=[item["kind"] for item in due], period_end__in=[item["period"].end for item in due])}
    for item in due:
        item["report"] = existing.get((item["kind"], item["period"].end))
    due = [item for item in due if item["report"] is None or not item["report"].is_frozen]
    return sorted(due, key=lambda item: item["period"].end)
