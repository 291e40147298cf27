"""Scanned PDFs (signed, stamped documents): page images by poppler, text by Tesseract (Vietnamese model).

Both are Debian packages (`poppler-utils`, `tesseract-ocr`, `tesseract-ocr-vie`, in deps/debian-packages.txt);
nothing is downloaded. Lines Tesseract is unsure of are kept in `ReadResult.low_confidence` so the review marks
them, and the page images can be shown beside the text (`page_image`).
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

from django.conf import settings

from .errors import DocumentImportError

OCR_DPI = 200
LOW_CONFIDENCE = 60  # Tesseract's word confidence (0–100); a line below this on average is flagged
PAGE_TIMEOUT = 120


def ocr_available() -> bool:
    return bool(shutil.which("tesseract") and shutil.which("pdftoppm"))


def max_pages() -> int:
    return int(getattr(settings, "DOCIMPORT_OCR_MAX_PAGES", 40))


def _scanned_refusal(count: int, reason: str) -> DocumentImportError:
    return DocumentImportError(
        f"Tệp PDF ({count} trang) là bản quét dạng ảnh, không có lớp chữ; {reason} "
        "Hãy dùng bản PDF xuất từ Word hoặc tải lên từng phần.",
        code="scanned",
    )


def page_image(data: bytes, page: int, *, dpi: int = 100) -> bytes | None:
    """PNG of one page (1-based) for the review screen, or None when it cannot be rendered."""
    if not shutil.which("pdftoppm"):
        return None
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.pdf"
        source.write_bytes(data)
        try:
            subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(dpi), "-png", "-singlefile",
                            str(source), str(Path(folder) / "page")], capture_output=True, timeout=PAGE_TIMEOUT,
                           check=True)
        except (OSError, subprocess.SubprocessError):
            return None
        image = Path(folder) / "page.png"
        return image.read_bytes() if image.exists() else None


def ocr_pdf(data: bytes, count: int):
    """Read a scanned PDF by OCR: a ReadResult with the text, a warning and the low-confidence lines."""
    from .readers import ReadResult, _paragraphs_by_position

    if not ocr_available():
        raise _scanned_refusal(count, "máy chủ chưa cài phần nhận dạng chữ (OCR).")
    if count > max_pages():
        raise _scanned_refusal(count, f"nhận dạng chữ (OCR) chỉ áp dụng cho tệp đến {max_pages()} trang.")
    pages_text: list[str] = []
    low: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.pdf"
        source.write_bytes(data)
        try:
            subprocess.run(["pdftoppm", "-r", str(OCR_DPI), "-gray", "-png", str(source), str(Path(folder) / "p")],
                           capture_output=True, timeout=PAGE_TIMEOUT * max(count, 1), check=True)
        except (OSError, subprocess.SubprocessError) as exc:
            raise DocumentImportError("Không chuyển được trang PDF thành ảnh để nhận dạng chữ.", code="corrupt") from exc
        for image in sorted(Path(folder).glob("p-*.png")):
            straighten(image)
            lines = _ocr_lines(image)
            low += [text for text, confidence, *_ in lines if confidence < LOW_CONFIDENCE]
            pages_text.append(_paragraphs_by_position([(text, *box) for text, _confidence, *box in lines]))
    text = "\n\n".join(pages_text)
    if not text.strip():
        raise _scanned_refusal(count, "không nhận dạng được chữ nào trên các trang.")
    result = ReadResult(text=text, kind="pdf", pages=count, encoding="ocr")
    result.low_confidence = low
    result.warnings.append(
        f"Tệp PDF là bản quét: chữ được nhận dạng tự động (OCR, {count} trang)"
        + (f"; {len(low)} dòng nhận dạng chưa chắc chắn được đánh dấu, hãy đối chiếu với ảnh trang." if low else ".")
    )
    return result


# A page fed to the scanner at a slant: beyond a fraction of a degree Tesseract cuts each line into pieces in
# different blocks and reads them out of order. The slant is the angle at which the rows of ink line up best: the
# profile of ink per row is sharpest (the sum of squared differences between neighbouring rows is largest).
MAX_SLANT = 5.0  # degrees either way; a page turned further was not fed, it was placed wrongly
_STRAIGHT_ENOUGH = 0.1


def _row_sharpness(ink, angle: float) -> float:
    from PIL import Image

    turned = ink.rotate(angle, resample=Image.BILINEAR, fillcolor=0)
    rows = list(turned.resize((1, turned.height), Image.BOX).get_flattened_data())
    return sum((below - above) ** 2 for above, below in zip(rows, rows[1:]))


def slant(page) -> float:
    """The angle (degrees, counter-clockwise) that makes the page's lines of text horizontal."""
    small = page.convert("L").reduce(4) if min(page.size) > 800 else page.convert("L")
    ink = small.point(lambda value: 255 if value < 140 else 0)

    def best(angles):
        return max(angles, key=lambda angle: _row_sharpness(ink, angle))

    coarse = best([step * 0.25 for step in range(int(-MAX_SLANT * 4), int(MAX_SLANT * 4) + 1)])
    return best([coarse + step * 0.05 for step in range(-5, 6)])


