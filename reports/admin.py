from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Report, ReportRule, ReportSection, ReportTemplate, ReportVersion


@admin.register(ReportRule)
class ReportRuleAdmin(SimpleHistoryAdmin):
    list_display = ("organisation", "kind", "period_rule", "signer_name", "symbol")
    list_filter = ("organisation", "kind")


@admin.register(Report)
class ReportAdmin(SimpleHistoryAdmin):
    list_display = ("organisation", "kind", "period_label", "status", "number", "issued_on")
    list_filter = ("organisation", "kind", "status")


@admin.register(ReportSection)
class ReportSectionAdmin(SimpleHistoryAdmin):
    list_display = ("report", "key", "unit")


@admin.register(ReportTemplate)
class ReportTemplateAdmin(SimpleHistoryAdmin):
    list_display = ("organisation", "name", "kind", "is_active", "created_at")
    exclude = ("content",)


@admin.register(ReportVersion)
class ReportVersionAdmin(admin.ModelAdmin):
    list_display = ("report", "number", "reason", "created_at")
    exclude = ("docx",)
