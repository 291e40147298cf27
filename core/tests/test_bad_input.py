"""Bad input on units and people: a Vietnamese message beside the field, nothing saved (screens and API)."""
import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import escape

from core.choices import Role, UnitKind
from core.models import Membership, Unit, User
from core.services import membership_save
from core.testing import login, make_member, make_unit

YESTERDAY = dt.date.today() - dt.timedelta(days=1)


def unit_data(**overrides):
    data = {"name": "Phòng Thử nghiệm", "code": "thu-nghiem", "kind": UnitKind.PHONG, "display_order": 10}
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def state():
    return (
        list(Unit.objects.order_by("pk").values()), list(Membership.objects.order_by("pk").values()),
        list(User.objects.order_by("pk").values()), Unit.history.count(), Membership.history.count(),
    )


def field_error(response, field) -> str:
    """The error shown beside `field`: in the form's errors and in the page right under the field."""
    errors = response.context["form"].errors.get(field)
    assert errors, f"no error on {field}: {response.context['form'].errors}"
    html = response.content.decode()
    block = html.split(f'id="id_{field}_errors"', 1)
    assert len(block) == 2, f"no error list beside {field}"
    shown = block[1].split("</ul>", 1)[0]
    for message in errors:
        assert escape(message) in shown
    return " ".join(errors)


def post_unit(client, tenants, data, unit=None):
    login(client, tenants.admin)
    url = reverse("core:unit_edit", args=[unit.pk]) if unit else reverse("core:unit_add")
    before = state()
    response = client.post(url, data)
    assert response.status_code == 200, "bad input must re-display the form"
    assert state() == before, "nothing may be saved"
    return response


@pytest.mark.parametrize(
    "field, data, message",
    [
        ("name", unit_data(name=None), "Phải nhập mục này"),
        ("code", unit_data(code=None), "Phải nhập mục này"),
        ("code", unit_data(code="mã có dấu cách"), "Chỉ được dùng chữ cái không dấu"),
        ("kind", unit_data(kind="khong-co"), "hợp lệ"),
        ("valid_from", unit_data(valid_from="31/02/2025"), "hợp lệ"),
        ("valid_to", unit_data(valid_from="01/03/2025", valid_to="01/01/2025"), "Ngày kết thúc hoạt động phải sau ngày bắt đầu"),
        ("email", unit_data(email="khong-phai-email"), "hợp lệ"),
        ("display_order", unit_data(display_order="-3"), "lớn hơn hoặc bằng 0"),
    ],
)
def test_wrong_or_missing_unit_fields(client, tenants, field, data, message):
    response = post_unit(client, tenants, data)
    assert message in field_error(response, field)


def test_duplicate_unit_code(client, tenants):
    response = post_unit(client, tenants, unit_data(code="qlkh"))
    assert field_error(response, "code") == "Mã đơn vị này đã được dùng trong tổ chức."


def test_the_same_code_is_fine_in_another_organisation(client, tenants):
    login(client, tenants.admin)
    response = client.post(reverse("core:unit_add"), unit_data(code="thu-nghiem"))
    assert response.status_code == 302
    assert Unit.objects.filter(code="qlkh").count() == 2  # org-a and org-b both have one


def test_parent_in_another_organisation_is_refused(client, tenants):
    response = post_unit(client, tenants, unit_data(parent=tenants.foreign_unit.pk))
    assert "không thuộc tổ chức này" in field_error(response, "parent")


def test_parent_in_another_organisation_is_refused_by_the_model(tenants):
    unit = Unit(organisation=tenants.org, code="x", name="X", parent=tenants.foreign_unit)
    with pytest.raises(ValidationError) as info:
        unit.full_clean()
    assert info.value.message_dict["parent"] == ["Đơn vị cấp trên phải thuộc cùng tổ chức."]


def test_cycle_in_the_unit_tree_is_refused(client, tenants):
    child = make_unit(tenants.org, "to-1", name="Tổ 1", parent=tenants.unit)
    grandchild = make_unit(tenants.org, "to-1a", name="Tổ 1A", parent=child)
    data = unit_data(name=tenants.unit.name, code=tenants.unit.code, parent=grandchild.pk)
    response = post_unit(client, tenants, data, unit=tenants.unit)
    assert "vòng lặp" in field_error(response, "parent")
    tenants.unit.refresh_from_db()
    assert tenants.unit.parent_id is None


def test_a_unit_cannot_be_its_own_parent(tenants):
    tenants.unit.parent = tenants.unit
    with pytest.raises(ValidationError) as info:
        tenants.unit.full_clean()
    assert "vòng lặp" in info.value.message_dict["parent"][0]


def test_an_inactive_unit_is_not_offered_for_new_work(client, tenants):
    closed = make_unit(tenants.org, "da-giai-the", name="Phòng đã giải thể", valid_to=YESTERDAY)
    login(client, tenants.admin)
    form_page = client.get(reverse("core:membership_add"))
    assert closed.pk not in [u.pk for u in form_page.context["form"].fields["unit"].queryset]
    before = state()
    response = client.post(reverse("core:membership_add"), {
        "username": "moi", "full_name": "Người Mới", "password": "Mat-khau-dai-2025!", "unit": closed.pk,
        "roles": [Role.CHUYEN_VIEN], "display_order": 1, "is_active": "on",
    })
    assert response.status_code == 200
    assert "ngừng hoạt động" in field_error(response, "unit")
    assert state() == before


