"""Tabular import (CSV/XLSX) for every register: read, validate every row, then save all or nothing.

An importer declares its columns (canonical field → Vietnamese header and aliases, matched without
diacritics), converts cells in `clean_row` and saves through the app's services in `save_row`. Errors come
back as "Dòng 7, cột Hạn xử lý: …" and nothing is saved unless every row passes.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from core import jobs
from core.text import fold

MAX_ROWS = 100_000
PROGRESS_EVERY = 250


class ImportAborted(Exception):
    """The file as a whole cannot be read: the message is for the user, in Vietnamese."""


class CellError(Exception):
    """One or more problems in one row; `column` is the canonical field name (or None for the row)."""

    def __init__(self, column: str | None, message: str):
        super().__init__(message)
        self.column = column
        self.message = message


class RowErrors(Exception):
    def __init__(self, errors: list[CellError]):
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


@dataclass
class RowError:
    row: int
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"Dòng {self.row}" + (f", cột {self.column}" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class ImportResult:
    total: int = 0
    created: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    dry_run: bool = False
    error_total: int | None = None  # when `errors` holds only the first ones (a background job's result)

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_dict(self, limit: int = 500) -> dict:
        """JSON for a background job's result (the first `limit` errors and rows)."""
        return {"total": self.total, "created": self.created, "updated": self.updated, "dry_run": self.dry_run,
                "error_count": len(self.errors),
                "errors": [{"row": e.row, "column": e.column, "message": e.message} for e in self.errors[:limit]],
                "rows": self.rows[:limit]}

    @classmethod
    def from_dict(cls, data: dict) -> "ImportResult":
        return cls(total=data["total"], created=data["created"], updated=data["updated"], dry_run=data["dry_run"],
                   errors=[RowError(**e) for e in data["errors"]], rows=data["rows"], error_total=data["error_count"])

    def summary(self) -> str:
        if self.errors:
            errors = self.error_total or len(self.errors)
            return f"Có {format_count(errors)} lỗi trong {format_count(self.total)} dòng: không dòng nào được lưu."
        verb = "Kiểm tra" if self.dry_run else "Đã nhập"
        return f"{verb} {self.total} dòng: {self.created} mới, {self.updated} cập nhật."


# --- reading -------------------------------------------------------------------------------------------------


def read_rows(file, filename: str) -> list[dict]:
    """Rows of a CSV or XLSX file as dicts keyed by the header cells (first non-empty row)."""
    data = file.read() if hasattr(file, "read") else bytes(file)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > settings.MAX_UPLOAD_BYTES:
        limit = settings.MAX_UPLOAD_BYTES // (1024 * 1024)
        raise ImportAborted(f"Tệp quá lớn: tối đa {limit} MB.")
    if not data.strip():
        raise ImportAborted("Tệp rỗng: không có dữ liệu để nhập.")
    name = filename.lower()
    if name.endswith((".xlsx", ".xlsm")):
        table = _read_xlsx(data)
    elif name.endswith((".csv", ".txt", ".tsv")):
        table = _read_csv(data)
    else:
        raise ImportAborted("Định dạng tệp không được hỗ trợ: chỉ nhận tệp .csv hoặc .xlsx.")
    table = [row for row in table if any(_is_filled(cell) for cell in row)]
    if not table:
        raise ImportAborted("Tệp không có dòng tiêu đề.")
    headers = [str(cell).strip() if cell is not None else "" for cell in table[0]]
    if len(table) - 1 > MAX_ROWS:
        raise ImportAborted(f"Tệp có quá nhiều dòng: tối đa {MAX_ROWS:,} dòng.".replace(",", "."))
    rows = []
    for cells in table[1:]:
        rows.append({header: (cells[i] if i < len(cells) else "") for i, header in enumerate(headers) if header})
    return rows


def _is_filled(cell) -> bool:
    return cell is not None and str(cell).strip() != ""


