"""Screens of the document import: upload, review beside the source text, accept into directives."""
from __future__ import annotations

from pathlib import Path

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views import View
from django.views.generic import TemplateView

from core.formatting import format_date
from core.permissions import ADD, CHANGE, DELETE, FORBIDDEN_MESSAGE, can
from core.text import fold
from core.views.generic import MembershipRequiredMixin, ModelMetaMixin, ObjectDeleteView, ObjectHistoryView, ObjectListView

from directives.views import DirectiveImportView

from .choices import ImportStatus
from .errors import DocumentImportError
from .filtersets import ImportedDocumentFilterSet
from .forms import DocumentFieldsForm, UploadForm, draft_rows, review_units, task_draft_formset
from .highlight import highlight
from .jobs import imported_document_create_later, needs_background
from .models import ImportedDocument
from .selectors import imported_document_get_for, member_names
from .services import (
    CompletionRefused,
    find_duplicates,
    full_number,
    imported_document_accept,
    imported_document_create,
    imported_document_delete,
    imported_document_discard,
    source_type_for,
)
from .tables import ImportedDocumentTable


SPREADSHEET_SUFFIXES = (".xlsx", ".xls", ".csv")


def issue_date_hint(imported) -> str:
    """What the review says of "Ngày ban hành" when the document prints no date of its own."""
    if imported.opening_day:
        return (f"Văn bản không ghi ngày ban hành: đã điền ngày {format_date(imported.opening_day)} mà văn bản mở đầu "
                "(ngày họp, ngày sự việc). Đối chiếu với bản gốc.")
    # no date of the page's own: the latest one it mentions is too often a deadline to be offered
    return "Văn bản không ghi ngày ban hành: nhập ngày theo bản gốc."


class ImportedDocumentListView(ObjectListView):
    model = ImportedDocument
    table_class = ImportedDocumentTable
    filterset_class = ImportedDocumentFilterSet
    title = "Văn bản nhập từ tệp"

    def optimise(self, queryset):
        return queryset.select_related("created_by__user", "source_document").defer("text")


class UploadView(MembershipRequiredMixin, ModelMetaMixin, TemplateView):
    """Tải lên: read and extract the file; a bad file gives a Vietnamese message and saves nothing."""

    model = ImportedDocument
    template_name = "docimport/upload.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and getattr(request, "membership", None) is not None:
            if not self.may_open(request.membership):
                raise PermissionDenied(FORBIDDEN_MESSAGE)
        return super().dispatch(request, *args, **kwargs)

    @classmethod
    def may_open(cls, membership) -> bool:  # the menu asks the same question
        return membership is not None and can(membership, ADD, ImportedDocument)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", UploadForm())
        context["title"] = "Nhập văn bản từ tệp"
        return context

    def post(self, request, *args, **kwargs):
        upload = request.FILES.get("file")
        if upload is not None and upload.name.lower().endswith(SPREADSHEET_SUFFIXES):
            return self.hand_to_tabular_importer(request)
        form = UploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        data = upload.read()
        if needs_background(data, upload.name):  # many pages or a scan: read out of the request, with progress
            job = imported_document_create_later(actor=self.membership, data=data, filename=upload.name)
            return HttpResponseRedirect(job.get_absolute_url())
        try:
            imported, duplicates = imported_document_create(actor=self.membership, data=data,
                                                            filename=upload.name)
        except DocumentImportError as exc:
            form.add_error("file", exc.message)
            return self.render_to_response(self.get_context_data(form=form))
        if duplicates:
            messages.warning(request, "Văn bản này có thể đã được nhập trước đây: xem cảnh báo bên dưới trước khi xác nhận.")
        else:
            messages.success(request, f"Đã đọc tệp {imported.file_name}: {len(imported.tasks)} nhiệm vụ, "
                                      f"{len(imported.references)} văn bản trích dẫn, {len(imported.quantities)} số liệu.")
        return HttpResponseRedirect(imported.get_absolute_url())


    def hand_to_tabular_importer(self, request):
        """A list of tasks in a table is read by the directives tabular importer (preview, row checks, all or
        nothing), not by the document parser: the same file is kept as that importer keeps its uploads and its
        preview opens at once, so the person does not choose the file a second time."""
        from core.importing import imports_dir
        from core.views.imports import ImportUploadForm, keep_pending_upload

        upload = request.FILES["file"]
        if upload.name.lower().endswith(".xls"):
            return self.refuse_file([
                f"Tệp {upload.name} là bảng tính Excel 97–2003 (.xls), chưa đọc được: hãy mở tệp bằng Excel hoặc "
                "LibreOffice, lưu thành .xlsx rồi tải lên lại."])
        if not SpreadsheetImportView.may_open(self.membership):
            raise PermissionDenied(FORBIDDEN_MESSAGE)
        tabular = ImportUploadForm(request.POST, request.FILES)
        if not tabular.is_valid():
            return self.refuse_file(tabular.errors["file"])
        token, _path = keep_pending_upload(request, upload, imports_dir())
        return HttpResponseRedirect(reverse("docimport:spreadsheet_import") + f"?pending={token}")


    def refuse_file(self, messages_):
        """The upload screen again with `messages_` under the file field (nothing kept)."""
        form = UploadForm(data={}, files={})
        form.is_valid()
        form.errors["file"] = form.error_class(list(messages_))
        return self.render_to_response(self.get_context_data(form=form))


