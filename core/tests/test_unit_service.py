"""Units are written through `core.services.unit_create` / `unit_update` (the gate before any write) from the
screens, the API and the spreadsheet import; a refused write changes nothing."""
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from core.models import DomainEvent, Unit
from core.services import UNIT_CODE_TAKEN_MESSAGE, UNIT_CREATED, UNIT_UPDATED, unit_create, unit_update
from core.testing import login


def _units():
    return list(Unit.objects.order_by("pk").values())


def _unit_events():
    return DomainEvent.objects.filter(kind__in=(UNIT_CREATED, UNIT_UPDATED)).count()


def _form_data(unit, **changes):
    data = {"name": unit.name, "short_name": unit.short_name, "abbreviation": unit.abbreviation, "code": unit.code,
            "kind": unit.kind, "display_order": unit.display_order, "email": unit.email, "aliases": unit.aliases}
    data.update(changes)
    return data


def test_service_refuses_a_writer_who_is_not_an_administrator_and_changes_nothing(tenants):
    before, events = _units(), _unit_events()
    for actor in (tenants.director, tenants.head, tenants.staff, tenants.foreign_director):
        with pytest.raises(PermissionDenied):
            unit_update(actor=actor, unit=Unit.objects.get(pk=tenants.unit.pk), name="Phòng bị đổi tên")
        with pytest.raises(PermissionDenied):
            unit_create(actor=actor, code="moi", name="Phòng mới")
    assert _units() == before and _unit_events() == events


def test_service_refuses_a_code_taken_in_the_organisation_with_a_vietnamese_message(tenants):
    before = _units()
    with pytest.raises(ValidationError) as caught:
        unit_create(actor=tenants.admin, code=tenants.unit.code, name="Trùng mã")
    assert caught.value.message_dict["code"] == [UNIT_CODE_TAKEN_MESSAGE]
    with pytest.raises(ValidationError):
        unit_update(actor=tenants.admin, unit=Unit.objects.get(pk=tenants.unit.pk), valid_from="2026-05-01",
                    valid_to="2026-01-01")
    assert _units() == before
    created = unit_create(actor=tenants.admin, code="vp-moi", name="Văn phòng mới")
    assert created.organisation == tenants.org  # stamped from the actor


@pytest.mark.parametrize("role", ["giam_doc", "truong_phong", "chuyen_vien"])
def test_refused_unit_write_on_the_screens_changes_nothing(client, tenants, role):
    login(client, tenants.roles()[role])
    before, events = _units(), _unit_events()
    edit = client.post(reverse("core:unit_edit", args=[tenants.unit.pk]), _form_data(tenants.unit, name="Đổi tên"))
    add = client.post(reverse("core:unit_add"), _form_data(tenants.unit, code="moi", name="Phòng mới"))
    assert edit.status_code == 403 and add.status_code == 403
    assert _units() == before and _unit_events() == events


@pytest.mark.parametrize("role", ["giam_doc", "truong_phong", "chuyen_vien"])
def test_refused_unit_write_through_the_api_changes_nothing(client, tenants, role):
    login(client, tenants.roles()[role])
    before, events = _units(), _unit_events()
    patch = client.patch(f"/api/units/{tenants.unit.pk}/", {"name": "Đổi tên"}, content_type="application/json")
    post = client.post("/api/units/", {"code": "moi", "name": "Phòng mới", "kind": "khac"},
                       content_type="application/json")
    assert patch.status_code in (403, 404) and post.status_code == 403
    assert _units() == before and _unit_events() == events


def test_allowed_unit_writes_on_the_screens_go_through_the_service(client, tenants):
    login(client, tenants.admin)
    response = client.post(reverse("core:unit_edit", args=[tenants.unit.pk]),
                           _form_data(tenants.unit, name="Phòng Quản lý khoa học và công nghệ"))
    assert response.status_code == 302, response.content
    assert Unit.objects.get(pk=tenants.unit.pk).name == "Phòng Quản lý khoa học và công nghệ"
    event = DomainEvent.objects.get(kind=UNIT_UPDATED, object_id=tenants.unit.pk)
    assert event.actor == tenants.admin.user and event.organisation == tenants.org
    response = client.post(reverse("core:unit_add"), _form_data(tenants.unit, code="cntt", name="Tổ CNTT"))
    assert response.status_code == 302, response.content
    created = Unit.objects.get(organisation=tenants.org, code="cntt")
    assert DomainEvent.objects.filter(kind=UNIT_CREATED, object_id=created.pk).count() == 1
    # the service's rule shows beside its field and nothing is saved
    before = _units()
    response = client.post(reverse("core:unit_add"), _form_data(tenants.unit, name="Trùng mã"))
    assert response.status_code == 200 and UNIT_CODE_TAKEN_MESSAGE in response.content.decode()
    assert _units() == before


def test_allowed_unit_writes_through_the_api_go_through_the_service(client, tenants):
    login(client, tenants.admin)
    response = client.post("/api/units/", {"code": "cntt", "name": "Tổ CNTT", "kind": "khac"},
                           content_type="application/json")
    assert response.status_code == 201, response.content
    created = Unit.objects.get(pk=response.json()["id"])
    assert DomainEvent.objects.get(kind=UNIT_CREATED, object_id=created.pk).actor == tenants.admin.user
    response = client.patch(f"/api/units/{created.pk}/", {"name": "Tổ Công nghệ thông tin"},
                            content_type="application/json")
    assert response.status_code == 200, response.content
    assert Unit.objects.get(pk=created.pk).name == "Tổ Công nghệ thông tin"
    assert DomainEvent.objects.filter(kind=UNIT_UPDATED, object_id=created.pk).count() == 1
    before = _units()
    response = client.patch(f"/api/units/{created.pk}/", {"valid_from": "2026-05-01", "valid_to": "2026-01-01"},
                            content_type="application/json")
    assert response.status_code == 400 and "Ngày kết thúc" in response.content.decode()
    assert _units() == before
