"""The layout of an administrative document, Nghị định 30/2020/NĐ-CP Phụ lục I (../shared/domain.md A).

A4 portrait, Times New Roman, margins 20/20/30/15 mm; a borderless two-column header block (governing
body regular + issuing body bold with a short line under it + "Số: …" on the left; national title bold +
motto bold with a line + italic place and date on the right); the document type and summary centred and
bold; a justified body with a first-line indent; "Nơi nhận:" bold italic 12 pt with 11 pt recipients;
the signer block on the right; page numbers from page 2, centred at the top; real footnotes; tables for
appendices, in a landscape section when they are wide.

Content is described by plain, JSON-serialisable *blocks* (so a report version can be frozen and shown
on the web with the same structure):

    heading(text, level)                        level 1 "I. …", 2 "1. …", 3 "2.1. …"
    para(run(...), run(...), indent=True)       a body paragraph made of runs
    run(text, bold=, italic=, footnote=, link=) a footnote becomes a real Word footnote; link is for the web view
    table(columns, rows, caption=)              an appendix table (columns: [(title, width_cm)])
    section("landscape")                        the following blocks go to a new landscape section
    page_break()

`OfficialDocument` builds a whole document from scratch (used for the default templates and for the
notice); `insert_blocks(document, anchor_paragraph, blocks)` renders blocks into an existing (e.g.
docxtpl-rendered) document in place of a placeholder paragraph.
"""
from __future__ import annotations

import copy
import io
import re
from xml.sax.saxutils import escape as _xml_escape
from dataclasses import dataclass, field

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt

FONT = "Times New Roman"
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = Mm(20), Mm(20), Mm(30), Mm(15)
HEADER_DISTANCE = Mm(10)
BODY_SIZE = Pt(14)
HEADER_SIZE = Pt(13)
ORGAN_SIZE = Pt(12)  # governing and issuing body, national title: 12–13 pt
RECIPIENTS_TITLE_SIZE = Pt(12)
RECIPIENTS_SIZE = Pt(11)
FOOTNOTE_SIZE = Pt(11)
TABLE_SIZE = Pt(12)
FIRST_LINE_INDENT = Cm(1.27)
SPACE_AFTER = Pt(6)
LINE_SPACING = 1.1
LEFT_COLUMN = Cm(7.0)
RIGHT_COLUMN = Cm(9.5)
TEXT_WIDTH_CM = 16.5  # 210 - 30 - 15 mm
LANDSCAPE_TEXT_WIDTH_CM = 29.7 - 2.0 - 2.0
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FONTS_XML = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
MOTTO = "Độc lập - Tự do - Hạnh phúc"


# --------------------------------------------------------------------------------------------- blocks
def run(text: str, *, bold: bool = False, italic: bool = False, footnote: str | None = None,
        link: str | None = None, figure: str | None = None) -> dict:
    """A piece of text. `footnote` adds a Word footnote after it; `link` / `figure` serve the web view."""
    data = {"text": str(text)}
    if bold:
        data["bold"] = True
    if italic:
        data["italic"] = True
    if footnote:
        data["footnote"] = str(footnote)
    if link:
        data["link"] = link
    if figure:
        data["figure"] = figure
    return data


def para(*runs, indent: bool = True, align: str = "justify", key: str | None = None) -> dict:
    """A body paragraph; plain strings are promoted to runs."""
    items = [run(item) if isinstance(item, str) else item for item in runs]
    data = {"kind": "paragraph", "runs": items, "indent": indent, "align": align}
    if key:
        data["key"] = key
    return data


def heading(text: str, level: int = 1, key: str | None = None) -> dict:
    data = {"kind": "heading", "text": str(text), "level": level}
    if key:
        data["key"] = key
    return data


