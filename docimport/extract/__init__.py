"""One parser for imported documents: used by the review screen, the API and `manage.py extract`.

`extract(text_or_read_result, *, organisation=None) -> dict` returns the JSON of issue #7:

    {"doc_type": "thong_bao_ket_luan" | "bao_cao_dinh_ky" | "other", "issuer": str, "doc_date": "YYYY-MM-DD" | None,
     "tasks": [{"unit", "text", "deadline", "deadline_text", "coordinating_units", ...}],
     "references": [{"kind", "number", "date", "issuer"}], "quantities": [{"text", "value", "what"}],
     "document": {kind, number, symbol, place, date, title, signer, position, ...}}

It is rule-based (no model downloads): the structure of Vietnamese administrative documents (header,
type line, numbered unit headings, bullets, "Nơi nhận", signature block), their vocabulary
(`vocabulary.py`) and the deadline grammar of `directives.deadlines` (never a second date grammar here).
Tasks carry extra keys beside the issue's: `leader` (a leader named in "Giao PGĐ ... chỉ đạo ..."),
`source` ("heading" | "assignment" | "table"), `span` (offsets into `document.text` for highlighting),
and, for tables, `completed_date` and `status`; with an organisation, `unit_id` / `for_organisation`.
The parser never raises on odd text: the worst case is an empty result.
"""
from __future__ import annotations

import dataclasses

import datetime as dt
import re

from core.text import fold

from .dates import (
    earlier_step_deadline, find_dates, iso, item_reference, make_date, opening_date, own_date, reference_date,
    strongly_cued, task_deadline,
)
from .drafts import TaskDraft
from .grammar import _LEADER, assignment_tasks
from .headings import heading_tasks
from .reports import forward_tasks
from .not_tasks import drop_not_tasks
from .quantities import quantities, table_quantities
from .references import _REF_DATE, _REFERENCE, references
from .structure import _FOOTNOTE_START, MAX_TEXT_CHARS, Paragraph, Prepared, classify, clean_inline, document_metadata, prepare
from .tables import split_row, table_tasks, tables
from .units import UnitIndex, coordinating_units, persons_named, read_agency, read_agency_list

__all__ = [
    "MAX_TEXT_CHARS", "Paragraph", "Prepared", "QUANTITY_KEYS", "REFERENCE_KEYS", "SCHEMA_KEYS", "TASK_KEYS",
    "UnitIndex", "classify", "clean_inline", "coordinating_units", "document_metadata", "extract", "find_dates",
    "iso", "make_date", "prepare", "public_json", "quantities", "read_agency", "read_agency_list", "reference_date",
    "references", "split_row", "table_quantities", "table_tasks", "tables",
]


def _finish_tasks(draft: TaskDraft, index: UnitIndex, reference: dt.date | None) -> list[dict]:
    """The task of a draft; two when its sentence gives two steps their own deadlines ("… gửi Sở Tài chính trước
    ngày 30-7 và báo cáo UBND tỉnh trước ngày 5-8": same unit and text, one per deadline, LABELING.md 3)."""
    text = draft.text.strip()
    unit = draft.unit.strip(" :")
    leader = draft.leader
    leader_match = _LEADER.search(text)
    if leader_match:
        leader = leader_match.group("name")
        named = read_agency(text[leader_match.end():], index)
        if named and not named.startswith("các"):
            unit = named
    deadline = draft.extra.get("deadline_obj") if draft.source == "table" else None
    step = None  # the deadline of an earlier step of the same sentence
    if draft.source != "table":
        deadline = task_deadline(text, reference)
        step = earlier_step_deadline(text, deadline, reference)
        flat = " ".join(text.split())
        if deadline is not None and deadline.due_date is None and not deadline.recurring and deadline.text in flat:
            earlier = task_deadline(flat[: flat.rindex(deadline.text)], reference)
            if earlier is not None and earlier.due_date is not None:
                deadline = earlier
        if deadline is not None and deadline.kind == "range" and deadline.text in flat:
            # "báo cáo kết quả … từ ngày 30/01 đến ngày 24/4. Báo cáo gửi … chậm nhất ngày 27/4": the period is what
            # is reported on; the phrase that says when the report is due wins
            after = flat[flat.index(deadline.text) + len(deadline.text):]
            later = task_deadline(after, reference)
            if later is not None and later.due_date is not None and strongly_cued(after, later):
                deadline, step = later, None
    if reference is None:
        # a page that gives no year anywhere: a date written without one has no due date (LABELING.md 7); today's
        # year would be a guess, and the review step asks for it instead
        deadline, step = _without_guessed_year(deadline), _without_guessed_year(step)
    coordination = draft.extra.get("coordinating_units") if draft.source == "table" else None
    if coordination is None or not coordination:
        coordination = coordinating_units(text, index)
    coordination = [c for c in coordination if fold(c) != fold(unit)]
    task = {
        "unit": unit,
        "assignees": [name for name in persons_named(text) if name != leader],
        "text": text,
        "deadline": iso(deadline.due_date) if deadline and deadline.due_date else None,
        "deadline_text": deadline.text if deadline else None,
        "coordinating_units": coordination,
        "leader": leader,
        "source": draft.source,
        "span": [draft.start, draft.start + len(draft.text)],
    }
    if deadline is not None:
        task["deadline_kind"] = deadline.kind
        task["recurring"] = bool(deadline.recurring)
        task["deadline_time"] = deadline.due_time.strftime("%H:%M") if deadline.due_time else None
    if draft.source == "table":
        task["completed_date"] = draft.extra.get("completed_date")
        task["status"] = draft.extra.get("status")
        task["assigning_document"] = draft.extra.get("assigning_document")
    if index.organisation is not None:
        matched = index.match(unit)
        task["unit_id"] = matched.pk if matched else None
        task["unit_name"] = matched.name if matched else None
        task["for_organisation"] = bool(matched) or index.is_organisation(unit)
    if step is None:
        return [task]
    first = {**task, "deadline": iso(step.due_date), "deadline_text": step.text, "deadline_kind": step.kind,
             "deadline_time": step.due_time.strftime("%H:%M") if step.due_time else None}
    return [first, task]


