"""python manage.py make_report --org quang-tri --kind 6thang --year 2023 --out bao-cao.docx [--pdf] [--xlsx]

Weekly: --kind tuan --year 2025 --week 7 (or --period 2025-W07). Ad hoc ("phục vụ kỳ họp HĐND"): --kind dotxuat
--from 01/01/2023 --to 15/06/2023 [--label "6 tháng đầu năm 2023"] [--subtitle "Báo cáo phục vụ kỳ họp …"].
"""
import datetime as dt
import re
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.documents.convert import ConversionUnavailable, docx_to_pdf
from core.models import Organisation
from core.permissions import system_membership
from reports import services
from reports.choices import ReportKind


class Command(BaseCommand):
    help = "Lập báo cáo định kỳ (.docx, tùy chọn PDF và XLSX phụ lục) từ dữ liệu của một Sở."

    def add_arguments(self, parser):
        parser.add_argument("--org", required=True, help="Mã tổ chức, ví dụ quang-tri")
        parser.add_argument("--kind", required=True, choices=ReportKind.values)
        parser.add_argument("--period", help="Tháng YYYY-MM (báo cáo tháng) hoặc tuần YYYY-Www (báo cáo tuần)")
        parser.add_argument("--year", type=int)
        parser.add_argument("--quarter", type=int)
        parser.add_argument("--week", type=int)
        parser.add_argument("--from", dest="date_from", help="Báo cáo đột xuất: từ ngày dd/mm/yyyy")
        parser.add_argument("--to", dest="date_to", help="Báo cáo đột xuất: đến ngày dd/mm/yyyy")
        parser.add_argument("--label", default="", help="Báo cáo đột xuất: tên kỳ (6 tháng đầu năm 2023)")
        parser.add_argument("--subtitle", default="", help="Dòng ghi chú dưới trích yếu")
        parser.add_argument("--out", required=True, help="Tệp .docx cần ghi")
        parser.add_argument("--pdf", action="store_true", help="Ghi thêm bản PDF (LibreOffice)")
        parser.add_argument("--xlsx", action="store_true", help="Ghi thêm các bảng phụ lục ra .xlsx")
        parser.add_argument("--save", action="store_true", help="Lưu báo cáo (bản nháp) vào hệ thống")

    def handle(self, *args, **options):
        organisation = Organisation.objects.filter(code=options["org"]).first()
        if organisation is None:
            raise CommandError(f"Không có tổ chức mã \"{options['org']}\".")
        kind = options["kind"]
        year, month, week = options["year"], None, options["week"]
        if options["period"]:
            match = re.fullmatch(r"(\d{4})-(\d{1,2})", options["period"])
            week_match = re.fullmatch(r"(\d{4})-W(\d{1,2})", options["period"], flags=re.IGNORECASE)
            if match:
                year, month = int(match.group(1)), int(match.group(2))
            elif week_match:
                year, week = int(week_match.group(1)), int(week_match.group(2))
            else:
                raise CommandError("--period phải có dạng YYYY-MM (ví dụ 2024-01) hoặc YYYY-Www (ví dụ 2025-W07).")
        date_from, date_to = _date(options["date_from"], "--from"), _date(options["date_to"], "--to")
        if kind == ReportKind.ADHOC:
            if not date_from or not date_to:
                raise CommandError("Báo cáo đột xuất cần --from và --to (dd/mm/yyyy).")
        elif year is None:
            raise CommandError("Cần --period YYYY-MM hoặc --year YYYY.")
        if kind == ReportKind.MONTHLY and month is None:
            raise CommandError("Báo cáo tháng cần --period YYYY-MM.")
        if kind == ReportKind.QUARTERLY and not options["quarter"]:
            raise CommandError("Báo cáo quý cần --quarter 1..4.")
        if kind == ReportKind.WEEKLY and not week:
            raise CommandError("Báo cáo tuần cần --week N hoặc --period YYYY-Www.")
        try:
            period = services.period_for(organisation, kind, year=year, month=month, quarter=options["quarter"],
                                         week=week, date_from=date_from, date_to=date_to, label=options["label"])
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        subtitle = options["subtitle"].strip()
        if subtitle and not subtitle.startswith("("):
            subtitle = f"({subtitle})"
        with transaction.atomic():
            report = services.report_create(actor=system_membership(organisation), kind=kind, period=period,
                                            subtitle=subtitle or None, allow_duplicate=not options["save"])
            content = services.compose(report)
            docx = services.render_content_docx(organisation, kind, content)
            if not options["save"]:
                transaction.set_rollback(True)
        out = Path(options["out"])
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(docx)
        self.stdout.write(f"{organisation.short_name}: {report} ({period.start:%d/%m/%Y}–{period.end:%d/%m/%Y}) → {out}")
        if options["xlsx"]:
            xlsx = out.with_suffix(".xlsx")
            xlsx.write_bytes(services.appendices_xlsx(content))
            self.stdout.write(f"  phụ lục → {xlsx}")
        if options["pdf"]:
            try:
                pdf = out.with_suffix(".pdf")
                pdf.write_bytes(docx_to_pdf(docx))
                self.stdout.write(f"  PDF → {pdf}")
            except ConversionUnavailable as exc:
                raise CommandError(str(exc)) from None


def _date(value, option):
    if not value:
        return None
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise CommandError(f"{option}: ngày \"{value}\" không hợp lệ (dd/mm/yyyy).")
