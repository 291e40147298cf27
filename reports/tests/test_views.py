"""Screens: detail with figure links, figure page, actions refused without rights, other organisation 404."""
import pytest
from django.urls import reverse

from core.testing import login, make_member, make_organisation
from core.choices import Role
from reports import services
from reports.choices import ReportKind, ReportStatus
from reports.models import Report

from .stubs import seed_data
from .test_workflow import PERIOD


@pytest.fixture
def report(cast):
    return services.report_create(actor=cast["director"], kind=ReportKind.HALF_YEAR, period=PERIOD, data=seed_data())


def test_detail_links_each_figure_to_its_records(client, cast, report):
    login(client, cast["qlkh"])
    page = client.get(report.get_absolute_url()).content.decode()
    figure_url = reverse("reports:figure", args=[report.pk, "dt_completed_late"])
    assert figure_url in page
    detail = client.get(figure_url).content.decode()
    assert "Công văn số 1490/UBND-TH ngày 06/4/2023" in detail and "/directives/1/" in detail


def test_approving_without_rights_is_refused_and_changes_nothing(client, cast, report):
    services.report_compile(report=report, actor=cast["office"])
    login(client, cast["qlkh"])
    response = client.post(reverse("reports:report_action", args=[report.pk, "duyet"]))
    assert response.status_code == 403
    assert Report.objects.get(pk=report.pk).status == ReportStatus.COMPILED


def test_other_organisation_gets_404(client, db, report):
    stranger = make_member(make_organisation("org-other"), "other-gd", [Role.GIAM_DOC])
    login(client, stranger)
    assert client.get(report.get_absolute_url()).status_code == 404
    assert client.post(reverse("reports:report_action", args=[report.pk, "duyet"])).status_code == 404


def test_docx_download(client, cast, report):
    login(client, cast["director"])
    response = client.get(reverse("reports:report_download", args=[report.pk, "docx"]))
    assert response.status_code == 200 and response.content[:2] == b"PK"


def test_office_edits_the_whole_report_and_a_unit_cannot(client, cast, report):
    url = reverse("reports:report_edit", args=[report.pk])
    login(client, cast["qlkh"])
    assert client.post(url, {"title": "Sửa bậy", "assessment": "x"}).status_code == 403
    login(client, cast["office"])
    assert client.get(url).status_code == 200
    response = client.post(url, {"title": "Kết quả 6 tháng\nvà nhiệm vụ 6 tháng cuối năm", "subtitle": "",
                                 "opening": "Thực hiện Công văn số 1055/SKH-TH, Sở báo cáo như sau:",
                                 "assessment": "- Công tác phối hợp còn chậm.", "direction": "",
                                 "recipients": "UBND tỉnh\nLưu: VT, VP", "signer_authority": "GIÁM ĐỐC",
                                 "signer_name": "Trần Ngọc Lâm"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.recipients == ["UBND tỉnh", "Lưu: VT, VP"] and report.assessment == "- Công tác phối hợp còn chậm."
    body = services.compose(report)["body"]
    from core.documents.layout import blocks_text

    assert blocks_text(body).startswith("Thực hiện Công văn số 1055/SKH-TH")
    response = client.post(url, {"title": "  "})
    assert response.status_code == 400 and "không được để trống" in response.content.decode()


def test_creating_from_the_list_page_with_bad_input_says_why(client, cast):
    login(client, cast["office"])
    response = client.post(reverse("reports:report_list"), {"kind": "thang", "year": "2024", "month": "abc"},
                           follow=True)
    assert "không phải là số" in response.content.decode()
    response = client.post(reverse("reports:report_list"), {"kind": "dotxuat", "date_from": "31/02/2023",
                                                             "date_to": "15/06/2023"}, follow=True)
    assert "không hợp lệ" in response.content.decode()
    response = client.post(reverse("reports:report_list"), {"kind": "dotxuat", "date_from": "01/01/2023",
                                                             "date_to": "15/06/2023", "label": "6 tháng đầu năm 2023",
                                                             "subtitle": "Báo cáo phục vụ kỳ họp HĐND tỉnh"})
    report = Report.objects.get()
    assert response.url == report.get_absolute_url() and report.subtitle == "(Báo cáo phục vụ kỳ họp HĐND tỉnh)"


@pytest.mark.parametrize("version", ["abc", "-1", "0", "9" * 30])
def test_a_junk_version_on_a_figure_page_is_a_vietnamese_400(client, cast, report, version):
    """Issue #10, finding 6: /reports/<id>/so-lieu/<key>/?v=abc was a 500."""
    login(client, cast["qlkh"])
    url = reverse("reports:figure", args=[report.pk, "dt_completed_late"])
    response = client.get(url, {"v": version})
    assert response.status_code == 400
    assert "Số phiên bản không hợp lệ" in response.content.decode()
    assert client.get(url, {"v": "7"}).status_code == 404  # a well-formed number of no version: not found
