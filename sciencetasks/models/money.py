"""Money of a task: advances by tranche, payments, settlements, reductions and recoveries."""
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.models import OrganisationScopedModel
from core.permissions import UnitRecordPolicy

from ..choices import MoneyKind


class MoneyEntry(OrganisationScopedModel):
    """One movement of the task's money (đồng). Advances must be settled (quyết toán) by `settle_by`."""

    access_policy = UnitRecordPolicy(unit_lookup="task__managing_unit")

    task = models.ForeignKey(
        "sciencetasks.ScienceTask", on_delete=models.PROTECT, related_name="money", verbose_name=_("nhiệm vụ")
    )
    kind = models.CharField(_("loại"), max_length=20, choices=MoneyKind.choices)
    tranche = models.PositiveSmallIntegerField(_("đợt"), null=True, blank=True)
    date = models.DateField(_("ngày"))
    budget_year = models.PositiveSmallIntegerField(_("năm ngân sách"))
    amount = models.BigIntegerField(_("số tiền (đồng)"))
    document_number = models.CharField(_("số chứng từ, văn bản"), max_length=60, blank=True)
    settle_by = models.DateField(_("hạn thanh toán tạm ứng"), null=True, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("khoản kinh phí")
        verbose_name_plural = _("kinh phí")
        ordering = ["task", "date", "id"]
        indexes = [models.Index(fields=["organisation", "kind", "date"])]

    def __str__(self) -> str:
        tranche = f" đợt {self.tranche}" if self.tranche else ""
        return f"{self.get_kind_display()}{tranche}: {self.amount:,}".replace(",", ".") + " đồng"

    def get_absolute_url(self) -> str:
        return reverse("sciencetasks:sciencetask_detail", args=[self.task_id]) + "#money"

    def owner_unit_ids(self) -> set[int]:
        return self.task.owner_unit_ids()

    def clean(self):
        if self.amount is None or self.amount <= 0:
            raise ValidationError({"amount": _("Số tiền phải là số dương (đồng).")})
        if self.settle_by and self.date and self.settle_by < self.date:
            raise ValidationError({"settle_by": _("Hạn thanh toán tạm ứng không thể trước ngày tạm ứng.")})
