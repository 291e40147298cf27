"""Accepting a reviewed import: refused completions are never dropped silently; the API endpoint; coordinating units."""
import datetime as dt

import pytest
from django.urls import reverse

from core.choices import Role
from core.models import DomainEvent, Membership, Unit
from core.testing import login, make_member, make_organisation
from directives.models import AssignedTask, SourceDocument
from docimport.choices import ImportStatus
from docimport.models import ImportedDocument
from docimport.services import CompletionRefused, TaskChoice, imported_document_accept, imported_document_create

from .helpers import seed_text
from .review_forms import management

pytestmark = pytest.mark.django_db

# A quarterly report of the organisation: row 1 was assigned by a letter of 02/02 and completed 26/02 (before the
# report's date, after the letter's); row 2 is a monthly report, said completed 20/03: directives keeps recurring
# tasks as a series completed period by period, so it refuses that completion.
REPORT = """UBND TỈNH QUẢNG TRỊ
SỞ KHOA HỌC VÀ CÔNG NGHỆ

Số: 145/BC-SKHCN

Quảng Trị, ngày 12 tháng 4 năm 2024

BÁO CÁO
Tình hình thực hiện nhiệm vụ quý I năm 2024

PHỤ LỤC

| STT | Nội dung nhiệm vụ | Văn bản giao | Thời hạn | Kết quả thực hiện |
|---|---|---|---|---|
| 1 | Tham mưu Kế hoạch ứng dụng công nghệ cao năm 2024 | Công văn số 455/UBND-KTTH ngày 02/02/2024 | 28/02/2024 | Đã hoàn thành ngày 26/02/2024 |
| 2 | Báo cáo tình hình xử lý văn bản | | Trước ngày 15 hằng tháng | Đã hoàn thành ngày 20/03/2024 |
"""


@pytest.fixture
def office_chief(db):
    from core.demo import load

    load()
    return Membership.objects.get(organisation__code="quang-tri", user__username="chanhvanphong")


@pytest.fixture
def report(office_chief):
    imported, _ = imported_document_create(actor=office_chief, data=REPORT.encode(), filename="bc-quy-1.txt")
    assert [t["completed_date"] for t in imported.tasks] == ["2024-02-26", "2024-03-20"]
    return imported


def _choices(organisation, imported):
    office = Unit.objects.get(organisation=organisation, code="van-phong")
    from docimport.api.views import _assigned_on

    return [TaskChoice(text=t["text"], lead_unit=office, deadline_text=t["deadline_text"] or "",
                       completed_on=dt.date.fromisoformat(t["completed_date"]),
                       assigned_on=_assigned_on(t), number=index + 1)
            for index, t in enumerate(imported.tasks)]


def test_refused_completion_rolls_everything_back(office_chief, report):
    with pytest.raises(CompletionRefused) as error:
        imported_document_accept(actor=office_chief, imported=report, tasks=_choices(office_chief.organisation, report))
    assert [position for position, _ in error.value.refusals] == [2]
    assert "Nhiệm vụ 2: không ghi nhận được việc hoàn thành" in error.value.messages[0]
    assert "định kỳ" in error.value.messages[0]
    assert not SourceDocument.objects.exists() and not AssignedTask.objects.exists()
    report.refresh_from_db()
    assert report.status == ImportStatus.DRAFT


def test_confirmed_open_keeps_the_task_open_and_records_it(office_chief, report):
    source, tasks = imported_document_accept(actor=office_chief, imported=report,
                                             tasks=_choices(office_chief.organisation, report),
                                             keep_open_when_completion_refused=True)
    first, second = tasks
    assert first.completed_on.isoformat() == "2024-02-26" and first.assigned_on.isoformat() == "2024-02-02"
    assert second.completed_on is None
    event = DomainEvent.objects.get(kind="DOCUMENT_IMPORT_ACCEPTED")
    assert event.payload["left_open"] == [2]


def _review_form(imported, units, **extra):
    form = {"action": "accept", "doc_type": "khac", "number": "145/BC-SKHCN", "issued_on": "12/04/2024",
            "issuer": "Sở Khoa học và Công nghệ tỉnh Quảng Trị", "summary": imported.title,
            **management(len(imported.tasks))}
    for index, task in enumerate(imported.tasks):
        form.update({f"task-{index}-accept": "1", f"task-{index}-text": task["text"],
                     f"task-{index}-unit": units["Văn phòng Sở"], f"task-{index}-deadline_text": task["deadline_text"],
                     f"task-{index}-completed_on": "/".join(reversed(task["completed_date"].split("-")))})
    form["task-0-assigned_on"] = "02/02/2024"
    form.update(extra)
    return form


