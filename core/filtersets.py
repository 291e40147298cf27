"""FilterSets: the list page, the export and the API share them."""
import django_filters

from core.choices import Role, UnitKind
from core.models import Membership, OrganisationScopedModel, Unit
from core.params import YearField, is_year_name

INVALID_CHOICE_MESSAGE = "Lựa chọn không hợp lệ: bản ghi này không tồn tại hoặc không thuộc tổ chức của bạn."


def request_membership(request):
    """The acting membership of a screen or an API request (token-authenticated API requests too: the middleware
    runs before DRF authenticates them, so `request.membership` alone would be None there)."""
    from rest_framework.request import Request

    if isinstance(request, Request):
        from core.api.permissions import api_membership

        return api_membership(request)
    return getattr(request, "membership", None)


class ScopedFilterSet(django_filters.FilterSet):
    """Limits model-choice filters to the user's organisation, so another organisation's id answers exactly like a
    missing one (no existence oracle); year filters take 1900–2100 only (`core.params`). The API's generated
    filtersets (`filterset_fields`) are built on it too (`core.api.filters`)."""

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        membership = self.membership = request_membership(request)
        for name, filter_ in self.filters.items():
            if isinstance(filter_, django_filters.NumberFilter) and is_year_name(name):
                filter_.field_class = YearField
            # model-choice filters keep their queryset on `.queryset` (django-filter rebuilds `extra` from it)
            queryset = getattr(filter_, "queryset", None)
            if queryset is None:
                queryset = filter_.extra.get("queryset")
            if queryset is not None and hasattr(queryset, "model") and issubclass(queryset.model, OrganisationScopedModel):
                scoped = queryset.filter(organisation=membership.organisation) if membership else queryset.none()
                if hasattr(filter_, "queryset"):
                    filter_.queryset = scoped
                filter_.extra["queryset"] = scoped
                filter_.extra.setdefault("error_messages", {})["invalid_choice"] = INVALID_CHOICE_MESSAGE


class OrganisationFilterSet(ScopedFilterSet):
    """Adds a diacritic-insensitive `q` to the scoping above."""

    q = django_filters.CharFilter(method="filter_search", label="Tìm kiếm")

    def filter_search(self, queryset, name, value):
        searchable = hasattr(queryset.model, "search_text") and hasattr(queryset, "search")
        return queryset.search(value) if searchable else queryset


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
