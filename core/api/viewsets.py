"""Base viewset: queryset restricted to the user's organisation and role, writes stamped with it."""
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from rest_framework import serializers, viewsets
from rest_framework.exceptions import PermissionDenied

from core.api.permissions import api_membership
from core.permissions import CHANGE, VIEW, can


class OrganisationScopedMixin:
    """Subclasses set `queryset` (for the model) and `serializer_class`; everything is scoped here."""

    search_param = "q"

    @property
    def membership(self):
        return api_membership(self.request)

    def get_queryset(self):
        queryset = self.queryset.model.objects.restrict(self.membership, VIEW)
        query = self.request.query_params.get(self.search_param)
        if query and hasattr(queryset, "search"):
            queryset = queryset.search(query)
        return self.optimise(queryset)

    def optimise(self, queryset):
        return queryset

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["membership"] = self.membership
        return context

    @transaction.atomic
    def perform_create(self, serializer):
        self._save(serializer, organisation=self.membership.organisation)

    @transaction.atomic
    def perform_update(self, serializer):
        instance = self._save(serializer)
        if not can(self.membership, CHANGE, instance):
            transaction.set_rollback(True)
            raise PermissionDenied("Bạn không có quyền thực hiện thao tác này.")

    def _save(self, serializer, **extra):
        try:
            return serializer.save(**extra)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict if hasattr(exc, "message_dict") else exc.messages)


class OrganisationScopedViewSet(OrganisationScopedMixin, viewsets.ModelViewSet):
    pass


class OrganisationScopedReadOnlyViewSet(OrganisationScopedMixin, viewsets.ReadOnlyModelViewSet):
    pass


class OrganisationScopedSerializer(serializers.ModelSerializer):
    """Related fields offer only the organisation's rows; model.clean() runs before saving."""

    def get_fields(self):
        fields = super().get_fields()
        membership = self.context.get("membership")
        for field in fields.values():
            target = getattr(field, "child_relation", field)
            queryset = getattr(target, "queryset", None)
            if queryset is not None and hasattr(queryset.model, "organisation_id") and membership is not None:
                target.queryset = queryset.filter(organisation=membership.organisation)
        return fields

    def validate(self, attrs):
        attrs = super().validate(attrs)
        model = self.Meta.model
        m2m = {f.name for f in model._meta.many_to_many}
        instance = self.instance or model()
        membership = self.context.get("membership")
        if not self.instance and membership is not None:
            instance.organisation = membership.organisation
        for key, value in attrs.items():
            if key not in m2m:
                setattr(instance, key, value)
        try:
            instance.clean()
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict if hasattr(exc, "message_dict") else exc.messages)
        return attrs
