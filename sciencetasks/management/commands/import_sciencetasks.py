"""`manage.py import_sciencetasks --org CODE FILE [--dry-run]`: import a task list (all rows or none)."""
from django.core.management.base import BaseCommand

from core.importing import run_import_command
from sciencetasks.importing import ScienceTaskImporter


class Command(BaseCommand):
    help = "Nhập danh sách nhiệm vụ KH&CN từ tệp .xlsx/.csv (một dòng lỗi thì không lưu dòng nào)."

    def add_arguments(self, parser):
        parser.add_argument("--org", required=True, help="Mã tổ chức, ví dụ quang-tri")
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ kiểm tra, không lưu")

    def handle(self, *args, org, file, dry_run=False, **options):
        run_import_command(self, ScienceTaskImporter, organisation_code=org, path=file, dry_run=dry_run)
