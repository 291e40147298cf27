"""The shared tabular import: all-or-nothing, row errors in Vietnamese, CSV and XLSX, re-import updates."""
import io

import pytest
from django.urls import reverse
from openpyxl import Workbook

from core.importers import UnitImporter
from core.importing import ImportAborted, parse_date_cell, parse_decimal_cell, CellError
from core.models import Unit
from core.testing import TenantFixture, login


@pytest.fixture
def tenants(db):
    return TenantFixture()


def csv_file(text: str) -> io.BytesIO:
    return io.BytesIO(text.encode("utf-8-sig"))


def test_valid_csv_creates_all_rows(tenants):
    data = "Mã,Tên đơn vị,Viết tắt,Loại đơn vị,Hoạt động từ\nqlcn,Phòng Quản lý công nghệ,QLCN,Phòng,01/01/2020\nttud,Trung tâm Ứng dụng,TTUD,trung tam,\n"
    result = UnitImporter(membership=tenants.admin).run(csv_file(data), "units.csv")
    assert result.ok, result.errors
    assert (result.created, result.updated) == (2, 0)
    unit = Unit.objects.get(organisation=tenants.org, code="ttud")
    assert unit.kind == "trung_tam"
    assert str(Unit.objects.get(organisation=tenants.org, code="qlcn").valid_from) == "2020-01-01"


def test_one_bad_row_saves_no_row_and_names_row_and_column(tenants):
    before = Unit.objects.count()
    data = "Mã,Tên đơn vị,Hoạt động từ\nok1,Phòng Một,01/01/2020\nok2,Phòng Hai,30/02/2025\n"
    result = UnitImporter(membership=tenants.admin).run(csv_file(data), "units.csv")
    assert not result.ok
    assert Unit.objects.count() == before
    assert str(result.errors[0]) == "Dòng 3, cột Hoạt động từ: Ngày không tồn tại: “30/02/2025”."


def test_error_found_while_saving_rolls_back_earlier_rows(tenants):
    before = Unit.objects.count()
    data = "Mã,Tên đơn vị,Đơn vị cấp trên\nnew1,Phòng Mới,\nnew2,Phòng Khác,Không có đơn vị này\n"
    result = UnitImporter(membership=tenants.admin).run(csv_file(data), "units.csv")
    assert [e.column for e in result.errors] == ["Đơn vị cấp trên"]
    assert Unit.objects.count() == before


def test_missing_required_column_aborts(tenants):
    with pytest.raises(ImportAborted, match="Thiếu cột bắt buộc: Tên đơn vị"):
        UnitImporter(membership=tenants.admin).run(csv_file("Mã\nabc\n"), "units.csv")


def test_reimport_updates_by_key_and_dry_run_saves_nothing(tenants):
    data = "Mã,Tên đơn vị\nqlkh,Phòng Quản lý khoa học (mới)\n"
    dry = UnitImporter(membership=tenants.admin).run(csv_file(data), "units.csv", dry_run=True)
    assert (dry.created, dry.updated) == (0, 1)
    assert Unit.objects.get(organisation=tenants.org, code="qlkh").name == "Phòng Quản lý khoa học"
    UnitImporter(membership=tenants.admin).run(csv_file(data), "units.csv")
    assert Unit.objects.get(organisation=tenants.org, code="qlkh").name == "Phòng Quản lý khoa học (mới)"
    assert Unit.objects.get(organisation=tenants.other_org, code="qlkh").name == "Phòng Quản lý khoa học"


def test_xlsx_is_read_and_broken_files_are_refused(tenants):
    workbook = Workbook()
    workbook.active.append(["Ma", "TEN DON VI"])  # headers without diacritics are accepted
    workbook.active.append(["xl1", "Phòng từ Excel"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    assert UnitImporter(membership=tenants.admin).run(buffer, "u.xlsx").created == 1
    with pytest.raises(ImportAborted, match="Tệp Excel bị hỏng"):
        UnitImporter(membership=tenants.admin).run(io.BytesIO(b"PK not really"), "u.xlsx")
    with pytest.raises(ImportAborted, match="không được hỗ trợ"):
        UnitImporter(membership=tenants.admin).run(io.BytesIO(b"x"), "u.pdf")


@pytest.mark.parametrize("text,expected", [("45.998.409", 45998409), ("12,5", 12.5), ("1000", 1000), (" 2.050 đồng", 2050)])
def test_decimal_cells_read_vietnamese_numbers(text, expected):
    assert float(parse_decimal_cell(text, "x")) == expected


def test_negative_and_non_numeric_cells_are_refused():
    with pytest.raises(CellError, match="không được âm"):
        parse_decimal_cell("-5", "x")
    with pytest.raises(CellError, match="Không phải là số"):
        parse_decimal_cell("mười", "x")
    with pytest.raises(CellError, match="dd/mm/yyyy"):
        parse_date_cell("21-Feb", "x")


def test_import_screen_previews_then_commits(client, tenants):
    login(client, tenants.admin)
    url = reverse("core:unit_import")
    upload = io.BytesIO("Mã,Tên đơn vị\nweb1,Phòng Nhập Web\n".encode())
    upload.name = "units.csv"
    response = client.post(url, {"file": upload})
    assert response.status_code == 200
    assert "Kiểm tra 1 dòng" in response.content.decode()
    assert not Unit.objects.filter(code="web1").exists()
    token = response.context["token"]
    response = client.post(url, {"token": token})
    assert response.status_code == 302
    assert Unit.objects.filter(organisation=tenants.org, code="web1").exists()


def test_import_screen_is_forbidden_to_staff(client, tenants):
    login(client, tenants.staff)
    assert client.get(reverse("core:unit_import")).status_code == 403
