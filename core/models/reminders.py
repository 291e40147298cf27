"""What the reminder e-mails already said: one row per unit, day and item (send_reminders never repeats itself)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReminderLog(models.Model):
    """One item of a unit's reminder digest, sent on `day` to `recipients`."""

    organisation = models.ForeignKey("core.Organisation", on_delete=models.CASCADE, verbose_name=_("tổ chức"))
    unit = models.ForeignKey("core.Unit", on_delete=models.CASCADE, related_name="+", verbose_name=_("đơn vị"))
    day = models.DateField(_("ngày nhắc"), db_index=True)
    item_key = models.CharField(_("mục nhắc"), max_length=300)
    recipients = models.CharField(_("gửi đến"), max_length=500, blank=True)
    sent_at = models.DateTimeField(_("gửi lúc"), auto_now_add=True)

    class Meta:
        verbose_name = _("thư nhắc việc đã gửi")
        verbose_name_plural = _("thư nhắc việc đã gửi")
        ordering = ["-day", "unit_id", "item_key"]
        constraints = [models.UniqueConstraint(fields=["unit", "day", "item_key"], name="reminder_once_a_day")]

    def __str__(self) -> str:
        return f"{self.unit} · {self.day:%d/%m/%Y} · {self.item_key}"
