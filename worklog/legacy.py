"""The former register "Hoạt động của đơn vị" (registers.UnitActivity) mapped into the work log.

Used once by the data migration 0002; kept as plain functions so a test can check the mapping and the copy.
"""
from __future__ import annotations

# the former registers.ActivityKind codes → WorkKind; "other" is decided by the row's former report section
KIND_OF_ACTIVITY = {
    "news": "communication", "bulletin": "communication", "tv_programme": "communication", "press": "communication",
    "document_posted": "communication", "database": "statistics", "survey": "statistics", "training": "training",
    "event": "event", "service_output": "public_service",
}
KIND_OF_SECTION = {
    "general": "advice", "inspection": "inspection", "information": "communication",
    "public_service": "public_service", "office": "administration",
}
COPIED_FIELDS = ("organisation_id", "unit_id", "text", "quantity", "measure_unit", "note", "search_text")


def kind_for(activity_kind: str, section: str) -> str:
    """The work-log kind of a former activity row ("other" rows of science/technology/standards stay "other":
    the report places them by their unit)."""
    if activity_kind in KIND_OF_ACTIVITY:
        return KIND_OF_ACTIVITY[activity_kind]
    return KIND_OF_SECTION.get(section, "other")


def copy_activities(activities, entry_model) -> int:
    """Copy every former activity row (any object with UnitActivity's fields) into `entry_model` rows."""
    entries = []
    for row in activities:
        values = {name: getattr(row, name) for name in COPIED_FIELDS if hasattr(row, name)}
        entries.append(entry_model(
            **values, date=row.held_on, end_date=row.held_until, kind=kind_for(row.kind, row.section),
            planned_quantity=row.target, status="done",
        ))
    entry_model.objects.bulk_create(entries, batch_size=500)
    return len(entries)
