"""The weekly "Thông báo kết luận" of the director's briefing (seed 001's layout), shared with `directives`.

    render_conclusion_notice({
        "governing_body": "UBND TỈNH QUẢNG TRỊ", "issuing_body": "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "number_symbol": "Số:      /TB-SKHCN", "place_date": "Quảng Trị, ngày 17 tháng 02 năm 2025",
        "title": "Kết luận của Giám đốc Sở Khoa học và Công nghệ\\ntại Hội nghị trực báo tuần 7 năm 2025",
        "opening_paragraphs": [...],
        "unit_sections": [{"heading": "Văn phòng Sở", "items": [{"text": "… trong ngày 21/02/2025.",
                                                                  "deadline_text": "trong ngày 21/02/2025"}]}],
        "closing_paragraphs": [...], "recipients": ["Ban Giám đốc", …, "Lưu: VT, VP"],
        "signer_authority": ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"], "signer_name": "Trần Thị Nhung",
    }) -> bytes (.docx)

The deadline text inside an item is bold; headings are numbered "1. Văn phòng Sở:".
"""
from __future__ import annotations

from .layout import Header, OfficialDocument, heading, para, run

REQUIRED_KEYS = ("governing_body", "issuing_body", "number_symbol", "place_date", "title", "unit_sections",
                 "recipients", "signer_authority", "signer_name")


def item_runs(text: str, deadline_text: str = "") -> list[dict]:
    """ "- … **trong ngày 21/02/2025**." — the deadline bold wherever it sits in the text."""
    text = (text or "").strip()
    deadline_text = (deadline_text or "").strip()
    runs = [run("- ")]
    if deadline_text and deadline_text in text:
        start = text.rfind(deadline_text)
        before, after = text[:start], text[start + len(deadline_text):]
        if before:
            runs.append(run(before))
        runs.append(run(deadline_text, bold=True))
        if after:
            runs.append(run(after))
    else:
        runs.append(run(text))
        if deadline_text:
            runs.append(run(", hoàn thành "))
            runs.append(run(deadline_text, bold=True))
            runs.append(run("."))
    return runs


def notice_blocks(context: dict) -> list[dict]:
    blocks = [para(text) for text in context.get("opening_paragraphs") or [] if str(text).strip()]
    for number, unit_section in enumerate(context.get("unit_sections") or [], start=1):
        title = str(unit_section.get("heading", "")).strip().rstrip(":")
        blocks.append(heading(f"{number}. {title}:", level=2))
        for item in unit_section.get("items") or []:
            if isinstance(item, str):
                item = {"text": item}
            blocks.append(para(*item_runs(item.get("text", ""), item.get("deadline_text", ""))))
    blocks += [para(text) for text in context.get("closing_paragraphs") or [] if str(text).strip()]
    return blocks


def render_conclusion_notice(context: dict) -> bytes:
    missing = [key for key in REQUIRED_KEYS if key not in context]
    if missing:
        raise ValueError("Thiếu thông tin để lập thông báo: " + ", ".join(missing))
    title_lines = [line.strip() for line in str(context["title"]).splitlines() if line.strip()]
    document = OfficialDocument(
        header=Header(
            governing_body=context["governing_body"],
            issuing_body=context["issuing_body"],
            number_symbol=context["number_symbol"],
            place_date=context["place_date"],
        ),
        doc_type=context.get("doc_type", "THÔNG BÁO"),
        summary_lines=title_lines,
        recipients=list(context["recipients"]),
        signer_authority=list(context["signer_authority"]),
        signer_name=context["signer_name"],
    )
    return document.render(notice_blocks(context))
