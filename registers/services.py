"""Every write to a register goes through here: rules checked, record saved, domain event written.

Views, the API, the importers, demo and management commands call the same functions, so a rule lives
in one place: rules on a record's own fields are in `Model.clean()`, rules that look at other rows here.
`actor` is a `core.Membership` (the system actor in commands and the demo loader) and every function starts at
the write gate, `require(actor, action, record)`, before anything is saved.
"""
from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import transaction

from core.models.events import record_event
from core.permissions import ADD, CHANGE, DELETE, require

from .models import IncidentEvent, RadiationIncident, RegisterRecord


def event_kind(model, action: str) -> str:
    """RadiationLicence, "created" → RADIATION_LICENCE_CREATED."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", model.__name__).upper() + "_" + action.upper()


def _check_unique(instance: RegisterRecord) -> None:
    errors = {}
    for field, message in instance.UNIQUE_IN_ORGANISATION.items():
        value = getattr(instance, field)
        if not value:
            continue
        clash = type(instance).objects.filter(organisation_id=instance.organisation_id, **{field: value})
        if instance.pk:
            clash = clash.exclude(pk=instance.pk)
        if clash.exists():
            errors[field] = [message % {"value": value}]
    if errors:
        raise ValidationError(errors)


def _check_same_organisation(instance: RegisterRecord) -> None:
    """Foreign keys (unit, facility, procedure…) must point into the record's own organisation."""
    errors = {}
    for field in instance._meta.concrete_fields:
        if not field.is_relation or field.name == "organisation":
            continue
        target = getattr(instance, field.name, None)
        if target is not None and getattr(target, "organisation_id", instance.organisation_id) != instance.organisation_id:
            errors[field.name] = ["Giá trị được chọn không thuộc tổ chức của bạn."]
    if errors:
        raise ValidationError(errors)


def _user(actor):
    return getattr(actor, "user", None)


@transaction.atomic
def register_record_save(*, instance: RegisterRecord, actor) -> RegisterRecord:
    """Validate (own fields, other rows) and save a new or changed register record; write a domain event.

    A change is checked against the stored record (who may change it now) and against the record as it will be
    (a unit's staff cannot move it to a unit they do not work for)."""
    created = instance.pk is None
    if created:
        require(actor, ADD, instance)
    else:
        stored = type(instance)._base_manager.select_for_update(of=("self",)).filter(pk=instance.pk).first()
        if stored is None or stored.organisation_id != instance.organisation_id:
            raise ValidationError("Bản ghi không còn tồn tại.")
        require(actor, CHANGE, stored)
        require(actor, CHANGE, instance)
    instance.full_clean(validate_unique=False, validate_constraints=False)
    _check_same_organisation(instance)
    _check_unique(instance)
    instance.save()
    record_event(
        organisation=instance.organisation, kind=event_kind(type(instance), "created" if created else "updated"),
        subject=instance, actor=_user(actor), label=str(instance)[:200],
    )
    return instance


def register_record_create(*, model, actor, **fields) -> RegisterRecord:
    return register_record_save(instance=model(organisation=actor.organisation, **fields), actor=actor)


def register_record_update(*, instance: RegisterRecord, actor, **fields) -> RegisterRecord:
    for name, value in fields.items():
        setattr(instance, name, value)
    return register_record_save(instance=instance, actor=actor)


@transaction.atomic
def register_record_delete(*, actor, obj: RegisterRecord) -> None:
    """Delete a record (a unit head's or a leader's act); a record still referenced raises ProtectedError.
    The generic delete screen and the API's destroy call it (core/deletion.py)."""
    instance = obj
    require(actor, DELETE, instance)
    record_event(organisation=instance.organisation, kind=event_kind(type(instance), "deleted"), subject=instance,
                 actor=_user(actor), label=str(instance)[:200])
    instance.delete()


@transaction.atomic
def incident_timeline_add(*, incident: RadiationIncident, happened_on, kind, description, document="",
                          actor) -> IncidentEvent:
    """Add a dated step to an incident; a "closed" step also closes the incident."""
    event = register_record_create(
        model=IncidentEvent, actor=actor, incident=incident, unit=incident.unit,
        happened_on=happened_on, kind=kind, description=description, document=document,
    )
    if kind == "closed" and incident.status != "closed":
        register_record_update(instance=incident, actor=actor, status="closed", closed_on=happened_on)
    return event
