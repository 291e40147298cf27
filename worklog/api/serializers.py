from rest_framework import serializers

from core.api.viewsets import OrganisationScopedSerializer
from worklog.models import WorkLogEntry


class WorkLogEntrySerializer(OrganisationScopedSerializer):
    unit_name = serializers.CharField(source="unit.name", read_only=True)
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)

    class Meta:
        model = WorkLogEntry
        fields = ["id", "unit", "unit_name", "date", "end_date", "kind", "kind_label", "text", "quantity",
                  "measure_unit", "planned_quantity", "status", "directive_task", "science_task", "register_type",
                  "register_id", "reference", "document_number", "document_date", "note"]

    def validate(self, attrs):
        return attrs  # the service checks everything (model rules, same organisation, permission)
