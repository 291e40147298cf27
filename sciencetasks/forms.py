"""Forms: the task form is a ModelForm (descriptive fields only); steps, money and councils use plain forms that
hand their cleaned data to the services."""
from django import forms

from core.forms import OrganisationModelForm, VietnameseDateInput, style_fields
from core.money import MoneyField

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
    """The descriptive fields; a new task also gets the day it was received, which may lie in the past: a project
    under way since 2022 is entered with that date, then its past steps in order on its page."""

    received_on = date_field("Ngày tiếp nhận đề xuất", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields["received_on"]
        else:
            from django.utils import timezone

            self.fields["received_on"].initial = timezone.localdate()
            self.fields["received_on"].help_text = (
                "Nhiệm vụ đã thực hiện từ trước: ghi ngày tiếp nhận thực tế, rồi ghi lại từng bước đã qua theo thứ tự "
                "trên trang nhiệm vụ.")
            style_fields(self)

    def clean_received_on(self):
        from django.utils import timezone

        value = self.cleaned_data.get("received_on")
        if value and value > timezone.localdate():
            raise forms.ValidationError("Ngày tiếp nhận không thể sau ngày hôm nay.")
        return value

    class Meta:
        model = ScienceTask
        fields = [name for name in EDITABLE_FIELDS if name not in ("contract_number", "contract_date", "contract_value")]
        widgets = {"title": forms.Textarea(attrs={"rows": 2}), "team_members": forms.Textarea(attrs={"rows": 3}),
                   "coordinating_organisations": forms.Textarea(attrs={"rows": 2}), "sites": forms.Textarea(attrs={"rows": 2}),
                   "note": forms.Textarea(attrs={"rows": 2})}


K = StepKind
COMMON_STEP_FIELDS = ("kind", "date", "decision_number", "decision_date", "decision_signer")
# What each kind of step records besides its date and decision (the service reads the same names).
STEP_FIELDS: dict[str, tuple[str, ...]] = {
    K.DETERMINE: ("council",), K.SELECT: ("variant", "council"), K.APPRAISE: ("council",),
    K.SIGN_CONTRACT: ("contract_value",), K.BASE_ACCEPT: ("council",), K.ACCEPT: ("grade", "council"),
    K.REGISTER: ("certificate_number", "certificate_date"), K.STOP: (), K.INSPECT: ("variant", "findings"),
    K.EXTEND: ("variant", "new_end_date"), K.CHANGE_LEADER: ("new_value",), K.CHANGE_HOST: ("new_value",),
    K.CHANGE_COORDINATOR: ("new_value",), K.APPLICATION_REVIEW: ("findings", "council"),
}
VARIANTS = {K.SELECT: SelectionMode.choices, K.INSPECT: InspectionKind.choices, K.EXTEND: ExtensionKind.choices}
NEW_VALUE_LABELS = {K.CHANGE_LEADER: "Chủ nhiệm mới", K.CHANGE_HOST: "Tổ chức chủ trì mới",
                    K.CHANGE_COORDINATOR: "Tổ chức phối hợp mới"}


class StepForm(forms.Form):
    """One step: its kind, date and decision, and only the fields that kind records (grade and council for an
    acceptance, certificate for a registration, new end date for an extension…). Dates may lie in the past — an
    ongoing project is entered with its history — but not in the future nor before the previous step. What a kind
    needs (a grade, a certificate…) is checked by the service, whose messages say it in the step's terms."""

    kind = forms.ChoiceField(label="Bước", choices=StepKind.choices)
    date = date_field("Ngày", required=True)
    decision_number = forms.CharField(label="Số văn bản, quyết định", required=False)
    decision_date = date_field("Ngày văn bản")
    decision_signer = forms.CharField(label="Người ký", required=False)
    variant = forms.ChoiceField(label="Hình thức", required=False, choices=[("", "—")])
    grade = forms.ChoiceField(label="Xếp loại", required=False, choices=[("", "—"), *Grade.choices])
    council = forms.ModelChoiceField(label="Hội đồng quyết định", required=False, queryset=Council.objects.none(),
                                     empty_label="—")
    contract_value = forms.CharField(label="Giá trị hợp đồng (đồng)", required=False, help_text="Ví dụ: 800.000.000")
    new_end_date = date_field("Thời hạn mới")
    certificate_number = forms.CharField(label="Số giấy chứng nhận", required=False)
    certificate_date = date_field("Ngày cấp giấy chứng nhận")
    new_value = forms.CharField(label="Chủ nhiệm / tổ chức mới", required=False)
    findings = forms.CharField(label="Kết quả, kiến nghị", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    note = forms.CharField(label="Ghi chú", required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, allowed=None, grades=None, task=None, kind=None, **kwargs):
        super().__init__(*args, **kwargs)
        if allowed is not None:
            self.fields["kind"].choices = [(k, StepKind(k).label) for k in allowed]
        if kind is None:
            kind = (self.data.get("kind") if self.is_bound else None) or self.initial.get("kind") or (
                allowed[0] if allowed else None)
        self.step_kind = kind if kind in StepKind.values else None
        self.initial.setdefault("kind", self.step_kind)
        keep = set(COMMON_STEP_FIELDS) | set(STEP_FIELDS.get(self.step_kind, ())) | {"note"}
        for name in list(self.fields):
            if name not in keep:
                del self.fields[name]
        if "variant" in self.fields:
            self.fields["variant"].choices = [("", "—"), *VARIANTS[self.step_kind]]
        if "new_value" in self.fields:
            self.fields["new_value"].label = NEW_VALUE_LABELS[self.step_kind]
        if "grade" in self.fields:
            if grades is not None:
                self.fields["grade"].choices = [("", "—")] + [(g, Grade(g).label) for g in grades]
        if "council" in self.fields and task is not None:
            # the councils of this organisation, this task's first: a step links to the council that decided it
            self.fields["council"].queryset = Council.objects.filter(organisation_id=task.organisation_id) \
                .order_by("-meeting_date", "-id")
        style_fields(self)
        if "kind" in self.fields and task is not None:
            from django.urls import reverse

            # htmx swaps in the fields of the chosen kind (no inline script: the site runs under a strict CSP)
            self.fields["kind"].widget.attrs.update({
                "hx-get": reverse("sciencetasks:step_form", args=[task.pk]), "hx-trigger": "change",
                "hx-target": "#step-fields", "hx-select": "#step-fields", "hx-swap": "outerHTML",
                "hx-include": "#step-fields",  # what was typed (date, decision) carries over to the new kind's fields
            })


class MoneyForm(forms.Form):
    kind = forms.ChoiceField(label="Loại", choices=MoneyKind.choices)
    date = date_field("Ngày", required=True)
    amount = MoneyField(label="Số tiền (đồng)", help_text="Ví dụ: 45.998.409")
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
