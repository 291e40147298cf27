"""Seed 001 in every form a Sở receives, built at test time from the labelled text (nothing downloaded):
.txt (UTF-8, TCVN3, VNI), .docx, .doc, PDF with and without the document's fonts, and a scanned PDF (the PDF's
pages rendered to images, no text layer), straight and fed at a slant. LibreOffice and poppler are Debian packages of deps/debian-packages.txt."""
from __future__ import annotations

import io
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

from .helpers import docx_from_text, seed_text

# Liberation Serif has every Vietnamese glyph; Nimbus Roman lacks most of them, so LibreOffice falls back to
# another font letter by letter — the PDF of a machine without the document's font.
FONT_PRESENT, FONT_MISSING = "Liberation Serif", "Nimbus Roman"


def have_office() -> bool:
    return bool(shutil.which("soffice"))


def have_poppler() -> bool:
    return bool(shutil.which("pdftoppm"))


def seed_docx(font: str = FONT_PRESENT, number: str = "001") -> bytes:
    import docx

    document = docx.Document(io.BytesIO(docx_from_text(seed_text(number))))
    for style in document.styles:
        try:
            style.font.name = font
        except (AttributeError, ValueError):
            pass
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.font.name = font
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def convert(data: bytes, source_suffix: str, target: str) -> bytes:
    """LibreOffice conversion (docx → pdf, docx → doc) in a private profile."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / f"in{source_suffix}"
        source.write_bytes(data)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{folder}/profile", "--convert-to",
                        target, "--outdir", folder, str(source)], capture_output=True, timeout=180, check=True)
        return (Path(folder) / f"in.{target.split(':')[0]}").read_bytes()


def scanned_pdf(pdf: bytes, dpi: int = 150, slant: float = 0.0) -> bytes:
    """The pages of `pdf` as JPEG images in a new PDF with no text layer, as a scanner makes it; `slant`: the
    degrees (counter-clockwise) a page was turned when it was fed."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-jpeg", str(source), str(Path(folder) / "p")],
                       capture_output=True, timeout=180, check=True)
        images = [path.read_bytes() for path in sorted(Path(folder).glob("p-*.jpg"))]
    if slant:
        images = [_turned_jpeg(image, slant) for image in images]
    return _pdf_of_jpegs(images, dpi)


def _turned_jpeg(image: bytes, degrees: float) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    with Image.open(io.BytesIO(image)) as page:
        page.rotate(degrees, resample=Image.BICUBIC, fillcolor="white").save(out, "JPEG", quality=80)
    return out.getvalue()


def _jpeg_size(data: bytes) -> tuple[int, int, int]:
    position = 2
    while position < len(data):
        marker, length = data[position + 1], struct.unpack(">H", data[position + 2: position + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[position + 5: position + 9])
            return width, height, data[position + 9]
        position += 2 + length
    raise ValueError("not a JPEG")


def _pdf_of_jpegs(images: list[bytes], dpi: int) -> bytes:
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for image in images:
        width, height, components = _jpeg_size(image)
        space = "/DeviceGray" if components == 1 else "/DeviceRGB"
        w_pt, h_pt = width * 72 / dpi, height * 72 / dpi
        image_number, content_number, page_number = len(objects) + 1, len(objects) + 2, len(objects) + 3
        objects.append(f"<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace {space} "
                       f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(image)} >>\nstream\n".encode()
                       + image + b"\nendstream")
        content = f"q {w_pt:.2f} 0 0 {h_pt:.2f} 0 0 cm /Im0 Do Q".encode()
        objects.append(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w_pt:.2f} {h_pt:.2f}] /Contents "
                       f"{content_number} 0 R /Resources << /XObject << /Im0 {image_number} 0 R >> >> >>".encode())
        kids.append(f"{page_number} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def seed_forms(number: str = "001") -> dict[str, tuple[str, bytes]]:
    """name → (file name, bytes) of every form available on this machine."""
    from docimport.legacy import unicode_to_tcvn3, unicode_to_vni

    text = seed_text(number)
    forms = {
        "txt": ("seed.txt", text.encode("utf-8")),
        "txt-tcvn3": ("seed.txt", unicode_to_tcvn3(text)),
        "txt-vni": ("seed.txt", unicode_to_vni(text)),
        "docx": ("seed.docx", seed_docx(FONT_PRESENT, number)),
    }
    if have_office():
        forms["doc"] = ("seed.doc", convert(forms["docx"][1], ".docx", "doc:MS Word 97"))
        forms["pdf-fonts"] = ("seed.pdf", convert(forms["docx"][1], ".docx", "pdf"))
        forms["pdf-no-fonts"] = ("seed.pdf", convert(seed_docx(FONT_MISSING, number), ".docx", "pdf"))
        if have_poppler():
            forms["pdf-scanned"] = ("seed.pdf", scanned_pdf(forms["pdf-no-fonts"][1]))
            forms["pdf-scanned-slanted"] = ("seed.pdf", scanned_pdf(forms["pdf-no-fonts"][1], slant=1.5))
    return forms
