import pytest
from django.urls import reverse

from core.testing import TenantFixture, login


@pytest.fixture
def tenants(db):
    return TenantFixture()


@pytest.mark.parametrize(
    "url_name", ["home", "core:unit_list", "core:membership_list", "core:organisation", "core:unit_add", "core:membership_add"]
)
def test_main_pages_render_for_the_administrator(client, tenants, url_name):
    login(client, tenants.admin)
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    assert "sokhcn" in response.content.decode()


def test_unit_list_exports_csv_and_xlsx(client, tenants):
    login(client, tenants.director)
    csv = client.get(reverse("core:unit_list") + "?export=csv")
    assert csv.status_code == 200
    assert "Phòng Quản lý khoa học" in csv.content.decode("utf-8")
    assert "Phòng Quản lý khoa học" not in csv.content.decode("utf-8").replace("Phòng Quản lý khoa học", "", 1)  # other org's unit absent
    xlsx = client.get(reverse("core:unit_list") + "?export=xlsx")
    assert xlsx.status_code == 200
    assert xlsx.content[:2] == b"PK"
