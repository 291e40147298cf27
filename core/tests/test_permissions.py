"""The permission matrix of the foundation: roles × actions × (units, people), through screens and API.

Plus the rules of `UnitRecordPolicy` (what later apps' unit-owned records use), checked on the policy itself.
"""
import pytest

from core.choices import Role, UnitKind
from core.models import Membership, Unit, User
from core.permissions import (
    ADD,
    CHANGE,
    DELETE,
    VIEW,
    AdministrationPolicy,
    ClerkDocumentPolicy,
    LeaderWritePolicy,
    UnitRecordPolicy,
    can,
)
from core.testing import (
    ALL_ACTIONS,
    MATRIX_ACTIONS,
    MATRIX_ROLES,
    PermissionMatrix,
    make_member,
    make_unit,
)


class UnitMatrix(PermissionMatrix):
    model = Unit
    api_basename = "unit"
    allowed = PermissionMatrix.administration_allowed()

    def make_object(self, tenants):
        return make_unit(tenants.org, "to-kiem-tra", name="Tổ Kiểm tra nội bộ", short_name="Tổ KTNB",
                         parent=tenants.unit, kind=UnitKind.KHAC)

    def add_data(self, tenants):
        return {"name": "Phòng Thử nghiệm", "code": "thu-nghiem", "kind": UnitKind.PHONG, "display_order": 50}

    def change_data(self, tenants, obj):
        return {"name": "Tổ Kiểm tra nội bộ (đổi tên)", "code": obj.code, "kind": obj.kind,
                "display_order": obj.display_order, "parent": obj.parent_id}

    def api_change_data(self, tenants, obj):
        return {"name": "Tổ Kiểm tra nội bộ (đổi tên)"}


class MembershipMatrix(PermissionMatrix):
    model = Membership
    api_basename = "membership"
    allowed = PermissionMatrix.administration_allowed()
    api_actions = frozenset({"list", "view", "history"})  # people are managed on the screens only
    state_models = (Membership, User)
    covers = (User,)  # the login account is written only with its membership (core.services.membership_save)

    def make_object(self, tenants):
        return make_member(tenants.org, "nguyen.moi", [Role.CHUYEN_VIEN], unit=tenants.unit,
                           full_name="Nguyễn Văn Mới", position="Chuyên viên")

    def add_data(self, tenants):
        return {"username": "tran.them", "full_name": "Trần Thị Thêm", "password": "Mat-khau-dai-2025!",
                "unit": tenants.unit.pk, "roles": [Role.CHUYEN_VIEN], "display_order": 100, "is_active": "on"}

    def change_data(self, tenants, obj):
        return {"username": obj.user.username, "full_name": obj.user.full_name, "unit": tenants.unit.pk,
                "position": "Phó Trưởng phòng", "roles": [Role.TRUONG_DON_VI], "display_order": 5, "is_active": "on"}

    def api_add_data(self, tenants):
        return {"unit": tenants.unit.pk, "position": "Chuyên viên", "roles": [Role.CHUYEN_VIEN]}

    def api_change_data(self, tenants, obj):
        return {"position": "Phó Trưởng phòng"}


UNITS = UnitMatrix()
PEOPLE = MembershipMatrix()


@pytest.mark.parametrize("role, action", UNITS.web_cases())
def test_unit_screens(client, tenants, role, action):
    UNITS.check_web(client, tenants, role, action)


@pytest.mark.parametrize("role, action", PEOPLE.web_cases())
def test_people_screens(client, tenants, role, action):
    PEOPLE.check_web(client, tenants, role, action)


@pytest.mark.parametrize("role, action, auth", UNITS.api_cases())
def test_unit_api(client, tenants, role, action, auth):
    UNITS.check_api(client, tenants, role, action, auth)


@pytest.mark.parametrize("role, action, auth", PEOPLE.api_cases())
def test_people_api(client, tenants, role, action, auth):
    PEOPLE.check_api(client, tenants, role, action, auth)


def test_matrix_size():
    """10 roles × 6 actions × 2 models on the screens, and again through the API with session and token auth."""
    assert len(MATRIX_ROLES) == 10 and len(MATRIX_ACTIONS) == 6
    assert len(UNITS.web_cases()) + len(PEOPLE.web_cases()) == 120
    assert len(UNITS.api_cases()) + len(PEOPLE.api_cases()) == 228


def test_the_matrix_can_fail(client, tenants):
    """A matrix that expects too much must fail: the helper is not a rubber stamp."""

    class TooGenerous(UnitMatrix):
        allowed = {**PermissionMatrix.administration_allowed(), "chuyen_vien": ALL_ACTIONS}

    with pytest.raises(AssertionError):
        TooGenerous().check_web(client, tenants, "chuyen_vien", "delete")
    assert Unit.objects.filter(code="to-kiem-tra").exists()


def test_staff_cannot_move_themselves_into_the_admin_role_through_the_form(client, tenants):
    from core.testing import login

    login(client, tenants.staff)
    response = client.post(f"/he-thong/can-bo/{tenants.staff.pk}/sua/", PEOPLE.change_data(tenants, tenants.staff))
    assert response.status_code == 403
    tenants.staff.refresh_from_db()
    assert tenants.staff.roles == [Role.CHUYEN_VIEN]


