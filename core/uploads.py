"""Every uploaded file passes here: its type is told by its content (not its name), its size by one setting.

An allow-list per field: `UploadValidator(kinds=ATTACHMENT_KINDS)` on a model FileField (ModelForms and DRF
ModelSerializers run it), on a form or serializer field, or `validate_upload(file, kinds)` where bytes arrive
another way. A `pre_save` guard runs the model field's validators for every newly assigned file too, so a service
that sets `obj.attachment = upload` and saves cannot skip the check.

Kinds: pdf, docx, xlsx, odt, ods, doc, xls (OLE2 with a Word or Excel stream), png, jpg, zip (a plain archive: not
an Office file), txt and csv (text without NUL bytes that does not look like HTML/SVG/XML markup). The name's
extension must be one of the detected kind's: an HTML page named `.docx`, a PDF named `.html`, an `.svg` or an
`.exe` are all refused with a Vietnamese message.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models.signals import pre_save
from django.utils.deconstruct import deconstructible

EXTENSIONS = {
    "pdf": (".pdf",),
    "docx": (".docx",),
    "xlsx": (".xlsx",),
    "odt": (".odt",),
    "ods": (".ods",),
    "doc": (".doc",),
    "xls": (".xls",),
    "png": (".png",),
    "jpg": (".jpg", ".jpeg"),
    "zip": (".zip",),
    "txt": (".txt",),
    "csv": (".csv",),
}
LABELS = {
    "pdf": "PDF", "docx": "Word (.docx)", "doc": "Word (.doc)", "xlsx": "Excel (.xlsx)", "xls": "Excel (.xls)",
    "odt": "OpenDocument (.odt)", "ods": "OpenDocument (.ods)", "png": "ảnh .png", "jpg": "ảnh .jpg",
    "zip": "tệp nén .zip", "txt": "văn bản thuần (.txt)", "csv": "bảng .csv",
}
CONTENT_LABELS = {
    "pdf": "tệp PDF", "docx": "tài liệu Word (.docx)", "doc": "tài liệu Word 97-2003 (.doc)",
    "xlsx": "bảng tính Excel (.xlsx)", "xls": "bảng tính Excel 97-2003 (.xls)", "odt": "văn bản OpenDocument (.odt)",
    "ods": "bảng tính OpenDocument (.ods)", "png": "ảnh PNG", "jpg": "ảnh JPEG", "zip": "tệp nén .zip",
    "txt": "văn bản thuần (.txt)", "csv": "bảng .csv",
}
# Attachments of records (source documents, progress reports, results, S&T dossiers).
ATTACHMENT_KINDS = ("pdf", "docx", "doc", "xlsx", "xls", "odt", "png", "jpg")
DOSSIER_KINDS = ATTACHMENT_KINDS + ("zip",)
TABULAR_KINDS = ("xlsx", "csv")
WORD_KINDS = ("docx",)
DOCUMENT_IMPORT_KINDS = ("docx", "doc", "pdf", "txt")  # .doc: converted by LibreOffice in docimport/readers.py
IMAGE_KINDS = ("png", "jpg")

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MARKUP = re.compile(rb"^\s*(?:\xef\xbb\xbf)?\s*<\s*(?:!doctype|html|head|body|script|svg|\?xml|iframe|object|meta|a\b"
                     rb"|img|div|style|!--)", re.IGNORECASE)
_SCRIPTISH = re.compile(rb"<\s*(?:script|iframe|svg|object|embed)\b|javascript:", re.IGNORECASE)


def max_upload_bytes() -> int:
    return int(getattr(settings, "MAX_UPLOAD_BYTES", 20 * 1024 * 1024))


def _read_head(file, size: int) -> bytes:
    position = file.tell() if hasattr(file, "tell") else None
    try:
        if hasattr(file, "seek"):
            file.seek(0)
        return file.read(size)
    finally:
        if position is not None:
            file.seek(position)


def _zip_kind(file) -> str | None:
    position = file.tell()
    try:
        file.seek(0)
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:
                if "word/document.xml" in names:
                    return "docx"
                if "xl/workbook.xml" in names:
                    return "xlsx"
                return None  # pptx and other Office packages are not on any list
            if "mimetype" in names:
                mimetype = archive.read("mimetype").strip()
                return {b"application/vnd.oasis.opendocument.text": "odt",
                        b"application/vnd.oasis.opendocument.spreadsheet": "ods"}.get(mimetype)
            return "zip"
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, ValueError):
        return None
    finally:
        file.seek(position)


def _ole_kind(head: bytes) -> str | None:
    # The directory's stream names are UTF-16LE; the first sectors of a small file hold them.
    if "WordDocument".encode("utf-16-le") in head:
        return "doc"
    if "Workbook".encode("utf-16-le") in head or "Book".encode("utf-16-le") in head:
        return "xls"
    return None


def _is_text(head: bytes) -> bool:
    if b"\x00" in head or _MARKUP.match(head) or _SCRIPTISH.search(head):
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError as error:
        if error.start >= len(head) - 3:  # the head cut a multibyte character in two
            return True
    try:
        head.decode("cp1258")  # Vietnamese Windows text (old CSV exports)
        return True
    except UnicodeDecodeError:
        return False


def detect_kind(file) -> str | None:
    """The kind of an uploaded file (a Django File/UploadedFile or any binary file object), from its content."""
    head = _read_head(file, 512 * 1024)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith(_OLE2):
        return _ole_kind(head)
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(file)
    if head and _is_text(head):
        return "text"
    return None


def _allowed_text(kinds) -> tuple[str, ...]:
    return tuple(kind for kind in kinds if kind in ("txt", "csv"))


def describe(kinds) -> str:
    return ", ".join(LABELS[kind] for kind in kinds)


def validate_upload(file, kinds=ATTACHMENT_KINDS, *, name: str | None = None) -> str:
    """Raise a Vietnamese ValidationError unless `file` is one of `kinds` and within the size limit; return the kind."""
    if file is None:
        return ""
    name = name or getattr(file, "name", "") or ""
    shown = PurePath(name).name or "tệp tải lên"
    limit = max_upload_bytes()
    size = getattr(file, "size", None)
    if size is None:
        size = len(_read_head(file, limit + 1))
    if size > limit:
        raise ValidationError(f"Tệp “{shown}” quá lớn ({_mb(size)} MB): tối đa {_mb(limit)} MB.",
                              code="upload_too_large")
    if size == 0:
        raise ValidationError(f"Tệp “{shown}” rỗng.", code="upload_empty")
    kind = detect_kind(file)
    suffix = PurePath(name).suffix.lower()
    if kind == "text":
        kind = next((text for text in _allowed_text(kinds) if suffix in EXTENSIONS[text]), None)
    if kind in kinds and suffix not in EXTENSIONS[kind]:
        raise ValidationError(
            f"Tệp “{shown}” có phần mở rộng {suffix or '(không có)'} nhưng nội dung là {CONTENT_LABELS[kind]}. "
            "Hãy đổi phần mở rộng cho đúng hoặc chọn lại tệp.",
            code="upload_type",
        )
    if kind not in kinds:
        raise ValidationError(
            f"Tệp “{shown}” không được nhận: chỉ nhận {describe(kinds)} (nội dung tệp được kiểm tra, "
            "không chỉ phần mở rộng).",
            code="upload_type",
        )
    return kind


def _mb(size: int) -> str:
    value = size / (1024 * 1024)
    return f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}".replace(".", ",")


@deconstructible
class UploadValidator:
    """A field validator: `FileField(validators=[UploadValidator(ATTACHMENT_KINDS)])`."""

    def __init__(self, kinds=ATTACHMENT_KINDS):
        self.kinds = tuple(kinds)

    def __call__(self, value):
        if isinstance(value, str) or getattr(value, "_committed", False):
            return  # a file already stored (an unchanged field on edit) was checked when it came in
        validate_upload(value, self.kinds)

    def __eq__(self, other):
        return isinstance(other, UploadValidator) and self.kinds == other.kinds


def _uploaded(fieldfile) -> bool:
    """A file newly assigned to the field and not yet written to storage."""
    return bool(fieldfile) and not getattr(fieldfile, "_committed", True)


def guard_uploads(sender, instance, raw=False, **kwargs):
    """pre_save: run the FileFields' upload validators for newly assigned files, whatever path saves them."""
    if raw:
        return
    from django.db.models import FileField

    for field in sender._meta.concrete_fields:
        if not isinstance(field, FileField):
            continue
        validators = [v for v in field.validators if isinstance(v, UploadValidator)]
        value = getattr(instance, field.attname)
        if validators and _uploaded(value):
            try:
                for validator in validators:
                    validate_upload(value, validator.kinds)
            except ValidationError as error:
                raise ValidationError({field.name: error.messages}) from None


