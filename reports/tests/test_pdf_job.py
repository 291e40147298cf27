"""Report PDF conversion runs as a background job (issue #10 finding 8): the link starts it, the job's page offers
the PDF to the person who asked, nobody else gets it, and a missing LibreOffice is a Vietnamese message."""
import pytest
from django.urls import reverse

from core.choices import Role
from core.documents import convert
from core.models import Job
from core.testing import login, make_member
from reports import services
from reports.choices import ReportKind

from .stubs import seed_data
from .test_workflow import PERIOD


@pytest.fixture
def report(cast):
    return services.report_create(actor=cast["director"], kind=ReportKind.HALF_YEAR, period=PERIOD, data=seed_data())


@pytest.fixture
def fake_libreoffice(monkeypatch):
    calls = []

    def convert_docx(data, timeout=180):
        calls.append(data[:2])
        return b"%PDF-1.7 fake"

    monkeypatch.setattr(convert, "docx_to_pdf", convert_docx)
    return calls


def test_pdf_is_made_by_a_job_and_downloaded_from_it(client, cast, report, fake_libreoffice):
    login(client, cast["director"])
    response = client.get(reverse("reports:report_download", args=[report.pk, "pdf"]))
    job = Job.objects.get(membership=cast["director"])
    assert response.status_code == 302 and response.url == job.get_absolute_url()
    assert job.status == Job.Status.SUCCEEDED and fake_libreoffice == [b"PK"]
    page = client.get(job.get_absolute_url()).content.decode()
    assert "Tải tệp PDF" in page and job.result_url in page
    download = client.get(job.result_url)
    assert b"".join(download.streaming_content) == b"%PDF-1.7 fake"
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment;") and ".pdf" in download["Content-Disposition"]

    login(client, make_member(cast["org"], "rp-gd2", [Role.GIAM_DOC]))
    assert client.get(job.result_url).status_code == 404


def test_without_libreoffice_the_job_says_so(client, cast, report, monkeypatch):
    def unavailable(data, timeout=180):
        raise convert.ConversionUnavailable("Chưa cài LibreOffice (gói libreoffice-writer): không xuất được PDF.")

    monkeypatch.setattr(convert, "docx_to_pdf", unavailable)
    login(client, cast["director"])
    client.get(reverse("reports:report_download", args=[report.pk, "pdf"]))
    job = Job.objects.get(membership=cast["director"])
    assert job.status == Job.Status.FAILED and "libreoffice-writer" in job.error
    assert "libreoffice-writer" in client.get(job.get_absolute_url()).content.decode()


def test_a_report_of_another_organisation_is_not_converted(client, cast, report, fake_libreoffice):
    from core.testing import make_organisation

    stranger = make_member(make_organisation("org-pdf"), "pdf-gd", [Role.GIAM_DOC])
    login(client, stranger)
    assert client.get(reverse("reports:report_download", args=[report.pk, "pdf"])).status_code == 404
    assert not Job.objects.exists() and not fake_libreoffice
