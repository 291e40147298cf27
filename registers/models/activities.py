"""Hoạt động của đơn vị: work without a register of its own (news, TV programmes, courses, service output)."""
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from registers.choices import ActivityKind, ReportSection

from .base import NON_NEGATIVE, RegisterRecord, check_order, raise_errors


class UnitActivity(RegisterRecord):
    """One line of a unit's activity: "giống nấm 2.050/4.000 kg", "02 chuyên mục KH&CN trên Đài PT-TH"."""

    PERIOD_FIELD = "held_on"
    SEARCH_FIELDS = ("text", "measure_unit")

    kind = models.CharField(_("loại hoạt động"), max_length=20, choices=ActivityKind.choices, default=ActivityKind.OTHER)
    section = models.CharField(_("mục báo cáo"), max_length=20, choices=ReportSection.choices, default=ReportSection.OTHER)
    held_on = models.DateField(_("ngày / từ ngày"))
    held_until = models.DateField(_("đến ngày"), null=True, blank=True)
    text = models.TextField(_("nội dung"))
    quantity = models.DecimalField(_("số lượng"), max_digits=14, decimal_places=2, null=True, blank=True,
                                   validators=[MinValueValidator(0, NON_NEGATIVE)])
    measure_unit = models.CharField(_("đơn vị tính"), max_length=40, blank=True)
    target = models.DecimalField(_("kế hoạch"), max_digits=14, decimal_places=2, null=True, blank=True,
                                 validators=[MinValueValidator(0, NON_NEGATIVE)])

    class Meta:
        verbose_name = _("hoạt động của đơn vị")
        verbose_name_plural = _("hoạt động của đơn vị")
        ordering = ["-held_on", "-id"]
        indexes = [models.Index(fields=["organisation", "held_on"])]

    def __str__(self) -> str:
        return self.text[:120]

    def clean(self):
        errors: dict = {}
        check_order(errors, self.held_on, self.held_until, "held_until", _("Ngày kết thúc không thể trước ngày bắt đầu."))
        for name in ("quantity", "target"):
            value = getattr(self, name)
            if value is not None and value < 0:
                errors.setdefault(name, []).append(_("Không được là số âm."))
        raise_errors(errors)
