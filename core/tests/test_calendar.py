"""Deadlines in the calendar people use (issue #11): iCalendar feeds per person and per unit behind secret addresses."""
import datetime as dt

import pytest
from django.urls import reverse
from icalendar import Calendar

from core import calendar
from core.models import CalendarFeed
from core.permissions import system_membership
from core.testing import login
from directives.tests.factories import make_task

D = dt.date
SITE = "https://sokhcn.skhcn.example.gov.vn"


@pytest.fixture
def tasks(tenants, settings):
    settings.SITE_URL = SITE
    actor = system_membership(tenants.org)
    foreign = system_membership(tenants.other_org)
    made = {
        "mine": make_task(actor, tenants.unit, assigned_on=D(2026, 11, 2), deadline_text="trước ngày 15/12/2026",
                          text="Báo cáo kết quả kiểm tra đo lường, chất lượng"),
        "late": make_task(actor, tenants.unit, assigned_on=D(2026, 10, 1), deadline_text="trước ngày 20/11/2026",
                          text="Tham mưu kế hoạch; trình UBND tỉnh"),
        "office": make_task(actor, tenants.other_unit, assigned_on=D(2026, 11, 2),
                            deadline_text="trước ngày 10/12/2026", text="Việc của Văn phòng"),
        "undated": make_task(actor, tenants.unit, assigned_on=D(2026, 11, 2), deadline_text="", text="Không hạn"),
        "foreign": make_task(foreign, tenants.foreign_unit, assigned_on=D(2026, 11, 2),
                             deadline_text="trước ngày 12/12/2026", text="Việc của Sở khác"),
    }
    return made


def fetch(client, feed):
    response = client.get(reverse("core:calendar_feed", args=[feed.token]))
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events_of(ical):
    return {str(event["SUMMARY"]): event for event in ical.walk("VEVENT")}


def test_a_persons_feed_has_their_units_deadlines_as_all_day_events(client, tenants, tasks):
    feed = calendar.feed_for_membership(tenants.staff)
    events = events_of(fetch(client, feed))
    assert set(events) == {"Hạn: Báo cáo kết quả kiểm tra đo lường, chất lượng (QLKH)",
                           "Quá hạn: Tham mưu kế hoạch; trình UBND tỉnh (QLKH)"}
    event = events["Hạn: Báo cáo kết quả kiểm tra đo lường, chất lượng (QLKH)"]
    assert event["DTSTART"].dt == D(2026, 12, 15) and not isinstance(event["DTSTART"].dt, dt.datetime)
    assert event["DTEND"].dt == D(2026, 12, 16)
    assert str(event["URL"]) == f"{SITE}/directives/nhiem-vu/{tasks['mine'].pk}/"
    assert "Đơn vị chủ trì: Phòng Quản lý khoa học" in str(event["DESCRIPTION"])
    assert str(event["UID"]) == f"sokhcn-nhiemvu-{tasks['mine'].pk}@sokhcn.skhcn.example.gov.vn"


def test_uids_are_stable_and_lines_follow_rfc_5545(client, tenants, tasks):
    feed = calendar.feed_for_membership(tenants.staff)
    first = client.get(reverse("core:calendar_feed", args=[feed.token])).content
    second = client.get(reverse("core:calendar_feed", args=[feed.token])).content
    uids = lambda body: sorted(str(e["UID"]) for e in Calendar.from_ical(body).walk("VEVENT"))  # noqa: E731
    assert uids(first) == uids(second)
    for line in first.split(b"\r\n"):
        assert len(line) <= 75
    assert first.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and first.endswith(b"END:VCALENDAR\r\n")


def test_a_units_feed_and_other_organisations(client, tenants, tasks):
    unit_events = events_of(fetch(client, calendar.feed_for_unit(tenants.other_unit)))
    assert list(unit_events) == ["Hạn: Việc của Văn phòng (VP)"]
    for feed in (calendar.feed_for_membership(tenants.director), calendar.feed_for_unit(tenants.unit),
                 calendar.feed_for_membership(tenants.staff)):
        body = client.get(reverse("core:calendar_feed", args=[feed.token])).content.decode()
        assert "Sở khác" not in body
    foreign = client.get(reverse("core:calendar_feed", args=[calendar.feed_for_unit(tenants.foreign_unit).token]))
    assert "Việc của Sở khác" in foreign.content.decode() and "đo lường" not in foreign.content.decode()


def test_completed_tasks_leave_the_feed(client, tenants, tasks):
    from directives import services

    services.task_complete(actor=tenants.director, task=tasks["mine"], completed_on=D(2026, 12, 1))
    summaries = set(events_of(fetch(client, calendar.feed_for_unit(tenants.unit))))
    assert not any("đo lường" in summary for summary in summaries)


def test_a_wrong_or_renewed_token_is_not_found(client, tenants, tasks):
    assert client.get(reverse("core:calendar_feed", args=["khong-dung"])).status_code == 404
    feed = calendar.feed_for_membership(tenants.staff)
    old = feed.token
    login(client, tenants.staff)
    page = client.get(reverse("core:calendar")).content.decode()
    assert old in page and "Lịch hạn xử lý" in page
    client.post(reverse("core:calendar"))
    client.logout()
    assert client.get(reverse("core:calendar_feed", args=[old])).status_code == 404
    assert CalendarFeed.objects.get(membership=tenants.staff).token != old


def test_only_a_unit_head_or_leader_renews_a_units_address(client, tenants, tasks):
    feed = calendar.feed_for_unit(tenants.unit)
    old = feed.token
    login(client, tenants.staff)
    assert client.post(reverse("core:calendar"), {"unit": tenants.unit.pk}).status_code == 403
    assert CalendarFeed.objects.get(unit=tenants.unit).token == old
    login(client, tenants.head)
    assert client.post(reverse("core:calendar"), {"unit": tenants.unit.pk}).status_code == 302
    assert CalendarFeed.objects.get(unit=tenants.unit).token != old
    login(client, tenants.foreign_director)
    assert client.post(reverse("core:calendar"), {"unit": tenants.unit.pk}).status_code == 404


def test_a_deactivated_persons_feed_stops(client, tenants, tasks):
    feed = calendar.feed_for_membership(tenants.staff)
    tenants.staff.is_active = False
    tenants.staff.save()
    assert client.get(reverse("core:calendar_feed", args=[feed.token])).status_code == 404
