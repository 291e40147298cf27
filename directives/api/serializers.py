from rest_framework import serializers

from core.api.viewsets import OrganisationScopedSerializer
from directives.models import AssignedTask, Extension, SourceDocument


class SourceDocumentSerializer(OrganisationScopedSerializer):
    reference = serializers.CharField(read_only=True)

    class Meta:
        model = SourceDocument
        fields = ["id", "doc_type", "number", "issued_on", "issuer", "summary", "unit", "reference"]


class AssignedTaskSerializer(OrganisationScopedSerializer):
    """Read: the task with its computed status; write (POST): text, unit, dates, deadline words."""

    status = serializers.SerializerMethodField()
    effective_deadline = serializers.SerializerMethodField()
    lead_unit_name = serializers.CharField(source="lead_unit.name", read_only=True)

    class Meta:
        model = AssignedTask
        fields = ["id", "source", "item_number", "text", "category", "lead_unit", "lead_unit_name",
                  "coordinating_units", "leader", "assignees", "assigned_on", "deadline_text", "deadline_kind",
                  "due_date", "due_time", "effective_deadline", "completed_on", "explanation", "cancelled_on",
                  "progress", "is_series", "status"]
        read_only_fields = ["deadline_kind", "due_date", "due_time", "completed_on", "explanation", "cancelled_on",
                            "progress", "is_series"]

    def get_status(self, obj) -> str:
        return obj.status_on(self.context.get("as_of"))

    def get_effective_deadline(self, obj) -> str | None:
        deadline = obj.effective_deadline(self.context.get("as_of"))
        return deadline.isoformat() if deadline else None

    def validate(self, attrs):
        return attrs  # the service checks everything (deadline words, units, dates)


class SummaryQuerySerializer(serializers.Serializer):
    date_from = serializers.DateField(input_formats=["iso-8601", "%d/%m/%Y"])
    date_to = serializers.DateField(input_formats=["iso-8601", "%d/%m/%Y"])
    unit = serializers.CharField(required=False, allow_blank=True)


class ExtensionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Extension
        fields = ["id", "task", "requested_on", "new_due_date", "reason", "state", "decided_on", "decision_note"]
        read_only_fields = fields


DATE_FORMATS = ["iso-8601", "%d/%m/%Y"]


class CompleteInputSerializer(serializers.Serializer):
    completed_on = serializers.DateField(input_formats=DATE_FORMATS)
    result_document = serializers.CharField(required=False, allow_blank=True, max_length=255, default="")
    note = serializers.CharField(required=False, allow_blank=True, default="")
    explanation = serializers.CharField(required=False, allow_blank=True, default="",
                                        help_text="Giải trình nguyên nhân: bắt buộc khi hoàn thành quá hạn.")


class ProgressInputSerializer(serializers.Serializer):
    percent = serializers.IntegerField(min_value=0, max_value=100)
    note = serializers.CharField()
    reported_on = serializers.DateField(input_formats=DATE_FORMATS, required=False, allow_null=True, default=None)
    explanation = serializers.CharField(required=False, allow_blank=True, default="",
                                        help_text="Giải trình nguyên nhân: bắt buộc khi nhiệm vụ đã quá hạn.")


class ExtensionInputSerializer(serializers.Serializer):
    new_due_date = serializers.DateField(input_formats=DATE_FORMATS)
    reason = serializers.CharField()


class DecideInputSerializer(serializers.Serializer):
    extension = serializers.IntegerField(help_text="Mã đề nghị gia hạn (id).")
    approve = serializers.BooleanField(help_text="true: đồng ý, false: không đồng ý.")
    note = serializers.CharField(required=False, allow_blank=True, default="")


class CancelInputSerializer(serializers.Serializer):
    reason = serializers.CharField()
    cancelled_on = serializers.DateField(input_formats=DATE_FORMATS, required=False, allow_null=True, default=None)


class ExplainInputSerializer(serializers.Serializer):
    explanation = serializers.CharField()
