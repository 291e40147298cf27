"""Word templates a clerk can edit: docxtpl, sandboxed Jinja, autoescape on ("Sở KH&CN" contains "&").

A template is an ordinary .docx holding the frame of the document — header block, title, Nơi nhận, signer,
styles, margins — with tags such as ``{{ governing_body }}``. Two placeholder paragraphs receive the
generated content: ``{{ body }}`` (required: sections, paragraphs and real footnotes) and
``{{ appendices }}`` (optional, at the end: Phụ lục tables in a landscape section).

`check_template(data)` is what an upload goes through: a broken file, a syntax error (a tag left open)
or an unknown variable gives a clear Vietnamese message naming the problem (`TemplateProblem`).
`default_template_bytes()` builds the template shipped with the application (`python manage.py
make_default_template` writes it to a file to hand to a clerk).
"""
from __future__ import annotations

import functools
import io
import zipfile
from dataclasses import dataclass

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from jinja2 import TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from . import layout

BODY_PLACEHOLDER = "\u2063SOKHCN-BODY\u2063"
APPENDICES_PLACEHOLDER = "\u2063SOKHCN-APPENDICES\u2063"

# Variables a template may use, with what they hold (shown to the clerk on the upload page).
VARIABLES = {
    "governing_body": "Cơ quan chủ quản (UBND TỈNH …)",
    "issuing_body": "Cơ quan ban hành (SỞ KHOA HỌC VÀ CÔNG NGHỆ)",
    "number_symbol": "Số, ký hiệu (Số: 12/BC-SKHCN)",
    "place_date": "Địa danh, ngày tháng (Quảng Trị, ngày 05 tháng 02 năm 2025)",
    "doc_type": "Tên loại văn bản (BÁO CÁO, THÔNG BÁO)",
    "summary_lines": "Trích yếu (danh sách dòng)",
    "subtitle": "Dòng ghi chú dưới trích yếu (có thể trống)",
    "addressee": "Kính gửi (có thể trống)",
    "body": "Nội dung báo cáo (bắt buộc, một đoạn riêng)",
    "appendices": "Phụ lục (đặt cuối mẫu, một đoạn riêng)",
    "recipients": "Nơi nhận (danh sách dòng)",
    "signer_authority": "Quyền hạn, chức vụ người ký (danh sách dòng)",
    "signer_name": "Họ tên người ký",
    "organisation_name": "Tên đầy đủ của Sở",
    "period_label": "Kỳ báo cáo (tháng 01/2024, 6 tháng đầu năm 2023 …)",
    "period_start": "Ngày đầu kỳ (dd/mm/yyyy)",
    "period_end": "Ngày cuối kỳ (dd/mm/yyyy)",
    "kind_label": "Loại báo cáo",
    "version": "Số phiên bản",
}
KNOWN_VARIABLES = frozenset(VARIABLES)
REQUIRED_VARIABLES = frozenset({"body"})


class TemplateProblem(ValueError):
    """A template that cannot be used; the message says why, in Vietnamese."""


@dataclass
class TemplateInfo:
    variables: list[str]


def environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(autoescape=True)


def check_template(data: bytes) -> TemplateInfo:
    """Open, parse and list the variables of a template; raise TemplateProblem on any defect."""
    from docxtpl import DocxTemplate

    if not data:
        raise TemplateProblem("Tệp mẫu trống.")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise TemplateProblem("Tệp không phải là tài liệu Word (.docx): thiếu phần word/document.xml.")
            bad = archive.testzip()
            if bad:
                raise TemplateProblem(f"Tệp Word bị hỏng (phần {bad} không đọc được).")
    except zipfile.BadZipFile:
        raise TemplateProblem("Tệp không phải là tài liệu Word (.docx) hợp lệ hoặc đã bị hỏng. "
                              "Hãy lưu lại bằng Word dưới dạng \"Word Document (*.docx)\".") from None
    try:
        template = DocxTemplate(io.BytesIO(data))
        variables = template.get_undeclared_template_variables(environment())
    except TemplateSyntaxError as exc:
        raise TemplateProblem(_syntax_message(exc)) from None
    except TemplateProblem:
        raise
    except Exception as exc:  # lxml/docx errors on damaged XML
        raise TemplateProblem(f"Không đọc được tệp Word: {exc}") from None
    unknown = sorted(set(variables) - KNOWN_VARIABLES)
    if unknown:
        raise TemplateProblem(
            "Mẫu dùng biến không có trong báo cáo: " + ", ".join(unknown)
            + ". Các biến dùng được: " + ", ".join(sorted(KNOWN_VARIABLES)) + "."
        )
    missing = sorted(REQUIRED_VARIABLES - set(variables))
    if missing:
        raise TemplateProblem(
            "Mẫu thiếu thẻ bắt buộc: " + ", ".join("{{ %s }}" % name for name in missing)
            + " (đặt thẻ {{ body }} trong một đoạn riêng, nơi nội dung báo cáo được chèn vào)."
        )
    _check_placeholder_paragraphs(template)
    return TemplateInfo(variables=sorted(variables))


