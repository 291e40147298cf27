"""Seed 001 in every form a Sở receives scores ≥ 0,95 (issue #13): txt (UTF-8, TCVN3, VNI), docx, doc, PDF with
and without the document's fonts, a scanned PDF. The files are built at test time (tests/seed_forms.py)."""
import json
import sys
from pathlib import Path

import pytest

from docimport.extract import public_json
from docimport.readers import _paragraphs_by_position, looks_garbled, read_document
from docimport.services import extract_file

from . import seed_forms
from .helpers import gold

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import eval_extract  # noqa: E402

FAST = ["txt", "txt-tcvn3", "txt-vni", "docx", "doc", "pdf-fonts", "pdf-no-fonts"]


@pytest.fixture(scope="module")
def forms():
    return seed_forms.seed_forms("001")


def score(filename: str, data: bytes) -> dict:
    scores = eval_extract.score_document(public_json(extract_file(data, filename)), gold("001"))
    return {kind: eval_extract.prf(*values)[2] for kind, values in scores.items()}


@pytest.mark.parametrize("form", FAST)
def test_seed_001_in_every_form(forms, form):
    if form not in forms:
        pytest.skip(f"{form}: LibreOffice is not installed here")
    filename, data = forms[form]
    result = score(filename, data)
    assert result["tasks"] >= 0.95 and result["references"] >= 0.95, (form, result)


def test_a_pdf_without_the_fonts_reads_cleanly_by_position(forms):
    if "pdf-no-fonts" not in forms:
        pytest.skip("LibreOffice is not installed here")
    read = read_document(forms["pdf-no-fonts"][1], "seed.pdf")
    assert "Số: /TB-SKHCN" in read.text and "cán bộ Tổ chức" in read.text
    assert not read.warnings


def test_garbled_text_is_warned():
    garbled = "S : /TB-SKHCNố Qu ng Tr , ngày tháng 02 năm 2025ả ị " * 5 + "THÔNG BÁOK t lu n c a Giám đ c S ế ậ ủ ố ở"
    assert looks_garbled(garbled)
    assert not looks_garbled("Sở Khoa học và Công nghệ tổ chức Hội nghị trực báo tuần 7 năm 2025. " * 5)


def test_the_line_joiner_keeps_a_heading_without_colon_apart():
    lines = [  # (text, x0, y0, x1, y1): a short heading line, then a paragraph running to the right edge
        ("1. Văn phòng Sở", 90, 100, 180, 114),
        ("Chủ trì rà soát các nội dung nhiệm vụ là tiêu chí chấm điểm cải cách hành chính và", 90, 116, 520, 130),
        ("hoàn thành trong ngày 21/02/2025.", 90, 132, 300, 146),
        ("PHÒNG QUẢN LÝ KHOA HỌC", 90, 150, 300, 164),
        ("Hoàn thiện hồ sơ nhiệm vụ khoa học và công nghệ năm 2025 và trình Giám đốc Sở", 90, 166, 520, 180),
    ]
    assert _paragraphs_by_position(lines).split("\n\n") == [
        "1. Văn phòng Sở",
        "Chủ trì rà soát các nội dung nhiệm vụ là tiêu chí chấm điểm cải cách hành chính và hoàn thành trong "
        "ngày 21/02/2025.",
        "PHÒNG QUẢN LÝ KHOA HỌC",
        "Hoàn thiện hồ sơ nhiệm vụ khoa học và công nghệ năm 2025 và trình Giám đốc Sở",
    ]


def _scanned_form(forms, name: str) -> tuple[str, bytes]:
    """The scanned form `name` of seed 001, or a skip where the machine cannot build or read it."""
    if name not in forms:
        pytest.skip("LibreOffice/poppler are not installed here")
    from docimport.ocr import ocr_available

    if not ocr_available():
        pytest.skip("tesseract is not installed here")
    return forms[name]


@pytest.mark.slow
def test_a_scanned_pdf_is_read_by_ocr(forms):
    """About a minute on a shared 2-core machine (Tesseract, 3 pages at 200 dpi)."""
    filename, data = _scanned_form(forms, "pdf-scanned")
    result = extract_file(data, filename)
    assert result["document"]["file"]["encoding"] == "ocr"
    assert any("bản quét" in warning for warning in result["document"]["file"]["warnings"])
    scores = eval_extract.score_document(public_json(result), gold("001"))
    assert eval_extract.prf(*scores["tasks"])[2] >= 0.95 and eval_extract.prf(*scores["references"])[2] >= 0.95
    assert json.dumps(public_json(result), ensure_ascii=False)


