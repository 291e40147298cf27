"""Councils, money, import, screens and API: the rules and the refusals."""
import datetime as dt
from io import BytesIO, StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from core.choices import Role
from core.testing import login, make_member
from sciencetasks.choices import CouncilKind, MoneyKind, State
from sciencetasks.importing import ScienceTaskImporter
from sciencetasks.models import MoneyEntry, ScienceTask
from sciencetasks.selectors import task_money_summary, unsettled_advances
from sciencetasks.services import council_create, council_member_add, money_entry_add

from .factories import MAIN_WALK, make_setup, make_task, walk, system

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup():
    return make_setup()


def test_council_member_twice_is_refused_and_conflicts_are_warned(setup):
    organisation, unit, head = setup
    task = make_task(organisation, unit)
    council = council_create(actor=system(organisation), kind=CouncilKind.ACCEPTANCE, name="HĐ nghiệm thu",
                             tasks=[task], managing_unit=unit)
    member, warnings = council_member_add(council=council, actor=system(council), full_name="Phạm Văn X", role="chu_tich",
                                          workplace="Trường Đại học Y")
    assert warnings == []
    with pytest.raises(ValidationError, match="chỉ được ghi một lần"):
        council_member_add(council=council, actor=system(council), full_name="  pham van x ", workplace="Khác")
    with pytest.raises(ValidationError, match="đã có chủ tịch"):
        council_member_add(council=council, actor=system(council), full_name="Người Khác", role="chu_tich")
    _, warnings = council_member_add(council=council, actor=system(council), full_name="Hoàng Y", workplace="viện nông nghiệp")
    assert any("tổ chức chủ trì" in w for w in warnings)
    _, warnings = council_member_add(council=council, actor=system(council), full_name="Trần Thị B", workplace="Sở Y tế")
    assert any("thành viên thực hiện" in w for w in warnings)
    assert council.members.count() == 3


def test_money_rules_balance_and_late_advances(setup):
    organisation, unit, _ = setup
    proposal = make_task(organisation, unit, code="P")
    with pytest.raises(ValidationError, match="sau khi ký hợp đồng"):
        money_entry_add(task=proposal, actor=system(proposal), kind=MoneyKind.ADVANCE, date=dt.date(2022, 5, 1), amount=1000)
    task = walk(make_task(organisation, unit), MAIN_WALK[:7])
    for bad in (-5, "abc", 0, "1,5"):
        with pytest.raises(ValidationError):
            money_entry_add(task=task, actor=system(task), kind=MoneyKind.ADVANCE, date=dt.date(2022, 5, 1), amount=bad)
    assert MoneyEntry.objects.count() == 0
    money_entry_add(task=task, actor=system(task), kind=MoneyKind.ADVANCE, date=dt.date(2022, 5, 1), amount="300.000.000")
    with pytest.raises(ValidationError, match="vượt số tạm ứng"):
        money_entry_add(task=task, actor=system(task), kind=MoneyKind.SETTLEMENT, date=dt.date(2022, 6, 1), amount=400_000_000)
    money_entry_add(task=task, actor=system(task), kind=MoneyKind.SETTLEMENT, date=dt.date(2022, 6, 1), amount=100_000_000)
    money_entry_add(task=task, actor=system(task), kind=MoneyKind.REDUCTION, date=dt.date(2022, 7, 1), amount=45_998_409)
    with pytest.raises(ValidationError, match="vượt giá trị hợp đồng"):
        money_entry_add(task=task, actor=system(task), kind=MoneyKind.PAYMENT, date=dt.date(2022, 7, 2), amount=500_000_000)
    summary = task_money_summary(task)
    assert summary["contract_value"] == 800_000_000 and summary["unsettled_advances"] == 200_000_000
    assert summary["remaining"] == 800_000_000 - 45_998_409 - 300_000_000
    late = unsettled_advances(organisation=organisation, today=dt.date(2022, 9, 1))
    assert [(row["tranche"], row["unsettled"]) for row in late] == [(1, 200_000_000)]
    assert unsettled_advances(organisation=organisation, today=dt.date(2022, 7, 1)) == []  # not yet due (90 days)


HEADER = "Mã nhiệm vụ,Tên nhiệm vụ,Tên ngắn,Cấp quản lý,Lĩnh vực,Tổ chức chủ trì,Chủ nhiệm,Thực hiện từ năm,Ngày bắt đầu,Ngày kết thúc,Tổng kinh phí (đồng),Trạng thái,Xếp loại,Số giấy chứng nhận đăng ký,Ngày cấp giấy chứng nhận\n"


def _csv(*rows):
    return BytesIO((HEADER + "".join(row + "\n" for row in rows)).encode("utf-8"))


