"""Secret addresses of the iCalendar feeds (a person's deadlines, a unit's deadlines): core/calendar.py."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class CalendarFeed(models.Model):
    """The token behind `/lich/<token>.ics`: for one membership (its person's tasks) or one unit (its tasks)."""

    organisation = models.ForeignKey("core.Organisation", on_delete=models.CASCADE, verbose_name=_("tổ chức"))
    membership = models.OneToOneField("core.Membership", on_delete=models.CASCADE, null=True, blank=True,
                                      related_name="calendar_feed", verbose_name=_("cán bộ"))
    unit = models.OneToOneField("core.Unit", on_delete=models.CASCADE, null=True, blank=True,
                                related_name="calendar_feed", verbose_name=_("đơn vị"))
    token = models.CharField(_("mã bí mật"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now=True)

    class Meta:
        verbose_name = _("lịch hạn xử lý")
        verbose_name_plural = _("lịch hạn xử lý")
        ordering = ["organisation_id", "id"]
        constraints = [models.CheckConstraint(
            condition=models.Q(membership__isnull=False, unit__isnull=True)
            | models.Q(membership__isnull=True, unit__isnull=False),
            name="calendar_feed_of_a_person_or_a_unit")]

    def __str__(self) -> str:
        return f"Lịch của {self.membership or self.unit}"
