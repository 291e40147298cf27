"""Browser flow: create a briefing notice with tasks, complete one late with an explanation, see it in the figures."""
import pytest

from core.choices import Role
from core.testing import PASSWORD, make_member, make_organisation, make_unit


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_briefing_to_late_task_to_figures(live_server, browser_login):
    org = make_organisation("qt-browser")
    unit = make_unit(org, "qlkh", name="Phòng Quản lý khoa học")
    make_member(org, "gd-browser", [Role.GIAM_DOC], full_name="Trần Ngọc Lâm", position="Giám đốc")
    page = browser_login("gd-browser", PASSWORD)

    page.goto(f"{live_server.url}/directives/giao-ban/them/")
    page.fill("#id_year", "2025")
    page.fill("#id_week_number", "6")
    page.fill("#id_held_on", "10/02/2025")
    page.click("#save-button")
    page.wait_for_selector("#conclusion-form")
    page.select_option("#conclusion-form select[name=lead_unit]", str(unit.pk))
    page.fill("#conclusion-form textarea[name=text]", "Hoàn thiện dự thảo Quy chế, trình Giám đốc Sở trước ngày 14/02/2025.")
    page.click("#add-conclusion")
    page.fill("#conclusion-form textarea[name=text]", "Rà soát hồ sơ nhiệm vụ KH&CN trong tháng 3/2025.")
    page.select_option("#conclusion-form select[name=lead_unit]", str(unit.pk))
    page.click("#add-conclusion")
    assert page.locator("#conclusions li").count() == 2
    assert "trước ngày 14/02/2025" in page.inner_text("#conclusions")

    page.click("#conclusions li:first-child a")
    page.click("#open-complete")
    page.fill("#complete-form input[name=completed_on]", "17/02/2025")
    page.click("#complete-button")
    assert "phải nhập giải trình nguyên nhân" in page.inner_text("main")
    page.click("#open-complete")
    page.fill("#complete-form input[name=completed_on]", "17/02/2025")
    page.fill("#complete-form textarea[name=explanation]", "Chờ ý kiến góp ý của các phòng.")
    page.click("#complete-button")
    assert page.inner_text("#task-status") == "Hoàn thành quá hạn"

    page.goto(f"{live_server.url}/directives/tong-hop/?date_from=01/02/2025&date_to=28/02/2025")
    assert page.inner_text("#fig-assigned") == "02"
    assert page.inner_text("#fig-completed") == "01"
    assert page.inner_text("#fig-late") == "01"
    assert "Chờ ý kiến góp ý của các phòng." in page.inner_text("#late-table")
