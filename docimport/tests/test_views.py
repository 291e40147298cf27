"""Screens and API: upload, review beside the text, accept, errors in Vietnamese, tenant isolation."""
import io
import json
import re

import pytest
from django.core.management import call_command
from django.urls import reverse

from core.choices import Role
from core.models import Membership, Organisation, Unit
from core.testing import login, make_member, make_organisation
from directives.models import AssignedTask, SourceDocument
from docimport.forms import ADDED_ROWS
from docimport.models import ImportedDocument

from .helpers import docx_from_text, seed_text
from .review_forms import management, page_form, with_changes

pytestmark = pytest.mark.django_db


@pytest.fixture
def office_chief(db):
    from core.demo import load

    load()
    return Membership.objects.get(organisation__code="quang-tri", user__username="chanhvanphong")


def upload(client, name, data):
    return client.post(reverse("docimport:importeddocument_add"), {"file": _file(name, data)})


def _file(name, data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data)


def test_upload_review_accept(client, office_chief):
    login(client, office_chief)
    response = upload(client, "tb-001.docx", docx_from_text(seed_text("001")))
    imported = ImportedDocument.objects.get()
    assert response.status_code == 302 and response["Location"] == imported.get_absolute_url()
    page = client.get(imported.get_absolute_url())
    html = page.content.decode()
    assert page.status_code == 200
    assert 'class="hl-task' in html and 'class="hl-ref' in html  # highlighted source text
    assert "Đơn vị chưa đối chiếu được" in html  # "Các đơn vị thuộc Sở"
    form = {"action": "accept", "doc_type": "thong_bao_ket_luan", "number": "", "issued_on": "17/02/2025",
            "issuer": "Sở Khoa học và Công nghệ tỉnh Quảng Trị", "summary": imported.title,
            **management(len(imported.tasks))}
    units = {u.name: u.pk for u in Unit.objects.filter(organisation=office_chief.organisation)}
    for index, task in enumerate(imported.tasks[:3]):
        form.update({f"task-{index}-accept": "1", f"task-{index}-text": task["text"],
                     f"task-{index}-unit": units["Văn phòng Sở"], f"task-{index}-deadline_text": task["deadline_text"] or ""})
    response = client.post(imported.get_absolute_url(), form)
    assert response.status_code == 302
    source = SourceDocument.objects.get(organisation=office_chief.organisation)
    assert AssignedTask.objects.filter(source=source).count() == 3
    listing = client.get(reverse("directives:assignedtask_list"))
    assert "Chủ trì, phối hợp với các phòng, đơn vị rà soát" in listing.content.decode()


def test_review_errors_save_nothing(client, office_chief):
    login(client, office_chief)
    upload(client, "tb.txt", seed_text("001").encode())
    imported = ImportedDocument.objects.get()
    response = client.post(imported.get_absolute_url(), {
        "action": "accept", "doc_type": "thong_bao_ket_luan", "issued_on": "31/02/2025", "issuer": "Sở",
        "task-0-accept": "1", "task-0-text": "Rà soát", "task-0-unit": "", **management(len(imported.tasks))})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nhiệm vụ 1 – Đơn vị chủ trì: Hãy chọn đơn vị chủ trì" in html and "Ngày ban hành" in html
    assert not SourceDocument.objects.exists() and not AssignedTask.objects.exists()


def test_bad_upload_shows_a_vietnamese_message(client, office_chief):
    login(client, office_chief)
    response = upload(client, "bom.pdf", docx_from_text("Thông báo"))
    assert response.status_code == 200
    assert "nội dung là tài liệu Word" in response.content.decode()
    assert not ImportedDocument.objects.exists()


def test_another_organisation_gets_404(client, office_chief):
    login(client, office_chief)
    upload(client, "tb.txt", seed_text("001").encode())
    imported = ImportedDocument.objects.get()
    stranger = make_member(make_organisation("khac"), "gd-khac", [Role.GIAM_DOC])
    login(client, stranger)
    assert client.get(imported.get_absolute_url()).status_code == 404
    assert client.post(imported.get_absolute_url(), {"action": "discard"}).status_code == 404
    assert client.get(reverse("imported-document-detail", args=[imported.pk])).status_code in (403, 404)


