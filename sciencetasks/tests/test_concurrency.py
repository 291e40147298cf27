"""Lost updates (issue #10, finding 5): two people open the same S&T task form and both save — the second is
refused with a Vietnamese message showing what changed, and nothing is lost. The API uses ETag / If-Match."""
import re

import pytest
from django.urls import reverse

from core.concurrency import VERSION_FIELD
from core.testing import login
from sciencetasks.choices import Field, Level, Origin, TaskType
from sciencetasks.models import ScienceTask

from .test_permission_matrix import _task

pytestmark = pytest.mark.django_db


def _version_from(html: str) -> str:
    return re.search(rf'name="{VERSION_FIELD}" value="([^"]+)"', html).group(1)


def _form(task, **changes):
    data = {"code": task.code, "title": task.title, "short_name": task.short_name, "level": Level.TINH,
            "task_type": TaskType.DE_TAI, "field": Field.NONG_NGHIEP, "origin": Origin.DE_XUAT,
            "start_year": str(task.start_year), "managing_unit": task.managing_unit_id,
            "leader_name": task.leader_name, "budget_total": str(task.budget_total),
            "budget_state": str(task.budget_state), "budget_other": str(task.budget_other),
            "budget_state_by_year": ""}
    data.update(changes)
    return data


def test_two_people_save_the_same_task_form_the_second_is_refused_with_what_changed(client, tenants):
    from django.test import Client

    task = _task(tenants)
    url = reverse("sciencetasks:sciencetask_edit", args=[task.pk])
    head, staff = login(client, tenants.head), login(Client(), tenants.staff)
    head_version = _version_from(head.get(url).content.decode())
    staff_version = _version_from(staff.get(url).content.decode())

    renamed = "Nghiên cứu chọn tạo giống lúa chịu hạn cho vùng cao"
    assert head.post(url, _form(task, title=renamed) | {VERSION_FIELD: head_version}).status_code == 302

    response = staff.post(url, _form(task, leader_name="TS. Hoàng Văn Định") | {VERSION_FIELD: staff_version})
    assert response.status_code == 200
    page = response.content.decode()
    assert "đã được người khác thay đổi" in page
    assert renamed in page and "→" in page  # what the first person changed
    assert "TS. Hoàng Văn Định" in page  # the second person's input is still in the form
    task.refresh_from_db()
    assert task.title == renamed and task.leader_name == ""  # nothing lost, nothing overwritten

    # now informed, the second person saves again (the form carries the current version)
    again = staff.post(url, _form(task, leader_name="TS. Hoàng Văn Định") | {VERSION_FIELD: _version_from(page)})
    assert again.status_code == 302
    task.refresh_from_db()
    assert (task.title, task.leader_name) == (renamed, "TS. Hoàng Văn Định")


def test_a_step_recorded_meanwhile_blocks_the_form_only_when_it_changed_a_field_of_the_form(client, tenants):
    import datetime as dt

    from core.permissions import system_membership
    from sciencetasks.choices import StepKind
    from sciencetasks.services import science_task_step

    task = _task(tenants, state="in_progress")
    url = reverse("sciencetasks:sciencetask_edit", args=[task.pk])
    login(client, tenants.head)
    system = system_membership(tenants.org)
    version = _version_from(client.get(url).content.decode())
    # an extension meanwhile changes the end date, which this form does not edit: the save goes through, both kept
    science_task_step(task=task, kind=StepKind.EXTEND, date=dt.date(2024, 2, 1), actor=system,
                      new_end_date=dt.date(2026, 6, 30))
    assert client.post(url, _form(task, note="Ghi chú 1") | {VERSION_FIELD: version}).status_code == 302
    task.refresh_from_db()
    assert task.note == "Ghi chú 1" and task.current_end == dt.date(2026, 6, 30)
    # a change of leader meanwhile changes a field of the form: refused, with what changed
    version = _version_from(client.get(url).content.decode())
    science_task_step(task=task, kind=StepKind.CHANGE_LEADER, date=dt.date(2024, 3, 1), actor=system,
                      new_value="PGS.TS. Trần Văn Hưng")
    response = client.post(url, _form(task, note="Ghi chú 2", leader_name="") | {VERSION_FIELD: version})
    assert response.status_code == 200
    page = response.content.decode()
    assert "đã được người khác thay đổi" in page and "PGS.TS. Trần Văn Hưng" in page
    task.refresh_from_db()
    assert task.note == "Ghi chú 1" and task.leader_name == "PGS.TS. Trần Văn Hưng"


