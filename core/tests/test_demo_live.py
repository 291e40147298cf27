"""The demo is alive on the day it is installed: every demo role's home page shows real work, dated from today."""
import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from core import demo as core_demo
from core.models import Membership
from core.queues import DECIDE, MINE, UNIT, worklist
from core.registry import app_modules
from directives.models import AssignedTask


def _load_live(today):
    for module in app_modules("demo_live"):
        module.load(today=today)


@pytest.fixture
def demo(db):
    core_demo.load()
    today = timezone.localdate()
    _load_live(today)
    return today


def _member(username, code):
    return Membership.objects.select_related("organisation", "unit").get(user__username=username,
                                                                        organisation__code=code)


def _kinds(queues, key):
    queue = next((queue for queue in queues if queue.key == key), None)
    return {item.kind for item in queue.items} if queue else set()


def test_every_demo_role_has_work_on_its_home_page(demo):
    today = demo
    director = worklist(_member("giamdoc", "quang-tri"), today)
    assert {"Đề nghị gia hạn", "Hoàn thành chờ xác nhận"} <= _kinds(director, DECIDE)
    assert _kinds(worklist(_member("chuyenvien", "quang-tri"), today), MINE) == {"Nhiệm vụ quá hạn"}
    qlkh = worklist(_member("chuyenvien.qlkh", "quang-tri"), today)
    assert "Đến hạn trong tuần" in _kinds(qlkh, MINE)
    assert "Nhiệm vụ KH&CN đến hạn nghiệm thu" in _kinds(qlkh, UNIT)
    for username, code in (("bk.qlkh", "bac-kan"), ("nt.qlkh", "ninh-thuan")):
        assert _kinds(worklist(_member(username, code), today), MINE) | _kinds(worklist(_member(username, code), today), UNIT)
        assert "Đề nghị gia hạn" in _kinds(worklist(_member(username.replace("qlkh", "giamdoc"), code), today), DECIDE)
    licences = _kinds(worklist(_member("phogiamdoc", "quang-tri"), today), UNIT)
    assert "Giấy phép sắp hết hạn" in licences


def test_the_layer_has_overdue_due_soon_late_done_with_explanation(demo):
    today = demo
    tasks = AssignedTask.objects.filter(organisation__code="quang-tri", source__number="TB-GB/SKHCN")
    assert tasks.filter(completed_on__isnull=True, due_date__lt=today).count() == 2
    assert tasks.filter(completed_on__isnull=True, due_date__range=(today, today + dt.timedelta(days=7))).count() == 3
    late = [task for task in tasks.exclude(completed_on=None) if task.completed_on > task.due_date]
    assert len(late) == 2 and all(task.explanation for task in late)


def test_home_page_of_the_director_shows_the_decision(demo):
    client = Client()
    client.force_login(_member("giamdoc", "quang-tri").user)
    page = client.get("/").content.decode()
    assert "Chờ bạn quyết định" in page and "Đồng ý" in page


def test_a_second_run_on_the_same_day_writes_nothing(demo):
    today = demo
    counts = AssignedTask.history.count(), AssignedTask.objects.count()
    _load_live(today)
    assert (AssignedTask.history.count(), AssignedTask.objects.count()) == counts


def test_a_later_day_moves_the_dates_instead_of_piling_up(demo):
    today = demo
    before = AssignedTask.objects.count()
    _load_live(today + dt.timedelta(days=7))
    assert AssignedTask.objects.count() == before
    overdue = AssignedTask.objects.filter(organisation__code="quang-tri", source__number="TB-GB/SKHCN",
                                          completed_on__isnull=True, due_date__lt=today + dt.timedelta(days=7))
    assert overdue.count() == 2


def test_the_report_of_the_month_just_ended_waits_for_half_of_its_units(demo):
    from reports.models import Report

    today = demo
    reports = Report.objects.filter(organisation__code="quang-tri", kind="thang", period_end__lt=today,
                                    period_end__gte=today - dt.timedelta(days=50))
    assert reports.count() == 1
    sections = [section for section in reports.get().sections.all() if section.unit_id]
    written = [section for section in sections if section.narrative]
    assert 0 < len(written) < len(sections)
    waiting_units = {section.unit_id for section in sections if not section.narrative}
    members = Membership.objects.filter(organisation__code="quang-tri", unit_id__in=waiting_units,
                                        roles__icontains="chuyen_vien").select_related("organisation", "unit")
    assert members, "some unit with demo staff still has its part to write"
    for member in members:
        assert "Phần báo cáo của đơn vị" in _kinds(worklist(member, today), UNIT)
