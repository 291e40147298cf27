"""Load the demo data of every app (organisations first), then the rolling layer dated from today.

Running it twice on the same day changes nothing.
"""
from django.core.management.base import BaseCommand
from django.utils import timezone

from core.demo import DEMO_PASSWORD, demo_accounts
from core.registry import app_modules


class Command(BaseCommand):
    help = "Nạp dữ liệu mẫu từ các văn bản mẫu (chạy lại nhiều lần không thay đổi gì)."

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true")

    def handle(self, *args, quiet=False, **options):
        for module in app_modules("demo"):
            if not quiet:
                self.stdout.write(f"Dữ liệu mẫu: {module.__name__}")
            module.load(stdout=None if quiet else self.stdout)
        from core.management.commands.rebuild_search_text import rebuild_search_text

        rebuild_search_text()  # rows loaded before the search text learnt the marks
        today = timezone.localdate()
        for module in app_modules("demo_live"):
            module.load(today=today, stdout=None if quiet else self.stdout)
        if quiet:
            return
        self.stdout.write(self.style.SUCCESS("\nTài khoản dùng thử (mật khẩu chung: %s):" % DEMO_PASSWORD))
        for username, who, organisation in demo_accounts():
            self.stdout.write(f"  {username:<18} {who} ({organisation})")
