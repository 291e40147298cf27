"""Issue 10, findings 6 and 7: bad query parameters answer a Vietnamese 400 (never a 500), filters work for token
calls, another organisation's id answers like a missing one, `next` never leaves the site, absurd years refused."""
import pytest
from django.urls import reverse

from core.choices import Role
from core.models import Unit
from core.params import YEAR_MESSAGE, BadParameter, parse_id, parse_year, safe_next
from core.testing import login, make_member, make_unit

LIST_SCREENS = ["core:unit_list", "core:membership_list", "directives:sourcedocument_list",
                "directives:assignedtask_list", "sciencetasks:sciencetask_list", "sciencetasks:council_list"]


@pytest.mark.parametrize("url_name", LIST_SCREENS)
@pytest.mark.parametrize("per_page", ["-5", "0", "99999999999999999999999", "abc"])
def test_per_page_out_of_range_is_a_vietnamese_400(client, tenants, url_name, per_page):
    login(client, tenants.director)
    response = client.get(reverse(url_name), {"per_page": per_page})
    assert response.status_code == 400
    assert "Số dòng mỗi trang không hợp lệ" in response.content.decode()


def test_a_sensible_per_page_still_works(client, tenants):
    login(client, tenants.director)
    assert client.get(reverse("core:membership_list"), {"per_page": "3"}).status_code == 200


@pytest.mark.parametrize("year", ["99999", "0", "-1", "1e9"])
@pytest.mark.parametrize("url", ["/directives/van-ban/", "/sciencetasks/", "/sciencetasks/nhiem-vu/",
                                 "/sciencetasks/so-lieu/", "/sciencetasks/bang/"])
def test_absurd_years_on_screens(client, tenants, url, year):
    login(client, tenants.director)
    response = client.get(url, {"year": year})
    assert response.status_code == 400
    assert YEAR_MESSAGE in response.content.decode()


@pytest.mark.parametrize("query", ["year=99999", "year=0", "year=-1", "year=abc"])
@pytest.mark.parametrize("url", ["/api/reports/", "/api/science-councils/?meeting_", "/api/science-tasks/?start_"])
def test_absurd_years_on_the_api(client, tenants, url, query):
    login(client, tenants.director)
    separator = "" if url.endswith("_") else "?"
    response = client.get(f"{url}{separator}{query}")
    assert response.status_code == 400, response.content
    assert "Năm không hợp lệ" in response.content.decode()


def test_a_year_in_range_is_answered(client, tenants):
    login(client, tenants.director)
    assert client.get("/api/reports/?year=2026").status_code == 200
    assert client.get("/sciencetasks/?year=2026").status_code == 200


def test_calendar_with_a_junk_unit(client, tenants):
    login(client, tenants.director)
    response = client.get("/directives/lich/", {"unit": "abc"})
    assert response.status_code == 400 and "Mã bản ghi không hợp lệ" in response.content.decode()
    assert client.get("/directives/lich/", {"thang": "99999999999999999999-1"}).status_code == 200


@pytest.mark.parametrize("url", ["/api/science-task-steps/?q=nấm", "/api/science-task-money/?q=x",
                                 "/api/units/?q=%00", "/he-thong/can-bo/?q=a%00b", "/sciencetasks/hoi-dong/?q=%00"])
def test_search_on_models_without_search_text(client, tenants, url):
    """… and a NUL in the search box (PostgreSQL refuses it in a literal): answered, or refused by the form."""
    login(client, tenants.director)
    assert client.get(url).status_code in ((200, 400) if "%00" in url else (200,))


@pytest.mark.parametrize("path", ["/api/units/abc/", "/api/units/abc/history/", "/api/directive-tasks/abc/",
                                  "/api/science-tasks/1e5/"])
def test_non_numeric_ids_on_the_api(client, tenants, path):
    login(client, tenants.director)
    assert client.get(path).status_code == 404
    assert client.post(path, {}, content_type="application/json").status_code in (403, 404, 405)


def test_deleting_a_referenced_row_is_a_409_with_the_reason(client, tenants):
    login(client, tenants.admin)
    before = Unit.objects.count()
    response = client.delete(f"/api/units/{tenants.unit.pk}/")
    assert response.status_code == 409
    detail = response.json()["detail"]
    assert detail.startswith("Không thể xóa: còn ") and "cán bộ" in detail
    screen = client.post(reverse("core:unit_delete", args=[tenants.unit.pk]), follow=True)
    assert "cán bộ đang tham chiếu" in screen.content.decode()
    assert Unit.objects.count() == before


