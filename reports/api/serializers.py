"""API shapes of the reports: list/detail (with the units' sections and versions), creation for a period."""
from rest_framework import serializers

from reports.choices import ReportKind
from reports.models import Report, ReportSection, ReportVersion


class ReportSectionSerializer(serializers.ModelSerializer):
    unit = serializers.CharField(source="unit.name", default=None, read_only=True)
    text = serializers.SerializerMethodField()

    class Meta:
        model = ReportSection
        fields = ["key", "order", "heading", "unit", "include_generated", "narrative", "text"]

    def get_text(self, section) -> str:
        from core.documents.layout import blocks_text

        return blocks_text(section.generated or [])


class ReportVersionSerializer(serializers.ModelSerializer):
    created_by = serializers.CharField(source="created_by.full_name", default=None, read_only=True)
    has_docx = serializers.SerializerMethodField()

    class Meta:
        model = ReportVersion
        fields = ["number", "reason", "created_at", "created_by", "has_docx"]

    def get_has_docx(self, version) -> bool:
        return bool(version.docx)


class ReportVersionDetailSerializer(ReportVersionSerializer):
    class Meta(ReportVersionSerializer.Meta):
        fields = [*ReportVersionSerializer.Meta.fields, "text"]


class ReportSerializer(serializers.ModelSerializer):
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    status_label = serializers.CharField(source="get_status_display", read_only=True)
    number_symbol = serializers.CharField(read_only=True)
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Report
        fields = ["id", "kind", "kind_label", "period_start", "period_end", "period_label", "title", "subtitle",
                  "status", "status_label", "number", "symbol", "number_symbol", "issued_on", "url",
                  "created_at", "updated_at"]
        read_only_fields = fields


class ReportDetailSerializer(ReportSerializer):
    sections = ReportSectionSerializer(many=True, read_only=True)
    versions = ReportVersionSerializer(many=True, read_only=True)
    figures = serializers.SerializerMethodField()

    class Meta(ReportSerializer.Meta):
        fields = [*ReportSerializer.Meta.fields, "next_period_label", "addressee", "opening", "assessment",
                  "direction", "recipients", "signer_authority", "signer_name", "approved_at", "sections",
                  "versions", "figures"]
        read_only_fields = fields

    def get_figures(self, report) -> dict:
        """key → {label, value}: every figure of the report (the records behind it: /reports/<id>/so-lieu/<key>/)."""
        return {key: {"label": item.get("label", ""), "value": item.get("value")}
                for key, item in (report.generated or {}).get("figures", {}).items()}


class ReportCreateSerializer(serializers.Serializer):
    """A report for a period: `year` (+ `month`, `quarter` or `week`), or for an ad hoc report (`dotxuat`)
    `date_from`, `date_to` and optionally `label`, `subtitle` ("Báo cáo phục vụ kỳ họp thứ 18 HĐND tỉnh")."""

    kind = serializers.ChoiceField(choices=ReportKind.choices)
    year = serializers.IntegerField(required=False, min_value=2000, max_value=2100)
    month = serializers.IntegerField(required=False, min_value=1, max_value=12)
    quarter = serializers.IntegerField(required=False, min_value=1, max_value=4)
    week = serializers.IntegerField(required=False, min_value=1, max_value=53)
    date_from = serializers.DateField(required=False)
    date_to = serializers.DateField(required=False)
    label = serializers.CharField(required=False, allow_blank=True, max_length=100)
    title = serializers.CharField(required=False, allow_blank=True, max_length=500)
    subtitle = serializers.CharField(required=False, allow_blank=True, max_length=253)
    opening = serializers.CharField(required=False, allow_blank=True)


class ReportIssueSerializer(serializers.Serializer):
    number = serializers.IntegerField(required=False, min_value=1, max_value=999999)
    issued_on = serializers.DateField(required=False)