def test_a_large_pdf_is_extracted_in_the_background(client, settings, tenants):
    """Over DOCIMPORT_BACKGROUND_PAGES pages the upload becomes a job (tests run jobs at once): its page links the
    review of the import it created."""
    from core.models import Job
    from core.testing import login
    from docimport.models import ImportedDocument

    from .helpers import pdf_with_text

    settings.DOCIMPORT_BACKGROUND_PAGES = 0
    login(client, tenants.head)
    data = pdf_with_text(["Giao Phong Quan ly khoa hoc hoan thanh bao cao truoc ngay 20/3/2026."] * 3)
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    response = client.post(reverse("docimport:importeddocument_add"), {"file": SimpleUploadedFile("dai.pdf", data)})
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == job.get_absolute_url()
    job.refresh_from_db()
    imported = ImportedDocument.objects.get()
    assert job.status == "succeeded" and job.result_url == imported.get_absolute_url(), job.error


def test_a_doc_file_is_uploaded_and_read(client, tenants, forms):
    if "doc" not in forms:
        pytest.skip("LibreOffice is not installed here")
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from core.testing import login
    from docimport.models import ImportedDocument

    login(client, tenants.head)
    response = client.post(reverse("docimport:importeddocument_add"),
                           {"file": SimpleUploadedFile("thong-bao.doc", forms["doc"][1])})
    assert response.status_code == 302, response.content.decode()[:2000]
    imported = ImportedDocument.objects.get()
    assert imported.file_kind == "doc" and len(imported.tasks) == 19


def test_a_document_symbol_cut_at_its_hyphen_is_joined_without_a_space():
    """A PDF line may end inside a symbol ("… Chỉ thị số 38-" / "CT/TW ngày 30/7/2024"): the reference survives."""
    from docimport.readers import _paragraphs_by_position

    lines = [("Kế hoạch của BTV Tỉnh ủy thực hiện Chỉ thị số 38-", 72.0, 100.0, 523.0, 112.0),
             ("CT/TW ngày 30/7/2024 của Ban Bí thư về công tác tiêu chuẩn.", 72.0, 114.0, 400.0, 126.0),
             ("Nội dung - kế hoạch của đơn vị -", 72.0, 128.0, 523.0, 140.0),
             ("Văn phòng Sở chủ trì.", 72.0, 142.0, 300.0, 154.0)]
    text = _paragraphs_by_position(lines)
    assert "Chỉ thị số 38-CT/TW ngày 30/7/2024" in text
    assert "đơn vị - Văn phòng Sở" in text  # a dash after a space stays a dash between words


def test_ocr_eth_and_doubled_d_become_the_vietnamese_d():
    from docimport.ocr import _vietnamese_glyphs

    assert _vietnamese_glyphs("Phòng Quản lý CN&ĐÐĐMST; ÐỔI MỚI; đðường") == "Phòng Quản lý CN&ĐMST; ĐỔI MỚI; đường"


@pytest.mark.slow
def test_a_page_fed_to_the_scanner_at_a_slant_is_straightened_before_ocr(forms):
    """Tilted by 1,5°, Tesseract cut each line into pieces in different blocks: 9 of 19 tasks were found."""
    assert score(*_scanned_form(forms, "pdf-scanned-slanted"))["tasks"] >= 0.95


def _lines_of_ink(degrees: float):
    """A white page with 20 dark bars the size of lines of text, turned by `degrees`."""
    from PIL import Image, ImageDraw

    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    for row in range(20):
        top = 150 + row * 70
        draw.rectangle([120, top, 1120 - (row % 3) * 150, top + 22], fill=20)
    return page.rotate(degrees, fillcolor=255) if degrees else page


@pytest.mark.parametrize("degrees", [-3.0, -1.2, 0.6, 2.0, 4.5])
def test_the_slant_of_a_page_is_the_angle_that_straightens_its_lines(degrees):
    from docimport.ocr import slant

    assert slant(_lines_of_ink(degrees)) == pytest.approx(-degrees, abs=0.1)


def test_a_straight_page_is_left_as_it_is(tmp_path):
    from docimport.ocr import straighten

    image = tmp_path / "p-1.png"
    _lines_of_ink(0).save(image)
    before = image.read_bytes()
    assert straighten(image) == 0.0 and image.read_bytes() == before
    _lines_of_ink(2.0).save(image)
    assert straighten(image) == pytest.approx(-2.0, abs=0.1)
    from PIL import Image

    from docimport.ocr import slant

    assert abs(slant(Image.open(image))) < 0.1