def table(columns, rows, *, caption: str | None = None, font_size: float = 12) -> dict:
    """columns: [(title, width_cm)]; rows: [{"cells": [str | run-list], "bold": bool, "italic": bool,
    "group": bool}] or lists. A group row ("I | Nhiệm vụ giao tại …", "A. Nhiệm vụ chuyển tiếp") has its last
    given cell merged across the remaining columns, as the seeds' appendices print them."""
    norm_rows = []
    for row in rows:
        if isinstance(row, dict):
            norm = {"cells": [_cell(c) for c in row["cells"]], "bold": bool(row.get("bold")),
                    "italic": bool(row.get("italic"))}
            if row.get("group"):
                norm["group"] = True
            norm_rows.append(norm)
        else:
            norm_rows.append({"cells": [_cell(c) for c in row], "bold": False, "italic": False})
    return {"kind": "table", "columns": [[str(t), float(w)] for t, w in columns], "rows": norm_rows,
            "caption": caption, "font_size": font_size}


def _cell(value):
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return [value]
    return [run("" if value is None else str(value))]


def section(orientation: str = "landscape") -> dict:
    return {"kind": "section", "orientation": orientation}


def page_break() -> dict:
    return {"kind": "page_break"}


def centered(*runs, bold: bool = False) -> dict:
    items = [run(item, bold=bold) if isinstance(item, str) else item for item in runs]
    return para(*items, indent=False, align="center")


def blocks_text(blocks) -> str:
    """Plain text of blocks (tests, diffs, search)."""
    lines = []
    for block in blocks:
        if block["kind"] == "heading":
            lines.append(block["text"])
        elif block["kind"] == "paragraph":
            lines.append("".join(r["text"] for r in block["runs"]))
        elif block["kind"] == "table":
            if block.get("caption"):
                lines.append(block["caption"])
            lines.append(" | ".join(title for title, _ in block["columns"]))
            for row in block["rows"]:
                lines.append(" | ".join("".join(r["text"] for r in cell) for cell in row["cells"]))
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ low level
def _set_run_font(run_obj, size=None, bold=None, italic=None):
    run_obj.font.name = FONT
    rpr = run_obj._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    if size is not None:
        run_obj.font.size = size
    if bold is not None:
        run_obj.font.bold = bold
    if italic is not None:
        run_obj.font.italic = italic
    return run_obj


def _format_paragraph(paragraph, *, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=None, before=0, after=SPACE_AFTER,
                      line=LINE_SPACING, keep_next=False):
    fmt = paragraph.paragraph_format
    paragraph.alignment = align
    fmt.first_line_indent = indent
    fmt.space_before = Pt(before) if isinstance(before, (int, float)) else before
    fmt.space_after = after
    fmt.line_spacing = line
    fmt.widow_control = True
    if keep_next:
        fmt.keep_with_next = True
    return paragraph


def _add_text(paragraph, text, *, size=BODY_SIZE, bold=False, italic=False):
    return _set_run_font(paragraph.add_run(text), size=size, bold=bold, italic=italic)


def _bottom_rule(paragraph, *, indent_cm: float):
    """A short horizontal line: an empty paragraph with a bottom border, narrowed by indents."""
    fmt = paragraph.paragraph_format
    fmt.left_indent = Cm(indent_cm)
    fmt.right_indent = Cm(indent_cm)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(4)
    fmt.line_spacing = Pt(2)
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" '
                         'w:color="000000"/></w:pBdr>'))
    return paragraph


def _no_borders(tbl):
    tbl_pr = tbl._tbl.tblPr
    borders = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"
    )
    existing = tbl_pr.find(qn("w:tblBorders"))
    if existing is not None:
        tbl_pr.remove(existing)
    tbl_pr.append(borders)


def _grid_borders(tbl):
    tbl_pr = tbl._tbl.tblPr
    borders = parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                  for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"
    )
    existing = tbl_pr.find(qn("w:tblBorders"))
    if existing is not None:
        tbl_pr.remove(existing)
    tbl_pr.append(borders)


def _fixed_widths(tbl, widths):
    tbl.autofit = False
    tbl_pr = tbl._tbl.tblPr
    layout = tbl_pr.find(qn("w:tblLayout"))
    if layout is None:
        tbl_pr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    for index, width in enumerate(widths):
        tbl.columns[index].width = width
        for cell in tbl.columns[index].cells:
            cell.width = width


