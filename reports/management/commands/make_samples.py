"""python manage.py make_samples: sample reports of the demo organisations in docs/samples/ (docx, pdf, PNG of page 1)."""
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from core.documents.convert import ConversionUnavailable, pdf_to_png_pages

SAMPLES = [
    ("quang-tri", ["--kind", "6thang", "--year", "2023"]),
    ("bac-kan", ["--kind", "9thang", "--year", "2023"]),
    ("ninh-thuan", ["--kind", "thang", "--period", "2024-01"]),
]


class Command(BaseCommand):
    help = "Ghi báo cáo mẫu của các Sở demo vào docs/samples/ (.docx, .pdf, .xlsx và ảnh PNG trang 1)."

    def add_arguments(self, parser):
        parser.add_argument("--out", default=str(Path(settings.BASE_DIR) / "docs" / "samples"))

    def handle(self, *args, **options):
        out = Path(options["out"])
        out.mkdir(parents=True, exist_ok=True)
        for code, arguments in SAMPLES:
            target = out / f"{code}-{arguments[1]}.docx"
            try:
                call_command("make_report", "--org", code, *arguments, "--out", str(target), "--pdf", "--xlsx",
                             stdout=self.stdout)
            except Exception as exc:  # noqa: BLE001 - report and go on with the next sample
                self.stderr.write(f"{code}: {exc}")
                continue
            try:
                png = pdf_to_png_pages(target.with_suffix(".pdf").read_bytes(), resolution=60, last=1)[0]
                target.with_name(target.stem + "-trang-1.png").write_bytes(png)
            except ConversionUnavailable as exc:
                self.stderr.write(str(exc))
