"""REST API of the reports: list/detail/versions, create for a period, workflow actions, .docx download.

Every write goes through `reports.services` (the same rules as the screens): a refused action answers 403
or 400 with the Vietnamese message and changes nothing; another organisation's report is 404.
"""
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpResponse
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import mixins, serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response

from core.api.viewsets import OrganisationScopedReadOnlyViewSet
from reports import selectors, services
from reports.models import Report
from reports.permissions import APPROVE, COMPILE, ISSUE, REGENERATE

from .serializers import (
    ReportCreateSerializer,
    ReportDetailSerializer,
    ReportIssueSerializer,
    ReportSerializer,
    ReportVersionDetailSerializer,
    ReportVersionSerializer,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _refused(exc: DjangoValidationError):
    return serializers.ValidationError({"detail": exc.messages})


class ReportViewSet(mixins.CreateModelMixin, OrganisationScopedReadOnlyViewSet):
    """Báo cáo định kỳ. Filters: `?kind=6thang`, `?status=issued`, `?year=2023` (year of the period's end)."""

    queryset = Report.objects.none()
    serializer_class = ReportSerializer
    domain_actions = {"compile": COMPILE, "regenerate": REGENERATE, "approve": APPROVE, "issue": ISSUE}
    filterset_fields = ["kind", "status"]

    def get_queryset(self):
        queryset = selectors.report_list(membership=self.membership)
        from core.params import parse_year

        year = parse_year(self.request.query_params.get("year"))
        if year:
            queryset = queryset.filter(period_end__year=year)
        if self.action == "retrieve":
            queryset = queryset.prefetch_related("sections__unit", "versions__created_by")
        return queryset

    def get_serializer_class(self):
        if self.action == "retrieve":
            return ReportDetailSerializer
        if self.action == "create":
            return ReportCreateSerializer
        return ReportSerializer

    @extend_schema(request=ReportCreateSerializer, responses={201: ReportDetailSerializer})
    def create(self, request, *args, **kwargs):
        """Create the report of a period; each unit's section is pre-filled from the data."""
        query = ReportCreateSerializer(data=request.data)
        query.is_valid(raise_exception=True)
        data = query.validated_data
        try:
            report = services.report_create_for_period(
                actor=self.membership, kind=data["kind"], year=data.get("year"), month=data.get("month"), quarter=data.get("quarter"),
                week=data.get("week"), date_from=data.get("date_from"), date_to=data.get("date_to"),
                label=data.get("label", ""), title=data.get("title", ""), subtitle=data.get("subtitle"),
                opening=data.get("opening", ""))
        except services.DuplicateReport as exc:
            return Response({"detail": exc.messages, "existing": exc.existing.pk,
                             "existing_url": exc.existing.get_absolute_url()}, status=status.HTTP_400_BAD_REQUEST)
        except DjangoValidationError as exc:
            raise _refused(exc) from None
        return Response(ReportDetailSerializer(report, context=self.get_serializer_context()).data,
                        status=status.HTTP_201_CREATED)

    def _run(self, function, **kwargs):
        report = self.get_object()
        try:
            function(actor=self.membership, report=report, **kwargs)
        except DjangoValidationError as exc:
            raise _refused(exc) from None
        report.refresh_from_db()
        return Response(ReportDetailSerializer(report, context=self.get_serializer_context()).data)

    @extend_schema(request=None, responses=ReportDetailSerializer)
    @action(detail=True, methods=["post"])
    def compile(self, request, pk=None):
        """Văn phòng tổng hợp (a new version)."""
        return self._run(services.report_compile)

    @extend_schema(request=None, responses=ReportDetailSerializer)
    @action(detail=True, methods=["post"])
    def regenerate(self, request, pk=None):
        """Refresh the figures from the data (a new version; refused once issued)."""
        return self._run(services.report_regenerate)

    @extend_schema(request=None, responses=ReportDetailSerializer)
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        """Giám đốc / Phó Giám đốc duyệt."""
        return self._run(services.report_approve)

    @extend_schema(request=ReportIssueSerializer, responses=ReportDetailSerializer)
    @action(detail=True, methods=["post"])
    def issue(self, request, pk=None):
        """Ban hành with a number (next free one if omitted) and a date (today if omitted); then frozen."""
        query = ReportIssueSerializer(data=request.data)
        query.is_valid(raise_exception=True)
        return self._run(services.report_issue, **query.validated_data)

    @extend_schema(responses=ReportVersionSerializer(many=True))
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def versions(self, request, pk=None):
        report = self.get_object()
        versions = report.versions.select_related("created_by").order_by("-number")
        return Response(ReportVersionSerializer(versions, many=True).data)

    @extend_schema(responses=ReportVersionDetailSerializer)
    @action(detail=True, methods=["get"], url_path=r"versions/(?P<number>\d+)", pagination_class=None,
            filter_backends=[])
    def version(self, request, pk=None, number=None):
        """One version's plain text and its differences from the previous version."""
        report = self.get_object()
        version = report.versions.filter(number=number).first()
        if version is None:
            raise Http404
        previous = report.versions.filter(number__lt=version.number).order_by("-number").first()
        data = ReportVersionDetailSerializer(version).data
        data["diff"] = [{"change": kind, "line": line} for kind, line in services.version_diff(previous, version)] \
            if previous else []
        return Response(data)

    @extend_schema(responses={(200, DOCX): OpenApiResponse(description=".docx (Nghị định 30/2020)")})
    @action(detail=True, methods=["get"], pagination_class=None, filter_backends=[])
    def docx(self, request, pk=None):
        """The .docx: the frozen one of an issued report, otherwise the current content."""
        report = self.get_object()
        response = HttpResponse(services.render_report_docx(report), content_type=DOCX)
        response["Content-Disposition"] = f'attachment; filename="bao-cao-{report.kind}-{report.period_end:%Y-%m}.docx"'
        return response
