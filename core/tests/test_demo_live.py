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


def _home_cards(client, user) -> dict[str, str]:
    """{card title: the card's text} of the home page, as the person reads it."""
    import re

    client.force_login(user)
    page = client.get("/").content.decode()
    cards = {}
    for title, body in re.findall(r'<h2 class="h6[^"]*">(.*?)</h2>(.*?)(?=<h2 class="h6|</main>)', page, re.S):
        cards[re.sub(r"<[^>]+>", "", title).strip()] = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)).strip()
    return cards


@pytest.mark.parametrize("username", [username for username, *_ in core_demo.demo_accounts() if username != "admin"])
def test_every_card_of_every_demo_role_has_figures_on_the_day_of_loading(demo, username):
    """The cards that read from records of the current month or year (on-time rate, TTHC, late advances) are not
    empty on the first days of a month either: the layer has a completion, dossiers and an advance dated from
    today."""
    from core.models import User

    cards = _home_cards(Client(), User.objects.get(username=username))
    assert "Tỷ lệ hoàn thành đúng hạn" in cards, cards.keys()
    assert "Chưa có nhiệm vụ hoàn thành" not in cards["Tỷ lệ hoàn thành đúng hạn"]
    tthc = next(text for title, text in cards.items() if title.startswith("Thủ tục hành chính năm"))
    assert not tthc.startswith("Tiếp nhận 0 ") and "Tỷ lệ đúng hạn: —" not in tthc, tthc
    assert cards["Tạm ứng chưa thanh toán quá hạn"] != "Không có.", cards["Tạm ứng chưa thanh toán quá hạn"]
    assert all(text and text != "Không có." for text in cards.values()), cards


@pytest.mark.parametrize("day", [dt.date(2027, 1, 1), dt.date(2027, 3, 1)])
def test_the_layer_loaded_on_the_first_of_a_month_or_year_is_never_in_the_future(demo, day):
    from registers.models import ProcedureDossier
    from sciencetasks.models import MoneyEntry

    _load_live(day)
    dossiers = ProcedureDossier.objects.filter(code__startswith="MH-TTHC-")
    assert dossiers.count() == 5 * 3
    assert all(d.received_on.year == day.year and (d.resolved_on or day) <= day for d in dossiers)
    assert AssignedTask.objects.filter(source__number="TB-GB/SKHCN", completed_on=day).count() == 3
    advance = MoneyEntry.objects.get(organisation__code="quang-tri", task__code="MH-DT-01")
    assert advance.settle_by < day and advance.date <= day
