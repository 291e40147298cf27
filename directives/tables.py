"""Tables of the directives lists; their columns are what the CSV/XLSX export writes."""
import django_tables2 as tables
from django.utils import timezone
from django.utils.html import format_html

from directives.choices import STATUS_BADGES, TaskStatus
from directives.models import AssignedTask, Briefing, SourceDocument


class AssignedTaskTable(tables.Table):
    select = tables.CheckBoxColumn(accessor="pk", exclude_from_export=True, attrs={
        "th__input": {"id": "select-all", "data-check-all": "input[name=tasks]"}, "td__input": {"name": "tasks", "form": "bulk-form"}})
    text = tables.Column(linkify=True, verbose_name="Nội dung nhiệm vụ", attrs={"td": {"class": "task-text"}})
    source = tables.Column(verbose_name="Văn bản giao", order_by=("source__issued_on",))
    lead_unit = tables.Column(verbose_name="Đơn vị chủ trì", order_by=("lead_unit__display_order",))
    deadline_text = tables.Column(verbose_name="Thời hạn", orderable=False)
    due_date = tables.Column(verbose_name="Hạn xử lý", accessor="due_date")
    status = tables.Column(verbose_name="Trạng thái", accessor="pk", orderable=False)
    completed_on = tables.DateColumn(format="d/m/Y", verbose_name="Hoàn thành")

    def __init__(self, *args, as_of=None, soon_days=7, **kwargs):
        self.as_of = as_of or timezone.localdate()
        self.soon_days = soon_days
        super().__init__(*args, **kwargs)

    class Meta:
        model = AssignedTask
        fields = ("select", "text", "source", "lead_unit", "deadline_text", "due_date", "status", "completed_on")
        order_by = ("due_date",)
        attrs = {"id": "task-table", "class": "table table-sm table-hover align-middle"}

    def render_due_date(self, record):
        deadline = record.effective_deadline(self.as_of)
        text = deadline.strftime("%d/%m/%Y") if deadline else "—"
        if record.extended_to and deadline == record.extended_to:
            return format_html('{} <span class="badge text-bg-info" title="Đã gia hạn">GH</span>', text)
        return text

    def value_due_date(self, record):
        deadline = record.effective_deadline(self.as_of)
        return deadline.strftime("%d/%m/%Y") if deadline else ""

    def render_deadline_text(self, record, value):
        if record.deadline_unparsed:
            return format_html('<span class="text-danger" title="Thời hạn chưa hiểu được">⚠ {}</span>', value)
        if record.is_series:
            return format_html('<span class="badge text-bg-secondary">Định kỳ</span> {}', value)
        return value

    def _status(self, record):
        return record.status_on(self.as_of, self.soon_days)

    def render_status(self, record):
        status = self._status(record)
        return format_html('<span class="badge text-bg-{}">{}</span>', STATUS_BADGES.get(status, "secondary"),
                           TaskStatus(status).label)

    def value_status(self, record):
        return TaskStatus(self._status(record)).label

    def value_text(self, record):
        return record.text


class SourceDocumentTable(tables.Table):
    number = tables.Column(linkify=True, verbose_name="Số, ký hiệu")
    issued_on = tables.DateColumn(format="d/m/Y", verbose_name="Ngày")

    class Meta:
        model = SourceDocument
        fields = ("doc_type", "number", "issued_on", "issuer", "summary")
        order_by = ("-issued_on",)

    def render_number(self, record, value):
        return value or "(chưa có số)"


class BriefingTable(tables.Table):
    title = tables.Column(linkify=True, verbose_name="Hội nghị", accessor="pk")
    held_on = tables.DateColumn(format="d/m/Y", verbose_name="Ngày họp")

    class Meta:
        model = Briefing
        fields = ("title", "held_on", "chair")
        order_by = ("-held_on",)

    def render_title(self, record):
        return str(record)
