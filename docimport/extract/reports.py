"""Reports: the forward-looking section ("phương hướng, nhiệm vụ …", "nhiệm vụ trọng tâm tháng tới"), whose items
are tasks only when a unit or a deadline is stated."""
from __future__ import annotations

import datetime as dt
import re

from core.text import fold

from .dates import _DEADLINE_CUE, _STRONG_CUE
from .drafts import TaskDraft
from .grammar import _SECTION_END, _numbering_end, assignment_tasks
from .headings import heading_tasks
from .structure import Paragraph
from .units import UnitIndex

_FORWARD_HEADING = re.compile(
    r"phuong huong|nhiem vu trong tam|nhiem vu,? giai phap|(?:nhiem vu|ke hoach|chuong trinh) (?:cong tac )?"
    r"(?:thoi gian toi|tuan toi|thang toi|quy toi|nam toi|tuan \d|thang \d|quy [ivx\d]|nam \d|\d+ thang (?:cuoi|dau))"
)


def _section_level(text: str) -> int | None:
    """0 for "II. …"/"B. …"/an upper-case line (a section of a report), None for anything else."""
    if re.match(r"^(?:[IVXLC]+|[A-ZĐ])[.)]\s", text) or (text.isupper() and len(text) < 200):
        return 0
    return None


def forward_tasks(paragraphs: list[Paragraph], index: UnitIndex, default_unit: str,
                  reference: dt.date | None) -> list[TaskDraft]:
    """Tasks of a report's forward-looking section, only when a unit or a deadline is stated.

    Items under "III. PHƯƠNG HƯỚNG, NHIỆM VỤ …" or "II. NHIỆM VỤ TRỌNG TÂM THÁNG 4" become tasks when they name
    a unit (a unit heading, "Giao Phòng X …", "Phòng X hoàn thiện …") or carry a deadline phrase ("trước ngày
    20/4/2024", "trong tháng 4/2024"): the issuer is their unit then. Results already achieved (the other
    sections) and items with neither a unit nor a deadline are never tasks."""
    from directives.deadlines import find_deadline

    sections: list[list[Paragraph]] = []
    current: list[Paragraph] | None = None
    for paragraph in paragraphs:
        if paragraph.table or paragraph.footnote:
            continue
        text = paragraph.text
        if _SECTION_END.match(text) or text.startswith(("Nơi nhận", "PHỤ LỤC", "Phụ lục")):
            current = None
            continue
        if _section_level(text) is not None:
            title = fold(re.sub(r"^(?:[IVXLC]+|[A-ZĐ])[.)]\s*", "", text))
            current = [] if _FORWARD_HEADING.search(title) and not title.startswith(
                ("ket qua", "danh gia", "tinh hinh", "kien nghi", "de xuat")) else None
            if current is not None:
                sections.append(current)
            continue
        if current is not None:
            current.append(paragraph)
    drafts: list[TaskDraft] = []
    for section in sections:
        found, used = heading_tasks(section, index)
        found += assignment_tasks(section, index, used)
        covered = {draft.start for draft in found}
        drafts += found
        for number, paragraph in enumerate(section):
            if number in used or any(paragraph.start <= start < paragraph.start + len(paragraph.text) for start in covered):
                continue
            body_start = _numbering_end(paragraph.text)
            body = paragraph.text[body_start:].strip()
            if not body or body.endswith(":") or len(body) < 15:
                continue
            try:
                deadline = find_deadline(body, reference_date=reference)
            except Exception:  # the phrase parser never should; one odd item must not stop the import
                deadline = None
            if deadline is None or deadline.kind == "relative" or not _DEADLINE_CUE.match(fold(deadline.text)):
                continue
            if deadline.kind in ("year", "half_year") and not _STRONG_CUE.match(fold(deadline.text)):
                continue  # "thực hiện trong năm 2024" says when the work falls, not when it is due
            if deadline.due_date is None and not deadline.recurring:
                continue
            if deadline.due_date and reference and deadline.due_date < reference - dt.timedelta(days=31):
                continue  # a date in the past is a result, not a deadline
            drafts.append(TaskDraft(unit=default_unit, text=body, start=paragraph.start + body_start, source="report"))
    return drafts
