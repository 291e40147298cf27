"""The work-log table: its columns are also what the CSV/XLSX export writes."""
import django_tables2 as tables

from core.formatting import format_number

from .models import WorkLogEntry


class QuantityColumn(tables.Column):
    def render(self, value):
        return format_number(value, decimals=0 if value == value.to_integral_value() else 1)

    def value(self, value):
        return str(value) if value is not None else ""


class WorkLogEntryTable(tables.Table):
    date = tables.DateColumn(format="d/m/Y", verbose_name="Ngày", linkify=lambda record: record.get_absolute_url())
    unit = tables.Column(verbose_name="Đơn vị", accessor="unit__short_name")
    kind = tables.Column(verbose_name="Loại công việc")
    text = tables.Column(verbose_name="Nội dung công việc")
    quantity = QuantityColumn(verbose_name="Số lượng")
    measure_unit = tables.Column(verbose_name="Đơn vị tính")
    document_number = tables.Column(verbose_name="Số văn bản")
    status = tables.Column(verbose_name="Tình trạng")

    class Meta:
        model = WorkLogEntry
        fields = ("date", "unit", "kind", "text", "quantity", "measure_unit", "document_number", "status")
        order_by = None
        attrs = {"class": "table table-sm table-hover align-middle", "id": "record-table"}
