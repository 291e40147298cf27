"""Đo lường: verification and calibration of measuring instruments, test samples, state checks."""
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from registers.choices import CheckDomain, InstrumentType, SampleKind, VerificationActivity

from .base import RegisterRecord, check_counts, check_order, raise_errors


class VerificationRecord(RegisterRecord):
    """Kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo: one batch of one instrument type for one customer."""

    PERIOD_FIELD = "performed_on"
    SEARCH_FIELDS = ("facility", "description")

    performed_on = models.DateField(_("ngày thực hiện"))
    activity = models.CharField(_("hoạt động"), max_length=20, choices=VerificationActivity.choices,
                                default=VerificationActivity.VERIFICATION)
    instrument_type = models.CharField(_("loại phương tiện đo"), max_length=30, choices=InstrumentType.choices)
    facility = models.CharField(_("cơ sở, khách hàng"), max_length=255)
    quantity = models.PositiveIntegerField(_("số lượng"), validators=[MinValueValidator(1)])
    passed = models.PositiveIntegerField(_("số đạt"), null=True, blank=True)
    failed = models.PositiveIntegerField(_("số không đạt"), null=True, blank=True)
    description = models.CharField(_("mô tả"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("kết quả kiểm định phương tiện đo")
        verbose_name_plural = _("kiểm định, hiệu chuẩn phương tiện đo")
        ordering = ["-performed_on", "-id"]
        indexes = [models.Index(fields=["organisation", "performed_on"])]

    def __str__(self) -> str:
        return f"{self.get_instrument_type_display()} × {self.quantity} — {self.facility}"

    def clean(self):
        errors: dict = {}
        check_counts(errors, self.quantity, self.passed, self.failed)
        raise_errors(errors)


class TestSample(RegisterRecord):
    """Mẫu thử nghiệm: samples of one kind taken or received for one customer."""

    PERIOD_FIELD = "received_on"
    SEARCH_FIELDS = ("customer", "description")

    received_on = models.DateField(_("ngày nhận mẫu"))
    kind = models.CharField(_("loại mẫu"), max_length=20, choices=SampleKind.choices)
    customer = models.CharField(_("khách hàng"), max_length=255, blank=True)
    quantity = models.PositiveIntegerField(_("số mẫu"), validators=[MinValueValidator(1)])
    passed = models.PositiveIntegerField(_("số mẫu đạt"), null=True, blank=True)
    failed = models.PositiveIntegerField(_("số mẫu không đạt"), null=True, blank=True)
    description = models.CharField(_("mô tả"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("mẫu thử nghiệm")
        verbose_name_plural = _("mẫu thử nghiệm")
        ordering = ["-received_on", "-id"]
        indexes = [models.Index(fields=["organisation", "received_on"])]

    def __str__(self) -> str:
        return f"{self.quantity} mẫu {self.get_kind_display().lower()}"

    def clean(self):
        errors: dict = {}
        check_counts(errors, self.quantity, self.passed, self.failed)
        raise_errors(errors)


class ComplianceCheck(RegisterRecord):
    """Kiểm tra nhà nước (đo lường, chất lượng, nhãn hàng hóa, an toàn bức xạ): one check campaign."""

    PERIOD_FIELD = "started_on"
    SEARCH_FIELDS = ("topic", "decision", "partner", "result")

    domain = models.CharField(_("lĩnh vực"), max_length=20, choices=CheckDomain.choices)
    topic = models.CharField(_("nội dung kiểm tra"), max_length=500)
    decision = models.CharField(_("quyết định, kế hoạch"), max_length=255, blank=True)
    partner = models.CharField(_("cơ quan phối hợp"), max_length=255, blank=True)
    started_on = models.DateField(_("ngày bắt đầu"))
    ended_on = models.DateField(_("ngày kết thúc"), null=True, blank=True)
    establishments_checked = models.PositiveIntegerField(_("số cơ sở được kiểm tra"), default=0)
    instruments_checked = models.PositiveIntegerField(_("số phương tiện đo, mẫu được kiểm tra"), default=0)
    violations = models.PositiveIntegerField(_("số cơ sở vi phạm"), default=0)
    fine_amount = models.DecimalField(_("số tiền phạt (đồng)"), max_digits=16, decimal_places=0, default=0,
                                      validators=[MinValueValidator(0)])
    result = models.TextField(_("kết quả"), blank=True)

    class Meta:
        verbose_name = _("cuộc kiểm tra nhà nước")
        verbose_name_plural = _("kiểm tra nhà nước về TĐC, ATBX")
        ordering = ["-started_on", "-id"]
        indexes = [models.Index(fields=["organisation", "started_on"])]

    def __str__(self) -> str:
        return self.topic[:120]

    def clean(self):
        errors: dict = {}
        check_order(errors, self.started_on, self.ended_on, "ended_on", _("Ngày kết thúc không thể trước ngày bắt đầu."))
        if self.fine_amount is not None and self.fine_amount < 0:
            errors.setdefault("fine_amount", []).append(_("Số tiền không được âm."))
        if self.violations and self.establishments_checked is not None and self.violations > self.establishments_checked:
            errors.setdefault("violations", []).append(_("Số cơ sở vi phạm vượt quá số cơ sở được kiểm tra."))
        raise_errors(errors)
