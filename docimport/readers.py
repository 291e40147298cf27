"""Read uploaded documents (.docx, .pdf with a text layer, .txt) into plain text, safely.

`read_document(data, filename)` returns a `ReadResult` whose `text` is what the parser reads:
paragraphs separated by blank lines, list numbering written out ("1.", "a)", "-"), tables as pipe rows
("| 1 | Nội dung | Tháng 3 năm 2023 |"), footnotes at the end ("¹ ..."). Bold paragraphs are listed in
`bold_paragraphs` (unit headings are often bold).

Every refusal raises `DocumentImportError` with a Vietnamese message: empty, oversized, corrupt or
encrypted files, a .docx that would inflate to more than `MAX_UNCOMPRESSED_BYTES` (zip bomb), a file
whose content does not match its extension, a scanned PDF without a text layer, text that is neither
UTF-8 nor a Vietnamese legacy encoding.
"""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field

from django.conf import settings

from .errors import DocumentImportError
from .legacy import detect_and_convert

MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_ZIP_MEMBERS = 2000
MIN_TEXT_CHARS_PER_PAGE = 25
SUPPORTED = {".docx": "docx", ".pdf": "pdf", ".txt": "txt"}
KIND_LABELS = {"docx": "tài liệu Word (.docx)", "pdf": "tệp PDF", "txt": "văn bản thuần (.txt)",
               "doc": "tài liệu Word 97-2003 (.doc)", "zip": "tệp nén", "binary": "tệp nhị phân"}
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass
class ReadResult:
    text: str
    kind: str
    pages: int = 1
    encoding: str = "unicode"
    bold_paragraphs: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    low_confidence: list[str] = field(default_factory=list)  # OCR lines to check against the page image


def max_upload_bytes() -> int:
    return int(getattr(settings, "MAX_UPLOAD_BYTES", 20 * 1024 * 1024))


def sniff(data: bytes) -> str:
    """What the bytes really are, whatever the file is called."""
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            return "zip"
        return "docx" if "word/document.xml" in names else "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    sample = data[:4096]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "txt"
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 13, 12) and byte not in TCVN_CONTROL)
    return "binary" if b"\x00" in sample or controls > len(sample) * 0.02 else "txt"


TCVN_CONTROL = {0x01, 0x02, 0x04, 0x05, 0x06, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17}


def read_document(data: bytes, filename: str) -> ReadResult:
    name = (filename or "").lower()
    extension = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if not data:
        raise DocumentImportError("Tệp rỗng (0 byte). Vui lòng chọn đúng tệp văn bản.", code="empty")
    limit = max_upload_bytes()
    if len(data) > limit:
        raise DocumentImportError(
            f"Tệp quá lớn ({len(data) / 1048576:.1f} MB); dung lượng tối đa là {limit / 1048576:.0f} MB.",
            code="too_large",
        )
    if extension == ".doc":
        if sniff(data) != "doc":
            raise DocumentImportError(
                f"Tệp {filename} không phải tài liệu Word 97-2003 (.doc); không đọc được nội dung.", code="corrupt")
        return read_doc(data)
    if extension not in SUPPORTED:
        raise DocumentImportError(
            f"Không hỗ trợ tệp {extension or 'không có phần mở rộng'}. Chỉ nhận tệp .docx, .doc, .pdf hoặc .txt.",
            code="unsupported",
        )
    expected = SUPPORTED[extension]
    actual = sniff(data)
    if expected == "docx" and actual == "doc":
        raise DocumentImportError(
            "Tệp Word được đặt mật khẩu (mã hóa) hoặc lưu ở định dạng cũ .doc, không đọc được. "
            "Hãy gỡ mật khẩu và lưu lại dưới dạng .docx rồi tải lên lại.",
            code="encrypted",
        )
    if actual != expected:
        if actual in {"docx", "pdf", "txt", "doc"}:
            raise DocumentImportError(
                f"Tệp có phần mở rộng {extension} nhưng nội dung là {KIND_LABELS[actual]}. "
                "Hãy đổi phần mở rộng cho đúng hoặc chọn lại tệp.",
                code="wrong_extension",
            )
        raise DocumentImportError(
            f"Tệp {filename} bị hỏng hoặc không phải {KIND_LABELS[expected]}; không đọc được nội dung.",
            code="corrupt",
        )
    reader = {"docx": read_docx, "pdf": read_pdf, "txt": read_txt}[expected]
    try:
        result = reader(data)
    except DocumentImportError:
        raise
    except Exception as exc:  # a broken file must never surface as a server error
        raise DocumentImportError(
            f"Tệp {filename} bị hỏng, không đọc được nội dung ({exc.__class__.__name__}).", code="corrupt"
        ) from exc
    if not result.text.strip():
        raise DocumentImportError("Tệp không có nội dung chữ để trích xuất.", code="empty")
    return result


