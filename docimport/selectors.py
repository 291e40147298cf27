"""Reads of the document import, always for a membership (already restricted)."""
from __future__ import annotations

from django.shortcuts import get_object_or_404

from core.permissions import VIEW

from .models import ImportedDocument


def imported_document_list(*, membership):
    return (ImportedDocument.objects.restrict(membership, VIEW)
            .select_related("created_by__user", "source_document").defer("text"))


def imported_document_get_for(*, membership, pk: int) -> ImportedDocument:
    """Another organisation's import is simply "not found"."""
    return get_object_or_404(ImportedDocument.objects.restrict(membership, VIEW), pk=pk)


def organisation_units(*, membership):
    from django.utils import timezone

    from core.models import Unit

    return list(Unit.objects.filter(organisation=membership.organisation).active_on(timezone.localdate())
                .order_by("display_order", "name"))


def member_names(organisation) -> list[str]:
    """Full names of the organisation's active members: what the review offers for leader and assignees."""
    from core.models import Membership

    return sorted({m.user.full_name for m in Membership.objects.filter(organisation=organisation, is_active=True)
                   .select_related("user") if m.user.full_name})
