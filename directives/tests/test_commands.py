"""CLI: import_directives (all or nothing), directive_summary --json, export_directives, send_reminders, demo."""
import datetime as dt
import io
import json

import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError


from core.permissions import system_membership
from core.testing import TenantFixture
from directives.models import AssignedTask, SourceDocument
from directives.tests.factories import make_task

D = dt.date
HEADER = ("source_type,source_number,source_date,issuer,unit,text,assigned_date,deadline,completed_date,"
          "extension_deadline,extension_approved_date,status,explanation\n")
GOOD = [
    'Công văn,1490/UBND-TH,06/04/2023,UBND tỉnh,Phòng Quản lý khoa học,"V/v tham gia ý kiến dự thảo",06/04/2023,'
    'trước ngày 10/4/2023,11/04/2023,,,hoàn thành,"Phần mềm chưa thông suốt"\n',
    'KH,228/KH-UBND,26/12/2022,UBND tỉnh,QLKH,Kế hoạch kiểm tra văn bản năm 2023,26/12/2022,14/01/2023,31/01/2023,,,,'
    'Chậm trả lời trên hệ thống\n',
    ',,,,VP,Theo dõi tài khoản zalo,01/02/2023,thường xuyên,,,,,\n',
    'Công văn,812/UBND-KT,02/03/2023,UBND tỉnh,VP,V/v báo cáo,02/03/2023,trước ngày 10/3/2023,15/03/2023,20/03/2023,'
    '08/03/2023,,\n',
    'Công văn,900/UBND-KT,02/03/2023,UBND tỉnh,VP,V/v hủy,02/03/2023,trong tháng 3,,,,huy,Không còn cần\n',
]


def write(tmp_path, lines, name="tasks.csv"):
    path = tmp_path / name
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return str(path)


@pytest.fixture
def tenant(db):
    return TenantFixture()


def summary(org="org-a", **period):
    out = io.StringIO()
    call_command("directive_summary", "--org", org, "--from", period.get("start", "2023-01-01"),
                 "--to", period.get("end", "2023-06-30"), "--json", stdout=out)
    return json.loads(out.getvalue())


def test_import_then_summary(tenant, tmp_path):
    out = io.StringIO()
    call_command("import_directives", "--org", "org-a", write(tmp_path, GOOD), stdout=out)
    assert "5 mới" in out.getvalue()
    assert SourceDocument.objects.filter(organisation=tenant.org).count() == 4
    result = summary()
    assert {k: result[k] for k in ("assigned", "completed", "completed_late", "overdue_not_completed", "in_progress",
                                   "cancelled")} == {"assigned": 4, "completed": 3, "completed_late": 2,
                                                     "overdue_not_completed": 0, "in_progress": 1, "cancelled": 1}
    extended = AssignedTask.objects.get(text="V/v báo cáo")
    assert (extended.extended_to, extended.status_on(D(2023, 4, 1))) == (D(2023, 3, 20), "hoan_thanh_truoc_han")
    # re-import: updates, never duplicates
    call_command("import_directives", "--org", "org-a", write(tmp_path, GOOD), stdout=io.StringIO())
    assert AssignedTask.objects.filter(organisation=tenant.org).count() == 5
    assert summary(unit="QLKH")["assigned"] == 4


def test_one_bad_row_saves_no_row(tenant, tmp_path):
    bad = [
        'Công văn,1490/UBND-TH,06/04/2023,UBND tỉnh,Phòng không có,X,06/04/2023,30/02/2023,,,,,\n',
        'Công văn,abc,06/04/2023,UBND tỉnh,VP,Y,06/04/2023,sau Tết,,,,,\n',
        'Công văn,12/UBND-TH,06/04/2023,UBND tỉnh,VP,Z,06/04/2023,trước ngày 01/04/2023,,,,,\n',
        'Công văn,13/UBND-TH,06/04/2023,UBND tỉnh,VP,W,06/04/2023,trước ngày 10/04/2023,15/04/2023,,,,\n',
        'Công văn,14/UBND-TH,06/04/2023,UBND tỉnh,VP,V,06/04/2023,trước ngày 10/04/2023,,20/04/2023,,,\n',
    ]
    err = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("import_directives", "--org", "org-a", write(tmp_path, GOOD + bad), stdout=io.StringIO(), stderr=err)
    assert "không dòng nào được lưu" in str(error.value)
    messages = err.getvalue()
    for expected in ("Dòng 7, cột Đơn vị chủ trì: Không tìm thấy đơn vị “Phòng không có”",
                     "Dòng 7, cột Thời hạn: Không hiểu được thời hạn “30/02/2023”",
                     "Dòng 8, cột Số, ký hiệu", "Dòng 8, cột Thời hạn: Không hiểu được thời hạn “sau Tết”",
                     "Dòng 9, cột Thời hạn: Thời hạn 01/04/2023 trước ngày giao",
                     "Dòng 10, cột Giải trình nguyên nhân", "Dòng 11, cột Ngày đồng ý gia hạn"):
        assert expected in messages, expected
    assert AssignedTask.objects.count() == 0 and SourceDocument.objects.count() == 0


def test_unit_of_another_organisation_is_not_found(tenant, tmp_path):
    line = 'Công văn,15/UBND-TH,06/04/2023,UBND tỉnh,Phòng Quản lý khoa học,X,06/04/2023,,,,,,\n'
    call_command("import_directives", "--org", "org-b", write(tmp_path, [line]), stdout=io.StringIO())
    assert AssignedTask.objects.get().lead_unit == tenant.foreign_unit
    with pytest.raises(CommandError):
        call_command("import_directives", "--org", "org-b",
                     write(tmp_path, [line.replace("Phòng Quản lý khoa học", "Văn phòng Sở")]),
                     stdout=io.StringIO(), stderr=io.StringIO())


