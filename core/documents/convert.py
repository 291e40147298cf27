"""Conversions by external programs: .docx → PDF (LibreOffice headless), PDF → PNG (pdftoppm), fonts (pdffonts)."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path


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
