from rest_framework import serializers

from core.api.viewsets import OrganisationScopedSerializer

from ..models import Council, CouncilMember, MoneyEntry, ScienceTask, TaskStep
from ..services import EDITABLE_FIELDS


class ScienceTaskSerializer(OrganisationScopedSerializer):
    state_label = serializers.CharField(source="get_state_display", read_only=True)

    class Meta:
        model = ScienceTask
        fields = ["id", *EDITABLE_FIELDS, "state", "state_label", "state_since", "current_end", "grade", "accepted_on",
                  "recognised_on", "registration_number", "registration_date", "stopped_on"]
        read_only_fields = ["state", "state_since", "current_end", "grade", "accepted_on", "recognised_on",
                            "registration_number", "registration_date", "stopped_on"]


class TaskStepSerializer(serializers.ModelSerializer):
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    new_value = serializers.CharField(required=False, allow_blank=True)

    class Meta:
        model = TaskStep
        fields = ["id", "task", "kind", "kind_label", "date", "from_state", "to_state", "decision_number", "decision_date",
                  "decision_signer", "actor", "note", "variant", "grade", "new_end_date", "certificate_number",
                  "certificate_date", "old_value", "new_value", "findings", "council"]
        read_only_fields = ["from_state", "to_state", "actor", "old_value"]


class CouncilMemberSerializer(serializers.ModelSerializer):
    class Meta:
        model = CouncilMember
        fields = ["id", "full_name", "academic_title", "workplace", "role", "score", "evaluation", "comment"]


class CouncilSerializer(OrganisationScopedSerializer):
    members = CouncilMemberSerializer(many=True, read_only=True)

    class Meta:
        model = Council
        fields = ["id", "kind", "name", "managing_unit", "tasks", "decision_number", "decision_date", "decision_signer",
                  "planned_date", "meeting_date", "location", "conclusion", "grade", "average_score", "members"]
        read_only_fields = ["meeting_date", "conclusion", "grade", "average_score"]


class MoneyEntrySerializer(serializers.ModelSerializer):
    amount = serializers.CharField()

    class Meta:
        model = MoneyEntry
        fields = ["id", "task", "kind", "tranche", "date", "budget_year", "amount", "document_number", "settle_by", "note"]
        # the service defaults the budget year to the year of the entry, as the screen does
        extra_kwargs = {"budget_year": {"required": False}}
