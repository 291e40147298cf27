"""Workflow details users asked for: "Ban hành" takes the number and the date; one report per organisation ×
kind × period (a second is refused with a link to the first); each version downloadable."""
import datetime as dt
import io

import docx
import pytest

from core.testing import login
from reports import services
from reports.choices import ReportKind, ReportStatus
from reports.models import Report

from .stubs import seed_data
from .test_workflow import PERIOD


@pytest.fixture
def report(cast):
    return services.report_create(actor=cast["office"], kind=ReportKind.HALF_YEAR, period=PERIOD, data=seed_data())


def test_a_second_report_of_the_same_period_is_refused_and_names_the_first(client, cast, report):
    with pytest.raises(services.DuplicateReport) as refused:
        services.report_create(actor=cast["office"], kind=ReportKind.HALF_YEAR, period=PERIOD, data=seed_data())
    assert refused.value.existing == report and "Đã có Báo cáo 6 tháng đầu năm 2023" in refused.value.message
    login(client, cast["office"])
    response = client.post("/reports/", {"kind": "6thang", "year": "2023"}, follow=True)
    assert Report.objects.filter(organisation=cast["org"]).count() == 1
    assert f'href="/reports/{report.pk}/"' in response.content.decode()
    api = client.post("/api/reports/", {"kind": "6thang", "year": 2023}, content_type="application/json")
    assert api.status_code == 400 and api.json()["existing"] == report.pk
    # another period is fine
    services.report_create_for_period(actor=cast["office"], kind=ReportKind.MONTHLY, year=2023, month=5,
                                      data=seed_data())


def test_issue_on_the_screen_takes_the_number_and_the_date(client, cast, report):
    services.report_compile(actor=cast["office"], report=report)
    services.report_approve(actor=cast["director"], report=report)
    login(client, cast["clerk"])
    url = f"/reports/{report.pk}/thao-tac/ban-hanh/"
    response = client.post(url, {"number": "", "issued_on": "05/07/2023"}, follow=True)
    assert "Hãy nhập số văn bản" in response.content.decode()
    response = client.post(url, {"number": "12", "issued_on": "31/02/2023"}, follow=True)
    assert "không hợp lệ" in response.content.decode()
    report.refresh_from_db()
    assert report.status == ReportStatus.APPROVED and report.number is None
    client.post(url, {"number": "12", "issued_on": "05/07/2023"})
    report.refresh_from_db()
    assert (report.status, report.number, report.issued_on) == (ReportStatus.ISSUED, 12, dt.date(2023, 7, 5))
    context = services.frame_context(report)
    assert context["number_symbol"] == "Số: 12/BC-SKHCN" and context["place_date"].endswith("ngày 05 tháng 7 năm 2023")


def test_each_version_is_downloadable(client, cast, report):
    first = services.report_compile(actor=cast["office"], report=report)
    second = services.report_regenerate(actor=cast["office"], report=report, data=seed_data())
    login(client, cast["qlkh"])
    for version in (first, second):
        response = client.get(f"/reports/{report.pk}/phien-ban/{version.number}/tai-ve.docx")
        assert response.status_code == 200 and f"phien-ban-{version.number}" in response["Content-Disposition"]
        docx.Document(io.BytesIO(response.content))
    assert client.get(f"/reports/{report.pk}/phien-ban/9/tai-ve.docx").status_code == 404


def test_a_section_never_says_nothing_happened_next_to_the_units_text(cast):
    from core.documents.layout import blocks_text

    from .stubs import empty_data

    report = services.report_create(actor=cast["office"], kind=ReportKind.MONTHLY,
                                    period=services.period_for(cast["org"], ReportKind.MONTHLY, year=2024, month=2),
                                    data=empty_data())
    section = report.sections.get(key="tdc")
    assert "không phát sinh" in blocks_text(services.compose(report)["body"])
    services.section_update(actor=cast["tdc"] if section.unit_id else cast["office"], section=section,
                            narrative="- Kiểm tra nhà nước về đo lường tại 03 chợ.")
    body = blocks_text(services.compose(report)["body"])
    assert "Kiểm tra nhà nước về đo lường tại 03 chợ" in body
    assert "không phát sinh hồ sơ về tiêu chuẩn, đo lường, chất lượng" not in body
