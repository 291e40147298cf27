"""Reads of the work log, always scoped to an organisation (and to what a membership may see)."""
from __future__ import annotations

import datetime as dt

from django.shortcuts import get_object_or_404

from core.permissions import VIEW

from .models import WorkLogEntry

RELATED = ("unit", "directive_task", "science_task", "register_type")


def entries(*, organisation, membership=None):
    if membership is not None:
        rows = WorkLogEntry.objects.restrict(membership, VIEW)
    else:
        rows = WorkLogEntry.objects.filter(organisation=organisation)
    return rows.select_related(*RELATED)


def entries_in_period(*, organisation, date_from: dt.date, date_to: dt.date, membership=None, status="done"):
    rows = entries(organisation=organisation, membership=membership).filter(date__gte=date_from, date__lte=date_to)
    return rows.filter(status=status) if status else rows


def filtered(*, organisation, membership=None, unit=None, kind=None, status=None, date_from=None, date_to=None,
             q: str = ""):
    """The list screen's and the API's filters; `q` ignores diacritics and case (the folded search text)."""
    rows = entries(organisation=organisation, membership=membership)
    if unit:
        rows = rows.filter(unit=unit)
    if kind:
        rows = rows.filter(kind=kind)
    if status:
        rows = rows.filter(status=status)
    if date_from:
        rows = rows.filter(date__gte=date_from)
    if date_to:
        rows = rows.filter(date__lte=date_to)
    return rows.search(q) if q else rows


def entry_for(*, organisation, pk, membership=None) -> WorkLogEntry:
    """One entry of the organisation (404 for another organisation's)."""
    return get_object_or_404(entries(organisation=organisation, membership=membership), pk=pk)
