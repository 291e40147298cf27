"""django-tables2 tables; their columns are what the CSV/XLSX export writes."""
import django_tables2 as tables

from core.tables import YearColumn

from .models import Council, ScienceTask


class ScienceTaskTable(tables.Table):
    code = tables.Column(linkify=True, verbose_name="Mã")
    short_name = tables.Column(verbose_name="Tên ngắn", empty_values=(), order_by=("short_name", "title"))
    title = tables.Column(verbose_name="Tên nhiệm vụ", attrs={"td": {"class": "small"}})
    level = tables.Column(verbose_name="Cấp")
    field = tables.Column(verbose_name="Lĩnh vực")
    host_organisation = tables.Column(verbose_name="Tổ chức chủ trì")
    leader_name = tables.Column(verbose_name="Chủ nhiệm")
    start_year = YearColumn(verbose_name="Từ năm")
    end = tables.DateColumn(accessor="end_date", format="d/m/Y", verbose_name="Kết thúc", orderable=False)
    budget_total = tables.Column(verbose_name="Kinh phí (đồng)")
    state = tables.Column(verbose_name="Trạng thái")
    grade = tables.Column(verbose_name="Xếp loại")

    class Meta:
        model = ScienceTask
        fields = ("code", "short_name", "title", "level", "field", "host_organisation", "leader_name", "start_year",
                  "end", "budget_total", "state", "grade")
        order_by = ("-start_year", "code")

    def render_short_name(self, record):
        return record.short_name or "—"

    def render_budget_total(self, value):
        return f"{value:,}".replace(",", ".")


class CouncilTable(tables.Table):
    name = tables.Column(linkify=True, verbose_name="Hội đồng")
    kind = tables.Column(verbose_name="Loại")
    decision_number = tables.Column(verbose_name="Quyết định")
    meeting_date = tables.DateColumn(format="d/m/Y", verbose_name="Ngày họp")
    task_count = tables.Column(verbose_name="Số nhiệm vụ")
    grade = tables.Column(verbose_name="Xếp loại")

    class Meta:
        model = Council
        fields = ("name", "kind", "decision_number", "meeting_date", "task_count", "grade")
