"""Base viewset: queryset restricted to the user's organisation and role, writes stamped with it."""
from django.core.exceptions import ImproperlyConfigured, ValidationError as DjangoValidationError
from django.db import transaction
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import APIException, NotFound, PermissionDenied
from rest_framework.response import Response

from core.api.permissions import api_membership
from core.params import is_year_name
from core.audit import history_entries
from core.permissions import VIEW, can


class InUse(APIException):
    status_code = 409
    default_detail = "Không thể xóa: còn dữ liệu khác đang tham chiếu đến bản ghi này."
    default_code = "in_use"


class PreconditionFailed(APIException):
    status_code = 412
    default_detail = "Bản ghi đã được người khác thay đổi sau phiên bản bạn gửi trong If-Match. Hãy tải lại (GET) để lấy ETag mới, xem lại rồi gửi lại."
    default_code = "stale"


class HistoryChangeSerializer(serializers.Serializer):
    field = serializers.CharField()
    old = serializers.CharField()
    new = serializers.CharField()


class HistoryEntrySerializer(serializers.Serializer):
    """One entry of an object's change log: who, when, which action, old → new."""

    date = serializers.DateTimeField()
    user = serializers.CharField(allow_null=True)
    action = serializers.CharField()
    reason = serializers.CharField(allow_null=True)
    changes = HistoryChangeSerializer(many=True)


class OrganisationScopedMixin:
    """Subclasses set `queryset` (for the model) and `serializer_class`; everything is scoped here."""

    search_param = "q"

    @property
    def membership(self):
        return api_membership(self.request)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        lookup = kwargs.get(self.lookup_url_kwarg or self.lookup_field)
        if lookup is not None and self.lookup_field in ("pk", "id") and not str(lookup).isdigit():
            raise NotFound()  # /api/…/abc/ or /api/…/abc/<action>/: "not found", never a 500
        # token-authenticated calls: the middleware ran before DRF authenticated them; filtersets and services
        # that read `request.membership` get the API's membership (header, ?org=, session or first one)
        request._request.membership = api_membership(request)

    def get_queryset(self):
        queryset = self.queryset.model.objects.restrict(self.membership, VIEW)
        query = self.request.query_params.get(self.search_param)
        if query and hasattr(queryset, "search") and hasattr(queryset.model, "search_text"):
            queryset = queryset.search(query)
        return self.optimise(queryset)

    def optimise(self, queryset):
        return queryset

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["membership"] = self.membership
        return context

    # Writes go through the entity's service (`require(actor, action, obj)` before any write): a viewset that
    # offers POST/PUT/PATCH overrides these and calls it (core/tests/test_one_gate.py checks every routed one).
    def perform_create(self, serializer):
        raise ImproperlyConfigured(f"{type(self).__name__}.perform_create must call the entity's create service")

    def perform_update(self, serializer):
        raise ImproperlyConfigured(f"{type(self).__name__}.perform_update must call the entity's update service")

    @extend_schema(responses=HistoryEntrySerializer(many=True), filters=False)
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def history(self, request, pk=None):
        """The object's change log, newest first; still readable after the object was deleted."""
        model = self.queryset.model
        if not hasattr(model, "history") or not str(pk).isdigit():
            raise NotFound()
        membership = self.membership
        records = model.history.filter(id=pk, organisation_id=membership.organisation_id)
        if not records.exists():
            raise NotFound()
        live = model.objects.filter(pk=pk).first()
        if live is not None and not can(membership, VIEW, live):
            raise PermissionDenied("Bạn không có quyền thực hiện thao tác này.")
        entries = [
            {
                "date": entry["date"],
                "user": str(entry["user"]) if entry["user"] else None,
                "action": entry["action"],
                "reason": entry["reason"],
                "changes": [{"field": str(label), "old": old, "new": new} for label, old, new in entry["changes"]],
            }
            for entry in history_entries(records)
        ]
        return Response(HistoryEntrySerializer(entries, many=True).data)

    #: the entity's `<entity>_delete(*, actor, obj)` service; default `core.deletion.object_delete`
    delete_service = None

    def perform_destroy(self, instance):
        from django.db.models import ProtectedError

        from core.deletion import delete_service_of

        try:
            with transaction.atomic():
                delete_service_of(self)(actor=self.membership, obj=instance)
        except ProtectedError as exc:
            from core.errors import protected_reason

            raise InUse(protected_reason(exc)) from None

    # -- optimistic concurrency (core/concurrency.py): ETag on a detail, If-Match on writes -------------------
    def get_object(self):
        obj = super().get_object()
        if self.request.method in ("PUT", "PATCH", "DELETE"):
            from core.concurrency import if_match_ok, lock_current

            current = lock_current(obj) if transaction.get_connection().in_atomic_block else obj
            if not if_match_ok(self.request.headers.get("If-Match"), current or obj):
                raise PreconditionFailed()
        self._object = obj
        return obj

    def retrieve(self, request, *args, **kwargs):
        from core.concurrency import etag_of

        response = super().retrieve(request, *args, **kwargs)
        response["ETag"] = etag_of(self._object)
        return response