def test_an_inactive_unit_stays_on_records_that_already_have_it(client, tenants):
    closed = make_unit(tenants.org, "da-giai-the", name="Phòng đã giải thể")
    person = make_member(tenants.org, "cu", [Role.CHUYEN_VIEN], unit=closed, full_name="Người Cũ")
    Unit.objects.filter(pk=closed.pk).update(valid_to=YESTERDAY)
    login(client, tenants.admin)
    response = client.post(reverse("core:membership_edit", args=[person.pk]), {
        "username": "cu", "full_name": "Người Cũ", "unit": closed.pk, "position": "Chuyên viên chính",
        "roles": [Role.CHUYEN_VIEN], "display_order": 1, "is_active": "on",
    })
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.position == "Chuyên viên chính" and person.unit_id == closed.pk


def test_the_service_refuses_an_inactive_unit(tenants):
    closed = make_unit(tenants.org, "da-giai-the", name="Phòng đã giải thể", valid_to=YESTERDAY)
    before = state()
    with pytest.raises(ValidationError) as info:
        membership_save(actor=tenants.admin,
                        membership=Membership(organisation=tenants.org, unit=closed, roles=[Role.CHUYEN_VIEN]),
                        username="moi", full_name="Người Mới", password="Mat-khau-dai-2025!")
    assert "ngừng hoạt động" in info.value.message_dict["unit"][0]
    assert state() == before


def test_the_api_refuses_an_inactive_parent_and_a_foreign_parent(client, tenants):
    closed = make_unit(tenants.org, "da-giai-the", name="Phòng đã giải thể", valid_to=YESTERDAY)
    login(client, tenants.admin)
    before = state()
    inactive = client.post("/api/units/", {"name": "Tổ mới", "code": "to-moi", "parent": closed.pk},
                           content_type="application/json")
    assert inactive.status_code == 400
    assert "ngừng hoạt động" in inactive.json()["parent"][0]
    foreign = client.post("/api/units/", {"name": "Tổ mới", "code": "to-moi", "parent": tenants.foreign_unit.pk},
                          content_type="application/json")
    assert foreign.status_code == 400 and "parent" in foreign.json()
    duplicate = client.post("/api/units/", {"name": "Tổ mới", "code": "qlkh"}, content_type="application/json")
    assert duplicate.json() == {"code": ["Mã đơn vị này đã được dùng trong tổ chức."]}
    missing = client.post("/api/units/", {}, content_type="application/json")
    assert set(missing.json()) == {"name", "code"}
    assert state() == before


def test_the_api_refuses_a_cycle(client, tenants):
    child = make_unit(tenants.org, "to-1", name="Tổ 1", parent=tenants.unit)
    login(client, tenants.admin)
    response = client.patch(f"/api/units/{tenants.unit.pk}/", {"parent": child.pk}, content_type="application/json")
    assert response.status_code == 400
    assert "vòng lặp" in response.json()["parent"][0]
    tenants.unit.refresh_from_db()
    assert tenants.unit.parent_id is None


@pytest.mark.parametrize(
    "field, overrides, message",
    [
        ("username", {"username": ""}, "Phải nhập mục này"),
        ("full_name", {"full_name": ""}, "Phải nhập mục này"),
        ("username", {"username": "cv"}, "Tên đăng nhập này đã có trong tổ chức."),
        ("password", {"password": ""}, "Vui lòng đặt mật khẩu cho tài khoản mới."),
        ("password", {"password": "123"}, "Mật khẩu quá ngắn: cần ít nhất 8 ký tự."),
        ("email", {"email": "sai@"}, "hợp lệ"),
        ("roles", {"roles": ["vua"]}, "hợp lệ"),
    ],
)
def test_wrong_or_missing_person_fields(client, tenants, field, overrides, message):
    data = {"username": "moi", "full_name": "Người Mới", "password": "Mat-khau-dai-2025!", "unit": tenants.unit.pk,
            "roles": [Role.CHUYEN_VIEN], "display_order": 1, "is_active": "on", **overrides}
    login(client, tenants.admin)
    before = state()
    response = client.post(reverse("core:membership_add"), data)
    assert response.status_code == 200
    assert message in field_error(response, field)
    assert state() == before


def test_a_person_of_another_organisation_joins_with_their_existing_account(client, tenants):
    """Mergers: a superuser links the same account as a second membership; no duplicate user, nothing rewritten."""
    root = make_member(tenants.org, "root", [Role.QUAN_TRI])
    User.objects.filter(pk=root.user_id).update(is_superuser=True, is_staff=True)
    before = User.objects.filter(username="gd-b").values().get()
    login(client, root)
    response = client.post(reverse("core:membership_add"), {
        "username": "gd-b", "full_name": "Tên khác", "email": "khac@example.test", "password": "Mat-khau-moi-2026!",
        "unit": tenants.unit.pk, "roles": [Role.CHUYEN_VIEN], "display_order": 1, "is_active": "on",
    })
    assert response.status_code == 302
    assert User.objects.filter(username="gd-b").count() == 1
    assert Membership.objects.filter(user__username="gd-b").count() == 2
    assert User.objects.filter(username="gd-b").values().get() == before


def test_a_unit_still_in_use_cannot_be_deleted(client, tenants):
    login(client, tenants.admin)
    before = state()
    api = client.delete(f"/api/units/{tenants.unit.pk}/")
    assert api.status_code == 409
    reason = "Không thể xóa: còn 2 cán bộ đang tham chiếu đến bản ghi này. Hãy xử lý các bản ghi đó trước."
    assert api.json()["detail"] == reason
    screen = client.post(reverse("core:unit_delete", args=[tenants.unit.pk]), follow=True)
    assert reason in screen.content.decode()
    assert state() == before
