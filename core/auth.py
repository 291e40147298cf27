"""Login throttling in a store every worker shares, per account *and* address.

- `LOGIN_MAX_FAILURES` (default 5) wrong passwords for one account from one address lock that pair for
  `LOGIN_LOCKOUT_SECONDS` (default 900). Failures with made-up usernames never lock the real users behind the same
  address (an office behind one NAT), and a real user's colleagues are not locked by their mistakes.
- `LOGIN_MAX_FAILURES_PER_ACCOUNT` (default 100) failures for one account from any addresses lock the account
  itself for the same time: a slow, distributed guess is stopped too.
- The counters live in the database (`core.LoginFailureCounter`) — shared by every gunicorn worker and server —
  or in the Redis cache when `REDIS_URL` is set (`LOGIN_THROTTLE_CACHE`, the cache alias to use).
- The visitor's address is `REMOTE_ADDR`, or the header `LOGIN_CLIENT_IP_HEADER` (e.g. HTTP_X_REAL_IP) *only when
  the request comes from one of `LOGIN_TRUSTED_PROXIES`* (default 127.0.0.1 and ::1: nginx on the same machine);
  anyone else could forge the header to get fresh counters.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

LOCKED_MESSAGE = "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút."


def _trusted(address: str) -> bool:
    for proxy in getattr(settings, "LOGIN_TRUSTED_PROXIES", ["127.0.0.1", "::1"]):
        try:
            if ipaddress.ip_address(address) in ipaddress.ip_network(proxy, strict=False):
                return True
        except ValueError:
            continue
    return False


def client_address(request) -> str:
    if request is None:
        return ""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    header = getattr(settings, "LOGIN_CLIENT_IP_HEADER", "")
    if not header or not _trusted(remote):
        return remote
    # X-Forwarded-For: the right-most address that is not one of our proxies is the visitor's (the ones left of it
    # were written by the visitor and may be forged); X-Real-IP: one address.
    for candidate in reversed([part.strip() for part in request.META.get(header, "").split(",") if part.strip()]):
        if not _trusted(candidate):
            return candidate
    return remote


def _key(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _limits(request, username) -> list[tuple[str, int]]:
    account = (username or "").strip().lower()
    return [
        (_key("pair", account, client_address(request)), settings.LOGIN_MAX_FAILURES),
        (_key("account", account), getattr(settings, "LOGIN_MAX_FAILURES_PER_ACCOUNT", 100)),
    ]


def _window() -> dt.timedelta:
    return dt.timedelta(seconds=settings.LOGIN_LOCKOUT_SECONDS)


class DatabaseStore:
    """Counters in `core.LoginFailureCounter`: one row per key, atomic increments."""

    def failures(self, key: str) -> int:
        from core.models import LoginFailureCounter

        row = LoginFailureCounter.objects.filter(key=key).values("failures", "window_started").first()
        if row is None or row["window_started"] + _window() <= timezone.now():
            return 0
        return row["failures"]

    def add_failure(self, key: str) -> None:
        from core.models import LoginFailureCounter

        now = timezone.now()
        with transaction.atomic():
            LoginFailureCounter.objects.filter(window_started__lte=now - _window()).delete()  # expired windows
            updated = LoginFailureCounter.objects.filter(key=key).update(failures=F("failures") + 1)
            if not updated:
                try:
                    with transaction.atomic():
                        LoginFailureCounter.objects.create(key=key, failures=1, window_started=now)
                except IntegrityError:  # another worker created it in between
                    LoginFailureCounter.objects.filter(key=key).update(failures=F("failures") + 1)

    def reset(self, key: str) -> None:
        from core.models import LoginFailureCounter

        LoginFailureCounter.objects.filter(key=key).delete()


class CacheStore:
    """Counters in a shared cache (Redis): `incr` is atomic there."""

    def __init__(self, alias: str):
        from django.core.cache import caches

        self.cache = caches[alias]

    def failures(self, key: str) -> int:
        return self.cache.get(f"login-fail:{key}", 0)

    def add_failure(self, key: str) -> None:
        name = f"login-fail:{key}"
        self.cache.add(name, 0, settings.LOGIN_LOCKOUT_SECONDS)
        try:
            self.cache.incr(name)
        except ValueError:  # expired between add and incr
            self.cache.set(name, 1, settings.LOGIN_LOCKOUT_SECONDS)

    def reset(self, key: str) -> None:
        self.cache.delete(f"login-fail:{key}")


def store():
    alias = getattr(settings, "LOGIN_THROTTLE_CACHE", "")
    return CacheStore(alias) if alias else DatabaseStore()


def is_locked(request, username) -> bool:
    counters = store()
    return any(counters.failures(key) >= limit for key, limit in _limits(request, username))


def record_failure(request, username) -> None:
    counters = store()
    for key, _limit in _limits(request, username):
        counters.add_failure(key)


def record_success(request, username) -> None:
    store().reset(_limits(request, username)[0][0])


def locked_message() -> str:
    return LOCKED_MESSAGE.format(minutes=max(1, settings.LOGIN_LOCKOUT_SECONDS // 60))


class ThrottledModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None  # not a username/password login (e.g. single sign-on): another backend's
        if is_locked(request, username):
            raise PermissionDenied(locked_message())
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            record_failure(request, username)
        else:
            record_success(request, username)
        return user
