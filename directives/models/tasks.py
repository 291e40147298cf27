"""Assigned tasks (nhiệm vụ được giao), their progress updates and extension requests."""
from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.models import OrganisationScopedModel, SearchableModel, TimeStampedModel
from core.permissions import UnitRecordPolicy
from core.uploads import ATTACHMENT_KINDS, UploadValidator
from directives import rules
from directives.choices import (
    DeadlineKind, Every, ExtensionState, SourceCategory, TaskCategory, source_category_of,
)


# Decisions on a task that stay with leaders (or with whoever assigned it): the unit's staff report progress,
# complete, explain and ask for an extension, but do not move the deadline, cancel, hand the task to another unit
# or delete it (each of these changes what the task counts as).
TASK_LEADER_ACTIONS = ("change_deadline", "cancel", "change_lead_unit", "decide_extension", "confirm_completion",
                       "delete")


class AssignedTaskPolicy(UnitRecordPolicy):
    """Unit rules, plus `TASK_LEADER_ACTIONS` for leaders and for the member who assigned the task."""

    def decides(self, membership, obj) -> bool:
        return bool(getattr(membership, "pk", None)) and obj.assigned_by_id == membership.pk

    def restrict(self, queryset, membership, action):
        if action in self.leader_actions and not membership.is_leader:
            return queryset.filter(assigned_by_id=membership.pk) if getattr(membership, "pk", None) else queryset.none()
        return super().restrict(queryset, membership, action)


