"""API: tasks, steps (POST records a step through the service), councils, money. Writes go through services."""
from django.core.exceptions import ValidationError
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from core.api.permissions import api_membership
from core.figure_labels import describe_lazy
from core.api.viewsets import OrganisationScopedMixin, OrganisationScopedViewSet
from core.permissions import FORBIDDEN_MESSAGE

from .. import services
from ..filtersets import CouncilFilterSet, ScienceTaskFilterSet
from ..models import Council, MoneyEntry, ScienceTask, TaskStep
from .serializers import CouncilSerializer, MoneyEntrySerializer, ScienceTaskSerializer, TaskStepSerializer


def _drf(exc: ValidationError):
    return serializers.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages)


class _ServiceWrites:
    """Every write goes through a service, which checks the permission first (the write gate); its refusals and
    rule violations become 403 and 400 answers."""

    def _call(self, function, **kwargs):
        from django.core.exceptions import PermissionDenied as DjangoPermissionDenied

        try:
            return function(actor=self.membership, **kwargs)
        except DjangoPermissionDenied as exc:
            raise PermissionDenied(str(exc) or FORBIDDEN_MESSAGE) from None
        except ValidationError as exc:
            raise _drf(exc) from None



class ScienceTaskViewSet(_ServiceWrites, OrganisationScopedViewSet):
    queryset = ScienceTask.objects.all()
    serializer_class = ScienceTaskSerializer
    filterset_class = ScienceTaskFilterSet

    def optimise(self, queryset):
        return queryset.select_related("managing_unit")

    def perform_create(self, serializer):
        from django.utils import timezone

        values = {k: v for k, v in serializer.validated_data.items() if k in services.EDITABLE_FIELDS}
        serializer.instance = self._call(services.science_task_create, date=timezone.localdate(), values=values)

    def perform_update(self, serializer):
        values = {k: v for k, v in serializer.validated_data.items() if k in services.EDITABLE_FIELDS}
        serializer.instance = self._call(services.science_task_update, task=serializer.instance, values=values)

    delete_service = services.science_task_delete


class _ChildViewSet(_ServiceWrites, OrganisationScopedMixin, mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """List/read children of tasks; POST goes through a service, which checks the person may act on the task."""

    def get_queryset(self):
        queryset = super().get_queryset()
        task = self.request.query_params.get("task")
        return queryset.filter(task_id=task) if task and task.isdigit() else queryset

    def _task(self, task):
        membership = api_membership(self.request)
        if task is None or task.organisation_id != membership.organisation_id:
            raise PermissionDenied(FORBIDDEN_MESSAGE)
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
        serializer.instance = self._call(services.science_task_step, task=task, **data)


class MoneyEntryViewSet(_ChildViewSet):
    queryset = MoneyEntry.objects.all()
    serializer_class = MoneyEntrySerializer

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        task = self._task(data.pop("task"))
        data = {k: v for k, v in data.items() if v not in (None, "")} | {"amount": data.get("amount")}
        serializer.instance = self._call(services.money_entry_add, task=task, **data)


class CouncilViewSet(_ServiceWrites, OrganisationScopedViewSet):
    queryset = Council.objects.all()
    serializer_class = CouncilSerializer
    filterset_class = CouncilFilterSet

    def optimise(self, queryset):
        return queryset.prefetch_related("members", "tasks")

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        tasks = data.pop("tasks", [])
        serializer.instance = self._call(services.council_create, tasks=tasks, **data)

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        tasks = data.pop("tasks", None)
        serializer.instance = self._call(services.council_update, council=serializer.instance, tasks=tasks, **data)

    delete_service = services.council_delete


class YearStatsViewSet(viewsets.ViewSet):
    """GET /api/sciencetask-yearstats/?year=2023&to=2023-09-30: the same figures as the CLI."""

    @extend_schema(
        parameters=[
            OpenApiParameter("year", int, description="Năm (mặc định: năm hiện tại)"),
            OpenApiParameter("to", OpenApiTypes.DATE, description="Tính đến ngày (YYYY-MM-DD)"),
        ],
        responses={200: OpenApiTypes.OBJECT},
        description=describe_lazy("sciencetasks", "Các số liệu trả về (khóa: nội dung):"),
    )
    def list(self, request):
        import datetime as dt

        from ..selectors import year_stats

        membership = api_membership(request)
        from core.params import parse_year

        year = parse_year(request.query_params.get("year"), dt.date.today().year)
        try:
            date_to = dt.date.fromisoformat(request.query_params["to"]) if request.query_params.get("to") else None
        except (ValueError, OverflowError):
            raise serializers.ValidationError("Năm hoặc ngày không hợp lệ (YYYY-MM-DD).") from None
        if not 1900 <= year <= 2100 or (date_to is not None and not 1900 <= date_to.year <= 2100):
            raise serializers.ValidationError("Năm phải trong khoảng 1900–2100.")
        return Response(year_stats(organisation=membership.organisation, year=year, date_to=date_to))
