"""python manage.py export_directives --org quang-tri [--from 2023-01-01 --to 2023-06-30] --json"""


from django.core.management.base import BaseCommand, CommandError

from core.models import Organisation
from directives.management.commands.directive_summary import parse_iso
from directives.selectors import export_rows


class Command(BaseCommand):
    help = "Xuất nhiệm vụ được giao (trong một kỳ nếu có --from/--to) ra JSON hoặc CSV."

    def add_arguments(self, parser):
        parser.add_argument("--org", required=True)
        parser.add_argument("--from", dest="date_from")
        parser.add_argument("--to", dest="date_to")
        parser.add_argument("--json", action="store_true", help="JSON (mặc định: CSV)")

    def handle(self, *args, org, date_from=None, date_to=None, json=False, **options):
        organisation = Organisation.objects.filter(code=org).first()
        if organisation is None:
            raise CommandError(f"Không tìm thấy tổ chức có mã “{org}”.")
        if bool(date_from) != bool(date_to):
            raise CommandError("Cần cả --from và --to.")
        start = parse_iso(date_from, "--from") if date_from else None
        end = parse_iso(date_to, "--to") if date_to else None
        rows = export_rows(organisation=organisation, date_from=start, date_to=end)
        if json:
            import json as json_module

            self.stdout.write(json_module.dumps(rows, ensure_ascii=False, indent=1))
            return
        import csv

        from core.exports import safe_cell

        if not rows:
            return
        writer = csv.DictWriter(self.stdout, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: safe_cell("; ".join(v) if isinstance(v, list) else v) for k, v in row.items()})


