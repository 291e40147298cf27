"""The demo's rolling layer for reports: the monthly report of the month that just ended, being collected.

Each demo organisation gets it once (created through the reports services, so its figures come from the records);
about half of the units' sections carry the unit's own text, the others still wait for it — which is what the home
page's "Phần báo cáo của đơn vị" queue shows. A second run on the same day writes nothing.
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction

from core.models import Organisation
from core.permissions import system_membership
from reports import services
from reports.choices import ReportKind

ILLUSTRATIVE = ("(Nội dung minh họa của dữ liệu mẫu: đơn vị đã tổng hợp kết quả công tác tháng {month}, các nhiệm vụ "
                "trọng tâm đã triển khai và đề xuất kế hoạch tháng tiếp theo.)")


def _month_just_ended(today: dt.date) -> tuple[int, int]:
    last = today.replace(day=1) - dt.timedelta(days=1)
    return last.year, last.month


def period_just_ended(organisation, today: dt.date):
    """The period of the monthly report this layer puts in front of the leaders: the month before `today`'s,
    under the organisation's rule (calendar month, or the statistical 15th–14th). The other apps' rolling layers
    date the month's work inside it."""
    year, month = _month_just_ended(today)
    return services.period_for(organisation, ReportKind.MONTHLY, year=year, month=month)


def day_in_period(period, offset: int, today: dt.date) -> dt.date:
    """`offset` days after the period's first day, kept inside the period: never before 1 January of the
    period's year (a statistical January starts on 15 December) nor after `today`."""
    first = max(period.start, dt.date(period.end.year, 1, 1))
    last = min(period.end, today)
    return min(max(period.start + dt.timedelta(days=offset), first), last)


@transaction.atomic
def load(*, today: dt.date, stdout=None):
    year, month = _month_just_ended(today)
    for organisation in Organisation.objects.filter(code__in=("quang-tri", "bac-kan", "ninh-thuan")):
        actor = system_membership(organisation)
        period = period_just_ended(organisation, today)
        if services.existing_report(organisation, ReportKind.MONTHLY, period) is not None:
            continue
        report = services.report_create(actor=actor, kind=ReportKind.MONTHLY, period=period)
        sections = [section for section in report.sections.order_by("order") if section.unit_id]
        for section in sections[::2]:
            services.section_update(actor=actor, section=section, narrative=ILLUSTRATIVE.format(month=f"{month:02d}"))
    if stdout:
        stdout.write(f"  báo cáo tháng {month:02d}/{year} đang tổng hợp cho các tổ chức mẫu")
