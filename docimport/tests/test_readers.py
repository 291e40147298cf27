"""Readers: Word, PDF and text files, and every kind of bad file → one clear Vietnamese message."""
import io
import zipfile

import pytest
from django.test import override_settings

from docimport.errors import DocumentImportError
from docimport.legacy import unicode_to_tcvn3, unicode_to_vni
from docimport.readers import read_document

from .helpers import docx_from_text, pdf_with_text

NOTICE = """THÔNG BÁO
**Kết luận của Giám đốc Sở**
**1. Văn phòng Sở:**
- Sắp xếp phòng làm việc, hoàn thành **trước ngày 21/02/2025**.
| STT | Nội dung | Thời hạn |
| 1 | Rà soát quy chế | Tháng 3 năm 2025 |
"""


def test_docx_paragraphs_bold_and_tables():
    result = read_document(docx_from_text(NOTICE), "thong-bao.docx")
    assert result.kind == "docx"
    assert "Sắp xếp phòng làm việc, hoàn thành trước ngày 21/02/2025." in result.text
    assert "| 1 | Rà soát quy chế | Tháng 3 năm 2025 |" in result.text
    assert "1. Văn phòng Sở:" in result.bold_paragraphs


def test_docx_automatic_numbering_and_footnotes_are_written_out():
    import docx

    document = docx.Document()
    document.add_paragraph("Văn phòng Sở", style="List Number")
    document.add_paragraph("Thanh tra Sở", style="List Number")
    document.add_paragraph("Rà soát hồ sơ", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    data = _add_footnote(buffer.getvalue(), "Cập nhật 31 tin, bài")
    text = read_document(data, "ds.docx").text
    assert "1. Văn phòng Sở" in text and "2. Thanh tra Sở" in text and "- Rà soát hồ sơ" in text
    assert "¹ Cập nhật 31 tin, bài" in text


def _add_footnote(data: bytes, note: str) -> bytes:
    """Put a footnote reference on the first paragraph and its text in word/footnotes.xml."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                content = content.replace(b"</w:t></w:r>", b'</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>', 1)
            target.writestr(item, content)
        target.writestr("word/footnotes.xml", f'<w:footnotes xmlns:w="{w}"><w:footnote w:id="1"><w:p><w:r>'
                                              f"<w:t>{note}</w:t></w:r></w:p></w:footnote></w:footnotes>")
    return out.getvalue()


def test_pdf_with_text_layer():
    result = read_document(pdf_with_text(["THONG BAO", "1. Van phong So:", "- Hoan thanh truoc ngay 21/02/2025."]),
                           "tb.pdf")
    assert result.kind == "pdf" and result.pages == 1
    assert "Hoan thanh truoc ngay 21/02/2025." in result.text


def test_scanned_pdf_is_recognised():
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(DocumentImportError) as error:
        read_document(buffer.getvalue(), "scan.pdf")
    assert error.value.code == "scanned"
    assert "bản quét" in error.value.message


def test_encrypted_pdf():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_with_text(["Mat"]))))
    writer.encrypt(user_password="mat-khau", owner_password="chu")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(DocumentImportError) as error:
        read_document(buffer.getvalue(), "mat.pdf")
    assert error.value.code == "encrypted" and "mật khẩu" in error.value.message


def test_utf8_txt_and_legacy_txt():
    sentence = "Giao Phòng Quản lý khoa học hoàn thành trước ngày 30/6/2025."
    assert read_document(sentence.encode("utf-8"), "a.txt").text == sentence
    assert read_document(b"\xef\xbb\xbf" + sentence.encode("utf-8"), "a.txt").text == sentence
    tcvn = read_document(unicode_to_tcvn3(sentence), "abc.txt")
    assert tcvn.text == sentence and tcvn.encoding == "tcvn3"
    vni = read_document(unicode_to_vni(sentence), "vni.txt")
    assert vni.text == sentence and vni.encoding == "vni"


def test_mixed_encodings_in_one_txt():
    lines = ["Thông báo kết luận của Giám đốc Sở.", "Phòng Kế hoạch - Tài chính cập nhật kinh phí."]
    data = lines[0].encode("utf-8") + b"\n" + unicode_to_tcvn3(lines[1]) + b"\n" + unicode_to_vni(lines[0])
    result = read_document(data, "tron.txt")
    assert result.text.split("\n") == [lines[0], lines[1], lines[0]]
    assert result.warnings


@pytest.mark.parametrize("data, name, code", [
    (b"", "rong.docx", "empty"),
    (b"   \n\n ", "rong.txt", "empty"),
    (b"PK\x03\x04 not really a zip", "hong.docx", "corrupt"),
    (b"%PDF-1.4\n garbage without objects", "hong.pdf", "corrupt"),
    (b"\x00\x01\x02\x03" * 200, "nhi-phan.txt", "corrupt"),
    (b"MZ\x90\x00" + b"\x00" * 100, "virus.exe", "unsupported"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "cu.doc", "corrupt"),  # converted, and it is broken
])
def test_bad_files_give_a_clear_message(data, name, code):
    with pytest.raises(DocumentImportError) as error:
        read_document(data, name)
    assert error.value.code == code
    assert error.value.message and not error.value.message.isascii()


def test_wrong_extension():
    with pytest.raises(DocumentImportError) as error:
        read_document(docx_from_text("Thông báo"), "thong-bao.pdf")
    assert error.value.code == "wrong_extension" and "tài liệu Word" in error.value.message
    with pytest.raises(DocumentImportError) as error:
        read_document(pdf_with_text(["x" * 40]), "bao-cao.docx")
    assert error.value.code == "wrong_extension"


@override_settings(MAX_UPLOAD_BYTES=1000)
def test_oversized_file():
    with pytest.raises(DocumentImportError) as error:
        read_document(b"a" * 1001, "lon.txt")
    assert error.value.code == "too_large" and "quá lớn" in error.value.message


def test_docx_zip_bomb_is_refused_before_inflating():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\x00" * (3 * 1024 * 1024))
    with pytest.raises(DocumentImportError) as error:
        read_document(buffer.getvalue(), "bom.docx")
    assert error.value.code == "zip_bomb"


def test_encrypted_docx_container():
    """Word's password protection wraps the document in an OLE container: refused as an old/encrypted file."""
    with pytest.raises(DocumentImportError) as error:
        read_document(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "mat-khau.docx")
    assert error.value.code == "encrypted" and "mật khẩu" in error.value.message