class SpreadsheetImportView(DirectiveImportView):
    """The directives tabular importer for a table dropped on the document import screen: `?pending=<token>`
    previews the file kept by the upload (then confirm, cancel, background jobs work as on the directives screen)."""

    def get(self, request, *args, **kwargs):
        token = request.GET.get("pending")
        if token:
            return self.preview_pending(token)
        return super().get(request, *args, **kwargs)

    def preview_pending(self, token: str):
        from core.views.imports import SESSION_KEY, ImportUploadForm

        entry = self.request.session.get(SESSION_KEY, {}).get(token)
        if entry is None or not Path(entry["path"]).exists():
            messages.error(self.request, "Phiên nhập dữ liệu đã hết hạn. Vui lòng tải tệp lên lại.")
            return HttpResponseRedirect(reverse("docimport:importeddocument_add"))
        path = Path(entry["path"])
        if self.in_background(path, entry["name"]):
            return self.enqueue(path, entry["name"], dry_run=True)
        result, error = self.run(path, entry["name"], dry_run=True)
        return self.render_to_response(self.get_context_data(form=ImportUploadForm(), result=result, error=error,
                                                             token=token, filename=entry["name"]))


class ReviewView(MembershipRequiredMixin, View):
    """The extracted items beside the source text (highlighted); editable; accept all or some."""

    template_name = "docimport/importeddocument_detail.html"

    def get_object(self, pk):
        return imported_document_get_for(membership=self.membership, pk=pk)

    def get(self, request, pk):
        imported = self.get_object(pk)
        return render(request, self.template_name, self.context(imported))

    def post(self, request, pk):
        imported = self.get_object(pk)
        if not can(self.membership, CHANGE, imported):
            raise PermissionDenied(FORBIDDEN_MESSAGE)
        if request.POST.get("action") == "discard":
            try:
                imported_document_discard(actor=self.membership, imported=imported)
            except ValidationError as exc:
                messages.error(request, "; ".join(exc.messages))
            else:
                messages.info(request, "Đã bỏ văn bản nhập này.")
            return HttpResponseRedirect(reverse("docimport:importeddocument_list"))
        units = review_units(imported)
        document_form = DocumentFieldsForm(request.POST)
        formset = task_draft_formset(initial=draft_rows(imported, units), units=units, data=request.POST)
        tasks_valid, fields_valid = formset.is_valid(), document_form.is_valid()  # both: every error at once
        if not (tasks_valid and fields_valid):
            errors = formset.error_lines() + [f"{document_form.fields[name].label}: {' '.join(msgs)}"
                                              for name, msgs in document_form.errors.items()]
            shown = formset if formset.management_form.is_valid() else None  # no rows to show back: fresh ones
            return render(request, self.template_name, self.context(imported, formset=shown, errors=errors,
                                                                    document_form=document_form), status=400)
        choices = formset.task_choices()
        data = document_form.cleaned_data
        keep_open = bool(request.POST.get("confirm_open"))
        try:
            source, tasks = imported_document_accept(
                actor=self.membership, imported=imported, tasks=choices, doc_type=data["doc_type"],
                number=data["number"], issued_on=data["issued_on"], issuer=data["issuer"], summary=data["summary"],
                keep_open_when_completion_refused=keep_open,
            )
        except CompletionRefused as exc:
            return render(request, self.template_name, self.context(
                imported, formset=formset, errors=exc.messages, document_form=document_form,
                completion_refused=exc.refusals, confirm_open=keep_open), status=400)
        except ValidationError as exc:
            return render(request, self.template_name, self.context(imported, formset=formset, errors=exc.messages,
                                                                    document_form=document_form), status=400)
        messages.success(request, f"Đã tạo văn bản {source} và {len(tasks)} nhiệm vụ.")
        left_open = [choice.number for choice, task in zip(choices, tasks) if choice.completed_on and not task.completed_on]
        if left_open:
            messages.warning(request, "Các nhiệm vụ " + ", ".join(map(str, left_open)) + " được nhận ở trạng thái "
                             "chưa hoàn thành (không ghi nhận được ngày hoàn thành theo văn bản): hãy cập nhật sau.")
        return HttpResponseRedirect(source.get_absolute_url())

    def context(self, imported: ImportedDocument, *, formset=None, errors=None, document_form=None,
                completion_refused=None, confirm_open=False) -> dict:
        membership = self.membership
        may_change = can(membership, CHANGE, imported) and imported.status == ImportStatus.DRAFT
        if formset is None:
            units = review_units(imported)
            formset = task_draft_formset(initial=draft_rows(imported, units), units=units, may_change=may_change)
        units = formset.form_kwargs["units"]
        refused_numbers = {position for position, _ in completion_refused or []}
        for form in formset:
            if form.number in refused_numbers:
                widget = form.fields["completed_on"].widget
                widget.attrs["class"] = widget.attrs.get("class", "") + " is-invalid"
        spans = []
        for index, task in enumerate(imported.tasks):
            span = task.get("span") or [0, 0]
            spans.append((span[0], span[1], f"hl-task hl-task-{index % 6}"))
        for item in imported.references:
            if item.get("span"):
                spans.append((item["span"][0], item["span"][1], "hl-ref"))
        for item in imported.quantities:
            if item.get("span"):
                spans.append((item["span"][0], item["span"][1], "hl-qty"))
        if document_form is None:
            # the document's own date, else the day it opens with (a meeting's); never a date it merely mentions,
            # which may be a deadline
            issued = imported.doc_date or imported.opening_day
            document_form = DocumentFieldsForm(initial={
                "doc_type": source_type_for(imported), "number": full_number(imported.number_symbol),
                "issued_on": format_date(issued) if issued else "", "issuer": imported.issuer[:150],
                "summary": imported.title,
            })
        if not imported.doc_date:
            document_form.fields["issued_on"].help_text = issue_date_hint(imported)
        duplicates = find_duplicates(organisation=membership.organisation, sha256=imported.sha256,
                                     number_symbol=imported.number_symbol, doc_date=imported.doc_date,
                                     exclude_pk=imported.pk, text_sha=imported.text_hash, issuer=imported.issuer)
        file_info = ((imported.result or {}).get("document") or {}).get("file") or {}
        known_units = {fold(name) for unit in units for name in unit.names()}
        return {
            "object": imported, "title": str(imported), "pieces": highlight(imported.text, spans), "formset": formset,
            "refused_numbers": refused_numbers,
            "document_form": document_form, "errors": errors or [], "duplicates": duplicates,
            "already_accepted": duplicates.accepted() if duplicates else [],
            "low_confidence": file_info.get("low_confidence") or [],
            "page_images": (list(range(1, imported.pages + 1)) if imported.encoding == "ocr" and imported.pages <= 40
                            else []),
            "may_delete": can(membership, DELETE, imported),
            "member_names": member_names(membership.organisation),
            "may_change": may_change,
            "warnings": ((imported.result or {}).get("document") or {}).get("file", {}).get("warnings", []),
            "document": (imported.result or {}).get("document") or {}, "known_units": known_units,
            "opts": ImportedDocument._meta, "completion_refused": completion_refused or [],
            "confirm_open": confirm_open,
            # the blank rows stay open when the reviewer filled one in and the page came back
            "added_open": any(form.errors or (form.is_bound and form.accepted()) for form in formset.added_forms),
        }


class ImportedDocumentDeleteView(ObjectDeleteView):
    """Xóa: an accepted import goes with the source document and the tasks it created (the service decides)."""

    model = ImportedDocument
    delete_service = imported_document_delete


class PageImageView(MembershipRequiredMixin, View):
    """One page of the uploaded PDF as an image, shown beside the text read from a scan."""

    def get(self, request, pk, page):
        from django.http import Http404, HttpResponse

        from .ocr import page_image

        imported = imported_document_get_for(membership=self.membership, pk=pk)
        if imported.file_kind != "pdf" or not imported.file or not 1 <= page <= min(imported.pages, 200):
            raise Http404("Không có trang này.")
        with imported.file.open("rb") as handle:
            image = page_image(handle.read(), page)
        if image is None:
            raise Http404("Không hiển thị được trang này.")
        response = HttpResponse(image, content_type="image/png")
        response["Cache-Control"] = "private, max-age=3600"
        return response


class ImportedDocumentHistoryView(ObjectHistoryView):
    model = ImportedDocument
