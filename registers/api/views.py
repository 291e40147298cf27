"""API viewsets of the registers: same restrict(), same filters, same services as the screens."""
from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response
from rest_framework.viewsets import ViewSet

from core.api.permissions import api_membership
from core.figure_labels import describe_lazy
from core.api.viewsets import OrganisationScopedViewSet
from core.permissions import FORBIDDEN_MESSAGE

from ..filtersets import FILTERSETS
from ..registry import REGISTERS
from ..selectors import register_stats
from ..services import register_record_delete, register_record_save
from .serializers import SERIALIZERS


class RegisterViewSet(OrganisationScopedViewSet):
    register = None

    def optimise(self, queryset):
        return queryset.select_related("unit", *self.register.select_related).order_by(*self.register.model._meta.ordering)

    def _save(self, serializer, **extra):
        """Through the service, which checks the permission before anything is saved (403, nothing written)."""
        from django.core.exceptions import PermissionDenied as DjangoPermissionDenied

        instance = serializer.instance or self.queryset.model()
        for name, value in {**serializer.validated_data, **extra}.items():
            setattr(instance, name, value)
        try:
            obj = register_record_save(instance=instance, actor=self.membership)
        except DjangoPermissionDenied as exc:
            raise PermissionDenied(str(exc) or FORBIDDEN_MESSAGE) from None
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict if hasattr(exc, "message_dict") else exc.messages)
        serializer.instance = obj
        return obj

    def perform_create(self, serializer):
        self._save(serializer, organisation=self.membership.organisation)

    def perform_update(self, serializer):
        self._save(serializer)

    delete_service = register_record_delete


def build_viewset(register):
    return type(f"{register.name}ViewSet", (RegisterViewSet,), {
        "register": register, "queryset": register.model.objects.none(), "serializer_class": SERIALIZERS[register.model],
        "filterset_class": FILTERSETS[register.model], "__module__": __name__,
    })


VIEWSETS = {register.model: build_viewset(register) for register in REGISTERS}
globals().update({cls.__name__: cls for cls in VIEWSETS.values()})


class RegisterStatsViewSet(ViewSet):
    """`GET /api/register-stats/?date_from=YYYY-MM-DD&date_to=YYYY-MM-DD`: every figure for the period."""

    @extend_schema(parameters=[OpenApiParameter("date_from", str), OpenApiParameter("date_to", str)],
                   responses={200: dict},
                   description=describe_lazy("registers", "Các số liệu trả về (khóa: nội dung):"))
    def list(self, request):
        import datetime as dt

        try:
            start = dt.date.fromisoformat(request.query_params.get("date_from", ""))
            end = dt.date.fromisoformat(request.query_params.get("date_to", ""))
        except ValueError:
            raise serializers.ValidationError({"date_from": "Nhập date_from và date_to dạng YYYY-MM-DD."})
        membership = api_membership(request)
        return Response(register_stats(organisation=membership.organisation, date_from=start, date_to=end,
                                       membership=membership))
