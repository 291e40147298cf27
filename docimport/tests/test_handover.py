"""A table of tasks dropped on the document import screen goes straight to the directives tabular importer's
preview with the same file (no second upload); confirming there saves the rows."""
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.models import Membership
from core.testing import login
from directives.models import AssignedTask
from docimport.models import ImportedDocument

pytestmark = pytest.mark.django_db

HEADER = ["Đơn vị chủ trì", "Nội dung nhiệm vụ", "Ngày giao", "Thời hạn"]
ROWS = [["Văn phòng Sở", "Rà soát quy chế làm việc của cơ quan", "03/03/2025", "31/03/2025"],
        ["Văn phòng Sở", "Cập nhật danh mục thủ tục hành chính", "03/03/2025", "15/04/2025"]]


@pytest.fixture
def office_chief(db):
    from core.demo import load

    load()
    return Membership.objects.get(organisation__code="quang-tri", user__username="chanhvanphong")


def _xlsx(rows) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in [HEADER, *rows]:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _drop(client, name, data):
    return client.post(reverse("docimport:importeddocument_add"), {"file": SimpleUploadedFile(name, data)})


def test_xlsx_is_previewed_by_the_tabular_importer_and_confirmed_without_a_second_upload(client, office_chief):
    login(client, office_chief)
    before = AssignedTask.objects.count()
    response = _drop(client, "danh-sach-nhiem-vu.xlsx", _xlsx(ROWS))
    assert response.status_code == 302 and "?pending=" in response["Location"]
    preview = client.get(response["Location"])
    assert preview.status_code == 200
    result, token = preview.context["result"], preview.context["token"]
    assert result.ok and result.total == 2, result.errors
    assert 'id="confirm-import"' in preview.content.decode() and "danh-sach-nhiem-vu.xlsx" in preview.content.decode()
    assert AssignedTask.objects.count() == before and not ImportedDocument.objects.exists()  # preview saves nothing
    confirmed = client.post(reverse("docimport:spreadsheet_import"), {"token": token})
    assert confirmed.status_code == 302 and confirmed["Location"] == reverse("directives:assignedtask_list")
    assert AssignedTask.objects.count() == before + 2
    assert AssignedTask.objects.filter(text="Cập nhật danh mục thủ tục hành chính").get().due_date.isoformat() == "2025-04-15"


def test_csv_with_a_bad_row_shows_the_row_error_and_saves_nothing(client, office_chief):
    login(client, office_chief)
    before = AssignedTask.objects.count()
    body = "\n".join(",".join(row) for row in [HEADER, ROWS[0], ["Phòng Không Có", "Việc", "03/03/2025", "31/03/2025"]])
    response = _drop(client, "nhiem-vu.csv", body.encode("utf-8"))
    preview = client.get(response["Location"])
    result = preview.context["result"]
    assert not result.ok and [error.row for error in result.errors] == [3]
    assert preview.context["token"] and 'id="confirm-import"' not in preview.content.decode()
    assert AssignedTask.objects.count() == before


def test_old_xls_and_a_fake_table_are_refused_in_vietnamese_and_nothing_is_kept(client, office_chief):
    from core.importing import imports_dir

    login(client, office_chief)
    kept = set(imports_dir().iterdir())
    response = _drop(client, "cu.xls", b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    assert response.status_code == 200 and "Excel 97–2003 (.xls)" in response.content.decode()
    response = _drop(client, "gia.xlsx", b"<html>not a workbook</html>")
    assert response.status_code == 200 and 'id="upload-errors"' in response.content.decode()
    assert set(imports_dir().iterdir()) == kept


def test_an_expired_or_foreign_token_gives_the_upload_screen_back(client, office_chief):
    login(client, office_chief)
    response = client.get(reverse("docimport:spreadsheet_import") + "?pending=0123abcd")
    assert response.status_code == 302 and response["Location"] == reverse("docimport:importeddocument_add")


def test_without_the_right_to_add_tasks_the_table_is_refused_and_not_kept(client, office_chief, monkeypatch):
    """The upload screen asks the tabular importer's own question before keeping the file."""
    from core.importing import imports_dir
    from docimport import views

    monkeypatch.setattr(views.SpreadsheetImportView, "may_open", classmethod(lambda cls, membership: False))
    login(client, office_chief)
    kept = set(imports_dir().iterdir())
    assert _drop(client, "ds.xlsx", _xlsx(ROWS)).status_code == 403
    assert set(imports_dir().iterdir()) == kept