def _cell_margins(tbl, left_cm=0.0, right_cm=0.0):
    tbl_pr = tbl._tbl.tblPr
    tbl_pr.append(parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:left w:w="{int(left_cm * 567)}" w:type="dxa"/>'
        f'<w:right w:w="{int(right_cm * 567)}" w:type="dxa"/></w:tblCellMar>'
    ))


def _upper(text: str) -> str:
    """UPPERCASE, leaving template tags ("{{ governing_body }}") alone."""
    import re

    parts = re.split(r"(\{\{.*?\}\}|\{%.*?%\})", text)
    return "".join(part if part.startswith("{") else part.upper() for part in parts)


def _first_paragraph(cell):
    return cell.paragraphs[0]


# ------------------------------------------------------------------------------------------- footnotes
FOOTNOTES_XML = (
    f'<w:footnotes {nsdecls("w", "r")}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


class Footnotes:
    """Real Word footnotes (python-docx has no API for them): owns /word/footnotes.xml of a document."""

    def __init__(self, document):
        self.document = document
        main = document.part
        self.part = None
        for rel in main.rels.values():
            if rel.reltype == RT.FOOTNOTES:
                self.part = rel.target_part
                break
        if self.part is None:
            self.part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(FOOTNOTES_XML),
                                main.package)
            main.relate_to(self.part, RT.FOOTNOTES)
        if isinstance(self.part, XmlPart):
            self.element = self.part.element
        else:
            self.element = parse_xml(self.part.blob)
        ids = [int(fn.get(qn("w:id"))) for fn in self.element.findall(qn("w:footnote"))]
        self.next_id = max([0, *ids]) + 1
        self._ensure_styles()

    def _ensure_styles(self):
        """Word's own footnote styles: "footnote reference" (superscript, used by the mark in the text and by
        the number in the footnote area: LibreOffice and Word both honour it there) and "footnote text"."""
        styles = self.document.styles.element
        present = {style.get(qn("w:styleId")) for style in styles.findall(qn("w:style"))}
        fonts = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
        if "FootnoteReference" not in present:
            styles.append(parse_xml(
                f'<w:style {nsdecls("w")} w:type="character" w:styleId="FootnoteReference">'
                '<w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/>'
                '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                '</w:style>'))
        if "FootnoteText" not in present:
            size = int(FOOTNOTE_SIZE.pt * 2)
            styles.append(parse_xml(
                f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="FootnoteText">'
                '<w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>'
                '<w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/>'
                f'</w:pPr><w:rPr>{fonts}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>'))

    def add(self, paragraph, text: str) -> int:
        """Put a footnote reference at the end of `paragraph` and the note's text in the footnotes part."""
        reference, note_id = self.reference_xml(text)
        paragraph._p.append(parse_xml(f'<w:p {W_NS}>{reference}</w:p>')[0])
        return note_id

    def reference_xml(self, text: str, size=BODY_SIZE) -> tuple[str, int]:
        """Register a note; return the XML of its reference run (superscript, "footnote reference" style)."""
        note_id = self.next_id
        self.next_id += 1
        reference = (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>{FONTS_XML}'
                     f'<w:sz w:val="{int(size.pt * 2)}"/><w:szCs w:val="{int(size.pt * 2)}"/>'
                     f'<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>')
        self._note(note_id, text)
        return reference, note_id

    def _note(self, note_id: int, text: str) -> None:
        size = int(FOOTNOTE_SIZE.pt * 2)
        fonts = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
        note = parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>'
            f'<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>{fonts}<w:sz w:val="{size}"/>'
            f'<w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr>{fonts}<w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve"> </w:t></w:r>'
            f'</w:p></w:footnote>'
        )
        note.findall(".//" + qn("w:t"))[-1].text = " " + _clean(text)
        self.element.append(note)

    def finish(self):
        if not isinstance(self.part, XmlPart):
            from lxml import etree

            self.part._blob = etree.tostring(self.element, xml_declaration=True, encoding="UTF-8", standalone=True)


def footnote_texts(docx_bytes: bytes) -> list[str]:
    """The texts of a .docx's real footnotes (tests and checks)."""
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as archive:
        if "word/footnotes.xml" not in archive.namelist():
            return []
        root = etree.fromstring(archive.read("word/footnotes.xml"))
    texts = []
    for note in root.findall(qn("w:footnote")):
        if note.get(qn("w:type")) in ("separator", "continuationSeparator"):
            continue
        texts.append("".join(t.text or "" for t in note.iter(qn("w:t"))).strip())
    return texts


# ------------------------------------------------------------------------------------------- document
def setup_page(section, landscape: bool = False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = PAGE_HEIGHT, PAGE_WIDTH
        section.top_margin = section.bottom_margin = Mm(20)
        section.left_margin = section.right_margin = Mm(20)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
        section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
    section.header_distance = HEADER_DISTANCE
    section.footer_distance = HEADER_DISTANCE


def setup_styles(document):
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = BODY_SIZE
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    # docDefaults, so that every style (table text, headers) falls back to Times New Roman
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            inner = rpr_default.find(qn("w:rPr"))
            if inner is not None:
                old = inner.find(qn("w:rFonts"))
                if old is not None:
                    inner.remove(old)
                inner.insert(0, parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{FONT}" w:hAnsi="{FONT}" '
                                          f'w:eastAsia="{FONT}" w:cs="{FONT}"/>'))
    document.core_properties.language = "vi-VN"


def add_page_numbers(section):
    """Page numbers from page 2, centred in the top margin: first page has its own (empty) header."""
    section.different_first_page_header_footer = True
    header = section.header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for child in list(paragraph._p):
        if child.tag != qn("w:pPr"):
            paragraph._p.remove(child)
    fld = parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" '
        f'w:cs="{FONT}"/><w:sz w:val="{int(HEADER_SIZE.pt * 2)}"/></w:rPr><w:t>2</w:t></w:r></w:fldSimple>'
    )
    paragraph._p.append(fld)
    first = section.first_page_header
    first.is_linked_to_previous = False
    first.paragraphs[0].text = ""


