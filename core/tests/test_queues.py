"""The home page says what to do next: a leader's decisions with one-click buttons, each person's own work."""
import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from core.testing import TenantFixture, login
from core.queues import DECIDE, MINE, UNIT, worklist
from directives import services as directive_services
from directives.choices import ExtensionState
from directives.models import Extension
from reports.choices import ReportStatus
from reports.models import Report, ReportSection


@pytest.fixture
def tenants(db):
    return TenantFixture()


def _task(tenants, text, due, assigned_on=None, assignees=()):
    today = timezone.localdate()
    return directive_services.assigned_task_create(
        actor=tenants.director, text=text, lead_unit=tenants.unit, assigned_on=assigned_on or today - dt.timedelta(days=20),
        due_date=due, assignees=assignees)


def _queue(queues, key):
    return next((queue for queue in queues if queue.key == key), None)


def test_staff_sees_own_overdue_and_due_this_week_and_nothing_to_decide(tenants):
    today = timezone.localdate()
    _task(tenants, "Báo cáo tình hình ứng dụng công nghệ", today - dt.timedelta(days=3), assignees=[tenants.staff])
    _task(tenants, "Rà soát danh mục thủ tục hành chính", today + dt.timedelta(days=2))
    _task(tenants, "Xây dựng kế hoạch năm sau", today + dt.timedelta(days=40))
    queues = worklist(tenants.staff, today)
    assert _queue(queues, DECIDE) is None
    mine = _queue(queues, MINE)
    assert [item.kind for item in mine.items] == ["Nhiệm vụ quá hạn"]
    assert "quá hạn 03 ngày" in mine.items[0].detail
    unit = _queue(queues, UNIT)
    # the unit queue holds the unit's other task due this week, not the one already listed as mine
    assert [item.title for item in unit.items] == ["Rà soát danh mục thủ tục hành chính"]


def test_leader_decides_an_extension_request_from_the_home_page(tenants):
    today = timezone.localdate()
    task = _task(tenants, "Tổng hợp đề xuất đặt hàng nhiệm vụ KH&CN", today + dt.timedelta(days=5))
    extension = directive_services.extension_request(actor=tenants.staff, task=task,
                                                     new_due_date=today + dt.timedelta(days=30), reason="Chờ số liệu")
    client = login(Client(), tenants.director)
    page = client.get("/").content.decode()
    assert "Chờ bạn quyết định" in page and "Đề nghị gia hạn" in page and "Chờ số liệu" in page
    decide = _queue(worklist(tenants.director, today), DECIDE).items[0]
    approve = decide.decisions[0]
    assert approve.label == "Đồng ý"
    response = client.post(approve.url, dict(approve.fields))
    assert response.status_code == 302
    extension.refresh_from_db()
    assert extension.state == ExtensionState.APPROVED
    assert _queue(worklist(tenants.director, today), DECIDE) is None


def test_staff_of_the_unit_is_not_offered_the_decision(tenants):
    today = timezone.localdate()
    task = _task(tenants, "Thẩm định công nghệ dự án đầu tư", today + dt.timedelta(days=5))
    directive_services.extension_request(actor=tenants.staff, task=task, new_due_date=today + dt.timedelta(days=30),
                                         reason="Chờ hồ sơ")
    assert Extension.objects.filter(state=ExtensionState.PENDING).count() == 1
    for member in (tenants.staff, tenants.head, tenants.office_chief):
        assert _queue(worklist(member, today), DECIDE) is None


def test_report_to_approve_and_section_to_write(tenants):
    today = timezone.localdate()
    common = dict(organisation=tenants.org, kind="thang", period_start=today.replace(day=1), period_end=today,
                  period_label="tháng này", title="Kết quả công tác tháng")
    compiled = Report.objects.create(status=ReportStatus.COMPILED, **common)
    collecting = Report.objects.create(status=ReportStatus.COLLECTING, **common)
    ReportSection.objects.create(organisation=tenants.org, report=collecting, key="qlkh", heading="Quản lý khoa học",
                                 unit=tenants.unit)
    director_queue = _queue(worklist(tenants.director, today), DECIDE)
    assert [item.url for item in director_queue.items] == [compiled.get_absolute_url()]
    unit_queue = _queue(worklist(tenants.staff, today), UNIT)
    assert [item.kind for item in unit_queue.items] == ["Phần báo cáo của đơn vị"]
    assert _queue(worklist(tenants.other_staff, today), UNIT) is None


def test_a_deputy_decides_the_requests_of_the_units_in_charge_only(tenants):
    today = timezone.localdate()
    in_charge = _task(tenants, "Tổng hợp đề xuất nhiệm vụ", today + dt.timedelta(days=5))
    elsewhere = directive_services.assigned_task_create(
        actor=tenants.director, text="Cập nhật cổng thông tin", lead_unit=tenants.other_unit,
        assigned_on=today - dt.timedelta(days=3), due_date=today + dt.timedelta(days=5))
    for task in (in_charge, elsewhere):
        directive_services.extension_request(actor=tenants.director, task=task,
                                             new_due_date=today + dt.timedelta(days=30), reason="Chờ số liệu")
    deputy_queue = _queue(worklist(tenants.deputy, today), DECIDE)
    assert [item.url for item in deputy_queue.items] == [in_charge.get_absolute_url()]
    assert _queue(worklist(tenants.director, today), DECIDE).count == 2


def test_a_leader_confirms_a_reported_completion_in_one_click(tenants):
    today = timezone.localdate()
    task = _task(tenants, "Báo cáo kết quả kiểm tra đo lường", today - dt.timedelta(days=2))
    directive_services.task_complete(actor=tenants.staff, task=task, completed_on=today - dt.timedelta(days=1),
                                     explanation="Chờ số liệu của Trung tâm Kỹ thuật")
    item = next(item for item in _queue(worklist(tenants.director, today), DECIDE).items
                if item.kind == "Hoàn thành chờ xác nhận")
    assert "sau hạn" in item.detail and "Chờ số liệu" in item.detail
    assert _queue(worklist(tenants.staff, today), DECIDE) is None
    client = login(Client(), tenants.director)
    response = client.post(item.decisions[0].url, {"next": "/"})
    assert response.status_code == 302 and response["Location"] == "/"
    task.refresh_from_db()
    assert task.completion_confirmed_on == today and task.completion_confirmed_by == tenants.director
    assert _queue(worklist(tenants.director, today), DECIDE) is None


def test_staff_cannot_confirm_and_a_decision_never_redirects_off_site(tenants):
    today = timezone.localdate()
    task = _task(tenants, "Tổng hợp số liệu thống kê", today + dt.timedelta(days=2))
    directive_services.task_complete(actor=tenants.staff, task=task, completed_on=today)
    client = login(Client(), tenants.staff)
    response = client.post(f"/directives/nhiem-vu/{task.pk}/thao-tac/confirm/", {"next": "//evil.example/"})
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "evil.example" not in response["Location"]
    task.refresh_from_db()
    assert task.completion_confirmed_on is None
