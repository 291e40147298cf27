"""Large tabular imports run as background jobs (finding 8), all-or-nothing kept; uploaded files never linger
(finding 7): deleted on commit, on cancel, after a failed check, and by the periodic clean-up."""
import io
import os
import time

import pytest
from django.core.management import call_command
from django.urls import reverse

from core.importing import imports_dir, purge_stale_uploads
from core.models import Job, Unit
from core.choices import Role
from core.testing import login, make_member

URL = "core:unit_import"


def csv_upload(rows: int, bad_row: int | None = None):
    lines = ["Mã,Tên đơn vị,Thứ tự"]
    for number in range(1, rows + 1):
        order = "abc" if number == bad_row else str(number)
        lines.append(f"bg{number},Tổ nhập nền {number},{order}")
    upload = io.BytesIO("\n".join(lines).encode())
    upload.name = "don-vi.csv"
    return upload


@pytest.fixture
def background(settings):
    settings.IMPORT_BACKGROUND_ROWS = 3


def leftover_files():
    return sorted(path.name for path in imports_dir().iterdir())


@pytest.fixture(autouse=True)
def empty_imports_dir():
    for path in imports_dir().iterdir():
        path.unlink()
    yield


def test_a_large_file_is_checked_then_saved_in_the_background(client, tenants, background):
    login(client, tenants.admin)
    response = client.post(reverse(URL), {"file": csv_upload(5)})
    check = Job.objects.get(membership=tenants.admin)
    assert response.status_code == 302 and response.url == check.get_absolute_url()
    assert check.status == Job.Status.SUCCEEDED and check.result["total"] == 5 and check.result["dry_run"]
    assert not Unit.objects.filter(code__startswith="bg").exists()

    preview = client.get(check.result_url)
    page = preview.content.decode()
    assert "Kiểm tra 5 dòng" in page and "Xác nhận nhập 5 dòng" in page
    response = client.post(reverse(URL), {"token": preview.context["token"]})
    save = Job.objects.filter(membership=tenants.admin).latest("pk")
    assert response.url == save.get_absolute_url() and save.status == Job.Status.SUCCEEDED
    assert save.result_url == reverse("core:unit_list")
    assert Unit.objects.filter(organisation=tenants.org, code__startswith="bg").count() == 5
    assert leftover_files() == []


def test_one_bad_row_in_a_large_file_saves_nothing(client, tenants, background):
    login(client, tenants.admin)
    client.post(reverse(URL), {"file": csv_upload(6, bad_row=4)})
    job = Job.objects.get(membership=tenants.admin)
    assert job.result["error_count"] == 1 and job.result["errors"][0]["row"] == 5
    page = client.get(job.result_url).content.decode()
    assert "Có 1 lỗi trong 6 dòng" in page and "confirm-import" not in page
    assert not Unit.objects.filter(code__startswith="bg").exists()
    assert leftover_files() == []


def test_progress_is_reported_while_checking(tenants, monkeypatch):
    from core import importing
    from core.importers import UnitImporter

    monkeypatch.setattr(importing, "PROGRESS_EVERY", 10)
    seen = []
    UnitImporter(membership=tenants.admin).run(csv_upload(30), "don-vi.csv", dry_run=True,
                                               progress=lambda percent, line: seen.append((percent, line)))
    assert seen[0] == (0, "Đang kiểm tra dòng 1/30")
    assert any(line.startswith("Đang thử lưu dòng") for _, line in seen)
    assert [percent for percent, _ in seen] == sorted(percent for percent, _ in seen)


def test_another_person_cannot_open_the_preview(client, tenants, background):
    login(client, tenants.admin)
    client.post(reverse(URL), {"file": csv_upload(5)})
    job = Job.objects.get(membership=tenants.admin)
    login(client, make_member(tenants.org, "qt2", [Role.QUAN_TRI]))
    assert client.get(f"{reverse(URL)}?job={job.pk}").status_code == 404
    assert client.get(f"{reverse(URL)}?job=abc").status_code == 404


def test_cancel_deletes_the_uploaded_file(client, tenants):
    login(client, tenants.admin)
    response = client.post(reverse(URL), {"file": csv_upload(2)})
    token = response.context["token"]
    assert len(leftover_files()) == 1
    response = client.post(reverse(URL), {"token": token, "cancel": token})
    assert response.status_code == 302 and leftover_files() == []
    assert not Unit.objects.filter(code__startswith="bg").exists()


def test_abandoned_previews_are_cleaned_up(client, tenants):
    login(client, tenants.admin)
    client.post(reverse(URL), {"file": csv_upload(2)})
    (old,) = list(imports_dir().iterdir())
    stale = time.time() - 25 * 3600
    os.utime(old, (stale, stale))
    fresh = imports_dir() / "fresh.csv"
    fresh.write_text("Mã\n")
    assert purge_stale_uploads() == 1
    assert leftover_files() == ["fresh.csv"]
    out = io.StringIO()
    call_command("clean_imports", hours=0, stdout=out)
    assert leftover_files() == [] and "Đã xóa 1 tệp" in out.getvalue()
