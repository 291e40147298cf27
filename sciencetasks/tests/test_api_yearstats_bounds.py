"""The year figures API refuses absurd years with a Vietnamese 400, never a 500 (found by the schema fuzz test)."""
import pytest

from core.choices import Role
from core.testing import login, make_member, make_organisation


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["year=-110826", "year=6942799326139620372145185949128589312", "year=2023&to=0096-12-25", "year=abc"])
def test_absurd_years_are_refused(client, query):
    member = make_member(make_organisation(), "gd-bounds", [Role.GIAM_DOC])
    login(client, member)
    response = client.get(f"/api/sciencetask-yearstats/?{query}")
    assert response.status_code == 400
    assert "không hợp lệ" in response.content.decode() or "1900–2100" in response.content.decode()


@pytest.mark.django_db
def test_a_normal_year_is_answered(client):
    member = make_member(make_organisation(), "gd-bounds-ok", [Role.GIAM_DOC])
    login(client, member)
    response = client.get("/api/sciencetask-yearstats/?year=2023&to=2023-09-30")
    assert response.status_code == 200
    assert response.json()["managed"] == 0
