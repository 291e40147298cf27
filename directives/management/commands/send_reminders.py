"""python manage.py send_reminders [--org CODE] [--today YYYY-MM-DD] [--dry-run]

One e-mail per unit: the digest items every app offers (`<app>/reminders.py: digest_items`). Sent to the unit's
address, or else to its active members' addresses. Run it daily from cron or a systemd timer (docs/directives.md).
"""
import datetime as dt

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from core.formatting import format_date
from core.models import Membership, Organisation, Unit
from core.registry import app_modules

KIND_LABELS = {"overdue": "Quá hạn", "due_soon": "Sắp đến hạn"}


def unit_recipients(unit) -> list[str]:
    if unit.email:
        return [unit.email]
    emails = Membership.objects.filter(unit=unit, is_active=True).exclude(user__email="").values_list(
        "user__email", flat=True)
    return sorted(set(emails))


def digest_text(unit, items, base_url: str) -> str:
    lines = [f"Kính gửi {unit.name},", "", "Hệ thống nhắc các việc cần xử lý:", ""]
    for item in items:
        due = format_date(item.get("due")) if item.get("due") else ""
        label = KIND_LABELS.get(item.get("kind"), item.get("kind", ""))
        lines.append(f"- [{label}] {item['title']}" + (f" — hạn {due}" if due else "") + f"\n  {base_url}{item['url']}")
    lines += ["", "Thư này được gửi tự động từ hệ thống sokhcn."]
    return "\n".join(lines)


class Command(BaseCommand):
    help = "Gửi thư nhắc việc (sắp đến hạn, quá hạn) cho từng phòng, đơn vị."

    def add_arguments(self, parser):
        parser.add_argument("--org", help="Chỉ gửi cho một tổ chức")
        parser.add_argument("--today", help="Ngày tính (YYYY-MM-DD), mặc định hôm nay")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, org=None, today=None, dry_run=False, **options):
        try:
            day = dt.date.fromisoformat(today) if today else timezone.localdate()
        except ValueError:
            raise CommandError("--today phải có dạng YYYY-MM-DD.") from None
        organisations = Organisation.objects.all()
        if org:
            organisations = organisations.filter(code=org)
            if not organisations.exists():
                raise CommandError(f"Không tìm thấy tổ chức có mã “{org}”.")
        if not dry_run:  # recurring tasks: the next occurrences first, so that they can be reminded of
            from core.permissions import system_membership
            from directives.services import series_extend_all

            for organisation in organisations:
                created = series_extend_all(actor=system_membership(organisation), today=day)
                if created:
                    self.stdout.write(f"{organisation.code}: {created} kỳ nhiệm vụ định kỳ mới")
        base_url = getattr(settings, "SITE_URL", "").rstrip("/")
        modules = list(app_modules("reminders"))
        sent = 0
        for unit in Unit.objects.filter(organisation__in=organisations).active_on(day).select_related("organisation"):
            items = []
            for module in modules:
                items.extend(module.digest_items(unit=unit, today=day))
            if not items:
                continue
            recipients = unit_recipients(unit)
            if not recipients:
                self.stderr.write(f"{unit.organisation.code}/{unit.code}: không có địa chỉ thư, bỏ qua {len(items)} mục.")
                continue
            subject = f"[{unit.organisation.short_name}] Nhắc việc ngày {format_date(day)}: {len(items)} mục"
            if not dry_run:
                send_mail(subject, digest_text(unit, items, base_url), settings.DEFAULT_FROM_EMAIL, recipients)
            sent += 1
            self.stdout.write(f"{unit.organisation.code}/{unit.code}: {len(items)} mục → {', '.join(recipients)}")
        self.stdout.write(f"Đã gửi {sent} thư." if not dry_run else f"Chạy thử: {sent} thư sẽ được gửi.")
