"""python manage.py import_directives --org quang-tri tasks.xlsx [--dry-run]"""
from django.core.management.base import BaseCommand

from core.importing import run_import_command
from directives.importers import DirectiveImporter


class Command(BaseCommand):
    help = "Nhập nhiệm vụ được giao từ tệp CSV hoặc XLSX (có lỗi ở bất kỳ dòng nào thì không lưu dòng nào)."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--org", required=True, help="Mã tổ chức, ví dụ quang-tri")
        parser.add_argument("--dry-run", action="store_true", help="Chỉ kiểm tra, không lưu")

    def handle(self, *args, file, org, dry_run=False, **options):
        run_import_command(self, DirectiveImporter, organisation_code=org, path=file, dry_run=dry_run)
