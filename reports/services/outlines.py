"""The organisations' report outlines (đề cương báo cáo): the current version of a kind (a sensible default on
first use), saving an edit as the next version, and the sections a new report gets from it."""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from core.concurrency import STALE_MESSAGE, changes_since, describe_changes, form_token, read_token, version_of
from core.models import Unit
from core.models.events import record_event
from core.permissions import ADD, require

from ..assembly import outline as outline_data
from ..choices import ReportKind
from ..models import ReportOutline

EDITED_FIELDS = ["title_pattern", "opening", "closing", "numbering", "sections", "appendices"]


class OutlineError(ValidationError):
    """A refused outline; the messages are for the editor."""


def nodes_of(outline: ReportOutline) -> tuple[list[outline_data.Node], list[outline_data.Node]]:
    return ([outline_data.Node.of(item) for item in outline.sections or []],
            [outline_data.Node.of(item) for item in outline.appendices or []])


def _store(organisation, kind: str, draft: outline_data.OutlineDraft, *, user=None, note: str = "") -> ReportOutline:
    last = ReportOutline.objects.filter(organisation=organisation, kind=kind).aggregate(m=Max("version"))["m"] or 0
    return ReportOutline.objects.create(
        organisation=organisation, kind=kind, version=last + 1, title_pattern=draft.title, opening=draft.opening,
        closing=draft.closing, numbering=draft.numbering, sections=[node.as_dict() for node in draft.nodes],
        appendices=[node.as_dict() for node in draft.appendices], note=note, created_by=user)


def current_outline(organisation, kind: str) -> ReportOutline | None:
    return ReportOutline.objects.filter(organisation=organisation, kind=kind).order_by("-version").first()


def outline_for(organisation, kind: str) -> ReportOutline:
    """The current outline of a kind; an organisation that has none gets the generic default (stored, version 1)."""
    outline = current_outline(organisation, kind)
    if outline is None:
        outline = install_default(organisation, kind, outline_data.generic_default(kind))
    return outline


def install_default(organisation, kind: str, draft: outline_data.OutlineDraft,
                    note: str = "Đề cương mặc định") -> ReportOutline:
    """Store a default outline unless the organisation already has one for the kind (idempotent)."""
    existing = current_outline(organisation, kind)
    if existing is not None:
        return existing
    problems = outline_data.validate(draft.nodes, draft.appendices, title=draft.title, opening=draft.opening,
                                     closing=draft.closing)
    if problems:  # a default is code: a bad one is a defect, not user input
        raise ValueError("; ".join(problems))
    return _store(organisation, kind, draft, note=note)


def unit_lookup(organisation) -> tuple[dict, dict]:
    """(name or code casefolded → code, code → name) of the organisation's units."""
    units = list(Unit.objects.filter(organisation=organisation).values_list("code", "name"))
    lookup = {}
    for code, name in units:
        lookup[code.casefold()] = code
        lookup[name.casefold()] = code
    return lookup, dict(units)


def outline_lines(outline: ReportOutline) -> str:
    nodes, appendices = nodes_of(outline)
    return outline_data.to_lines(nodes, appendices, outline.numbering, unit_lookup(outline.organisation)[1])


def parse_outline(organisation, *, title: str, lines: str, numbering: str, opening: str = "",
                  closing: str = "") -> outline_data.OutlineDraft:
    """The editor's input as an outline; raises OutlineError with every problem (nothing saved)."""
    if numbering not in outline_data.NUMBERING_LABELS:
        raise OutlineError("Cách đánh số không hợp lệ.")
    title = "\n".join(line.strip() for line in (title or "").splitlines() if line.strip())
    try:
        nodes, appendices = outline_data.parse_lines(lines, numbering, unit_lookup(organisation)[0])
    except outline_data.OutlineProblem as exc:
        # the lines' problems and the title's, opening's and closing's together: one round of corrections
        problems = exc.messages + outline_data.check_placeholders(title, "Trích yếu") + \
            outline_data.check_placeholders(opening, "Đoạn mở đầu") + outline_data.check_placeholders(closing, "Câu kết")
        raise OutlineError(problems) from None
    problems = outline_data.validate(nodes, appendices, title=title, opening=opening, closing=closing)
    if len(title) > 500:
        problems.append("Mẫu trích yếu dài quá 500 ký tự.")
    for node in nodes:
        if len(node.heading) > 255:
            problems.append(f"Tiêu đề mục “{node.heading[:40]}…” dài quá 255 ký tự.")
    if problems:
        raise OutlineError(problems)
    outline_data.assign_keys(nodes, appendices)
    return outline_data.OutlineDraft(title=title, nodes=nodes, appendices=appendices, opening=(opening or "").strip(),
                                     closing=(closing or "").strip(), numbering=numbering)


@transaction.atomic
def outline_save(*, actor, kind: str, title: str, lines: str, numbering: str, opening: str = "", closing: str = "",
                 note: str = "", token: str | None = None) -> ReportOutline:
    """Save an edited outline as the next version. `token`: the `core.concurrency.form_token` of the version the
    form was opened on; a newer version saved meanwhile refuses the save, naming what changed."""
    require(actor, ADD, ReportOutline)
    organisation = actor.organisation
    if kind not in ReportKind.values:
        raise OutlineError(f"Loại báo cáo không hợp lệ: {kind}.")
    draft = parse_outline(organisation, title=title, lines=lines, numbering=numbering, opening=opening,
                          closing=closing)
    # lock the kind's versions so that two saves cannot both become "the next one"
    current = (ReportOutline.objects.select_for_update().filter(organisation=organisation, kind=kind)
               .order_by("-version").first())
    snapshot = read_token(token) if token else None
    if snapshot is not None and current is not None and snapshot["v"] != version_of(current):
        changes = changes_since(snapshot, current, EDITED_FIELDS)
        raise OutlineError(STALE_MESSAGE.format(changes=describe_changes(changes)), code="stale")
    outline = _store(organisation, kind, draft, user=getattr(actor, "user", None), note=(note or "").strip()[:255])
    record_event(organisation=organisation, kind="REPORT_OUTLINE_SAVED", subject=outline,
                 actor=getattr(actor, "user", None), report_kind=kind, version=outline.version)
    return outline


def outline_token(outline: ReportOutline | None) -> str:
    """The snapshot the edit form carries (the version it was opened on)."""
    return form_token(outline) if outline is not None else ""
