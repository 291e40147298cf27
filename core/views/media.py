"""Uploaded files, served after a permission check (never straight from the disk by URL guessing).

`/media/<path>` finds the record whose file field holds `<path>` and lets the member download it only if they may
view that record (tenant and unit rules). In production nginx sends the bytes (`MEDIA_X_ACCEL_REDIRECT=1` and an
`internal` location `/protected-media/`, see docs/deploy.md); otherwise Django streams the file.
"""
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from django.apps import apps
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import FileResponse, Http404, HttpResponse

from core.permissions import FORBIDDEN_MESSAGE, VIEW, can


@lru_cache(maxsize=1)
def file_fields() -> tuple[tuple[type, str], ...]:
    from simple_history.models import HistoricalChanges

    return tuple(
        (model, field.name)
        for model in apps.get_models()
        if not issubclass(model, HistoricalChanges)
        for field in model._meta.fields
        if isinstance(field, models.FileField)
    )


def owner_of(name: str):
    for model, field in file_fields():
        obj = model._base_manager.filter(**{field: name}).first()
        if obj is not None:
            return obj
    return None


@login_required
def media_file(request, path: str):
    name = Path(path).as_posix()
    if name.startswith("/") or ".." in Path(name).parts:
        raise Http404
    membership = getattr(request, "membership", None)
    obj = owner_of(name)
    if obj is None or membership is None:
        raise Http404
    if getattr(obj, "organisation_id", None) != membership.organisation_id:
        raise Http404
    if not can(membership, VIEW, obj):
        raise PermissionDenied(FORBIDDEN_MESSAGE)
    if getattr(settings, "MEDIA_X_ACCEL_REDIRECT", False):
        response = HttpResponse()
        response["X-Accel-Redirect"] = f"/protected-media/{name}"
    else:
        file_path = Path(settings.MEDIA_ROOT) / name
        if not file_path.is_file():
            raise Http404
        response = FileResponse(file_path.open("rb"))
    return protect(response, name)


# Served inline only when a browser cannot run anything in them; everything else is a download.
INLINE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".pdf": "application/pdf"}
SAFE_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".doc": "application/msword", ".xls": "application/vnd.ms-excel",
    ".odt": "application/vnd.oasis.opendocument.text", ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".zip": "application/zip", ".csv": "text/csv; charset=utf-8", ".txt": "text/plain; charset=utf-8",
}
MEDIA_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"


def protect(response, name: str):
    """Headers that keep an uploaded file from ever running as a page of the site (finding 2, issue #10)."""
    suffix = Path(name).suffix.lower()
    filename = Path(name).name
    image = suffix in (".png", ".jpg", ".jpeg")
    response["Content-Type"] = INLINE_TYPES.get(suffix) or SAFE_TYPES.get(suffix) or "application/octet-stream"
    disposition = "inline" if image else "attachment"
    response["Content-Disposition"] = f"{disposition}; filename*=UTF-8''{quote(filename)}"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = MEDIA_CSP
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Cache-Control"] = "private, no-store"
    return response