def straighten(image: Path) -> float:
    """Turn a slanted page image straight, in place; the angle it was turned by (0 when it was straight)."""
    from PIL import Image

    with Image.open(image) as page:
        page.load()
    angle = slant(page)
    if abs(angle) < _STRAIGHT_ENOUGH:
        return 0.0
    page.rotate(angle, resample=Image.BICUBIC, fillcolor="white").save(image)  # the scanner's paper, in any mode
    return angle


# Tesseract reads the Vietnamese Đ as the Icelandic Ð (U+00D0) or as a run of them ("ĐÐĐMST"): Vietnamese has
# neither the Eth nor a doubled Đ, so both become one Đ (and đ likewise).
_DOUBLED_D = re.compile(r"[ĐÐ]{2,}")
_DOUBLED_d = re.compile(r"[đð]{2,}")


def _vietnamese_glyphs(text: str) -> str:
    text = _DOUBLED_D.sub("Đ", text.replace("Ð", "Đ"))
    return _DOUBLED_d.sub("đ", text.replace("ð", "đ"))


def _ocr_lines(image: Path) -> list[tuple[str, float, float, float, float, float]]:
    """(text, mean confidence, x0, y0, x1, y1) per line, from Tesseract's TSV output."""
    try:
        done = subprocess.run(["tesseract", str(image), "stdout", "-l", "vie", "--psm", "4", "tsv"],
                              capture_output=True, timeout=PAGE_TIMEOUT, check=True,
                              env={**os.environ, "OMP_THREAD_LIMIT": "1"})  # one core: the server is shared
    except (OSError, subprocess.SubprocessError) as exc:
        raise DocumentImportError("Nhận dạng chữ (OCR) thất bại trên một trang của tệp.", code="corrupt") from exc
    lines: dict[tuple[str, str, str], list] = {}
    for row in done.stdout.decode("utf-8", "replace").splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        key = (cells[2], cells[3], cells[4])  # block, paragraph, line
        left, top, width, height, confidence = (float(cells[n]) for n in (6, 7, 8, 9, 10))
        lines.setdefault(key, []).append((cells[11], confidence, left, top, left + width, top + height))
    out = []
    for words in lines.values():
        text = _vietnamese_glyphs(unicodedata.normalize("NFC", " ".join(word[0] for word in words)))
        confidence = sum(word[1] for word in words) / len(words)
        out.append((text, confidence, min(w[2] for w in words), min(w[3] for w in words),
                    max(w[4] for w in words), max(w[5] for w in words)))
    out.sort(key=lambda line: (line[3], line[2]))
    return out