def _without_guessed_year(deadline):
    if deadline is None or deadline.due_date is None or re.search(r"(?:19|20)\d{2}", deadline.text):
        return deadline
    return dataclasses.replace(deadline, due_date=None)


def _item_reference(draft: TaskDraft, paragraphs: list[Paragraph], reference: dt.date | None) -> dt.date | None:
    """A page with no date of its own: the deadlines written in full in the task's paragraph give the year."""
    around = " ".join([draft.text] + [p.text for p in paragraphs if p.start <= draft.start < p.start + len(p.text) + 1])
    return item_reference(around, reference)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(text)))


def _unit_key(name: str) -> str:
    """A body's name without the way it is written or the place it belongs to: "Thường trực UBND TP.HCM",
    "Thường trực Ủy ban nhân dân thành phố" and "Thường trực UBND TPHCM" give one key."""
    folded = " " + " ".join(re.findall(r"[a-z0-9]+", fold(name))) + " "
    for long, short in ((" uy ban nhan dan ", " ubnd "), (" hoi dong nhan dan ", " hdnd "), (" thanh pho ", " tp ")):
        folded = folded.replace(long, short)
    words = ["tp" if word == "tphcm" else word for word in folded.split()]
    # the level stays ("UBND tỉnh" is not "UBND thành phố Huế"), the place's name goes
    place = next((at for at, word in enumerate(words) if at and word in ("tp", "tinh")), len(words) - 1)
    return " ".join(words[:place + 1])


def _once(tasks: list[dict]) -> list[dict]:
    """A lead paragraph that repeats an assignment of the body is one task: of two tasks of the same unit and
    deadline whose words mostly coincide, the longer text is kept."""
    kept: list[dict] = []
    for task in tasks:
        words = _words(task["text"])
        # a lead without a deadline repeats a body task that has one ("… thực hiện nghiêm chỉ đạo …" / the body
        # with its date): the deadlines need only agree where both are given
        twin = next((other for other in kept if "assignment" in (task["source"], other["source"])
                     and _unit_key(other["unit"]) == _unit_key(task["unit"])
                     and (other["deadline"] == task["deadline"] or None in (other["deadline"], task["deadline"]))
                     and len(words & _words(other["text"])) >= 0.75 * min(len(words), len(_words(other["text"])))), None)
        if twin is None:
            kept.append(task)
        elif (task["deadline"] is not None, len(task["text"])) > (twin["deadline"] is not None, len(twin["text"])):
            kept[kept.index(twin)] = task
    return kept


