"""Login throttling: too many failed attempts for one username (or from one address) lock it out for a while.

Limits: `LOGIN_MAX_FAILURES` per username (default 5) and `LOGIN_MAX_FAILURES_PER_ADDRESS` per client address
(default 50: behind one NAT a whole office shares an address), for `LOGIN_LOCKOUT_SECONDS`. Behind a reverse proxy
set `LOGIN_CLIENT_IP_HEADER` (e.g. HTTP_X_REAL_IP, which docs/deploy.md's nginx sets), or every visitor would
share the proxy's address.
"""
import hashlib

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.core.exceptions import PermissionDenied

LOCKED_MESSAGE = "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút."


def client_address(request) -> str:
    if request is None:
        return ""
    header = getattr(settings, "LOGIN_CLIENT_IP_HEADER", "")
    value = request.META.get(header, "") if header else ""
    return (value.split(",")[0].strip() if value else "") or request.META.get("REMOTE_ADDR", "")


def _limits(request, username) -> list[tuple[str, int]]:
    """(cache key, limit) pairs; keys are hashed so that any username is a valid cache key."""
    user_key = hashlib.sha256((username or "").strip().lower().encode()).hexdigest()[:32]
    address_key = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    return [
        (f"login-fail:user:{user_key}", settings.LOGIN_MAX_FAILURES),
        (f"login-fail:addr:{address_key}", getattr(settings, "LOGIN_MAX_FAILURES_PER_ADDRESS", 50)),
    ]


def is_locked(request, username) -> bool:
    return any(cache.get(key, 0) >= limit for key, limit in _limits(request, username))


def locked_message() -> str:
    return LOCKED_MESSAGE.format(minutes=max(1, settings.LOGIN_LOCKOUT_SECONDS // 60))


class ThrottledModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if is_locked(request, username):
            raise PermissionDenied(locked_message())
        user = super().authenticate(request, username=username, password=password, **kwargs)
        limits = _limits(request, username)
        if user is None:
            for key, _limit in limits:
                cache.add(key, 0, settings.LOGIN_LOCKOUT_SECONDS)
                try:
                    cache.incr(key)
                except ValueError:  # expired between add and incr
                    cache.set(key, 1, settings.LOGIN_LOCKOUT_SECONDS)
        else:
            cache.delete(limits[0][0])
        return user
