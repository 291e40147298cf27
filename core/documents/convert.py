"""Conversions by external programs: .docx → PDF (LibreOffice headless), PDF → PNG (pdftoppm), fonts (pdffonts).

A PDF for a person is made by a background job (`enqueue_pdf`): LibreOffice takes seconds to minutes, never a web
worker's time. The document comes from a *PDF source*, a function `(*, actor, pk) -> (docx_bytes, file_stem)`
marked with `@pdf_source` that reads its record through the app's selector (so the job sees only what the person
may see).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from core import jobs


class ConversionUnavailable(RuntimeError):
    """The converter is not installed here (LibreOffice: Debian package libreoffice-writer)."""


def soffice_path() -> str | None:
    return shutil.which(os.environ.get("SOFFICE", "soffice")) or shutil.which("libreoffice")


def docx_to_pdf(docx_bytes: bytes, timeout: int = 180) -> bytes:
    soffice = soffice_path()
    if not soffice:
        raise ConversionUnavailable("Chưa cài LibreOffice (gói libreoffice-writer): không xuất được PDF.")
    with tempfile.TemporaryDirectory(prefix="sokhcn-pdf-") as tmp:
        source = Path(tmp) / "document.docx"
        source.write_bytes(docx_bytes)
        profile = Path(tmp) / "profile"
        command = [
            soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", tmp, str(source),
        ]
        result = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        target = Path(tmp) / "document.pdf"
        if not target.exists():
            raise RuntimeError(f"LibreOffice không chuyển được sang PDF: {result.stderr.decode(errors='replace')[:500]}")
        return target.read_bytes()


def pdf_to_png_pages(pdf_bytes: bytes, resolution: int = 80, first: int = 1, last: int | None = None) -> list[bytes]:
    if not shutil.which("pdftoppm"):
        raise ConversionUnavailable("Chưa cài pdftoppm (gói poppler-utils).")
    with tempfile.TemporaryDirectory(prefix="sokhcn-png-") as tmp:
        source = Path(tmp) / "document.pdf"
        source.write_bytes(pdf_bytes)
        command = ["pdftoppm", "-png", "-r", str(resolution), "-f", str(first)]
        if last:
            command += ["-l", str(last)]
        subprocess.run(command + [str(source), str(Path(tmp) / "page")], check=True, capture_output=True)
        return [path.read_bytes() for path in sorted(Path(tmp).glob("page-*.png"))]


def pdf_fonts(pdf_bytes: bytes) -> list[dict]:
    """`pdffonts` as a list of {name, type, embedded}."""
    if not shutil.which("pdffonts"):
        raise ConversionUnavailable("Chưa cài pdffonts (gói poppler-utils).")
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf_bytes)
        handle.flush()
        output = subprocess.run(["pdffonts", handle.name], capture_output=True, check=True, text=True).stdout
    fonts = []
    for line in output.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 7:
            # name type [type2] encoding emb sub uni object ID: emb is the 5th from the end
            fonts.append({"name": parts[0], "type": parts[1], "embedded": parts[-5] == "yes"})
    return fonts


_PDF_SOURCES: dict[str, object] = {}


def pdf_source(function):
    """Mark `function(*, actor, pk) -> (docx_bytes, file_stem)` as a source of PDFs made in the background."""
    name = f"{function.__module__}.{function.__qualname__}"
    function.pdf_source_name = name
    _PDF_SOURCES[name] = function
    return function


@jobs.handler
def pdf_job(run: jobs.JobRun, *, source: str, pk: int) -> None:
    from django.utils.module_loading import import_string

    if source not in _PDF_SOURCES:
        import_string(source)
    function = _PDF_SOURCES.get(source)
    if function is None:
        raise jobs.JobFailed("Không rõ văn bản cần xuất PDF.")
    run.progress(10, "Đang dựng văn bản Word")
    docx, stem = function(actor=run.actor, pk=pk)
    run.progress(40, "Đang chuyển sang PDF (LibreOffice)")
    try:
        pdf = docx_to_pdf(docx)
    except ConversionUnavailable as exc:
        raise jobs.JobFailed(str(exc)) from None
    except (RuntimeError, subprocess.TimeoutExpired):
        raise jobs.JobFailed("LibreOffice không chuyển được văn bản này sang PDF; hãy tải bản .docx.") from None
    run.finish(file=pdf, filename=f"{stem}.pdf", label="Tải tệp PDF", status_line="Đã tạo xong tệp PDF.")


def enqueue_pdf(*, actor, source, pk: int, title: str):
    """The PDF job of this record for this person: the unfinished one if there is one, else a new one."""
    from core.models import Job

    name = getattr(source, "pdf_source_name", source)
    params = {"source": name, "pk": pk}
    running = jobs.job_list_for(actor=actor).filter(
        handler=jobs.handler_name(pdf_job), params__source=name, params__pk=pk).exclude(status__in=Job.FINISHED).first()
    return running or jobs.job_enqueue(actor=actor, handler=pdf_job, title=title, params=params)
