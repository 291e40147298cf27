"""Audit trail: who, when, what changed (old → new); the history page; history survives deletion."""
import re

import pytest
from django.urls import reverse

from core.choices import Role
from core.models import Membership, Unit
from core.testing import login, make_member, make_unit


def rows(html: str) -> list[str]:
    """The history table's rows as plain text, newest first."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [" ".join(re.sub(r"<[^>]+>", " ", row).split()) for row in body.split("<tr>")[1:]]


@pytest.fixture
def edited_unit(client, tenants):
    login(client, tenants.admin)
    client.post(reverse("core:unit_add"), {"name": "Tổ Kiểm tra", "code": "to-kt", "kind": "khac", "display_order": 5})
    unit = Unit.objects.get(code="to-kt")
    response = client.post(reverse("core:unit_edit", args=[unit.pk]), {
        "name": "Tổ Kiểm tra nội bộ", "code": "to-kt", "kind": "phong", "display_order": 5, "parent": tenants.unit.pk,
    })
    assert response.status_code == 302
    return unit


def test_history_page_shows_who_when_and_old_to_new(client, tenants, edited_unit):
    response = client.get(reverse("core:unit_history", args=[edited_unit.pk]))
    assert response.status_code == 200
    update, create = rows(response.content.decode())
    assert "qt" in update and "Cập nhật" in update  # who (the administrator's name) and which action
    assert re.search(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", update)  # when, dd/mm/yyyy hh:mm
    assert "Tên đơn vị : Tổ Kiểm tra → Tổ Kiểm tra nội bộ" in update
    assert "Loại đơn vị : Khác → Phòng" in update  # choices shown by label
    assert "Đơn vị cấp trên : — → Phòng Quản lý khoa học" in update  # foreign keys by name
    assert "Tạo mới" in create and "qt" in create


def test_history_records_the_user_of_the_request(tenants, edited_unit):
    assert {record.history_user_id for record in edited_unit.history.all()} == {tenants.admin.user_id}


def test_history_survives_deletion(client, tenants, edited_unit):
    response = client.post(reverse("core:unit_delete", args=[edited_unit.pk]))
    assert response.status_code == 302
    assert not Unit.objects.filter(pk=edited_unit.pk).exists()
    page = client.get(reverse("core:unit_history", args=[edited_unit.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Tổ Kiểm tra nội bộ" in html and "Bản ghi này đã bị xóa" in html
    assert " Xóa " in f" {rows(html)[0]} "  # the newest entry is the deletion
    api = client.get(f"/api/units/{edited_unit.pk}/history/")
    assert api.status_code == 200
    assert [entry["action"] for entry in api.json()] == ["Xóa", "Cập nhật", "Tạo mới"]
    assert {"field": "tên đơn vị", "old": "Tổ Kiểm tra", "new": "Tổ Kiểm tra nội bộ"} in api.json()[1]["changes"]


def test_deleted_history_stays_inside_its_organisation(client, tenants, edited_unit):
    client.post(reverse("core:unit_delete", args=[edited_unit.pk]))
    login(client, tenants.foreign_director)
    assert client.get(reverse("core:unit_history", args=[edited_unit.pk])).status_code == 404
    assert client.get(f"/api/units/{edited_unit.pk}/history/").status_code == 404


def test_unknown_history_is_not_found(client, tenants):
    login(client, tenants.director)
    assert client.get(reverse("core:unit_history", args=[999999])).status_code == 404


def test_people_history_shows_roles_and_units_in_charge(client, tenants):
    person = make_member(tenants.org, "ng.a", [Role.CHUYEN_VIEN], unit=tenants.unit, full_name="Nguyễn A")
    login(client, tenants.admin)
    response = client.post(reverse("core:membership_edit", args=[person.pk]), {
        "username": "ng.a", "full_name": "Nguyễn A", "unit": tenants.unit.pk, "position": "Phó Giám đốc",
        "roles": [Role.PHO_GIAM_DOC], "units_in_charge": [tenants.unit.pk, tenants.other_unit.pk],
        "display_order": 3, "is_active": "on",
    })
    assert response.status_code == 302
    history = rows(client.get(reverse("core:membership_history", args=[person.pk])).content.decode())
    changes = " ".join(history)
    assert "Chức vụ : — → Phó Giám đốc" in changes
    assert "Phó Giám đốc" in changes and "pho_giam_doc" not in changes  # roles by their Vietnamese label
    assert "Đơn vị phụ trách" in changes and "Văn phòng Sở" in changes  # many-to-many by name


def test_seeding_twice_writes_no_history(db):
    from core import demo

    demo.load()
    counts = (Unit.history.count(), Membership.history.count())
    demo.load()
    assert (Unit.history.count(), Membership.history.count()) == counts


def test_changes_made_by_commands_have_no_user_but_are_recorded(tenants):
    unit = make_unit(tenants.org, "cli", name="Tạo từ dòng lệnh")
    unit.name = "Đổi từ dòng lệnh"
    unit.save()
    assert [(r.history_type, r.history_user_id) for r in unit.history.all()] == [("~", None), ("+", None)]
