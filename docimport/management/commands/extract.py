"""`python manage.py extract FILE --json [--org CODE] [--verbose]`: read a .docx/.pdf/.txt and print what it says.

`--json` prints exactly the issue's schema; `--verbose` adds the document metadata and the extras of every item
(spans, leader, source, completion date, matched unit). FILE may be a directory: with `--out DIR` one JSON file
per document is written there (the input of `scripts/eval_extract.py PRED_DIR GOLD_DIR`).
"""
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from docimport.errors import DocumentImportError

READABLE = (".docx", ".pdf", ".txt")


class Command(BaseCommand):
    help = "Trích xuất loại văn bản, nhiệm vụ, thời hạn, văn bản trích dẫn và số liệu từ tệp .docx/.pdf/.txt."

    def add_arguments(self, parser):
        parser.add_argument("file", help="đường dẫn tệp .docx, .pdf hoặc .txt (hoặc một thư mục, kèm --out)")
        parser.add_argument("--json", action="store_true", help="in kết quả dạng JSON (đúng lược đồ của issue)")
        parser.add_argument("--verbose", action="store_true",
                            help="kèm thông tin văn bản và các trường bổ sung (vị trí, lãnh đạo, đơn vị đối chiếu …)")
        parser.add_argument("--org", help="mã tổ chức (vd. quang-tri) để đối chiếu đơn vị")
        parser.add_argument("--with-text", action="store_true", help="kèm toàn văn đã đọc (cùng --verbose)")
        parser.add_argument("--out", help="thư mục ghi kết quả JSON khi FILE là một thư mục")

    def handle(self, *args, **options):
        path = Path(options["file"])
        organisation = None
        if options.get("org"):
            from core.models import Organisation

            organisation = Organisation.objects.filter(code=options["org"]).first()
            if organisation is None:
                raise CommandError(f"Không có tổ chức mã {options['org']}.")
        if path.is_dir():
            return self.handle_directory(path, organisation, options)
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp {path}.")
        # the summary needs the document metadata; --json alone prints only the schema
        output = self.extract(path, organisation, {**options, "verbose": options["verbose"] or not options["json"]})
        if options["json"]:
            self.stdout.write(json.dumps(output, ensure_ascii=False, indent=1))
            return
        self.print_summary(path, organisation, output)

    def extract(self, path: Path, organisation, options) -> dict:
        from docimport.extract import public_json
        from docimport.services import extract_file

        try:
            result = extract_file(path.read_bytes(), path.name, organisation=organisation)
        except DocumentImportError as exc:
            raise CommandError(f"{path.name}: {exc.message}") from exc
        return public_json(result, verbose=options.get("verbose", False), with_text=options.get("with_text", False))

    def handle_directory(self, directory: Path, organisation, options) -> None:
        if not options.get("out"):
            raise CommandError("FILE là một thư mục: hãy chỉ ra thư mục ghi kết quả bằng --out.")
        out = Path(options["out"])
        out.mkdir(parents=True, exist_ok=True)
        count = failed = 0
        for path in sorted(directory.iterdir()):
            if path.suffix.lower() not in READABLE or not path.is_file():
                continue
            try:
                output = self.extract(path, organisation, options)
            except CommandError as exc:
                self.stderr.write(str(exc))
                failed += 1
                continue
            (out / f"{path.stem}.json").write_text(json.dumps(output, ensure_ascii=False, indent=1), encoding="utf-8")
            count += 1
        self.stdout.write(f"Đã trích xuất {count} tệp vào {out}" + (f"; {failed} tệp không đọc được." if failed else "."))

    def print_summary(self, path: Path, organisation, output: dict) -> None:
        document = output["document"]
        self.stdout.write(f"Loại: {document.get('kind') or '?'} ({output['doc_type']}) · {output['issuer']}")
        self.stdout.write(f"Số/ký hiệu: {document.get('number_symbol') or '-'} · Ngày: {output['doc_date'] or '-'}")
        self.stdout.write(f"Trích yếu: {document.get('title') or '-'}")
        self.stdout.write(f"Người ký: {document.get('signer') or '-'} ({document.get('position') or '-'})")
        self.stdout.write(f"Nhiệm vụ: {len(output['tasks'])}")
        for task in output["tasks"]:
            self.stdout.write(f"  - [{task['unit']}] {task['text'][:90]} → {task['deadline'] or 'không hạn'}")
        self.stdout.write(f"Văn bản trích dẫn: {len(output['references'])} · Số liệu: {len(output['quantities'])}")
