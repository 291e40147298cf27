"""Upload → preview (row errors) → confirm: the import screen every register reuses."""
from __future__ import annotations

import io
import uuid
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.views.generic import TemplateView

from core.importing import ImportAborted, ImportResult, count_rows, import_job, imports_dir, purge_stale_uploads
from core.jobs import job_enqueue, job_get_for
from core.models import Job
from core.uploads import TABULAR_KINDS, validate_upload
from core.permissions import ADD, FORBIDDEN_MESSAGE, can

from .generic import MembershipRequiredMixin

ALLOWED_SUFFIXES = (".csv", ".xlsx")
SESSION_KEY = "pending_imports"


def keep_pending_upload(request, upload, directory: Path) -> tuple[str, Path]:
    """Keep an uploaded table on the disk until its preview is confirmed; the session holds its token."""
    purge_stale_uploads()  # previews abandoned earlier never stay on the disk for long
    token = uuid.uuid4().hex
    path = directory / f"{token}{Path(upload.name).suffix.lower()}"
    with open(path, "wb") as handle:
        for chunk in upload.chunks():
            handle.write(chunk)
    pending = request.session.get(SESSION_KEY, {})
    pending[token] = {"path": str(path), "name": upload.name}
    request.session[SESSION_KEY] = pending
    return token, path


class ImportUploadForm(forms.Form):
    file = forms.FileField(label="Tệp dữ liệu (.xlsx hoặc .csv)")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(ALLOWED_SUFFIXES):
            raise forms.ValidationError("Chỉ nhận tệp .xlsx hoặc .csv.")
        validate_upload(upload, TABULAR_KINDS)
        return upload


class ImportView(MembershipRequiredMixin, TemplateView):
    """Subclasses set `importer_class`, `model`, and optionally `success_url_name`, `title`."""

    template_name = "core/import.html"
    importer_class = None
    model = None
    success_url_name: str | None = None
    title: str | None = None

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and getattr(request, "membership", None) is not None:
            if not self.may_open(request.membership):
                raise PermissionDenied(FORBIDDEN_MESSAGE)
        return super().dispatch(request, *args, **kwargs)

    @classmethod
    def may_open(cls, membership) -> bool:
        return membership is not None and can(membership, ADD, cls.model)

    def get(self, request, *args, **kwargs):
        if request.GET.get("template"):
            return self.template_response()
        if request.GET.get("job"):
            return self.job_preview(request.GET["job"])
        return self.render_to_response(self.get_context_data(form=ImportUploadForm()))

    def post(self, request, *args, **kwargs):
        if request.POST.get("cancel"):
            return self.cancel(request.POST["cancel"])
        token = request.POST.get("token")
        if token:
            return self.commit(token)
        form = ImportUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        token, path = keep_pending_upload(request, upload, self.storage_dir())
        if self.in_background(path, upload.name):
            return self.enqueue(path, upload.name, dry_run=True)
        result, error = self.run(path, upload.name, dry_run=True)
        return self.render_to_response(
            self.get_context_data(form=ImportUploadForm(), result=result, error=error, token=token, filename=upload.name)
        )

    def commit(self, token):
        pending = self.request.session.get(SESSION_KEY, {})
        entry = pending.get(token)
        if entry is None or not Path(entry["path"]).exists():
            messages.error(self.request, "Phiên nhập dữ liệu đã hết hạn. Vui lòng tải tệp lên lại.")
            return HttpResponseRedirect(self.request.path)
        if self.in_background(Path(entry["path"]), entry["name"]):
            pending.pop(token, None)
            self.request.session[SESSION_KEY] = pending
            return self.enqueue(Path(entry["path"]), entry["name"], dry_run=False)
        result, error = self.run(Path(entry["path"]), entry["name"], dry_run=False)
        if error or not result.ok:
            return self.render_to_response(
                self.get_context_data(form=ImportUploadForm(), result=result, error=error, token=token, filename=entry["name"])
            )
        Path(entry["path"]).unlink(missing_ok=True)
        pending.pop(token, None)
        self.request.session[SESSION_KEY] = pending
        messages.success(self.request, result.summary())
        return HttpResponseRedirect(self.get_success_url())

    def cancel(self, token):
        """The person gives up after the preview: the uploaded file goes at once."""
        pending = self.request.session.get(SESSION_KEY, {})
        entry = pending.pop(token, None)
        if entry is not None:
            Path(entry["path"]).unlink(missing_ok=True)
            self.request.session[SESSION_KEY] = pending
        messages.info(self.request, "Đã hủy, tệp đã tải lên được xóa; không có dữ liệu nào được nhập.")
        return HttpResponseRedirect(self.request.path)

    # --- large files: check and save as background jobs (core/jobs.py) -----------------------------------------

    def in_background(self, path, filename) -> bool:
        return count_rows(path, filename) > settings.IMPORT_BACKGROUND_ROWS

    def enqueue(self, path, filename, *, dry_run):
        importer = f"{self.importer_class.__module__}.{self.importer_class.__qualname__}"
        verb = "Kiểm tra" if dry_run else "Nhập"
        job = job_enqueue(actor=self.membership, handler=import_job, title=f"{verb} tệp {filename}",
                          params={"importer": importer, "path": str(path), "filename": filename, "dry_run": dry_run,
                                  "page_url": self.request.path, "success_url": self.get_success_url()})
        return HttpResponseRedirect(job.get_absolute_url())

    def job_preview(self, job_id):
        """The preview of a file checked in the background, with the same confirm button."""
        try:
            job = job_get_for(actor=self.membership, pk=int(job_id))
        except (ValueError, Job.DoesNotExist):
            raise Http404 from None
        if not job.is_finished:
            return HttpResponseRedirect(job.get_absolute_url())
        result = ImportResult.from_dict(job.result) if job.result else None
        token = None
        if result is not None and result.dry_run and result.ok:
            token = next((key for key, entry in self.request.session.get(SESSION_KEY, {}).items()
                          if entry["path"] == job.params.get("path")), None)
        return self.render_to_response(self.get_context_data(
            form=ImportUploadForm(), result=result, error=job.error or None, token=token,
            filename=job.params.get("filename", ""), job=job))

    def run(self, path, filename, *, dry_run):
        importer = self.importer_class(membership=self.membership)
        try:
            with open(path, "rb") as handle:
                return importer.run(handle, filename, dry_run=dry_run), None
        except ImportAborted as exc:
            return None, str(exc)

    def template_response(self):
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "Dữ liệu"
        sheet.append([aliases[0] for aliases in self.importer_class.columns.values()])
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(
            buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
        response["Content-Disposition"] = f'attachment; filename="mau-nhap-{self.model._meta.model_name}.xlsx"'
        return response

    def storage_dir(self) -> Path:
        return imports_dir()

    def get_success_url(self):
        meta = self.model._meta
        return reverse(self.success_url_name or f"{meta.app_label}:{meta.model_name}_list")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = self.title or f"Nhập {self.model._meta.verbose_name_plural} từ tệp"
        context["columns"] = [
            (aliases[0], name in self.importer_class.required) for name, aliases in self.importer_class.columns.items()
        ]
        context["list_url"] = self.get_success_url()
        return context