class OrganisationScopedViewSet(OrganisationScopedMixin, viewsets.ModelViewSet):
    def update(self, request, *args, **kwargs):
        # the If-Match check (get_object) and the save in one transaction, the row locked in between
        from core.concurrency import etag_of

        with transaction.atomic():
            response = super().update(request, *args, **kwargs)
        if response.status_code == 200:
            self._object.refresh_from_db()
            response["ETag"] = etag_of(self._object)
        return response

    def destroy(self, request, *args, **kwargs):
        with transaction.atomic():
            return super().destroy(request, *args, **kwargs)


class OrganisationScopedReadOnlyViewSet(OrganisationScopedMixin, viewsets.ReadOnlyModelViewSet):
    pass


class OrganisationScopedSerializer(serializers.ModelSerializer):
    """Related fields offer only the organisation's rows; model.clean() runs before saving."""

    def get_fields(self):
        fields = super().get_fields()
        membership = self.context.get("membership")
        for name, field in fields.items():
            if isinstance(field, serializers.IntegerField) and is_year_name(name) and not field.read_only:
                from core.params import YEAR_MAX, YEAR_MESSAGE, YEAR_MIN, year_validators

                field.min_value, field.max_value = YEAR_MIN, YEAR_MAX
                field.validators = [*field.validators, *year_validators()]
                field.error_messages.update(min_value=YEAR_MESSAGE, max_value=YEAR_MESSAGE, invalid=YEAR_MESSAGE)
            target = getattr(field, "child_relation", field)
            queryset = getattr(target, "queryset", None)
            if queryset is not None and hasattr(queryset.model, "organisation_id") and membership is not None:
                target.queryset = queryset.filter(organisation=membership.organisation)
        return fields

    def validate(self, attrs):
        attrs = super().validate(attrs)
        model = self.Meta.model
        m2m = {f.name for f in model._meta.many_to_many}
        self._refuse_inactive_units(attrs, m2m)
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

    def _refuse_inactive_units(self, attrs, m2m):
        """An inactive unit may stay where it is, but is never chosen for new work."""
        from django.utils import timezone

        from core.models import Unit

        today = timezone.localdate()
        errors = {}
        for key, value in attrs.items():
            chosen = list(value) if key in m2m and value is not None else [value]
            if self.instance is None:
                current = set()
            elif key in m2m:
                current = set(getattr(self.instance, key).values_list("pk", flat=True))
            else:
                current = {getattr(self.instance, f"{key}_id", None)}
            for unit in chosen:
                if isinstance(unit, Unit) and unit.pk not in current and not unit.is_active_on(today):
                    errors[key] = f"Đơn vị “{unit}” đã ngừng hoạt động; hãy chọn một đơn vị đang hoạt động."
        if errors:
            raise serializers.ValidationError(errors)
