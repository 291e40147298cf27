"""FilterSets: the task list, its CSV/XLSX export and the API share them."""
import datetime as dt

import django_filters
from django import forms
from django.utils import timezone

from core.filtersets import OrganisationFilterSet
from core.models import Membership, Unit
from directives import rules
from directives.choices import SourceType, TaskCategory, TaskStatus
from directives.models import AssignedTask, Briefing, SourceDocument
from directives.selectors import filter_status


class AssignedTaskFilterSet(OrganisationFilterSet):
    status = django_filters.ChoiceFilter(choices=TaskStatus.choices, method="filter_status", label="Trạng thái")
    as_of = django_filters.DateFilter(method="filter_noop", label="Tính đến ngày",
                                      input_formats=["%d/%m/%Y", "%Y-%m-%d"],
                                      widget=forms.DateInput(attrs={"placeholder": "dd/mm/yyyy"}))
    lead_unit = django_filters.ModelChoiceFilter(queryset=Unit.objects.all(), label="Đơn vị chủ trì")
    # with the user: each option's label is the person's name (one query per member otherwise)
    leader = django_filters.ModelChoiceFilter(queryset=Membership.objects.select_related("user"),
                                              label="Lãnh đạo phụ trách")
    category = django_filters.ChoiceFilter(choices=TaskCategory.choices, label="Loại nhiệm vụ")
    source_type = django_filters.ChoiceFilter(choices=SourceType.choices, field_name="source__doc_type",
                                              label="Loại văn bản giao")
    source = django_filters.ModelChoiceFilter(queryset=SourceDocument.objects.all(), label="Văn bản giao")
    date_from = django_filters.DateFilter(method="filter_period_from", label="Kỳ: từ ngày",
                                          input_formats=["%d/%m/%Y", "%Y-%m-%d"])
    date_to = django_filters.DateFilter(method="filter_period_to", label="Kỳ: đến ngày",
                                        input_formats=["%d/%m/%Y", "%Y-%m-%d"])
    deadline_unparsed = django_filters.BooleanFilter(method="filter_unparsed", label="Thời hạn chưa hiểu được")

    class Meta:
        model = AssignedTask
        fields = ["q", "status", "as_of", "lead_unit", "leader", "category", "source_type", "source", "date_from",
                  "date_to", "deadline_unparsed"]

    def as_of_date(self) -> dt.date:
        value = self.form.cleaned_data.get("as_of") if hasattr(self.form, "cleaned_data") else None
        return value or timezone.localdate()

    def filter_noop(self, queryset, name, value):
        return queryset

    def filter_status(self, queryset, name, value):
        membership = getattr(self.request, "membership", None)
        soon = rules.DEFAULT_SOON_DAYS
        if membership is not None:
            soon = int(membership.organisation.setting("directives.due_soon_days", soon))
        return filter_status(queryset, value, self.as_of_date(), soon)

    def filter_period_from(self, queryset, name, value):
        return queryset.exclude(due_date__lt=value, completed_on__lt=value).exclude(
            due_date__isnull=True, assigned_on__lt=value, completed_on__lt=value)

    def filter_period_to(self, queryset, name, value):
        return queryset.filter(assigned_on__lte=value)

    def filter_unparsed(self, queryset, name, value):
        return queryset.filter(deadline_kind="unparsed") if value else queryset.exclude(deadline_kind="unparsed")


class SourceDocumentFilterSet(OrganisationFilterSet):
    doc_type = django_filters.ChoiceFilter(choices=SourceType.choices, label="Loại văn bản")
    year = django_filters.NumberFilter(field_name="issued_on__year", label="Năm")

    class Meta:
        model = SourceDocument
        fields = ["q", "doc_type", "year"]


class BriefingFilterSet(OrganisationFilterSet):
    year = django_filters.NumberFilter(label="Năm")

    class Meta:
        model = Briefing
        fields = ["q", "year"]
