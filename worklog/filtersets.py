"""The work log's list filters (the list page, its export and the API share them)."""
import django_filters

from core.filtersets import OrganisationFilterSet
from core.models import Unit

from .choices import EntryStatus, WorkKind
from .models import WorkLogEntry


class WorkLogEntryFilterSet(OrganisationFilterSet):
    unit = django_filters.ModelChoiceFilter(queryset=Unit.objects.all(), label="Đơn vị")
    kind = django_filters.ChoiceFilter(choices=WorkKind.choices, label="Loại công việc")
    status = django_filters.ChoiceFilter(choices=EntryStatus.choices, label="Tình trạng")
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte", label="Từ ngày")
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte", label="đến ngày")

    class Meta:
        model = WorkLogEntry
        fields = ["q", "unit", "kind", "status"]