# --- .doc (Word 97-2003): converted to .docx by LibreOffice, then read as one -------------------------------
DOC_CONVERSION_TIMEOUT = 120


def read_doc(data: bytes) -> ReadResult:
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    if not shutil.which("soffice"):
        raise DocumentImportError(
            "Máy chủ chưa cài LibreOffice nên chưa đọc được tệp Word 97-2003 (.doc). Hãy lưu lại dưới dạng .docx.",
            code="unsupported",
        )
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.doc"
        source.write_bytes(data)
        try:
            subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{folder}/profile",
                            "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, str(source)],
                           capture_output=True, timeout=DOC_CONVERSION_TIMEOUT, check=True)
        except (OSError, subprocess.SubprocessError) as exc:
            raise DocumentImportError("Không chuyển đổi được tệp .doc (tệp hỏng hoặc có mật khẩu).",
                                      code="corrupt") from exc
        converted = Path(folder) / "in.docx"
        if not converted.exists():
            raise DocumentImportError("Không chuyển đổi được tệp .doc (tệp hỏng hoặc có mật khẩu).", code="corrupt")
        result = read_docx(converted.read_bytes())
    result.kind = "doc"
    if not result.text.strip():
        raise DocumentImportError("Tệp không có nội dung chữ để trích xuất.", code="empty")
    return result


