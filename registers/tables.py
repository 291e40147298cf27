"""django-tables2 tables of the registers: the columns are also what CSV/XLSX export writes."""
import django_tables2 as tables
from django.db import models

from core.formatting import capitalise_first, is_year_field
from core.tables import YearColumn

from .registry import REGISTERS


class AmountColumn(tables.Column):
    def render(self, value):
        from core.formatting import format_number

        return format_number(value)

    def value(self, value):
        return int(value) if value is not None else ""


def _column(register, name, first):
    field = register.model._meta.get_field(name)
    kwargs = {"verbose_name": capitalise_first(field.verbose_name)}
    if first:
        kwargs["linkify"] = lambda record: record.get_absolute_url()
    if isinstance(field, models.DateField):
        return tables.DateColumn(format="d/m/Y", **kwargs)
    if isinstance(field, models.BooleanField):
        return tables.BooleanColumn(yesno="Có,Không", **kwargs)
    if is_year_field(field):
        return YearColumn(**kwargs)
    if isinstance(field, (models.DecimalField, models.IntegerField)) and not field.choices:
        return AmountColumn(**kwargs)
    return tables.Column(**kwargs)


def build_table(register):
    attrs = {name: _column(register, name, i == 0) for i, name in enumerate(register.columns)}
    attrs["Meta"] = type("Meta", (), {"model": register.model, "fields": register.columns, "order_by": None,
                                      "attrs": {"class": "table table-sm table-hover align-middle", "id": "record-table"}})
    attrs["__module__"] = __name__
    return type(f"{register.name}Table", (tables.Table,), attrs)


TABLES = {register.model: build_table(register) for register in REGISTERS}
globals().update({cls.__name__: cls for cls in TABLES.values()})
