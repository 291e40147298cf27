"""Tiêu chuẩn, chất lượng: conformity declarations, barcodes, the standards library, quality programmes."""
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from registers.choices import BarcodeAction, ConformityKind, ProgrammeKind

from .base import RegisterRecord, raise_errors


class ConformityDeclaration(RegisterRecord):
    """Hồ sơ công bố hợp chuẩn / hợp quy, acknowledged by a notice (Thông báo số …/TB-…)."""

    PERIOD_FIELD = "notice_date"
    SEARCH_FIELDS = ("notice_number", "product", "enterprise", "standard")

    kind = models.CharField(_("loại công bố"), max_length=20, choices=ConformityKind.choices,
                            default=ConformityKind.STANDARD)
    notice_number = models.CharField(_("số thông báo"), max_length=60, blank=True)
    notice_date = models.DateField(_("ngày thông báo / tiếp nhận"))
    enterprise = models.CharField(_("doanh nghiệp"), max_length=255, blank=True)
    product = models.CharField(_("sản phẩm, hàng hóa"), max_length=500)
    product_count = models.PositiveIntegerField(_("số sản phẩm"), default=1, validators=[MinValueValidator(1)])
    standard = models.CharField(_("tiêu chuẩn, quy chuẩn áp dụng"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("hồ sơ công bố hợp chuẩn, hợp quy")
        verbose_name_plural = _("công bố hợp chuẩn, hợp quy")
        ordering = ["-notice_date", "-id"]
        indexes = [models.Index(fields=["organisation", "notice_date"])]

    def __str__(self) -> str:
        return f"{self.notice_number or self.get_kind_display()} — {self.product}"[:200]


class BarcodeRegistration(RegisterRecord):
    """Mã số mã vạch: registrations and re-issues guided or forwarded for an enterprise."""

    PERIOD_FIELD = "handled_on"
    SEARCH_FIELDS = ("enterprise", "product")

    action = models.CharField(_("nội dung"), max_length=20, choices=BarcodeAction.choices, default=BarcodeAction.GUIDANCE)
    enterprise = models.CharField(_("tổ chức, cá nhân"), max_length=255)
    product = models.CharField(_("sản phẩm"), max_length=255, blank=True)
    handled_on = models.DateField(_("ngày xử lý"))

    class Meta:
        verbose_name = _("hồ sơ mã số mã vạch")
        verbose_name_plural = _("mã số mã vạch")
        ordering = ["-handled_on", "-id"]
        indexes = [models.Index(fields=["organisation", "handled_on"])]

    def __str__(self) -> str:
        return f"{self.get_action_display()} — {self.enterprise}"


class StandardsUpdate(RegisterRecord):
    """Cập nhật kho tiêu chuẩn quốc gia: how many were added and the library's total afterwards."""

    PERIOD_FIELD = "updated_on"
    SEARCH_FIELDS = ("description",)

    updated_on = models.DateField(_("ngày cập nhật"))
    added_count = models.PositiveIntegerField(_("số tiêu chuẩn bổ sung"))
    total_after = models.PositiveIntegerField(_("tổng số tiêu chuẩn trong kho sau cập nhật"))
    description = models.CharField(_("mô tả"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("lần cập nhật kho tiêu chuẩn")
        verbose_name_plural = _("kho tiêu chuẩn quốc gia")
        ordering = ["-updated_on", "-id"]
        indexes = [models.Index(fields=["organisation", "updated_on"])]

    def __str__(self) -> str:
        return f"+{self.added_count} tiêu chuẩn, tổng {self.total_after}"

    def clean(self):
        errors: dict = {}
        if self.added_count is not None and self.total_after is not None and self.added_count > self.total_after:
            errors["total_after"] = [_("Tổng số trong kho không thể nhỏ hơn số vừa bổ sung.")]
        raise_errors(errors)


class QualityProgramme(RegisterRecord):
    """Giải thưởng chất lượng, năng suất chất lượng, ISO 9001 trong cơ quan hành chính, truy xuất nguồn gốc."""

    PERIOD_FIELD = "held_on"
    SEARCH_FIELDS = ("title", "partner", "document")

    kind = models.CharField(_("chương trình"), max_length=20, choices=ProgrammeKind.choices)
    title = models.CharField(_("nội dung"), max_length=500)
    partner = models.CharField(_("đơn vị, doanh nghiệp"), max_length=255, blank=True)
    document = models.CharField(_("văn bản"), max_length=255, blank=True)
    held_on = models.DateField(_("ngày"))
    quantity = models.PositiveIntegerField(_("số lượng (đơn vị, doanh nghiệp)"), null=True, blank=True)

    class Meta:
        verbose_name = _("hoạt động năng suất, chất lượng")
        verbose_name_plural = _("năng suất, chất lượng, ISO")
        ordering = ["-held_on", "-id"]
        indexes = [models.Index(fields=["organisation", "held_on"])]

    def __str__(self) -> str:
        return self.title[:120]
