"""REST API: list/detail/versions, create for a period, approve/issue through the services, .docx download."""
import io

import docx
import pytest
from django.urls import reverse

from core.choices import Role
from core.testing import login, make_member, make_organisation
from reports import services
from reports.choices import ReportKind, ReportStatus
from reports.models import Report

from .stubs import seed_data
from .test_workflow import PERIOD


@pytest.fixture
def report(cast):
    return services.report_create(actor=cast["director"], kind=ReportKind.HALF_YEAR, period=PERIOD, data=seed_data())


def test_list_and_detail_with_sections_and_figures(client, cast, report):
    login(client, cast["qlkh"])
    listing = client.get("/api/reports/", {"kind": "6thang"}).json()
    assert [row["id"] for row in listing["results"]] == [report.pk]
    assert listing["results"][0]["status"] == ReportStatus.COLLECTING
    detail = client.get(f"/api/reports/{report.pk}/").json()
    science = next(section for section in detail["sections"] if section["key"] == "khoa_hoc")
    assert "quản lý 40 nhiệm vụ khoa học và công nghệ" in science["text"]
    assert detail["figures"]["instruments_verified"]["value"] == 147


def test_create_for_a_period(client, cast):
    login(client, cast["office"])
    response = client.post("/api/reports/", {"kind": "thang", "year": 2024, "month": 1}, content_type="application/json")
    assert response.status_code == 201, response.content
    report = Report.objects.get(pk=response.json()["id"])
    assert (report.period_start.isoformat(), report.period_end.isoformat()) == ("2023-12-15", "2024-01-14")
    assert report.title.splitlines()[0] == "Kết quả hoạt động khoa học và công nghệ tháng 01/2024,"


def test_create_refused_without_rights_or_with_a_bad_period(client, cast):
    login(client, cast["qlkh"])
    response = client.post("/api/reports/", {"kind": "thang", "year": 2024, "month": 1}, content_type="application/json")
    assert response.status_code == 403 and "không có quyền" in response.json()["detail"]
    login(client, cast["office"])
    response = client.post("/api/reports/", {"kind": "thang", "year": 2024}, content_type="application/json")
    assert response.status_code == 400 and "tháng từ 1 đến 12" in str(response.json())
    assert not Report.objects.exists()


def test_approve_without_rights_is_403_and_changes_nothing(client, cast, report):
    services.report_compile(report=report, actor=cast["office"])
    login(client, cast["qlkh"])
    response = client.post(f"/api/reports/{report.pk}/approve/")
    assert response.status_code == 403
    assert Report.objects.get(pk=report.pk).status == ReportStatus.COMPILED


def test_compile_approve_issue_then_versions_and_frozen_docx(client, cast, report):
    login(client, cast["office"])
    assert client.post(f"/api/reports/{report.pk}/compile/").json()["status"] == ReportStatus.COMPILED
    login(client, cast["director"])
    assert client.post(f"/api/reports/{report.pk}/approve/").json()["status"] == ReportStatus.APPROVED
    issued = client.post(f"/api/reports/{report.pk}/issue/", {"number": 7, "issued_on": "2023-07-05"},
                         content_type="application/json").json()
    assert issued["number_symbol"] == "Số: 7/BC-SKHCN" and issued["issued_on"] == "2023-07-05"
    versions = client.get(f"/api/reports/{report.pk}/versions/").json()
    assert [v["number"] for v in versions] == [2, 1] and versions[0]["has_docx"]
    version = client.get(f"/api/reports/{report.pk}/versions/2/").json()
    assert "147 phương tiện đo" in version["text"] and any(d["change"] == "added" for d in version["diff"])
    response = client.get(f"/api/reports/{report.pk}/docx/")
    document = docx.Document(io.BytesIO(response.content))
    assert "Số: 7/BC-SKHCN" in document.tables[0].rows[0].cells[0].text
    # an issued report refuses further changes
    response = client.post(f"/api/reports/{report.pk}/regenerate/")
    assert response.status_code == 400 and "đã ban hành" in str(response.json())


def test_another_organisation_gets_404(client, db, report):
    stranger = make_member(make_organisation("org-api-other"), "api-other-gd", [Role.GIAM_DOC])
    login(client, stranger)
    assert client.get(f"/api/reports/{report.pk}/").status_code == 404
    assert client.post(f"/api/reports/{report.pk}/approve/").status_code == 404
    assert client.get(f"/api/reports/{report.pk}/docx/").status_code == 404
    assert client.get("/api/reports/").json()["results"] == []


def test_list_query_count_does_not_grow(client, cast, django_assert_max_num_queries):
    for month in (1, 2, 3):
        period = services.period_for(cast["org"], ReportKind.MONTHLY, year=2024, month=month)
        services.report_create(actor=cast["director"], kind=ReportKind.MONTHLY, period=period, data=seed_data())
    login(client, cast["qlkh"])
    with django_assert_max_num_queries(8):
        assert client.get("/api/reports/").json()["count"] == 3
    assert reverse("reports:report_list")
