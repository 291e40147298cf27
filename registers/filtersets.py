"""FilterSets of the registers (list page, export and API share them), generated from the registry."""
import django_filters

from core.filtersets import OrganisationFilterSet
from core.models import Unit

from .registry import REGISTERS


class RegisterFilterSet(OrganisationFilterSet):
    unit = django_filters.ModelChoiceFilter(queryset=Unit.objects.all(), label="Đơn vị")


def build_filterset(register):
    model = register.model
    attrs = {"__module__": __name__}
    if model.PERIOD_FIELD:
        label = model._meta.get_field(model.PERIOD_FIELD).verbose_name
        attrs["date_from"] = django_filters.DateFilter(field_name=model.PERIOD_FIELD, lookup_expr="gte",
                                                       label=f"{str(label).capitalize()} từ")
        attrs["date_to"] = django_filters.DateFilter(field_name=model.PERIOD_FIELD, lookup_expr="lte", label="đến")
    fields = ["q", *register.filters, "unit", *(["date_from", "date_to"] if model.PERIOD_FIELD else [])]
    attrs["Meta"] = type("Meta", (), {"model": model, "fields": [f for f in fields if f not in ("date_from", "date_to")]})
    return type(f"{register.name}FilterSet", (RegisterFilterSet,), attrs)


FILTERSETS = {register.model: build_filterset(register) for register in REGISTERS}
globals().update({cls.__name__: cls for cls in FILTERSETS.values()})
