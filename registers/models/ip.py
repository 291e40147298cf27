"""Sở hữu trí tuệ và đổi mới sáng tạo: marks and geographical indications, IP projects, initiatives, start-ups."""
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from registers.choices import InnovationKind, IPKind, IPSupport

from .base import RegisterRecord


class IPCase(RegisterRecord):
    """A trademark / collective or certification mark / geographical indication case guided or supported."""

    PERIOD_FIELD = "handled_on"
    SEARCH_FIELDS = ("enterprise", "subject", "transfer_party")

    kind = models.CharField(_("đối tượng"), max_length=30, choices=IPKind.choices, default=IPKind.TRADEMARK)
    support = models.CharField(_("hình thức hỗ trợ"), max_length=20, choices=IPSupport.choices, default=IPSupport.GUIDED)
    enterprise = models.CharField(_("tổ chức, cá nhân"), max_length=255)
    subject = models.CharField(_("tên nhãn hiệu, sản phẩm"), max_length=255, blank=True)
    handled_on = models.DateField(_("ngày"))
    is_transfer = models.BooleanField(_("chuyển nhượng đơn"), default=False)
    transfer_party = models.CharField(_("bên chuyển nhượng"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("hồ sơ sở hữu công nghiệp")
        verbose_name_plural = _("hướng dẫn, hỗ trợ sở hữu trí tuệ")
        ordering = ["-handled_on", "-id"]
        indexes = [models.Index(fields=["organisation", "handled_on"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.enterprise}"


class IPProject(RegisterRecord):
    """Dự án phát triển tài sản trí tuệ: building or managing a geographical indication or collective mark."""

    PERIOD_FIELD = "started_on"
    SEARCH_FIELDS = ("title", "partner", "product")

    kind = models.CharField(_("đối tượng"), max_length=30, choices=IPKind.choices, default=IPKind.GEOGRAPHICAL_INDICATION)
    title = models.CharField(_("tên dự án, nhiệm vụ"), max_length=500)
    product = models.CharField(_("sản phẩm"), max_length=255, blank=True)
    level = models.CharField(_("cấp quản lý"), max_length=100, blank=True, help_text=_("Quốc gia, tỉnh…"))
    partner = models.CharField(_("đơn vị phối hợp, chủ trì"), max_length=255, blank=True)
    started_on = models.DateField(_("ngày bắt đầu / ghi nhận"))
    progress = models.TextField(_("tình hình thực hiện"), blank=True)

    class Meta:
        verbose_name = _("dự án tài sản trí tuệ")
        verbose_name_plural = _("dự án tài sản trí tuệ, chỉ dẫn địa lý")
        ordering = ["-started_on", "-id"]
        indexes = [models.Index(fields=["organisation", "started_on"])]

    def __str__(self) -> str:
        return self.title[:120]


class Initiative(RegisterRecord):
    """Công nhận sáng kiến: one recognition decision (how many initiatives, how many authors)."""

    PERIOD_FIELD = "recognised_on"
    SEARCH_FIELDS = ("decision", "title")

    decision = models.CharField(_("quyết định công nhận"), max_length=255, blank=True)
    recognised_on = models.DateField(_("ngày công nhận"))
    level = models.CharField(_("cấp"), max_length=60, default="Cấp tỉnh")
    title = models.CharField(_("nội dung"), max_length=500, blank=True)
    initiative_count = models.PositiveIntegerField(_("số sáng kiến"), validators=[MinValueValidator(1)])
    person_count = models.PositiveIntegerField(_("số cá nhân"), default=0)

    class Meta:
        verbose_name = _("đợt công nhận sáng kiến")
        verbose_name_plural = _("công nhận sáng kiến")
        ordering = ["-recognised_on", "-id"]
        indexes = [models.Index(fields=["organisation", "recognised_on"])]

    def __str__(self) -> str:
        return f"{self.initiative_count} sáng kiến — {self.decision or self.title}"[:150]


class InnovationSupport(RegisterRecord):
    """Khởi nghiệp đổi mới sáng tạo, doanh nghiệp KH&CN, hỗ trợ doanh nghiệp: contests and support given."""

    PERIOD_FIELD = "held_on"
    SEARCH_FIELDS = ("title", "beneficiary")

    kind = models.CharField(_("loại hoạt động"), max_length=20, choices=InnovationKind.choices)
    title = models.CharField(_("nội dung"), max_length=500)
    beneficiary = models.CharField(_("đối tượng được hỗ trợ"), max_length=255, blank=True)
    held_on = models.DateField(_("ngày"))
    quantity = models.PositiveIntegerField(_("số lượng"), null=True, blank=True)

    class Meta:
        verbose_name = _("hoạt động khởi nghiệp, hỗ trợ doanh nghiệp")
        verbose_name_plural = _("khởi nghiệp ĐMST, doanh nghiệp KH&CN")
        ordering = ["-held_on", "-id"]
        indexes = [models.Index(fields=["organisation", "held_on"])]

    def __str__(self) -> str:
        return self.title[:120]
