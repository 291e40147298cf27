"""django-tables2 tables for the core lists; columns are what the CSV/XLSX export writes."""
import django_tables2 as tables

from core.models import Membership, Unit


class UnitTable(tables.Table):
    name = tables.Column(linkify=True, verbose_name="Tên đơn vị")
    abbreviation = tables.Column(verbose_name="Viết tắt")
    kind = tables.Column(verbose_name="Loại")
    parent = tables.Column(verbose_name="Cấp trên")
    valid_from = tables.DateColumn(format="d/m/Y", verbose_name="Từ ngày")
    valid_to = tables.DateColumn(format="d/m/Y", verbose_name="Đến ngày")

    class Meta:
        model = Unit
        fields = ("display_order", "name", "short_name", "abbreviation", "kind", "parent", "valid_from", "valid_to")
        order_by = ("display_order",)


class MembershipTable(tables.Table):
    full_name = tables.Column(
        accessor="user__full_name", linkify=lambda record: record.get_absolute_url(), verbose_name="Họ và tên",
        order_by=("user__full_name",),
    )
    username = tables.Column(accessor="user__username", verbose_name="Tên đăng nhập")
    roles = tables.Column(accessor="role_labels", verbose_name="Vai trò", orderable=False)

    class Meta:
        model = Membership
        fields = ("full_name", "username", "position", "unit", "roles", "is_active")
        order_by = ("display_order",)


class YearColumn(tables.Column):
    """A year: 2025, not the localised 2.025 an integer column prints."""

    def render(self, value):
        from core.formatting import format_year

        return format_year(value)

    def value(self, value):
        return value
