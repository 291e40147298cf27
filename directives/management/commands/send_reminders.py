"""python manage.py send_reminders [--org CODE] [--today YYYY-MM-DD] [--dry-run]

One e-mail per unit: the digest items every app offers (`<app>/reminders.py: digest_items`), in Vietnamese, with
absolute links (`SITE_URL`). Sent to the unit's address, or else to its active members' addresses. What was sent is
recorded (`core.ReminderLog`): run twice on one day, it sends only items not yet sent that day (usually nothing).
Run it daily from a systemd timer (docs/deploy.md).
"""
import datetime as dt

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.html import escape

from core.formatting import format_date
from core.models import Membership, Organisation, ReminderLog, Unit
from core.registry import app_modules

KIND_LABELS = {
    "overdue": "Quá hạn", "due_soon": "Sắp đến hạn",
    # S&T tasks (sciencetasks/reminders.py)
    "contract_ending": "Hợp đồng sắp kết thúc", "acceptance_due": "Đến hạn nghiệm thu",
    "dossier_due": "Hạn nộp hồ sơ", "progress_report_due": "Báo cáo tiến độ", "extension_expiring": "Hết gia hạn",
    "council_to_convene": "Họp hội đồng", "advance_unsettled": "Tạm ứng chưa thanh toán",
}
# Items in this order: what is late first.
KIND_ORDER = ["overdue", "acceptance_due", "advance_unsettled", "due_soon"]


def unit_recipients(unit) -> list[str]:
    if unit.email:
        return [unit.email]
    emails = Membership.objects.filter(unit=unit, is_active=True).exclude(user__email="").values_list(
        "user__email", flat=True)
    return sorted(set(emails))


def item_key(item) -> str:
    """What makes an item the same item on a later run of the same day: its kind and its page."""
    return f"{item.get('kind', '')}:{item['url']}"[:300]


def absolute(base_url: str, url: str) -> str:
    return url if url.startswith(("http://", "https://")) else f"{base_url}{url}"


def _label(item) -> str:
    return KIND_LABELS.get(item.get("kind"), "Cần xử lý")


def sort_items(items) -> list[dict]:
    def order(item):
        kind = item.get("kind")
        return (KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER), item.get("due") is None,
                item.get("due") or dt.date.max)

    return sorted(items, key=order)


def digest_text(unit, items, base_url: str) -> str:
    lines = [f"Kính gửi {unit.name},", "", "Hệ thống nhắc các việc cần xử lý:", ""]
    for item in items:
        due = format_date(item.get("due")) if item.get("due") else ""
        lines.append(f"- [{_label(item)}] {item['title']}" + (f" — hạn {due}" if due else "")
                     + f"\n  {absolute(base_url, item['url'])}")
    lines += ["", "Thư này được gửi tự động từ hệ thống sokhcn; mỗi việc được nhắc không quá một lần mỗi ngày."]
    return "\n".join(lines)


def digest_html(unit, items, base_url: str) -> str:
    rows = []
    for item in items:
        due = format_date(item.get("due")) if item.get("due") else ""
        rows.append(f"<li><strong>{escape(_label(item))}</strong>: <a href=\"{escape(absolute(base_url, item['url']))}\">"
                    f"{escape(item['title'])}</a>" + (f" — hạn {escape(due)}" if due else "") + "</li>")
    return (f"<p>Kính gửi {escape(unit.name)},</p><p>Hệ thống nhắc các việc cần xử lý:</p><ul>{''.join(rows)}</ul>"
            "<p><small>Thư này được gửi tự động từ hệ thống sokhcn.</small></p>")


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
            already = set(ReminderLog.objects.filter(unit=unit, day=day).values_list("item_key", flat=True))
            items = sort_items(item for item in items if item_key(item) not in already)
            if not items:
                continue
            recipients = unit_recipients(unit)
            if not recipients:
                self.stderr.write(f"{unit.organisation.code}/{unit.code}: không có địa chỉ thư, bỏ qua {len(items)} mục.")
                continue
            subject = f"[{unit.organisation.short_name}] Nhắc việc ngày {format_date(day)}: {len(items)} mục"
            if not dry_run and not self.send(unit, day, items, subject, recipients, base_url):
                continue
            sent += 1
            self.stdout.write(f"{unit.organisation.code}/{unit.code}: {len(items)} mục → {', '.join(recipients)}")
        self.stdout.write(f"Đã gửi {sent} thư." if not dry_run else f"Chạy thử: {sent} thư sẽ được gửi.")

    def send(self, unit, day, items, subject, recipients, base_url) -> bool:
        """Record the items, then send; a failed send records nothing (the next run tries again)."""
        try:
            with transaction.atomic():
                ReminderLog.objects.bulk_create([
                    ReminderLog(organisation_id=unit.organisation_id, unit=unit, day=day, item_key=item_key(item),
                                recipients=", ".join(recipients)[:500])
                    for item in items
                ])
                message = EmailMultiAlternatives(subject, digest_text(unit, items, base_url),
                                                 settings.DEFAULT_FROM_EMAIL, recipients)
                message.attach_alternative(digest_html(unit, items, base_url), "text/html")
                message.send()
        except IntegrityError:  # another run of the same day recorded them first: it sends them
            return False
        except OSError as error:  # SMTP server down or refusing: say so, keep going with the other units
            self.stderr.write(f"{unit.organisation.code}/{unit.code}: không gửi được thư ({error}).")
            return False
        return True
