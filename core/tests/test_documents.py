"""The Nghị định 30/2020 layout module: the notice of seed 001, footnotes and Word templates, read back."""
import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from core.documents import layout
from core.documents import templates as doc_templates
from core.documents.notice import render_conclusion_notice

SEED_001 = {
    "governing_body": "UBND TỈNH QUẢNG TRỊ",
    "issuing_body": "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
    "number_symbol": "Số:      /TB-SKHCN",
    "place_date": "Quảng Trị, ngày 17 tháng 02 năm 2025",
    "title": "Kết luận của Giám đốc Sở Khoa học và Công nghệ\ntại Hội nghị trực báo tuần 7 năm 2025",
    "opening_paragraphs": [
        "Ngày 17/02/2025, Sở Khoa học và Công nghệ tổ chức Hội nghị trực báo tuần 7 năm 2025. Đồng chí Trần "
        "Ngọc Lâm, Giám đốc Sở chủ trì Hội nghị.",
    ],
    "unit_sections": [
        {"heading": "Văn phòng Sở", "items": [
            {"text": "Sắp xếp, bố trí phòng làm việc, phòng lưu trữ tài liệu, hoàn thành trước ngày 21/02/2025.",
             "deadline_text": "trước ngày 21/02/2025"},
            {"text": "Chủ trì, phối hợp với các đơn vị xây dựng kế hoạch tổ chức tuyển dụng viên chức.",
             "deadline_text": ""},
        ]},
        {"heading": "Phòng Quản lý khoa học", "items": [
            {"text": "Tham mưu quản lý nhiệm vụ KH&CN năm 2025, hoàn thiện hồ sơ ký kết hợp đồng thực hiện "
                     "trước ngày 30/6/2025.", "deadline_text": "trước ngày 30/6/2025"},
        ]},
    ],
    "closing_paragraphs": ["Trên đây là ý kiến kết luận của Giám đốc Sở tại Hội nghị giao ban triển khai công tác "
                           "tuần 7 năm 2025./."],
    "recipients": ["Ban Giám đốc;", "Các phòng, đơn vị thuộc Sở;", "Toàn thể CC,VC,NLĐ;", "Lưu: VT, VP."],
    "signer_authority": ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"],
    "signer_name": "Trần Thị Nhung",
}


@pytest.fixture(scope="module")
def notice():
    data = render_conclusion_notice(SEED_001)
    return data, docx.Document(io.BytesIO(data))


def test_notice_page_is_a4_with_decree_margins(notice):
    _, document = notice
    section = document.sections[0]
    mm = lambda length: round(length.mm)  # noqa: E731 - twips round-trip
    assert (mm(section.page_width), mm(section.page_height)) == (210, 297)
    assert mm(section.left_margin) == 30 and mm(section.right_margin) == 15
    assert mm(section.top_margin) == 20 and mm(section.bottom_margin) == 20


def test_notice_header_block_is_two_borderless_columns(notice):
    _, document = notice
    header = document.tables[0]
    left, right = header.rows[0].cells
    left_lines = [p.text for p in left.paragraphs if p.text]
    right_lines = [p.text for p in right.paragraphs if p.text]
    assert left_lines == ["UBND TỈNH QUẢNG TRỊ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số:      /TB-SKHCN"]
    assert right_lines[:2] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert right_lines[2] == "Quảng Trị, ngày 17 tháng 02 năm 2025"
    governing, issuing = left.paragraphs[0].runs[0], left.paragraphs[1].runs[0]
    assert not governing.bold and issuing.bold
    assert right.paragraphs[0].runs[0].bold and right.paragraphs[1].runs[0].bold
    assert right.paragraphs[3].runs[0].italic
    borders = header._tbl.tblPr.find(layout.qn("w:tblBorders"))
    assert {b.get(layout.qn("w:val")) for b in borders} == {"nil"}
    # a short line under the issuing body and under the motto: a paragraph bottom border
    assert left.paragraphs[2]._p.pPr.find(layout.qn("w:pBdr")) is not None
    assert right.paragraphs[2]._p.pPr.find(layout.qn("w:pBdr")) is not None


