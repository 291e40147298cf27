"""A unit's weekly report read into draft entries, reviewed, then saved all at once (or not at all)."""
import datetime as dt
import io
from decimal import Decimal

import docx
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.testing import login
from worklog.importing import drafts_from_text, guess_kind
from worklog.models import WorkLogEntry

REPORT = [
    "BÁO CÁO Kết quả công tác tuần 20 năm 2023",
    "1. Công tác quản lý khoa học",
    "- Tổ chức 04 Hội đồng KH&CN tư vấn đánh giá, nghiệm thu các nhiệm vụ;",
    "- Tham mưu UBND tỉnh ban hành Quyết định số 1048/QĐ-UBND ngày 19/5/2023 ban hành Quy chế quản lý nhiệm vụ KH&CN.",
    "2. Công tác thông tin",
    "- Cập nhật 31 tin, bài lên Trang Thông tin KH&CN.",
    "II. KẾ HOẠCH TUẦN TỚI",
    "- Tổ chức Hội nghị sơ kết 6 tháng đầu năm.",
]


def _docx(lines) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_bullet_lines_become_drafts_with_kind_quantity_and_document():
    drafts = drafts_from_text("\n".join(REPORT), reference_date=dt.date(2023, 5, 20))
    assert [(d.kind, d.quantity, d.measure_unit) for d in drafts] == [
        ("council", Decimal("4"), "Hội đồng"), ("advice", None, ""), ("communication", Decimal("31"), "tin, bài"),
        ("event", None, "")]
    assert (drafts[1].document_number, drafts[1].document_date) == ("1048/QĐ-UBND", dt.date(2023, 5, 19))
    assert [d.status for d in drafts] == ["done", "done", "done", "planned"]
    assert drafts[0].heading == "Công tác quản lý khoa học"


def test_the_heading_decides_when_the_line_says_nothing():
    assert guess_kind("Đã hoàn thành 02 đợt", "Công tác thanh tra, pháp chế") == "inspection"
    assert guess_kind("Một việc khác", "Nội dung chung") == "other"


def _upload(client, unit, data, name="bao-cao-tuan.docx"):
    return client.post(reverse("worklog:import"), {"unit": unit.pk, "date": "20/05/2023",
                                                   "file": SimpleUploadedFile(name, data)})


def _review_data(response, **changes):
    formset = response.context["formset"]
    data = {"accept": "1", "unit": response.context["unit"].pk, "filename": "bao-cao-tuan.docx",
            "form-TOTAL_FORMS": str(len(formset.forms)), "form-INITIAL_FORMS": str(len(formset.forms))}
    for index, form in enumerate(formset.forms):
        for name, field in form.fields.items():
            value = form.initial.get(name)
            if isinstance(value, dt.date):
                value = value.strftime("%d/%m/%Y")
            if name == "include":
                if value:
                    data[f"form-{index}-include"] = "on"
                continue
            data[f"form-{index}-{name}"] = "" if value is None else str(value)
    data.update(changes)
    return data


def test_the_review_saves_the_kept_lines_and_nothing_before(client, tenants):
    login(client, tenants.staff)
    response = _upload(client, tenants.unit, _docx(REPORT))
    assert response.status_code == 200 and len(response.context["formset"].forms) == 4
    assert not WorkLogEntry.objects.exists()  # reading saves nothing
    data = _review_data(response)
    del data["form-3-include"]  # the planned line is left out
    saved = client.post(reverse("worklog:import"), data)
    assert saved.status_code == 302
    rows = list(WorkLogEntry.objects.order_by("id").values_list("unit", "kind", "quantity", "document_number", "date"))
    assert rows == [(tenants.unit.pk, "council", Decimal("4"), "", dt.date(2023, 5, 20)),
                    (tenants.unit.pk, "advice", None, "1048/QĐ-UBND", dt.date(2023, 5, 20)),
                    (tenants.unit.pk, "communication", Decimal("31"), "", dt.date(2023, 5, 20))]


def test_one_bad_line_saves_nothing_and_says_why(client, tenants):
    login(client, tenants.staff)
    response = _upload(client, tenants.unit, _docx(REPORT))
    refused = client.post(reverse("worklog:import"), _review_data(response, **{"form-2-measure_unit": ""}))
    assert refused.status_code == 400
    assert "đơn vị tính" in refused.content.decode() and not WorkLogEntry.objects.exists()


def test_a_file_without_work_lines_or_of_another_unit_is_refused(client, tenants):
    login(client, tenants.staff)
    response = _upload(client, tenants.unit, _docx(["BÁO CÁO", "Không có gạch đầu dòng nào ở đây."]))
    assert response.status_code == 400 and "Không tìm thấy dòng công việc" in response.content.decode()
    response = _upload(client, tenants.unit, b"not a zip", name="bao-cao.docx")
    assert response.status_code == 400
    response = _upload(client, tenants.other_unit, _docx(REPORT))
    assert response.status_code == 400 and "đơn vị mình" in response.content.decode()
    data = _review_data(_upload(client, tenants.unit, _docx(REPORT)), unit=str(tenants.other_unit.pk))
    assert client.post(reverse("worklog:import"), data).status_code == 403
    assert not WorkLogEntry.objects.exists()


def test_a_report_upload_is_checked_by_content_like_every_upload(client, tenants, settings):
    """Issue 10, finding 2: the weekly-report upload went to the reader unchecked (no allow-list, no size limit)."""
    login(client, tenants.staff)
    page = b"<html><body><script>alert(1)</script>- T\xe1\xbb\x95 ch\xe1\xbb\xa9c h\xe1\xbb\x99i ngh\xe1\xbb\x8b</body></html>"
    for name, data in (("bao-cao.html", page), ("bao-cao.svg", b"<svg xmlns='http://www.w3.org/2000/svg'>"
                                                              b"<script>alert(1)</script></svg>"),
                       ("bao-cao.exe", b"MZ\x90\x00" + b"\x00" * 200)):
        response = _upload(client, tenants.unit, data, name=name)
        assert response.status_code == 400, name
        assert "không được nhận: chỉ nhận" in response.context["upload"].errors["file"][0], name
    settings.MAX_UPLOAD_BYTES = 1024
    response = _upload(client, tenants.unit, _docx(REPORT))
    assert response.status_code == 400 and "quá lớn" in response.context["upload"].errors["file"][0]
    assert not WorkLogEntry.objects.exists()
