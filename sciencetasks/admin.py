"""Django admin for S&T tasks: a fallback for administrators; everyday work goes through the screens and services.

SimpleHistoryAdmin shows each record's audit trail. Every write goes through the services (the write gate, their
rules and domain events live there), so the admin pages are read-only lists for finding and checking records.
"""
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Council, CouncilMember, MoneyEntry, ScienceTask, TaskDocument, TaskStep


class ReadOnlyAdmin(SimpleHistoryAdmin):
    """Look, never write: the admin would skip the write gate and the services' rules."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class TaskStepInline(admin.TabularInline):
    model = TaskStep
    fields = ("date", "kind", "from_state", "to_state", "decision_number", "decision_date", "grade",
              "certificate_number", "actor")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(ScienceTask)
class ScienceTaskAdmin(ReadOnlyAdmin):
    list_display = ("code", "short_name", "level", "field", "start_year", "state", "grade", "organisation")
    list_filter = ("organisation", "level", "field", "state", "start_year", "coordinated_only")
    search_fields = ("code", "title", "short_name", "host_organisation", "leader_name")
    raw_id_fields = ("managing_unit", "officer")
    readonly_fields = ("state", "state_since", "search_text")
    inlines = [TaskStepInline]


@admin.register(TaskStep)
class TaskStepAdmin(ReadOnlyAdmin):
    list_display = ("task", "kind", "date", "from_state", "to_state", "decision_number", "organisation")
    list_filter = ("organisation", "kind", "to_state")
    search_fields = ("task__code", "task__short_name", "decision_number", "certificate_number", "note")
    raw_id_fields = ("task", "actor", "council")
    date_hierarchy = "date"


class CouncilMemberInline(admin.TabularInline):
    model = CouncilMember
    fields = ("display_order", "full_name", "academic_title", "workplace", "role", "score", "evaluation")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Council)
class CouncilAdmin(ReadOnlyAdmin):
    list_display = ("name", "kind", "decision_number", "meeting_date", "grade", "organisation")
    list_filter = ("organisation", "kind")
    search_fields = ("name", "decision_number", "conclusion")
    raw_id_fields = ("managing_unit",)
    filter_horizontal = ("tasks",)
    readonly_fields = ("search_text",)
    inlines = [CouncilMemberInline]


@admin.register(CouncilMember)
class CouncilMemberAdmin(ReadOnlyAdmin):
    list_display = ("full_name", "role", "workplace", "council", "score", "organisation")
    list_filter = ("organisation", "role")
    search_fields = ("full_name", "workplace", "council__name")
    raw_id_fields = ("council",)


@admin.register(MoneyEntry)
class MoneyEntryAdmin(ReadOnlyAdmin):
    list_display = ("task", "kind", "tranche", "date", "amount", "settle_by", "organisation")
    list_filter = ("organisation", "kind", "budget_year")
    search_fields = ("task__code", "task__short_name", "document_number", "note")
    raw_id_fields = ("task",)
    date_hierarchy = "date"


@admin.register(TaskDocument)
class TaskDocumentAdmin(ReadOnlyAdmin):
    list_display = ("title", "number", "date", "task", "organisation")
    list_filter = ("organisation",)
    search_fields = ("title", "number", "task__code")
    raw_id_fields = ("task",)
