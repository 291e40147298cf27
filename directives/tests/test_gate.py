"""The write gate on tasks: leaders' decisions stay with leaders (or the assigner), on screens and API alike;
the edit form keeps the stored "Ngày giao" (issue #11, fault 2) and refuses a save on a stale version (finding 5)."""
import datetime as dt
import re

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from rest_framework.authtoken.models import Token

from core.concurrency import VERSION_FIELD
from core.testing import login
from directives import services
from directives.models import AssignedTask
from directives.tests.factories import make_task

D = dt.date


@pytest.fixture
def director_task(tenants):
    """The Giám đốc assigns Phòng QLKH a task due 20/12/2026 (assigned 22/11/2026)."""
    return make_task(tenants.director, tenants.unit, text="Tham mưu kế hoạch chuyển đổi số năm 2027",
                     assigned_on=D(2026, 11, 22), deadline_text="trước ngày 20/12/2026")


def form_data(response) -> dict:
    """The edit form's fields as the browser would send them back unchanged."""
    form = response.context["form"]
    data = {}
    for bound in form:
        value = bound.value()
        if value is None or value is False:
            continue
        if isinstance(value, dt.date):
            value = value.strftime("%d/%m/%Y")
        if value is True:
            value = "on"
        data[bound.html_name] = value
    return data


