"""Advisory councils (hội đồng tư vấn): determination, selection, appraisal, acceptance…"""
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.models import OrganisationScopedModel, SearchableModel
from core.permissions import UnitRecordPolicy
from core.text import fold

from ..choices import CouncilKind, CouncilRole, Grade


class Council(SearchableModel, OrganisationScopedModel):
    """Một hội đồng: established by a decision, meets once, evaluates one or more tasks, concludes."""

    SEARCH_FIELDS = ("name", "decision_number", "conclusion")
    access_policy = UnitRecordPolicy(unit_lookup="managing_unit")

    kind = models.CharField(_("loại hội đồng"), max_length=20, choices=CouncilKind.choices)
    name = models.CharField(_("tên hội đồng"), max_length=255)
    managing_unit = models.ForeignKey(
        "core.Unit", on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("phòng tổ chức")
    )
    tasks = models.ManyToManyField("sciencetasks.ScienceTask", blank=True, related_name="councils", verbose_name=_("nhiệm vụ"))
    decision_number = models.CharField(_("số quyết định thành lập"), max_length=60, blank=True)
    decision_date = models.DateField(_("ngày quyết định"), null=True, blank=True)
    decision_signer = models.CharField(_("người ký quyết định"), max_length=150, blank=True)
    planned_date = models.DateField(_("ngày họp dự kiến"), null=True, blank=True)
    meeting_date = models.DateField(_("ngày họp"), null=True, blank=True)
    location = models.CharField(_("địa điểm họp"), max_length=255, blank=True)
    conclusion = models.TextField(_("kết luận"), blank=True)
    grade = models.CharField(_("xếp loại đề nghị"), max_length=20, choices=Grade.choices, blank=True)
    average_score = models.DecimalField(_("điểm trung bình"), max_digits=6, decimal_places=2, null=True, blank=True)

    history = HistoricalRecords(m2m_fields=[tasks])

    class Meta:
        verbose_name = _("hội đồng")
        verbose_name_plural = _("hội đồng")
        ordering = ["-meeting_date", "-planned_date", "-id"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("sciencetasks:council_detail", args=[self.pk])

    def owner_unit_ids(self) -> set[int]:
        return {self.managing_unit_id} if self.managing_unit_id else set()

    def clean(self):
        if self.decision_date and self.meeting_date and self.meeting_date < self.decision_date:
            raise ValidationError({"meeting_date": _("Ngày họp không thể trước ngày quyết định thành lập hội đồng.")})


class CouncilMember(OrganisationScopedModel):
    """A member of a council, with role, workplace and evaluation."""

    access_policy = UnitRecordPolicy(unit_lookup="council__managing_unit")

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="members", verbose_name=_("hội đồng"))
    full_name = models.CharField(_("họ và tên"), max_length=150)
    name_key = models.CharField(max_length=150, editable=False)
    academic_title = models.CharField(_("học hàm, học vị"), max_length=60, blank=True)
    workplace = models.CharField(_("cơ quan công tác"), max_length=255, blank=True)
    role = models.CharField(_("vai trò"), max_length=20, choices=CouncilRole.choices, default=CouncilRole.MEMBER)
    score = models.DecimalField(_("điểm"), max_digits=6, decimal_places=2, null=True, blank=True)
    evaluation = models.CharField(_("đánh giá"), max_length=20, choices=Grade.choices, blank=True)
    comment = models.TextField(_("nhận xét"), blank=True)
    display_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("thành viên hội đồng")
        verbose_name_plural = _("thành viên hội đồng")
        ordering = ["council", "display_order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["council", "name_key"], name="council_member_unique_name"),
        ]

    def __str__(self) -> str:
        return f"{self.full_name} ({self.get_role_display()})"

    def get_absolute_url(self) -> str:
        return reverse("sciencetasks:council_detail", args=[self.council_id]) + f"#member-{self.pk}"

    def owner_unit_ids(self) -> set[int]:
        return self.council.owner_unit_ids()

    def save(self, *args, **kwargs):
        self.name_key = fold(self.full_name)
        super().save(*args, **kwargs)

    def clean(self):
        if self.score is not None and (self.score < 0 or self.score > 100):
            raise ValidationError({"score": _("Điểm phải từ 0 đến 100.")})
