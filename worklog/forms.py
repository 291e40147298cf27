"""The work-log form (full edit screen) and the quick form on a unit's page."""
import datetime as dt

from django import forms
from django.db.models import Q
from django.utils import timezone

from core.forms import OrganisationModelForm
from core.uploads import UploadValidator

from .models import WorkLogEntry

FULL_FIELDS = ["unit", "date", "end_date", "kind", "text", "quantity", "measure_unit", "planned_quantity", "status",
               "directive_task", "science_task", "reference", "document_number", "document_date", "note"]
RECENT_DAYS = 180
QUICK_FIELDS = ["unit", "date", "kind", "text", "quantity", "measure_unit", "directive_task", "science_task",
                "document_number", "document_date"]


class WorkLogEntryForm(OrganisationModelForm):
    class Meta:
        model = WorkLogEntry
        fields = FULL_FIELDS
        widgets = {"text": forms.Textarea(attrs={"rows": 3}), "note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.pk and not self.is_bound:
            self.initial.setdefault("date", timezone.localdate())
            if self.membership.unit_id:
                self.initial.setdefault("unit", self.membership.unit_id)
        self.limit_links(unit_id=None)

    def limit_links(self, *, unit_id):
        """Offer the tasks still worth linking (open, or closed lately), of `unit_id` when given: ten years of
        tasks in one select would be unusable. The entry's current links stay selectable."""
        today = timezone.localdate()
        recent = today - dt.timedelta(days=RECENT_DAYS)
        tasks = self.fields["directive_task"].queryset.filter(cancelled_on__isnull=True).filter(
            Q(completed_on__isnull=True) | Q(completed_on__gte=recent))
        science = self.fields["science_task"].queryset.filter(Q(planned_end__isnull=True) | Q(planned_end__gte=recent))
        if unit_id:
            tasks, science = tasks.filter(lead_unit_id=unit_id), science.filter(managing_unit_id=unit_id)
        keep_task, keep_science = self.instance.directive_task_id, self.instance.science_task_id
        if keep_task:
            tasks = tasks | self.fields["directive_task"].queryset.filter(pk=keep_task)
        if keep_science:
            science = science | self.fields["science_task"].queryset.filter(pk=keep_science)
        self.fields["directive_task"].queryset = tasks.order_by("-id")
        self.fields["science_task"].queryset = science.order_by("-id")


class QuickEntryForm(WorkLogEntryForm):
    """A few fields, the unit preset by the page it sits on, today's date: an entry typed in seconds."""

    class Meta(WorkLogEntryForm.Meta):
        fields = QUICK_FIELDS
        widgets = {"text": forms.Textarea(attrs={"rows": 2}), "unit": forms.HiddenInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        unit = self.data.get("unit") if self.is_bound else self.initial.get("unit")
        unit = str(getattr(unit, "pk", unit) or "")
        self.limit_links(unit_id=int(unit) if unit.isdigit() else None)


WORKLOG_REPORT_KINDS = ("docx", "pdf", "txt")  # checked by content, like every upload (core.uploads)


class ImportUploadForm(forms.Form):
    """A unit's weekly report to read into draft entries (nothing is saved at this step)."""

    unit = forms.ModelChoiceField(label="Đơn vị", queryset=None)
    date = forms.DateField(label="Ngày ghi cho các mục", help_text="Thường là ngày cuối tuần báo cáo.")
    file = forms.FileField(label="Tệp báo cáo (.docx, .pdf, .txt)", validators=[UploadValidator(WORKLOG_REPORT_KINDS)])

    def __init__(self, *args, membership, **kwargs):
        from core.forms import style_fields
        from core.models import Unit

        super().__init__(*args, **kwargs)
        units = Unit.objects.filter(organisation=membership.organisation).order_by("display_order", "name")
        if not membership.is_leader:
            units = units.filter(pk__in=membership.scope_unit_ids())
        self.fields["unit"].queryset = units
        self.fields["unit"].error_messages["invalid_choice"] = "Bạn chỉ nhập được nhật ký của đơn vị mình."
        if not self.is_bound:
            self.initial.setdefault("date", timezone.localdate())
            self.initial.setdefault("unit", membership.unit_id)
        style_fields(self)


class DraftEntryForm(forms.Form):
    """One draft line of the review: kept or not, and corrected before saving."""

    include = forms.BooleanField(label="Ghi", required=False)
    date = forms.DateField(label="Ngày")
    kind = forms.ChoiceField(label="Loại công việc", choices=WorkLogEntry._meta.get_field("kind").choices)
    status = forms.ChoiceField(label="Tình trạng", choices=WorkLogEntry._meta.get_field("status").choices)
    text = forms.CharField(label="Nội dung công việc", widget=forms.Textarea(attrs={"rows": 2}))
    quantity = forms.DecimalField(label="Số lượng", required=False, max_digits=14, decimal_places=2)
    measure_unit = forms.CharField(label="Đơn vị tính", required=False, max_length=40)
    document_number = forms.CharField(label="Số văn bản", required=False, max_length=60)
    document_date = forms.DateField(label="Ngày văn bản", required=False)
    heading = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        from core.forms import style_fields

        super().__init__(*args, **kwargs)
        style_fields(self)


DraftFormSet = forms.formset_factory(DraftEntryForm, extra=0, max_num=200, absolute_max=200)