def test_review_screen_shows_the_refusal_then_accepts_after_confirmation(client, office_chief, report):
    login(client, office_chief)
    units = {u.name: u.pk for u in Unit.objects.filter(organisation=office_chief.organisation)}
    response = client.post(report.get_absolute_url(), _review_form(report, units))
    html = response.content.decode()
    assert response.status_code == 400
    assert 'id="completion-refused"' in html and "Nhiệm vụ 2: không ghi nhận được việc hoàn thành" in html
    assert 'name="confirm_open"' in html and "is-invalid" in html
    assert not SourceDocument.objects.exists() and not AssignedTask.objects.exists()
    response = client.post(report.get_absolute_url(), _review_form(report, units, confirm_open="1"), follow=True)
    assert response.status_code == 200
    assert "được nhận ở trạng thái chưa hoàn thành" in response.content.decode()
    assert AssignedTask.objects.get(text__startswith="Tham mưu Kế hoạch").completed_on.isoformat() == "2024-02-26"
    assert AssignedTask.objects.filter(text__startswith="Báo cáo tình hình").exists()
    assert not AssignedTask.objects.filter(text__startswith="Báo cáo tình hình", completed_on__isnull=False).exists()


def test_review_screen_edits_coordinating_units(client, office_chief):
    login(client, office_chief)
    imported, _ = imported_document_create(actor=office_chief, data=seed_text("001").encode(), filename="tb.txt")
    page = client.get(imported.get_absolute_url()).content.decode()
    assert 'type="checkbox" name="task-0-coordinating"' in page and "data-searchable-multiselect" in page
    units = {u.code: u for u in Unit.objects.filter(organisation=office_chief.organisation)}
    form = {"action": "accept", "doc_type": "thong_bao_ket_luan", "number": "", "issued_on": "17/02/2025",
            "issuer": "Sở Khoa học và Công nghệ tỉnh Quảng Trị", "summary": "",
            "task-0-accept": "1", "task-0-text": imported.tasks[0]["text"], "task-0-unit": units["van-phong"].pk,
            "task-0-deadline_text": imported.tasks[0]["deadline_text"],
            "task-0-coordinating": [units["qlkh"].pk, units["khtc"].pk, units["van-phong"].pk],
            "task-0-coordinating_text": "Sở Tài chính", **management(len(imported.tasks))}
    assert client.post(imported.get_absolute_url(), form).status_code == 302
    task = AssignedTask.objects.get()
    assert set(task.coordinating_units.values_list("code", flat=True)) == {"qlkh", "khtc"}  # not the lead unit
    assert task.coordinating_text == "Sở Tài chính"


