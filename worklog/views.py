"""Screens of the work log: list (filters, search, export), detail, edit, delete, history on the generic views of
`core`, and the quick form posted from a unit's page."""
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views import View

from core.models import Unit
from core.permissions import ADD, FORBIDDEN_MESSAGE, can
from core.views.generic import (
    MembershipRequiredMixin, ObjectDeleteView, ObjectDetailView, ObjectEditView, ObjectHistoryView, ObjectListView,
    add_validation_error,
)

from .filtersets import WorkLogEntryFilterSet
from .forms import QuickEntryForm, WorkLogEntryForm
from .models import WorkLogEntry
from .services import entry_delete, entry_save
from .tables import WorkLogEntryTable


class WorkLogEntryListView(ObjectListView):
    model = WorkLogEntry
    table_class = WorkLogEntryTable
    filterset_class = WorkLogEntryFilterSet
    title = "Nhật ký công tác"

    def optimise(self, queryset):
        return queryset.select_related("unit")


class WorkLogEntryDetailView(ObjectDetailView):
    model = WorkLogEntry

    def get_queryset(self):
        return super().get_queryset().select_related("unit", "directive_task", "science_task", "register_type")


class WorkLogEntryEditView(ObjectEditView):
    model = WorkLogEntry
    form_class = WorkLogEntryForm

    def save(self, form):
        return entry_save(entry=form.save(commit=False), actor=self.membership)


class WorkLogEntryDeleteView(ObjectDeleteView):
    model = WorkLogEntry
    delete_service = entry_delete


class WorkLogEntryHistoryView(ObjectHistoryView):
    model = WorkLogEntry


class QuickEntryView(MembershipRequiredMixin, View):
    """POST only, from the quick form on a unit's page: saved → back to the page with a message; refused → the
    form again with the Vietnamese reasons beside the fields, nothing saved."""

    def post(self, request, unit_pk):
        unit = get_object_or_404(Unit, pk=unit_pk, organisation=self.organisation)
        back = request.POST.get("next", "")
        if not back.startswith("/") or back.startswith("//"):
            back = reverse("core:unit_detail", args=[unit.pk])
        if not can(self.membership, ADD, WorkLogEntry(organisation=self.organisation, unit=unit)):
            raise PermissionDenied(FORBIDDEN_MESSAGE)
        data = request.POST.copy()
        data["unit"] = str(unit.pk)
        form = QuickEntryForm(data, membership=self.membership)
        if form.is_valid():
            try:
                entry = entry_save(entry=form.save(commit=False), actor=self.membership)
            except ValidationError as exc:
                add_validation_error(form, exc)
            else:
                messages.success(request, f"Đã ghi vào nhật ký công tác: {entry}")
                return HttpResponseRedirect(back)
        # the typed values stay in the form, each message beside its field; nothing was saved
        return render(request, "worklog/quick_entry.html", {"form": form, "unit": unit, "next": back}, status=400)
