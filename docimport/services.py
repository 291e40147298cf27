"""Writes of the document import: read + extract a file, keep it for review, accept it into directives.

`actor` is a `core.Membership`. Accepting creates the source document and the chosen tasks through the
directives services, in one transaction: if any task is refused (a deadline that cannot be read, a unit
of another organisation, no permission) nothing is created at all.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from core.models import Unit
from core.models.events import record_event
from core.permissions import ADD, CHANGE, DELETE, FORBIDDEN_MESSAGE, can, require
from core.text import fold

from .choices import ImportStatus
from .errors import DocumentImportError
from .extract import extract
from .models import ImportedDocument
from .readers import read_document

DOCUMENT_IMPORTED = "DOCUMENT_IMPORTED"
DOCUMENT_IMPORT_ACCEPTED = "DOCUMENT_IMPORT_ACCEPTED"
DOCUMENT_IMPORT_DISCARDED = "DOCUMENT_IMPORT_DISCARDED"
DOCUMENT_IMPORT_DELETED = "DOCUMENT_IMPORT_DELETED"
UNIT_ALIAS_ADDED = "UNIT_ALIAS_ADDED"

# Vietnamese document kind → directives.SourceType value
SOURCE_TYPES = {
    "quyết định": "quyet_dinh", "kế hoạch": "ke_hoach", "công văn": "cong_van", "chỉ thị": "chi_thi",
    "chương trình": "chuong_trinh", "nghị quyết": "nghi_quyet", "thông báo": "thong_bao", "kết luận": "ket_luan",
}


def _user(actor):
    return getattr(actor, "user", None)


def extract_file(data: bytes, filename: str, *, organisation=None) -> dict:
    """Read a file and extract it; raises DocumentImportError for files that cannot be read."""
    read = read_document(data, filename)
    result = extract(read, organisation=organisation)
    result["document"]["file"] = {
        "name": filename, "kind": read.kind, "pages": read.pages, "encoding": read.encoding,
        "sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "warnings": read.warnings,
        "low_confidence": read.low_confidence,
    }
    return result


def text_hash(text: str) -> str:
    """The same document read from another file (Word, PDF, a scan, another encoding) has the same hash: the text
    folded (no diacritics, lower case) with only its letters and digits kept."""
    import re

    return hashlib.sha256(re.sub(r"[^a-z0-9]+", "", fold(text or "")).encode()).hexdigest()


@dataclass
class Duplicates:
    """Earlier imports of the same file or the same text, and documents already registered under the same number
    (same year, same issuer)."""

    same_file: list = field(default_factory=list)
    same_number: list = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.same_file or self.same_number)

    def accepted(self) -> list:
        """What was already turned into tasks: accepted imports and registered source documents."""
        from directives.models import SourceDocument

        return [item for item in [*self.same_file, *self.same_number]
                if isinstance(item, SourceDocument) or item.status == ImportStatus.ACCEPTED]


def find_duplicates(*, organisation, sha256: str, number_symbol: str = "", doc_date: dt.date | None = None,
                    exclude_pk: int | None = None, text_sha: str = "", issuer: str = "") -> Duplicates:
    from django.db.models import Q

    found = Duplicates()
    imports = ImportedDocument.objects.filter(organisation=organisation).exclude(status=ImportStatus.DISCARDED)
    if exclude_pk:
        imports = imports.exclude(pk=exclude_pk)
    same = Q(sha256=sha256) | Q(text_hash=text_sha) if text_sha else Q(sha256=sha256)
    found.same_file = list(imports.filter(same))
    number = full_number(number_symbol)
    if number and doc_date:
        earlier = imports.filter(number_symbol=number_symbol, doc_date__year=doc_date.year)
        if issuer:
            earlier = [item for item in earlier if not item.issuer or fold(item.issuer) == fold(issuer)]
        found.same_number = [item for item in earlier if item.pk not in {d.pk for d in found.same_file}]
        try:
            from directives.services import source_document_find

            existing = source_document_find(organisation=organisation, number=number, issued_on=doc_date)
        except ValidationError:
            existing = None
        if existing is not None:
            found.same_number.append(existing)
    return found


def full_number(number_symbol: str | None) -> str:
    """ "38/TB-SKHCN" → itself; "/TB-SKHCN" (number left blank in a draft) → ""."""
    value = (number_symbol or "").strip()
    return value if value[:1].isdigit() else ""


@transaction.atomic
def imported_document_create(*, actor, data: bytes, filename: str, unit=None) -> tuple[ImportedDocument, Duplicates]:
    """Read, extract and keep a document for review. Bad files raise DocumentImportError; nothing is saved."""
    organisation = actor.organisation
    probe = ImportedDocument(organisation=organisation, unit=unit or actor.unit)
    require(actor, ADD, probe if probe.unit_id else ImportedDocument)
    result = extract_file(data, filename, organisation=organisation)
    document = result["document"]
    info = document.pop("file")
    text = document.pop("text", "")
    imported = ImportedDocument(
        organisation=organisation, file_name=filename[:255], sha256=info["sha256"], size=info["size"],
        file_kind=info["kind"], pages=info["pages"], encoding=info["encoding"], doc_type=result["doc_type"],
        doc_kind=document.get("kind") or "", number_symbol=(document.get("number_symbol") or "")[:80],
        doc_date=dt.date.fromisoformat(result["doc_date"]) if result.get("doc_date") else None,
        issuer=(result.get("issuer") or "")[:255], title=document.get("title") or "",
        signer=(document.get("signer") or "")[:150], position=(document.get("position") or "")[:150],
        text=text, result={**result, "document": {**document, "file": info}}, unit=probe.unit, created_by=actor,
        text_hash=text_hash(text),
    )
    duplicates = find_duplicates(organisation=organisation, sha256=imported.sha256,
                                 number_symbol=imported.number_symbol, doc_date=imported.doc_date,
                                 text_sha=imported.text_hash, issuer=imported.issuer)
    imported.file.save(filename[-100:] or "van-ban", ContentFile(data), save=False)
    imported.save()
    record_event(organisation=organisation, kind=DOCUMENT_IMPORTED, subject=imported, actor=_user(actor),
                 file=filename, tasks=len(result["tasks"]), duplicate=bool(duplicates))
    return imported, duplicates


@transaction.atomic
def unit_alias_add(*, actor, unit: Unit, alias: str) -> Unit:
    """Remember that `alias` names `unit` in imported documents (audited: the unit's history and an event)."""
    alias = " ".join((alias or "").split()).strip(" :;,.")
    # whoever may import documents may teach the importer a unit's other name (audited below)
    require(actor, ADD, ImportedDocument)
    if unit.organisation_id != actor.organisation_id:
        raise PermissionDenied(FORBIDDEN_MESSAGE)
    if not alias:
        raise ValidationError({"alias": "Tên gọi khác không được để trống."})
    if len(alias) > 200:
        raise ValidationError({"alias": "Tên gọi khác quá dài (tối đa 200 ký tự)."})
    if fold(alias) in {fold(name) for name in unit.names()}:
        return unit
    clash = [other for other in Unit.objects.filter(organisation=unit.organisation).exclude(pk=unit.pk)
             if fold(alias) in {fold(name) for name in other.names()}]
    if clash:
        raise ValidationError({"alias": f"“{alias}” đã là tên gọi của đơn vị {clash[0]}."})
    unit.aliases = "\n".join(filter(None, [unit.aliases.strip(), alias]))
    unit.save(update_fields=["aliases", "updated_at"])
    record_event(organisation=unit.organisation, kind=UNIT_ALIAS_ADDED, subject=unit, actor=_user(actor), alias=alias)
    return unit


@dataclass
class TaskChoice:
    """One reviewed task as the reviewer accepted it."""

    text: str
    lead_unit: Unit
    deadline_text: str = ""
    due_date: dt.date | None = None
    coordinating_units: list = field(default_factory=list)
    coordinating_text: str = ""
    leader_name: str = ""
    assignee_names: list = field(default_factory=list)  # persons named in the task ("Giao đồng chí Lê Hùng …")
    unit_text: str = ""
    remember_alias: bool = False
    completed_on: dt.date | None = None
    assigned_on: dt.date | None = None  # the assigning document's date (report tables); else the document's
    number: int | None = None  # the row number on the review screen (messages name it); else the position


class CompletionRefused(ValidationError):
    """Rows say tasks were completed but directives refuses to record the completion (a date before the task was
    assigned, in the future, a recurring series …). Nothing is saved; `refusals` lists (position, message)."""

    def __init__(self, refusals: list[tuple[int, str]]):
        self.refusals = refusals
        super().__init__([
            f"Nhiệm vụ {position}: không ghi nhận được việc hoàn thành ({message}). Hãy sửa hoặc xóa ngày hoàn "
            "thành, hoặc xác nhận nhận nhiệm vụ ở trạng thái chưa hoàn thành."
            for position, message in refusals
        ])


def source_type_for(imported: ImportedDocument) -> str:
    if imported.doc_type == "thong_bao_ket_luan":
        return "thong_bao_ket_luan"
    return SOURCE_TYPES.get((imported.doc_kind or "").lower(), "khac")


def task_category_for(imported: ImportedDocument) -> str:
    issuer = fold(imported.issuer)
    if issuer.startswith(("uy ban nhan dan", "ubnd")) or "van phong ubnd" in issuer:
        return "ubnd_tinh"
    return "giam_doc"


@transaction.atomic
def imported_document_accept(
    *, actor, imported: ImportedDocument, tasks: list[TaskChoice], doc_type: str | None = None,
    number: str | None = None, issued_on: dt.date | None = None, issuer: str | None = None,
    summary: str | None = None, keep_open_when_completion_refused: bool = False,
):
    """Create the source document and the chosen tasks (directives services), all or nothing.

    A row that says the task was completed is completed through `directives.services.task_complete`. When that
    is refused, nothing is saved and `CompletionRefused` lists the tasks, unless the reviewer confirmed
    `keep_open_when_completion_refused`: then those tasks are created open and the event records them."""
    from directives.models import AssignedTask, SourceDocument
    from directives.services import assigned_task_create, source_document_create

    require(actor, "accept", imported)
    if imported.status != ImportStatus.DRAFT:
        raise ValidationError("Văn bản này đã được xử lý, không thể nhận lại.")
    if not can(actor, ADD, SourceDocument) or (tasks and not can(actor, ADD, AssignedTask)):
        raise PermissionDenied(FORBIDDEN_MESSAGE)
    earlier = find_duplicates(organisation=imported.organisation, sha256=imported.sha256,
                              number_symbol=imported.number_symbol, doc_date=imported.doc_date,
                              exclude_pk=imported.pk, text_sha=imported.text_hash, issuer=imported.issuer).accepted()
    if earlier:
        raise AlreadyImported(earlier[0])
    issued_on = issued_on or imported.doc_date or imported.opening_day
    if issued_on is None:
        # the review asks for it too: a date the text only mentions may be a deadline, today is no issue date
        raise ValidationError("Văn bản không ghi ngày ban hành: hãy nhập ngày ban hành theo bản gốc.")
    number = full_number(number if number is not None else imported.number_symbol)
    source = source_document_create(
        actor=actor, doc_type=doc_type or source_type_for(imported), issued_on=issued_on,
        issuer=(issuer if issuer is not None else imported.issuer)[:150] or "Không rõ",
        number=number, summary=summary if summary is not None else imported.title,
        attachment=_original_file(imported),
    )
    members = _members_by_name(actor.organisation)
    created = []
    refusals: list[tuple[int, str]] = []
    category = task_category_for(imported)
    for position, choice in enumerate(tasks, start=1):
        position = choice.number or position
        if choice.remember_alias and choice.unit_text and fold(choice.unit_text) not in {
                fold(n) for n in choice.lead_unit.names()}:
            unit_alias_add(actor=actor, unit=choice.lead_unit, alias=choice.unit_text)
        leader = None
        if choice.leader_name:
            leader = members.get(fold(choice.leader_name))
            if leader is None:
                raise ValidationError(f"Nhiệm vụ {position}: lãnh đạo chỉ đạo “{choice.leader_name}” không có trong "
                                      "danh sách cán bộ của tổ chức; hãy sửa tên hoặc để trống.")
        assignees = []
        for name in choice.assignee_names:
            person = members.get(fold(name))
            if person is None:
                raise ValidationError(f"Nhiệm vụ {position}: người thực hiện “{name}” không có trong danh sách cán bộ "
                                      "của tổ chức; hãy sửa tên hoặc xóa khỏi ô “Người thực hiện”.")
            assignees.append(person)
        try:
            task = assigned_task_create(
                actor=actor, text=choice.text, lead_unit=choice.lead_unit, assignees=assignees,
                assigned_on=_assigned_on(imported, choice, issued_on),
                deadline_text=choice.deadline_text or "", due_date=choice.due_date, source=source,
                item_number=str(position), category=category, coordinating_units=choice.coordinating_units,
                coordinating_text=choice.coordinating_text[:255], leader=leader,
                allow_unparsed_deadline=False,
            )
        except ValidationError as exc:
            raise ValidationError(f"Nhiệm vụ {position}: " + "; ".join(exc.messages)) from exc
        if choice.completed_on:
            from directives.services import task_complete

            try:
                task_complete(actor=actor, task=task, completed_on=choice.completed_on,
                              explanation="Theo báo cáo nhập từ văn bản.")
            except ValidationError as exc:  # never dropped silently: refused or confirmed open by the reviewer
                refusals.append((position, "; ".join(exc.messages)))
        created.append(task)
    if refusals and not keep_open_when_completion_refused:
        raise CompletionRefused(refusals)
    imported.status = ImportStatus.ACCEPTED
    imported.accepted_by = actor
    imported.accepted_at = timezone.now()
    imported.source_document = source
    imported.task_count = len(created)
    imported.save()
    record_event(organisation=imported.organisation, kind=DOCUMENT_IMPORT_ACCEPTED, subject=imported,
                 actor=_user(actor), source_document=source.pk, tasks=len(created),
                 left_open=[position for position, _ in refusals])
    return source, created


class AlreadyImported(ValidationError):
    """The same document (same file, same text, or same number, year and issuer) was already turned into tasks:
    accepting again would create them twice. `existing` is the earlier import or source document."""

    def __init__(self, existing):
        self.existing = existing
        source = getattr(existing, "source_document", None) or existing
        super().__init__(f"Văn bản này đã được nhập trước đây ({source}); các nhiệm vụ của nó đã có, không tạo lại. "
                         "Hãy mở văn bản đã có, hoặc xóa văn bản đó (cùng các nhiệm vụ) nếu muốn nhập lại.")

    def url(self) -> str:
        source = getattr(self.existing, "source_document", None) or self.existing
        return source.get_absolute_url()


def _original_file(imported: ImportedDocument):
    """The uploaded file, attached to the source document it creates (None when the import kept no file)."""
    from directives.models import SourceDocument

    if not imported.file:
        return None
    try:
        with imported.file.open("rb") as handle:
            original = ContentFile(handle.read(), name=imported.file_name[-100:] or "van-ban")
    except OSError:
        return None
    try:  # a kind the attachments do not take (.txt) stays on the import only
        for validator in SourceDocument._meta.get_field("attachment").validators:
            validator(original)
    except ValidationError:
        return None
    original.seek(0)
    return original


@transaction.atomic
def imported_document_delete(*, actor, obj: ImportedDocument) -> int:
    """Delete an import; when it was accepted, with the source document and every task it created (each through
    directives' delete services, so only someone allowed to delete each of them can; all or nothing). Returns the
    number of tasks deleted."""
    from directives.models import AssignedTask
    from directives.services import assigned_task_delete, source_document_delete

    imported = obj
    require(actor, DELETE, imported)
    source = imported.source_document
    deleted = 0
    if source is not None:
        for task in AssignedTask.objects.filter(source=source):
            assigned_task_delete(actor=actor, obj=task)
            deleted += 1
        others = ImportedDocument.objects.filter(source_document=source).exclude(pk=imported.pk)
        others.update(source_document=None, status=ImportStatus.DISCARDED)
        source_document_delete(actor=actor, obj=source)
    record_event(organisation=imported.organisation, kind=DOCUMENT_IMPORT_DELETED, subject=imported,
                 actor=_user(actor), tasks=deleted, file=imported.file_name)
    if imported.file:
        imported.file.delete(save=False)
    imported.delete()
    return deleted


@transaction.atomic
def imported_document_discard(*, actor, imported: ImportedDocument) -> ImportedDocument:
    require(actor, CHANGE, imported)
    if imported.status != ImportStatus.DRAFT:
        raise ValidationError("Chỉ bỏ được văn bản đang chờ rà soát.")
    imported.status = ImportStatus.DISCARDED
    imported.save(update_fields=["status", "updated_at"])
    record_event(organisation=imported.organisation, kind=DOCUMENT_IMPORT_DISCARDED, subject=imported,
                 actor=_user(actor))
    return imported


def _assigned_on(imported: ImportedDocument, choice: TaskChoice, issued_on: dt.date) -> dt.date:
    """When the task was assigned: the assigning document's date when known (report tables name it); a report
    lists work assigned earlier, so without that date a row is taken as assigned no later than its deadline
    or its completion; anything else was assigned by the document itself."""
    if choice.assigned_on:
        return min(choice.assigned_on, issued_on)
    if imported.doc_type != "bao_cao_dinh_ky":
        return issued_on
    from directives.deadlines import parse_deadline

    candidates = [issued_on]
    if choice.completed_on:
        candidates.append(choice.completed_on)
    due = choice.due_date
    if due is None and choice.deadline_text:
        due = parse_deadline(choice.deadline_text, reference_date=issued_on).due_date
    if due:
        candidates.append(due)
    return min(candidates)


def _members_by_name(organisation) -> dict:
    from core.models import Membership

    return {fold(m.user.full_name): m for m in Membership.objects.filter(organisation=organisation, is_active=True)
            .select_related("user") if m.user.full_name}


__all__ = [
    "AlreadyImported", "CompletionRefused", "DocumentImportError", "Duplicates", "TaskChoice", "extract_file",
    "find_duplicates", "imported_document_accept", "imported_document_create", "imported_document_delete",
    "imported_document_discard", "text_hash", "unit_alias_add",
]
