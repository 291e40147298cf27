"""API extract and create behave as the upload screen: same checks, large documents in the background with a
status URL, the drafts in the result; documented in the OpenAPI schema."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from core.choices import Role
from core.models import Job, Membership
from core.testing import login, make_member
from docimport.models import ImportedDocument

from .helpers import docx_from_text, seed_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def office_chief(db):
    from core.demo import load

    load()
    return Membership.objects.get(organisation__code="quang-tri", user__username="chanhvanphong")


def _post(client, url, name, data, **params):
    return client.post(url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else ""),
                       {"file": SimpleUploadedFile(name, data)})


def test_small_document_is_extracted_in_the_request(client, office_chief):
    login(client, office_chief)
    response = _post(client, reverse("imported-document-extract"), "tb.txt", seed_text("001").encode())
    assert response.status_code == 200 and len(response.json()["tasks"]) == 19
    assert not Job.objects.exists() and not ImportedDocument.objects.exists()


@override_settings(DOCIMPORT_BACKGROUND_BYTES=1000)
def test_large_document_is_extracted_in_the_background_with_a_status_url(client, office_chief):
    login(client, office_chief)
    sync = _post(client, reverse("imported-document-extract"), "tb.txt", seed_text("001").encode())
    assert sync.status_code == 202
    accepted = sync.json()
    assert sync["Location"] == accepted["status_url"] and accepted["status_url"].endswith(
        reverse("imported-document-job", args=[accepted["id"]]))
    status = client.get(accepted["status_url"])
    assert status.status_code == 200
    body = status.json()
    assert body["status"] == "succeeded" and body["percent"] == 100  # the test queue runs jobs at once
    assert len(body["result"]["tasks"]) == 19 and body["result"]["tasks"][0]["deadline"] == "2025-02-21"
    assert body["imported_document"] is None and not ImportedDocument.objects.exists()  # extract saves nothing
    verbose = _post(client, reverse("imported-document-extract"), "tb.txt", seed_text("001").encode(), verbose=1)
    result = client.get(verbose.json()["status_url"]).json()["result"]
    assert "document" in result and "span" in result["tasks"][0]


@override_settings(DOCIMPORT_BACKGROUND_BYTES=1000)
def test_large_document_created_in_the_background_links_the_import(client, office_chief):
    login(client, office_chief)
    response = _post(client, reverse("imported-document-list"), "tb.docx", docx_from_text(seed_text("001")))
    assert response.status_code == 202
    body = client.get(response.json()["status_url"]).json()
    imported = ImportedDocument.objects.get()
    assert body["status"] == "succeeded" and body["imported_document"] == imported.pk
    assert body["imported_document_url"].endswith(imported.get_absolute_url())
    assert body["result"] == {"imported": imported.pk, "tasks": 19}


def test_the_screen_checks_apply(client, office_chief):
    login(client, office_chief)
    url = reverse("imported-document-extract")
    fake = _post(client, url, "tb.docx", b"<html><body>Thong bao</body></html>")
    assert fake.status_code == 400 and "file" in fake.json()
    with override_settings(MAX_UPLOAD_BYTES=2000):
        big = _post(client, url, "tb.txt", seed_text("001").encode())
    assert big.status_code == 400 and "quá lớn" in str(big.json())
    assert not Job.objects.exists()


@override_settings(DOCIMPORT_BACKGROUND_BYTES=1000)
def test_a_job_is_only_found_by_its_owner_and_only_for_document_imports(client, office_chief):
    from core import jobs
    from core.tests.test_jobs import count_to  # a harmless registered handler

    login(client, office_chief)
    job_id = _post(client, reverse("imported-document-extract"), "tb.txt", seed_text("001").encode()).json()["id"]
    other = make_member(office_chief.organisation, "nguoi-khac", [Role.CHUYEN_VIEN])
    login(client, other)
    assert client.get(reverse("imported-document-job", args=[job_id])).status_code == 404
    unrelated = jobs.job_enqueue(actor=other, handler=count_to, title="Khác", params={"upto": 1})
    assert client.get(reverse("imported-document-job", args=[unrelated.pk])).status_code == 404


def test_schema_documents_the_background_answers(client, office_chief):
    login(client, office_chief)
    schema = client.get(reverse("schema"), {"format": "json"}).json()
    extract = schema["paths"]["/api/imported-documents/extract/"]["post"]
    assert {"200", "202", "400"} <= set(extract["responses"])
    assert "/api/imported-documents/jobs/{job_id}/" in schema["paths"]
    assert "202" in schema["paths"]["/api/imported-documents/"]["post"]["responses"]