def test_dry_run_and_vietnamese_headers_and_xlsx(tenant, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Loại văn bản", "Số, ký hiệu", "Ngày văn bản", "Cơ quan ban hành", "Đơn vị chủ trì",
                  "Nội dung nhiệm vụ", "Ngày giao", "Thời hạn", "Ngày hoàn thành", "Trạng thái", "Giải trình nguyên nhân"])
    sheet.append(["Quyết định", "109/QĐ-UBND", dt.datetime(2023, 1, 16), "UBND tỉnh", "QLKH",
                  "Nhiệm vụ số 47", dt.datetime(2023, 1, 16), "cả năm 2023", None, "", ""])
    path = tmp_path / "tasks.xlsx"
    workbook.save(path)
    out = io.StringIO()
    call_command("import_directives", "--org", "org-a", str(path), "--dry-run", stdout=out)
    assert "chạy thử" in out.getvalue() and AssignedTask.objects.count() == 0
    call_command("import_directives", "--org", "org-a", str(path), stdout=io.StringIO())
    task = AssignedTask.objects.get()
    assert (task.due_date, task.source.doc_type, task.category) == (D(2023, 12, 31), "quyet_dinh", "ubnd_tinh")


def test_export_and_summary_errors(tenant, tmp_path):
    call_command("import_directives", "--org", "org-a", write(tmp_path, GOOD), stdout=io.StringIO())
    out = io.StringIO()
    call_command("export_directives", "--org", "org-a", "--from", "2023-01-01", "--to", "2023-06-30", "--json",
                 stdout=out)
    rows = json.loads(out.getvalue())
    assert len(rows) == 5 and {"source_number", "deadline", "due_date", "status", "explanation"} <= set(rows[0])
    out = io.StringIO()
    call_command("export_directives", "--org", "org-a", stdout=out)
    assert out.getvalue().startswith("id,source_type")
    with pytest.raises(CommandError):
        call_command("directive_summary", "--org", "nope", "--from", "2023-01-01", "--to", "2023-06-30")
    with pytest.raises(CommandError):
        call_command("directive_summary", "--org", "org-a", "--from", "2023-13-01", "--to", "2023-06-30")
    with pytest.raises(CommandError):
        call_command("directive_summary", "--org", "org-a", "--from", "2023-01-01", "--to", "2023-06-30",
                     "--unit", "Phòng không có")
    text = io.StringIO()
    call_command("directive_summary", "--org", "org-a", "--from", "2023-01-01", "--to", "2023-06-30", stdout=text)
    assert "Đã hoàn thành nhưng quá hạn          02" in text.getvalue()


def test_send_reminders_one_digest_per_unit(tenant, settings):
    actor = system_membership(tenant.org)
    make_task(actor, tenant.unit, assigned_on=D(2023, 3, 1), deadline_text="trước ngày 10/3/2023", text="Quá hạn A")
    make_task(actor, tenant.unit, assigned_on=D(2023, 3, 1), deadline_text="trước ngày 18/3/2023", text="Sắp đến hạn B")
    make_task(actor, tenant.unit, assigned_on=D(2023, 3, 1), deadline_text="trước ngày 30/4/2023", text="Còn xa C")
    make_task(actor, tenant.other_unit, assigned_on=D(2023, 3, 1), deadline_text="trước ngày 12/3/2023", text="VP D")
    tenant.other_unit.email = "vanphong@example.test"
    tenant.other_unit.save()
    out = io.StringIO()
    call_command("send_reminders", "--today", "2023-03-15", stdout=out)
    assert len(mail.outbox) == 2
    by_recipient = {tuple(m.to): m for m in mail.outbox}
    unit_mail = by_recipient[("cv@example.test", "tp@example.test")]
    assert "Quá hạn A" in unit_mail.body and "Sắp đến hạn B" in unit_mail.body and "Còn xa C" not in unit_mail.body
    assert "[Quá hạn]" in unit_mail.body and "hạn 10/03/2023" in unit_mail.body
    assert "VP D" in by_recipient[("vanphong@example.test",)].body
    mail.outbox.clear()
    call_command("send_reminders", "--today", "2023-03-15", "--dry-run", stdout=io.StringIO())
    assert mail.outbox == []


@pytest.mark.django_db
def test_demo_gives_the_figures_of_seed_003_and_is_idempotent():
    from core.demo import load as load_core
    from directives.demo import load

    load_core()
    load()
    history = AssignedTask.history.count()
    load()
    assert AssignedTask.history.count() == history
    # Quảng Trị's 6-month report counts the statistical cut-off 15/12/2022–14/06/2023 (seed 003); its Phụ lục IV
    # only the province's tasks (the Sở's own completed tasks of the demo are left out)
    from core.models import Organisation
    from directives.figures import directive_figures

    figures = directive_figures(organisation=Organisation.objects.get(code="quang-tri"), date_from=D(2022, 12, 15),
                                date_to=D(2023, 6, 14))
    totals = figures.totals
    assert [totals.assigned, totals.completed, totals.completed_late, totals.overdue_not_completed] == [58, 45, 3, 0]
    assert [row.source for row in figures.completed_late] == [
        "Công văn số 6496/UBND-KGVX ngày 20/12/2022", "Kế hoạch số 228/KH-UBND ngày 26/12/2022",
        "Công văn số 1490/UBND-TH ngày 06/4/2023"]
    week7 = summary(org="quang-tri", start="2025-02-17", end="2025-02-23")
    assert week7["assigned"] == 19 and week7["by_category"]["ket_luan"]["assigned"] == 19
