"""Every write to the work log goes through here: the permission gate, the model's rules, a domain event.

A unit's staff write their own unit's entries, leaders any unit of the organisation (core.permissions
UnitRecordPolicy). Views, the API, the import and the demo loader call these functions.
"""
from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from core.models.events import record_event
from core.permissions import ADD, CHANGE, DELETE, require

from .models import WorkLogEntry

LINKS = ("unit", "directive_task", "science_task")


def _user(actor):
    return getattr(actor, "user", None)


def _check_same_organisation(entry: WorkLogEntry) -> None:
    errors = {}
    for name in LINKS:
        target = getattr(entry, name, None)
        if target is not None and target.organisation_id != entry.organisation_id:
            errors[name] = ["Giá trị được chọn không thuộc tổ chức của bạn."]
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def entry_save(*, entry: WorkLogEntry, actor) -> WorkLogEntry:
    """Validate and save a new or changed entry. A change is checked against the stored entry (may the actor
    change it now) and the entry as it will be (staff cannot move it to another unit)."""
    created = entry.pk is None
    if created:
        require(actor, ADD, entry)
    else:
        stored = WorkLogEntry._base_manager.select_for_update(of=("self",)).filter(pk=entry.pk).first()
        if stored is None or stored.organisation_id != entry.organisation_id:
            raise ValidationError("Mục nhật ký không còn tồn tại.")
        require(actor, CHANGE, stored)
        require(actor, CHANGE, entry)
    _check_same_organisation(entry)
    entry.full_clean(validate_unique=False, validate_constraints=False)
    entry.save()
    record_event(organisation=entry.organisation, kind="WORKLOG_ENTRY_" + ("CREATED" if created else "UPDATED"),
                 subject=entry, actor=_user(actor), label=str(entry)[:200])
    return entry


def entry_create(*, actor, **fields) -> WorkLogEntry:
    return entry_save(entry=WorkLogEntry(organisation=actor.organisation, **fields), actor=actor)


def entry_update(*, entry: WorkLogEntry, actor, **fields) -> WorkLogEntry:
    for name, value in fields.items():
        setattr(entry, name, value)
    return entry_save(entry=entry, actor=actor)


@transaction.atomic
def entry_delete(*, actor, obj: WorkLogEntry) -> None:
    require(actor, DELETE, obj)
    record_event(organisation=obj.organisation, kind="WORKLOG_ENTRY_DELETED", subject=obj, actor=_user(actor),
                 label=str(obj)[:200])
    obj.delete()


@transaction.atomic
def entries_create(*, actor, rows: list[dict]) -> list[WorkLogEntry]:
    """Several entries at once (the import's accepted drafts): all saved or none; a refused row's error carries
    its index (`error.row`) so the review can show it beside that line."""
    saved = []
    for index, row in enumerate(rows):
        try:
            saved.append(entry_create(actor=actor, **row))
        except ValidationError as exc:
            exc.row = index
            raise
    return saved
