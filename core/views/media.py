"""Uploaded files, served after a permission check (never straight from the disk by URL guessing).

`/media/<path>` finds the record whose file field holds `<path>` and lets the member download it only if they may
view that record (tenant and unit rules). In production nginx sends the bytes (`MEDIA_X_ACCEL_REDIRECT=1` and an
`internal` location `/protected-media/`, see docs/deploy.md); otherwise Django streams the file.
"""
from functools import lru_cache
from pathlib import Path

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
        response["Content-Type"] = ""
        return response
    file_path = Path(settings.MEDIA_ROOT) / name
    if not file_path.is_file():
        raise Http404
    return FileResponse(file_path.open("rb"), filename=file_path.name)