def test_staff_of_another_unit_cannot_accept(client, office_chief):
    login(client, office_chief)
    upload(client, "tb.txt", seed_text("001").encode())
    imported = ImportedDocument.objects.get()
    staff = Membership.objects.get(organisation=office_chief.organisation, user__username="chuyenvien.qlkh")
    login(client, staff)
    assert client.get(imported.get_absolute_url()).status_code == 200  # everyone of the organisation reads
    assert client.post(imported.get_absolute_url(), {"action": "discard"}).status_code == 403
    assert ImportedDocument.objects.get().status == "draft"


def test_list_page(client, office_chief):
    login(client, office_chief)
    upload(client, "tb.txt", seed_text("001").encode())
    response = client.get(reverse("docimport:importeddocument_list") + "?q=thong bao")
    assert response.status_code == 200 and "tb.txt" in response.content.decode()


def test_api_extract_and_upload(client, office_chief):
    login(client, office_chief)
    url = reverse("imported-document-extract")
    response = client.post(url, {"file": _file("tb.txt", seed_text("001").encode())})
    assert response.status_code == 200
    data = response.json()
    assert data["doc_type"] == "thong_bao_ket_luan" and len(data["tasks"]) == 19
    assert not ImportedDocument.objects.exists()
    response = client.post(reverse("imported-document-list"), {"file": _file("tb.txt", seed_text("001").encode())})
    assert response.status_code == 201 and response.json()["result"]["doc_type"] == "thong_bao_ket_luan"
    response = client.post(url, {"file": _file("rong.txt", b"")})
    assert response.status_code == 400


def test_cli_prints_the_issue_json(tmp_path, capsys):
    path = tmp_path / "tb.docx"
    path.write_bytes(docx_from_text(seed_text("001")))
    out = io.StringIO()
    call_command("extract", str(path), "--json", stdout=out)
    data = json.loads(out.getvalue())
    assert {"doc_type", "issuer", "doc_date", "tasks", "references", "quantities"} <= set(data)
    assert data["tasks"][0] == {**data["tasks"][0], "unit": "Văn phòng Sở", "deadline": "2025-02-21",
                                "deadline_text": "trong ngày 21/02/2025", "coordinating_units": ["các phòng, đơn vị"]}


def test_cli_with_org_matches_units(tmp_path, office_chief):
    path = tmp_path / "tb.txt"
    path.write_text(seed_text("001"), encoding="utf-8")
    out = io.StringIO()
    call_command("extract", str(path), "--json", "--verbose", "--org", "quang-tri", stdout=out)
    tasks = json.loads(out.getvalue())["tasks"]
    unit = Unit.objects.get(organisation__code="quang-tri", code="qlcn-dmst")
    assert [t["unit_id"] for t in tasks if t["unit"] == "Phòng Quản lý CN&ĐMST"] == [unit.pk] * 3
    assert Organisation.objects.filter(code="quang-tri").exists()


def test_review_accepts_units_whose_id_passes_a_thousand(client, office_chief):
    """Ids past 999 were written "1.234" by the thousand separator, so no posted unit matched (seen on PostgreSQL,
    whose sequences keep counting across a deployment's tenants)."""
    organisation = office_chief.organisation
    unit = Unit.objects.create(pk=12345, organisation=organisation, name="Phòng Thử nghiệm nghìn", short_name="PTN")
    login(client, office_chief)
    upload(client, "tb.txt", seed_text("001").encode())
    imported = ImportedDocument.objects.get()
    html = client.get(imported.get_absolute_url()).content.decode()
    assert f'<option value="{unit.pk}"' in html and "12.345" not in html
    posted = re.search(r'<option value="([^"]+)"[^>]*>Phòng Thử nghiệm nghìn<', html).group(1)
    response = client.post(imported.get_absolute_url(), {
        "action": "accept", "doc_type": "thong_bao_ket_luan", "issued_on": "17/02/2025", "issuer": "Sở",
        "task-0-accept": "1", "task-0-text": "Rà soát", "task-0-unit": posted, **management(len(imported.tasks))})
    assert response.status_code == 302
    assert AssignedTask.objects.get().lead_unit == unit


