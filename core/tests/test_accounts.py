"""Issue 10, finding 1: an organisation's administrator cannot take over accounts of other organisations,
superusers' accounts, or give themselves roles."""
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from core.choices import Role
from core.models import Membership, User
from core.permissions import DELETE, can, system_membership
from core.services import ACCOUNT_EXISTS_MESSAGE, OWN_ROLES_MESSAGE, SHARED_ACCOUNT_MESSAGE, membership_save
from core.testing import PASSWORD, login, make_member

NEW_PASSWORD = "Mat-khau-chiem-quyen-2026!"


def account(username):
    return User.objects.filter(username=username).values(
        "password", "full_name", "email", "username", "is_superuser").get()


def person_data(tenants, **overrides):
    data = {"username": "moi", "full_name": "Người Mới", "password": NEW_PASSWORD, "unit": tenants.unit.pk,
            "roles": [Role.CHUYEN_VIEN], "display_order": 1, "is_active": "on"}
    data.update(overrides)
    return data


@pytest.fixture
def superuser(tenants):
    root = make_member(tenants.org, "root", [Role.QUAN_TRI], unit=tenants.other_unit, full_name="Quản trị viên")
    User.objects.filter(pk=root.user_id).update(is_superuser=True, is_staff=True)
    make_member(tenants.other_org, "root", [Role.QUAN_TRI])
    return Membership.objects.get(pk=root.pk)


def test_an_administrator_cannot_take_over_an_account_of_another_organisation(client, tenants):
    """quantri → bk.qlkh: POST /he-thong/can-bo/them/ with the other organisation's username and a new password."""
    before = account("gd-b")
    memberships = Membership.objects.count()
    login(client, tenants.admin)
    response = client.post(reverse("core:membership_add"), person_data(
        tenants, username="gd-b", full_name="Tên bị đổi", email="ke-gian@example.test"))
    assert response.status_code == 200
    assert ACCOUNT_EXISTS_MESSAGE in response.context["form"].errors["username"]
    assert account("gd-b") == before
    assert Membership.objects.count() == memberships
    assert client.login(username="gd-b", password=PASSWORD)


def test_the_case_of_the_username_does_not_help(client, tenants):
    before = account("gd-b")
    login(client, tenants.admin)
    response = client.post(reverse("core:membership_add"), person_data(tenants, username="GD-B"))
    assert response.status_code == 200 and account("gd-b") == before


def test_the_service_refuses_too(tenants):
    before = account("gd-b")
    with pytest.raises(ValidationError) as info:
        membership_save(actor=tenants.admin, membership=Membership(organisation=tenants.org, roles=[Role.CHUYEN_VIEN]),
                        username="gd-b", full_name="Tên bị đổi", password=NEW_PASSWORD)
    assert info.value.message_dict["username"] == [ACCOUNT_EXISTS_MESSAGE]
    assert account("gd-b") == before


def test_an_administrator_cannot_change_a_superusers_password(client, tenants, superuser):
    """quantri → /he-thong/can-bo/<admin's membership>/sua/ with a new password."""
    before = account("root")
    login(client, tenants.admin)
    url = reverse("core:membership_edit", args=[superuser.pk])
    assert client.get(url).status_code == 403
    response = client.post(url, person_data(tenants, username="root", full_name="Quản trị viên", roles=[Role.QUAN_TRI]))
    assert response.status_code == 403
    assert account("root") == before
    assert not can(tenants.admin, DELETE, superuser)
    assert client.post(reverse("core:membership_delete", args=[superuser.pk])).status_code == 403
    assert Membership.objects.filter(pk=superuser.pk).exists()
    with pytest.raises(PermissionDenied):
        membership_save(actor=tenants.admin, membership=superuser, username="root", full_name="x",
                        password=NEW_PASSWORD)
    assert account("root") == before