def test_import_all_or_nothing_and_update_by_code(setup):
    organisation, unit, head = setup
    importer = ScienceTaskImporter(membership=head)
    bad = importer.run(_csv('A1,"Đề tài A",Ngắn A,Cấp tỉnh,Nông nghiệp,Viện A,Ông A,2022,01/03/2022,31/12/2023,"500.000.000",Đang thực hiện,,,',
                            'A2,Đề tài B,,Cấp huyện,Hóa học,Viện B,Bà B,2022,,,,,,,'), "ds.csv")
    assert not bad.ok and ScienceTask.objects.count() == 0
    messages = [str(error) for error in bad.errors]
    assert any("Dòng 3, cột Cấp quản lý" in m for m in messages) and any("Dòng 3, cột Lĩnh vực" in m for m in messages)
    good = importer.run(_csv('A1,"Đề tài A",Ngắn A,Cấp tỉnh,Nông nghiệp,Viện A,Ông A,2022,01/03/2022,31/12/2023,"500.000.000",Đang thực hiện,,,'), "ds.csv")
    assert good.ok and good.created == 1
    task = ScienceTask.objects.get(code="A1")
    assert task.state == State.IN_PROGRESS and task.budget_total == 500_000_000
    again = importer.run(_csv('A1,"Đề tài A (sửa)",Ngắn A,Cấp tỉnh,Nông nghiệp,Viện A,Ông A,2022,01/03/2022,31/12/2023,"500.000.000",Đã đăng ký kết quả,Khá,12/GCN,10/03/2024'), "ds.csv")
    assert again.ok and again.updated == 1
    task.refresh_from_db()
    assert task.title == "Đề tài A (sửa)" and task.state == State.REGISTERED and task.grade == "kha"
    assert task.registration_number == "12/GCN"
    assert list(task.steps.values_list("kind", flat=True))[-1] == "register"


def test_import_command_dry_run_and_errors(setup, tmp_path):
    organisation, unit, head = setup
    path = tmp_path / "ds.csv"
    path.write_bytes(_csv('B1,Đề tài,,Cấp tỉnh,Y dược,Viện,Bà C,2023,,,,,,,').getvalue())
    out = StringIO()
    call_command("import_sciencetasks", "--org", organisation.code, str(path), "--dry-run", stdout=out)
    assert "chạy thử" in out.getvalue() and ScienceTask.objects.count() == 0
    call_command("import_sciencetasks", "--org", organisation.code, str(path), stdout=out)
    assert ScienceTask.objects.filter(code="B1").exists()
    path.write_bytes(_csv('B2,Đề tài,,Cấp tỉnh,Thiên văn,Viện,Bà C,2023,,,,,,,').getvalue())
    with pytest.raises(CommandError):
        call_command("import_sciencetasks", "--org", organisation.code, str(path), stdout=out, stderr=StringIO())


def test_screens_and_step_form(client, setup):
    organisation, unit, head = setup
    task = walk(make_task(organisation, unit), MAIN_WALK[:7])
    login(client, head)
    for name, args in [("sciencetasks:sciencetask_list", []), ("sciencetasks:board", []), ("sciencetasks:year_stats", []),
                       ("sciencetasks:sciencetask_detail", [task.pk]), ("sciencetasks:council_list", []), ("home", []),
                       ("sciencetasks:sciencetask_import", [])]:
        assert client.get(reverse(name, args=args)).status_code == 200, name
    url = reverse("sciencetasks:step_add", args=[task.pk])
    response = client.post(url, {"kind": "accept", "date": "01/12/2022", "grade": "kha"}, follow=True)
    assert "Không thể thực hiện bước «Nghiệm thu cấp tỉnh»" in response.content.decode()
    client.post(url, {"kind": "submit_dossier", "date": "01/12/2022"})
    task.refresh_from_db()
    assert task.state == State.DOSSIER_SUBMITTED
    other = make_member(organisation, "khac", [Role.CHUYEN_VIEN], unit=None)
    login(client, other)
    assert client.post(url, {"kind": "base_accept", "date": "02/12/2022"}).status_code == 403
    task.refresh_from_db()
    assert task.state == State.DOSSIER_SUBMITTED


