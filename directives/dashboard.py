"""Home-page widgets: overdue by unit (chart), due within 7 days, on-time rate this month."""
from django.utils import timezone

from core.charts import RED, bar_chart

from directives import selectors


def widgets(request):
    membership = getattr(request, "membership", None)
    if membership is None:
        return []
    today = timezone.localdate()
    overdue = selectors.overdue_by_unit(membership=membership, as_of=today)
    soon = list(selectors.due_within(membership=membership, as_of=today, days=7)[:10])
    rate = selectors.on_time_rate(membership=membership, date_from=today.replace(day=1), date_to=today)
    return [
        {"title": "Nhiệm vụ quá hạn theo đơn vị", "template": "directives/widgets/overdue_by_unit.html", "order": 10,
         "width": 6, "context": {"rows": overdue, "chart": bar_chart(
             [name for name, _ in overdue], [("Quá hạn chưa hoàn thành", [count for _, count in overdue], RED)])}},
        {"title": "Đến hạn trong 7 ngày tới", "template": "directives/widgets/due_soon.html", "order": 11, "width": 6,
         "context": {"tasks": soon, "days": 7}},
        {"title": "Tỷ lệ hoàn thành đúng hạn", "template": "directives/widgets/on_time_rate.html", "order": 12,
         "width": 4, "context": {"rate": rate, "month": f"{today.month}/{today.year}"}},
    ]
