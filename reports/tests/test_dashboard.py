"""Home-page widget: reports in progress and the report due for the period just ended."""
import datetime as dt

import time_machine

from reports import services
from reports.choices import ReportKind
from reports.dashboard import widgets
from reports.models import ReportRule

from .stubs import seed_data


class _Request:
    def __init__(self, membership):
        self.membership = membership


@time_machine.travel(dt.datetime(2024, 1, 20, 9, 0), tick=False)
def test_widget_lists_due_and_in_progress_reports(cast):
    ReportRule.objects.create(organisation=cast["org"], kind=ReportKind.MONTHLY, period_rule="statistical")
    [widget] = widgets(_Request(cast["qlkh"]))
    [due] = widget["context"]["due"]
    assert due["period"].label == "tháng 01/2024" and due["report"] is None  # 15/12/2023–14/01/2024 just ended
    assert widget["context"]["in_progress"] == []

    period = services.period_for(cast["org"], ReportKind.MONTHLY, year=2024, month=1)
    report = services.report_create(actor=cast["director"], kind=ReportKind.MONTHLY, period=period, data=seed_data())
    [widget] = widgets(_Request(cast["qlkh"]))
    assert widget["context"]["due"][0]["report"] == report
    assert widget["context"]["in_progress"] == [report]


def test_home_page_shows_the_widget(client, cast):
    from core.testing import login

    period = services.period_for(cast["org"], ReportKind.MONTHLY, year=2024, month=1)
    report = services.report_create(actor=cast["director"], kind=ReportKind.MONTHLY, period=period, data=seed_data())
    login(client, cast["qlkh"])
    page = client.get("/").content.decode()
    assert "Báo cáo định kỳ" in page and report.get_absolute_url() in page
