"""Rendering a report: its whole content (frame, body, appendices), the .docx, the appendices' workbook, the
differences between versions. Reads only: nothing here writes."""
from __future__ import annotations

import copy
import difflib
from types import SimpleNamespace

from core.documents import layout
from core.documents import templates as doc_templates
from core.formatting import format_date, long_date

from .. import assembly
from ..models import Report, ReportTemplate, ReportVersion

def compose(report: Report) -> dict:
    """The whole content of a report now: frame context, body blocks, appendices, figures. The body follows the
    outline the report was made with (its sections' order, levels and headings; numbers computed here from the
    tree's order)."""
    if report.outline_id is None:
        return _compose_fixed(report)
    generated = report.generated or {}
    body = assembly.narrative_blocks(report.opening)
    sections = list(report.sections.all().order_by("order"))
    extra = {"danh_gia": generated.get("assessment", []), "phuong_huong": generated.get("direction", [])}
    editor = {"danh_gia": report.assessment, "phuong_huong": report.direction}
    own_blocks = []
    for section_obj in sections:
        narrative = assembly.narrative_blocks(section_obj.narrative)
        narrative += assembly.narrative_blocks(editor.get(section_obj.source, ""))
        own = list(section_obj.generated) if section_obj.include_generated else []
        if section_obj.include_generated:
            own += extra.get(section_obj.source, [])
        if narrative:
            # never "không phát sinh …" next to the unit's own text saying what it did
            own = [block for block in own if block.get("key") != "nothing"]
        own_blocks.append(own + narrative)
    # every section of the outline is printed, numbered as the outline numbers it (the organisation's own
    # structure: a heading with nothing under it yet tells its unit where to write)
    shown = list(zip(sections, own_blocks))
    styles = assembly.outline.styles_of(report.outline.numbering)
    # a node numbered unlike its level (seed 002's "C." → "1.") keeps its own style
    own_styles = {item["key"]: item.get("style", "") for item in report.outline.sections or []}
    numbers = assembly.outline.numbered(
        [SimpleNamespace(level=s.level, style=own_styles.get(s.key, "")) for s, _ in shown], styles)
    intro_placed = False
    for (section_obj, blocks), (_, number) in zip(shown, numbers):
        body.append(layout.heading(f"{number} {section_obj.heading}", min(section_obj.level, 3), key=section_obj.key))
        if not intro_placed:
            body += generated.get("intro", [])
            intro_placed = True
        body += blocks
    if report.closing:
        body.append(layout.para(report.closing))
    return {"context": frame_context(report), "body": body, "appendices": _appendices_of(report),
            "figures": generated.get("figures", {})}


def _compose_fixed(report: Report) -> dict:
    """Reports made before outlines were data: the fixed frame they were written with."""
    generated = report.generated or {}
    body = assembly.narrative_blocks(report.opening)
    body.append(layout.heading(f"I. KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ {report.period_label.upper()}", 1))
    body += generated.get("intro", [])
    number = 0
    for section_obj in report.sections.all().order_by("order"):
        narrative = assembly.narrative_blocks(section_obj.narrative)
        own = section_obj.generated if section_obj.include_generated else []
        if narrative:
            # never "không phát sinh …" next to the unit's own text saying what it did
            own = [block for block in own if block.get("key") != "nothing"]
        blocks = own + narrative
        if not blocks:
            continue
        number += 1
        body.append(layout.heading(f"{number}. {section_obj.heading}", 2, key=section_obj.key))
        body += blocks
    body.append(layout.heading("II. ĐÁNH GIÁ CHUNG", 1))
    body += generated.get("assessment", [])
    body += assembly.narrative_blocks(report.assessment)
    body.append(layout.heading(f"III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM {report.next_period_label.upper()}", 1))
    body += generated.get("direction", [])
    body += assembly.narrative_blocks(report.direction)
    body.append(layout.para(
        f"Trên đây là báo cáo kết quả hoạt động khoa học và công nghệ {report.period_label} và phương hướng, "
        f"nhiệm vụ {report.next_period_label} của Sở Khoa học và Công nghệ./."))
    return {"context": frame_context(report), "body": body, "appendices": _appendices_of(report),
            "figures": generated.get("figures", {})}


