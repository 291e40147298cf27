"""The registers on the home page and in the reminder e-mails (frozen clock): licences expiring within the alert
window, shown with their facility, and the TTHC on-time rate of the year."""
import datetime as dt
import re

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from core.testing import login
from core.permissions import system_membership
from registers import models as m
from registers.services import register_record_create

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def licences(cast):
    def facility(organisation, unit, name):
        return register_record_create(model=m.RadiationFacility, actor=system_membership(organisation), unit=unit, name=name)

    def licence(organisation, unit, place, number, expires, **extra):
        return register_record_create(model=m.RadiationLicence, actor=system_membership(organisation), unit=unit, facility=place,
                                      number=number, issued_on=dt.date(2024, 1, 1), expires_on=expires, **extra)

    hospital = facility(cast.org, cast.unit, "Bệnh viện Đa khoa Khu vực Triệu Hải")
    clinic = facility(cast.org, cast.other_unit, "Phòng khám Nha khoa Ánh Dương")
    return {
        "due": licence(cast.org, cast.unit, hospital, "GP-45-NGAY", dt.date(2027, 1, 4)),  # 45 days ahead
        "other_unit": licence(cast.org, cast.other_unit, clinic, "GP-PHONG-KHAM", dt.date(2026, 12, 1)),
        "later": licence(cast.org, cast.unit, hospital, "GP-46-NGAY", dt.date(2027, 1, 5)),  # 46 days ahead
        "expired": licence(cast.org, cast.unit, hospital, "GP-DA-HET-HAN", dt.date(2026, 11, 19)),
        "foreign": licence(cast.other_org, cast.foreign_unit,
                           facility(cast.other_org, cast.foreign_unit, "Bệnh viện B"), "GP-TINH-KHAC",
                           dt.date(2026, 12, 1)),
    }


def widget(html: str, element_id: str) -> str:
    """The text of the element with this id (its tag closed at the first closing tag of the same name)."""
    tag = re.search(rf'<(\w+)[^>]*id="{element_id}"', html)
    assert tag, f"#{element_id} is not on the page"
    match = re.search(rf'id="{element_id}"[^>]*>(.*?)</{tag.group(1)}>', html, re.S)
    assert match, f"#{element_id} is not on the page"
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", match.group(1))).strip()


@time_machine.travel(dt.datetime(2026, 11, 20, 9, 0), tick=False)
def test_home_page_lists_licences_expiring_within_45_days_with_their_facility(client, cast, licences):
    login(client, cast.staff)
    html = client.get("/").content.decode()
    assert "Giấy phép bức xạ hết hạn trong 45 ngày tới" in html
    assert widget(html, "expiring-licences") == (
        "GP-PHONG-KHAM — Phòng khám Nha khoa Ánh Dương: hết hạn 01/12/2026 (còn 11 ngày) "
        "GP-45-NGAY — Bệnh viện Đa khoa Khu vực Triệu Hải: hết hạn 04/01/2027 (còn 45 ngày)"
    )
    login(client, cast.foreign_director)
    html = client.get("/").content.decode()
    assert widget(html, "expiring-licences") == "GP-TINH-KHAC — Bệnh viện B: hết hạn 01/12/2026 (còn 11 ngày)"


@time_machine.travel(dt.datetime(2026, 11, 20, 9, 0), tick=False)
def test_home_page_says_so_when_no_licence_expires(client, cast):
    login(client, cast.staff)
    html = client.get("/").content.decode()
    assert widget(html, "expiring-licences-none") == "Không có giấy phép nào sắp hết hạn."


@time_machine.travel(dt.datetime(2026, 11, 20, 9, 0), tick=False)
def test_home_page_shows_the_tthc_on_time_rate_of_the_year(client, cast):
    procedure = cast.context["procedure"]

    def dossier(received, due, status="processing", resolved=None, **extra):
        return register_record_create(model=m.ProcedureDossier, actor=system_membership(cast.org), unit=cast.unit,
                                      procedure=procedure, applicant="Công ty A", received_on=received, due_on=due,
                                      status=status, resolved_on=resolved, **extra)

    login(client, cast.staff)
    assert widget(client.get("/").content.decode(), "tthc-rate") == "—"  # nothing resolved yet: no rate
    dossier(dt.date(2026, 3, 2), dt.date(2026, 3, 16), "resolved", dt.date(2026, 3, 10))  # early
    dossier(dt.date(2026, 4, 1), dt.date(2026, 4, 15), "resolved", dt.date(2026, 4, 15))  # on the day
    dossier(dt.date(2026, 5, 4), dt.date(2026, 5, 18), "resolved", dt.date(2026, 5, 18))
    dossier(dt.date(2026, 6, 1), dt.date(2026, 6, 15), "resolved", dt.date(2026, 6, 19))  # late
    dossier(dt.date(2026, 11, 16), dt.date(2026, 11, 30))  # still within its time limit
    dossier(dt.date(2026, 7, 1), dt.date(2026, 7, 15), "returned", return_reason="Sai thẩm quyền")
    dossier(dt.date(2025, 12, 1), dt.date(2025, 12, 15), "resolved", dt.date(2025, 12, 30))  # last year: not counted
    html = client.get("/").content.decode()
    assert "Thủ tục hành chính năm 2026" in html
    assert widget(html, "tthc-received") == "6"
    assert widget(html, "tthc-rate") == "75,0%"


@time_machine.travel(dt.datetime(2026, 11, 20, 9, 0), tick=False)
def test_reminder_mail_of_the_unit_lists_its_expiring_licences(cast, licences):
    mail.outbox = []
    call_command("send_reminders", "--org", cast.org.code, "--today", TODAY.isoformat(), stdout=_Sink())
    by_recipient = {tuple(message.to): message for message in mail.outbox}
    body = by_recipient[(cast.staff.user.email,)].body
    assert ("- [Sắp đến hạn] Giấy phép bức xạ GP-45-NGAY (Bệnh viện Đa khoa Khu vực Triệu Hải) hết hạn ngày "
            "04/01/2027 — hạn 04/01/2027") in body
    assert licences["due"].get_absolute_url() in body
    assert "GP-46-NGAY" not in body and "GP-DA-HET-HAN" not in body and "GP-PHONG-KHAM" not in body
    other = by_recipient[(cast.other_staff.user.email,)].body
    assert "GP-PHONG-KHAM (Phòng khám Nha khoa Ánh Dương) hết hạn ngày 01/12/2026" in other
    assert "GP-45-NGAY" not in other


class _Sink:
    def write(self, text):
        pass