class TestAcceptApi:
    def url(self, imported):
        return reverse("imported-document-accept", args=[imported.pk])

    def test_accept_all_matched_tasks(self, client, office_chief):
        login(client, office_chief)
        imported, _ = imported_document_create(actor=office_chief, data=seed_text("001").encode(), filename="tb.txt")
        response = client.post(self.url(imported), {"issued_on": "2025-02-17"}, content_type="application/json")
        assert response.status_code == 201, response.content
        data = response.json()
        assert len(data["tasks"]) == 18 and data["left_open"] == []  # "Các đơn vị thuộc Sở" matches no unit
        source = SourceDocument.objects.get(pk=data["source_document"])
        assert AssignedTask.objects.filter(source=source).count() == 18
        first = AssignedTask.objects.filter(source=source).order_by("id").first()
        assert first.due_date.isoformat() == "2025-02-21"
        assert ImportedDocument.objects.get(pk=imported.pk).status == ImportStatus.ACCEPTED
        again = client.post(self.url(imported), {}, content_type="application/json")
        assert again.status_code == 400 and AssignedTask.objects.count() == 18

    def test_chosen_tasks_with_edits(self, client, office_chief):
        login(client, office_chief)
        imported, _ = imported_document_create(actor=office_chief, data=seed_text("001").encode(), filename="tb.txt")
        qlkh = Unit.objects.get(organisation=office_chief.organisation, code="qlkh")
        khtc = Unit.objects.get(organisation=office_chief.organisation, code="khtc")
        body = {"issued_on": "17/02/2025", "tasks": [
            {"index": 0, "unit": qlkh.pk, "coordinating_units": [khtc.pk], "text": "Rà soát tiêu chí CCHC"}]}
        response = client.post(self.url(imported), body, content_type="application/json")
        assert response.status_code == 201, response.content
        task = AssignedTask.objects.get()
        assert (task.lead_unit, task.text, task.due_date.isoformat()) == (qlkh, "Rà soát tiêu chí CCHC", "2025-02-21")
        assert list(task.coordinating_units.all()) == [khtc]

    def test_a_task_the_extraction_missed_is_given_without_an_index(self, client, office_chief):
        login(client, office_chief)
        imported, _ = imported_document_create(actor=office_chief, data=seed_text("001").encode(), filename="tb.txt")
        qlkh = Unit.objects.get(organisation=office_chief.organisation, code="qlkh")
        body = {"issued_on": "17/02/2025", "tasks": [
            {"index": 0}, {"text": "Rà soát các đề tài chậm tiến độ.", "unit": qlkh.pk,
                           "deadline_text": "trước ngày 28/02/2025"}]}
        response = client.post(self.url(imported), body, content_type="application/json")
        assert response.status_code == 201, response.content
        added = AssignedTask.objects.get(text="Rà soát các đề tài chậm tiến độ.")
        assert (added.lead_unit, added.due_date.isoformat()) == (qlkh, "2025-02-28")
        assert added.item_number == str(len(imported.tasks) + 1) and AssignedTask.objects.count() == 2

    def test_a_task_without_an_index_needs_its_text_and_unit(self, client, office_chief):
        login(client, office_chief)
        imported, _ = imported_document_create(actor=office_chief, data=seed_text("001").encode(), filename="tb.txt")
        qlkh = Unit.objects.get(organisation=office_chief.organisation, code="qlkh")
        for task, message in (({"text": "Tổ chức hội nghị."}, "hãy chọn đơn vị chủ trì"), ({"unit": qlkh.pk}, "cần nội dung")):
            body = {"issued_on": "17/02/2025", "tasks": [{"index": 0}, task]}
            response = client.post(self.url(imported), body, content_type="application/json")
            assert response.status_code == 400, task
            assert f"Nhiệm vụ {len(imported.tasks) + 1}: " in response.json()["detail"][0]
            assert message in response.json()["detail"][0]
        body = {"issued_on": "17/02/2025", "tasks": [{"text": "  ", "unit": qlkh.pk}]}  # refused by the serializer
        response = client.post(self.url(imported), body, content_type="application/json")
        assert response.status_code == 400 and "tasks" in response.json()
        assert not SourceDocument.objects.exists() and not AssignedTask.objects.exists()

    def test_bad_input_saves_nothing(self, client, office_chief):
        login(client, office_chief)
        imported, _ = imported_document_create(actor=office_chief, data=seed_text("001").encode(), filename="tb.txt")
        other = make_organisation("khac")
        from core.testing import make_unit

        foreign = make_unit(other, "phong-khac")
        for body in ({"tasks": [{"index": 99}]}, {"tasks": [{"index": 0, "unit": foreign.pk}]},
                     {"tasks": [{"index": 0, "coordinating_units": [foreign.pk]}]}, {"issued_on": "31/02/2025"}):
            response = client.post(self.url(imported), body, content_type="application/json")
            assert response.status_code == 400, body
        assert not SourceDocument.objects.exists() and not AssignedTask.objects.exists()

    def test_a_unit_not_valid_on_the_document_date_is_refused_as_on_the_screen(self, client, office_chief):
        login(client, office_chief)
        imported, _ = imported_document_create(actor=office_chief, data=seed_text("001").encode(), filename="tb.txt")
        later = Unit.objects.create(organisation=office_chief.organisation, code="lap-sau", name="Phòng lập sau",
                                    valid_from=dt.date(2026, 1, 1))
        body = {"tasks": [{"index": 0, "unit": later.pk}]}
        response = client.post(self.url(imported), body, content_type="application/json")
        assert response.status_code == 400 and "hãy chọn đơn vị chủ trì" in response.json()["detail"][0]
        assert not AssignedTask.objects.exists()

    def test_completion_refused_is_a_conflict(self, client, office_chief, report):
        login(client, office_chief)
        office = Unit.objects.get(organisation=office_chief.organisation, code="van-phong")
        body = {"issued_on": "2024-04-12", "tasks": [{"index": 0, "unit": office.pk}, {"index": 1, "unit": office.pk}]}
        response = client.post(self.url(report), body, content_type="application/json")
        assert response.status_code == 409 and response.json()["tasks"] == [2]
        assert "định kỳ" in response.json()["detail"][0]
        assert not AssignedTask.objects.exists()
        response = client.post(self.url(report), {**body, "keep_open_when_completion_refused": True},
                               content_type="application/json")
        assert response.status_code == 201 and response.json()["left_open"] == [2]

    def test_permissions_and_other_organisation(self, client, office_chief):
        imported, _ = imported_document_create(actor=office_chief, data=seed_text("001").encode(), filename="tb.txt")
        staff = Membership.objects.get(organisation=office_chief.organisation, user__username="chuyenvien.qlkh")
        login(client, staff)
        assert client.post(self.url(imported), {}, content_type="application/json").status_code == 403
        stranger = make_member(make_organisation("khac"), "gd-khac", [Role.GIAM_DOC])
        login(client, stranger)
        assert client.post(self.url(imported), {}, content_type="application/json").status_code == 404
        assert not AssignedTask.objects.exists()
        assert ImportedDocument.objects.get(pk=imported.pk).status == ImportStatus.DRAFT


def test_the_api_refuses_to_guess_the_issue_date_of_a_page_that_gives_none(client, office_chief):
    login(client, office_chief)
    imported, _ = imported_document_create(actor=office_chief, filename="tin.txt", data=(
        "UBND tỉnh yêu cầu Văn phòng Sở rà soát các đề tài chậm tiến độ, báo cáo trước ngày 20/11/2026.\n").encode())
    url = reverse("imported-document-accept", args=[imported.pk])
    response = client.post(url, {}, content_type="application/json")
    assert response.status_code == 400 and "Văn bản không ghi ngày ban hành" in response.content.decode()
    assert not SourceDocument.objects.exists() and ImportedDocument.objects.get().status == ImportStatus.DRAFT
    response = client.post(url, {"issued_on": "15/11/2026"}, content_type="application/json")
    assert response.status_code == 201, response.content
    assert SourceDocument.objects.get().issued_on.isoformat() == "2026-11-15"
