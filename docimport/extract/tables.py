"""Task tables (appendix tables with a content column) and their rows."""
from __future__ import annotations

import datetime as dt
import re

from core.text import fold

from .dates import find_dates, iso
from .drafts import TaskDraft
from .structure import Paragraph, clean_inline


_COLUMN_ROLES = [
    ("stt", lambda h: h in {"stt", "tt", "so tt", "so thu tu"}),
    ("source", lambda h: h.startswith("van ban giao") or h.startswith("van ban")),
    ("content", lambda h: h.startswith(("noi dung", "ten nhiem vu", "ten cong viec", "nhiem vu", "cong viec",
                                        "ten de tai", "ten du an", "nhom nhiem vu", "giai phap", "hoat dong"))),
    ("coordinating", lambda h: "phoi hop" in h),
    ("unit", lambda h: h.startswith(("don vi chu tri", "co quan chu tri", "don vi thuc hien", "co quan thuc hien",
                                      "chu tri", "don vi", "co quan"))),
    ("assigned_deadline", lambda h: h.startswith(("thoi han giao", "han giao"))),
    ("completion", lambda h: h.startswith(("thoi han hoan thanh", "ngay hoan thanh", "thoi gian hoan thanh thuc te"))),
    ("deadline", lambda h: h.startswith(("thoi han", "tien do", "thoi gian", "du kien thoi han", "han xu ly", "han hoan thanh"))),
    ("status", lambda h: h.startswith(("tinh hinh", "ket qua", "trang thai"))),
]


def _header_roles(folded: list[str]) -> dict[str, int] | None:
    """Column roles when a table row is the header of a task table: a content column ("Nội dung", "Nhiệm vụ",
    "Tên nhiệm vụ" …) and at least one of unit, deadline, status, in any order; otherwise None."""
    if len(folded) < 3 or re.fullmatch(r"\d+[.)]?|[ivxlc]+", folded[0] or "-"):
        return None
    if any(len(name) > 80 for name in folded):
        return None
    roles: dict[str, int] = {}
    for position, name in enumerate(folded):
        for role, test in _COLUMN_ROLES:
            if role not in roles and test(name):
                roles[role] = position
                break
    if "content" not in roles or not ({"unit", "deadline", "assigned_deadline", "completion", "status"} & roles.keys()):
        return None
    return roles


def split_row(line: str) -> list[str]:
    if "\t" in line:
        cells = line.split("\t")
    else:
        cells = line.strip().strip("|").split("|")
    return [" ".join(clean_inline(cell).split()) for cell in cells]


def tables(paragraphs: list[Paragraph]) -> list[list[tuple[Paragraph, list[str]]]]:
    groups, current = [], []
    for paragraph in paragraphs:
        if paragraph.footnote:
            continue
        if paragraph.table:
            cells = split_row(paragraph.text)
            if all(re.fullmatch(r":?-{2,}:?|", cell) for cell in cells):
                continue
            current.append((paragraph, cells))
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def table_tasks(paragraphs: list[Paragraph], default_unit: str, reference: dt.date | None) -> list[TaskDraft]:
    from directives.deadlines import find_deadline, parse_deadline

    tasks: list[TaskDraft] = []
    for group in tables(paragraphs):
        roles: dict[str, int] = {}
        header: list[str] | None = None
        rows: list[tuple[Paragraph, list[str]]] = []
        for paragraph, cells in group:
            folded = [fold(cell).strip(" :*()") for cell in cells]
            found = _header_roles(folded)
            if found is not None:
                if header is not None and folded == header:
                    continue  # header repeated on the next page
                header = folded
                roles = found
                if "completion" in roles and "assigned_deadline" not in roles and "deadline" not in roles:
                    roles["deadline"] = roles.pop("completion")
                if "assigned_deadline" in roles:
                    roles["deadline"] = roles.pop("assigned_deadline")
                continue
            if header is None or "content" not in roles:
                continue
            first = cells[0].strip() if cells else ""
            if not first and rows and len(cells) >= 2:
                previous = rows[-1][1]
                for position, cell in enumerate(cells):
                    if cell and position < len(previous):
                        previous[position] = (previous[position] + " " + cell).strip()
                continue
            rows.append((paragraph, list(cells)))
        if "content" not in roles or not ({"deadline", "unit", "status"} & roles.keys()):
            continue
        for paragraph, cells in rows:
            def cell(role):
                position = roles.get(role)
                return cells[position].strip() if position is not None and position < len(cells) else ""

            number, content = cell("stt") or (cells[0] if cells else ""), cell("content")
            if not re.fullmatch(r"\d+[.)]?", number.strip()):
                continue  # group rows ("I", "Quý I/2023") and totals
            if not content or fold(content).strip(" .") in {"khong", "0", "khong co", ""}:
                continue
            deadline_cell = cell("deadline")
            deadline = find_deadline(deadline_cell, reference_date=reference) if deadline_cell else None
            if deadline_cell and deadline is None:
                parsed = parse_deadline(deadline_cell, reference_date=reference)
                deadline = parsed if parsed.due_date or parsed.recurring else None
            completion_cell = cell("completion")
            completed = None
            if completion_cell:
                dates = find_dates(completion_cell)
                completed = dates[0][2] if dates else None
            status = cell("status")
            if completed is None and status and "hoan thanh" in fold(status) and "chua hoan thanh" not in fold(status):
                dates = find_dates(status)
                completed = dates[-1][2] if dates else None
            text = content
            if cell("source"):
                text = f"{content} ({cell('source')})"
            draft = TaskDraft(unit=cell("unit") or default_unit, text=text, start=paragraph.start, source="table")
            draft.extra = {
                "deadline_obj": deadline, "completed_date": iso(completed), "status": status or None,
                "coordinating_units": [u.strip() for u in re.split(r"[;,]", cell("coordinating")) if u.strip()],
                "assigning_document": cell("source") or None,
            }
            tasks.append(draft)
    return tasks
