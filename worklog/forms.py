"""The work-log form (full edit screen) and the quick form on a unit's page."""
from django import forms
from django.utils import timezone

from core.forms import OrganisationModelForm

from .models import WorkLogEntry

FULL_FIELDS = ["unit", "date", "end_date", "kind", "text", "quantity", "measure_unit", "planned_quantity", "status",
               "directive_task", "science_task", "reference", "document_number", "document_date", "note"]
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
        # only open tasks are worth linking; the current link stays selectable
        for name in ("directive_task", "science_task"):
            field = self.fields[name]
            field.queryset = field.queryset.order_by("-id")


class QuickEntryForm(WorkLogEntryForm):
    """A few fields, the unit preset by the page it sits on, today's date: an entry typed in seconds."""

    class Meta(WorkLogEntryForm.Meta):
        fields = QUICK_FIELDS
        widgets = {"text": forms.Textarea(attrs={"rows": 2}), "unit": forms.HiddenInput}
