"""API: tasks, steps (POST records a step through the service), councils, money. Writes go through services."""
from django.core.exceptions import ValidationError
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from core.api.permissions import api_membership
from core.api.viewsets import OrganisationScopedMixin, OrganisationScopedViewSet
from core.permissions import CHANGE, can

from .. import services
from ..filtersets import CouncilFilterSet, ScienceTaskFilterSet
from ..models import Council, MoneyEntry, ScienceTask, TaskStep
from .serializers import CouncilSerializer, MoneyEntrySerializer, ScienceTaskSerializer, TaskStepSerializer


def _drf(exc: ValidationError):
    return serializers.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages)


class ScienceTaskViewSet(OrganisationScopedViewSet):
    queryset = ScienceTask.objects.all()
    serializer_class = ScienceTaskSerializer
    filterset_class = ScienceTaskFilterSet

    def optimise(self, queryset):
        return queryset.select_related("managing_unit")

    def perform_create(self, serializer):
        from django.utils import timezone

        values = {k: v for k, v in serializer.validated_data.items() if k in services.EDITABLE_FIELDS}
        try:
            serializer.instance = services.science_task_create(
                organisation=self.membership.organisation, actor=self.request.user, date=timezone.localdate(), values=values)
        except ValidationError as exc:
            raise _drf(exc) from None

    def perform_update(self, serializer):
        values = {k: v for k, v in serializer.validated_data.items() if k in services.EDITABLE_FIELDS}
        try:
            services.science_task_update(task=serializer.instance, actor=self.request.user, values=values)
        except ValidationError as exc:
            raise _drf(exc) from None
        if not can(self.membership, CHANGE, serializer.instance):
            raise PermissionDenied("Bạn không có quyền thực hiện thao tác này.")


class _ChildViewSet(OrganisationScopedMixin, mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """List/read children of tasks; POST goes through a service after checking the person may change the task."""

    def get_queryset(self):
        queryset = super().get_queryset()
        task = self.request.query_params.get("task")
        return queryset.filter(task_id=task) if task and task.isdigit() else queryset

    def _task(self, task):
        membership = api_membership(self.request)
        if task is None or task.organisation_id != membership.organisation_id or not can(membership, CHANGE, task):
            raise PermissionDenied("Bạn không có quyền thực hiện thao tác này.")
        return task


class TaskStepViewSet(_ChildViewSet):
    queryset = TaskStep.objects.all()
    serializer_class = TaskStepSerializer

    def optimise(self, queryset):
        return queryset.select_related("task")

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        task = self._task(data.pop("task"))
        data = {k: v for k, v in data.items() if v is not None}
        try:
            serializer.instance = services.science_task_step(task=task, actor=self.request.user, **data)
        except (ValidationError, TypeError) as exc:
            raise _drf(exc) if isinstance(exc, ValidationError) else serializers.ValidationError(str(exc)) from None


class MoneyEntryViewSet(_ChildViewSet):
    queryset = MoneyEntry.objects.all()
    serializer_class = MoneyEntrySerializer

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        task = self._task(data.pop("task"))
        data = {k: v for k, v in data.items() if v not in (None, "")} | {"amount": data.get("amount")}
        try:
            serializer.instance = services.money_entry_add(task=task, actor=self.request.user, **data)
        except ValidationError as exc:
            raise _drf(exc) from None


class CouncilViewSet(OrganisationScopedViewSet):
    queryset = Council.objects.all()
    serializer_class = CouncilSerializer
    filterset_class = CouncilFilterSet

    def optimise(self, queryset):
        return queryset.prefetch_related("members", "tasks")

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        tasks = data.pop("tasks", [])
        try:
            serializer.instance = services.council_create(organisation=self.membership.organisation,
                                                          actor=self.request.user, tasks=tasks, **data)
        except ValidationError as exc:
            raise _drf(exc) from None


class YearStatsViewSet(viewsets.ViewSet):
    """GET /api/sciencetask-yearstats/?year=2023&to=2023-09-30: the same figures as the CLI."""

    @extend_schema(
        parameters=[
            OpenApiParameter("year", int, description="Năm (mặc định: năm hiện tại)"),
            OpenApiParameter("to", OpenApiTypes.DATE, description="Tính đến ngày (YYYY-MM-DD)"),
        ],
        responses={200: OpenApiTypes.OBJECT},
    )
    def list(self, request):
        import datetime as dt

        from ..selectors import year_stats

        membership = api_membership(request)
        try:
            year = int(request.query_params.get("year") or dt.date.today().year)
            date_to = dt.date.fromisoformat(request.query_params["to"]) if request.query_params.get("to") else None
        except (ValueError, OverflowError):
            raise serializers.ValidationError("Năm hoặc ngày không hợp lệ (YYYY-MM-DD).") from None
        if not 1900 <= year <= 2100 or (date_to is not None and not 1900 <= date_to.year <= 2100):
            raise serializers.ValidationError("Năm phải trong khoảng 1900–2100.")
        return Response(year_stats(organisation=membership.organisation, year=year, date_to=date_to))
