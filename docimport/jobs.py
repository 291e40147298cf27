"""Large documents are read and extracted out of the request (core/jobs.py): a PDF of many pages, a scan (OCR
takes about 20 s a page on a shared server), a file over a few megabytes. The upload is kept in the pending-imports
folder, the job runs `imported_document_create` with the uploader as actor (the write gate applies) and links the
review page when done."""
from __future__ import annotations

import io
import uuid

from django.conf import settings

from core import jobs

BACKGROUND_PAGES = 20
BACKGROUND_BYTES = 3 * 1024 * 1024


def needs_background(data: bytes, filename: str) -> bool:
    """A PDF over DOCIMPORT_BACKGROUND_PAGES pages or without a text layer (OCR), any file over
    DOCIMPORT_BACKGROUND_BYTES."""
    if len(data) > int(getattr(settings, "DOCIMPORT_BACKGROUND_BYTES", BACKGROUND_BYTES)):
        return True
    if not filename.lower().endswith(".pdf") or not data.startswith(b"%PDF"):
        return False
    try:
        import pypdf

        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        pages = len(reader.pages)
        if pages > int(getattr(settings, "DOCIMPORT_BACKGROUND_PAGES", BACKGROUND_PAGES)):
            return True
        sample = "".join((reader.pages[number].extract_text() or "") for number in range(min(pages, 2)))
    except Exception:  # an unreadable PDF is refused by the reader, in the request, with its message
        return False
    return len("".join(sample.split())) < 25 * min(pages, 2)  # a scan: OCR


def imported_document_create_later(*, actor, data: bytes, filename: str):
    """Keep the upload and queue its extraction; returns the Job (its page shows progress, then the review link)."""
    path = _keep(data)
    return jobs.job_enqueue(actor=actor, handler=extract_document, title=f"Đọc văn bản {filename}"[:300],
                            params={"path": str(path), "filename": filename})


@jobs.handler
def extract_document(run: jobs.JobRun, *, path: str, filename: str) -> None:
    from core.importing import _pending_path

    from .errors import DocumentImportError
    from .services import imported_document_create

    source = _pending_path(path)
    run.progress(10, "Đang đọc văn bản (bản quét được nhận dạng chữ, có thể mất vài phút)…")
    try:
        imported, duplicates = imported_document_create(actor=run.actor, data=source.read_bytes(), filename=filename)
    except DocumentImportError as exc:
        raise jobs.JobFailed(exc.message) from None
    finally:
        source.unlink(missing_ok=True)
    line = f"Đã đọc {imported.pages} trang: {len(imported.tasks)} nhiệm vụ, {len(imported.references)} văn bản trích dẫn."
    if duplicates:
        line += " Văn bản có thể đã được nhập trước đây: xem cảnh báo trên trang rà soát."
    run.finish(url=imported.get_absolute_url(), label="Rà soát văn bản", status_line=line,
               data={"imported": imported.pk, "tasks": len(imported.tasks)})


def document_extract_later(*, actor, data: bytes, filename: str, verbose: bool = False):
    """Keep the upload and queue a read-only extraction (the API's `extract/` for a large document): nothing is
    saved but the job, whose result holds the same JSON as the synchronous answer."""
    path = _keep(data)
    return jobs.job_enqueue(actor=actor, handler=extract_only, title=f"Trích xuất văn bản {filename}"[:300],
                            params={"path": str(path), "filename": filename, "verbose": verbose})


def _keep(data: bytes):
    from core.importing import imports_dir

    folder = imports_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"docimport-{uuid.uuid4().hex}"
    path.write_bytes(data)
    return path


@jobs.handler
def extract_only(run: jobs.JobRun, *, path: str, filename: str, verbose: bool = False) -> None:
    import json

    from django.core.serializers.json import DjangoJSONEncoder

    from core.importing import _pending_path

    from .errors import DocumentImportError
    from .extract import public_json
    from .services import extract_file

    source = _pending_path(path)
    run.progress(10, "Đang đọc văn bản (bản quét được nhận dạng chữ, có thể mất vài phút)…")
    try:
        result = extract_file(source.read_bytes(), filename, organisation=run.actor.organisation)
    except DocumentImportError as exc:
        raise jobs.JobFailed(exc.message) from None
    finally:
        source.unlink(missing_ok=True)
    data = json.loads(json.dumps(public_json(result, verbose=verbose), cls=DjangoJSONEncoder))  # dates as ISO text
    pages = (result.get("document") or {}).get("file", {}).get("pages") or 0
    run.finish(status_line=f"Đã đọc {pages} trang: {len(data.get('tasks') or [])} nhiệm vụ, "
                           f"{len(data.get('references') or [])} văn bản trích dẫn.", data=data)


HANDLERS = (extract_document, extract_only)  # the jobs the API's status endpoint answers for
