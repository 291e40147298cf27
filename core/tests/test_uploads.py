"""Finding 2 of issue #10: uploads are told by content, limited in size, and served so that they never run."""
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.testing import login
from core.uploads import ATTACHMENT_KINDS, DOSSIER_KINDS, TABULAR_KINDS, detect_kind, validate_upload

HTML = b"<!doctype html><html><body><script>fetch('/api/units/').then(r => r.text()).then(alert)</script></body></html>"
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


def docx_bytes() -> bytes:
    from docx import Document

    buffer = io.BytesIO()
    Document().save(buffer)
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    from openpyxl import Workbook

    buffer = io.BytesIO()
    Workbook().save(buffer)
    return buffer.getvalue()


def zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("ho-so/thuyet-minh.txt", "Thuyết minh")
    return buffer.getvalue()


def upload(name, data):
    return SimpleUploadedFile(name, data)


@pytest.mark.parametrize("name,data,kind", [
    ("a.pdf", PDF, "pdf"), ("a.png", PNG, "png"), ("a.jpg", JPG, "jpg"), ("a.docx", None, "docx"),
    ("a.xlsx", None, "xlsx"), ("a.zip", None, "zip"), ("a.csv", "Mã,Tên\n1,Phòng QLKH\n".encode(), "text"),
])
def test_kinds_are_told_by_content(name, data, kind):
    data = data if data is not None else {"docx": docx_bytes, "xlsx": xlsx_bytes, "zip": zip_bytes}[kind]()
    assert detect_kind(upload(name, data)) == kind


@pytest.mark.parametrize("name,data", [
    ("bao-cao.html", HTML), ("bao-cao.docx", HTML), ("bao-cao.pdf", HTML), ("hinh.svg", SVG), ("hinh.png", SVG),
    ("chuong-trinh.exe", EXE), ("chuong-trinh.pdf", EXE), ("ho-so.zip", None), ("bao-cao.html", PDF),
])
def test_script_carriers_and_programs_are_refused(name, data):
    data = data if data is not None else zip_bytes()
    with pytest.raises(ValidationError) as error:
        validate_upload(upload(name, data), ATTACHMENT_KINDS)
    message = error.value.messages[0]
    assert name in message and ("không được nhận" in message or "nhưng nội dung là" in message)


def test_zip_only_where_a_field_needs_it_and_csv_only_for_tables():
    assert validate_upload(upload("ho-so.zip", zip_bytes()), DOSSIER_KINDS) == "zip"
    assert validate_upload(upload("danh-sach.csv", "Mã,Tên\n".encode()), TABULAR_KINDS) == "csv"
    with pytest.raises(ValidationError):
        validate_upload(upload("danh-sach.csv", HTML), TABULAR_KINDS)


def test_one_size_limit_from_settings(settings):
    settings.MAX_UPLOAD_BYTES = 1024 * 1024
    big = upload("bao-cao.pdf", PDF + b"0" * (3 * 1024 * 1024))
    with pytest.raises(ValidationError) as error:
        validate_upload(big, ATTACHMENT_KINDS)
    assert error.value.messages[0] == "Tệp “bao-cao.pdf” quá lớn (3,0 MB): tối đa 1 MB."


# --- every upload path of the project -------------------------------------------------------------------------

@pytest.fixture
def document_form(tenants):
    return {"doc_type": "cong_van", "number": "15/UBND-KT", "issued_on": "05/02/2026", "issuer": "UBND tỉnh",
            "summary": "V/v báo cáo", "unit": tenants.unit.pk}


def _post_document(client, tenants, document_form, name, data):
    from directives.models import SourceDocument

    login(client, tenants.staff)
    before = SourceDocument.objects.count()
    response = client.post(reverse("directives:sourcedocument_add"), {**document_form, "attachment": upload(name, data)})
    return response, SourceDocument.objects.count() - before


@pytest.mark.parametrize("name,data", [("bao-cao.html", HTML), ("hinh.svg", SVG), ("setup.exe", EXE),
                                       ("bao-cao.docx", HTML)])
def test_source_document_screen_refuses_and_saves_nothing(client, tenants, document_form, name, data):
    response, added = _post_document(client, tenants, document_form, name, data)
    assert response.status_code == 200 and added == 0
    assert "không được nhận" in response.content.decode()


def test_a_30_mb_directive_attachment_is_refused(client, tenants, document_form, settings):
    settings.MAX_UPLOAD_BYTES = 2 * 1024 * 1024  # the same rule as 30 MB against 20 MB, lighter for the test
    response, added = _post_document(client, tenants, document_form, "scan.pdf", PDF + b"0" * (3 * 1024 * 1024))
    assert response.status_code == 200 and added == 0
    assert "quá lớn" in response.content.decode()


