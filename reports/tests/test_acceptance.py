"""The issue's acceptance checks on the demo data of issues 2–4 (they pass once that data is loaded)."""
import io

import docx
import pytest
from django.core.management import call_command


def _report(tmp_path, *args):
    out = tmp_path / f"{args[1]}-{args[3]}.docx"
    call_command("make_report", "--org", *args, "--out", str(out))
    document = docx.Document(io.BytesIO(out.read_bytes()))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    tables = [[[c.text for c in row.cells] for row in table.rows] for table in document.tables]
    return paragraphs, tables


@pytest.mark.django_db
def test_make_report_on_the_demo_organisations(tmp_path):
    call_command("load_demo", stdout=io.StringIO())
    text, tables = _report(tmp_path, "ninh-thuan", "--kind", "thang", "--period", "2024-01")
    assert "147 phương tiện đo các loại của 41 cơ sở, 134 đạt, 13 không đạt" in text
    assert "Thu và phân tích 92 mẫu (51 mẫu nước và nước thải, 41 mẫu thực phẩm)" in text

    text, tables = _report(tmp_path, "bac-kan", "--kind", "9thang", "--year", "2023")
    assert "quản lý 40 nhiệm vụ khoa học và công nghệ (31 nhiệm vụ chuyển tiếp; 09 nhiệm vụ thực hiện từ năm 2023)" in text

    text, tables = _report(tmp_path, "quang-tri", "--kind", "6thang", "--year", "2023")
    summary = next(t for t in tables if t and t[0][0] == "STT" and "Tổng số nhiệm vụ được giao" in t[0][1])
    assert summary[-1][:5] == ["Tổng cộng I+II", "58", "45", "03", "0"]
    # the statistical cut-off 15/12/2022–14/06/2023: the seed's own late task, no invented one
    assert "Công văn số 6496/UBND-KGVX ngày 20/12/2022" in str(tables) and "2567/UBND-KGVX" not in str(tables)

    # Phụ lục IV counts only what the province assigned: the Giám đốc's 19 tasks of week 7 are the Sở's own
    text, tables = _report(tmp_path, "quang-tri", "--kind", "tuan", "--period", "2025-W08")
    assert "Nhiệm vụ giao tại các Thông báo Kết luận" not in str(tables)
