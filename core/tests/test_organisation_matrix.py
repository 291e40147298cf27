"""The organisation itself: every member reads their organisation (screen and API), nobody writes it through the
application (configuration is the CLI's and the Django admin's), another organisation is not found."""
import pytest
from django.urls import reverse

from core.models import Organisation
from core.testing import ANONYMOUS, MATRIX_ROLES, api_auth

#: read by core/tests/test_matrix_coverage.py: this hand-written matrix plays the organisation's rules
MATRIX_COVERS = (Organisation,)
ACTIONS = ("screen", "list", "view", "view_other", "change", "delete")


def _request(client, tenants, action, headers):
    org, other = tenants.org, tenants.other_org
    if action == "screen":
        return client.get(reverse("core:organisation"))
    if action == "list":
        return client.get(reverse("organisation-list"), **headers)
    if action == "view":
        return client.get(reverse("organisation-detail", args=[org.pk]), **headers)
    if action == "view_other":
        return client.get(reverse("organisation-detail", args=[other.pk]), **headers)
    if action == "change":
        return client.patch(reverse("organisation-detail", args=[org.pk]), {"name": "Đổi tên"},
                            content_type="application/json", **headers)
    return client.delete(reverse("organisation-detail", args=[org.pk]), **headers)


@pytest.mark.parametrize("auth", ["session", "token"])
@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", MATRIX_ROLES)
def test_organisation_matrix(client, tenants, role, action, auth):
    if auth == "token" and (role == ANONYMOUS or action == "screen"):
        pytest.skip("tokens are for the API; anonymous visitors have none")
    membership = None if role == ANONYMOUS else tenants.roles()[role]
    headers = api_auth(client, membership, auth)
    before = list(type(tenants.org).objects.order_by("pk").values())
    response = _request(client, tenants, action, headers)
    own = membership.organisation if membership is not None else None
    if membership is None:
        assert response.status_code in (302, 401, 403), response.status_code
    elif action == "screen":
        assert response.status_code == 200 and own.name in response.content.decode()
    elif action == "list":
        ids = {row["id"] for row in response.json().get("results", response.json())}
        assert ids == {own.pk}
    elif action == "view":
        assert response.status_code == (200 if own == tenants.org else 404)
    elif action == "view_other":
        assert response.status_code == (404 if own == tenants.org else 200)
    else:
        assert response.status_code in (403, 405), response.status_code
    assert list(type(tenants.org).objects.order_by("pk").values()) == before
