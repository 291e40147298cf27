"""One permission mechanism for screens, API, importers and commands.

Every domain model is read through `Model.objects.restrict(membership, action)` and every single object
is checked with `can(membership, action, obj)`. Both first isolate the tenant (the membership's
organisation), then apply the model's `access_policy`. A model chooses its policy with a class
attribute; the default is `UnitRecordPolicy`.

Default rules (issue 1):
- everyone of an organisation reads its records (an organisation can switch this off: staff then read
  only their unit's records);
- leaders (Giám đốc, Phó Giám đốc, Chánh Văn phòng) read and edit everything of their organisation;
- unit heads and staff add and edit the records of their own unit (a deputy director also of the units
  in charge); only unit heads and leaders delete;
- Văn thư manage incoming documents (`ClerkDocumentPolicy`);
- Quản trị hệ thống manage units and people (`AdministrationPolicy`).
"""
from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from core.choices import Role

VIEW, ADD, CHANGE, DELETE = "view", "add", "change", "delete"
ACTIONS = (VIEW, ADD, CHANGE, DELETE)
WRITE_ACTIONS = (ADD, CHANGE, DELETE)

# Domain actions beyond CRUD, named by the services that perform them (e.g. "report_progress", "request_extension",
# "change_deadline", "cancel", "approve"). A policy decides them: by default a domain action needs CHANGE, except the
# policy's `leader_actions`, which need a leader (or whoever `decides(membership, obj)` also accepts, e.g. the
# record's assigner). Every service starts with `require(actor, action, obj)`: this is the one write gate.


class AccessPolicy:
    """Answers "may this membership do this action on this object (or on this kind of object)?"."""

    def can(self, membership, action: str, obj=None) -> bool:  # pragma: no cover - interface
        raise NotImplementedError

    def restrict(self, queryset: QuerySet, membership, action: str) -> QuerySet:  # pragma: no cover
        raise NotImplementedError

    @staticmethod
    def _reads_all(membership) -> bool:
        return membership.is_leader or membership.organisation.members_read_all


class UnitRecordPolicy(AccessPolicy):
    """Records owned by a unit: `unit_lookup` is the queryset path to the owning unit."""

    writer_roles = (Role.TRUONG_DON_VI, Role.CHUYEN_VIEN)
    all_writer_roles: tuple[str, ...] = ()

    def __init__(self, unit_lookup: str | None = "unit", all_writer_roles: tuple[str, ...] = (),
                 leader_actions: tuple[str, ...] = ()):
        self.unit_lookup = unit_lookup
        self.all_writer_roles = all_writer_roles
        self.leader_actions = frozenset(leader_actions)

    def decides(self, membership, obj) -> bool:
        """Besides leaders, who may take this record's `leader_actions` (override: e.g. the assigner)."""
        return False

    def can(self, membership, action, obj=None) -> bool:
        if membership is None or not membership.is_active:
            return False
        if obj is not None and getattr(obj, "organisation_id", membership.organisation_id) != membership.organisation_id:
            return False
        if membership.is_leader:
            return True
        if action in self.leader_actions:
            return obj is not None and self.decides(membership, obj)
        if action not in ACTIONS:
            action = CHANGE
        if action == VIEW:
            return self._reads_all(membership) or obj is None or self._owns(membership, obj)
        if membership.has_role(*self.all_writer_roles):
            return True
        if not membership.has_role(*self.writer_roles):
            return False
        if action == DELETE and not membership.is_unit_head:
            return False
        return obj is None or self._owns(membership, obj)

    def restrict(self, queryset, membership, action):
        if membership.is_leader:
            return queryset
        if action in self.leader_actions:
            return queryset.none()
        if action not in ACTIONS:
            action = CHANGE
        if action == VIEW and self._reads_all(membership):
            return queryset
        if action != VIEW:
            if membership.has_role(*self.all_writer_roles):
                return queryset
            if not membership.has_role(*self.writer_roles) or (action == DELETE and not membership.is_unit_head):
                return queryset.none()
        if not self.unit_lookup:
            return queryset.none()
        return queryset.filter(**{f"{self.unit_lookup}__in": membership.scope_unit_ids()})

    @staticmethod
    def _owns(membership, obj) -> bool:
        return bool(obj.owner_unit_ids() & membership.scope_unit_ids())


class ClerkDocumentPolicy(UnitRecordPolicy):
    """Incoming documents: Văn thư manage all of them, besides the unit rules."""

    def __init__(self, unit_lookup: str | None = "unit"):
        super().__init__(unit_lookup=unit_lookup, all_writer_roles=(Role.VAN_THU,))