def test_api_refuses_a_stale_if_match_with_412(client, tenants):
    task = _task(tenants)
    url = reverse("science-task-detail", args=[task.pk])
    login(client, tenants.head)
    etag = client.get(url)["ETag"]
    first = client.patch(url, {"title": "Tên mới"}, content_type="application/json", HTTP_IF_MATCH=etag)
    assert first.status_code == 200 and first["ETag"] != etag
    stale = client.patch(url, {"leader_name": "Người khác"}, content_type="application/json", HTTP_IF_MATCH=etag)
    assert stale.status_code == 412
    task.refresh_from_db()
    assert (task.title, task.leader_name) == ("Tên mới", "")
    assert client.patch(url, {"leader_name": "Người khác"}, content_type="application/json",
                        HTTP_IF_MATCH=first["ETag"]).status_code == 200


def test_a_conclusion_recorded_meanwhile_does_not_block_the_council_form_a_rename_does(client, tenants):
    import datetime as dt

    from core.permissions import system_membership
    from sciencetasks.services import council_conclude, council_update

    from .test_permission_matrix import CouncilMatrix

    council = CouncilMatrix().make_object(tenants)
    url = reverse("sciencetasks:council_edit", args=[council.pk])
    login(client, tenants.head)
    data = {"kind": council.kind, "name": council.name, "managing_unit": tenants.unit.pk}
    version = _version_from(client.get(url).content.decode())
    council_conclude(council=council, actor=system_membership(tenants.org), meeting_date=dt.date(2024, 5, 2),
                     conclusion="Đạt yêu cầu", grade="dat")
    assert client.post(url, data | {"location": "Phòng họp A", VERSION_FIELD: version}).status_code == 302
    version = _version_from(client.get(url).content.decode())
    council_update(council=council, actor=system_membership(tenants.org), name="Hội đồng đã đổi tên")
    response = client.post(url, data | {"location": "Phòng họp B", VERSION_FIELD: version})
    assert response.status_code == 200 and "Hội đồng đã đổi tên" in response.content.decode()
    council.refresh_from_db()
    assert (council.location, council.conclusion) == ("Phòng họp A", "Đạt yêu cầu")


def test_two_people_score_the_same_council_member_the_second_is_refused_with_what_changed(client, tenants):
    from django.test import Client

    from core.permissions import system_membership
    from sciencetasks.services import council_member_add

    from .test_permission_matrix import CouncilMatrix

    council = CouncilMatrix().make_object(tenants)
    member, _ = council_member_add(council=council, actor=system_membership(tenants.org), full_name="Trần Văn Bình",
                                   workplace="Trường Đại học", role="uy_vien")
    detail = reverse("sciencetasks:council_detail", args=[council.pk])
    score_url = reverse("sciencetasks:council_member_score", args=[council.pk, member.pk])
    first, second = login(client, tenants.head), login(Client(), tenants.head)
    first_version = _version_from(first.get(detail).content.decode())
    second_version = _version_from(second.get(detail).content.decode())
    first.post(score_url, {"score": "85", "evaluation": "kha", VERSION_FIELD: first_version})
    response = second.post(score_url, {"score": "70", "evaluation": "dat", VERSION_FIELD: second_version}, follow=True)
    member.refresh_from_db()
    assert (member.score, member.evaluation) == (85, "kha")
    page = response.content.decode()
    assert "điểm: — → 85; đánh giá: — → Khá" in page and "mở trang" in page
    fresh = _version_from(second.get(detail).content.decode())
    second.post(score_url, {"score": "70", "evaluation": "dat", VERSION_FIELD: fresh})
    member.refresh_from_db()
    assert (member.score, member.evaluation) == (70, "dat")
