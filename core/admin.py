from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from simple_history.admin import SimpleHistoryAdmin

from core.models import DomainEvent, Membership, Organisation, Unit, User


@admin.register(User)
class SokhcnUserAdmin(UserAdmin):
    fieldsets = UserAdmin.fieldsets + (("sokhcn", {"fields": ("full_name", "phone")}),)
    list_display = ("username", "full_name", "email", "is_staff")
    search_fields = ("username", "full_name", "email")


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ("code", "name", "province", "valid_from", "valid_to", "superseded_by")
    search_fields = ("code", "name", "province")


@admin.register(Unit)
class UnitAdmin(SimpleHistoryAdmin):
    list_display = ("name", "organisation", "kind", "abbreviation", "display_order")
    list_filter = ("organisation", "kind")
    search_fields = ("name", "abbreviation")


@admin.register(Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ("user", "organisation", "unit", "position", "is_active")
    list_filter = ("organisation",)


@admin.register(DomainEvent)
class DomainEventAdmin(admin.ModelAdmin):
    list_display = ("kind", "organisation", "occurred_at", "actor")
    list_filter = ("kind", "organisation")