class AssignedTask(SearchableModel, OrganisationScopedModel):
    """Nhiệm vụ được giao: one task for a lead unit, with its deadline as written and as computed.

    The status is never stored: it is computed as of any date from the dates below (`status_on`).
    A recurring task is a *series* (`is_series`) whose occurrences are ordinary tasks pointing to it.
    """

    SEARCH_FIELDS = ("text", "deadline_text", "item_number", "source__number", "source__summary", "lead_unit__name",
                     "lead_unit__short_name")
    access_policy = AssignedTaskPolicy(unit_lookup="lead_unit", leader_actions=TASK_LEADER_ACTIONS)

    source = models.ForeignKey(
        "directives.SourceDocument", on_delete=models.PROTECT, null=True, blank=True, related_name="tasks",
        verbose_name=_("văn bản giao"),
    )
    item_number = models.CharField(_("mục số"), max_length=30, blank=True, help_text=_("Số thứ tự trong văn bản, ví dụ: 47"))
    text = models.TextField(_("nội dung nhiệm vụ"))
    category = models.CharField(_("loại nhiệm vụ"), max_length=20, choices=TaskCategory.choices,
                                default=TaskCategory.GIAM_DOC)
    lead_unit = models.ForeignKey("core.Unit", on_delete=models.PROTECT, related_name="directive_tasks",
                                  verbose_name=_("đơn vị chủ trì"))
    coordinating_units = models.ManyToManyField("core.Unit", blank=True, related_name="directive_tasks_coordinated",
                                                verbose_name=_("đơn vị phối hợp"))
    coordinating_text = models.CharField(_("phối hợp (ghi chú)"), max_length=255, blank=True,
                                         help_text=_("Ví dụ: các phòng, đơn vị"))
    leader = models.ForeignKey("core.Membership", on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                               verbose_name=_("lãnh đạo phụ trách"))
    assignees = models.ManyToManyField("core.Membership", blank=True, related_name="directive_tasks",
                                       verbose_name=_("người thực hiện"))
    assigned_on = models.DateField(_("ngày giao"))
    assigned_by = models.ForeignKey("core.Membership", on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", editable=False, verbose_name=_("người giao"),
                                    help_text=_("Người đã giao nhiệm vụ: cùng lãnh đạo quyết định thời hạn, hủy, "
                                                "giao lại."))
    # the deadline as written, and what it means
    deadline_text = models.CharField(_("thời hạn (như văn bản ghi)"), max_length=255, blank=True)
    deadline_kind = models.CharField(_("kiểu thời hạn"), max_length=20, choices=DeadlineKind.choices,
                                     default=DeadlineKind.NONE)
    due_date = models.DateField(_("hạn xử lý"), null=True, blank=True)
    due_time = models.TimeField(_("giờ"), null=True, blank=True)
    window_start = models.DateField(_("bắt đầu khoảng thời hạn"), null=True, blank=True)
    extended_to = models.DateField(_("hạn sau gia hạn"), null=True, blank=True, editable=False)
    extended_since = models.DateField(_("ngày đồng ý gia hạn"), null=True, blank=True, editable=False)
    # recurring series
    is_series = models.BooleanField(_("nhiệm vụ định kỳ (chuỗi)"), default=False)
    every = models.CharField(_("chu kỳ"), max_length=10, choices=Every.choices, blank=True)
    on_day = models.PositiveSmallIntegerField(_("ngày trong chu kỳ"), null=True, blank=True)
    on_month = models.PositiveSmallIntegerField(_("tháng"), null=True, blank=True)
    on_weekday = models.PositiveSmallIntegerField(_("thứ trong tuần"), null=True, blank=True)
    series = models.ForeignKey("self", on_delete=models.CASCADE, null=True, blank=True, related_name="occurrences",
                               verbose_name=_("thuộc nhiệm vụ định kỳ"))
    # follow-up
    progress = models.PositiveSmallIntegerField(_("tiến độ (%)"), default=0,
                                                validators=[MinValueValidator(0), MaxValueValidator(100)])
    completed_on = models.DateField(_("ngày hoàn thành"), null=True, blank=True)
    result_document = models.CharField(_("văn bản kết quả"), max_length=255, blank=True)
    result_file = models.FileField(_("tệp kết quả"), upload_to="directives/results/%Y/", blank=True,
                                   validators=[UploadValidator(ATTACHMENT_KINDS)])
    completion_note = models.TextField(_("kết quả thực hiện"), blank=True)
    explanation = models.TextField(_("giải trình nguyên nhân"), blank=True)
    # the leader's (or assigner's) acknowledgement of the unit's completion report: xác nhận hoàn thành
    completion_confirmed_on = models.DateField(_("ngày xác nhận hoàn thành"), null=True, blank=True, editable=False)
    completion_confirmed_by = models.ForeignKey("core.Membership", on_delete=models.SET_NULL, null=True, blank=True,
                                                related_name="+", editable=False,
                                                verbose_name=_("người xác nhận hoàn thành"))
    cancelled_on = models.DateField(_("ngày hủy"), null=True, blank=True)
    cancel_reason = models.TextField(_("lý do hủy"), blank=True)
    briefing = models.ForeignKey("directives.Briefing", on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="conclusions", verbose_name=_("hội nghị giao ban"))
    briefing_order = models.PositiveIntegerField(_("thứ tự trong thông báo"), default=0)

    history = HistoricalRecords(m2m_fields=[coordinating_units, assignees])

    class Meta:
        verbose_name = _("nhiệm vụ được giao")
        verbose_name_plural = _("nhiệm vụ được giao")
        ordering = ["due_date", "id"]
        indexes = [
            models.Index(fields=["organisation", "assigned_on"]),
            models.Index(fields=["organisation", "due_date"]),
            models.Index(fields=["organisation", "completed_on"]),
            models.Index(fields=["organisation", "lead_unit"]),
            # the figures count the province's categories apart (directive_figures): without it each category
            # read every task of the organisation, 50.000 rows for none
            models.Index(fields=["organisation", "category"], condition=models.Q(is_series=False),
                         name="directives_task_category"),
            # a report's result lines: the few completed tasks with a result document or note, not every completion
            models.Index(fields=["organisation", "completed_on"],
                         condition=~models.Q(completion_note="") | ~models.Q(result_document=""),
                         name="directives_task_with_result"),
            # the search box lists an organisation's newest matches (ORDER BY id DESC LIMIT 5): without it
            # PostgreSQL walks the primary key backwards through every later organisation's tasks first
            models.Index(fields=["organisation", "-id"], name="directives_task_org_newest"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["series", "due_date"], condition=models.Q(series__isnull=False),
                                    name="directives_one_occurrence_per_due_date"),
        ]

    def __str__(self) -> str:
        text = " ".join(self.text.split())
        return text if len(text) <= 90 else text[:87] + "…"

    def get_absolute_url(self) -> str:
        return reverse("directives:assignedtask_detail", args=[self.pk])

    def owner_unit_ids(self) -> set[int]:
        return {self.lead_unit_id} if self.lead_unit_id else set()

    # --- computed --------------------------------------------------------------------------------------------
    @property
    def source_category(self) -> str:
        return source_category_of(self.source.doc_type) if self.source_id else SourceCategory.KHAC

    @property
    def deadline_unparsed(self) -> bool:
        return self.deadline_kind == DeadlineKind.UNPARSED

    def effective_deadline(self, as_of: dt.date | None = None) -> dt.date | None:
        return rules.effective_deadline(self.due_date, self.extended_to, self.extended_since, as_of)

    def status_on(self, as_of: dt.date | None = None, soon_days: int | None = None) -> str:
        as_of = as_of or timezone.localdate()
        if soon_days is None:
            soon_days = self.organisation.setting("directives.due_soon_days", rules.DEFAULT_SOON_DAYS)
        return rules.status_on(as_of=as_of, deadline=self.effective_deadline(as_of), completed_on=self.completed_on,
                               cancelled_on=self.cancelled_on, soon_days=soon_days)

    @property
    def status(self) -> str:
        return self.status_on()

    @property
    def is_late(self) -> bool:
        deadline = self.effective_deadline()
        if deadline is None or self.cancelled_on:
            return False
        return (self.completed_on or timezone.localdate()) > deadline

    @property
    def needs_explanation(self) -> bool:
        return self.is_late and not self.explanation.strip()

    def clean(self):
        errors = {}
        if self.lead_unit_id and self.organisation_id and self.lead_unit.organisation_id != self.organisation_id:
            errors["lead_unit"] = _("Đơn vị chủ trì phải thuộc tổ chức của bạn.")
        if self.source_id and self.organisation_id and self.source.organisation_id != self.organisation_id:
            errors["source"] = _("Văn bản giao phải thuộc tổ chức của bạn.")
        if self.leader_id and self.organisation_id and self.leader.organisation_id != self.organisation_id:
            errors["leader"] = _("Lãnh đạo phụ trách phải thuộc tổ chức của bạn.")
        if self.due_date and self.assigned_on and self.due_date < self.assigned_on:
            errors["deadline_text"] = _("Thời hạn (%(due)s) không được trước ngày giao (%(assigned)s).") % {
                "due": self.due_date.strftime("%d/%m/%Y"), "assigned": self.assigned_on.strftime("%d/%m/%Y")}
        if self.completed_on and self.assigned_on and self.completed_on < self.assigned_on:
            errors["completed_on"] = _("Ngày hoàn thành không được trước ngày giao.")
        if self.completed_on and self.completed_on > timezone.localdate():
            errors["completed_on"] = _("Ngày hoàn thành không được ở tương lai.")
        if errors:
            raise ValidationError(errors)


