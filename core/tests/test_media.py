"""Uploaded files are served only to members who may view the record holding them."""
import datetime as dt
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile

from core.testing import login

SourceDocument = pytest.importorskip("directives.models").SourceDocument  # a model with a file field


@pytest.fixture
def document(tenants):
    document = SourceDocument(organisation=tenants.org, doc_type=SourceDocument._meta.get_field("doc_type").choices[0][0],
                              number="12/KH-UBND", issued_on=dt.date(2025, 2, 5), issuer="UBND tỉnh", summary="Kế hoạch")
    document.attachment.save("ke-hoach-12.txt", ContentFile("Kế hoạch số 12".encode()), save=False)
    document.save()
    yield document
    Path(document.attachment.path).unlink(missing_ok=True)


def test_a_member_downloads_the_file(client, tenants, document):
    login(client, tenants.staff)
    response = client.get(document.attachment.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).decode() == "Kế hoạch số 12"


def test_other_organisations_and_anonymous_visitors_do_not(client, tenants, document):
    assert client.get(document.attachment.url).status_code == 302  # to the login page
    login(client, tenants.foreign_director)
    assert client.get(document.attachment.url).status_code == 404


def test_unknown_files_and_path_tricks_are_not_found(client, tenants, document):
    login(client, tenants.director)
    assert client.get(f"{settings.MEDIA_URL}khong-co.txt").status_code == 404
    assert client.get(f"{settings.MEDIA_URL}../sokhcn/settings.py").status_code == 404
    assert client.get(f"{settings.MEDIA_URL}%2e%2e/%2e%2e/etc/passwd").status_code == 404


def test_nginx_sends_the_bytes_in_production(client, tenants, document, settings):
    settings.MEDIA_X_ACCEL_REDIRECT = True
    login(client, tenants.staff)
    response = client.get(document.attachment.url)
    assert response["X-Accel-Redirect"] == f"/protected-media/{document.attachment.name}"