def extract(source, *, organisation=None, units=None) -> dict:
    """Extract document metadata, tasks, references and quantities (see the module docstring)."""
    raw = getattr(source, "text", source)
    bold = getattr(source, "bold_paragraphs", ()) or ()
    if not isinstance(raw, str):
        raw = "" if raw is None else str(raw)
    prepared = prepare(raw, bold)
    paragraphs = prepared.paragraphs
    index = UnitIndex(organisation, units)
    meta = document_metadata(prepared, organisation)
    doc_type = classify(meta, prepared.text)
    reference = reference_date(meta, paragraphs)

    drafts: list[TaskDraft] = []
    used: set[int] = set()
    default_unit = meta.get("issuer") or (organisation.name if organisation is not None else "")
    default_unit = re.sub(r"\s+tỉnh\s+.+$", "", default_unit) if default_unit.startswith("Sở") else default_unit
    if doc_type != "bao_cao_dinh_ky":
        drafts, used = heading_tasks(paragraphs, index)
        drafts += assignment_tasks(paragraphs, index, used)
    else:
        drafts += forward_tasks(paragraphs, index, default_unit, reference)
    drafts += table_tasks(paragraphs, default_unit, reference)
    drafts.sort(key=lambda d: d.start)
    dated = own_date(meta, paragraphs) is not None
    finished = []
    for draft in drafts:
        if draft.text.strip():
            draft_reference = reference if dated else _item_reference(draft, paragraphs, reference)
            finished += _finish_tasks(draft, index, draft_reference)
    tasks = _once(finished)
    tasks = drop_not_tasks(tasks, paragraphs)

    refs = references(prepared.text, reference)
    exclude = [tuple(ref["span"]) for ref in refs]
    for match in _REFERENCE.finditer(prepared.text):
        date_match = _REF_DATE.match(prepared.text[match.end():])
        exclude.append((match.start(), match.end() + (date_match.end() if date_match else 0)))
    exclude += [(start, end) for start, end, _ in find_dates(prepared.text)]
    for paragraph in paragraphs:
        if paragraph.table:
            cells = split_row(paragraph.text)
            if cells and re.fullmatch(r"\d+[.)]?|[IVX]+", cells[0].strip()):
                first = paragraph.text.find(cells[0].strip())
                exclude.append((paragraph.start + first, paragraph.start + first + len(cells[0].strip())))
    for paragraph in paragraphs:
        marker = _FOOTNOTE_START.match(paragraph.text) if paragraph.footnote else None
        if marker:
            exclude.append((paragraph.start, paragraph.start + marker.end()))
    figures = quantities(prepared.text, exclude) + table_quantities(paragraphs)
    figures.sort(key=lambda q: q["span"][0])

    document = {
        "kind": meta["kind"], "number": meta["number"], "symbol": meta["symbol"],
        "number_symbol": (f"{meta['number'] or ''}/{meta['symbol']}" if meta["symbol"] else None),
        "place": meta["place"], "date": iso(meta["date"]), "title": meta["title"],
        "summary": meta["title"], "signer": meta["signer"], "position": meta["position"],
        "authority": meta["authority"], "recipients": meta["recipients"],
        "reference_date": iso(reference), "opening_date": iso(opening_date(paragraphs, reference)), "text": prepared.text,
    }
    return {
        "doc_type": doc_type,
        "issuer": meta["issuer"] or "",
        "doc_date": iso(meta["date"]),
        "tasks": tasks,
        "references": refs,
        "quantities": figures,
        "document": document,
    }


SCHEMA_KEYS = ("doc_type", "issuer", "doc_date", "tasks", "references", "quantities")
TASK_KEYS = ("unit", "text", "deadline", "deadline_text", "coordinating_units")
REFERENCE_KEYS = ("kind", "number", "date", "issuer")
QUANTITY_KEYS = ("text", "value", "what")


def public_json(result: dict, *, verbose: bool = False, with_text: bool = False) -> dict:
    """The dict as the CLI and the API print it.

    By default exactly the issue's schema (doc_type, issuer, doc_date, tasks[unit, text, deadline, deadline_text,
    coordinating_units], references[kind, number, date, issuer], quantities[text, value, what]). `verbose` keeps
    the extras (document metadata, spans, leader, source, completion, unit_id …); the document text only with
    `with_text`."""
    if not verbose:
        output = {key: result.get(key) for key in SCHEMA_KEYS}
        for kind, keys in (("tasks", TASK_KEYS), ("references", REFERENCE_KEYS), ("quantities", QUANTITY_KEYS)):
            output[kind] = [{key: item.get(key) for key in keys} for item in result.get(kind) or []]
        for task in output["tasks"]:
            task["coordinating_units"] = list(task["coordinating_units"] or [])
        return output
    output = dict(result)
    document = dict(output.get("document") or {})
    if not with_text:
        document.pop("text", None)
    output["document"] = document
    return output