def _syntax_message(exc: TemplateSyntaxError) -> str:
    text = str(exc.message or exc)
    hint = ""
    if "endfor" in text:
        hint = " Có thẻ {% for … %} chưa được đóng bằng {% endfor %}."
    elif "endif" in text:
        hint = " Có thẻ {% if … %} chưa được đóng bằng {% endif %}."
    elif "unexpected '}'" in text or "expected token" in text:
        hint = " Có thẻ {{ … }} viết sai hoặc bị Word tách đôi; hãy gõ lại thẻ trong một lần."
    return f"Mẫu có lỗi cú pháp thẻ: {text}.{hint}"


def _check_placeholder_paragraphs(template) -> None:
    document = Document(template.template_file) if not hasattr(template, "docx") or template.docx is None \
        else template.docx
    texts = [paragraph.text for paragraph in document.paragraphs]
    for name in ("body", "appendices"):
        tagged = [text for text in texts if _has_tag(text, name)]
        if name == "body" and not tagged:
            raise TemplateProblem("Thẻ {{ body }} phải nằm trong một đoạn riêng ở thân văn bản (không trong bảng).")
        for text in tagged:
            if text.strip() not in ("{{ %s }}" % name, "{{%s}}" % name, "{{p %s }}" % name):
                raise TemplateProblem(f"Thẻ {{{{ {name} }}}} phải nằm một mình trong một đoạn (đoạn hiện có: \"{text.strip()}\").")


def _has_tag(text: str, name: str) -> bool:
    import re

    return bool(re.search(r"\{\{p?\s*%s\s*\}\}" % name, text))


def render_template(data: bytes, context: dict, body_blocks, appendix_blocks=()) -> bytes:
    """Render a (checked) template with plain-string context, then put the generated blocks in place."""
    from docxtpl import DocxTemplate

    template = DocxTemplate(io.BytesIO(data))
    values = {key: context.get(key, "") for key in KNOWN_VARIABLES}
    values["body"] = BODY_PLACEHOLDER
    values["appendices"] = APPENDICES_PLACEHOLDER
    for key in ("summary_lines", "recipients", "signer_authority"):
        value = context.get(key) or []
        values[key] = [value] if isinstance(value, str) else list(value)
    values["recipients"] = layout.normalise_recipients(values["recipients"])
    try:
        template.render(values, environment(), autoescape=True)
    except TemplateSyntaxError as exc:
        raise TemplateProblem(_syntax_message(exc)) from None
    document = template.docx
    footnotes = layout.Footnotes(document)
    body_anchor = _find_paragraph(document, BODY_PLACEHOLDER)
    if body_anchor is None:
        raise TemplateProblem("Không tìm thấy vị trí thẻ {{ body }} sau khi dựng mẫu.")
    # found before the body goes in: afterwards the search would read every paragraph of the report
    appendix_anchor = _find_paragraph(document, APPENDICES_PLACEHOLDER)
    layout.insert_blocks(document, body_anchor, list(body_blocks), footnotes)
    if appendix_anchor is not None:
        if appendix_blocks:
            layout.insert_blocks(document, appendix_anchor, list(appendix_blocks), footnotes)
        else:
            appendix_anchor._p.getparent().remove(appendix_anchor._p)
    footnotes.finish()
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()


def _find_paragraph(document, marker: str):
    for paragraph in document.paragraphs:
        if marker in paragraph.text:
            return paragraph
    return None