def _read_csv(data: bytes) -> list[list]:
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1258 decodes nearly anything
        raise ImportAborted("Không đọc được bảng mã của tệp CSV: hãy lưu tệp ở dạng UTF-8.")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)]


def _read_xlsx(data: bytes) -> list[list]:
    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if sum(info.file_size for info in archive.infolist()) > 20 * settings.MAX_UPLOAD_BYTES:
                raise ImportAborted("Tệp Excel bất thường (dung lượng giải nén quá lớn).")
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except ImportAborted:
        raise
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise ImportAborted("Tệp Excel bị hỏng hoặc không đúng định dạng .xlsx.") from exc
    sheet = workbook.worksheets[0]
    table = []
    for index, row in enumerate(sheet.iter_rows(values_only=True)):
        if index > MAX_ROWS + 1:
            raise ImportAborted(f"Tệp có quá nhiều dòng: tối đa {MAX_ROWS:,} dòng.".replace(",", "."))
        table.append(list(row))
    workbook.close()
    return table


# --- cell converters (raise CellError with a Vietnamese message) ----------------------------------------------

_DATE_RE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")


def parse_date_cell(value, column: str, *, required: bool = False) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    if not text:
        if required:
            raise CellError(column, "Thiếu ngày.")
        return None
    match = _DATE_RE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    else:
        match = _ISO_RE.match(text)
        if not match:
            raise CellError(column, f"Ngày không đúng định dạng dd/mm/yyyy: “{text}”.")
        year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError(column, f"Ngày không tồn tại: “{text}”.") from None


