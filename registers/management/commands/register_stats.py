"""Print every register's figures for a period: `register_stats --org ninh-thuan --from 2023-12-15 --to 2024-01-14 --json`."""
import datetime as dt
import json

from django.core.management.base import BaseCommand, CommandError

from core.formatting import format_date
from core.models import Organisation
from registers.selectors import register_details, register_stats


def _date(value: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise CommandError(f"Ngày không hợp lệ: “{value}” (dùng YYYY-MM-DD hoặc dd/mm/yyyy).")


class Command(BaseCommand):
    help = "Số liệu của các sổ theo dõi trong một kỳ báo cáo."

    def add_arguments(self, parser):
        parser.add_argument("--org", required=True, help="Mã tổ chức, ví dụ ninh-thuan")
        parser.add_argument("--from", dest="date_from", required=True)
        parser.add_argument("--to", dest="date_to", required=True)
        parser.add_argument("--json", action="store_true", help="In JSON")
        parser.add_argument("--details", action="store_true", help="Kèm danh sách chi tiết (chú thích báo cáo)")

    def handle(self, *args, org, date_from, date_to, json: bool = False, details: bool = False, **options):
        organisation = Organisation.objects.filter(code=org).first()
        if organisation is None:
            raise CommandError(f"Không tìm thấy tổ chức có mã “{org}”.")
        start, end = _date(date_from), _date(date_to)
        if end < start:
            raise CommandError("Ngày kết thúc phải sau ngày bắt đầu.")
        stats = register_stats(organisation=organisation, date_from=start, date_to=end)
        if details:
            stats["details"] = register_details(organisation=organisation, date_from=start, date_to=end)
        if json:
            self.stdout.write(_json_dumps(stats))
            return
        self.stdout.write(f"{organisation} — từ {format_date(start)} đến {format_date(end)}")
        for key, value in stats.items():
            if key != "details":
                self.stdout.write(f"  {key:<34} {value}")


def _json_dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)