@functools.lru_cache(maxsize=1)
def default_template_bytes() -> bytes:
    """The template shipped with the application: Nghị định 30/2020 layout, every frame field a tag. Built once
    per process (bytes, immutable): building it was a third of a report's .docx time."""
    document = Document()
    layout.setup_styles(document)
    section = document.sections[0]
    layout.setup_page(section)
    layout.add_page_numbers(section)
    for paragraph in list(document.paragraphs):
        paragraph._p.getparent().remove(paragraph._p)
    layout.add_header_block(document, layout.Header(
        governing_body="{{ governing_body }}", issuing_body="{{ issuing_body }}",
        number_symbol="{{ number_symbol }}", place_date="{{ place_date }}",
    ))
    center = WD_ALIGN_PARAGRAPH.CENTER
    p = layout._format_paragraph(document.add_paragraph(), align=center, before=18, after=Pt(0), line=1.0)
    layout._add_text(p, "{{ doc_type }}", bold=True)
    _tag_paragraph(document, "{%p for line in summary_lines %}")
    p = layout._format_paragraph(document.add_paragraph(), align=center, after=Pt(0), line=1.0)
    layout._add_text(p, "{{ line }}", bold=True)
    _tag_paragraph(document, "{%p endfor %}")
    _tag_paragraph(document, "{%p if subtitle %}")
    p = layout._format_paragraph(document.add_paragraph(), align=center, after=Pt(0), line=1.0)
    layout._add_text(p, "{{ subtitle }}", italic=True)
    _tag_paragraph(document, "{%p endif %}")
    layout._bottom_rule(document.add_paragraph(), indent_cm=6.5)
    layout._format_paragraph(document.add_paragraph(), after=Pt(6), line=1.0)
    _tag_paragraph(document, "{%p if addressee %}")
    p = layout._format_paragraph(document.add_paragraph(), align=center)
    layout._add_text(p, "{{ addressee }}")
    _tag_paragraph(document, "{%p endif %}")
    p = layout._format_paragraph(document.add_paragraph())
    layout._add_text(p, "{{ body }}")

    tbl = document.add_table(rows=1, cols=2)
    layout._no_borders(tbl)
    layout._fixed_widths(tbl, [Cm(8.0), Cm(8.5)])
    left, right = tbl.rows[0].cells
    p = layout._format_paragraph(left.paragraphs[0], align=WD_ALIGN_PARAGRAPH.LEFT, before=6, after=Pt(0), line=1.0)
    layout._add_text(p, "Nơi nhận:", size=layout.RECIPIENTS_TITLE_SIZE, bold=True, italic=True)
    _cell_tag(left, "{%p for line in recipients %}")
    p = layout._format_paragraph(left.add_paragraph(), align=WD_ALIGN_PARAGRAPH.LEFT, after=Pt(0), line=1.0)
    layout._add_text(p, "{{ line }}", size=layout.RECIPIENTS_SIZE)
    _cell_tag(left, "{%p endfor %}")
    first = right.paragraphs[0]
    first.text = "{%p for line in signer_authority %}"
    p = layout._format_paragraph(right.add_paragraph(), align=center, before=0, after=Pt(0), line=1.0)
    layout._add_text(p, "{{ line }}", bold=True)
    _cell_tag(right, "{%p endfor %}")
    for _ in range(4):
        layout._format_paragraph(right.add_paragraph(), align=center, after=Pt(0), line=1.0)
    p = layout._format_paragraph(right.add_paragraph(), align=center, after=Pt(0), line=1.0)
    layout._add_text(p, "{{ signer_name }}", bold=True)
    p = layout._format_paragraph(document.add_paragraph(), after=Pt(0))
    layout._add_text(p, "{{ appendices }}")
    return layout.document_bytes(document)


def _tag_paragraph(document, tag: str):
    p = document.add_paragraph()
    layout._add_text(p, tag, size=Pt(10))
    return p


def _cell_tag(cell, tag: str):
    p = cell.add_paragraph()
    layout._add_text(p, tag, size=Pt(10))
    return p


def render_default(context: dict, body_blocks, appendix_blocks=()) -> bytes:
    return render_template(default_template_bytes(), context, body_blocks, appendix_blocks)
