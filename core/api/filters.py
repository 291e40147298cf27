"""The API's filter backend: generated filtersets (`filterset_fields`) are scoped to the organisation like the
screens' (`core.filtersets.ScopedFilterSet`): another organisation's id answers exactly like a missing one."""
from django_filters.rest_framework import DjangoFilterBackend

from core.filtersets import ScopedFilterSet


class OrganisationFilterBackend(DjangoFilterBackend):
    filterset_base = ScopedFilterSet