# --- the review as a formset ----------------------------------------------------------------------------------

def _review(client, office_chief):
    login(client, office_chief)
    upload(client, "tb.txt", seed_text("001").encode())
    imported = ImportedDocument.objects.get()
    html = client.get(imported.get_absolute_url()).content.decode()
    return imported, html


def test_review_posted_as_shown_creates_the_matched_tasks_with_their_dates(client, office_chief):
    """The page as a browser posts it, unchanged: every matched task is created once, its due date the date the
    extraction found (ISO in the stored result, dd/mm/yyyy on the page, a date again on the task)."""
    imported, html = _review(client, office_chief)
    form = page_form(html)
    assert form["task-TOTAL_FORMS"] == [str(len(imported.tasks) + ADDED_ROWS)]  # the blank rows come last, unticked
    assert form["task-0-due_date"] == ["21/02/2025"]  # "trong ngày 21/02/2025"
    accepted = [index for index in range(len(imported.tasks)) if f"task-{index}-accept" in form]
    assert accepted and len(accepted) < len(imported.tasks)  # the unmatched "Các đơn vị thuộc Sở" is left unticked
    response = client.post(imported.get_absolute_url(), with_changes(form, action="accept"))
    assert response.status_code == 302, response.content.decode()[:2000]
    tasks = AssignedTask.objects.order_by("pk")
    assert tasks.count() == len(accepted)
    first = tasks.get(item_number="1")
    assert first.due_date.isoformat() == imported.tasks[0]["deadline"] == "2025-02-21"
    assert first.lead_unit.name == "Văn phòng Sở"


