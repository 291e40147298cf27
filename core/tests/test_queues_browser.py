"""The leader's queue in a real browser: the Giám đốc sees the counts and decides an extension in one click."""
import datetime as dt

import pytest
from django.utils import timezone

from core.testing import PASSWORD, TenantFixture
from directives import services
from directives.choices import ExtensionState
from directives.models import Extension


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_director_approves_an_extension_from_the_home_page(live_server, browser_login):
    tenants = TenantFixture()
    today = timezone.localdate()
    task = services.assigned_task_create(actor=tenants.director, text="Tổng hợp đề xuất đặt hàng nhiệm vụ KH&CN",
                                         lead_unit=tenants.unit, assigned_on=today - dt.timedelta(days=10),
                                         due_date=today + dt.timedelta(days=3))
    services.extension_request(actor=tenants.staff, task=task, new_due_date=today + dt.timedelta(days=30),
                               reason="Chờ ý kiến của các sở, ngành")
    page = browser_login(tenants.director.user.username, PASSWORD)
    queue = page.locator(".worklist-decide")
    assert queue.locator("[data-count]").inner_text() == "1"
    assert "Đề nghị gia hạn: 01" in queue.inner_text() and "Chờ ý kiến của các sở, ngành" in queue.inner_text()
    with page.expect_navigation():
        queue.get_by_role("button", name="Đồng ý", exact=True).click()
    assert page.url.rstrip("/") == live_server.url.rstrip("/")  # back on the home page
    assert "Đã xử lý đề nghị gia hạn." in page.content()
    assert page.locator(".worklist-decide").count() == 0
    assert Extension.objects.get().state == ExtensionState.APPROVED
