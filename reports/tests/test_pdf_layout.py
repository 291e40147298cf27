"""Look at a generated report as a person would: PDF (LibreOffice) → PNG (pdftoppm); fonts, positions, margins."""
import os

import pytest
from pypdf import PdfReader

from core.documents import convert
from reports import services
from reports.choices import PeriodRule, ReportKind
from reports.periods import compute_period

from .stubs import seed_data

pytestmark = pytest.mark.slow


_CONVERTED = {}  # one LibreOffice conversion for the module (each takes seconds)


@pytest.fixture
def pdf_bytes(cast):
    if not convert.soffice_path() or not __import__("shutil").which("pdftoppm"):
        if os.environ.get("SOKHCN_REQUIRE_BROWSER"):
            pytest.fail("LibreOffice (soffice) và poppler-utils phải được cài để kiểm tra bản PDF.")
        pytest.skip("soffice/pdftoppm not installed (apt-get install libreoffice-writer poppler-utils)")
    if "pdf" not in _CONVERTED:
        period = compute_period(ReportKind.HALF_YEAR, PeriodRule.STATISTICAL, year=2023)
        report = services.report_create(actor=cast["director"], kind=ReportKind.HALF_YEAR, period=period,
                                        data=seed_data())
        _CONVERTED["pdf"] = convert.docx_to_pdf(services.render_report_docx(report))
    return _CONVERTED["pdf"]


def _positions(page):
    found = []

    def visitor(text, cm, tm, font_dict, font_size):
        if text.strip():
            found.append((text.strip(), tm[4], tm[5]))

    page.extract_text(visitor_text=visitor)
    return found


def test_pdf_fonts_are_embedded_times_compatible(pdf_bytes):
    fonts = convert.pdf_fonts(pdf_bytes)
    assert fonts and all(font["embedded"] for font in fonts)
    assert all("Times" in font["name"] or "LiberationSerif" in font["name"] for font in fonts)


def test_header_block_positions_and_portrait_then_landscape(pdf_bytes):
    reader = PdfReader(__import__("io").BytesIO(pdf_bytes))
    first = reader.pages[0]
    width, height = float(first.mediabox.width), float(first.mediabox.height)
    assert round(width / 72 * 25.4) == 210 and round(height / 72 * 25.4) == 297
    items = _positions(first)
    governing = next(i for i in items if i[0].startswith("UBND TỈNH"))
    national = next(i for i in items if i[0].startswith("CỘNG HÒA XÃ HỘI"))
    title = next(i for i in items if i[0] == "BÁO CÁO")
    assert governing[1] < width / 2 < national[1] + 200  # left column / right column
    assert governing[2] > height * 0.8 and national[2] > height * 0.8  # top of the page
    assert abs(governing[2] - national[2]) < 5  # same baseline
    assert title[2] < governing[2]
    last = reader.pages[-1]
    assert float(last.mediabox.width) > float(last.mediabox.height)  # appendix in landscape


def test_png_pages_have_clean_margins(pdf_bytes):
    pages = convert.pdf_to_png_pages(pdf_bytes, resolution=50, last=2)
    assert len(pages) == 2 and all(png[:8] == b"\x89PNG\r\n\x1a\n" for png in pages)
    # the same page as a greyscale bitmap: nothing printed in the outer margins (no overflow)
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "r.pdf")
        open(source, "wb").write(pdf_bytes)
        subprocess.run(["pdftoppm", "-gray", "-r", "50", "-f", "1", "-l", "2", source, os.path.join(tmp, "p")],
                       check=True)
        for name in sorted(f for f in os.listdir(tmp) if f.endswith(".pgm")):
            data = open(os.path.join(tmp, name), "rb").read()
            parts = data.split(b"\n", 3)
            w, h = map(int, parts[1].split())
            pixels = parts[3]
            mm = 50 / 25.4
            left, right = int(20 * mm), int(8 * mm)  # inside the 30 mm / 15 mm margins
            for y in range(h):
                row = pixels[y * w:(y + 1) * w]
                assert min(row[:left]) > 200, f"ink in the left margin on {name}, row {y}"
                assert min(row[w - right:]) > 200, f"ink in the right margin on {name}, row {y}"