def test_review_errors_are_given_per_row_and_nothing_is_saved(client, office_chief):
    imported, html = _review(client, office_chief)
    other_unit = Unit.objects.create(organisation=make_organisation("khac"), code="vp-khac", name="Văn phòng Sở khác")
    data = with_changes(page_form(html), action="accept", task__0__due_date="31/02/2025", task__1__text="  ",
                        task__2__unit=str(other_unit.pk))
    response = client.post(imported.get_absolute_url(), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nhiệm vụ 1 – Hạn xử lý: Ngày không hợp lệ (định dạng dd/mm/yyyy)." in html
    assert "Nhiệm vụ 2 – Nội dung nhiệm vụ: Nội dung nhiệm vụ không được để trống." in html
    assert "Nhiệm vụ 3 – Đơn vị chủ trì: Đơn vị đã chọn không có trong danh sách" in html
    # the reviewer's input stays on the page, the error beside its row
    row = re.search(r'<div class="task-row[^"]*" id="task-0">.*?<div class="task-row', html, re.S).group(0)
    assert 'value="31/02/2025"' in row and "border-danger" in row and "errorlist" in row
    assert not SourceDocument.objects.exists() and not AssignedTask.objects.exists()


def test_an_unticked_row_is_not_checked_and_creates_nothing(client, office_chief):
    imported, html = _review(client, office_chief)
    form = page_form(html)
    accepted = [index for index in range(len(imported.tasks)) if f"task-{index}-accept" in form]
    data = with_changes(form, action="accept", task__0__accept=None, task__0__due_date="không rõ")
    assert client.post(imported.get_absolute_url(), data).status_code == 302
    assert AssignedTask.objects.count() == len(accepted) - 1
    assert not AssignedTask.objects.filter(item_number="1").exists()


def test_a_post_cannot_add_rows_beyond_the_blank_ones_offered(client, office_chief):
    imported, html = _review(client, office_chief)
    beyond = len(imported.tasks) + ADDED_ROWS
    unit = Unit.objects.get(organisation=office_chief.organisation, name="Văn phòng Sở")
    data = with_changes(page_form(html), action="accept", task__TOTAL_FORMS=str(beyond + 1),
                        **{f"task__{beyond}__accept": "1", f"task__{beyond}__text": "Việc không có trong văn bản",
                           f"task__{beyond}__unit": str(unit.pk)})
    response = client.post(imported.get_absolute_url(), data)
    assert response.status_code == 400
    assert not AssignedTask.objects.filter(text="Việc không có trong văn bản").exists()
    assert not SourceDocument.objects.exists()


def test_a_task_the_extraction_missed_is_written_into_a_blank_row_and_created_with_the_others(client, office_chief):
    imported, html = _review(client, office_chief)
    count = len(imported.tasks)
    assert 'id="added-tasks"' in html and f'id="task-{count}"' in html and f'id="task-{count + ADDED_ROWS}"' not in html
    unit = Unit.objects.get(organisation=office_chief.organisation, name="Phòng Quản lý khoa học")
    form = page_form(html)
    drafted = [index for index in range(count) if f"task-{index}-accept" in form]
    data = with_changes(form, action="accept", **{
        f"task__{count}__accept": "1", f"task__{count}__unit": str(unit.pk),
        f"task__{count}__text": "Rà soát các đề tài chậm tiến độ, báo cáo Giám đốc Sở.",
        f"task__{count}__deadline_text": "trước ngày 28/02/2025"})
    response = client.post(imported.get_absolute_url(), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    added = AssignedTask.objects.get(text="Rà soát các đề tài chậm tiến độ, báo cáo Giám đốc Sở.")
    assert added.lead_unit == unit and added.due_date.isoformat() == "2025-02-28"
    assert added.item_number == str(count + 1) and added.source == SourceDocument.objects.get()
    assert AssignedTask.objects.count() == len(drafted) + 1  # the two blank rows left empty create nothing


def test_a_blank_row_ticked_without_its_unit_is_refused_and_nothing_is_saved(client, office_chief):
    imported, html = _review(client, office_chief)
    count = len(imported.tasks)
    data = with_changes(page_form(html), action="accept",
                        **{f"task__{count}__accept": "1", f"task__{count}__text": "Tổ chức hội nghị tổng kết."})
    response = client.post(imported.get_absolute_url(), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert f"Nhiệm vụ {count + 1} – Đơn vị chủ trì: Hãy chọn đơn vị chủ trì" in html
    assert '<details class="mt-2" id="added-tasks" open>' in html  # shown again, open, with what was written
    assert "Tổ chức hội nghị tổng kết." in html
    assert not SourceDocument.objects.exists() and not AssignedTask.objects.exists()


def test_a_reader_who_may_not_accept_is_offered_no_blank_rows(client, office_chief):
    imported, _ = _review(client, office_chief)
    staff = Membership.objects.get(organisation=office_chief.organisation, user__username="chuyenvien.qlkh")
    login(client, staff)
    html = client.get(imported.get_absolute_url()).content.decode()
    assert 'id="added-tasks"' not in html and 'id="task-0"' in html


def test_review_without_the_management_form_is_refused_in_vietnamese(client, office_chief):
    imported, _ = _review(client, office_chief)
    response = client.post(imported.get_absolute_url(), {
        "action": "accept", "doc_type": "thong_bao_ket_luan", "issued_on": "17/02/2025", "issuer": "Sở",
        "task-0-accept": "1", "task-0-text": "Rà soát"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Biểu mẫu rà soát không đầy đủ" in html
    assert html.count('class="task-row') == len(imported.tasks)  # the rows are shown again to be reviewed
    assert not AssignedTask.objects.exists()


def test_units_not_valid_on_the_document_date_are_not_offered(client, office_chief):
    """A unit set up after the notice (17/02/2025) cannot lead one of its tasks; one dissolved before it neither."""
    import datetime as dt

    organisation = office_chief.organisation
    later = Unit.objects.create(organisation=organisation, code="lap-sau", name="Phòng lập sau", valid_from=dt.date(2026, 1, 1))
    gone = Unit.objects.create(organisation=organisation, code="giai-the", name="Phòng đã giải thể", valid_to=dt.date(2024, 12, 31))
    imported, html = _review(client, office_chief)
    assert "Phòng lập sau" not in html and "Phòng đã giải thể" not in html
    data = with_changes(page_form(html), action="accept", task__0__unit=str(later.pk))
    assert client.post(imported.get_absolute_url(), data).status_code == 400
    assert gone.pk and not AssignedTask.objects.exists()


def test_review_lists_every_unit_as_a_coordinating_checkbox_with_the_extracted_ones_ticked(client, office_chief):
    login(client, office_chief)
    text = ("THÔNG BÁO\nKết luận của Giám đốc Sở\n\n"
            "1. Giao Phòng Quản lý khoa học chủ trì, phối hợp với Văn phòng Sở rà soát hồ sơ trước ngày 20/3/2026.\n")
    upload(client, "tb.txt", text.encode())
    html = client.get(ImportedDocument.objects.get().get_absolute_url()).content.decode()
    units = Unit.objects.filter(organisation=office_chief.organisation)
    boxes = re.findall(r'<input type="checkbox" name="task-0-coordinating" value="(\d+)"([^>]*)>', html)
    assert {int(pk) for pk, _ in boxes} == {unit.pk for unit in units}
    ticked = {int(pk) for pk, rest in boxes if " checked" in rest}
    assert ticked == {units.get(name="Văn phòng Sở").pk}


def test_a_large_document_uploaded_on_the_screen_is_read_in_the_background(client, office_chief, settings):
    """Issue #10, finding 8: the upload screen hands a large document to a job and sends the person to its page,
    which links the review when the job is done (the test queue runs it at once)."""
    from core.models import Job

    settings.DOCIMPORT_BACKGROUND_BYTES = 1000
    login(client, office_chief)
    response = upload(client, "tb.docx", docx_from_text(seed_text("001")))
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == job.get_absolute_url()
    imported = ImportedDocument.objects.get()
    assert job.status == "succeeded" and job.percent == 100 and job.result_url == imported.get_absolute_url()
    page = client.get(job.get_absolute_url()).content.decode()
    assert imported.get_absolute_url() in page and "Rà soát văn bản" in page
    assert len(imported.tasks) == 19


def test_a_pdf_of_many_pages_goes_to_the_background(settings):
    import pypdf

    from docimport.jobs import needs_background

    from .helpers import pdf_with_text

    one = pypdf.PdfReader(io.BytesIO(pdf_with_text(["Thong bao ket luan cua Giam doc So ve nhiem vu nam 2025"] * 3)))
    writer = pypdf.PdfWriter()
    for _ in range(3):
        writer.add_page(one.pages[0])
    out = io.BytesIO()
    writer.write(out)
    settings.DOCIMPORT_BACKGROUND_PAGES = 2
    assert needs_background(out.getvalue(), "tb.pdf")
    settings.DOCIMPORT_BACKGROUND_PAGES = 20
    assert not needs_background(out.getvalue(), "tb.pdf")  # three pages with a text layer: read in the request


def test_a_page_without_its_own_date_leaves_the_issue_date_to_the_clerk_with_the_date_it_mentions(client, office_chief):
    login(client, office_chief)
    text = ("UBND tỉnh yêu cầu Sở Khoa học và Công nghệ rà soát các đề tài chậm tiến độ, báo cáo trước ngày "
            "20/11/2026.\n")
    upload(client, "tin.txt", text.encode())
    imported = ImportedDocument.objects.get()
    assert imported.doc_date is None and imported.opening_day is None and imported.referred_day is not None
    html = client.get(imported.get_absolute_url()).content.decode()
    field = re.search(r'<input[^>]*name="issued_on"[^>]*>', html).group(0)
    assert 'value="' not in field or 'value=""' in field  # the deadline is not taken for the issue date
    assert "Văn bản không ghi ngày ban hành: nhập ngày theo bản gốc." in html
    hint = re.search(r'<div class="form-text" id="id_issued_on_help">([^<]*)</div>', html).group(1)
    assert hint == "Văn bản không ghi ngày ban hành: nhập ngày theo bản gốc."  # the deadline is not offered either


def test_a_meetings_notice_with_a_blank_day_is_dated_by_its_meeting_and_says_so(client, office_chief):
    login(client, office_chief)
    upload(client, "tb-001.docx", docx_from_text(seed_text("001")))  # "ngày   tháng 02 năm 2025"; met 17/02/2025
    imported = ImportedDocument.objects.get()
    assert imported.doc_date is None and imported.opening_day.isoformat() == "2025-02-17"
    html = client.get(imported.get_absolute_url()).content.decode()
    assert re.search(r'<input[^>]*name="issued_on"[^>]*value="17/02/2025"', html)
    assert "đã điền ngày 17/02/2025 mà văn bản mở đầu" in html