# --- .txt --------------------------------------------------------------------------------------------
def read_txt(data: bytes) -> ReadResult:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
        return _legacy_pass(text, "txt")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines = data.split(b"\n")
    decoded, legacy_lines, bad_lines, found = [], 0, 0, set()
    for raw in lines:
        try:
            decoded.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            legacy_lines += 1
            line = raw.decode("latin-1")
            converted, encoding = detect_and_convert(line)
            if encoding == "unicode":
                cp1258 = _try_cp1258(raw)
                if cp1258 is not None:
                    converted, encoding = cp1258, "cp1258"
                elif any(ord(ch) > 127 for ch in line):
                    bad_lines += 1
            found.add(encoding)
            decoded.append(converted)
    if bad_lines and bad_lines > max(2, len(lines) // 10):
        raise DocumentImportError(
            "Không nhận ra bảng mã của tệp văn bản (không phải UTF-8, TCVN3 hay VNI). "
            "Hãy mở tệp và lưu lại với bảng mã Unicode UTF-8.",
            code="encoding",
        )
    result = _legacy_pass("\n".join(decoded).replace("\r", ""), "txt")
    legacy = sorted(found - {"unicode"} | ({result.encoding} - {"unicode"}))
    if legacy:
        result.encoding = "+".join(legacy)
    if legacy_lines:
        result.warnings.append(f"{legacy_lines} dòng không phải UTF-8 đã được chuyển sang Unicode.")
    return result


def _try_cp1258(raw: bytes) -> str | None:
    try:
        text = unicodedata.normalize("NFC", raw.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    from .legacy import syllable_score

    good, total = syllable_score(text)
    return text if total and good >= total * 0.8 else None


def _legacy_pass(text: str, kind: str, **extra) -> ReadResult:
    """Convert TCVN3/VNI paragraphs (also those already decoded as Windows-1252) to Unicode."""
    lines, encodings = [], set()
    for line in unicodedata.normalize("NFC", text).split("\n"):
        if line.isascii():
            lines.append(line)
            continue
        converted, encoding = detect_and_convert(line)
        encodings.add(encoding)
        lines.append(converted)
    legacy = sorted(encodings - {"unicode"})
    result = ReadResult(text="\n".join(lines), kind=kind, encoding="+".join(legacy) or "unicode", **extra)
    if legacy:
        result.warnings.append("Đã chuyển bảng mã " + ", ".join(e.upper() for e in legacy) + " sang Unicode.")
    return result


# --- .docx -------------------------------------------------------------------------------------------
def check_zip(data: bytes) -> None:
    """Refuse zip bombs before anything is inflated: sizes come from the central directory."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise DocumentImportError("Tệp Word bị hỏng (không phải tệp nén hợp lệ).", code="corrupt") from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise DocumentImportError("Tệp Word có cấu trúc bất thường (quá nhiều thành phần).", code="zip_bomb")
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise DocumentImportError(
                    "Tệp Word được đặt mật khẩu. Hãy gỡ mật khẩu rồi tải lên lại.", code="encrypted"
                )
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > MAX_UNCOMPRESSED_BYTES or (info.file_size > 1_000_000 and ratio > MAX_COMPRESSION_RATIO):
                raise DocumentImportError(
                    "Tệp Word có nội dung nén bất thường (nghi là \"bom nén\"); hệ thống từ chối đọc để an toàn.",
                    code="zip_bomb",
                )
        if total > MAX_UNCOMPRESSED_BYTES:
            raise DocumentImportError(
                "Tệp Word khi giải nén quá lớn; hệ thống từ chối đọc để an toàn.", code="zip_bomb"
            )


def read_docx(data: bytes) -> ReadResult:
    check_zip(data)
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(data))
    numbering = _Numbering(document)
    footnote_numbers: dict[str, int] = {}
    parts: list[str] = []
    bold: set[str] = set()

    def paragraph_text(element) -> tuple[str, bool]:
        chunks, bold_chars, all_chars = [], 0, 0
        for node in element.iter():
            if node.tag == qn("w:r"):
                run_bold = _run_bold(node)
                for child in node:
                    if child.tag == qn("w:t"):
                        text = child.text or ""
                        chunks.append(text)
                        all_chars += len(text.strip())
                        bold_chars += len(text.strip()) if run_bold else 0
                    elif child.tag == qn("w:tab"):
                        chunks.append("\t")
                    elif child.tag in (qn("w:br"), qn("w:cr")):
                        chunks.append("\n")
                    elif child.tag == qn("w:footnoteReference"):
                        number = footnote_numbers.setdefault(child.get(qn("w:id")), len(footnote_numbers) + 1)
                        chunks.append(str(number).translate(SUPERSCRIPT_DIGITS))
        return "".join(chunks), bool(all_chars) and bold_chars >= all_chars * 0.8

    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            text, is_bold = paragraph_text(child)
            prefix = numbering.label(child)
            text = (prefix + " " + text.strip()) if prefix and text.strip() else text
            if text.strip():
                parts.append(text.strip())
                if is_bold:
                    bold.add(text.strip())
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                cells = []
                for cell in row.iter(qn("w:tc")):
                    texts = [paragraph_text(p)[0].strip() for p in cell.iter(qn("w:p"))]
                    cells.append(" ".join(t for t in texts if t).replace("|", "/"))
                if any(cells):
                    parts.append("| " + " | ".join(cells) + " |")
            parts.append("")
    footnotes = _docx_footnotes(data)
    for note_id, number in footnote_numbers.items():
        if note_id in footnotes:
            parts.append(str(number).translate(SUPERSCRIPT_DIGITS) + " " + footnotes[note_id])
    text = "\n\n".join(part for part in parts)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return _legacy_pass(text, "docx", bold_paragraphs=bold)


def _run_bold(run) -> bool:
    from docx.oxml.ns import qn

    props = run.find(qn("w:rPr"))
    if props is None:
        return False
    node = props.find(qn("w:b"))
    return node is not None and node.get(qn("w:val")) not in ("0", "false")


def _docx_footnotes(data: bytes) -> dict[str, str]:
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if "word/footnotes.xml" not in archive.namelist():
            return {}
        root = etree.fromstring(archive.read("word/footnotes.xml"), parser=etree.XMLParser(resolve_entities=False))
    notes = {}
    for note in root.iter(W_NS + "footnote"):
        text = "".join(node.text or "" for node in note.iter(W_NS + "t")).strip()
        if text:
            notes[note.get(W_NS + "id")] = text
    return notes


class _Numbering:
    """Writes out Word's automatic list numbering ("1.", "a)", "-") that python-docx leaves implicit."""

    def __init__(self, document):
        from docx.oxml.ns import qn

        self.formats: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        self.style_numbering = {}  # list styles ("List Number") carry their numbering in styles.xml
        try:
            for style in document.styles.element.findall(qn("w:style")):
                props = style.find(qn("w:pPr"))
                num_pr = props.find(qn("w:numPr")) if props is not None else None
                if num_pr is not None:
                    self.style_numbering[style.get(qn("w:styleId"))] = num_pr
        except (AttributeError, KeyError):
            pass
        try:
            part = document.part.numbering_part
        except (KeyError, NotImplementedError, AttributeError):
            return
        root = part.element
        abstract = {}
        for node in root.findall(qn("w:abstractNum")):
            levels = {}
            for level in node.findall(qn("w:lvl")):
                ilvl = int(level.get(qn("w:ilvl"), "0"))
                fmt = level.find(qn("w:numFmt"))
                text = level.find(qn("w:lvlText"))
                start = level.find(qn("w:start"))
                levels[ilvl] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    text.get(qn("w:val")) if text is not None else "%1.",
                    int(start.get(qn("w:val"))) if start is not None else 1,
                )
            abstract[node.get(qn("w:abstractNumId"))] = levels
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            if ref is not None and ref.get(qn("w:val")) in abstract:
                for ilvl, spec in abstract[ref.get(qn("w:val"))].items():
                    self.formats[(num.get(qn("w:numId")), ilvl)] = spec

    def label(self, paragraph) -> str:
        from docx.oxml.ns import qn

        props = paragraph.find(qn("w:pPr"))
        num_pr = props.find(qn("w:numPr")) if props is not None else None
        if num_pr is None and props is not None:
            style = props.find(qn("w:pStyle"))
            num_pr = self.style_numbering.get(style.get(qn("w:val"))) if style is not None else None
        if num_pr is None:
            return ""
        num_id_node, ilvl_node = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
        num_id = num_id_node.get(qn("w:val")) if num_id_node is not None else None
        ilvl = int(ilvl_node.get(qn("w:val"))) if ilvl_node is not None else 0
        spec = self.formats.get((num_id, ilvl))
        if spec is None or num_id == "0":
            return ""
        fmt, pattern, start = spec
        counters = self.counters.setdefault(num_id, [start - 1] * 9)
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = self.formats.get((num_id, deeper), ("", "", 1))[2] - 1
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return ""

        def render(level: int) -> str:
            level_fmt = self.formats.get((num_id, level), ("decimal", "", 1))[0]
            return _format_number(max(counters[level], 1), level_fmt)

        return re.sub(r"%(\d)", lambda m: render(int(m.group(1)) - 1), pattern)


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = "abcdefghijklmnopqrstuvwxyz"
        label = letters[(value - 1) % 26]
        return label.upper() if fmt == "upperLetter" else label
    if fmt in ("lowerRoman", "upperRoman"):
        numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        out, rest = "", value
        for number, numeral in numerals:
            while rest >= number:
                out, rest = out + numeral, rest - number
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


# --- .pdf --------------------------------------------------------------------------------------------
def read_pdf(data: bytes) -> ReadResult:
    """Text read by position (poppler's word boxes) when poppler is installed, else pypdf; OCR for scans."""
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise DocumentImportError(
                        "Tệp PDF được đặt mật khẩu. Hãy gỡ mật khẩu rồi tải lên lại.", code="encrypted"
                    )
            except DocumentImportError:
                raise
            except Exception as exc:
                raise DocumentImportError(
                    "Tệp PDF được mã hóa, không đọc được. Hãy gỡ mật khẩu rồi tải lên lại.", code="encrypted"
                ) from exc
        count = len(reader.pages)
        texts = _pdf_by_position(data) if not reader.is_encrypted else None
        if texts is None:
            texts = [_pdf_paragraphs(page.extract_text() or "") for page in reader.pages]
    except DocumentImportError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise DocumentImportError("Tệp PDF bị hỏng, không đọc được nội dung.", code="corrupt") from exc
    if count == 0:
        raise DocumentImportError("Tệp PDF không có trang nào.", code="empty")
    chars = sum(len(re.sub(r"\s", "", text)) for text in texts)
    if chars < MIN_TEXT_CHARS_PER_PAGE * count:
        from .ocr import ocr_pdf

        return ocr_pdf(data, count)
    text = "\n\n".join(texts)
    result = _legacy_pass(text, "pdf", pages=count)
    if looks_garbled(result.text):
        result.warnings.append(
            "Chữ đọc từ tệp PDF có dấu hiệu lỗi phông (chữ cái tách rời, sai thứ tự): hãy đối chiếu kỹ với bản gốc, "
            "hoặc tải lên bản .docx nếu có."
        )
    return result


_LONE_MARKED = re.compile(r"(?<![\w])[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹơưăđ](?![\w])", re.I)


def looks_garbled(text: str) -> bool:
    """Vietnamese letters standing alone ("S : /TB-SKHCNố", "cán b ộ") are the mark of a PDF whose fallback font
    put letters out of place: more than one word in fifty is a warning."""
    words = len(text.split())
    return words >= 20 and len(_LONE_MARKED.findall(text)) > words / 50


_BBOX_PAGE = re.compile(r"<page width=\"([\d.]+)\" height=\"([\d.]+)\">(.*?)</page>", re.S)
_BBOX_LINE = re.compile(r"<line xMin=\"([\d.]+)\" yMin=\"([\d.]+)\" xMax=\"([\d.]+)\" yMax=\"([\d.]+)\">(.*?)</line>", re.S)
_BBOX_WORD = re.compile(r"<word xMin=\"([\d.]+)\" yMin=\"[\d.]+\" xMax=\"([\d.]+)\" yMax=\"[\d.]+\">(.*?)</word>", re.S)
PDFTOTEXT_TIMEOUT = 120


def _pdf_by_position(data: bytes) -> list[str] | None:
    """Pages as paragraphs from poppler's word boxes: words closer than a tenth of the line height are one word
    (a fallback font's letters are separate boxes), a line is joined to the one above unless that one ends short
    of the column's right edge (a heading without a colon, the last line of a paragraph) or starts an item."""
    import html
    import shutil
    import subprocess
    import tempfile

    if not shutil.which("pdftotext"):
        return None
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(data)
        handle.flush()
        try:
            done = subprocess.run(["pdftotext", "-bbox-layout", "-enc", "UTF-8", handle.name, "-"],
                                  capture_output=True, timeout=PDFTOTEXT_TIMEOUT, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return None
    if done.returncode != 0:
        return None
    pages = []
    for page in _BBOX_PAGE.finditer(done.stdout.decode("utf-8", "replace")):
        lines = []
        for line in _BBOX_LINE.finditer(page.group(3)):
            x0, y0, x1, y1 = (float(line.group(n)) for n in range(1, 5))
            height = max(y1 - y0, 1.0)
            text, previous_end = "", None
            for word in _BBOX_WORD.finditer(line.group(5)):
                start, end, token = float(word.group(1)), float(word.group(2)), html.unescape(word.group(3))
                glue = previous_end is not None and start - previous_end < height * 0.1
                text = (text + token) if glue or not text else f"{text} {token}"
                previous_end = end
            if text.strip():
                lines.append((unicodedata.normalize("NFC", text.strip()), x0, y0, x1, y1))
        pages.append(_paragraphs_by_position(lines))
    return pages


def _paragraphs_by_position(lines: list[tuple[str, float, float, float, float]]) -> str:
    if not lines:
        return ""
    right = max(line[3] for line in lines)
    left = min(line[1] for line in lines)
    width = max(right - left, 1.0)
    out: list[str] = []
    previous = None
    for text, x0, y0, x1, y1 in lines:
        starts_item = bool(_ITEM.match(text))
        if previous is not None:
            p_text, p_x0, p_y0, p_x1, p_y1 = previous
            full = p_x1 >= right - width * 0.12  # the line above runs to the right edge: the paragraph goes on
            close = y0 - p_y1 < (p_y1 - p_y0) * 0.9
            if full and close and not starts_item and not p_text.isupper() and not p_text.endswith(":"):
                glue = " "
                if p_text.endswith("-") and (text[:1].islower() or _SYMBOL_CUT.search(p_text)):
                    glue = ""  # a word, or a document's symbol ("38-" / "CT/TW"), cut at its hyphen
                out[-1] = out[-1] + glue + text
                previous = (text, x0, y0, x1, y1)
                continue
        out.append(text)
        previous = (text, x0, y0, x1, y1)
    return "\n\n".join(out)


# a line ending in a number's or a symbol's hyphen with no space before it: "Chỉ thị số 38-" + "CT/TW"
_SYMBOL_CUT = re.compile(r"(?<!\s)[0-9A-ZĐ]-$")
_ITEM = re.compile(r"^([-+•–]\s|\d+(\.\d+)*[.)]\s|[a-zđ][.)]\s|[IVXLC]+\.\s|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)")


def _pdf_paragraphs(page_text: str) -> str:
    """PDF text comes as visual lines: re-join lines of one paragraph, keep list items apart. A line in capitals
    or ending with ":" (a heading) is never joined to the next one."""
    out: list[str] = []
    for raw in page_text.splitlines():
        line = raw.strip()
        if not line:
            if out and out[-1] != "":
                out.append("")
            continue
        starts_item = bool(_ITEM.match(line))
        if (out and out[-1] and not starts_item and not re.search(r"[.:;!?]$", out[-1]) and "\t" not in line
                and not out[-1].isupper()):
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return "\n\n".join(part for part in out if part)
