"""API tokens: they expire (`API_TOKEN_TTL_DAYS`), a password change revokes them, and their owner lists and
revokes them (screen `/tai-khoan/khoa-api/`, API `/api/auth/tokens/`).

One token per account (Django REST framework's `Token`): a script or an integration asks for it with the account's
username and password at `POST /api/auth/token/`; an expired token is replaced by a new one there.
"""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone
from rest_framework.authtoken.models import Token


def token_expires(token: Token) -> dt.datetime | None:
    days = getattr(settings, "API_TOKEN_TTL_DAYS", 30)
    return token.created + dt.timedelta(days=days) if days else None


def token_is_expired(token: Token, now: dt.datetime | None = None) -> bool:
    expires = token_expires(token)
    return expires is not None and expires <= (now or timezone.now())


def token_issue(*, user) -> Token:
    """The account's valid token, or a new one if it has none or it expired."""
    token = Token.objects.filter(user=user).first()
    if token is not None and token_is_expired(token):
        token.delete()
        token = None
    return token or Token.objects.create(user=user)


def token_public_id(token: Token) -> str:
    """How a token is named on the screen and in the API: its first 8 characters (the rest is never shown again)."""
    return token.key[:8]


def tokens_of(user) -> list[dict]:
    now = timezone.now()
    return [
        {"id": token_public_id(token), "created": token.created, "expires": token_expires(token),
         "expired": token_is_expired(token, now)}
        for token in Token.objects.filter(user=user)
    ]


def token_revoke(*, user, token_id: str | None = None) -> int:
    """Revoke the owner's token(s) (all of them, or the one with this public id); returns how many."""
    tokens = Token.objects.filter(user=user)
    if token_id is not None:
        tokens = tokens.filter(key__startswith=token_id) if len(token_id) >= 8 else tokens.none()
    count, _ = tokens.delete()
    return count


@receiver(pre_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="core.tokens.remember_password")
def _remember_password(sender, instance, update_fields=None, **kwargs):
    if instance.pk is None or (update_fields is not None and "password" not in update_fields):
        instance._password_changed = False
        return
    stored = sender._default_manager.filter(pk=instance.pk).values_list("password", flat=True).first()
    instance._password_changed = stored is not None and stored != instance.password


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="core.tokens.revoke_on_password_change")
def _revoke_on_password_change(sender, instance, created, **kwargs):
    """Every way a password changes (the form, the people screen, `changepassword`, the admin) revokes the tokens."""
    if not created and getattr(instance, "_password_changed", False):
        Token.objects.filter(user=instance).delete()
