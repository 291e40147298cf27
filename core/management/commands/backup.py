"""`manage.py backup [--out FILE]`: one zip with all data (history, users included) and the media files."""
import datetime as dt
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from core.backup import backup_create


class Command(BaseCommand):
    help = "Sao lưu toàn bộ dữ liệu (kể cả lịch sử thay đổi, tài khoản) và tệp đính kèm vào một tệp zip."

    def add_arguments(self, parser):
        parser.add_argument("--out", help="tệp zip sẽ ghi (mặc định var/backups/sokhcn-YYYYMMDD-HHMMSS.zip)")

    def handle(self, *args, out=None, **options):
        path = Path(out) if out else Path(settings.VAR_DIR) / "backups" / f"sokhcn-{dt.datetime.now():%Y%m%d-%H%M%S}.zip"
        manifest = backup_create(path=path)
        self.stdout.write(self.style.SUCCESS(
            f"Đã sao lưu {sum(manifest['counts'].values())} bản ghi và {len(manifest['media'])} tệp vào {path}"
        ))