@dataclass
class Header:
    governing_body: str
    issuing_body: str
    number_symbol: str
    place_date: str
    summary_under_number: str = ""  # a letter's "V/v …"


def add_header_block(document, header: Header):
    """The borderless two-column header table."""
    tbl = document.add_table(rows=1, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    _no_borders(tbl)
    _fixed_widths(tbl, [LEFT_COLUMN, RIGHT_COLUMN])
    _cell_margins(tbl, 0.05, 0.05)
    left, right = tbl.rows[0].cells

    center = WD_ALIGN_PARAGRAPH.CENTER
    p = _format_paragraph(_first_paragraph(left), align=center, after=Pt(0), line=1.0)
    _add_text(p, _upper(header.governing_body), size=ORGAN_SIZE)
    p = _format_paragraph(left.add_paragraph(), align=center, after=Pt(0), line=1.0)
    _add_text(p, _upper(header.issuing_body), size=ORGAN_SIZE, bold=True)
    _bottom_rule(left.add_paragraph(), indent_cm=2.3)
    p = _format_paragraph(left.add_paragraph(), align=center, before=4, after=Pt(0), line=1.0)
    _add_text(p, header.number_symbol, size=HEADER_SIZE)
    if header.summary_under_number:
        p = _format_paragraph(left.add_paragraph(), align=center, before=2, after=Pt(0), line=1.0)
        _add_text(p, header.summary_under_number, size=Pt(12))

    p = _format_paragraph(_first_paragraph(right), align=center, after=Pt(0), line=1.0)
    _add_text(p, NATIONAL_TITLE, size=ORGAN_SIZE, bold=True)
    p = _format_paragraph(right.add_paragraph(), align=center, after=Pt(0), line=1.0)
    _add_text(p, MOTTO, size=HEADER_SIZE, bold=True)
    _bottom_rule(right.add_paragraph(), indent_cm=1.75)
    p = _format_paragraph(right.add_paragraph(), align=center, before=4, after=Pt(0), line=1.0)
    _add_text(p, header.place_date, size=HEADER_SIZE, italic=True)
    return tbl


def add_title(document, doc_type: str, summary_lines, extra_lines=()):
    """ "BÁO CÁO" / "THÔNG BÁO", then the summary (trích yếu), bold and centred."""
    center = WD_ALIGN_PARAGRAPH.CENTER
    if doc_type:
        p = _format_paragraph(document.add_paragraph(), align=center, before=18, after=Pt(0), line=1.0,
                              keep_next=True)
        _add_text(p, _upper(doc_type), size=BODY_SIZE, bold=True)
    for index, line in enumerate(summary_lines):
        p = _format_paragraph(document.add_paragraph(), align=center, after=Pt(0), line=1.0, keep_next=True)
        _add_text(p, line, size=BODY_SIZE, bold=True)
    for line in extra_lines:
        p = _format_paragraph(document.add_paragraph(), align=center, after=Pt(0), line=1.0, keep_next=True)
        _add_text(p, line, size=BODY_SIZE, italic=True)
    _bottom_rule(document.add_paragraph(), indent_cm=6.5)
    spacer = _format_paragraph(document.add_paragraph(), after=Pt(6), line=1.0)
    return spacer


def add_recipients_and_signer(document, recipients, signer_authority, signer_name, *, recipients_title="Nơi nhận:"):
    """Nơi nhận on the left (bold italic 12 pt, recipients 11 pt), the signer on the right."""
    tbl = document.add_table(rows=1, cols=2)
    _no_borders(tbl)
    _fixed_widths(tbl, [Cm(8.0), Cm(8.5)])
    _cell_margins(tbl, 0.0, 0.0)
    left, right = tbl.rows[0].cells
    p = _format_paragraph(_first_paragraph(left), align=WD_ALIGN_PARAGRAPH.LEFT, before=6, after=Pt(0), line=1.0)
    _add_text(p, recipients_title, size=RECIPIENTS_TITLE_SIZE, bold=True, italic=True)
    for line in recipients:
        p = _format_paragraph(left.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, after=Pt(0), line=1.0)
        _add_text(p, line, size=RECIPIENTS_SIZE)
    center = WD_ALIGN_PARAGRAPH.CENTER
    first = True
    for line in signer_authority:
        p = _format_paragraph(_first_paragraph(right) if first else right.add_paragraph(), align=center,
                              before=6 if first else 0, after=Pt(0), line=1.0)
        first = False
        _add_text(p, _upper(line), size=BODY_SIZE, bold=True)
    for _ in range(4):
        _format_paragraph(right.add_paragraph(), align=center, after=Pt(0), line=1.0)
    p = _format_paragraph(right.add_paragraph(), align=center, after=Pt(0), line=1.0)
    _add_text(p, signer_name, size=BODY_SIZE, bold=True)
    return tbl


def normalise_recipients(lines) -> list[str]:
    """ "- UBND tỉnh;" … "- Lưu: VT, VP." (each line with "- ", ";" except the last with ".")."""
    clean = [str(line).strip().lstrip("-").strip().rstrip(";.").strip() for line in lines if str(line).strip()]
    out = []
    for index, line in enumerate(clean):
        end = "." if index == len(clean) - 1 else ";"
        out.append(f"- {line}{end}")
    return out


# ---------------------------------------------------------------------------------------- body blocks
ALIGN = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}


