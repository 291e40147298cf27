"""Unit headings and their items: "1. Văn phòng Sở:" followed by "- …" items, each the heading unit's task."""
from __future__ import annotations

import re

from core.text import fold

from .drafts import TaskDraft
from .grammar import _ASIDE, _BULLET, _LEADER, _LISTING, _SECTION_END, _listed_agencies
from .structure import Paragraph
from .units import _STOP_RE, UnitIndex, read_agency

_HEADING = re.compile(
    r"^(?P<label>(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)]|Điều\s+\d+\.?)\s*"
    r"(?:(?:Đối với|Giao|Về phía|Riêng)\s+)?(?P<body>.+)$"
)
_ASSIGN = re.compile(r"(?:^|(?<=[\s;:.,]))(?:Giao|giao|Yêu cầu|yêu cầu|Đề nghị|đề nghị|Chỉ đạo|Ủy quyền|Phân công)\s+(?:cho\s+)?")


def _heading_unit(paragraph: Paragraph, index: UnitIndex) -> tuple[str, str, str, int] | None:
    """(label, unit, inline task text, body offset) when the paragraph is a numbered unit heading."""
    text = paragraph.text
    match = _HEADING.match(text)
    if match:
        label, body, body_start = match.group("label"), match.group("body"), match.start("body")
    elif paragraph.bold or text.endswith(":"):
        label, body, body_start = "", text, 0
    else:
        return None
    if _LISTING.match(body) and _listed_agencies(body, 0, index):
        return None  # "Giao các sở: Tài chính, Nội vụ …" names several units: an assignment, not a heading
    unit = read_agency(body, index)
    if not unit and body.isupper() and len(body) < 120:
        lowered = body[:1] + body[1:].lower()
        unit = read_agency(lowered, index)
        unit = body[: len(unit)] if unit else None
    if not unit:
        return None
    offset = body.find(unit)
    unit_end = (offset if offset >= 0 else 0) + len(unit)
    rest = body[unit_end:]
    note = re.match(r"^\s*\([^()]{1,80}\)", rest)  # "Phòng QLKH (PGĐ Nguyễn Văn A phụ trách):"
    if note:
        rest = rest[note.end():]
        unit_end += note.end()
    stripped = rest.strip()
    if not stripped or stripped in (":", "."):
        if len(unit.split()) > 16:
            return None
        return label, unit, "", len(text)
    if stripped.startswith(":"):
        after_colon = rest.split(":", 1)[1]
        inline = after_colon.strip()
        return label, unit, inline, body_start + unit_end + rest.index(":") + 1 + (len(after_colon) - len(after_colon.lstrip()))
    return None


def _label_level(label: str) -> int:
    if not label:
        return 9
    if re.match(r"^[IVXLC]+[.)]$", label):
        return 0
    if label.startswith("Điều"):
        return 0
    if re.match(r"^[a-zđ][.)]$", label):
        return 3
    return 1 + label.count(".") - (1 if label.endswith(".") else 0)


def _assigns_elsewhere(text: str, index: UnitIndex, unit: str) -> bool:
    """A plain paragraph "Giao Phòng X chủ trì ..." / "Phòng X chủ trì ..." naming another unit than the heading's."""
    trigger = _ASSIGN.match(text)
    rest = text[trigger.end():] if trigger else text
    if trigger and _LEADER.match(text):
        return True
    name = read_agency(rest, index)
    if not name or name.lower().startswith("các") or fold(name) == fold(unit):
        return False
    after = rest[rest.find(name) + len(name):] if name in rest else ""
    return bool(trigger) or bool(after[:1] == " " and _STOP_RE.match(after.lstrip()))


def heading_tasks(paragraphs: list[Paragraph], index: UnitIndex) -> tuple[list[TaskDraft], set[int]]:
    """Tasks under unit headings ("1. Văn phòng Sở:" followed by "- ..." items)."""
    tasks: list[TaskDraft] = []
    used: set[int] = set()
    current: tuple[str, int] | None = None  # (unit, level)
    parent: TaskDraft | None = None
    for number, paragraph in enumerate(paragraphs):
        if paragraph.table or paragraph.footnote:
            continue
        text = paragraph.text
        if _SECTION_END.match(text):
            current, parent = None, None
            continue
        if current is not None and _ASIDE.match(text):
            continue  # "(Nguồn công văn số 2983/UBND-VP)" after the last item: a note, not an item
        heading = _heading_unit(paragraph, index)
        if heading is None and text.isupper():
            current, parent = None, None
            continue
        if heading:
            label, unit, inline, inline_start = heading
            current = (unit, _label_level(label))
            parent = None
            used.add(number)
            if inline:
                tasks.append(TaskDraft(unit=unit, text=inline, start=paragraph.start + inline_start, source="heading"))
            continue
        match = _HEADING.match(text)
        if match and current is not None and _label_level(match.group("label")) <= current[1]:
            current, parent = None, None  # a numbered heading that is not a unit closes the block
            continue
        if current is None:
            continue
        if not match and not _BULLET.match(text) and _assigns_elsewhere(text, index, current[0]):
            current, parent = None, None  # "Giao Phòng X chủ trì ..." after the last unit's items
            continue
        used.add(number)
        bullet = _BULLET.match(text)
        body = text[bullet.end():] if bullet else text
        offset = paragraph.start + (bullet.end() if bullet else 0)
        if match and not bullet:
            body, offset = text[match.start("body"):], paragraph.start + match.start("body")
        is_sub = bool(bullet) and bullet.group(0).strip() == "+"
        if is_sub and parent is not None and parent.text.rstrip().endswith(":"):
            parent.text = parent.text.rstrip() + " " + body
            continue
        draft = TaskDraft(unit=current[0], text=body, start=offset, source="heading")
        tasks.append(draft)
        parent = draft
    return tasks, used
