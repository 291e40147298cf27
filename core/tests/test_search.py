"""Diacritic-insensitive search through the list screens and the API (run on SQLite and on PostgreSQL)."""
import pytest
from django.urls import reverse

from core.choices import Role
from core.models import Membership, Unit
from core.testing import login, make_member, make_unit


@pytest.fixture
def searchable(tenants):
    make_unit(tenants.org, "hd-nt", name="Hội đồng Nghiệm thu cấp tỉnh", abbreviation="HĐNT")
    make_unit(tenants.org, "do-luong", name="Phòng Đo lường", short_name="Phòng ĐL")
    make_unit(tenants.org, "dao-tao", name="Tổ Đào tạo")
    make_unit(tenants.other_org, "hd-nt", name="Hội đồng Nghiệm thu tỉnh khác")  # another organisation: never found
    make_member(tenants.org, "dinh.diep", [Role.CHUYEN_VIEN], unit=tenants.unit, full_name="Nguyễn Đình Điệp")
    return tenants


QUERIES = ["nghiem thu", "NGHIỆM THU", "nghiệm thu", "Nghiệm thu", "NGHIEM   THU", "thu nghiem"]


@pytest.mark.parametrize("query", QUERIES)
def test_unit_list_screen_finds_with_or_without_diacritics(client, searchable, query):
    login(client, searchable.director)
    response = client.get(reverse("core:unit_list"), {"q": query})
    assert response.status_code == 200
    names = [unit.name for unit in response.context["table"].data]
    assert names == ["Hội đồng Nghiệm thu cấp tỉnh"]


@pytest.mark.parametrize("query", QUERIES)
def test_unit_api_finds_with_or_without_diacritics(client, searchable, query):
    login(client, searchable.director)
    response = client.get("/api/units/", {"q": query})
    assert response.status_code == 200
    assert [row["name"] for row in response.json()["results"]] == ["Hội đồng Nghiệm thu cấp tỉnh"]


@pytest.mark.parametrize("query", ["do luong", "Đo lường", "ĐO LƯỜNG", "đo luong"])
def test_d_matches_d_with_stroke(client, searchable, query):
    login(client, searchable.director)
    response = client.get(reverse("core:unit_list"), {"q": query})
    assert [unit.code for unit in response.context["table"].data] == ["do-luong"]


def test_d_with_stroke_in_the_query_matches_plain_d_in_the_data(searchable):
    unit = make_unit(searchable.org, "dd", name="Phong Dao tao khong dau")
    found = Unit.objects.restrict(searchable.director).search("Đào tạo")
    assert unit in found and found.count() == 2


@pytest.mark.parametrize("query", ["dinh diep", "ĐÌNH ĐIỆP", "Nguyễn Đình Điệp", "nguyen diep"])
def test_people_are_found_by_name_without_diacritics(client, searchable, query):
    login(client, searchable.admin)
    response = client.get(reverse("core:membership_list"), {"q": query})
    assert [m.user.username for m in response.context["table"].data] == ["dinh.diep"]
    api = client.get("/api/people/", {"q": query}).json()
    assert [row["username"] for row in api["results"]] == ["dinh.diep"]


def test_search_by_abbreviation_and_empty_query(client, searchable):
    login(client, searchable.director)
    assert [u.code for u in client.get(reverse("core:unit_list"), {"q": "hdnt"}).context["table"].data] == ["hd-nt"]
    everything = client.get(reverse("core:unit_list"), {"q": ""}).context["table"].data
    assert len(everything) == Unit.objects.filter(organisation=searchable.org).count()


def test_search_text_follows_renamed_related_objects(searchable):
    membership = Membership.objects.get(user__username="dinh.diep")
    assert "nguyen dinh diep" in membership.search_text
    assert "phong quan ly khoa hoc" in membership.search_text
