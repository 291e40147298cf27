"""Writes of the foundation."""
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from core.models import Membership, Unit
from core.models.events import record_event
from core.permissions import ADD, CHANGE, acts_as_superuser, require

# Finding 1 of issue 10: an account that exists already (another organisation's, or a superuser's) is never
# rewritten by an organisation's administrator. We refuse rather than link: linking would let one organisation's
# administrator attach someone else's account to their organisation without that person or their organisation
# agreeing. A superuser (or `manage.py`) links the existing account, leaving its password, name and e-mail as they are.
ACCOUNT_EXISTS_MESSAGE = (
    "Tên đăng nhập này đã được dùng cho một tài khoản khác trong hệ thống. Hãy chọn tên đăng nhập khác; nếu đúng "
    "là người này (ví dụ khi sáp nhập tổ chức), đề nghị quản trị viên toàn hệ thống gán tài khoản vào tổ chức."
)
SHARED_ACCOUNT_MESSAGE = (
    "Tài khoản này còn thuộc tổ chức khác (hoặc là tài khoản quản trị toàn hệ thống): chỉ quản trị viên toàn hệ "
    "thống được đổi tên đăng nhập, họ tên, thư điện tử hoặc mật khẩu của tài khoản."
)
OWN_ROLES_MESSAGE = (
    "Bạn không thể tự thay đổi vai trò, đơn vị phụ trách hoặc trạng thái công tác của chính mình; "
    "hãy đề nghị một quản trị viên khác."
)


def account_editable_by(actor, user, organisation) -> bool:
    """May `actor` change the login account itself (username, name, e-mail, password)?"""
    if acts_as_superuser(actor):
        return True
    if user is None or user.pk is None:
        return True
    if user.is_superuser:
        return False
    return not Membership.objects.filter(user=user).exclude(organisation=organisation).exists()


def is_own_membership(actor, membership) -> bool:
    user_id = getattr(actor, "user_id", None) or getattr(getattr(actor, "user", None), "pk", None)
    return bool(membership.pk and user_id and membership.user_id == user_id)


@transaction.atomic
def membership_save(
    *, actor, membership: Membership, username: str, full_name: str, email: str = "", password: str | None = None,
    units_in_charge=None,
) -> Membership:
    """Create or update a person's membership in the actor's organisation, and their account when it is theirs.

    - an account that already exists is linked only by a superuser, and left untouched;
    - an account that also belongs to another organisation, or a superuser's, is changed only by a superuser;
    - nobody changes their own roles, units in charge or active flag.
    """
    User = get_user_model()
    require(actor, CHANGE if membership.pk else ADD, membership)
    stored = Membership.objects.filter(pk=membership.pk).first() if membership.pk else None
    if stored is not None and stored.organisation_id != membership.organisation_id:
        raise ValidationError("Không thể chuyển cán bộ sang tổ chức khác.")
    previous_unit_id = stored.unit_id if stored else None
    if membership.unit_id and membership.unit_id != previous_unit_id and not membership.unit.is_active_on(timezone.localdate()):
        raise ValidationError({"unit": "Đơn vị “%s” đã ngừng hoạt động; hãy chọn một đơn vị đang hoạt động." % membership.unit})

    if stored is not None and is_own_membership(actor, stored):
        own_units = set(stored.units_in_charge.values_list("pk", flat=True))
        new_units = own_units if units_in_charge is None else {getattr(u, "pk", u) for u in units_in_charge}
        if sorted(stored.roles or []) != sorted(membership.roles or []) or stored.is_active != membership.is_active \
                or own_units != new_units:
            raise ValidationError({"roles": OWN_ROLES_MESSAGE})

    username = (username or "").strip()
    others = User.objects.filter(username__iexact=username)
    if stored is not None:
        user = stored.user
        others = others.exclude(pk=user.pk)
        if others.exists():
            raise ValidationError({"username": "Tên đăng nhập này đã được dùng cho một tài khoản khác."})
        changes = (username != user.username or full_name != user.full_name or (email or user.email) != user.email
                   or bool(password))
        if changes and not account_editable_by(actor, user, membership.organisation):
            raise ValidationError({"username": SHARED_ACCOUNT_MESSAGE})
        write_account = changes
    else:
        existing = others.first()
        if existing is not None:
            if Membership.objects.filter(user=existing, organisation=membership.organisation).exists():
                raise ValidationError({"username": "Tên đăng nhập này đã có trong tổ chức."})
            if not acts_as_superuser(actor):
                raise ValidationError({"username": ACCOUNT_EXISTS_MESSAGE})
            user, write_account = existing, False  # linked as it is
        else:
            user, write_account = User(username=username), True

    if write_account:
        user.username = username
        user.full_name = full_name
        user.email = email or user.email
        if password:
            user.set_password(password)
        elif not user.pk:
            user.set_unusable_password()
        user.save()
    membership.user = user
    membership.full_clean(exclude=["search_text"])
    membership.save()
    if units_in_charge is not None:
        membership.units_in_charge.set(units_in_charge)
    return membership


