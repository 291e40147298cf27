"""Dashboard widgets: pipeline counts, acceptance due, unsettled advances."""
from django.utils import timezone

from . import selectors


def widgets(request):
    membership = getattr(request, "membership", None)
    if membership is None:
        return []
    organisation = membership.organisation
    today = timezone.localdate()
    tasks = selectors.science_task_list(membership=membership)
    days = int(organisation.setting("sciencetasks.acceptance_due_days", 60))
    pipeline = [row for row in selectors.pipeline_counts(membership=membership) if row["count"]]
    return [
        {"title": "Nhiệm vụ KH&CN theo trạng thái", "template": "sciencetasks/widgets/pipeline.html",
         "context": {"rows": pipeline}, "order": 30, "width": 4},
        {"title": f"Đến hạn nghiệm thu ({days} ngày tới hoặc quá hạn)", "template": "sciencetasks/widgets/tasks.html",
         "context": {"tasks": list(selectors.acceptance_due(queryset=tasks, today=today, days=days)[:10])},
         "order": 31, "width": 4},
        {"title": "Tạm ứng chưa thanh toán quá hạn", "template": "sciencetasks/widgets/advances.html",
         "context": {"rows": selectors.unsettled_advances(organisation=organisation, today=today, tasks=tasks,
                                                               limit=10)},
         "order": 32, "width": 4},
    ]
