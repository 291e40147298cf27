"""FilterSets: the list page, the export and the API share them."""
import django_filters

from core.filtersets import OrganisationFilterSet
from core.models import Unit

from .choices import CouncilKind, Field, Level, State, TaskType
from .models import Council, ScienceTask


class ScienceTaskFilterSet(OrganisationFilterSet):
    level = django_filters.ChoiceFilter(choices=Level.choices, label="Cấp quản lý")
    field = django_filters.ChoiceFilter(choices=Field.choices, label="Lĩnh vực")
    task_type = django_filters.ChoiceFilter(choices=TaskType.choices, label="Loại nhiệm vụ")
    state = django_filters.ChoiceFilter(choices=State.choices, label="Trạng thái")
    start_year = django_filters.NumberFilter(label="Thực hiện từ năm")
    year = django_filters.NumberFilter(method="filter_year", label="Đang thực hiện trong năm")
    managing_unit = django_filters.ModelChoiceFilter(queryset=Unit.objects.all(), label="Phòng quản lý")
    leader = django_filters.CharFilter(field_name="leader_name", lookup_expr="icontains", label="Chủ nhiệm")
    host = django_filters.CharFilter(field_name="host_organisation", lookup_expr="icontains", label="Tổ chức chủ trì")
    coordinated_only = django_filters.BooleanFilter(label="Trung ương quản lý, tỉnh phối hợp")

    class Meta:
        model = ScienceTask
        fields = ["q", "level", "field", "task_type", "state", "start_year", "year", "managing_unit", "leader", "host",
                  "coordinated_only"]

    def filter_year(self, queryset, name, value):
        from .selectors import managed_tasks

        membership = getattr(self.request, "membership", None)
        if membership is None or not value:
            return queryset
        return queryset.filter(pk__in=managed_tasks(organisation=membership.organisation, year=int(value)).values("pk"))


class CouncilFilterSet(OrganisationFilterSet):
    kind = django_filters.ChoiceFilter(choices=CouncilKind.choices, label="Loại hội đồng")
    meeting_year = django_filters.NumberFilter(field_name="meeting_date", lookup_expr="year", label="Năm họp")

    class Meta:
        model = Council
        fields = ["q", "kind", "meeting_year"]