def test_api_membership_follows_the_organisation_header(client, tenants):
    """A person in two organisations chooses one with X-Organisation; a code they don't belong to gives nothing."""
    from core.testing import login

    make_member(tenants.other_org, "qt", [Role.QUAN_TRI])  # the same user, now also in org-b
    login(client, tenants.admin)
    own = client.get("/api/units/", HTTP_X_ORGANISATION="org-b").json()
    assert {row["code"] for row in own["results"]} == {"qlkh"}
    assert client.get("/api/units/", HTTP_X_ORGANISATION="org-zzz").status_code == 403


# -- the policies themselves --------------------------------------------------------------------------------


class FakeRecord:
    """Stands for any unit-owned record of a later app."""

    def __init__(self, organisation_id, unit_id):
        self.organisation_id = organisation_id
        self.unit_id = unit_id

    def owner_unit_ids(self):
        return {self.unit_id}


UNIT_RECORD_EXPECTED = {
    # role: (view own, add, change own, delete own, view other unit's, change other unit's)
    "giam_doc": (True, True, True, True, True, True),
    "pho_giam_doc": (True, True, True, True, True, True),
    "chanh_van_phong": (True, True, True, True, True, True),
    "truong_phong": (True, True, True, True, True, False),
    "chuyen_vien": (True, True, True, False, True, False),
    "chuyen_vien_khac": (True, True, False, False, True, True),  # their own unit is `other_unit`
    "van_thu": (True, False, False, False, True, False),
    "quan_tri": (True, False, False, False, True, False),
    "giam_doc_to_chuc_khac": (False, True, False, False, False, False),  # may add in their own organisation
}


@pytest.mark.parametrize("role", list(UNIT_RECORD_EXPECTED))
def test_unit_record_policy(tenants, role):
    policy = UnitRecordPolicy()
    membership = tenants.roles()[role]
    own = FakeRecord(tenants.org.pk, tenants.unit.pk)
    other = FakeRecord(tenants.org.pk, tenants.other_unit.pk)
    got = (
        policy.can(membership, VIEW, own), policy.can(membership, ADD, None), policy.can(membership, CHANGE, own),
        policy.can(membership, DELETE, own), policy.can(membership, VIEW, other), policy.can(membership, CHANGE, other),
    )
    assert got == UNIT_RECORD_EXPECTED[role]


@pytest.mark.parametrize("role", list(UNIT_RECORD_EXPECTED))
@pytest.mark.parametrize("action", [VIEW, CHANGE, DELETE])
def test_unit_record_policy_querysets_agree_with_object_rules(tenants, role, action):
    """`restrict()` (lists) and `can()` (one object) give the same answer for every record."""
    policy = UnitRecordPolicy(unit_lookup="unit")
    membership = tenants.roles()[role]
    queryset = Membership.objects.filter(organisation=membership.organisation)
    visible = set(policy.restrict(queryset, membership, action).values_list("pk", flat=True))
    for record in queryset:
        assert (record.pk in visible) == policy.can(membership, action, record), (role, action, record)


def test_a_deputy_director_acts_on_the_units_in_charge(tenants):
    deputy = make_member(tenants.org, "pgd2", [Role.CHUYEN_VIEN], units_in_charge=[tenants.unit])
    policy = UnitRecordPolicy()
    assert policy.can(deputy, CHANGE, FakeRecord(tenants.org.pk, tenants.unit.pk))
    assert not policy.can(deputy, CHANGE, FakeRecord(tenants.org.pk, tenants.other_unit.pk))


def test_members_read_only_their_unit_when_the_organisation_says_so(tenants):
    tenants.org.members_read_all = False
    tenants.org.save()
    staff = Membership.objects.select_related("organisation").get(pk=tenants.staff.pk)
    policy = UnitRecordPolicy()
    assert policy.can(staff, VIEW, FakeRecord(tenants.org.pk, tenants.unit.pk))
    assert not policy.can(staff, VIEW, FakeRecord(tenants.org.pk, tenants.other_unit.pk))
    director = Membership.objects.select_related("organisation").get(pk=tenants.director.pk)
    assert policy.can(director, VIEW, FakeRecord(tenants.org.pk, tenants.other_unit.pk))


def test_clerks_manage_incoming_documents(tenants):
    policy = ClerkDocumentPolicy()
    record = FakeRecord(tenants.org.pk, tenants.unit.pk)
    assert policy.can(tenants.clerk, CHANGE, record) and policy.can(tenants.clerk, DELETE, record)
    assert not policy.can(tenants.foreign_director, VIEW, record)
    assert not UnitRecordPolicy().can(tenants.clerk, CHANGE, record)


def test_leader_write_policy(tenants):
    policy = LeaderWritePolicy()
    record = FakeRecord(tenants.org.pk, tenants.unit.pk)
    assert policy.can(tenants.office_chief, CHANGE, record)
    assert not policy.can(tenants.head, CHANGE, record)
    assert policy.can(tenants.head, VIEW, record)
    assert not policy.can(tenants.foreign_director, VIEW, record)


def test_inactive_members_may_do_nothing(tenants):
    tenants.admin.is_active = False
    assert not AdministrationPolicy().can(tenants.admin, VIEW, tenants.unit)
    assert not UnitRecordPolicy().can(tenants.admin, VIEW, None)
    assert not can(None, VIEW, tenants.unit)
    assert Unit.objects.restrict(None, VIEW).count() == 0
