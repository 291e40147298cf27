"""Home-page widget: reports in progress (with their state) and reports due for the period just ended."""
from django.urls import reverse
from django.utils import timezone

from reports import selectors


def widgets(request):
    membership = getattr(request, "membership", None)
    if membership is None:
        return []
    today = timezone.localdate()
    in_progress = list(selectors.reports_in_progress(membership=membership)[:8])
    due = selectors.reports_due(membership=membership, today=today)
    if not in_progress and not due:
        return []
    return [{
        "title": "Báo cáo định kỳ", "template": "reports/widgets/reports.html", "order": 50, "width": 6,
        "context": {"in_progress": in_progress, "due": due, "list_url": reverse("reports:report_list")},
    }]