class AdministrationPolicy(AccessPolicy):
    """Units and people: everyone of the organisation reads them; Quản trị hệ thống write them."""

    def can(self, membership, action, obj=None) -> bool:
        if membership is None or not membership.is_active:
            return False
        if obj is not None and getattr(obj, "organisation_id", membership.organisation_id) != membership.organisation_id:
            return False
        return action == VIEW or membership.is_admin

    def restrict(self, queryset, membership, action):
        return queryset if action == VIEW or membership.is_admin else queryset.none()


def acts_as_superuser(membership) -> bool:
    """Superusers and the system actor (commands, jobs) manage accounts across organisations."""
    if isinstance(membership, SystemMembership):
        return True
    return bool(getattr(getattr(membership, "user", None), "is_superuser", False))


class MembershipPolicy(AdministrationPolicy):
    """People: as `AdministrationPolicy`, and a superuser's membership is written only by a superuser (or the
    command line); nobody deletes their own membership. Which fields one may change (own roles, accounts shared
    with another organisation) is decided by `core.services.membership_save`."""

    def can(self, membership, action, obj=None) -> bool:
        if not super().can(membership, action, obj):
            return False
        if action == VIEW or obj is None or acts_as_superuser(membership):
            return True
        if obj.user_id and obj.user.is_superuser:
            return False
        return not (action == DELETE and obj.user_id == getattr(membership, "user_id", None))

    def restrict(self, queryset, membership, action):
        queryset = super().restrict(queryset, membership, action)
        if action == VIEW or acts_as_superuser(membership):
            return queryset
        queryset = queryset.exclude(user__is_superuser=True)
        if action == DELETE:
            queryset = queryset.exclude(user_id=membership.user_id)
        return queryset


class LeaderWritePolicy(AccessPolicy):
    """Organisation-wide records (reports, configuration): everyone reads, leaders write."""

    def can(self, membership, action, obj=None) -> bool:
        if membership is None or not membership.is_active:
            return False
        if obj is not None and getattr(obj, "organisation_id", membership.organisation_id) != membership.organisation_id:
            return False
        return action == VIEW or membership.is_leader

    def restrict(self, queryset, membership, action):
        return queryset if action == VIEW or membership.is_leader else queryset.none()


DEFAULT_POLICY = UnitRecordPolicy()


def policy_for(model) -> AccessPolicy:
    return getattr(model, "access_policy", None) or DEFAULT_POLICY


def can(membership, action: str, obj_or_model) -> bool:
    """`obj_or_model` is an instance (object rules) or a model class (may add/list at all)."""
    if isinstance(obj_or_model, type):
        return policy_for(obj_or_model).can(membership, action, None)
    return policy_for(type(obj_or_model)).can(membership, action, obj_or_model)


def require(membership, action: str, obj_or_model) -> None:
    """The write gate: every service calls it first, with its actor (a Membership or the system actor)."""
    if not can(membership, action, obj_or_model):
        raise PermissionDenied(FORBIDDEN_MESSAGE)


FORBIDDEN_MESSAGE = "Bạn không có quyền thực hiện thao tác này."


def memberships_of(user):
    from core.models import Membership

    if not getattr(user, "is_authenticated", False):
        return Membership.objects.none()
    return (
        Membership.objects.filter(user=user, is_active=True)
        .select_related("organisation", "unit", "user")
        .order_by("organisation__name")
    )


def resolve_membership(user, organisation_code: str | None = None, organisation_id: int | None = None):
    """The user's membership in the chosen organisation, or in their first one; None if they have none."""
    memberships = memberships_of(user)
    if organisation_code:
        memberships = memberships.filter(organisation__code=organisation_code)
    elif organisation_id:
        chosen = memberships.filter(organisation_id=organisation_id).first()
        if chosen is not None:
            return chosen
    return memberships.first()


class SystemMembership:
    """The actor of management commands and background jobs: a leader of one organisation, with no user."""

    is_active = True
    is_leader = is_director = is_admin = True
    is_unit_head = is_clerk = False
    unit = None
    unit_id = None
    user = None
    pk = None
    roles: list[str] = []

    def __init__(self, organisation):
        self.organisation = organisation
        self.organisation_id = organisation.pk

    def has_role(self, *roles) -> bool:
        return False

    def scope_unit_ids(self) -> set[int]:
        return set()

    def __str__(self) -> str:
        return "Hệ thống"


def system_membership(organisation) -> SystemMembership:
    return SystemMembership(organisation)
