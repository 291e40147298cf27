from rest_framework import serializers

from core.models import Membership, Organisation, Unit

from .viewsets import OrganisationScopedSerializer


class OrganisationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = [
            "id", "code", "name", "short_name", "province", "governing_body", "issuing_body", "symbol",
            "place_name", "valid_from", "valid_to", "superseded_by",
        ]


class UnitSerializer(OrganisationScopedSerializer):
    class Meta:
        model = Unit
        fields = [
            "id", "code", "name", "short_name", "abbreviation", "kind", "parent", "display_order", "email",
            "valid_from", "valid_to", "superseded_by",
        ]

    def validate_code(self, value):
        membership = self.context["membership"]
        duplicates = Unit.objects.filter(organisation=membership.organisation, code=value)
        if self.instance:
            duplicates = duplicates.exclude(pk=self.instance.pk)
        if duplicates.exists():
            raise serializers.ValidationError("Mã đơn vị này đã được dùng trong tổ chức.")
        return value


class MembershipSerializer(OrganisationScopedSerializer):
    full_name = serializers.CharField(source="user.full_name", read_only=True)
    username = serializers.CharField(source="user.username", read_only=True)

    class Meta:
        model = Membership
        fields = ["id", "full_name", "username", "unit", "position", "roles", "units_in_charge", "is_active"]
        read_only_fields = fields