def test_an_administrator_cannot_give_themselves_the_directors_role(client, tenants):
    """quantri gives itself Giám đốc (and could then approve a report)."""
    login(client, tenants.admin)
    url = reverse("core:membership_edit", args=[tenants.admin.pk])
    form = client.get(url).context["form"]
    assert form.fields["roles"].disabled and form.fields["is_active"].disabled
    client.post(url, person_data(tenants, username="qt", full_name="qt", password="",
                                 roles=[Role.QUAN_TRI, Role.GIAM_DOC], unit=tenants.other_unit.pk))
    tenants.admin.refresh_from_db()
    assert tenants.admin.roles == [Role.QUAN_TRI]
    with pytest.raises(ValidationError) as info:
        tenants.admin.roles = [Role.QUAN_TRI, Role.GIAM_DOC]
        membership_save(actor=tenants.admin, membership=tenants.admin, username="qt", full_name="qt")
    assert info.value.message_dict["roles"] == [OWN_ROLES_MESSAGE]
    tenants.admin.refresh_from_db()
    assert tenants.admin.roles == [Role.QUAN_TRI] and not tenants.admin.is_leader
    assert not can(tenants.admin, DELETE, tenants.admin)


def test_nobody_switches_off_or_widens_their_own_membership(tenants):
    superuser_member = make_member(tenants.org, "root2", [Role.QUAN_TRI])
    User.objects.filter(pk=superuser_member.user_id).update(is_superuser=True)
    actor = Membership.objects.get(pk=superuser_member.pk)
    edited = Membership.objects.get(pk=superuser_member.pk)
    edited.is_active = False
    with pytest.raises(ValidationError):
        membership_save(actor=actor, membership=edited, username="root2", full_name="root2")
    tenants.admin.refresh_from_db()
    with pytest.raises(ValidationError):
        membership_save(actor=tenants.admin, membership=tenants.admin, username="qt", full_name="qt",
                        units_in_charge=[tenants.unit])
    assert not tenants.admin.units_in_charge.exists()


def test_an_account_shared_with_another_organisation_keeps_its_password(client, tenants):
    shared = make_member(tenants.org, "gd-b", [Role.CHUYEN_VIEN], unit=tenants.unit)
    before = account("gd-b")
    login(client, tenants.admin)
    url = reverse("core:membership_edit", args=[shared.pk])
    form = client.get(url).context["form"]
    assert "password" not in form.fields and form.fields["username"].disabled
    response = client.post(url, person_data(tenants, username="chiem", full_name="Tên bị đổi", position="Chuyên viên"))
    assert response.status_code == 302
    assert account("gd-b") == before
    shared.refresh_from_db()
    assert shared.position == "Chuyên viên"  # the membership itself is this organisation's to manage
    with pytest.raises(ValidationError) as info:
        membership_save(actor=tenants.admin, membership=shared, username="gd-b", full_name="gd-b",
                        password=NEW_PASSWORD)
    assert info.value.message_dict["username"] == [SHARED_ACCOUNT_MESSAGE]
    assert account("gd-b") == before


def test_an_administrator_of_another_organisation_is_refused_by_the_gate(tenants):
    foreign_admin = make_member(tenants.other_org, "qt-b", [Role.QUAN_TRI])
    before = account("cv")
    with pytest.raises(PermissionDenied):
        membership_save(actor=foreign_admin, membership=tenants.staff, username="cv", full_name="cv",
                        password=NEW_PASSWORD)
    assert account("cv") == before


def test_an_administrator_still_manages_their_own_organisations_people(client, tenants):
    login(client, tenants.admin)
    response = client.post(reverse("core:membership_add"), person_data(tenants))
    assert response.status_code == 302
    person = Membership.objects.get(user__username="moi")
    response = client.post(reverse("core:membership_edit", args=[person.pk]), person_data(
        tenants, full_name="Người Mới Đổi Tên", password="Mat-khau-khac-2026!", roles=[Role.TRUONG_DON_VI]))
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.user.full_name == "Người Mới Đổi Tên" and person.roles == [Role.TRUONG_DON_VI]
    assert person.user.check_password("Mat-khau-khac-2026!")


def test_the_command_line_links_an_existing_account_without_touching_it(tenants):
    before = account("gd-b")
    membership_save(actor=system_membership(tenants.org),
                    membership=Membership(organisation=tenants.org, roles=[Role.CHUYEN_VIEN]),
                    username="gd-b", full_name="Tên khác", password=NEW_PASSWORD)
    assert account("gd-b") == before
    assert Membership.objects.filter(user__username="gd-b").count() == 2
