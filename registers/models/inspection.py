"""Thanh tra: annual plan, inspections with their conclusions and amounts, complaints and petitions."""
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from registers.choices import InspectionKind, PetitionKind, PetitionStatus

from .base import NON_NEGATIVE, RegisterRecord, check_order, raise_errors


class InspectionPlan(RegisterRecord):
    """Kế hoạch thanh tra năm."""

    PERIOD_FIELD = "issued_on"
    SEARCH_FIELDS = ("document", "title")

    year = models.PositiveIntegerField(_("năm"))
    title = models.CharField(_("tên kế hoạch"), max_length=500)
    document = models.CharField(_("số văn bản"), max_length=255, blank=True)
    issued_on = models.DateField(_("ngày ban hành"))
    planned_count = models.PositiveIntegerField(_("số cuộc theo kế hoạch"), default=0)

    class Meta:
        verbose_name = _("kế hoạch thanh tra")
        verbose_name_plural = _("kế hoạch thanh tra")
        ordering = ["-year", "-issued_on", "-id"]
        indexes = [models.Index(fields=["organisation", "issued_on"])]

    def __str__(self) -> str:
        return f"{self.title} ({self.year})"


class Inspection(RegisterRecord):
    """Cuộc thanh tra / kiểm tra: topic, subjects, decision, conclusion, amounts recovered or reduced."""

    PERIOD_FIELD = "started_on"
    SEARCH_FIELDS = ("topic", "subjects", "decision", "conclusion_document", "field")

    plan = models.ForeignKey(InspectionPlan, on_delete=models.PROTECT, null=True, blank=True,
                             related_name="inspections", verbose_name=_("theo kế hoạch"))
    kind = models.CharField(_("loại"), max_length=20, choices=InspectionKind.choices, default=InspectionKind.SPECIALISED)
    field = models.CharField(_("lĩnh vực"), max_length=255, blank=True)
    topic = models.CharField(_("nội dung thanh tra"), max_length=500)
    subjects = models.TextField(_("đối tượng thanh tra"), blank=True)
    subject_count = models.PositiveIntegerField(_("số tổ chức, cá nhân được thanh tra"), default=0)
    instruments_checked = models.PositiveIntegerField(_("số phương tiện đo được kiểm tra"), default=0)
    decision = models.CharField(_("quyết định thanh tra"), max_length=255, blank=True)
    partner = models.CharField(_("cơ quan phối hợp"), max_length=255, blank=True)
    started_on = models.DateField(_("ngày bắt đầu"), null=True, blank=True)
    concluded_on = models.DateField(_("ngày ban hành kết luận"), null=True, blank=True)
    conclusion_document = models.CharField(_("văn bản kết luận"), max_length=255, blank=True)
    conclusion = models.TextField(_("kết quả, kết luận"), blank=True)
    violations = models.PositiveIntegerField(_("số vi phạm phát hiện"), default=0)
    amount_withdrawn = models.DecimalField(_("số tiền thu hồi (đồng)"), max_digits=16, decimal_places=0, default=0,
                                           validators=[MinValueValidator(0, NON_NEGATIVE)])
    amount_reduced = models.DecimalField(_("số tiền giảm trừ thanh toán (đồng)"), max_digits=16, decimal_places=0,
                                         default=0, validators=[MinValueValidator(0, NON_NEGATIVE)])
    fine_amount = models.DecimalField(_("số tiền xử phạt (đồng)"), max_digits=16, decimal_places=0, default=0,
                                      validators=[MinValueValidator(0, NON_NEGATIVE)])

    class Meta:
        verbose_name = _("cuộc thanh tra, kiểm tra")
        verbose_name_plural = _("thanh tra, kiểm tra")
        ordering = ["-concluded_on", "-started_on", "-id"]
        indexes = [models.Index(fields=["organisation", "started_on"]), models.Index(fields=["organisation", "concluded_on"])]

    def __str__(self) -> str:
        return self.topic[:150]

    @property
    def amount_total(self):
        return (self.amount_withdrawn or 0) + (self.amount_reduced or 0)

    @property
    def amount_in_words(self) -> str:
        from core.formatting import amount_in_words

        return amount_in_words(int(self.amount_total)) if self.amount_total else ""

    def clean(self):
        errors: dict = {}
        check_order(errors, self.started_on, self.concluded_on, "concluded_on",
                    _("Ngày kết luận không thể trước ngày bắt đầu."))
        for name in ("amount_withdrawn", "amount_reduced", "fine_amount"):
            value = getattr(self, name)
            if value is not None and value < 0:
                errors.setdefault(name, []).append(_("Số tiền không được âm."))
        if not self.started_on and not self.concluded_on:
            errors.setdefault("started_on", []).append(_("Nhập ngày bắt đầu hoặc ngày ban hành kết luận."))
        raise_errors(errors)


class Petition(RegisterRecord):
    """Đơn khiếu nại, tố cáo, kiến nghị, phản ánh received and how it was handled."""

    PERIOD_FIELD = "received_on"
    SEARCH_FIELDS = ("sender", "summary")

    kind = models.CharField(_("loại đơn"), max_length=20, choices=PetitionKind.choices)
    received_on = models.DateField(_("ngày nhận"))
    sender = models.CharField(_("người gửi"), max_length=255)
    summary = models.TextField(_("nội dung"))
    within_competence = models.BooleanField(_("thuộc thẩm quyền"), default=True)
    status = models.CharField(_("tình trạng"), max_length=20, choices=PetitionStatus.choices, default=PetitionStatus.RECEIVED)
    resolved_on = models.DateField(_("ngày giải quyết xong"), null=True, blank=True)

    class Meta:
        verbose_name = _("đơn khiếu nại, tố cáo, kiến nghị")
        verbose_name_plural = _("khiếu nại, tố cáo, kiến nghị, phản ánh")
        ordering = ["-received_on", "-id"]
        indexes = [models.Index(fields=["organisation", "received_on"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.sender}"

    def clean(self):
        errors: dict = {}
        check_order(errors, self.received_on, self.resolved_on, "resolved_on", _("Ngày giải quyết không thể trước ngày nhận."))
        raise_errors(errors)
