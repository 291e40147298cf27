"""python manage.py clean_imports [--hours 24]: delete uploaded import files never confirmed nor cancelled."""
from django.core.management.base import BaseCommand

from core.importing import STALE_AFTER_HOURS, purge_stale_uploads


class Command(BaseCommand):
    help = "Xóa các tệp nhập dữ liệu đã tải lên nhưng không được xác nhận hay hủy (mặc định: cũ hơn 24 giờ)."

    def add_arguments(self, parser):
        parser.add_argument("--hours", type=float, default=STALE_AFTER_HOURS)

    def handle(self, *args, hours, **options):
        removed = purge_stale_uploads(max_age_hours=hours)
        self.stdout.write(f"Đã xóa {removed} tệp nhập dữ liệu bỏ dở.")