# The body is built as WordprocessingML text and parsed once per block: python-docx's property setters cost
# milliseconds per run, which made a 300-row appendix take half a minute. The XML is what python-docx writes.
JC = {"justify": "both", "center": "center", "left": "left", "right": "right"}
_INVALID_XML = __import__("re").compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text) -> str:
    return _INVALID_XML.sub("", str(text))


def _run_xml(text: str, *, size=BODY_SIZE, bold=False, italic=False) -> str:
    half_points = int(size.pt * 2)
    return (f'<w:r><w:rPr>{FONTS_XML}{"<w:b/><w:bCs/>" if bold else ""}{"<w:i/><w:iCs/>" if italic else ""}'
            f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>'
            f'<w:t xml:space="preserve">{_xml_escape(_clean(text))}</w:t></w:r>')


def _paragraph_xml(runs: str, *, align: str = "justify", indent=None, before=0, after=SPACE_AFTER,
                   line: float = LINE_SPACING, keep_next: bool = False) -> str:
    before_twips = int(Pt(before).twips) if isinstance(before, (int, float)) else int(before.twips)
    indent_xml = f'<w:ind w:firstLine="{int(indent.twips)}"/>' if indent else ""
    return (f'<w:p {W_NS}><w:pPr>{"<w:keepNext/>" if keep_next else ""}<w:widowControl/>'
            f'<w:spacing w:before="{before_twips}" w:after="{int(after.twips)}" w:line="{int(round(240 * line))}" '
            f'w:lineRule="auto"/>{indent_xml}<w:jc w:val="{JC.get(align, "both")}"/></w:pPr>{runs}</w:p>')


