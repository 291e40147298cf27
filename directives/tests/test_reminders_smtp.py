"""Reminder e-mails that really leave (issue #11): send_reminders talks to a real SMTP server started in the test
(aiosmtpd on loopback); a unit's digest of tasks overdue and due, in Vietnamese, with absolute links; never twice a
day for the same items."""
import datetime as dt
import email
import io
import socket
from email import policy

import pytest
from django.core.management import call_command

from core.models import ReminderLog
from core.permissions import system_membership
from directives.tests.factories import make_task

D = dt.date
SITE = "https://sokhcn.skhcn.example.gov.vn"


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        self.messages.append((sorted(envelope.rcpt_tos), message))
        return "250 Đã nhận"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp(settings):
    from aiosmtpd.controller import Controller

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_USE_TLS = False
    settings.SITE_URL = SITE
    yield inbox
    controller.stop()


def body_of(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


@pytest.fixture
def tasks(tenants):
    actor = system_membership(tenants.org)
    return {
        "late": make_task(actor, tenants.unit, assigned_on=D(2026, 11, 2), deadline_text="trước ngày 20/11/2026",
                          text="Báo cáo kết quả kiểm tra đo lường"),
        "soon": make_task(actor, tenants.unit, assigned_on=D(2026, 11, 2), deadline_text="trước ngày 04/12/2026",
                          text="Tham mưu kế hoạch ứng dụng bức xạ"),
        "far": make_task(actor, tenants.unit, assigned_on=D(2026, 11, 2), deadline_text="trước ngày 30/03/2027",
                         text="Tổng kết năm"),
    }


def send(day: str) -> str:
    out = io.StringIO()
    call_command("send_reminders", "--org", "org-a", "--today", day, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_the_digest_leaves_through_smtp_in_vietnamese_with_absolute_links(smtp, tenants, tasks):
    send("2026-12-01")
    (recipients, message), = [m for m in smtp.messages if m[0] == ["cv@example.test", "tp@example.test"]]
    assert message["Subject"].strip() == f"[{tenants.org.short_name}] Nhắc việc ngày 01/12/2026: 2 mục"
    body = body_of(message)
    assert body.startswith(f"Kính gửi {tenants.unit.name},")
    assert "- [Quá hạn] " in body and "Báo cáo kết quả kiểm tra đo lường" in body and "hạn 20/11/2026" in body
    assert "- [Sắp đến hạn] " in body and "Tham mưu kế hoạch ứng dụng bức xạ" in body
    assert "Tổng kết năm" not in body
    assert body.index("Quá hạn") < body.index("Sắp đến hạn")  # what is late comes first
    assert f"{SITE}/directives/nhiem-vu/{tasks['late'].pk}/" in body
    html = message.get_body(preferencelist=("html",)).get_content()
    assert f'href="{SITE}/directives/nhiem-vu/{tasks["soon"].pk}/"' in html


def test_never_twice_a_day_for_the_same_items(smtp, tenants, tasks):
    send("2026-12-01")
    first = len(smtp.messages)
    assert first >= 1
    assert "Đã gửi 0 thư." in send("2026-12-01")
    assert len(smtp.messages) == first
    assert ReminderLog.objects.filter(unit=tenants.unit, day=D(2026, 12, 1)).count() == 2

    # a task assigned later that day: only it is sent
    make_task(system_membership(tenants.org), tenants.unit, assigned_on=D(2026, 12, 1),
              deadline_text="trước ngày 03/12/2026", text="Việc mới trong ngày")
    send("2026-12-01")
    new = smtp.messages[first:]
    assert len(new) == 1 and "1 mục" in new[0][1]["Subject"]
    assert "Việc mới trong ngày" in body_of(new[0][1]) and "đo lường" not in body_of(new[0][1])

    # the next day everything still open is reminded again
    send("2026-12-02")
    assert "Báo cáo kết quả kiểm tra đo lường" in body_of(smtp.messages[-1][1])


def test_a_server_that_is_down_records_nothing(settings, tenants, tasks):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()  # nobody listens there
    err = io.StringIO()
    call_command("send_reminders", "--org", "org-a", "--today", "2026-12-01", stdout=io.StringIO(), stderr=err)
    assert "không gửi được thư" in err.getvalue()
    assert not ReminderLog.objects.exists()