UNIT_CREATED = "UNIT_CREATED"
UNIT_UPDATED = "UNIT_UPDATED"
UNIT_CODE_TAKEN_MESSAGE = "Mã đơn vị này đã được dùng trong tổ chức."
UNIT_FIELDS = (
    "code", "name", "short_name", "abbreviation", "aliases", "kind", "parent", "display_order", "email",
    "valid_from", "valid_to", "superseded_by",
)


@transaction.atomic
def unit_save(*, actor, unit: Unit) -> Unit:
    """Validate and save a new or changed unit of the actor's organisation; write a domain event.

    The gate runs before any write: on the stored unit (who may change it now) and on the unit as it will be.
    Screens, the API and the spreadsheet import all come here; `core.deletion.object_delete` deletes."""
    created = unit.pk is None
    if created:
        if unit.organisation_id is None:
            unit.organisation = actor.organisation
        require(actor, ADD, unit)
    else:
        stored = Unit._base_manager.select_for_update(of=("self",)).filter(pk=unit.pk).first()
        if stored is None:
            raise ValidationError("Đơn vị không còn tồn tại.")
        require(actor, CHANGE, stored)
        if stored.organisation_id != unit.organisation_id:
            raise ValidationError("Không thể chuyển đơn vị sang tổ chức khác.")
        require(actor, CHANGE, unit)
    unit.code = (unit.code or "").strip()
    duplicates = Unit._base_manager.filter(organisation_id=unit.organisation_id, code=unit.code)
    if not created:
        duplicates = duplicates.exclude(pk=unit.pk)
    if unit.code and duplicates.exists():
        raise ValidationError({"code": UNIT_CODE_TAKEN_MESSAGE})
    unit.full_clean(exclude=["search_text"], validate_constraints=False)
    unit.save()
    record_event(organisation=unit.organisation, kind=UNIT_CREATED if created else UNIT_UPDATED, subject=unit,
                 actor=getattr(actor, "user", None), code=unit.code, label=str(unit)[:200])
    return unit


def _unit_fields(fields: dict) -> dict:
    unknown = set(fields) - set(UNIT_FIELDS)
    if unknown:
        raise ValidationError("Trường không hợp lệ cho đơn vị: %s." % ", ".join(sorted(unknown)))
    return fields


def unit_create(*, actor, **fields) -> Unit:
    return unit_save(actor=actor, unit=Unit(organisation=actor.organisation, **_unit_fields(fields)))


@transaction.atomic
def unit_update(*, actor, unit: Unit, **fields) -> Unit:
    require(actor, CHANGE, unit)  # before anything of the unit is touched
    for name, value in _unit_fields(fields).items():
        setattr(unit, name, value)
    return unit_save(actor=actor, unit=unit)
