"""Helpers for idempotent demo and synthetic data: a second run writes nothing (no history rows)."""
from django.db import models


def upsert(model: type[models.Model], lookup: dict, defaults: dict | None = None):
    """Like update_or_create, but saves only when a value really differs. Returns (obj, created)."""
    defaults = defaults or {}
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **defaults)
        obj.save()
        return obj, True
    changed = False
    for key, value in defaults.items():
        current = getattr(obj, key)
        if isinstance(value, models.Model):
            current = getattr(obj, f"{key}_id") if hasattr(obj, f"{key}_id") else current
            value = value.pk
            key = f"{key}_id"
        if current != value:
            setattr(obj, key, value)
            changed = True
    if changed:
        obj.save()
    return obj, False


def set_m2m(manager, objects) -> None:
    """Set a many-to-many only when membership differs (avoids m2m history noise)."""
    wanted = {obj.pk for obj in objects}
    if set(manager.values_list("pk", flat=True)) != wanted:
        manager.set(list(objects))


def first_unit(organisation, codes):
    """The organisation's first unit among `codes`, in that order of preference (the demo organisations name the
    same office differently: "qlcn-dmst" in one, "qlcn" in another); None when it has none of them."""
    from core.models import Unit

    units = {unit.code: unit for unit in Unit.objects.filter(organisation=organisation, code__in=codes)}
    return next((units[code] for code in codes if code in units), None)
