"""The assignment grammar: unit headings with their items, assignment sentences and clauses, leaders,
reports' forward-looking sections."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from core.text import fold

from .dates import _DEADLINE_CUE, _STRONG_CUE
from .structure import Paragraph
from .units import _STOP_RE, UnitIndex, read_agency

_HEADING = re.compile(
    r"^(?P<label>(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)]|Điều\s+\d+\.?)\s*"
    r"(?:(?:Đối với|Giao|Về phía|Riêng)\s+)?(?P<body>.+)$"
)
_SECTION_END = re.compile(
    r"^(?:Trên đây|Nơi nhận|Văn phòng Sở thông báo|Văn phòng .{0,40} thông báo|Yêu cầu (?:các|Thủ trưởng)|"
    r"Đề nghị các (?:phòng|đơn vị) (?:nghiêm túc|triển khai)|Thông báo này|Kết luận này|Quyết định này|KT\.|TL\.|TM\.)",
)
_LEADER = re.compile(
    r"\b(?:Giao|giao)\s+(?:cho\s+)?(?:đồng chí\s+|đ/c\s+)?(?P<title>(?:PGĐ|Phó Giám đốc|Giám đốc|Chánh Văn phòng|"
    r"Phó Chủ tịch(?: UBND tỉnh)?|Chủ tịch(?: UBND tỉnh)?)(?:\s+Sở)?\s+)?"
    r"(?P<name>[A-ZĐ][\wÀ-ỹ]+(?:\s+[A-ZĐ][\wÀ-ỹ]+){1,4})\s+(?:trực tiếp\s+)?(?:chỉ đạo|phụ trách|theo dõi)\s+",
)
_ASSIGN = re.compile(r"(?:^|(?<=[\s;:.,]))(?:Giao|giao|Yêu cầu|yêu cầu|Đề nghị|đề nghị|Chỉ đạo|Ủy quyền|Phân công)\s+(?:cho\s+)?")
_BULLET = re.compile(r"^[-+•–—*]\s+")
_BOILERPLATE = re.compile(r"chịu trách nhiệm thi hành|thi hành (?:Quyết định|Chỉ thị|Thông báo) này|có hiệu lực (?:thi hành )?kể từ", re.I)


@dataclass
class TaskDraft:
    unit: str
    text: str
    start: int
    source: str
    leader: str | None = None
    deadline_source: str | None = None
    extra: dict = field(default_factory=dict)


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


def assignment_tasks(paragraphs: list[Paragraph], index: UnitIndex, skip: set[int]) -> list[TaskDraft]:
    """"Giao Sở A chủ trì ...; Sở B ...": every assignment in a letter, decision or plan."""
    tasks: list[TaskDraft] = []
    for number, paragraph in enumerate(paragraphs):
        if number in skip or paragraph.table or paragraph.footnote:
            continue
        text = paragraph.text
        if _BOILERPLATE.search(text) or _SECTION_END.match(text):
            continue
        leader = _LEADER.match(text, _numbering_end(text))
        if leader:
            unit = read_agency(text[leader.end():], index)
            if unit:
                start = leader.start()
                tasks.append(TaskDraft(unit=unit, text=text[start:].strip(), start=paragraph.start + start,
                                       source="assignment", leader=leader.group("name")))
                continue
        triggers = list(_ASSIGN.finditer(text))
        start = _numbering_end(text)
        if start and not triggers:
            body = text[start:]
            lead = read_agency(body, index)
            rest = body[body.find(lead) + len(lead):] if lead and lead in body else ""
            if lead and not lead.lower().startswith("các") and rest.startswith(":") and len(rest.strip(" :;.")) > 10:
                inline = rest[1:]
                offset = start + body.find(lead) + len(lead) + 1 + (len(inline) - len(inline.lstrip()))
                tasks.append(TaskDraft(unit=lead, text=inline.strip(), start=paragraph.start + offset, source="assignment"))
                continue
            if lead and not lead.lower().startswith("các") and rest[:1] == " " and _STOP_RE.match(rest.lstrip()):
                triggers = [_Position(start)]
        elif not start and not triggers and _plain_assignment(text, index):
            triggers = [_Position(0)]
        for trigger in triggers:
            listed = _listed_agencies(text, trigger.end(), index)
            if listed:  # "Giao các sở: Tài chính, Kế hoạch và Đầu tư theo chức năng ..." → one task per Sở
                names, _ = listed
                body_start = trigger.end()
                body = text[body_start:].strip()
                for name in names:
                    tasks.append(TaskDraft(unit=name, text=body, start=paragraph.start + body_start, source="assignment"))
                break
            unit = read_agency(text[trigger.end():], index)
            if not unit:
                continue
            if unit.lower().startswith("các") and (len(unit.split()) <= 2 or text.rstrip().endswith(":")):
                continue  # "yêu cầu các cơ quan, đơn vị thực hiện một số nội dung sau:"
            clauses = _clauses(text, trigger.start())
            first = True
            for clause_start, clause in clauses:
                lead = clause
                lead_offset = 0
                again = re.match(r"^(?:Giao|giao|Yêu cầu|Đề nghị|Chỉ đạo)\s+(?:cho\s+)?", lead)
                if again:
                    lead, lead_offset = lead[again.end():], again.end()
                agency = unit if first else read_agency(lead, index)
                if first:
                    body_offset = clause.find(unit)
                    body = clause[body_offset:] if body_offset >= 0 else clause
                    clause_offset = clause_start + max(body_offset, 0)
                elif agency:
                    body, clause_offset = lead, clause_start + lead_offset
                else:
                    if tasks:
                        tasks[-1].text = tasks[-1].text.rstrip(" ;") + "; " + clause
                    continue
                first = False
                units = [agency]
                after = body[len(agency):]
                while True:  # "Giao Sở A, Sở B thực hiện" → one task per unit
                    more = re.match(r"^\s*(?:,|và)\s*", after)
                    if not more:
                        break
                    other = read_agency(after[more.end():], index)
                    if not other or other.startswith("các"):
                        break
                    units.append(other)
                    after = after[more.end() + len(other):]
                for name in units:
                    tasks.append(TaskDraft(unit=name, text=body.strip(), start=paragraph.start + clause_offset,
                                           source="assignment"))
            break
    return tasks


_LISTING = re.compile(r"\s*(?:cho\s+)?các\s+(sở|phòng|ban|đơn vị|cơ quan)(?:\s*,\s*ngành)?\s*:\s*", re.I)


def _listed_agencies(text: str, position: int, index: UnitIndex) -> tuple[list[str], int] | None:
    """"các sở: Tài chính, Kế hoạch và Đầu tư theo …" → (["Sở Tài chính", "Sở Kế hoạch và Đầu tư"], offset of "theo")."""
    listing = _LISTING.match(text, position)
    if not listing:
        return None
    prefix = {"sở": "Sở ", "phòng": "Phòng ", "ban": "Ban "}.get(listing.group(1).lower(), "")
    names, cursor = [], listing.end()
    for _ in range(15):
        rest = text[cursor:]
        if not rest[:1].isupper():
            break
        name = read_agency(prefix + rest if prefix and not rest.startswith(prefix) else rest, index, allow_comma=False)
        if not name:
            break
        consumed = len(name) - (len(prefix) if prefix and not rest.startswith(prefix) else 0)
        if consumed <= 0:
            break
        names.append(name)
        cursor += consumed
        separator = re.match(r"\s*(?:,|và)\s*", text[cursor:])
        if not separator or not text[cursor + separator.end():][:1].isupper():
            break
        cursor += separator.end()
    return (names, cursor) if names else None


_PAST = re.compile(r"^(?:đã|đang|được|là|có|vẫn|chưa|cũng|thì|và|với|tại|trong|của|về)(?![\wÀ-ỹ])")


def _plain_assignment(text: str, index: UnitIndex) -> bool:
    """An unnumbered paragraph "Các cơ quan, đơn vị báo cáo … trước ngày 20 hằng quý": a unit, an action verb
    and a deadline phrase. Narrative ("Sở Tài chính đã bố trí …") and sentences without a deadline are not."""
    from directives.deadlines import find_deadline

    lead = read_agency(text, index)
    if not lead or not text.startswith(lead):
        return False
    rest = text[len(lead):]
    if rest[:1] != " " or not _STOP_RE.match(rest.lstrip()) or _PAST.match(rest.lstrip()):
        return False
    try:
        deadline = find_deadline(rest)
    except Exception:  # the phrase parser never should
        return False
    return bool(deadline and (deadline.due_date or deadline.recurring) and deadline.kind != "relative"
                and _DEADLINE_CUE.match(fold(deadline.text)))


class _Position:
    """A stand-in for a regex match that starts and ends at one offset."""

    def __init__(self, offset: int):
        self.offset = offset

    def start(self) -> int:
        return self.offset

    def end(self) -> int:
        return self.offset


def _numbering_end(text: str) -> int:
    numbered = re.match(r"^(?:(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)]|[-+•])\s*", text)
    return numbered.end() if numbered else 0


def _clauses(text: str, start: int) -> list[tuple[int, str]]:
    out, position = [], start
    for part in re.split(r"(;)", text[start:]):
        if part == ";":
            position += 1
            continue
        stripped = part.strip()
        if stripped:
            out.append((position + (len(part) - len(part.lstrip())), stripped))
        position += len(part)
    return out


# --- reports: the forward-looking section ("phương hướng, nhiệm vụ …", "nhiệm vụ trọng tâm tháng tới") ----
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
