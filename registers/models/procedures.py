"""Thủ tục hành chính: the procedure catalogue and the dossiers received under it."""
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from registers.choices import DossierStatus

from .base import RegisterRecord, check_order, raise_errors


class Procedure(RegisterRecord):
    """Một thủ tục hành chính thuộc thẩm quyền của Sở (danh mục công bố)."""

    SEARCH_FIELDS = ("code", "name", "field")
    UNIQUE_IN_ORGANISATION = {"code": _("Mã thủ tục “%(value)s” đã có trong danh mục.")}

    code = models.CharField(_("mã thủ tục"), max_length=40)
    name = models.CharField(_("tên thủ tục"), max_length=500)
    field = models.CharField(_("lĩnh vực"), max_length=255, blank=True)
    time_limit_days = models.PositiveIntegerField(_("thời hạn giải quyết (ngày làm việc)"), null=True, blank=True)
    is_active = models.BooleanField(_("đang áp dụng"), default=True)

    class Meta:
        verbose_name = _("thủ tục hành chính")
        verbose_name_plural = _("danh mục thủ tục hành chính")
        ordering = ["field", "name", "id"]
        constraints = [models.UniqueConstraint(fields=["organisation", "code"], name="registers_procedure_code_unique")]

    def __str__(self) -> str:
        return self.name


class ProcedureDossier(RegisterRecord):
    """Hồ sơ TTHC: received, then resolved early / on time / late, pending, awaiting supplements or returned."""

    PERIOD_FIELD = "received_on"
    SEARCH_FIELDS = ("code", "applicant", "procedure__name", "return_reason")
    UNIQUE_IN_ORGANISATION = {"code": _("Mã hồ sơ “%(value)s” đã có trong sổ.")}

    procedure = models.ForeignKey(Procedure, on_delete=models.PROTECT, related_name="dossiers",
                                  verbose_name=_("thủ tục"))
    code = models.CharField(_("mã hồ sơ"), max_length=60, blank=True)
    applicant = models.CharField(_("tổ chức, cá nhân nộp"), max_length=255)
    received_on = models.DateField(_("ngày tiếp nhận"))
    due_on = models.DateField(_("hạn trả kết quả"))
    status = models.CharField(_("tình trạng"), max_length=20, choices=DossierStatus.choices, default=DossierStatus.PROCESSING)
    resolved_on = models.DateField(_("ngày trả kết quả"), null=True, blank=True)
    return_reason = models.CharField(_("lý do trả lại"), max_length=255, blank=True)
    supplements = models.PositiveIntegerField(_("số lần yêu cầu bổ sung"), default=0, validators=[MinValueValidator(0)])

    class Meta:
        verbose_name = _("hồ sơ thủ tục hành chính")
        verbose_name_plural = _("hồ sơ thủ tục hành chính")
        ordering = ["-received_on", "-id"]
        indexes = [models.Index(fields=["organisation", "received_on"]), models.Index(fields=["organisation", "due_on"])]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "code"], condition=~Q(code=""),
                                    name="registers_dossier_code_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.code or '#' + str(self.pk)} — {self.applicant}"

    @property
    def timeliness(self) -> str:
        """"early", "on_time", "late" for a resolved dossier, "" otherwise."""
        if self.status != DossierStatus.RESOLVED or not self.resolved_on:
            return ""
        if self.resolved_on < self.due_on:
            return "early"
        return "on_time" if self.resolved_on == self.due_on else "late"

    def clean(self):
        errors: dict = {}
        check_order(errors, self.received_on, self.due_on, "due_on", _("Hạn trả kết quả không thể trước ngày tiếp nhận."))
        check_order(errors, self.received_on, self.resolved_on, "resolved_on",
                    _("Ngày trả kết quả không thể trước ngày tiếp nhận."))
        if self.status == DossierStatus.RESOLVED and not self.resolved_on:
            errors.setdefault("resolved_on", []).append(_("Hồ sơ đã giải quyết phải có ngày trả kết quả."))
        if self.status == DossierStatus.RETURNED and not self.return_reason:
            errors.setdefault("return_reason", []).append(_("Ghi lý do trả lại hồ sơ."))
        raise_errors(errors)