def parse_decimal_cell(value, column: str, *, required: bool = False, allow_negative: bool = False) -> Decimal | None:
    """Vietnamese numbers: "45.998.409", "12,5", or a spreadsheet number."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        number = Decimal(str(value))
    else:
        text = str(value or "").strip().replace(" ", "").replace("đồng", "").replace("đ", "")
        if not text:
            if required:
                raise CellError(column, "Thiếu số liệu.")
            return None
        if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", text) or "," in text:
            text = text.replace(".", "").replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise CellError(column, f"Không phải là số: “{value}”.") from None
    if number < 0 and not allow_negative:
        raise CellError(column, f"Số không được âm: “{value}”.")
    return number


def parse_int_cell(value, column: str, *, required: bool = False) -> int | None:
    number = parse_decimal_cell(value, column, required=required)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise CellError(column, f"Phải là số nguyên: “{value}”.")
    return int(number)


def parse_choice_cell(value, column: str, choices, *, required: bool = False) -> str:
    """Accepts the stored value or the Vietnamese label, without diacritics or case."""
    text = str(value or "").strip()
    if not text:
        if required:
            raise CellError(column, "Thiếu giá trị.")
        return ""
    folded = fold(text)
    for key, label in choices:
        if folded in (fold(str(key)), fold(str(label))):
            return key
    allowed = ", ".join(str(label) for _, label in choices)
    raise CellError(column, f"Giá trị không hợp lệ “{text}”. Chọn một trong: {allowed}.")


def parse_unit_cell(value, column: str, organisation, *, units=None, required: bool = False):
    from core.unit_matching import match_unit

    text = str(value or "").strip()
    if not text:
        if required:
            raise CellError(column, "Thiếu đơn vị.")
        return None
    unit = match_unit(organisation, text, units=units)
    if unit is None:
        raise CellError(column, f"Không tìm thấy đơn vị “{text}” trong {organisation}.")
    return unit


# --- the importer ----------------------------------------------------------------------------------------------


class TabularImporter:
    """Subclass: set `columns`, `required`, optionally `key_fields`; implement `clean_row` and `save_row`."""

    columns: dict[str, list[str]] = {}
    required: set[str] = set()
    key_fields: tuple[str, ...] = ()

    def __init__(self, *, membership):
        self.membership = membership
        self.organisation = membership.organisation

    # hooks
    def clean_row(self, values: dict, row_number: int) -> dict:
        return values

    def save_row(self, cleaned: dict):  # pragma: no cover - interface
        raise NotImplementedError

    def column_label(self, name: str | None) -> str | None:
        if name is None:
            return None
        aliases = self.columns.get(name)
        return aliases[0] if aliases else name

    def map_headers(self, headers) -> dict[str, str]:
        """file header → canonical field; a missing required column aborts the import."""
        lookup = {}
        for name, aliases in self.columns.items():
            for alias in [name, *aliases]:
                lookup[fold(alias)] = name
        mapping = {}
        for header in headers:
            field_name = lookup.get(fold(header))
            if field_name and field_name not in mapping.values():
                mapping[header] = field_name
        missing = [self.column_label(name) for name in self.required if name not in mapping.values()]
        if missing:
            raise ImportAborted("Thiếu cột bắt buộc: " + ", ".join(sorted(missing)) + ".")
        return mapping

    def run(self, file, filename: str, *, dry_run: bool = False, progress=None) -> ImportResult:
        """`progress(percent, line)`, when given, is told how far the check and the save are (background jobs)."""
        raw_rows = read_rows(file, filename)
        result = ImportResult(dry_run=dry_run)
        if not raw_rows:
            raise ImportAborted("Tệp không có dòng dữ liệu nào.")
        mapping = self.map_headers(raw_rows[0].keys())
        cleaned_rows: list[tuple[int, dict]] = []
        count = len(raw_rows)
        for row_number, raw in enumerate(raw_rows, start=2):  # row 1 is the header, as in Excel
            if progress and (row_number - 2) % PROGRESS_EVERY == 0:
                progress(50 * (row_number - 2) // count,
                         f"Đang kiểm tra dòng {format_count(row_number - 1)}/{format_count(count)}")
            values = {field_name: raw.get(header, "") for header, field_name in mapping.items()}
            values = {k: (v.strip() if isinstance(v, str) else ("" if v is None else v)) for k, v in values.items()}
            result.total += 1
            problems = [CellError(name, "Không được để trống.") for name in self.required if not _is_filled(values.get(name))]
            if problems:
                self._collect(result, row_number, problems)
                continue
            try:
                cleaned_rows.append((row_number, self.clean_row(values, row_number)))
            except (CellError, RowErrors, ValidationError) as exc:
                self._collect(result, row_number, exc)
        if result.errors:
            return result
        with transaction.atomic():
            for index, (row_number, cleaned) in enumerate(cleaned_rows):
                if progress and index % PROGRESS_EVERY == 0:
                    progress(50 + 50 * index // len(cleaned_rows),
                             f"Đang {'thử ' if dry_run else ''}lưu dòng {format_count(index + 1)}/{format_count(count)}")
                try:
                    with transaction.atomic():
                        obj, created = self.save_row(cleaned)
                except (CellError, RowErrors, ValidationError) as exc:
                    self._collect(result, row_number, exc)
                    continue
                result.created += int(created)
                result.updated += int(not created)
                if len(result.rows) < 200:
                    result.rows.append({"row": row_number, "object": str(obj), "created": created})
            if result.errors or dry_run:
                transaction.set_rollback(True)
        if result.errors:
            result.created = result.updated = 0
        return result

    def _collect(self, result: ImportResult, row_number: int, exc) -> None:
        if isinstance(exc, list):
            problems = exc
        elif isinstance(exc, RowErrors):
            problems = exc.errors
        elif isinstance(exc, CellError):
            problems = [exc]
        else:  # Django ValidationError: per field when it has a dict
            problems = []
            if hasattr(exc, "error_dict"):
                for name, errors in exc.message_dict.items():
                    for message in errors:
                        problems.append(CellError(None if name == "__all__" else name, message))
            else:
                problems = [CellError(None, message) for message in exc.messages]
        for problem in problems:
            result.errors.append(RowError(row_number, self.column_label(problem.column), problem.message))


def run_import_command(command, importer_class, *, organisation_code: str, path: str, dry_run: bool) -> ImportResult:
    """Shared body of `manage.py import_*` commands: system actor, Vietnamese errors, exit code 1 on failure."""
    from django.core.management.base import CommandError

    from core.models import Organisation
    from core.permissions import system_membership

    organisation = Organisation.objects.filter(code=organisation_code).first()
    if organisation is None:
        raise CommandError(f"Không tìm thấy tổ chức có mã “{organisation_code}”.")
    try:
        with open(path, "rb") as handle:
            result = importer_class(membership=system_membership(organisation)).run(handle, path, dry_run=dry_run)
    except FileNotFoundError:
        raise CommandError(f"Không tìm thấy tệp: {path}") from None
    except ImportAborted as exc:
        raise CommandError(str(exc)) from None
    for error in result.errors:
        command.stderr.write(str(error))
    if result.errors:
        raise CommandError(result.summary())
    command.stdout.write(result.summary() + (" (chạy thử, chưa lưu)" if dry_run else ""))
    return result


def format_count(number: int) -> str:
    return f"{number:,}".replace(",", ".")


# --- files waiting for confirmation, and imports as background jobs ------------------------------------------

IMPORTS_SUBDIR = "imports"
STALE_AFTER_HOURS = 24


def imports_dir():
    from pathlib import Path

    directory = Path(settings.MEDIA_ROOT) / IMPORTS_SUBDIR
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def purge_stale_uploads(*, max_age_hours: float = STALE_AFTER_HOURS, now: float | None = None) -> int:
    """Delete uploaded files never confirmed nor cancelled (previews abandoned): returns how many."""
    import time

    limit = (now or time.time()) - max_age_hours * 3600
    removed = 0
    for path in imports_dir().iterdir():
        try:
            if path.is_file() and path.stat().st_mtime < limit:
                path.unlink()
                removed += 1
        except FileNotFoundError:  # another worker removed it first
            continue
    return removed


def count_rows(path, filename: str) -> int:
    """A cheap estimate of the data rows (decides whether the import runs in the background)."""
    name = filename.lower()
    if name.endswith((".xlsx", ".xlsm")):
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(path, read_only=True)
            rows = (workbook.worksheets[0].max_row or 1) - 1
            workbook.close()
            return max(rows, 0)
        except Exception:  # noqa: BLE001 - a broken file is reported by the import itself
            return 0
    with open(path, "rb") as handle:
        return max(sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b"")) - 1, 0)


def _pending_path(path: str):
    from pathlib import Path

    resolved = Path(path).resolve()
    if resolved.parent != imports_dir().resolve():
        raise jobs.JobFailed("Tệp nhập không hợp lệ.")
    if not resolved.exists():
        raise jobs.JobFailed("Tệp đã tải lên không còn: vui lòng tải tệp lên lại.")
    return resolved


@jobs.handler
def import_job(run: jobs.JobRun, *, importer: str, path: str, filename: str, dry_run: bool, page_url: str,
               success_url: str = "") -> None:
    """Check (dry_run) or save a large tabular file; the page shows the preview or the list afterwards."""
    from django.utils.module_loading import import_string

    importer_class = import_string(importer)
    if not (isinstance(importer_class, type) and issubclass(importer_class, TabularImporter)):
        raise jobs.JobFailed("Không rõ loại dữ liệu cần nhập.")
    source = _pending_path(path)
    try:
        with open(source, "rb") as handle:
            result = importer_class(membership=run.actor).run(handle, filename, dry_run=dry_run, progress=run.progress)
    except ImportAborted as exc:
        raise jobs.JobFailed(str(exc)) from None
    if not (dry_run and result.ok):  # saved, or errors: nothing more to do with the file
        source.unlink(missing_ok=True)
    if not dry_run and result.ok:
        run.finish(url=success_url, label="Xem danh sách", data=result.as_dict(), status_line=result.summary())
        return
    run.finish(url=f"{page_url}?job={run.job.pk}", label="Xem kết quả kiểm tra" if dry_run else "Xem lỗi",
               data=result.as_dict(), status_line=result.summary())
