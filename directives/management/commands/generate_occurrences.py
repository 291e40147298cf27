"""python manage.py generate_occurrences [--org CODE] [--today YYYY-MM-DD] [--until YYYY-MM-DD]

Creates the next occurrences of every running recurring task (weekly/monthly reports…) up to the horizon
(`directives.occurrence_horizon_days`, 60 days by default). `send_reminders` does the same before it sends, so the
daily cron job needs only one of them; running it twice creates nothing new.
"""
import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from core.models import Organisation
from core.permissions import system_membership
from directives import services


def parse_iso(value, option):
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        raise CommandError(f"{option} phải có dạng YYYY-MM-DD.") from None


class Command(BaseCommand):
    help = "Tạo các kỳ tiếp theo của nhiệm vụ định kỳ (đến 60 ngày tới, hoặc --until)."

    def add_arguments(self, parser):
        parser.add_argument("--org", help="Chỉ một tổ chức (mã)")
        parser.add_argument("--today", help="Ngày tính (YYYY-MM-DD), mặc định hôm nay")
        parser.add_argument("--until", help="Tạo đến ngày (YYYY-MM-DD), mặc định hôm nay + 60 ngày")

    def handle(self, *args, org=None, today=None, until=None, **options):
        day = parse_iso(today, "--today") or timezone.localdate()
        until_day = parse_iso(until, "--until")
        if until_day and until_day < day:
            raise CommandError("--until phải sau --today.")
        organisations = Organisation.objects.order_by("code")
        if org:
            organisations = organisations.filter(code=org)
            if not organisations.exists():
                raise CommandError(f"Không tìm thấy tổ chức có mã “{org}”.")
        total = 0
        for organisation in organisations:
            created = services.series_extend_all(actor=system_membership(organisation), today=day, until=until_day)
            if created:
                self.stdout.write(f"{organisation.code}: {created} kỳ nhiệm vụ định kỳ mới")
            total += created
        self.stdout.write(f"Đã tạo {total} kỳ nhiệm vụ định kỳ.")