def test_the_api_exception_handler_turns_a_protected_error_into_409():
    from django.db.models import ProtectedError

    from core.api.exceptions import exception_handler

    response = exception_handler(ProtectedError("x", set()), {})
    assert response.status_code == 409 and response.data["detail"].startswith("Không thể xóa")
    response = exception_handler(BadParameter(YEAR_MESSAGE), {})
    assert response.status_code == 400 and response.data["detail"] == YEAR_MESSAGE


# -- finding 7 ------------------------------------------------------------------------------------------------

def test_model_choice_filters_work_with_a_token(client, tenants):
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=tenants.director.user)
    response = client.get(f"/api/people/?unit={tenants.unit.pk}", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert response.status_code == 200, response.content
    assert {row["username"] for row in response.json()["results"]} == {"tp", "cv"}
    tasks = client.get(f"/api/science-tasks/?managing_unit={tenants.unit.pk}", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert tasks.status_code == 200, tasks.content


def test_another_organisations_id_answers_like_a_missing_one(client, tenants):
    login(client, tenants.director)
    foreign = client.get(f"/api/units/?parent={tenants.foreign_unit.pk}")
    missing = client.get("/api/units/?parent=987654")
    assert foreign.status_code == missing.status_code == 400
    assert foreign.json() == {"parent": [m.replace("987654", str(tenants.foreign_unit.pk)) for m in missing.json()["parent"]]}
    own = client.get(f"/api/units/?parent={tenants.unit.pk}")
    assert own.status_code == 200


@pytest.mark.parametrize("target", ["//evil.example", "https://evil.example/x", "///evil.example", "javascript:alert(1)",
                                    "\\\\evil.example"])
def test_next_never_leaves_the_site(client, tenants, target):
    login(client, tenants.director)
    bulk = client.post(reverse("directives:bulk"), {"next": target, "action": "extend"})
    assert bulk.status_code == 302 and bulk["Location"] == reverse("directives:assignedtask_list")
    switch = client.post(reverse("core:switch_organisation"), {"organisation": tenants.org.pk, "next": target})
    assert switch.status_code == 302 and switch["Location"] == reverse("home")


def test_next_inside_the_site_is_kept(rf):
    request = rf.post("/", {"next": "/directives/nhiem-vu/?page=2"})
    assert safe_next(request, "/") == "/directives/nhiem-vu/?page=2"


def test_absurd_start_year_refused_on_the_form_and_the_api(client, tenants):
    from sciencetasks.forms import ScienceTaskForm

    form = ScienceTaskForm(data={"start_year": "99999"}, membership=tenants.director)
    assert not form.is_valid() and form.errors["start_year"] == [YEAR_MESSAGE]
    login(client, tenants.director)
    response = client.post("/api/science-tasks/", {"start_year": 99999, "name": "x"}, content_type="application/json")
    assert response.status_code == 400 and YEAR_MESSAGE in response.json().get("start_year", [])


def test_the_parsers():
    assert parse_year("2026") == 2026 and parse_year("", 2000) == 2000 and parse_year(None) is None
    assert parse_id("12") == 12
    for bad in ("99999", "0", "-1", "abc", "20.26", "2026x"):
        with pytest.raises(BadParameter):
            parse_year(bad)
    for bad in ("abc", "0", "-3", "1" * 30):
        with pytest.raises(BadParameter):
            parse_id(bad)


def test_a_staff_member_can_filter_by_their_unit(client, tenants):
    make_member(tenants.org, "cv3", [Role.CHUYEN_VIEN], unit=make_unit(tenants.org, "to-3"))
    login(client, tenants.staff)
    response = client.get(reverse("core:membership_list"), {"unit": tenants.unit.pk})
    assert response.status_code == 200


def test_a_missing_or_foreign_row_on_the_api_is_a_vietnamese_404(client, tenants):
    """A numeric id that is not the organisation's answered DRF's English "No Unit matches the given query.";
    it is one Vietnamese answer for a missing row and another organisation's alike."""
    login(client, tenants.director)
    missing = client.get("/api/units/987654/")
    foreign = client.get(f"/api/units/{tenants.foreign_unit.pk}/")
    assert missing.status_code == foreign.status_code == 404
    assert missing.json() == foreign.json() == {"detail": "Không tìm thấy."}