def _appendices_of(report: Report) -> list[dict]:
    """The appendices, their "(Kèm theo Báo cáo số …)" line carrying the report's number and date once issued."""
    appendices = copy.deepcopy((report.generated or {}).get("appendices", []))
    if report.number and report.issued_on:
        reference = f"số {report.number}/{report.symbol} ngày {format_date(report.issued_on)}"
    else:
        reference = f"số      /{report.symbol}"
    for block in appendices:
        if block["kind"] == "paragraph" and block["runs"] and block["runs"][0]["text"].startswith("(Kèm theo Báo cáo"):
            block["runs"] = [layout.run(f"(Kèm theo Báo cáo {reference} của Sở Khoa học và Công nghệ)",
                                        italic=True)]
    return appendices


def frame_context(report: Report) -> dict:
    organisation = report.organisation
    if report.issued_on:
        place_date = long_date(report.issued_on, organisation.place_name)
    else:
        month = report.period_end.month
        month_text = f"{month:02d}" if month <= 2 else str(month)
        place_date = f"{organisation.place_name}, ngày      tháng {month_text} năm {report.period_end.year}"
    return {
        "governing_body": organisation.governing_body, "issuing_body": organisation.issuing_body,
        "number_symbol": report.number_symbol, "place_date": place_date, "doc_type": "BÁO CÁO",
        "summary_lines": [line for line in report.title.splitlines() if line.strip()],
        "subtitle": report.subtitle, "addressee": report.addressee, "recipients": list(report.recipients),
        "signer_authority": list(report.signer_authority), "signer_name": report.signer_name,
        "organisation_name": organisation.name, "period_label": report.period_label,
        "period_start": format_date(report.period_start), "period_end": format_date(report.period_end),
        "kind_label": report.get_kind_display(), "version": "",
    }


def version_diff(old: ReportVersion, new: ReportVersion) -> list[tuple[str, str]]:
    """[(kind, line)] with kind in {"added", "removed", "same", "skip"}: what changed between versions."""
    out = []
    for line in difflib.unified_diff(old.text.splitlines(), new.text.splitlines(), lineterm="", n=1):
        if line.startswith(("---", "+++")):
            continue
        if line.startswith("@@"):
            out.append(("skip", "…"))
        elif line.startswith("+"):
            out.append(("added", line[1:]))
        elif line.startswith("-"):
            out.append(("removed", line[1:]))
        else:
            out.append(("same", line[1:]))
    return out


# ------------------------------------------------------------------------------------------ rendering
def template_for(report_or_org, kind: str | None = None) -> bytes:
    organisation = getattr(report_or_org, "organisation", report_or_org)
    kind = kind or getattr(report_or_org, "kind", "")
    templates = ReportTemplate.objects.filter(organisation=organisation, is_active=True)
    chosen = templates.filter(kind=kind).first() or templates.filter(kind="").first()
    return bytes(chosen.content) if chosen else doc_templates.default_template_bytes()


def render_content_docx(organisation, kind: str, content: dict) -> bytes:
    return doc_templates.render_template(template_for(organisation, kind), content["context"], content["body"],
                                         content["appendices"])


def render_version_docx(version: ReportVersion) -> bytes:
    if version.docx:
        return bytes(version.docx)
    return render_content_docx(version.organisation, version.report.kind, version.content)


def render_report_docx(report: Report) -> bytes:
    """An issued report: its frozen .docx. Otherwise: the current content."""
    if report.is_frozen:
        version = report.versions.exclude(docx=None).order_by("-number").first()
        if version is not None:
            return bytes(version.docx)
    return render_content_docx(report.organisation, report.kind, compose(report))


def appendices_xlsx(content: dict) -> bytes:
    """The appendix tables as a workbook: one sheet per table."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from core.exports import safe_cell, safe_row

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Phu luc"
    index = 0
    caption = ""
    for block in content.get("appendices", []):
        if block["kind"] == "paragraph":
            caption = "".join(r["text"] for r in block["runs"])
            continue
        if block["kind"] != "table":
            continue
        index += 1
        if index > 1:
            sheet = workbook.create_sheet(f"Bang {index}")
        sheet.append(safe_row([caption]))
        sheet.append(safe_row([title for title, _ in block["columns"]]))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True)
        for row in block["rows"]:
            values = []
            for runs in row["cells"]:
                text = "".join(r["text"] for r in runs)
                values.append(int(text) if text.isdigit() else safe_cell(text))
            sheet.append(values)
        for column, (_, width) in zip("ABCDEFGHIJ", block["columns"]):
            sheet.column_dimensions[column].width = max(8, width * 5)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