def _runs_xml(runs, footnotes: Footnotes | None, *, size=BODY_SIZE, bold=False, italic=False) -> str:
    parts = []
    for item in runs:
        if item.get("text"):
            parts.append(_run_xml(item["text"], size=size, bold=bold or item.get("bold", False),
                                  italic=italic or item.get("italic", False)))
        if item.get("footnote") and footnotes is not None:
            parts.append(footnotes.reference_xml(item["footnote"], size=size)[0])
    return "".join(parts)


def _append(body, element):
    sect_pr = body.sectPr
    if sect_pr is not None:
        sect_pr.addprevious(element)
    else:
        body.append(element)


def _kept_with_table(blocks) -> set[int]:
    """Indices of the paragraphs that must stay on the page of the table after them: the paragraph just before a
    table, and the run of title lines (non-indented paragraphs, headings) leading to it ("Phụ lục IV", its title,
    the period, "I. KẾT QUẢ THỰC HIỆN"), so that no heading is left alone at the foot of a page."""
    kept: set[int] = set()
    for index in range(len(blocks) - 2, -1, -1):
        block, following = blocks[index], blocks[index + 1]
        if block["kind"] not in ("paragraph", "heading"):
            continue
        if following["kind"] == "table":
            kept.add(index)
        elif index + 1 in kept and _is_title(block) and _is_title(following):
            kept.add(index)
    return kept


def _is_title(block) -> bool:
    return block["kind"] == "heading" or (block["kind"] == "paragraph" and not block.get("indent", True))


def render_blocks(document, blocks, footnotes: Footnotes | None = None) -> list:
    """Append blocks at the end of `document`'s body; returns the new body elements (to move them)."""
    body = document.element.body
    start = len(body) - (1 if body.sectPr is not None else 0)
    blocks = list(blocks)
    kept = _kept_with_table(blocks)
    for position, block in enumerate(blocks):
        kind = block["kind"]
        if kind == "heading":
            level = block.get("level", 1)
            _append(body, parse_xml(_paragraph_xml(
                _run_xml(block["text"], bold=True, italic=level >= 3), indent=FIRST_LINE_INDENT,
                before=6 if level == 1 else 0, keep_next=True)))
        elif kind == "paragraph":
            _append(body, parse_xml(_paragraph_xml(
                _runs_xml(block["runs"], footnotes), align=block.get("align", "justify"),
                indent=FIRST_LINE_INDENT if block.get("indent", True) else None, keep_next=position in kept)))
        elif kind == "table":
            _render_table(document, block, footnotes)
        elif kind == "page_break":
            _append(body, parse_xml(f'<w:p {W_NS}><w:r><w:br w:type="page"/></w:r></w:p>'))
        elif kind == "section":
            _start_section(document, block.get("orientation", "landscape"))
    return [el for el in list(body)[start:] if el.tag != qn("w:sectPr")]


