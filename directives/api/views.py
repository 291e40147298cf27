import datetime as dt

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import OpenApiParameter, extend_schema
from django.shortcuts import get_object_or_404
from rest_framework import serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.api.permissions import api_membership
from core.figure_labels import describe_lazy
from core.api.viewsets import OrganisationScopedViewSet
from directives import selectors, services
from directives.filtersets import AssignedTaskFilterSet
from directives.models import AssignedTask, Extension, SourceDocument

from .serializers import (
    AssignedTaskSerializer, CancelInputSerializer, CompleteInputSerializer, DecideInputSerializer,
    ExplainInputSerializer, ExtensionInputSerializer, ExtensionSerializer, ProgressInputSerializer,
    SourceDocumentSerializer, SummaryQuerySerializer,
)


def _drf_error(exc: DjangoValidationError):
    return serializers.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages)


class SourceDocumentViewSet(OrganisationScopedViewSet):
    queryset = SourceDocument.objects.none()
    serializer_class = SourceDocumentSerializer
    filterset_fields = ["doc_type"]
    delete_service = services.source_document_delete

    def perform_create(self, serializer):
        try:
            serializer.instance = services.source_document_create(actor=self.membership, **serializer.validated_data)
        except DjangoValidationError as exc:
            raise _drf_error(exc) from None

    def perform_update(self, serializer):
        try:
            serializer.instance = services.source_document_update(
                actor=self.membership, document=serializer.instance, **serializer.validated_data)
        except DjangoValidationError as exc:
            raise _drf_error(exc) from None


class AssignedTaskViewSet(OrganisationScopedViewSet):
    """Tasks (filters as on the list screen: status + as_of, lead_unit, category…); POST creates and PATCH/PUT edit
    through the services (deadline words parsed; a new deadline is a leader's or the assigner's decision; another
    lead unit goes through "Giao lại"); DELETE is a leader's decision. `ETag`/`If-Match` as everywhere."""

    queryset = AssignedTask.objects.none()
    serializer_class = AssignedTaskSerializer
    filterset_class = AssignedTaskFilterSet
    delete_service = services.assigned_task_delete

    def optimise(self, queryset):
        return (queryset.select_related("lead_unit", "organisation")
                .prefetch_related("coordinating_units", "assignees").order_by("due_date", "id"))

    def get_serializer_context(self):
        context = super().get_serializer_context()
        as_of = self.request.query_params.get("as_of")
        try:
            context["as_of"] = dt.date.fromisoformat(as_of) if as_of else None
        except ValueError:
            context["as_of"] = None
        return context

    def perform_create(self, serializer):
        data = dict(serializer.validated_data)
        try:
            serializer.instance = services.assigned_task_create(actor=self.membership, **data)
        except DjangoValidationError as exc:
            raise _drf_error(exc) from None

    def perform_update(self, serializer):
        data = dict(serializer.validated_data)
        task = serializer.instance
        if data.get("deadline_text") == task.deadline_text:
            data.pop("deadline_text")  # the same words: not a new deadline
        try:
            serializer.instance = services.assigned_task_update(actor=self.membership, task=task, **data)
        except DjangoValidationError as exc:
            raise _drf_error(exc) from None

    # --- follow-up: the same services (and rules, permissions) as the task page's buttons ---------------------

    def _follow_up(self, request, pk, input_class, perform, *, created=False):
        """Validate the input, find the task (another organisation's → 404), call the service (forbidden → 403,
        bad input → 400 with the service's Vietnamese message; nothing saved), answer with the task."""
        task = selectors.assigned_task_get_for(membership=self.membership, pk=pk)
        data = input_class(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            result = perform(task, data.validated_data)
        except DjangoValidationError as exc:
            raise _drf_error(exc) from None
        if isinstance(result, Extension):
            return Response(ExtensionSerializer(result).data,
                            status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)
        task.refresh_from_db()
        return Response(self.get_serializer(task).data, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)

    @extend_schema(request=CompleteInputSerializer, responses=AssignedTaskSerializer)
    @action(detail=True, methods=["post"])
    def complete(self, request, pk=None):
        """Hoàn thành: completion date (+ explanation when after the effective deadline)."""
        return self._follow_up(request, pk, CompleteInputSerializer, lambda task, data: services.task_complete(
            actor=self.membership, task=task, completed_on=data["completed_on"],
            result_document=data["result_document"], note=data["note"], explanation=data["explanation"]))

    @extend_schema(request=ProgressInputSerializer, responses=AssignedTaskSerializer)
    @action(detail=True, methods=["post"])
    def progress(self, request, pk=None):
        """Báo cáo tiến độ: percent and note (+ explanation when the task is overdue)."""
        return self._follow_up(request, pk, ProgressInputSerializer, lambda task, data: services.task_progress_add(
            actor=self.membership, task=task, percent=data["percent"], note=data["note"],
            reported_on=data["reported_on"], explanation=data["explanation"]), created=True)

    @extend_schema(request=ExtensionInputSerializer, responses=ExtensionSerializer)
    @action(detail=True, methods=["post"])
    def extension(self, request, pk=None):
        """Đề nghị gia hạn (the unit); a leader decides it with `decide`."""
        return self._follow_up(request, pk, ExtensionInputSerializer, lambda task, data: services.extension_request(
            actor=self.membership, task=task, new_due_date=data["new_due_date"], reason=data["reason"]),
            created=True)

    @extend_schema(request=DecideInputSerializer, responses=ExtensionSerializer)
    @action(detail=True, methods=["post"])
    def decide(self, request, pk=None):
        """Duyệt / không duyệt gia hạn: Giám đốc, Phó Giám đốc only."""
        def perform(task, data):
            extension = get_object_or_404(Extension, task=task, pk=data["extension"])
            return services.extension_decide(actor=self.membership, extension=extension, approve=data["approve"],
                                             note=data["note"])
        return self._follow_up(request, pk, DecideInputSerializer, perform)

    @extend_schema(request=CancelInputSerializer, responses=AssignedTaskSerializer)
    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        """Hủy nhiệm vụ, with the reason."""
        return self._follow_up(request, pk, CancelInputSerializer, lambda task, data: services.task_cancel(
            actor=self.membership, task=task, reason=data["reason"], cancelled_on=data["cancelled_on"]))

    @extend_schema(request=ExplainInputSerializer, responses=AssignedTaskSerializer)
    @action(detail=True, methods=["post"])
    def explain(self, request, pk=None):
        """Giải trình nguyên nhân (late or overdue task)."""
        return self._follow_up(request, pk, ExplainInputSerializer, lambda task, data: services.task_explain(
            actor=self.membership, task=task, explanation=data["explanation"]))


class DirectiveSummaryViewSet(viewsets.ViewSet):
    """GET /api/directive-summary/?date_from=2023-01-01&date_to=2023-06-30[&unit=…]: the period figures."""

    @extend_schema(parameters=[OpenApiParameter("date_from", str), OpenApiParameter("date_to", str),
                               OpenApiParameter("unit", str, required=False)], responses=dict,
                   description=describe_lazy("directives", "Các số liệu trả về (khóa: nội dung):"))
    def list(self, request):
        query = SummaryQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        data = query.validated_data
        if data["date_to"] < data["date_from"]:
            raise serializers.ValidationError({"date_to": "Ngày kết thúc phải sau ngày bắt đầu."})
        try:
            summary = selectors.directive_summary(membership=api_membership(request), date_from=data["date_from"],
                                                  date_to=data["date_to"], unit=data.get("unit") or None)
        except LookupError as exc:
            raise serializers.ValidationError({"unit": str(exc)}) from None
        return Response(summary)
