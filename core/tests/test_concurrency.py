"""Finding 5 (lost updates): a save made on a stale version is refused with what changed; nothing is lost.
And generic delete goes through a service (an event is recorded)."""
import re

from django.urls import reverse

from core.choices import UnitKind
from core.concurrency import VERSION_FIELD, version_of
from core.deletion import OBJECT_DELETED
from core.models import Unit
from core.models.events import DomainEvent
from core.testing import login, make_unit


def _version_from(html: str) -> str:
    return re.search(rf'name="{VERSION_FIELD}" value="([^"]+)"', html).group(1)


def _unit_form(unit, **changes):
    data = {"name": unit.name, "code": unit.code, "kind": unit.kind, "display_order": unit.display_order,
            "short_name": unit.short_name, "abbreviation": unit.abbreviation}
    data.update(changes)
    return data


def test_second_save_on_a_stale_form_is_refused_with_what_changed(client, tenants):
    unit = make_unit(tenants.org, "kt", name="Phòng Kiểm tra", kind=UnitKind.PHONG, display_order=7)
    url = reverse("core:unit_edit", args=[unit.pk])
    login(client, tenants.admin)
    first = _version_from(client.get(url).content.decode())
    second = _version_from(client.get(url).content.decode())

    response = client.post(url, {**_unit_form(unit, name="Phòng Kiểm tra nội bộ"), VERSION_FIELD: first})
    assert response.status_code == 302

    response = client.post(url, {**_unit_form(unit, display_order=9), VERSION_FIELD: second})
    assert response.status_code == 200
    page = response.content.decode()
    assert "đã được người khác thay đổi" in page
    assert "Phòng Kiểm tra → Phòng Kiểm tra nội bộ" in page  # what changed, from the stored values
    assert 'value="9"' in page  # the user's input is kept
    unit.refresh_from_db()
    assert unit.name == "Phòng Kiểm tra nội bộ" and unit.display_order == 7  # nothing overwritten

    # the re-rendered form carries the current version: a second, informed "Lưu" goes through
    response = client.post(url, {**_unit_form(unit, display_order=9), VERSION_FIELD: _version_from(page)})
    assert response.status_code == 302
    unit.refresh_from_db()
    assert (unit.name, unit.display_order) == ("Phòng Kiểm tra nội bộ", 9)


def test_unchanged_record_saves_and_a_post_without_version_is_accepted(client, tenants):
    unit = make_unit(tenants.org, "kt2", name="Phòng Kiểm tra 2", kind=UnitKind.PHONG)
    url = reverse("core:unit_edit", args=[unit.pk])
    login(client, tenants.admin)
    version = _version_from(client.get(url).content.decode())
    assert client.post(url, {**_unit_form(unit, display_order=3), VERSION_FIELD: version}).status_code == 302
    assert client.post(url, _unit_form(unit, display_order=4)).status_code == 302
    unit.refresh_from_db()
    assert unit.display_order == 4


def test_api_etag_and_if_match(client, tenants):
    unit = make_unit(tenants.org, "kt3", name="Phòng Kiểm tra 3", kind=UnitKind.PHONG)
    url = reverse("unit-detail", args=[unit.pk])
    login(client, tenants.admin)
    etag = client.get(url)["ETag"]
    assert etag == f'"{version_of(unit)}"'

    response = client.patch(url, {"name": "Phòng A"}, content_type="application/json", HTTP_IF_MATCH=etag)
    assert response.status_code == 200
    new_etag = response["ETag"]
    assert new_etag != etag

    stale = client.patch(url, {"name": "Phòng B"}, content_type="application/json", HTTP_IF_MATCH=etag)
    assert stale.status_code == 412
    assert "người khác thay đổi" in stale.json()["detail"]
    assert client.delete(url, HTTP_IF_MATCH=etag).status_code == 412
    unit.refresh_from_db()
    assert unit.name == "Phòng A"

    # without If-Match the write is accepted (documented in core/concurrency.py)
    assert client.patch(url, {"name": "Phòng C"}, content_type="application/json").status_code == 200
    assert client.delete(url, HTTP_IF_MATCH=client.get(url)["ETag"]).status_code == 204
    assert not Unit.objects.filter(pk=unit.pk).exists()


def test_generic_delete_goes_through_the_delete_service(client, tenants):
    unit = make_unit(tenants.org, "xoa", name="Tổ sẽ xóa", kind=UnitKind.KHAC)
    login(client, tenants.admin)
    assert client.post(reverse("core:unit_delete", args=[unit.pk])).status_code == 302
    assert not Unit.objects.filter(pk=unit.pk).exists()
    event = DomainEvent.objects.get(kind=OBJECT_DELETED, object_id=unit.pk)
    assert event.payload["label"] == "Tổ sẽ xóa" and event.actor == tenants.admin.user

    other = make_unit(tenants.org, "xoa2", name="Tổ sẽ xóa 2", kind=UnitKind.KHAC)
    assert client.delete(reverse("unit-detail", args=[other.pk])).status_code == 204
    assert DomainEvent.objects.filter(kind=OBJECT_DELETED, object_id=other.pk).exists()