def _render_table(document, block, footnotes):
    body = document.element.body
    size = Pt(block.get("font_size", 12))
    if block.get("caption"):
        _append(body, parse_xml(_paragraph_xml(_run_xml(block["caption"], bold=True), align="center",
                                               keep_next=True)))
    widths = _fitted_widths(block, size)
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    parts = [f'<w:tbl {W_NS}><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
             f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
             '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
             'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
    parts += [f'<w:gridCol w:w="{width}"/>' for width in widths]
    parts.append("</w:tblGrid>")

    def cell(width, paragraph):
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{paragraph}</w:tc>'

    # the header row repeats on every page, is never split, and stays with the first row below it
    parts.append('<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>')
    for width, (title, _) in zip(widths, block["columns"]):
        parts.append(cell(width, _paragraph_xml(_run_xml(title, size=size, bold=True), align="center",
                                                after=Pt(0), line=1.0, keep_next=True).replace(f" {W_NS}", "", 1)))
    parts.append("</w:tr>")
    for row in block["rows"]:
        cells = list(row["cells"]) + [[]] * (len(widths) - len(row["cells"]))
        span = _group_span(row, cells)
        if span:
            # a group row: its title runs across the remaining columns, and stays with the rows of its group
            given = len(widths) - span + 1
            parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
            for index in range(given):
                width = widths[index] if index < given - 1 else sum(widths[index:])
                merged = f'<w:gridSpan w:val="{span}"/>' if index == given - 1 else ""
                paragraph = _paragraph_xml(_runs_xml(cells[index], footnotes, size=size, bold=True,
                                                     italic=row.get("italic", False)),
                                           align="center" if index == 0 and given > 1 else "left", after=Pt(0),
                                           line=1.0, keep_next=True).replace(f" {W_NS}", "", 1)
                parts.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{merged}</w:tcPr>{paragraph}</w:tc>')
            parts.append("</w:tr>")
            continue
        parts.append("<w:tr>")
        for index, (width, runs) in enumerate(zip(widths, cells)):
            align = "center" if index == 0 or _is_number(runs) else "justify"
            paragraph = _paragraph_xml(_runs_xml(runs, footnotes, size=size, bold=row.get("bold", False),
                                                 italic=row.get("italic", False)),
                                       align=align, after=Pt(0), line=1.0).replace(f" {W_NS}", "", 1)
            parts.append(cell(width, paragraph))
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    table_element = parse_xml("".join(parts))
    _append(body, table_element)
    _append(body, parse_xml(f'<w:p {W_NS}/>'))
    return table_element


def _is_number(runs) -> bool:
    text = "".join(r.get("text", "") for r in runs).replace(".", "").strip()
    return text.isdigit()


def _runs_text(runs) -> str:
    return "".join(r.get("text", "") for r in runs).strip()


GROUP_MARK = re.compile(r"^(?:[IVXLC]+|[A-Z])\.?$")


def _group_span(row, cells) -> int:
    """How many columns the last given cell of a group row spans (0: not a group row). A row is a group row when
    it says so, or — for blocks frozen before the flag existed — when it is bold, opens with a section mark
    ("I", "II", "A.") and has one title after it and nothing else."""
    given = [index for index, runs in enumerate(cells) if _runs_text(runs)]
    if not given or given[-1] >= len(cells) - 1:
        return 0
    last = given[-1]
    if not row.get("group"):
        marked = (row.get("bold") and len(given) == 2 and given == [0, 1]
                  and GROUP_MARK.match(_runs_text(cells[0])) and not _is_number(cells[1]))
        if not marked:
            return 0
    return len(cells) - last


# Advance widths of Times New Roman (its metrics equal Liberation Serif's), in thousandths of an em, by base letter:
# enough to tell whether a short label ("Cộng", "Tổng cộng I+II") fits a column on one line.
_REGULAR_WIDTHS = dict(zip(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 +.,-/()",
    [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944,
     722, 722, 611, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278,
     500, 500, 722, 500, 500, 444, *[500] * 10, 250, 564, 250, 250, 333, 278, 333, 333]))
_BOLD_WIDTHS = dict(zip(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 +.,-/()",
    [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000,
     722, 722, 667, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333,
     556, 500, 722, 500, 500, 444, *[500] * 10, 250, 570, 250, 250, 333, 278, 333, 333]))
CELL_MARGINS_CM = 2 * 0.19 + 0.15  # Word's default left and right cell margins, and a little room


def text_width_cm(text: str, size: Pt, *, bold: bool = False) -> float:
    """The printed width of one line of `text` in Times New Roman at `size`."""
    import unicodedata

    widths = _BOLD_WIDTHS if bold else _REGULAR_WIDTHS
    total = 0
    for char in text:
        base = unicodedata.normalize("NFD", char.replace("đ", "d").replace("Đ", "D"))[:1]
        total += widths.get(base, 556)
    return total / 1000 * size.pt * 2.54 / 72


def _fitted_widths(block, size) -> list[int]:
    """Column widths in twips; the first column (STT) is widened to hold its longest label on one line ("Tổng
    cộng I+II" under a column sized for "1", "2"), taking the room from the widest column."""
    widths_cm = [float(width) for _, width in block["columns"]]
    if len(widths_cm) > 1:
        padded = [(row, list(row["cells"]) + [[]] * (len(widths_cm) - len(row["cells"]))) for row in block["rows"]]
        labels = [(_runs_text(cells[0]), bool(row.get("bold")) or any(r.get("bold") for r in cells[0]))
                  for row, cells in padded if cells and not _group_span(row, cells)]
        need = max([text_width_cm(text, size, bold=bold) + CELL_MARGINS_CM for text, bold in labels
                    if text and len(text) <= 24] + [0.0])
        widest = max(range(1, len(widths_cm)), key=lambda index: widths_cm[index])
        extra = min(need - widths_cm[0], widths_cm[widest] / 3)
        if extra > 0:
            widths_cm[0] += extra
            widths_cm[widest] -= extra
    return [int(Cm(width).twips) for width in widths_cm]


def _start_section(document, orientation: str):
    """New section: the current body sectPr is copied to a section-break paragraph (it ends the previous
    section) and the body sectPr becomes the new section (landscape, numbered on every page)."""
    body = document.element.body
    sect_pr = body.sectPr
    p = document.add_paragraph()
    previous = copy.deepcopy(sect_pr)
    p._p.get_or_add_pPr().append(previous)
    new_section = document.sections[-1]
    new_section.start_type = WD_SECTION.NEW_PAGE
    setup_page(new_section, landscape=orientation == "landscape")
    title_pg = sect_pr.find(qn("w:titlePg"))
    if title_pg is not None:
        sect_pr.remove(title_pg)


def insert_blocks(document, anchor_paragraph, blocks, footnotes: Footnotes | None = None):
    """Render blocks in place of `anchor_paragraph` (a placeholder in a rendered template)."""
    elements = render_blocks(document, blocks, footnotes)
    anchor = anchor_paragraph._p if hasattr(anchor_paragraph, "_p") else anchor_paragraph
    for element in elements:
        anchor.addprevious(element)
    anchor.getparent().remove(anchor)


# -------------------------------------------------------------------------------------- whole documents
@dataclass
class OfficialDocument:
    """Build a complete document: header block, title, body blocks, signer, appendices."""

    header: Header
    doc_type: str = "BÁO CÁO"
    summary_lines: list[str] = field(default_factory=list)
    extra_title_lines: list[str] = field(default_factory=list)
    addressee: str = ""  # "Kính gửi: …"
    recipients: list[str] = field(default_factory=list)
    signer_authority: list[str] = field(default_factory=list)
    signer_name: str = ""

    def build(self, body_blocks, appendix_blocks=()):
        document = Document()
        setup_styles(document)
        section = document.sections[0]
        setup_page(section)
        add_page_numbers(section)
        # python-docx's default document starts empty; remove a stray first paragraph if any
        for paragraph in list(document.paragraphs):
            paragraph._p.getparent().remove(paragraph._p)
        add_header_block(document, self.header)
        add_title(document, self.doc_type, self.summary_lines, self.extra_title_lines)
        if self.addressee:
            p = _format_paragraph(document.add_paragraph(), align=WD_ALIGN_PARAGRAPH.CENTER)
            _add_text(p, self.addressee)
        footnotes = Footnotes(document)
        render_blocks(document, body_blocks, footnotes)
        add_recipients_and_signer(document, normalise_recipients(self.recipients), self.signer_authority,
                                  self.signer_name)
        if appendix_blocks:
            render_blocks(document, list(appendix_blocks), footnotes)
        footnotes.finish()
        return document

    def render(self, body_blocks, appendix_blocks=()) -> bytes:
        return document_bytes(self.build(body_blocks, appendix_blocks))


def document_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
