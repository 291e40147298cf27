"""Forms of the directives screens; saving always goes through `directives.services`."""
from __future__ import annotations

from django import forms

from core.forms import OrganisationModelForm, VietnameseDateInput, style_fields
from core.uploads import ATTACHMENT_KINDS, UploadValidator
from core.permissions import can
from core.widgets import SearchableSelectMultiple
from core.models import Membership, Unit
from directives.models import AssignedTask, Briefing, SourceDocument

DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]


def date_field(label, required=True, **kwargs):
    return forms.DateField(label=label, required=required, input_formats=DATE_FORMATS, widget=VietnameseDateInput(),
                           **kwargs)


class StyledForm(forms.Form):
    """A plain form with the app's Bootstrap classes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        style_fields(self)


class SourceDocumentForm(OrganisationModelForm):
    class Meta:
        model = SourceDocument
        fields = ["doc_type", "number", "issued_on", "issuer", "summary", "unit", "attachment"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


class AssignedTaskForm(OrganisationModelForm):
    deadline_text = forms.CharField(
        label="Thời hạn (ghi như văn bản)", required=False, max_length=255,
        help_text="Ví dụ: “trước ngày 21/02/2025”, “trong tháng 3/2025”, “quý II/2025”, “hằng tuần”, “thường xuyên”.",
    )
    due_date = date_field("Hạn xử lý (nếu muốn ghi rõ ngày)", required=False)
    keep_unparsed = forms.BooleanField(
        label="Vẫn lưu thời hạn chưa hiểu được (đánh dấu để xem lại)", required=False)

    class Meta:
        model = AssignedTask
        fields = ["source", "item_number", "text", "category", "lead_unit", "coordinating_units", "coordinating_text",
                  "leader", "assignees", "assigned_on"]
        widgets = {"text": forms.Textarea(attrs={"rows": 4}),
                   "coordinating_units": SearchableSelectMultiple(placeholder="Gõ tên đơn vị để tìm…"),
                   "assignees": SearchableSelectMultiple(placeholder="Gõ tên người để tìm…")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        organisation = self.membership.organisation
        people = Membership.objects.filter(organisation=organisation, is_active=True).select_related("user")
        self.fields["leader"].queryset = people.filter(roles__icontains="giam_doc") | people.filter(
            roles__icontains="chanh_van_phong")
        self.fields["assignees"].queryset = people
        self.fields["source"].queryset = SourceDocument.objects.filter(organisation=organisation)
        if self.instance.pk:
            self.fields["deadline_text"].initial = self.instance.deadline_text
            self.fields["due_date"].initial = self.instance.due_date if self.instance.deadline_kind == "date" else None
            self.fields["lead_unit"].disabled = True
            self.fields["lead_unit"].help_text = "Đổi đơn vị chủ trì bằng chức năng “Giao lại”."
            if not can(self.membership, "change_deadline", self.instance):
                # the deadline is a leader's (or the assigner's) decision: the unit asks for an extension instead
                for name in ("deadline_text", "due_date", "keep_unparsed"):
                    del self.fields[name]
                self.fields["deadline_locked"] = forms.CharField(
                    label="Thời hạn", required=False, disabled=True, initial=self.instance.deadline_text or "—",
                    help_text="Thời hạn do lãnh đạo Sở hoặc người giao nhiệm vụ quyết định: cần lùi hạn thì dùng "
                              "“Đề nghị gia hạn” trên trang nhiệm vụ.")
        style_fields(self)

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and "deadline_text" not in self.fields:
            sent = (self.data.get("deadline_text") or "").strip()
            if sent and sent != self.instance.deadline_text or self.data.get("due_date"):
                raise forms.ValidationError(
                    "Thời hạn của nhiệm vụ do lãnh đạo Sở hoặc người giao nhiệm vụ quyết định: hãy dùng "
                    "“Đề nghị gia hạn” trên trang nhiệm vụ.")
        return cleaned

    def service_kwargs(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("keep_unparsed", None)
        data.pop("deadline_locked", None)
        return data


class ProgressForm(StyledForm):
    percent = forms.IntegerField(label="Tiến độ (%)", min_value=0, max_value=100)
    note = forms.CharField(label="Nội dung", widget=forms.Textarea(attrs={"rows": 2}))
    reported_on = date_field("Ngày báo cáo", required=False)
    attachment = forms.FileField(label="Tệp đính kèm", required=False, validators=[UploadValidator(ATTACHMENT_KINDS)])
    explanation = forms.CharField(label="Giải trình nguyên nhân (khi quá hạn)", required=False,
                                  widget=forms.Textarea(attrs={"rows": 2}))


class CompleteForm(StyledForm):
    completed_on = date_field("Ngày hoàn thành")
    result_document = forms.CharField(label="Văn bản kết quả", required=False, max_length=255)
    result_file = forms.FileField(label="Tệp kết quả", required=False, validators=[UploadValidator(ATTACHMENT_KINDS)])
    note = forms.CharField(label="Kết quả thực hiện", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    explanation = forms.CharField(label="Giải trình nguyên nhân (bắt buộc khi hoàn thành quá hạn)", required=False,
                                  widget=forms.Textarea(attrs={"rows": 2}))


class ExtensionRequestForm(StyledForm):
    new_due_date = date_field("Đề nghị gia hạn đến")
    reason = forms.CharField(label="Lý do", widget=forms.Textarea(attrs={"rows": 2}))


class ExtensionDecideForm(StyledForm):
    approve = forms.TypedChoiceField(label="Quyết định", choices=[("1", "Đồng ý"), ("0", "Không đồng ý")],
                                     coerce=lambda v: v == "1")
    note = forms.CharField(label="Ý kiến", required=False)


class ReassignForm(StyledForm):
    lead_unit = forms.ModelChoiceField(label="Đơn vị chủ trì mới", queryset=Unit.objects.none())
    reason = forms.CharField(label="Lý do giao lại", widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, membership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead_unit"].queryset = Unit.objects.filter(organisation=membership.organisation)
        style_fields(self)


class CancelForm(StyledForm):
    reason = forms.CharField(label="Lý do hủy", widget=forms.Textarea(attrs={"rows": 2}))
    cancelled_on = date_field("Ngày hủy", required=False)


class ConfirmCompletionForm(StyledForm):
    """No fields: the confirmation is the click (dated today)."""


class ExplainForm(StyledForm):
    explanation = forms.CharField(label="Giải trình nguyên nhân", widget=forms.Textarea(attrs={"rows": 3}))


class BulkForm(StyledForm):
    ACTIONS = [("extend", "Gia hạn"), ("assign", "Phân công người thực hiện")]
    action = forms.ChoiceField(label="Thao tác", choices=ACTIONS)
    tasks = forms.ModelMultipleChoiceField(queryset=AssignedTask.objects.none())
    new_due_date = date_field("Gia hạn đến", required=False)
    reason = forms.CharField(label="Lý do", required=False)
    assignees = forms.ModelMultipleChoiceField(label="Người thực hiện", queryset=Membership.objects.none(),
                                               required=False,
                                               widget=SearchableSelectMultiple(placeholder="Gõ tên người để tìm…"))

    def __init__(self, *args, membership, tasks, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tasks"].queryset = tasks
        self.fields["assignees"].queryset = Membership.objects.filter(organisation=membership.organisation,
                                                                      is_active=True).select_related("user")

    def clean(self):
        data = super().clean()
        if data.get("action") == "extend" and (not data.get("new_due_date") or not data.get("reason")):
            raise forms.ValidationError("Gia hạn cần hạn mới và lý do.")
        if data.get("action") == "assign" and not data.get("assignees"):
            raise forms.ValidationError("Chọn ít nhất một người thực hiện.")
        return data


class BriefingForm(OrganisationModelForm):
    class Meta:
        model = Briefing
        fields = ["year", "week_number", "held_on", "title", "chair", "participants", "opening"]
        widgets = {"participants": forms.Textarea(attrs={"rows": 2}), "opening": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chair"].queryset = Membership.objects.filter(
            organisation=self.membership.organisation, is_active=True).select_related("user")


class ConclusionForm(forms.Form):
    lead_unit = forms.ModelChoiceField(label="Đơn vị", queryset=Unit.objects.none())
    text = forms.CharField(label="Kết luận (nhiệm vụ)", widget=forms.Textarea(attrs={"rows": 3}))
    deadline_text = forms.CharField(label="Thời hạn (để trống: tự tìm trong câu)", required=False)

    def __init__(self, *args, membership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead_unit"].queryset = Unit.objects.filter(organisation=membership.organisation)
        style_fields(self)


class UnitReportForm(forms.Form):
    unit = forms.ModelChoiceField(label="Đơn vị", queryset=Unit.objects.none())
    last_week_results = forms.CharField(label="Kết quả tuần trước", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    next_week_plan = forms.CharField(label="Kế hoạch tuần tới", required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, membership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = Unit.objects.filter(organisation=membership.organisation)
        style_fields(self)


class SummaryForm(forms.Form):
    date_from = date_field("Từ ngày")
    date_to = date_field("Đến ngày")
    unit = forms.ModelChoiceField(label="Đơn vị chủ trì", queryset=Unit.objects.none(), required=False)

    def __init__(self, *args, membership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = Unit.objects.filter(organisation=membership.organisation)
        style_fields(self)

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_to"] < data["date_from"]:
            raise forms.ValidationError("Ngày kết thúc phải sau ngày bắt đầu.")
        return data
