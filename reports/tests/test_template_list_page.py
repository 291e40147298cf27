"""The Word template page renders (it answered 500 for every role: a `{{ "}}" }}` literal in its template)."""
import pytest
from django.test import Client

from core.testing import TenantFixture, login


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["director", "staff"])
def test_template_list_page_shows_the_tag_syntax(role):
    tenants = TenantFixture()
    response = login(Client(), getattr(tenants, role)).get("/reports/mau/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "{{ body }}" in page
    assert "{%p for line in recipients %}" in page
