from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers

from core.api.viewsets import OrganisationScopedViewSet
from worklog import services
from worklog.filtersets import WorkLogEntryFilterSet
from worklog.models import WorkLogEntry

from .serializers import WorkLogEntrySerializer


def _drf_error(exc: DjangoValidationError):
    return serializers.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages)


class WorkLogEntryViewSet(OrganisationScopedViewSet):
    """The work log of the organisation (filters: unit, kind, status, date_from, date_to, q); writes go through
    the services: a unit's staff write their unit's entries, leaders any unit. `ETag`/`If-Match` as everywhere."""

    queryset = WorkLogEntry.objects.none()
    serializer_class = WorkLogEntrySerializer
    filterset_class = WorkLogEntryFilterSet
    delete_service = services.entry_delete

    def optimise(self, queryset):
        return queryset.select_related("unit").order_by("-date", "-id")

    def perform_create(self, serializer):
        try:
            serializer.instance = services.entry_create(actor=self.membership, **serializer.validated_data)
        except DjangoValidationError as exc:
            raise _drf_error(exc) from None

    def perform_update(self, serializer):
        try:
            serializer.instance = services.entry_update(entry=serializer.instance, actor=self.membership,
                                                        **serializer.validated_data)
        except DjangoValidationError as exc:
            raise _drf_error(exc) from None
