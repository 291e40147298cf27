"""Browser tests (Playwright driving Debian's chromium): the foundation as a person uses it."""
import re

import pytest

from core import demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo_data(db):
    demo.load()


def test_administrator_creates_a_unit_searches_and_logs_out(live_server, browser_login, demo_data):
    page = browser_login("quantri", demo.DEMO_PASSWORD)
    assert "Xin chào" in page.inner_text("h1")

    # navigate through the menu to the unit list
    page.click("text=Tổ chức")
    page.click("text=Phòng, đơn vị")
    page.wait_for_url(re.compile(r"/he-thong/don-vi/$"))
    assert "Phòng Quản lý khoa học" in page.inner_text("table")

    # create a unit
    page.click("#add-button")
    page.fill("#id_name", "Tổ Nghiệm thu đề tài")
    page.fill("#id_code", "to-nghiem-thu")
    page.select_option("#id_parent", label="Phòng QLKH")
    page.click("#save-button")
    page.wait_for_url(re.compile(r"/he-thong/don-vi/\d+/$"))
    assert page.inner_text("h1") == "Tổ Nghiệm thu đề tài"
    assert "Đã lưu." in page.inner_text(".alert")

    # search with and without diacritics
    for query in ("nghiem thu", "NGHIỆM THU", "nghiệm thu"):
        page.goto(f"{live_server.url}/he-thong/don-vi/")
        page.fill("#id_q", query)
        with page.expect_navigation():
            page.click("#filter-form button[type=submit]")
        rows = page.locator("table tbody tr")
        assert rows.count() == 1, query
        assert "Tổ Nghiệm thu đề tài" in rows.first.inner_text()

    # the change is in the history, with who did it
    page.click("text=Tổ Nghiệm thu đề tài")
    page.click("text=Lịch sử")
    assert "Võ Đình Khoa" in page.inner_text("table") and "Tạo mới" in page.inner_text("table")

    # log out
    page.click("#user-menu")
    page.click("#logout-button")
    page.wait_for_url(re.compile(r"/dang-nhap/"))
    assert page.locator("#id_username").is_visible()


def test_staff_member_is_refused_the_add_unit_page(live_server, browser_login, demo_data):
    page = browser_login("chuyenvien", demo.DEMO_PASSWORD)
    assert page.locator("#add-button").count() == 0
    page.goto(f"{live_server.url}/he-thong/don-vi/")
    assert page.locator("#add-button").count() == 0  # no button to a forbidden action
    response = page.goto(f"{live_server.url}/he-thong/don-vi/them/")
    assert response.status == 403
    assert "Bạn không có quyền thực hiện thao tác này" in page.inner_text("h1")
    assert page.locator("#error-page").get_attribute("data-status") == "403"
    page.click("text=Về trang chủ")
    page.wait_for_url(f"{live_server.url}/")
