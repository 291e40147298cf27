"""The change log (django-simple-history) read as people want it: who, when, what changed, old → new."""
from __future__ import annotations

from core.formatting import format_date, format_datetime

ACTION_LABELS = {"+": "Tạo mới", "~": "Cập nhật", "-": "Xóa"}


def _display(model, field_name: str, value):
    if value is None or value == "" or value == []:
        return "—"
    custom = getattr(model, "history_display", None)
    if custom is not None:
        shown = custom(field_name, value)
        if shown is not None:
            return shown
    field = model._meta.get_field(field_name)
    if field.choices:
        return dict(field.flatchoices).get(value, value)
    if field.is_relation and field.many_to_one:
        related = field.related_model.objects.filter(pk=value).first()
        return str(related) if related else f"#{value}"
    if field.many_to_many:
        # simple-history stores rows of the through table: {"membership": 1, "unit": 2}
        target = field.m2m_reverse_field_name()
        ids = [row.get(target) if isinstance(row, dict) else row for row in value]
        found = {obj.pk: str(obj) for obj in field.related_model._base_manager.filter(pk__in=ids)}
        return ", ".join(found.get(pk, f"#{pk}") for pk in ids)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if hasattr(value, "strftime"):
        return format_datetime(value) if hasattr(value, "hour") else format_date(value)
    if isinstance(value, bool):
        return "Có" if value else "Không"
    return str(value)


def history_entries(records) -> list[dict]:
    """Newest first: each entry with its changes as (field label, old, new)."""
    records = list(records.select_related("history_user").order_by("-history_date", "-history_id"))
    entries = []
    for index, record in enumerate(records):
        previous = records[index + 1] if index + 1 < len(records) else None
        model = record.instance_type
        changes = []
        if previous is not None and record.history_type == "~":
            delta = record.diff_against(previous, excluded_fields=["search_text", "updated_at", "created_at"])
            for change in delta.changes:
                field = model._meta.get_field(change.field)
                changes.append(
                    (field.verbose_name, _display(model, change.field, change.old), _display(model, change.field, change.new))
                )
        entries.append(
            {
                "date": record.history_date,
                "user": record.history_user,
                "action": ACTION_LABELS.get(record.history_type, record.history_type),
                "reason": record.history_change_reason,
                "changes": changes,
            }
        )
    return entries
