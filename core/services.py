"""Writes of the foundation."""
from django.contrib.auth import get_user_model
from django.db import transaction

from core.models import Membership


@transaction.atomic
def membership_save(
    *, membership: Membership, username: str, full_name: str, email: str = "", password: str | None = None,
    existing_user=None, units_in_charge=None,
) -> Membership:
    """Create or update a person's account and their membership in the organisation."""
    User = get_user_model()
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
