"""`manage.py sciencetask_yearstats --org bac-kan --year 2023 --to 2023-09-30 --json`: the yearly figures."""
import datetime as dt
import json

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder

from core.models import Organisation
from sciencetasks.choices import (
    FIGURE_LABELS, CouncilKind, ExtensionKind, Field, Grade, InspectionKind, Level, MoneyKind, State,
)
from sciencetasks.selectors import year_details, year_stats

LABELS = {**dict(Level.choices), **dict(Field.choices), **dict(Grade.choices), **dict(State.choices),
          **dict(InspectionKind.choices), **dict(ExtensionKind.choices), **dict(CouncilKind.choices),
          **dict(MoneyKind.choices)}


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"Ngày không hợp lệ: “{value}” (định dạng YYYY-MM-DD).") from None


class Command(BaseCommand):
    help = "In số liệu nhiệm vụ KH&CN của một năm (đến một ngày), tính từ dữ liệu đã ghi nhận."

    def add_arguments(self, parser):
        parser.add_argument("--org", required=True, help="Mã tổ chức, ví dụ bac-kan")
        parser.add_argument("--year", type=int, required=True)
        parser.add_argument("--to", dest="date_to", help="Đến ngày (YYYY-MM-DD), mặc định 31/12 của năm")
        parser.add_argument("--from", dest="date_from", help="Từ ngày (YYYY-MM-DD) cho các sự kiện, mặc định 01/01")
        parser.add_argument("--json", action="store_true", help="In JSON")
        parser.add_argument("--details", action="store_true", help="Kèm danh sách chi tiết (nghiệm thu, gia hạn…)")

    def handle(self, *args, org, year, date_to=None, date_from=None, details=False, **options):
        organisation = Organisation.objects.filter(code=org).first()
        if organisation is None:
            raise CommandError(f"Không tìm thấy tổ chức có mã “{org}”.")
        date_to = _date(date_to) if date_to else None
        date_from = _date(date_from) if date_from else None
        if date_to and date_from and date_to < date_from:
            raise CommandError("Ngày kết thúc phải sau ngày bắt đầu.")
        stats = year_stats(organisation=organisation, year=year, date_to=date_to, date_from=date_from)
        if details:
            stats["details"] = year_details(organisation=organisation, year=year, date_to=date_to, date_from=date_from)
        if options.get("json"):
            self.stdout.write(json.dumps(stats, ensure_ascii=False, indent=2, cls=DjangoJSONEncoder))
            return
        self.stdout.write(f"{organisation.name} — năm {year} (đến {stats['date_to']})")
        for key, value in stats.items():
            if key in ("organisation", "year", "date_to", "date_from", "details"):
                continue
            label = f"{FIGURE_LABELS.get(key, key)} ({key})"
            if isinstance(value, dict):
                text = ", ".join(f"{LABELS.get(k, k)}: {v}" for k, v in value.items()) or "—"
                self.stdout.write(f"  {label}: {text}")
            else:
                self.stdout.write(f"  {label}: {value}")
