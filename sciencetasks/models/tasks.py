"""The S&T task (nhiệm vụ KH&CN), its lifecycle steps and its documents."""
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.models import OrganisationScopedModel, SearchableModel
from core.permissions import UnitRecordPolicy
from core.uploads import DOSSIER_KINDS, UploadValidator

from ..choices import (
    ExtensionKind, Field, Grade, InspectionKind, Level, Origin, SelectionMode, State, StepKind, TaskType,
)

def validate_non_negative(value):
    if value is not None and value < 0:
        raise ValidationError(_("Số tiền không được âm."))


class ScienceTask(SearchableModel, OrganisationScopedModel):
    """Nhiệm vụ KH&CN: a research project (đề tài), a trial-production or S&T project (dự án), a scientific
    scheme (đề án), from the proposal to the handling of its assets.

    `state` and the dates next to it are kept up to date by the services from the steps (`TaskStep`);
    the steps are the record, these fields are for lists and filters.
    """

    SEARCH_FIELDS = ("code", "title", "short_name", "host_organisation", "leader_name", "proposer")
    # moving a task to another managing unit is a leader's decision, not the unit's
    access_policy = UnitRecordPolicy(unit_lookup="managing_unit", leader_actions=("change_managing_unit",))

    code = models.CharField(_("mã nhiệm vụ"), max_length=50)
    title = models.TextField(_("tên nhiệm vụ"))
    short_name = models.CharField(
        _("tên ngắn"), max_length=120, blank=True, help_text=_("Tên gọi tắt dùng trong báo cáo, ví dụ: Vịt bầu cổ xanh")
    )
    level = models.CharField(_("cấp quản lý"), max_length=30, choices=Level.choices, default=Level.TINH)
    task_type = models.CharField(_("loại nhiệm vụ"), max_length=20, choices=TaskType.choices, default=TaskType.DE_TAI)
    field = models.CharField(_("lĩnh vực"), max_length=30, choices=Field.choices)
    programme = models.CharField(_("thuộc chương trình"), max_length=255, blank=True)
    origin = models.CharField(_("nguồn gốc"), max_length=20, choices=Origin.choices, default=Origin.DE_XUAT)
    proposer = models.CharField(_("tổ chức, cá nhân đề xuất"), max_length=255, blank=True)
    coordinated_only = models.BooleanField(
        _("Trung ương quản lý, tỉnh phối hợp"), default=False,
        help_text=_("Nhiệm vụ do bộ, ngành quản lý; Sở chỉ phối hợp theo dõi."),
    )
    host_organisation = models.CharField(_("tổ chức chủ trì"), max_length=255, blank=True)
    leader_name = models.CharField(_("chủ nhiệm"), max_length=150, blank=True)
    team_members = models.TextField(_("thành viên thực hiện"), blank=True, help_text=_("Mỗi dòng một người."))
    coordinating_organisations = models.TextField(_("tổ chức phối hợp"), blank=True, help_text=_("Mỗi dòng một tổ chức."))
    managing_unit = models.ForeignKey(
        "core.Unit", on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("phòng quản lý"),
    )
    officer = models.ForeignKey(
        "core.Membership", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("cán bộ theo dõi"),
    )
    sites = models.TextField(_("địa điểm thực hiện"), blank=True)
    start_year = models.PositiveSmallIntegerField(
        _("thực hiện từ năm"), help_text=_("Năm kế hoạch: đề xuất cho năm 2024 ghi 2024.")
    )
    planned_start = models.DateField(_("bắt đầu"), null=True, blank=True)
    planned_end = models.DateField(_("kết thúc"), null=True, blank=True)
    current_end = models.DateField(_("kết thúc (sau gia hạn)"), null=True, blank=True)
    dossier_due = models.DateField(_("hạn nộp hồ sơ nghiệm thu"), null=True, blank=True)
    budget_total = models.BigIntegerField(_("tổng kinh phí (đồng)"), default=0, validators=[validate_non_negative])
    budget_state = models.BigIntegerField(_("ngân sách nhà nước (đồng)"), default=0, validators=[validate_non_negative])
    budget_other = models.BigIntegerField(_("nguồn khác (đồng)"), default=0, validators=[validate_non_negative])
    budget_state_by_year = models.JSONField(
        _("ngân sách nhà nước theo năm"), default=dict, blank=True, help_text=_('Ví dụ: {"2023": 500000000}')
    )
    contract_number = models.CharField(_("số hợp đồng"), max_length=60, blank=True)
    contract_date = models.DateField(_("ngày ký hợp đồng"), null=True, blank=True)
    contract_value = models.BigIntegerField(_("giá trị hợp đồng (đồng)"), default=0, validators=[validate_non_negative])
    state = models.CharField(_("trạng thái"), max_length=30, choices=State.choices, default=State.PROPOSED, db_index=True)
    state_since = models.DateField(_("trạng thái từ ngày"), null=True, blank=True)
    grade = models.CharField(_("xếp loại"), max_length=20, choices=Grade.choices, blank=True)
    accepted_on = models.DateField(_("ngày nghiệm thu cấp tỉnh"), null=True, blank=True)
    recognised_on = models.DateField(_("ngày công nhận kết quả"), null=True, blank=True)
    registration_number = models.CharField(_("số giấy chứng nhận đăng ký kết quả"), max_length=60, blank=True)
    registration_date = models.DateField(_("ngày cấp giấy chứng nhận"), null=True, blank=True)
    stopped_on = models.DateField(_("ngày dừng, chấm dứt"), null=True, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("nhiệm vụ KH&CN")
        verbose_name_plural = _("nhiệm vụ KH&CN")
        ordering = ["-start_year", "code"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "code"], name="sciencetask_code_unique_per_organisation"),
        ]
        indexes = [models.Index(fields=["organisation", "start_year"]), models.Index(fields=["organisation", "state"])]

    def __str__(self) -> str:
        return f"{self.code} – {self.display_name}"

    @property
    def display_name(self) -> str:
        return self.short_name or self.title

    def get_absolute_url(self) -> str:
        return reverse("sciencetasks:sciencetask_detail", args=[self.pk])

    def owner_unit_ids(self) -> set[int]:
        return {self.managing_unit_id} if self.managing_unit_id else set()

    @property
    def end_date(self):
        return self.current_end or self.planned_end

    def clean(self):
        errors = {}
        if self.planned_start and self.planned_end and self.planned_end < self.planned_start:
            errors["planned_end"] = _("Ngày kết thúc phải sau ngày bắt đầu.")
        if self.current_end and self.planned_start and self.current_end < self.planned_start:
            errors["current_end"] = _("Ngày kết thúc sau gia hạn phải sau ngày bắt đầu.")
        for name in ("budget_total", "budget_state", "budget_other", "contract_value"):
            value = getattr(self, name)
            if value is not None and value < 0:
                errors[name] = _("Số tiền không được âm.")
        total, state, other = self.budget_total or 0, self.budget_state or 0, self.budget_other or 0
        if (total or state or other) and total != state + other and "budget_total" not in errors:
            from core.formatting import format_number

            errors["budget_total"] = _(
                "Tổng kinh phí (%(total)s đồng) phải bằng ngân sách nhà nước (%(state)s) cộng nguồn khác (%(other)s) "
                "= %(sum)s đồng."
            ) % {"total": format_number(total), "state": format_number(state), "other": format_number(other),
                 "sum": format_number(state + other)}
        if not isinstance(self.budget_state_by_year, dict):
            errors["budget_state_by_year"] = _("Ngân sách theo năm phải có dạng {\"năm\": số tiền}.")
        else:
            total = 0
            for year, amount in self.budget_state_by_year.items():
                if not str(year).isdigit() or not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
                    errors["budget_state_by_year"] = _("Mỗi năm phải là số năm và số tiền không âm (đồng), ví dụ {\"2023\": 500000000}.")
                    break
                total += amount
            else:
                if self.budget_state and total > self.budget_state:
                    errors["budget_state_by_year"] = _("Tổng ngân sách theo năm vượt quá ngân sách nhà nước của nhiệm vụ.")
        if self.managing_unit_id and self.organisation_id and self.managing_unit.organisation_id != self.organisation_id:
            errors["managing_unit"] = _("Phòng quản lý phải thuộc cùng tổ chức.")
        if errors:
            raise ValidationError(errors)


