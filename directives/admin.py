from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from directives.models import AssignedTask, Briefing, BriefingReport, Extension, ProgressUpdate, SourceDocument


@admin.register(SourceDocument)
class SourceDocumentAdmin(SimpleHistoryAdmin):
    list_display = ("number", "doc_type", "issued_on", "issuer", "organisation")
    list_filter = ("organisation", "doc_type")
    search_fields = ("number", "summary")


@admin.register(AssignedTask)
class AssignedTaskAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "lead_unit", "deadline_text", "due_date", "completed_on", "organisation")
    list_filter = ("organisation", "category", "deadline_kind")
    search_fields = ("text", "deadline_text")
    raw_id_fields = ("source", "series", "briefing")


admin.site.register([Briefing, BriefingReport, Extension, ProgressUpdate], SimpleHistoryAdmin)