def connect_guard() -> None:
    pre_save.connect(guard_uploads, dispatch_uid="core.uploads.guard_uploads")


def bytes_file(data: bytes, name: str):
    """Wrap bytes for `validate_upload` (a report template, a document read from a request body)."""
    handle = io.BytesIO(data)
    handle.name = name
    handle.size = len(data)
    return handle


class UploadSizeMiddleware:
    """Refuse a request body far over the upload limit (more than twice) before Django spools it to disk (nginx's
    `client_max_body_size` does the same in production): 413 with a Vietnamese message, nothing read or saved.
    A file a little over the limit still reaches its form, which says so beside the field."""

    MARGIN = 1024 * 1024  # form fields and multipart boundaries beside the file

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = max_upload_bytes()
        if length > 2 * limit + self.MARGIN:
            from django.http import HttpResponse

            message = f"Tệp tải lên quá lớn: tối đa {_mb(limit)} MB."
            if request.headers.get("Accept", "").startswith("application/json") or request.path.startswith("/api/"):
                import json

                return HttpResponse(json.dumps({"detail": message}, ensure_ascii=False), status=413,
                                    content_type="application/json")
            from django.utils.html import escape

            back = escape(request.headers.get("Referer") or "/")
            return HttpResponse(f'<!doctype html><html lang="vi"><meta charset="utf-8"><title>Tệp quá lớn</title>'
                                f'<p>{message}</p><p><a href="{back}">Quay lại</a></p></html>',
                                status=413, content_type="text/html; charset=utf-8")
        return self.get_response(request)
