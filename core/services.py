"""Writes of the foundation."""
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from core.models import Membership


@transaction.atomic
def membership_save(
    *, membership: Membership, username: str, full_name: str, email: str = "", password: str | None = None,
    existing_user=None, units_in_charge=None,
) -> Membership:
    """Create or update a person's account and their membership in the organisation."""
    User = get_user_model()
    previous_unit_id = (
        Membership.objects.filter(pk=membership.pk).values_list("unit_id", flat=True).first() if membership.pk else None
    )
    if membership.unit_id and membership.unit_id != previous_unit_id and not membership.unit.is_active_on(timezone.localdate()):
        raise ValidationError({"unit": "Đơn vị “%s” đã ngừng hoạt động; hãy chọn một đơn vị đang hoạt động." % membership.unit})
    user = membership.user if membership.user_id else (existing_user or User(username=username))
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