def test_a_real_pdf_is_accepted(client, tenants, document_form):
    from directives.models import SourceDocument

    response, added = _post_document(client, tenants, document_form, "cong-van.pdf", PDF)
    assert response.status_code == 302 and added == 1
    Path(SourceDocument.objects.latest("pk").attachment.path).unlink(missing_ok=True)


@pytest.fixture
def task(tenants):
    from directives import services

    return services.assigned_task_create(actor=tenants.director, text="Báo cáo kết quả", lead_unit=tenants.unit,
                                         assigned_on=dt.date.today(), deadline_text="")


@pytest.mark.parametrize("action,field", [("progress", "attachment"), ("complete", "result_file")])
def test_progress_and_result_attachments_are_checked(client, tenants, task, action, field):
    from directives.models import ProgressUpdate

    login(client, tenants.staff)
    data = {"percent": 50, "note": "Đang làm", "completed_on": dt.date.today().strftime("%d/%m/%Y"),
            field: upload("bao-cao.html", HTML)}
    response = client.post(reverse("directives:task_action", args=[task.pk, action]), data, follow=True)
    assert "không được nhận" in response.content.decode()
    task.refresh_from_db()
    assert not ProgressUpdate.objects.filter(task=task).exists() and not task.completed_on and not task.result_file


def test_a_service_cannot_skip_the_check(tenants, task):
    from directives import services

    with pytest.raises(ValidationError):
        services.task_progress_add(actor=tenants.staff, task=task, percent=10, note="x",
                                   attachment=upload("x.svg", SVG))


def test_the_model_guard_runs_for_any_save(tenants):
    from directives.models import SourceDocument

    document = SourceDocument(organisation=tenants.org, doc_type="cong_van", number="1/UBND", issued_on=dt.date(2026, 1, 5),
                              issuer="UBND tỉnh", summary="x", attachment=upload("x.html", HTML))
    with pytest.raises(ValidationError) as error:
        document.save()
    assert "attachment" in error.value.message_dict
    assert not SourceDocument.objects.filter(number="1/UBND").exists()


def test_tabular_import_refuses_html_named_csv(client, tenants):
    login(client, tenants.admin)
    response = client.post(reverse("core:unit_import"), {"file": upload("don-vi.csv", HTML)})
    assert "không được nhận" in response.content.decode()


# --- serving ------------------------------------------------------------------------------------------------------

@pytest.fixture
def stored(tenants):
    from directives.models import SourceDocument

    def _stored(name, data):
        document = SourceDocument(organisation=tenants.org, doc_type="cong_van", number=f"{name}/UBND",
                                  issued_on=dt.date(2026, 1, 5), issuer="UBND tỉnh", summary="x")
        document.attachment.save(name, ContentFile(data), save=False)  # a file stored before the rules existed
        document.save()
        created.append(document)
        return document

    created = []
    yield _stored
    for document in created:
        Path(document.attachment.path).unlink(missing_ok=True)


def test_old_html_files_are_downloads_that_cannot_run(client, tenants, stored):
    document = stored("bao-cao.html", HTML)
    login(client, tenants.staff)
    response = client.get(document.attachment.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in response["Content-Security-Policy"] and "sandbox" in response["Content-Security-Policy"]


def test_images_stay_inline_and_word_files_download(client, tenants, stored):
    login(client, tenants.staff)
    image = client.get(stored("anh.png", PNG).attachment.url)
    assert image["Content-Type"] == "image/png" and image["Content-Disposition"].startswith("inline;")
    word = client.get(stored("cong-van.docx", docx_bytes()).attachment.url)
    assert word["Content-Disposition"].startswith("attachment;") and word["X-Content-Type-Options"] == "nosniff"


def test_nginx_path_keeps_the_headers(client, tenants, stored, settings):
    settings.MEDIA_X_ACCEL_REDIRECT = True
    document = stored("bao-cao.svg", SVG)
    login(client, tenants.staff)
    response = client.get(document.attachment.url)
    assert response["X-Accel-Redirect"].endswith("bao-cao.svg")
    assert response["Content-Type"] == "application/octet-stream" and response["X-Content-Type-Options"] == "nosniff"


def test_a_body_far_over_the_limit_is_refused_before_it_is_read(client, tenants, settings):
    settings.MAX_UPLOAD_BYTES = 1024 * 1024
    login(client, tenants.staff)
    response = client.generic("POST", reverse("directives:sourcedocument_add"), b"x" * 100,
                              CONTENT_TYPE="multipart/form-data; boundary=x", CONTENT_LENGTH=str(200 * 1024 * 1024))
    assert response.status_code == 413 and "Tệp tải lên quá lớn: tối đa 1 MB." in response.content.decode()
    api = client.generic("POST", "/api/imported-documents/", b"x", CONTENT_TYPE="multipart/form-data; boundary=x",
                         CONTENT_LENGTH=str(200 * 1024 * 1024))
    assert api.status_code == 413 and api.json()["detail"].startswith("Tệp tải lên quá lớn")
