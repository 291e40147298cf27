"""Deleting goes through a service too: `<entity>_delete(*, actor, obj)`.

`ObjectDeleteView` and the API's destroy call the entity's own service when the view / viewset names one
(`delete_service = services.assigned_task_delete`), otherwise `object_delete` below: the write gate, the delete,
an `OBJECT_DELETED` event. Nothing else deletes.
"""
from __future__ import annotations

from django.db import transaction

from core.models.events import record_event
from core.permissions import DELETE, require

OBJECT_DELETED = "OBJECT_DELETED"


@transaction.atomic
def object_delete(*, actor, obj, action: str = DELETE) -> None:
    """The default delete service. A `ProtectedError` (still referenced) propagates and nothing is deleted."""
    require(actor, action, obj)
    organisation = getattr(obj, "organisation", None) or actor.organisation
    label = str(obj)
    record_event(organisation=organisation, kind=OBJECT_DELETED, subject=obj, actor=getattr(actor, "user", None),
                 model=obj._meta.label, label=label)
    obj.delete()


def delete_service_of(holder):
    """The delete service a view or viewset class names (a plain function attribute), or the default."""
    service = getattr(type(holder), "delete_service", None)
    return service or object_delete