def test_staff_cannot_move_the_directors_deadline_on_the_edit_screen(client, tenants, director_task):
    login(client, tenants.staff)
    url = reverse("directives:assignedtask_edit", args=[director_task.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert "deadline_text" not in response.context["form"].fields  # not offered to the unit's staff
    data = {**form_data(response), "deadline_text": "trước ngày 31/03/2027", "due_date": "31/03/2027"}
    response = client.post(url, data)  # sent anyway: refused with a message, nothing saved
    assert response.status_code == 200 and "Đề nghị gia hạn" in response.content.decode()
    assert client.post(url, {**form_data(client.get(url)), "item_number": "5"}).status_code == 302  # the rest saves
    director_task.refresh_from_db()
    assert director_task.due_date == D(2026, 12, 20) and director_task.deadline_text == "trước ngày 20/12/2026"


def test_staff_cannot_cancel_reassign_or_delete_the_directors_task(client, tenants, director_task):
    login(client, tenants.staff)
    for action, data in (("cancel", {"reason": "Không cần làm nữa"}),
                         ("reassign", {"lead_unit": tenants.other_unit.pk, "reason": "Chuyển Văn phòng"})):
        response = client.post(reverse("directives:task_action", args=[director_task.pk, action]), data)
        assert response.status_code == 403, action
    assert client.post(reverse("directives:assignedtask_delete", args=[director_task.pk])).status_code == 403
    login(client, tenants.head)  # the unit's head neither
    response = client.post(reverse("directives:task_action", args=[director_task.pk, "cancel"]), {"reason": "x"})
    assert response.status_code == 403
    director_task.refresh_from_db()
    assert director_task.cancelled_on is None and director_task.lead_unit == tenants.unit
    page = login(client, tenants.staff).get(director_task.get_absolute_url()).content.decode()
    assert "Hủy nhiệm vụ" not in page and "Giao lại" not in page
    assert "Đề nghị gia hạn" in page and "Cập nhật tiến độ" in page  # what the unit does


def test_staff_cannot_cancel_or_decide_through_the_api(client, tenants, director_task):
    token, _ = Token.objects.get_or_create(user=tenants.staff.user)
    headers = {"HTTP_AUTHORIZATION": f"Token {token.key}"}
    base = reverse("directive-task-detail", args=[director_task.pk])
    response = client.post(base + "cancel/", {"reason": "Không cần làm nữa"}, content_type="application/json",
                           **headers)
    assert response.status_code == 403 and "lãnh đạo" in response.json()["detail"]
    response = client.post(base + "extension/", {"new_due_date": "2027-03-31", "reason": "Chờ số liệu"},
                           content_type="application/json", **headers)
    assert response.status_code == 201  # asking is the unit's right
    response = client.post(base + "decide/", {"extension": response.json()["id"], "approve": True},
                           content_type="application/json", **headers)
    assert response.status_code == 403
    response = client.patch(base, {"deadline_text": "trước ngày 31/03/2027"}, content_type="application/json", **headers)
    assert response.status_code == 403 and "lãnh đạo" in response.json()["detail"]
    assert client.delete(base, **headers).status_code == 403
    director_task.refresh_from_db()
    assert director_task.cancelled_on is None and director_task.effective_deadline() == D(2026, 12, 20)


def test_the_unit_reports_progress_and_completes(tenants, director_task):
    services.task_progress_add(actor=tenants.staff, task=director_task, percent=50, note="Đã có dự thảo",
                               reported_on=D(2026, 11, 30))
    services.task_complete(actor=tenants.staff, task=director_task, completed_on=D(2026, 12, 1))
    director_task.refresh_from_db()
    assert director_task.completed_on == D(2026, 12, 1)


def test_the_assigner_and_leaders_decide(client, tenants):
    own = make_task(tenants.head, tenants.unit, text="Việc Trưởng phòng tự giao", assigned_on=D(2026, 11, 22),
                    deadline_text="trước ngày 20/12/2026")
    assert own.assigned_by == tenants.head
    services.assigned_task_update(actor=tenants.head, task=own, deadline_text="trước ngày 31/12/2026")
    with pytest.raises(PermissionDenied):
        services.assigned_task_update(actor=tenants.staff, task=own, deadline_text="trước ngày 31/03/2027")
    with pytest.raises(PermissionDenied):
        services.task_cancel(actor=tenants.staff, task=own, reason="x")
    services.task_cancel(actor=tenants.head, task=own, reason="Đã gộp vào việc khác")
    assert AssignedTask.objects.get(pk=own.pk).cancelled_on is not None

    task = make_task(tenants.director, tenants.unit, text="Việc Giám đốc giao", assigned_on=D(2026, 11, 22),
                     deadline_text="trước ngày 20/12/2026")
    login(client, tenants.office_chief)  # Chánh Văn phòng: a leader
    url = reverse("directives:assignedtask_edit", args=[task.pk])
    data = {**form_data(client.get(url)), "deadline_text": "trước ngày 31/03/2027"}
    data.pop("due_date", None)
    assert client.post(url, data).status_code == 302
    task.refresh_from_db()
    assert task.due_date == D(2027, 3, 31)


def test_saving_the_edit_form_unchanged_keeps_the_assignment_date(client, tenants, director_task):
    """Issue #11, fault 2: the form rendered today's date instead of the stored 22/11/2026."""
    login(client, tenants.director)
    url = reverse("directives:assignedtask_edit", args=[director_task.pk])
    response = client.get(url)
    assert 'value="22/11/2026"' in response.content.decode()
    history_before = director_task.history.count()
    assert client.post(url, form_data(response)).status_code == 302
    director_task.refresh_from_db()
    assert director_task.assigned_on == D(2026, 11, 22)
    entries = client.get(reverse("directives:assignedtask_history", args=[director_task.pk])).content.decode()
    assert "Ngày giao" not in entries
    assert director_task.history.filter(assigned_on=D(2026, 11, 22)).count() == director_task.history.count()
    assert director_task.history.count() >= history_before


def test_two_people_edit_the_same_task_the_second_is_told_what_changed(client, tenants, director_task):
    """Finding 5: the second save is refused (nothing overwritten), the message shows field: old → new."""
    url = reverse("directives:assignedtask_edit", args=[director_task.pk])
    login(client, tenants.staff)
    staff_form = form_data(client.get(url))
    login(client, tenants.director)
    director_form = form_data(client.get(url))
    assert client.post(url, {**director_form, "text": "Tham mưu kế hoạch chuyển đổi số năm 2027 (bản sửa)"}
                       ).status_code == 302

    login(client, tenants.staff)
    response = client.post(url, {**staff_form, "item_number": "12"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "đã được người khác thay đổi" in page and "(bản sửa)" in page
    assert 'value="12"' in page  # the user's input is kept
    director_task.refresh_from_db()
    assert director_task.text.endswith("(bản sửa)") and director_task.item_number == ""
    fresh = re.search(rf'name="{VERSION_FIELD}" value="([^"]+)"', page).group(1)
    response = client.post(url, {**staff_form, "text": director_task.text, "item_number": "12",
                                 VERSION_FIELD: fresh})
    assert response.status_code == 302
    director_task.refresh_from_db()
    assert director_task.item_number == "12" and director_task.text.endswith("(bản sửa)")


def test_api_edits_tasks_through_the_service_with_etag(client, tenants, director_task):
    """Finding 5 on the API: a PATCH made on a stale ETag is refused with 412; the unit edits its task's text."""
    login(client, tenants.staff)
    url = reverse("directive-task-detail", args=[director_task.pk])
    etag = client.get(url)["ETag"]
    response = client.patch(url, {"item_number": "7"}, content_type="application/json", HTTP_IF_MATCH=etag)
    assert response.status_code == 200 and response.json()["item_number"] == "7"
    stale = client.patch(url, {"item_number": "8"}, content_type="application/json", HTTP_IF_MATCH=etag)
    assert stale.status_code == 412
    director_task.refresh_from_db()
    assert director_task.item_number == "7"
    login(client, tenants.director)
    response = client.patch(url, {"deadline_text": "trước ngày 31/03/2027"}, content_type="application/json",
                            HTTP_IF_MATCH=client.get(url)["ETag"])
    assert response.status_code == 200 and response.json()["due_date"] == "2027-03-31"


def test_decide_with_a_bad_extension_id_is_a_message_not_a_500(client, tenants, director_task):
    login(client, tenants.director)
    url = reverse("directives:task_action", args=[director_task.pk, "decide"])
    response = client.post(url, {"extension": "abc", "approve": "1"}, follow=True)
    assert response.status_code == 200 and "Chưa chọn đề nghị gia hạn" in response.content.decode()
    assert client.post(url, {"extension": "999999", "approve": "1"}).status_code == 404


def test_a_progress_report_meanwhile_does_not_refuse_the_edit_form(client, tenants, director_task):
    """Only the fields the form edits are compared: a change elsewhere cannot be overwritten by it."""
    url = reverse("directives:assignedtask_edit", args=[director_task.pk])
    login(client, tenants.staff)
    data = form_data(client.get(url))
    services.task_progress_add(actor=tenants.head, task=director_task, percent=60, note="Đã xin ý kiến",
                               reported_on=D(2026, 11, 30))
    assert client.post(url, {**data, "item_number": "3"}).status_code == 302
    director_task.refresh_from_db()
    assert director_task.progress == 60 and director_task.item_number == "3"


def test_screens_and_api_delete_through_the_entity_services(client, tenants):
    from core.models.events import DomainEvent
    from directives.models import Briefing, SourceDocument

    document = services.source_document_create(actor=tenants.clerk, doc_type="cong_van", number="12/UBND-TH",
                                               issued_on=D(2026, 11, 2), issuer="UBND tỉnh")
    other = services.source_document_create(actor=tenants.clerk, doc_type="cong_van", number="13/UBND-TH",
                                            issued_on=D(2026, 11, 2), issuer="UBND tỉnh")
    briefing = services.briefing_create(actor=tenants.director, year=2026, week_number=45, held_on=D(2026, 11, 2))
    task = make_task(tenants.director, tenants.unit, assigned_on=D(2026, 11, 2))
    login(client, tenants.director)
    assert client.post(reverse("directives:sourcedocument_delete", args=[document.pk])).status_code == 302
    assert client.post(reverse("directives:briefing_delete", args=[briefing.pk])).status_code == 302
    assert client.post(reverse("directives:assignedtask_delete", args=[task.pk])).status_code == 302
    assert client.delete(reverse("directive-document-detail", args=[other.pk])).status_code == 204
    kinds = set(DomainEvent.objects.values_list("kind", flat=True))
    assert {services.DOCUMENT_DELETED, services.BRIEFING_DELETED, services.TASK_DELETED} <= kinds
    assert DomainEvent.objects.filter(kind=services.DOCUMENT_DELETED).count() == 2
    assert not SourceDocument.objects.filter(pk__in=[document.pk, other.pk]).exists()
    assert not Briefing.objects.filter(pk=briefing.pk).exists() and not AssignedTask.objects.filter(pk=task.pk).exists()