class TaskStep(OrganisationScopedModel):
    """One step of a task's lifecycle or one event while it runs, with its decision document.

    Every step records its date, the decision (number, date, signer), who recorded it and a note; the
    columns after those hold what some kinds need (grade, new end date, certificate, old/new leader…).
    """

    access_policy = UnitRecordPolicy(unit_lookup="task__managing_unit")

    task = models.ForeignKey(ScienceTask, on_delete=models.CASCADE, related_name="steps", verbose_name=_("nhiệm vụ"))
    kind = models.CharField(_("bước"), max_length=30, choices=StepKind.choices, db_index=True)
    date = models.DateField(_("ngày"), db_index=True)
    from_state = models.CharField(_("từ trạng thái"), max_length=30, choices=State.choices, blank=True)
    to_state = models.CharField(_("sang trạng thái"), max_length=30, choices=State.choices)
    decision_number = models.CharField(_("số văn bản, quyết định"), max_length=60, blank=True)
    decision_date = models.DateField(_("ngày văn bản"), null=True, blank=True)
    decision_signer = models.CharField(_("người ký"), max_length=150, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("người ghi nhận"),
    )
    note = models.TextField(_("ghi chú"), blank=True)
    variant = models.CharField(
        _("hình thức"), max_length=30, blank=True,
        choices=[*InspectionKind.choices, *ExtensionKind.choices, *SelectionMode.choices],
    )
    grade = models.CharField(_("xếp loại"), max_length=20, choices=Grade.choices, blank=True)
    new_end_date = models.DateField(_("thời hạn mới"), null=True, blank=True)
    certificate_number = models.CharField(_("số giấy chứng nhận"), max_length=60, blank=True)
    certificate_date = models.DateField(_("ngày cấp giấy chứng nhận"), null=True, blank=True)
    old_value = models.CharField(_("giá trị cũ"), max_length=255, blank=True)
    new_value = models.CharField(_("giá trị mới"), max_length=255, blank=True)
    findings = models.TextField(_("kết quả, kiến nghị"), blank=True)
    council = models.ForeignKey(
        "sciencetasks.Council", on_delete=models.SET_NULL, null=True, blank=True, related_name="steps",
        verbose_name=_("hội đồng"),
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("bước thực hiện")
        verbose_name_plural = _("các bước thực hiện")
        ordering = ["task", "date", "id"]
        indexes = [
            models.Index(fields=["organisation", "kind", "date"]),
            # the yearly figures ask, per task, "a step to one of these states by that date?"
            models.Index(fields=["task", "to_state", "date"], name="sciencetask_step_task_state"),
            # managed_tasks' anti-joins hash one organisation's steps to a state in a date range
            models.Index(fields=["organisation", "to_state", "date"], name="sciencetask_step_org_state"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.date:%d/%m/%Y})"

    def get_absolute_url(self) -> str:
        return reverse("sciencetasks:sciencetask_detail", args=[self.task_id]) + f"#step-{self.pk}"

    def owner_unit_ids(self) -> set[int]:
        return self.task.owner_unit_ids()

    @property
    def decision_text(self) -> str:
        """ "Quyết định số 123/QĐ-UBND ngày 05/06/2023 (Nguyễn Văn A)" style reference."""
        if not self.decision_number:
            return ""
        text = f"số {self.decision_number}"
        if self.decision_date:
            text += f" ngày {self.decision_date:%d/%m/%Y}"
        if self.decision_signer:
            text += f" ({self.decision_signer})"
        return text


def task_document_path(instance, filename):
    return f"sciencetasks/{instance.organisation_id}/{instance.task_id}/{filename}"


class TaskDocument(OrganisationScopedModel):
    """A file kept with the task: description, contract, reports, acceptance minutes, certificate…"""

    access_policy = UnitRecordPolicy(unit_lookup="task__managing_unit")

    task = models.ForeignKey(ScienceTask, on_delete=models.CASCADE, related_name="documents", verbose_name=_("nhiệm vụ"))
    title = models.CharField(_("tên tài liệu"), max_length=255)
    number = models.CharField(_("số, ký hiệu"), max_length=60, blank=True)
    date = models.DateField(_("ngày"), null=True, blank=True)
    file = models.FileField(_("tệp"), upload_to=task_document_path, blank=True,
                            validators=[UploadValidator(DOSSIER_KINDS)])

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("tài liệu nhiệm vụ")
        verbose_name_plural = _("tài liệu nhiệm vụ")
        ordering = ["task", "-date", "id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("sciencetasks:sciencetask_detail", args=[self.task_id]) + "#documents"

    def owner_unit_ids(self) -> set[int]:
        return self.task.owner_unit_ids()
