"""Adding a licence for a new facility without leaving the form (issue #11): the facility is created in place
through the same service (and write gate), and the form's select comes back with it chosen."""
import pytest
from django.urls import reverse

from core.testing import login
from registers import models as m

pytestmark = pytest.mark.django_db
URL = "/registers/co-so-buc-xa/them-nhanh/"


def test_the_licence_form_offers_a_new_facility_in_place(client, tenants):
    login(client, tenants.staff)
    html = client.get(reverse("registers:radiationlicence_add")).content.decode()
    assert 'id="facility-new"' in html and f'hx-get="{URL}?form=radiationlicence"' in html
    assert "<script" not in html.split('id="facility-field"')[1].split("</div>")[0]
    short = client.get(URL + "?form=radiationlicence").content.decode()
    assert 'name="facility-name"' in short and 'id="facility-save"' in short


def test_saving_the_short_form_creates_the_facility_and_selects_it(client, tenants):
    login(client, tenants.staff)
    response = client.post(URL, {"form": "radiationlicence", "facility-name": "Phòng khám Đa khoa Hòa Bình",
                                 "facility-kind": "medical", "facility-unit": tenants.unit.pk}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    facility = m.RadiationFacility.objects.get(name="Phòng khám Đa khoa Hòa Bình")
    assert facility.organisation == tenants.org and facility.unit == tenants.unit
    html = response.content.decode()
    assert f'<option value="{facility.pk}" selected>' in html and 'name="facility"' in html
    assert "Đã thêm cơ sở «Phòng khám Đa khoa Hòa Bình»" in html


def test_a_mistake_answers_the_short_form_with_its_message_and_saves_nothing(client, tenants):
    login(client, tenants.staff)
    response = client.post(URL, {"form": "radiationlicence", "facility-name": "", "facility-kind": "medical",
                                 "facility-unit": tenants.unit.pk})
    assert response.status_code == 200 and response["HX-Retarget"] == "#facility-inline"
    assert "errorlist" in response.content.decode()
    assert not m.RadiationFacility.objects.exists()


def test_who_may_not_add_facilities_is_refused_and_not_offered(client, tenants):
    login(client, tenants.clerk)
    assert client.get(URL + "?form=radiationlicence").status_code == 403
    response = client.post(URL, {"form": "radiationlicence", "facility-name": "X", "facility-kind": "medical",
                                 "facility-unit": tenants.unit.pk})
    assert response.status_code in (200, 403)
    assert not m.RadiationFacility.objects.exists()
    # staff of another unit cannot place the facility in a unit they do not work for
    login(client, tenants.other_staff)
    response = client.post(URL, {"form": "radiationlicence", "facility-name": "Y", "facility-kind": "medical",
                                 "facility-unit": tenants.unit.pk})
    assert not m.RadiationFacility.objects.exists()


def test_an_unknown_host_form_is_not_found(client, tenants):
    login(client, tenants.staff)
    assert client.get(URL + "?form=inspection").status_code == 404
    assert client.get(URL + "?form=abc").status_code == 404