def test_api_tasks_steps_and_other_organisation(client, setup):
    organisation, unit, head = setup
    task = walk(make_task(organisation, unit), MAIN_WALK[:7])
    login(client, head)
    listing = client.get("/api/science-tasks/").json()
    assert listing["count"] == 1
    response = client.post("/api/science-task-steps/", {"task": task.pk, "kind": "inspect", "date": "2022-06-01",
                                                         "variant": "unscheduled"}, content_type="application/json")
    assert response.status_code == 201, response.content
    response = client.post("/api/science-task-steps/", {"task": task.pk, "kind": "register", "date": "2022-06-02"},
                           content_type="application/json")
    assert response.status_code == 400 and "Không thể thực hiện bước" in response.content.decode()
    stats = client.get("/api/sciencetask-yearstats/?year=2023").json()
    assert stats["managed"] == 1
    foreign_org, foreign_unit, foreign_head = make_setup("org-khac")
    login(client, foreign_head)
    assert client.get(f"/api/science-tasks/{task.pk}/").status_code == 404
    assert client.get(reverse("sciencetasks:sciencetask_detail", args=[task.pk])).status_code == 404


def test_late_advances_are_settled_first_in_first_out_as_of_the_day(setup):
    organisation, unit, _ = setup
    task = walk(make_task(organisation, unit), MAIN_WALK[:7])
    for kind, day, amount in [(MoneyKind.ADVANCE, dt.date(2022, 3, 1), 100_000_000),
                              (MoneyKind.ADVANCE, dt.date(2022, 4, 1), 200_000_000),
                              (MoneyKind.SETTLEMENT, dt.date(2022, 5, 15), 150_000_000),
                              (MoneyKind.SETTLEMENT, dt.date(2022, 8, 1), 100_000_000)]:
        money_entry_add(task=task, actor=system(task), kind=kind, date=day, amount=amount)
    # 30/05: the first advance (due 30/05) is not late yet; 05/06: the settlement of 15/05 paid it off
    assert unsettled_advances(organisation=organisation, today=dt.date(2022, 5, 30)) == []
    assert unsettled_advances(organisation=organisation, today=dt.date(2022, 6, 5)) == []
    # 15/07: the second advance (due 30/06) keeps 200 − (150 − 100) = 150 million open; the August settlement
    # does not count yet
    late = unsettled_advances(organisation=organisation, today=dt.date(2022, 7, 15))
    assert [(row["tranche"], row["unsettled"], row["days_late"]) for row in late] == [(2, 150_000_000, 15)]
    late = unsettled_advances(organisation=organisation, today=dt.date(2022, 8, 2))
    assert [(row["tranche"], row["unsettled"]) for row in late] == [(2, 50_000_000)]
    other_organisation, _, _ = make_setup("org-khac")
    assert unsettled_advances(organisation=other_organisation, today=dt.date(2022, 8, 2)) == []


def test_admin_lists_and_change_pages_with_history(client, setup):
    organisation, unit, head = setup
    task = walk(make_task(organisation, unit), MAIN_WALK[:7])
    council = council_create(actor=system(organisation), kind=CouncilKind.ACCEPTANCE, name="HĐ nghiệm thu",
                             tasks=[task], managing_unit=unit)
    council_member_add(council=council, actor=system(council), full_name="Phạm Văn X", role="chu_tich")
    money_entry_add(task=task, actor=system(task), kind=MoneyKind.ADVANCE, date=dt.date(2022, 5, 1), amount=1_000)
    head.user.is_staff = head.user.is_superuser = True
    head.user.save()
    login(client, head)
    for model in ("sciencetask", "taskstep", "council", "councilmember", "moneyentry", "taskdocument"):
        assert client.get(reverse(f"admin:sciencetasks_{model}_changelist")).status_code == 200, model
    for model, obj in (("sciencetask", task), ("council", council), ("taskstep", task.steps.last())):
        assert client.get(reverse(f"admin:sciencetasks_{model}_change", args=[obj.pk])).status_code == 200, model
        assert client.get(reverse(f"admin:sciencetasks_{model}_history", args=[obj.pk])).status_code == 200, model
    page = client.get(reverse("admin:sciencetasks_sciencetask_change", args=[task.pk])).content.decode()
    assert "Ký hợp đồng" in page  # the steps, listed read-only under the task


def test_the_admin_only_reads_writes_go_through_the_services(client, setup):
    organisation, unit, head = setup
    task = make_task(organisation, unit)
    head.user.is_staff = head.user.is_superuser = True
    head.user.save()
    login(client, head)
    url = reverse("admin:sciencetasks_sciencetask_change", args=[task.pk])
    response = client.post(url, {"code": task.code, "title": "Sửa qua trang quản trị"})
    assert response.status_code == 403
    assert client.get(reverse("admin:sciencetasks_sciencetask_add")).status_code == 403
    assert client.post(reverse("admin:sciencetasks_sciencetask_delete", args=[task.pk]), {"post": "yes"}).status_code == 403
    task.refresh_from_db()
    assert task.title != "Sửa qua trang quản trị"
