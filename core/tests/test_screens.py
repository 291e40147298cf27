"""The UI shell: error pages, organisation switcher, password change, list features (sort, pagination, export)."""
import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from core.choices import Role
from core.models import Unit
from core.testing import PASSWORD, login, make_member, make_unit


def test_not_found_page_is_in_vietnamese(client, tenants):
    login(client, tenants.director)
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không tìm thấy trang hoặc bản ghi" in html and 'lang="vi"' in html


def test_another_organisations_record_is_simply_not_found(client, tenants):
    login(client, tenants.director)
    response = client.get(reverse("core:unit_detail", args=[tenants.foreign_unit.pk]))
    assert response.status_code == 404
    assert "Không tìm thấy" in response.content.decode()


def test_forbidden_page_is_in_vietnamese(client, tenants):
    login(client, tenants.staff)
    response = client.get(reverse("core:unit_add"))
    assert response.status_code == 403
    assert "Bạn không có quyền thực hiện thao tác này" in response.content.decode()


def test_server_error_page_renders_without_a_request():
    html = render_to_string("500.html")
    assert "Hệ thống gặp sự cố" in html and "Mã lỗi 500" in html


def test_anonymous_visitors_are_sent_to_the_login_page(client, db):
    response = client.get(reverse("core:unit_list"))
    assert response.status_code == 302 and response["Location"].startswith("/dang-nhap/")
    page = client.get("/dang-nhap/")
    assert "Đăng nhập" in page.content.decode()


def test_a_user_without_membership_gets_a_clear_message(client, db):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("moi", password=PASSWORD)
    client.force_login(user)
    response = client.get(reverse("home"))
    assert response.status_code == 403
    assert "chưa được gán vào tổ chức nào" in response.content.decode()


def test_organisation_switcher(client, tenants):
    make_member(tenants.other_org, "gd", [Role.GIAM_DOC])  # gd now belongs to both organisations
    login(client, tenants.director)
    home = client.get(reverse("home")).content.decode()
    assert 'id="org-switcher"' in home
    assert "Phòng Quản lý khoa học" in client.get(reverse("core:unit_list")).content.decode()
    response = client.post(reverse("core:switch_organisation"), {"organisation": tenants.other_org.pk, "next": "/he-thong/don-vi/"})
    assert response.status_code == 302 and response["Location"] == "/he-thong/don-vi/"
    units = client.get(reverse("core:unit_list")).context["table"].data
    assert {unit.organisation_id for unit in units} == {tenants.other_org.pk}
    # an organisation one does not belong to, or an outside redirect, are refused
    stranger = make_unit(tenants.other_org, "x", name="X").organisation  # org-b again; create a third org:
    from core.testing import make_organisation

    third = make_organisation("org-c")
    assert client.post(reverse("core:switch_organisation"), {"organisation": third.pk}).status_code == 403
    outside = client.post(reverse("core:switch_organisation"), {"organisation": stranger.pk, "next": "https://evil.example/"})
    assert outside["Location"] == reverse("home")


def test_password_change(client, tenants):
    login(client, tenants.staff)
    page = client.get(reverse("password_change"))
    assert "Đổi mật khẩu" in page.content.decode()
    wrong = client.post(reverse("password_change"), {"old_password": "sai", "new_password1": "Mat-khau-moi-2025!",
                                                     "new_password2": "Mat-khau-moi-2025!"})
    assert "Mật khẩu cũ không chính xác" in wrong.content.decode()
    done = client.post(reverse("password_change"), {"old_password": PASSWORD, "new_password1": "Mat-khau-moi-2025!",
                                                    "new_password2": "Mat-khau-moi-2025!"})
    assert done.status_code == 302
    tenants.staff.user.refresh_from_db()
    assert tenants.staff.user.check_password("Mat-khau-moi-2025!")


def test_logout(client, tenants):
    login(client, tenants.staff)
    response = client.post(reverse("logout"))
    assert response.status_code == 302
    assert client.get(reverse("home")).status_code == 302


@pytest.fixture
def many_units(tenants):
    for number in range(30):
        make_unit(tenants.org, f"to-{number:02d}", name=f"Tổ công tác số {number:02d}", display_order=number)
    return tenants


def test_list_paginates_sorts_and_filters(client, many_units):
    login(client, many_units.director)
    first = client.get(reverse("core:unit_list"))
    table = first.context["table"]
    assert table.paginator.count == 32 and len(table.page.object_list) == 25
    assert "32 bản ghi" in first.content.decode()
    second = client.get(reverse("core:unit_list"), {"page": 2})
    assert len(second.context["table"].page.object_list) == 7
    by_name_desc = client.get(reverse("core:unit_list"), {"sort": "-name"}).context["table"].page.object_list
    names = [row.record.name for row in by_name_desc]
    assert names == sorted(names, reverse=True)
    kind = client.get(reverse("core:unit_list"), {"kind": "van_phong"}).context["table"].data
    assert len(kind) == 0
    Unit.objects.filter(code="vp").update(kind="van_phong")
    assert [u.code for u in client.get(reverse("core:unit_list"), {"kind": "van_phong"}).context["table"].data] == ["vp"]


def test_export_follows_the_search_and_filters(client, many_units):
    login(client, many_units.director)
    csv = client.get(reverse("core:unit_list"), {"q": "to cong tac so 07", "export": "csv"})
    assert csv.status_code == 200
    lines = csv.content.decode("utf-8-sig").strip().splitlines()
    assert len(lines) == 2 and "Tổ công tác số 07" in lines[1]
    assert "Tên đơn vị" in lines[0]
    xlsx = client.get(reverse("core:unit_list"), {"export": "xlsx"})
    import io

    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.max_row == 33  # header + 32 units of org-a, none of org-b


def test_people_list_filters_by_role_and_unit(client, tenants):
    login(client, tenants.admin)
    by_role = client.get(reverse("core:membership_list"), {"role": Role.CHUYEN_VIEN}).context["table"].data
    assert {m.user.username for m in by_role} == {"cv", "cv2"}
    by_unit = client.get(reverse("core:membership_list"), {"unit": tenants.unit.pk}).context["table"].data
    assert {m.user.username for m in by_unit} == {"tp", "cv"}
    foreign = client.get(reverse("core:membership_list"), {"unit": tenants.foreign_unit.pk})
    assert foreign.status_code == 400 and "unit" in foreign.context["filter"].errors
    # the filter offers only the organisation's units: another organisation's names never leak
    offered = [unit.pk for unit in foreign.context["filter"].form.fields["unit"].queryset]
    assert tenants.foreign_unit.pk not in offered and tenants.unit.pk in offered


def test_detail_and_organisation_pages(client, tenants):
    login(client, tenants.staff)
    detail = client.get(reverse("core:unit_detail", args=[tenants.unit.pk])).content.decode()
    assert "Phòng Quản lý khoa học" in detail and "tp" in detail  # members of the unit
    assert 'id="edit-button"' not in detail  # staff may not edit units
    organisation = client.get(reverse("core:organisation")).content.decode()
    assert "UBND TỈNH ORG-A" in organisation
