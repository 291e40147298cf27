from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import ImportedDocument


@admin.register(ImportedDocument)
class ImportedDocumentAdmin(SimpleHistoryAdmin):
    list_display = ("file_name", "organisation", "doc_kind", "number_symbol", "doc_date", "status", "created_at")
    list_filter = ("organisation", "status", "doc_type")
    search_fields = ("file_name", "number_symbol", "title")
    readonly_fields = ("sha256", "result", "text")
