from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.api.permissions import api_membership
from core.models import Membership, Organisation, Unit
from core.permissions import memberships_of
from core.services import unit_create, unit_update

from .serializers import MembershipSerializer, OrganisationSerializer, UnitSerializer
from .viewsets import OrganisationScopedReadOnlyViewSet, OrganisationScopedViewSet


class OrganisationViewSet(viewsets.ReadOnlyModelViewSet):
    """The organisations the user belongs to."""

    queryset = Organisation.objects.none()
    serializer_class = OrganisationSerializer

    def get_queryset(self):
        return Organisation.objects.filter(
            pk__in=memberships_of(self.request.user).values("organisation_id")
        ).order_by("name")

    @extend_schema(responses=OrganisationSerializer)
    @action(detail=False)
    def current(self, request):
        return Response(OrganisationSerializer(api_membership(request).organisation).data)


class UnitViewSet(OrganisationScopedViewSet):
    queryset = Unit.objects.none()
    serializer_class = UnitSerializer
    filterset_fields = ["kind", "parent"]

    def optimise(self, queryset):
        return queryset.order_by("display_order", "name")

    # writes go through core.services (the gate before any write); DELETE through core.deletion.object_delete
    def perform_create(self, serializer):
        try:
            serializer.instance = unit_create(actor=self.membership, **serializer.validated_data)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages) from None

    def perform_update(self, serializer):
        try:
            serializer.instance = unit_update(actor=self.membership, unit=serializer.instance,
                                              **serializer.validated_data)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages) from None


class MembershipViewSet(OrganisationScopedReadOnlyViewSet):
    queryset = Membership.objects.none()
    serializer_class = MembershipSerializer
    filterset_fields = ["unit", "is_active"]

    def optimise(self, queryset):
        return queryset.select_related("user").prefetch_related("units_in_charge").order_by("display_order", "id")
