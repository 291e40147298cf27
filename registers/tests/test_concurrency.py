"""Lost updates on the registers' edit forms and API (issue #10, finding 5): the later save on a stale version is
refused with what changed (forms) or 412 (API, If-Match); nothing is lost."""
import re

import pytest
from django.urls import reverse

from core.concurrency import VERSION_FIELD
from core.permissions import system_membership
from core.testing import login
from registers import models as m
from registers.services import register_record_create

pytestmark = pytest.mark.django_db


def _version_from(html: str) -> str:
    return re.search(rf'name="{VERSION_FIELD}" value="([^"]+)"', html).group(1)


def _licence(tenants):
    actor = system_membership(tenants.org)
    facility = register_record_create(model=m.RadiationFacility, actor=actor, unit=tenants.unit,
                                      name="Bệnh viện đa khoa tỉnh", kind="medical")
    return register_record_create(model=m.RadiationLicence, actor=actor, unit=tenants.unit, facility=facility,
                                  kind="new", status="issued", number="15/2024/GP-SKHCN",
                                  issued_on="2024-03-05", expires_on="2027-03-04")


def _form(licence, **changes):
    data = {"facility": licence.facility_id, "kind": licence.kind, "status": licence.status, "number": licence.number,
            "work": licence.work, "issued_on": "05/03/2024", "expires_on": "04/03/2027", "unit": licence.unit_id,
            "note": licence.note}
    data.update(changes)
    return data


def test_second_save_of_the_same_licence_form_is_refused_with_what_changed(client, tenants):
    from django.test import Client

    licence = _licence(tenants)
    url = reverse("registers:radiationlicence_edit", args=[licence.pk])
    head, staff = login(client, tenants.head), login(Client(), tenants.staff)
    head_version = _version_from(head.get(url).content.decode())
    staff_version = _version_from(staff.get(url).content.decode())
    assert head.post(url, _form(licence, expires_on="04/03/2028") | {VERSION_FIELD: head_version}).status_code == 302
    response = staff.post(url, _form(licence, note="Đã kiểm tra hồ sơ") | {VERSION_FIELD: staff_version})
    assert response.status_code == 200
    page = response.content.decode()
    assert "đã được người khác thay đổi" in page and "04/03/2027 → 04/03/2028" in page
    licence.refresh_from_db()
    assert licence.expires_on.year == 2028 and licence.note == ""


def test_register_api_refuses_a_stale_if_match_with_412(client, tenants):
    licence = _licence(tenants)
    url = f"/api/registers/giay-phep-buc-xa/{licence.pk}/"
    login(client, tenants.staff)
    etag = client.get(url)["ETag"]
    assert client.patch(url, {"note": "Lần 1"}, content_type="application/json", HTTP_IF_MATCH=etag).status_code == 200
    stale = client.patch(url, {"note": "Lần 2"}, content_type="application/json", HTTP_IF_MATCH=etag)
    assert stale.status_code == 412
    licence.refresh_from_db()
    assert licence.note == "Lần 1"
