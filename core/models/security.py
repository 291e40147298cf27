"""Login throttling counters, kept in the database so that every worker (and every server) sees the same count."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class LoginFailureCounter(models.Model):
    """Failed logins of one key within a window: `key` is a hash of (kind, account[, address]), never the raw
    username or address. Used when no shared cache (Redis) is configured (core/auth.py)."""

    key = models.CharField(_("khóa"), max_length=80, unique=True)
    failures = models.PositiveIntegerField(_("số lần sai"), default=0)
    window_started = models.DateTimeField(_("bắt đầu đếm"))

    class Meta:
        verbose_name = _("bộ đếm đăng nhập sai")
        verbose_name_plural = _("bộ đếm đăng nhập sai")

    def __str__(self) -> str:
        return f"{self.key[:12]}…: {self.failures}"