class ProgressUpdate(TimeStampedModel):
    """Báo cáo tiến độ: percent done, a note, an attachment (a journal entry, not a domain event)."""

    task = models.ForeignKey(AssignedTask, on_delete=models.CASCADE, related_name="updates", verbose_name=_("nhiệm vụ"))
    reported_on = models.DateField(_("ngày báo cáo"))
    percent = models.PositiveSmallIntegerField(_("tiến độ (%)"), validators=[MinValueValidator(0), MaxValueValidator(100)])
    note = models.TextField(_("nội dung"))
    attachment = models.FileField(_("tệp đính kèm"), upload_to="directives/updates/%Y/", blank=True,
                                  validators=[UploadValidator(ATTACHMENT_KINDS)])
    author = models.ForeignKey("core.Membership", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                               verbose_name=_("người báo cáo"))

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("cập nhật tiến độ")
        verbose_name_plural = _("cập nhật tiến độ")
        ordering = ["-reported_on", "-id"]

    def __str__(self) -> str:
        return f"{self.reported_on:%d/%m/%Y}: {self.percent}%"

    def get_absolute_url(self) -> str:
        return self.task.get_absolute_url()

    @property
    def organisation_id(self):
        return self.task.organisation_id


class Extension(TimeStampedModel):
    """Đề nghị gia hạn: requested by the unit, approved or refused by a leader (Giám đốc, Phó Giám đốc)."""

    task = models.ForeignKey(AssignedTask, on_delete=models.CASCADE, related_name="extensions",
                             verbose_name=_("nhiệm vụ"))
    requested_on = models.DateField(_("ngày đề nghị"))
    requested_by = models.ForeignKey("core.Membership", on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+", verbose_name=_("người đề nghị"))
    new_due_date = models.DateField(_("đề nghị gia hạn đến"))
    reason = models.TextField(_("lý do"))
    state = models.CharField(_("trạng thái"), max_length=10, choices=ExtensionState.choices,
                             default=ExtensionState.PENDING)
    decided_on = models.DateField(_("ngày quyết định"), null=True, blank=True)
    decided_by = models.ForeignKey("core.Membership", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("lãnh đạo quyết định"))
    decided_by_name = models.CharField(_("người quyết định (ghi chú)"), max_length=150, blank=True)
    decision_note = models.TextField(_("ý kiến"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("gia hạn")
        verbose_name_plural = _("gia hạn")
        ordering = ["-requested_on", "-id"]

    def __str__(self) -> str:
        return f"Gia hạn đến {self.new_due_date:%d/%m/%Y} ({self.get_state_display()})"

    def get_absolute_url(self) -> str:
        return self.task.get_absolute_url()

    @property
    def organisation_id(self):
        return self.task.organisation_id
