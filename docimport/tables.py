"""Tables of the document import; the columns are what the CSV/XLSX export writes."""
import django_tables2 as tables

from .models import ImportedDocument


class ImportedDocumentTable(tables.Table):
    file_name = tables.Column(linkify=True, verbose_name="Tệp")
    doc_kind = tables.Column(verbose_name="Loại")
    number_symbol = tables.Column(verbose_name="Số, ký hiệu")
    doc_date = tables.DateColumn(format="d/m/Y", verbose_name="Ngày")
    issuer = tables.Column(verbose_name="Cơ quan ban hành")
    status = tables.Column(verbose_name="Trạng thái")
    task_count = tables.Column(verbose_name="Nhiệm vụ đã tạo")
    created_at = tables.DateTimeColumn(format="d/m/Y H:i", verbose_name="Nhập lúc")

    class Meta:
        model = ImportedDocument
        fields = ("file_name", "doc_kind", "number_symbol", "doc_date", "issuer", "status", "task_count", "created_at")
        order_by = ("-created_at",)
