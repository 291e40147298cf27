"""Forms: the task form is a ModelForm (descriptive fields only); steps, money and councils use plain forms that
hand their cleaned data to the services."""
from django import forms

from core.forms import OrganisationModelForm, VietnameseDateInput, style_fields

from .choices import CouncilRole, ExtensionKind, Grade, InspectionKind, MoneyKind, SelectionMode, StepKind
from .models import Council, ScienceTask
from .services import EDITABLE_FIELDS

DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]


def date_field(label, required=False):
    return forms.DateField(label=label, required=required, input_formats=DATE_FORMATS, widget=VietnameseDateInput())


class _OwnUnitDefault:
    """A new record's managing unit defaults to the person's own unit (they may then edit it and take its steps)."""

    unit_field = "managing_unit"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get(self.unit_field)
        unit_id = getattr(self.membership, "unit_id", None)
        if field is not None and not self.instance.pk and unit_id and field.queryset.filter(pk=unit_id).exists():
            self.initial.setdefault(self.unit_field, unit_id)


class ScienceTaskForm(_OwnUnitDefault, OrganisationModelForm):
    class Meta:
        model = ScienceTask
        fields = [name for name in EDITABLE_FIELDS if name not in ("contract_number", "contract_date", "contract_value")]
        widgets = {"title": forms.Textarea(attrs={"rows": 2}), "team_members": forms.Textarea(attrs={"rows": 3}),
                   "coordinating_organisations": forms.Textarea(attrs={"rows": 2}), "sites": forms.Textarea(attrs={"rows": 2}),
                   "note": forms.Textarea(attrs={"rows": 2})}


class StepForm(forms.Form):
    kind = forms.ChoiceField(label="Bước", choices=StepKind.choices)
    date = date_field("Ngày", required=True)
    decision_number = forms.CharField(label="Số văn bản, quyết định", required=False)
    decision_date = date_field("Ngày văn bản")
    decision_signer = forms.CharField(label="Người ký", required=False)
    variant = forms.ChoiceField(
        label="Hình thức", required=False,
        choices=[("", "—"), *InspectionKind.choices, *ExtensionKind.choices, *SelectionMode.choices],
    )
    grade = forms.ChoiceField(label="Xếp loại", required=False, choices=[("", "—"), *Grade.choices])
    new_end_date = date_field("Thời hạn mới")
    certificate_number = forms.CharField(label="Số giấy chứng nhận", required=False)
    certificate_date = date_field("Ngày cấp giấy chứng nhận")
    new_value = forms.CharField(label="Chủ nhiệm / tổ chức mới", required=False)
    findings = forms.CharField(label="Kết quả kiểm tra, kiến nghị", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    note = forms.CharField(label="Ghi chú", required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, allowed=None, grades=None, **kwargs):
        super().__init__(*args, **kwargs)
        if allowed is not None:
            self.fields["kind"].choices = [(k, StepKind(k).label) for k in allowed]
        if grades is not None:
            self.fields["grade"].choices = [("", "—")] + [(g, Grade(g).label) for g in grades]
        style_fields(self)


class MoneyForm(forms.Form):
    kind = forms.ChoiceField(label="Loại", choices=MoneyKind.choices)
    date = date_field("Ngày", required=True)
    amount = forms.CharField(label="Số tiền (đồng)", help_text="Ví dụ: 45.998.409")
    tranche = forms.IntegerField(label="Đợt", required=False, min_value=1)
    budget_year = forms.IntegerField(label="Năm ngân sách", required=False, min_value=2000, max_value=2100)
    document_number = forms.CharField(label="Số chứng từ, văn bản", required=False)
    settle_by = date_field("Hạn thanh toán tạm ứng")
    note = forms.CharField(label="Ghi chú", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        style_fields(self)


class CouncilForm(_OwnUnitDefault, OrganisationModelForm):
    class Meta:
        model = Council
        fields = ["kind", "name", "managing_unit", "tasks", "decision_number", "decision_date", "decision_signer",
                  "planned_date", "location"]


class CouncilMemberForm(forms.Form):
    full_name = forms.CharField(label="Họ và tên")
    academic_title = forms.CharField(label="Học hàm, học vị", required=False)
    workplace = forms.CharField(label="Cơ quan công tác", required=False)
    role = forms.ChoiceField(label="Vai trò", choices=CouncilRole.choices, initial=CouncilRole.MEMBER)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        style_fields(self)


class CouncilConcludeForm(forms.Form):
    meeting_date = date_field("Ngày họp", required=True)
    conclusion = forms.CharField(label="Kết luận", widget=forms.Textarea(attrs={"rows": 3}))
    grade = forms.ChoiceField(label="Xếp loại đề nghị", required=False, choices=[("", "—"), *Grade.choices])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        style_fields(self)
