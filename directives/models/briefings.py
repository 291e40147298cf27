"""Weekly briefings (hội nghị trực báo / giao ban tuần): reports of the units and the leader's conclusions."""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.models import OrganisationScopedModel, SearchableModel, TimeStampedModel
from core.permissions import LeaderWritePolicy, UnitRecordPolicy


class Briefing(SearchableModel, OrganisationScopedModel):
    """Hội nghị trực báo tuần N năm Y; its conclusions are tasks (`conclusions`), its notice a source document."""

    SEARCH_FIELDS = ("title", "participants", "opening")
    access_policy = LeaderWritePolicy()

    year = models.PositiveIntegerField(_("năm"))
    week_number = models.PositiveSmallIntegerField(_("tuần"), validators=[MinValueValidator(1), MaxValueValidator(53)])
    held_on = models.DateField(_("ngày họp"))
    title = models.CharField(_("tên hội nghị"), max_length=150, default="Hội nghị trực báo")
    chair = models.ForeignKey("core.Membership", on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                              verbose_name=_("chủ trì"))
    participants = models.TextField(_("thành phần tham dự"), blank=True)
    opening = models.TextField(_("đánh giá chung"), blank=True,
                               help_text=_("Đoạn nhận xét của lãnh đạo trước phần giao nhiệm vụ."))
    notice = models.OneToOneField("directives.SourceDocument", on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="briefing", verbose_name=_("thông báo kết luận"))

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("hội nghị giao ban")
        verbose_name_plural = _("hội nghị giao ban")
        ordering = ["-held_on", "-id"]
        constraints = [models.UniqueConstraint(fields=["organisation", "year", "week_number"],
                                               name="directives_one_briefing_per_week")]

    def __str__(self) -> str:
        return f"{self.title} tuần {self.week_number} năm {self.year}"

    def get_absolute_url(self) -> str:
        return reverse("directives:briefing_detail", args=[self.pk])

    def clean(self):
        if self.chair_id and self.organisation_id and self.chair.organisation_id != self.organisation_id:
            raise ValidationError({"chair": _("Người chủ trì phải thuộc tổ chức của bạn.")})

    def previous(self):
        return (Briefing.objects.filter(organisation_id=self.organisation_id, held_on__lt=self.held_on)
                .order_by("-held_on").first())


class BriefingReport(TimeStampedModel):
    """Kết quả tuần trước và kế hoạch tuần tới của một phòng, đơn vị."""

    briefing = models.ForeignKey(Briefing, on_delete=models.CASCADE, related_name="reports",
                                 verbose_name=_("hội nghị"))
    unit = models.ForeignKey("core.Unit", on_delete=models.PROTECT, related_name="+", verbose_name=_("đơn vị"))
    last_week_results = models.TextField(_("kết quả tuần trước"), blank=True)
    next_week_plan = models.TextField(_("kế hoạch tuần tới"), blank=True)

    # a unit's staff write their unit's report; leaders every unit's
    access_policy = UnitRecordPolicy(unit_lookup="unit")

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("báo cáo của đơn vị tại giao ban")
        verbose_name_plural = _("báo cáo của đơn vị tại giao ban")
        ordering = ["briefing", "unit__display_order"]
        constraints = [models.UniqueConstraint(fields=["briefing", "unit"], name="directives_one_report_per_unit")]

    def __str__(self) -> str:
        return f"{self.unit} — {self.briefing}"

    @property
    def organisation_id(self):
        return self.briefing.organisation_id

    def owner_unit_ids(self) -> set[int]:
        return {self.unit_id} if self.unit_id else set()

    def get_absolute_url(self) -> str:
        return self.briefing.get_absolute_url()