def test_notice_title_body_and_bold_deadlines(notice):
    _, document = notice
    texts = [p.text for p in document.paragraphs]
    assert "THÔNG BÁO" in texts
    assert "Kết luận của Giám đốc Sở Khoa học và Công nghệ" in texts
    assert "tại Hội nghị trực báo tuần 7 năm 2025" in texts
    assert "1. Văn phòng Sở:" in texts and "2. Phòng Quản lý khoa học:" in texts
    item = next(p for p in document.paragraphs if p.text.startswith("- Sắp xếp"))
    bold = [r.text for r in item.runs if r.bold]
    assert bold == ["trước ngày 21/02/2025"]
    assert item.paragraph_format.first_line_indent == layout.FIRST_LINE_INDENT
    plain = next(p for p in document.paragraphs if p.text.startswith("- Chủ trì"))
    assert not any(r.bold for r in plain.runs)
    # "&" survives (no escaping artefacts)
    assert any("KH&CN" in t for t in texts)


def test_notice_recipients_and_signer(notice):
    _, document = notice
    block = document.tables[-1]
    left, right = block.rows[0].cells
    title = left.paragraphs[0].runs[0]
    assert title.text == "Nơi nhận:" and title.bold and title.italic and title.font.size == Pt(12)
    recipients = [p.text for p in left.paragraphs[1:]]
    assert recipients == ["- Ban Giám đốc;", "- Các phòng, đơn vị thuộc Sở;", "- Toàn thể CC,VC,NLĐ;", "- Lưu: VT, VP."]
    assert all(p.runs[0].font.size == Pt(11) for p in left.paragraphs[1:])
    signer = [p.text for p in right.paragraphs if p.text]
    assert signer == ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Trần Thị Nhung"]
    assert all(p.runs[0].bold for p in right.paragraphs if p.text)


def test_notice_numbers_pages_from_page_two_in_times_new_roman(notice):
    data, document = notice
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert "PAGE" not in section.first_page_header._element.xml
    fonts = {r.font.name for p in document.paragraphs for r in p.runs if r.text.strip()}
    assert fonts == {"Times New Roman"}


def test_missing_context_is_refused_with_a_message():
    with pytest.raises(ValueError, match="signer_name"):
        render_conclusion_notice({k: v for k, v in SEED_001.items() if k != "signer_name"})


