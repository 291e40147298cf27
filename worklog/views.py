"""Screens of the work log: list (filters, search, export), detail, edit, delete, history on the generic views of
`core`, and the quick form posted from a unit's page."""
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views import View

from core.models import Unit
from core.params import safe_next
from core.permissions import ADD, FORBIDDEN_MESSAGE, VIEW, can
from core.views.generic import (
    MembershipRequiredMixin, ObjectDeleteView, ObjectDetailView, ObjectEditView, ObjectHistoryView, ObjectListView,
    add_validation_error,
)
from docimport.errors import DocumentImportError

from .filtersets import WorkLogEntryFilterSet
from .forms import FULL_FIELDS, DraftFormSet, ImportUploadForm, QuickEntryForm, WorkLogEntryForm
from .importing import drafts_from_file
from .models import WorkLogEntry
from .services import entries_create, entry_delete, entry_save
from .tables import WorkLogEntryTable

DRAFT_FIELDS = ("date", "kind", "status", "text", "quantity", "measure_unit", "document_number", "document_date")


class WorkLogEntryListView(ObjectListView):
    model = WorkLogEntry
    table_class = WorkLogEntryTable
    filterset_class = WorkLogEntryFilterSet
    title = "Nhật ký công tác"

    def optimise(self, queryset):
        return queryset.select_related("unit")


class WorkLogEntryDetailView(ObjectDetailView):
    model = WorkLogEntry
    # what the entry concerns (tasks, a register's record) is listed as links below (template), not as raw fields
    detail_fields = tuple(name for name in FULL_FIELDS if name not in ("directive_task", "science_task"))

    def get_queryset(self):
        return super().get_queryset().select_related("unit", "directive_task", "science_task", "register_type")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        entry, links = self.object, []
        for label, target in (("Nhiệm vụ được giao", entry.directive_task), ("Nhiệm vụ KH&CN", entry.science_task),
                              ("Bản ghi sổ theo dõi", entry.register_entry if entry.register_type_id else None)):
            if target is not None and can(self.membership, VIEW, target):
                links.append((label, target, getattr(target, "get_absolute_url", lambda: "")()))
        context["links"] = links
        return context


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
        back = safe_next(request, reverse("core:unit_detail", args=[unit.pk]))
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


class WorkLogImportView(MembershipRequiredMixin, View):
    """Import a unit's weekly report: upload → the drafts for review (kind, quantity, document guessed, each
    editable, each can be left out) → save the kept ones, all or none."""

    template_name = "worklog/import.html"

    @classmethod
    def may_open(cls, membership) -> bool:
        return membership is not None and can(membership, ADD, WorkLogEntry)

    def dispatch(self, request, *args, **kwargs):
        if getattr(request, "membership", None) is not None and not self.may_open(request.membership):
            raise PermissionDenied(FORBIDDEN_MESSAGE)
        return super().dispatch(request, *args, **kwargs)

    def _page(self, request, status=200, **context):
        return render(request, self.template_name, {"title": "Nhập nhật ký từ báo cáo tuần của đơn vị", **context},
                      status=status)

    def get(self, request):
        return self._page(request, upload=ImportUploadForm(membership=self.membership))

    def post(self, request):
        if "accept" in request.POST:
            return self._accept(request)
        upload = ImportUploadForm(request.POST, request.FILES, membership=self.membership)
        if not upload.is_valid():
            return self._page(request, 400, upload=upload)
        unit, date, file = upload.cleaned_data["unit"], upload.cleaned_data["date"], upload.cleaned_data["file"]
        try:
            drafts = drafts_from_file(file.read(), file.name, reference_date=date)
        except DocumentImportError as exc:
            upload.add_error("file", exc.message)
            return self._page(request, 400, upload=upload)
        formset = DraftFormSet(initial=[draft.initial(date) for draft in drafts])
        return self._page(request, formset=formset, unit=unit, filename=file.name)

    def _accept(self, request):
        unit = get_object_or_404(Unit, pk=request.POST.get("unit") if str(request.POST.get("unit", "")).isdigit()
                                 else None, organisation=self.organisation)
        formset = DraftFormSet(request.POST)
        context = {"formset": formset, "unit": unit, "filename": request.POST.get("filename", "")}
        if not can(self.membership, ADD, WorkLogEntry(organisation=self.organisation, unit=unit)):
            raise PermissionDenied(FORBIDDEN_MESSAGE)
        if not formset.is_valid():
            return self._page(request, 400, **context)
        kept = [(form, form.cleaned_data) for form in formset.forms if form.cleaned_data.get("include")]
        if not kept:
            return self._page(request, 400, error="Chưa chọn dòng nào để ghi vào nhật ký.", **context)
        rows = [{"unit": unit, **{name: data[name] for name in DRAFT_FIELDS}} for _form, data in kept]
        try:
            saved = entries_create(actor=self.membership, rows=rows)
        except ValidationError as exc:
            failed = getattr(exc, "row", None)
            target = kept[failed][0] if failed is not None else None
            if target is not None:
                add_validation_error(target, exc)
            return self._page(request, 400, error="Chưa ghi được: có dòng chưa hợp lệ (xem thông báo bên dưới). "
                              "Chưa dòng nào được lưu.", **context)
        messages.success(request, f"Đã ghi {len(saved)} mục vào nhật ký công tác của {unit}.")
        return HttpResponseRedirect(reverse("worklog:worklogentry_list") + f"?unit={unit.pk}")
