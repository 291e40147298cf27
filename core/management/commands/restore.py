"""`manage.py restore FILE --yes`: replace the whole database with a backup made by `manage.py backup`."""
from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, backup_restore, read_manifest


class Command(BaseCommand):
    help = "Khôi phục từ bản sao lưu: XÓA TOÀN BỘ dữ liệu hiện có rồi nạp lại từ tệp (cần --yes)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="tệp zip do `manage.py backup` tạo")
        parser.add_argument("--yes", action="store_true", help="xác nhận xóa toàn bộ dữ liệu hiện có")

    def handle(self, *args, file, yes=False, **options):
        try:
            manifest = read_manifest(file)
            if not yes:
                raise CommandError(
                    f"Khôi phục sẽ XÓA TOÀN BỘ dữ liệu hiện có và thay bằng bản sao lưu lúc {manifest['created_at']}. "
                    "Chạy lại với --yes để xác nhận."
                )
            backup_restore(path=file, stdout=self.stdout)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
