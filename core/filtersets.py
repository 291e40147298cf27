"""FilterSets: the list page, the export and the API share them."""
import django_filters

from core.choices import Role, UnitKind
from core.models import Membership, OrganisationScopedModel, Unit


class OrganisationFilterSet(django_filters.FilterSet):
    """Limits model-choice filters to the user's organisation; adds a diacritic-insensitive `q`."""

    q = django_filters.CharFilter(method="filter_search", label="Tìm kiếm")

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        membership = getattr(request, "membership", None)
        for filter_ in self.filters.values():
            # model-choice filters keep their queryset on `.queryset` (django-filter rebuilds `extra` from it)
            queryset = getattr(filter_, "queryset", None)
            if queryset is None:
                queryset = filter_.extra.get("queryset")
            if queryset is not None and hasattr(queryset, "model") and issubclass(queryset.model, OrganisationScopedModel):
                scoped = queryset.filter(organisation=membership.organisation) if membership else queryset.none()
                if hasattr(filter_, "queryset"):
                    filter_.queryset = scoped
                filter_.extra["queryset"] = scoped

    def filter_search(self, queryset, name, value):
        return queryset.search(value) if hasattr(queryset, "search") else queryset


class UnitFilterSet(OrganisationFilterSet):
    kind = django_filters.ChoiceFilter(choices=UnitKind.choices, label="Loại đơn vị")
    active = django_filters.BooleanFilter(method="filter_active", label="Đang hoạt động")

    class Meta:
        model = Unit
        fields = ["q", "kind", "active"]

    def filter_active(self, queryset, name, value):
        from django.utils import timezone

        active = queryset.active_on(timezone.localdate())
        return active if value else queryset.exclude(pk__in=active.values("pk"))


class MembershipFilterSet(OrganisationFilterSet):
    unit = django_filters.ModelChoiceFilter(queryset=Unit.objects.all(), label="Đơn vị")
    role = django_filters.ChoiceFilter(choices=Role.choices, method="filter_role", label="Vai trò")

    class Meta:
        model = Membership
        fields = ["q", "unit", "role", "is_active"]

    def filter_role(self, queryset, name, value):
        # roles is a JSON list; a text match on the quoted code works on SQLite and PostgreSQL alike
        return queryset.filter(roles__icontains=f'"{value}"')
