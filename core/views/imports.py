"""Upload → preview (row errors) → confirm: the import screen every register reuses."""
from __future__ import annotations

import io
import uuid
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.views.generic import TemplateView

from core.importing import ImportAborted
from core.uploads import TABULAR_KINDS, validate_upload
from core.permissions import ADD, FORBIDDEN_MESSAGE, can

from .generic import MembershipRequiredMixin

ALLOWED_SUFFIXES = (".csv", ".xlsx")
SESSION_KEY = "pending_imports"


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
        return self.render_to_response(self.get_context_data(form=ImportUploadForm()))

    def post(self, request, *args, **kwargs):
        token = request.POST.get("token")
        if token:
            return self.commit(token)
        form = ImportUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        suffix = Path(upload.name).suffix.lower()
        token = uuid.uuid4().hex
        path = self.storage_dir() / f"{token}{suffix}"
        with open(path, "wb") as handle:
            for chunk in upload.chunks():
                handle.write(chunk)
        pending = request.session.get(SESSION_KEY, {})
        pending[token] = {"path": str(path), "name": upload.name}
        request.session[SESSION_KEY] = pending
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
        directory = Path(settings.MEDIA_ROOT) / "imports"
        directory.mkdir(parents=True, exist_ok=True)
        return directory

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
