"""Login throttling: too many failed attempts for a username or an address lock it out for a while."""
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.core.exceptions import PermissionDenied

LOCKED_MESSAGE = "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {minutes} phút."


def _keys(request, username):
    address = request.META.get("REMOTE_ADDR", "") if request is not None else ""
    return [f"login-fail:user:{(username or '').lower()}", f"login-fail:addr:{address}"]


class ThrottledModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        keys = _keys(request, username)
        if any(cache.get(key, 0) >= settings.LOGIN_MAX_FAILURES for key in keys):
            raise PermissionDenied(LOCKED_MESSAGE.format(minutes=settings.LOGIN_LOCKOUT_SECONDS // 60))
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            for key in keys:
                cache.add(key, 0, settings.LOGIN_LOCKOUT_SECONDS)
                cache.incr(key)
        else:
            cache.delete_many(keys)
        return user
