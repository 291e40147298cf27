"""One line of a unit's work log: "Tổ chức 02 Hội đồng KH&CN …", "Sản xuất giống nấm: 2.050/4.000 kg"."""
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.models import OrganisationScopedModel, SearchableModel
from core.permissions import UnitRecordPolicy

from .choices import EntryStatus, WorkKind

NON_NEGATIVE = _("Không được là số âm.")


class WorkLogEntry(SearchableModel, OrganisationScopedModel):
    """What a unit did on a day (or over a span), with what it concerns; `status` planned marks next period's work."""

    PERIOD_FIELD = "date"
    SEARCH_FIELDS = ("text", "measure_unit", "document_number", "reference")

    unit = models.ForeignKey("core.Unit", on_delete=models.PROTECT, related_name="+",
                             verbose_name=_("đơn vị thực hiện"))
    date = models.DateField(_("ngày / từ ngày"))
    end_date = models.DateField(_("đến ngày"), null=True, blank=True)
    kind = models.CharField(_("loại công việc"), max_length=24, choices=WorkKind.choices, default=WorkKind.OTHER)
    text = models.TextField(_("nội dung công việc"))
    quantity = models.DecimalField(_("số lượng"), max_digits=14, decimal_places=2, null=True, blank=True,
                                   validators=[MinValueValidator(0, NON_NEGATIVE)])
    measure_unit = models.CharField(_("đơn vị tính"), max_length=40, blank=True)
    planned_quantity = models.DecimalField(_("kế hoạch"), max_digits=14, decimal_places=2, null=True, blank=True,
                                           validators=[MinValueValidator(0, NON_NEGATIVE)])
    status = models.CharField(_("tình trạng"), max_length=10, choices=EntryStatus.choices, default=EntryStatus.DONE)
    directive_task = models.ForeignKey("directives.AssignedTask", on_delete=models.SET_NULL, null=True, blank=True,
                                       related_name="worklog_entries", verbose_name=_("nhiệm vụ được giao"))
    science_task = models.ForeignKey("sciencetasks.ScienceTask", on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="worklog_entries", verbose_name=_("nhiệm vụ KH&CN"))
    # a register entry (licence, inspection, dossier…) it concerns; `reference` when it is not in the system
    register_type = models.ForeignKey(ContentType, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                      verbose_name=_("loại sổ theo dõi"))
    register_id = models.PositiveBigIntegerField(_("mã bản ghi sổ theo dõi"), null=True, blank=True)
    register_entry = GenericForeignKey("register_type", "register_id")
    reference = models.CharField(_("hồ sơ, bản ghi liên quan"), max_length=255, blank=True)
    document_number = models.CharField(_("số văn bản"), max_length=60, blank=True,
                                       help_text=_("Ví dụ: 1048/QĐ-UBND"))
    document_date = models.DateField(_("ngày văn bản"), null=True, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)

    history = HistoricalRecords()
    access_policy = UnitRecordPolicy(unit_lookup="unit")

    class Meta:
        verbose_name = _("mục nhật ký công tác")
        verbose_name_plural = _("nhật ký công tác")
        ordering = ["-date", "-id"]
        indexes = [models.Index(fields=["organisation", "date"]), models.Index(fields=["organisation", "kind"])]

    def __str__(self) -> str:
        return self.text[:120]

    def get_absolute_url(self) -> str:
        return reverse("worklog:worklogentry_detail", args=[self.pk])

    @property
    def period_date(self):
        return self.date

    def clean(self):
        errors: dict = {}
        if self.date and self.end_date and self.end_date < self.date:
            errors.setdefault("end_date", []).append(_("Ngày kết thúc không thể trước ngày bắt đầu."))
        for name in ("quantity", "planned_quantity"):
            value = getattr(self, name)
            if value is not None and value < 0:
                errors.setdefault(name, []).append(NON_NEGATIVE)
        if self.quantity is not None and not self.measure_unit.strip():
            errors.setdefault("measure_unit", []).append(_("Có số lượng thì cần ghi đơn vị tính (cuộc, lượt, kg…)."))
        if self.document_date and not self.document_number.strip():
            errors.setdefault("document_number", []).append(_("Có ngày văn bản thì cần ghi số văn bản."))
        if (self.register_type_id is None) != (self.register_id is None):
            errors.setdefault("register_id", []).append(_("Cần chọn cả loại sổ và bản ghi, hoặc bỏ trống cả hai."))
        elif self.register_type_id is not None:
            # only the registers' records: a content type of anything else (accounts, people) is never a link
            target = self.register_type.model_class() if self.register_type.app_label == "registers" else None
            found = target._default_manager.filter(pk=self.register_id).first() if target else None
            if found is None or getattr(found, "organisation_id", None) != self.organisation_id:
                errors.setdefault("register_id", []).append(_("Không tìm thấy bản ghi sổ theo dõi này."))
        if errors:
            raise ValidationError(errors)
