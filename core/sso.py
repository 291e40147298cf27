"""Single sign-on through OpenID Connect (the province's shared login), when configured from the environment.

The provider's user is mapped to an *existing* account that has an active membership: by e-mail (only when the
provider does not say it is unverified), else by username (`preferred_username`). Nothing is ever created: no
account, no membership, no role — an unknown person gets a Vietnamese message and stays logged out. Superuser
accounts are never reached through single sign-on (they log in locally). Local accounts keep working.

Settings (docs/deploy.md, "Đăng nhập một lần"): OIDC_RP_CLIENT_ID, OIDC_RP_CLIENT_SECRET,
OIDC_OP_AUTHORIZATION_ENDPOINT, OIDC_OP_TOKEN_ENDPOINT, OIDC_OP_USER_ENDPOINT, OIDC_OP_JWKS_ENDPOINT,
OIDC_RP_SIGN_ALGO (RS256), OIDC_RP_SCOPES, SSO_PROVIDER_NAME (shown on the button).
"""
from __future__ import annotations

import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

logger = logging.getLogger(__name__)

UNKNOWN_MESSAGE = (
    "Tài khoản đăng nhập một lần “{who}” chưa được gán cho cán bộ nào trong hệ thống. Hãy liên hệ quản trị hệ thống "
    "của Sở để được thêm vào (hệ thống không tự tạo tài khoản hay vai trò)."
)
FAILED_MESSAGE = "Đăng nhập một lần không thành công. Vui lòng thử lại hoặc đăng nhập bằng tài khoản của hệ thống."
REQUIRED = ("OIDC_RP_CLIENT_ID", "OIDC_OP_AUTHORIZATION_ENDPOINT", "OIDC_OP_TOKEN_ENDPOINT", "OIDC_OP_USER_ENDPOINT")


def sso_enabled() -> bool:
    return all(getattr(settings, name, "") for name in REQUIRED)


def sso_label() -> str:
    return getattr(settings, "SSO_PROVIDER_NAME", "")


class SsoBackend(OIDCAuthenticationBackend):
    """Maps the provider's claims to an existing member; never creates anything. Inert until configured."""

    def __init__(self, *args, **kwargs):
        if sso_enabled():
            super().__init__(*args, **kwargs)
        else:
            self.UserModel = get_user_model()

    def authenticate(self, request, **kwargs):
        if not sso_enabled() or "nonce" not in kwargs:
            return None  # a password login: not ours
        return super().authenticate(request, **kwargs)

    def verify_claims(self, claims):
        return bool(claims.get("email") or claims.get("preferred_username"))

    def filter_users_by_claims(self, claims):
        members = get_user_model().objects.filter(
            is_active=True, is_superuser=False, memberships__is_active=True).distinct()
        email = (claims.get("email") or "").strip()
        if email and claims.get("email_verified", True) is not False:
            by_email = members.filter(email__iexact=email)
            if by_email.exists():
                return by_email
        username = (claims.get("preferred_username") or "").strip()
        if username:
            by_username = members.filter(username__iexact=username)
            if by_username.exists():
                return by_username
        if self.request is not None:
            self.request.sso_unknown = email or username
        return members.none()

    def create_user(self, claims):  # pragma: no cover - OIDC_CREATE_USER is False; belt and braces
        return None

    def update_user(self, user, claims):
        return user  # the account is the organisation's: the provider does not rewrite it

class SsoStartView(OIDCAuthenticationRequestView):
    pass


class SsoCallbackView(OIDCAuthenticationCallbackView):
    def login_failure(self):
        who = getattr(self.request, "sso_unknown", "")
        if who:
            messages.error(self.request, UNKNOWN_MESSAGE.format(who=who))
        else:
            messages.error(self.request, FAILED_MESSAGE)
        return HttpResponseRedirect(reverse("login"))


def sso_start(request):
    if not sso_enabled():
        raise Http404
    return SsoStartView.as_view()(request)


def sso_callback(request):
    if not sso_enabled():
        raise Http404
    return SsoCallbackView.as_view()(request)
