"""python manage.py directive_summary --org quang-tri --from 2023-01-01 --to 2023-06-30 [--unit NAME] [--json]"""
import datetime as dt


from django.core.management.base import BaseCommand, CommandError

from core.models import Organisation
from core.formatting import format_count
from directives.selectors import FIGURE_KEYS, directive_summary

LABELS = {
    "assigned": "Tổng số nhiệm vụ được giao",
    "completed": "Đã hoàn thành",
    "completed_late": "Đã hoàn thành nhưng quá hạn",
    "overdue_not_completed": "Quá hạn chưa hoàn thành",
    "in_progress": "Đang thực hiện (chưa đến hạn)",
    "cancelled": "Đã hủy (không tính)",
}


def parse_iso(value: str, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"{name}: ngày phải có dạng YYYY-MM-DD, nhận được “{value}”.") from None


class Command(BaseCommand):
    help = "Số liệu nhiệm vụ được giao trong một kỳ (Phụ lục IV): giao, hoàn thành, quá hạn…"

    def add_arguments(self, parser):
        parser.add_argument("--org", required=True)
        parser.add_argument("--from", dest="date_from", required=True)
        parser.add_argument("--to", dest="date_to", required=True)
        parser.add_argument("--unit", default=None, help="Tên hoặc tên viết tắt của đơn vị chủ trì")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, org, date_from, date_to, unit=None, json=False, **options):
        organisation = Organisation.objects.filter(code=org).first()
        if organisation is None:
            raise CommandError(f"Không tìm thấy tổ chức có mã “{org}”.")
        start, end = parse_iso(date_from, "--from"), parse_iso(date_to, "--to")
        if end < start:
            raise CommandError("--to phải sau --from.")
        try:
            summary = directive_summary(organisation=organisation, date_from=start, date_to=end, unit=unit)
        except LookupError as exc:
            raise CommandError(str(exc)) from None
        if json:
            import json as json_module

            self.stdout.write(json_module.dumps(summary, ensure_ascii=False, indent=1))
            return
        self.stdout.write(f"{organisation.name}: {start:%d/%m/%Y} – {end:%d/%m/%Y}" + (f" · {unit}" if unit else ""))
        for key in FIGURE_KEYS:
            self.stdout.write(f"  {LABELS[key]:<36} {format_count(summary[key])}")
        for item in summary["details"]["completed_late"]:
            self.stdout.write(f"  - Quá hạn đã hoàn thành: {item['source']} — hạn {item['deadline']}, "
                              f"xong {item['completed_on']}")
        for item in summary["details"]["overdue_not_completed"]:
            self.stdout.write(f"  - Quá hạn chưa hoàn thành: {item['source']} — hạn {item['deadline']}")