def test_blocks_render_real_footnotes_and_a_landscape_appendix():
    body = [layout.heading("I. KẾT QUẢ", 1),
            layout.para("- Tham gia ý kiến về 03 dự án", layout.run("", footnote="Dự án A; Dự án B & C."), ".")]
    appendix = [layout.section("landscape"), layout.table([("STT", 1.5), ("Tổng số", 4)], [["I", "58"]])]
    data = layout.OfficialDocument(
        header=layout.Header("UBND TỈNH X", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 1/BC-SKHCN", "X, ngày 01 tháng 3 năm 2024"),
        summary_lines=["Kết quả"], recipients=["Lưu: VT"], signer_authority=["GIÁM ĐỐC"], signer_name="A",
    ).render(body, appendix)
    assert layout.footnote_texts(data) == ["Dự án A; Dự án B & C."]
    document = docx.Document(io.BytesIO(data))
    assert len(document.sections) == 2
    assert round(document.sections[1].page_width.mm) == 297
    assert "footnoteReference" in document.element.body.xml


# ------------------------------------------------------------------------------ appendix tables as the seeds
def _appendix_document(rows=(), header_rows=0):
    """A Phụ lục laid out as seed 003's Phụ lục IV: titles, then a table with group rows, "Cộng" and "Tổng cộng"."""
    columns = [("STT", 2.2), ("Văn bản giao nhiệm vụ", 4.5), ("Nội dung nhiệm vụ được giao", 7.0),
               ("Thời hạn giao", 2.6), ("Thời hạn hoàn thành", 2.6), ("Giải trình nguyên nhân", 6.7)]
    body = [
        {"cells": ["I", "Nhiệm vụ giao tại các Quyết định, Kế hoạch, Công văn... của UBND tỉnh"], "bold": True},
        ["1", "Công văn số 1490/UBND-TH ngày 06/4/2023", "Tham gia ý kiến dự thảo báo cáo", "10/4/2023", "11/4/2023",
         "Phần mềm vận hành chưa thông suốt."],
        *rows,
        {"cells": ["Cộng", "01", "", "", "", ""], "bold": False},
        {"cells": ["A. Nhiệm vụ chuyển tiếp"], "group": True},
        {"cells": ["Tổng cộng I+II", "01", "", "", "", ""], "bold": True},
    ]
    appendix = [layout.section("landscape"),
                layout.para(layout.run("Phụ lục IV", bold=True), indent=False, align="center"),
                layout.para(layout.run("BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True), indent=False,
                            align="center"),
                layout.para(layout.run("II. CHI TIẾT CÁC NHIỆM VỤ QUÁ HẠN ĐÃ HOÀN THÀNH (*)", bold=True),
                            indent=False, align="left"),
                layout.table(columns, body)]
    data = layout.OfficialDocument(
        header=layout.Header("UBND TỈNH X", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 1/BC-SKHCN", "X, ngày 01 tháng 3 năm 2024"),
        summary_lines=["Kết quả"], recipients=["Lưu: VT"], signer_authority=["GIÁM ĐỐC"], signer_name="A",
    ).render([layout.para("Nội dung báo cáo.")], appendix)
    return data, docx.Document(io.BytesIO(data))


def _cell_width_cm(cell) -> float:
    return int(cell._tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) / 567


def test_appendix_stt_column_holds_cong_and_tong_cong_on_one_line():
    _, document = _appendix_document()
    table = document.tables[-1]
    widths = [_cell_width_cm(cell) for cell in table.rows[0].cells]
    bold = layout.text_width_cm("Tổng cộng I+II", Pt(12), bold=True)
    # the widest label plus Word's cell margins fits; the room came from the widest column, the total is unchanged
    assert widths[0] >= bold + 2 * 0.19 > 2.2
    assert round(sum(widths), 1) == round(2.2 + 4.5 + 7.0 + 2.6 + 2.6 + 6.7, 1)
    assert widths[2] < 7.0 and widths[1:2] + widths[3:] == pytest.approx([4.5, 2.6, 2.6, 6.7], abs=0.01)
    grid = [int(col.get(qn("w:w"))) / 567 for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert grid == pytest.approx(widths, abs=0.01)
    # a column wide enough already is left alone
    assert layout._fitted_widths(layout.table([("STT", 4.0), ("Nội dung", 10)], [["Tổng cộng", "x"]]), Pt(12)) \
        == [int(Cm(4.0).twips), int(Cm(10).twips)]


def test_appendix_group_rows_are_merged_across_the_columns():
    _, document = _appendix_document()
    table = document.tables[-1]
    texts = [[cell.text for cell in row.cells] for row in table.rows]
    group = table.rows[1]
    spans = [tc.grid_span for tc in group._tr.tc_lst]
    # "I" in the STT column, its title across the five other columns (python-docx repeats a merged cell)
    assert spans == [1, 5] and texts[1] == ["I"] + ["Nhiệm vụ giao tại các Quyết định, Kế hoạch, Công văn... của "
                                                    "UBND tỉnh"] * 5
    assert len(set(id(cell._tc) for cell in group.cells)) == 2
    alone = table.rows[4]
    assert [tc.grid_span for tc in alone._tr.tc_lst] == [6] and set(texts[4]) == {"A. Nhiệm vụ chuyển tiếp"}
    # a total row, a data row keep their six cells
    for index in (2, 3, 5):
        assert [tc.grid_span for tc in table.rows[index]._tr.tc_lst] == [1] * 6, texts[index]
    assert texts[3][:2] == ["Cộng", "01"] and texts[5][:2] == ["Tổng cộng I+II", "01"]
    # blocks frozen before the flag existed: a bold "II | title" row is read as a group row
    frozen = layout.table([("STT", 2), ("A", 3), ("B", 3)], [{"cells": ["II", "Nhiệm vụ giao tại Thông báo", ""],
                                                             "bold": True}, {"cells": ["Cộng", "0", ""], "bold": True}])
    assert layout._group_span(frozen["rows"][0], frozen["rows"][0]["cells"]) == 2
    assert layout._group_span(frozen["rows"][1], frozen["rows"][1]["cells"]) == 0


def test_appendix_headings_stay_with_their_table_and_the_header_row_repeats():
    many = [[str(n), f"Công văn số {n}/UBND-TH", "Nội dung nhiệm vụ " * 6, "10/4/2023", "11/4/2023", "Chậm."]
            for n in range(2, 40)]
    _, document = _appendix_document(many)
    paragraphs = {p.text: p for p in document.paragraphs}
    for title in ("Phụ lục IV", "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ",
                  "II. CHI TIẾT CÁC NHIỆM VỤ QUÁ HẠN ĐÃ HOÀN THÀNH (*)"):
        assert paragraphs[title].paragraph_format.keep_with_next is True, title
    assert not paragraphs["Nội dung báo cáo."].paragraph_format.keep_with_next
    table = document.tables[-1]
    header = table.rows[0]._tr
    assert header.trPr.find(qn("w:tblHeader")) is not None and header.trPr.find(qn("w:cantSplit")) is not None
    assert all(p.paragraph_format.keep_with_next for cell in table.rows[0].cells for p in cell.paragraphs)
    assert sum(row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
               for row in table.rows) == 1


# ------------------------------------------------------------------------------------------- templates
def _edited_template(replace_from: str, replace_to: str) -> bytes:
    """The default template with one piece of document.xml changed, as a clerk would in Word."""
    source = doc_templates.default_template_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                assert replace_from in text
                data = text.replace(replace_from, replace_to, 1).encode("utf-8")
            zout.writestr(item, data)
    return out.getvalue()


def test_default_template_lists_its_variables():
    info = doc_templates.check_template(doc_templates.default_template_bytes())
    assert {"governing_body", "body", "recipients", "signer_name", "appendices"} <= set(info.variables)


def test_broken_docx_is_refused_with_a_clear_message():
    with pytest.raises(doc_templates.TemplateProblem, match="không phải là tài liệu Word"):
        doc_templates.check_template(b"this is not a word file")


def test_unknown_variable_is_refused_and_named():
    data = _edited_template("{{ signer_name }}", "{{ ten_nguoi_ky }}")
    with pytest.raises(doc_templates.TemplateProblem, match="ten_nguoi_ky"):
        doc_templates.check_template(data)


def test_unclosed_loop_is_refused_naming_the_missing_tag():
    data = _edited_template("{%p endfor %}", "kết thúc")
    with pytest.raises(doc_templates.TemplateProblem, match="endfor"):
        doc_templates.check_template(data)


def test_missing_body_tag_is_refused():
    data = _edited_template("{{ body }}", "nội dung")
    with pytest.raises(doc_templates.TemplateProblem, match="body"):
        doc_templates.check_template(data)


def test_template_renders_with_autoescape_and_ampersands():
    context = {"governing_body": "UBND TỈNH A&B", "issuing_body": "SỞ KH&CN", "number_symbol": "Số: 2/BC-SKHCN",
               "place_date": "A, ngày 05 tháng 02 năm 2025", "doc_type": "BÁO CÁO",
               "summary_lines": ["Kết quả <tháng> & kế hoạch"], "recipients": ["Sở KH&ĐT", "Lưu: VT, VP"],
               "signer_authority": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "signer_name": "Nguyễn Hữu Thắng"}
    data = doc_templates.render_default(context, [layout.para("Nội dung & số liệu.")])
    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    assert "Kết quả <tháng> & kế hoạch" in texts
    assert "Nội dung & số liệu." in texts
    cells = [p.text for p in document.tables[-1].rows[0].cells[0].paragraphs]
    assert "- Sở KH&ĐT;" in cells and "- Lưu: VT, VP." in cells
    header = [p.text for p in document.tables[0].rows[0].cells[0].paragraphs]
    assert "UBND TỈNH A&B" in header and "SỞ KH&CN" in header


def test_footnote_numbers_use_words_superscript_footnote_reference_style():
    import zipfile

    from lxml import etree

    data = layout.OfficialDocument(
        header=layout.Header("UBND TỈNH X", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số:   /BC-SKHCN", "X, ngày"),
        summary_lines=["Thử"], recipients=["Lưu: VT"], signer_authority=["GIÁM ĐỐC"], signer_name="A",
    ).render([layout.para(layout.run("Câu"), layout.run("", footnote="Chú thích."), layout.run("."))])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        styles = etree.fromstring(archive.read("word/styles.xml"))
        notes = etree.fromstring(archive.read("word/footnotes.xml"))
        body = etree.fromstring(archive.read("word/document.xml"))
    w = layout.qn
    style = next(s for s in styles.iter(w("w:style")) if s.get(w("w:styleId")) == "FootnoteReference")
    assert style.find(f"{w('w:rPr')}/{w('w:vertAlign')}").get(w("w:val")) == "superscript"
    # the number in the footnote area and the mark in the text both carry the style
    for root, tag in ((notes, "w:footnoteRef"), (body, "w:footnoteReference")):
        mark = next(root.iter(w(tag))).getparent()
        assert mark.find(f"{w('w:rPr')}/{w('w:rStyle')}").get(w("w:val")) == "FootnoteReference"
    assert layout.footnote_texts(data) == ["Chú thích."]
