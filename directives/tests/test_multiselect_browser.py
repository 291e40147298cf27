"""Issue #11: coordinating units are picked with a searchable multi-select (type part of a name, pick, save)."""
import pytest

from core.choices import Role
from core.testing import PASSWORD, make_member, make_organisation, make_unit


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_pick_two_coordinating_units_by_typing(live_server, browser_login):
    from directives.models import AssignedTask

    org = make_organisation("qt-multiselect")
    lead = make_unit(org, "vp", name="Văn phòng Sở")
    science = make_unit(org, "qlkh", name="Phòng Quản lý khoa học")
    technology = make_unit(org, "qlcn", name="Phòng Quản lý công nghệ và Đổi mới sáng tạo")
    make_unit(org, "ttdl", name="Chi cục Tiêu chuẩn Đo lường Chất lượng")
    make_unit(org, "ttud", name="Trung tâm Ứng dụng tiến bộ khoa học")
    make_member(org, "gd-ms", [Role.GIAM_DOC], full_name="Trần Ngọc Lâm")
    page = browser_login("gd-ms", PASSWORD)
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    page.goto(f"{live_server.url}/directives/nhiem-vu/them/")
    page.fill("#id_text", "Xây dựng kế hoạch chuyển đổi số năm 2027")
    page.select_option("#id_lead_unit", str(lead.pk))
    search = page.locator("#id_coordinating_units_search")
    assert search.is_visible()
    search.fill("quan ly")  # no marks typed: "Quản lý" matches
    rows = page.locator("#id_coordinating_units > div:not([hidden])")
    assert rows.count() == 2
    page.get_by_label("Phòng Quản lý khoa học").check()
    search.fill("đổi mới")  # marks typed: only what carries them
    assert page.locator("#id_coordinating_units > div:not([hidden]) >> text=Đổi mới sáng tạo").count() == 1
    search.press("Enter")  # Enter picks the first match and does not submit the form
    assert "Đã chọn (2)" in page.inner_text(".sms-chosen >> nth=0")
    page.fill("#id_assigned_on", "22/11/2026")
    page.fill("#id_deadline_text", "trước ngày 20/12/2026")
    with page.expect_navigation():
        page.click("#save-button")
    task = AssignedTask.objects.get(text__startswith="Xây dựng kế hoạch chuyển đổi số")
    assert set(task.coordinating_units.all()) == {science, technology}
    assert "Phòng Quản lý khoa học" in page.inner_text("main")
    assert not errors


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_bulk_assign_picks_people_by_typing(live_server, browser_login):
    import datetime as dt

    from directives import services
    from directives.models import AssignedTask

    org = make_organisation("qt-bulk-ms")
    unit = make_unit(org, "vp", name="Văn phòng Sở")
    director = make_member(org, "gd-bulk", [Role.GIAM_DOC], full_name="Trần Ngọc Lâm")
    for name in ("Lê Hùng", "Nguyễn Thị Hà", "Phạm Thị Lan"):
        make_member(org, None, [Role.CHUYEN_VIEN], unit=unit, full_name=name)
    task = services.assigned_task_create(actor=director, text="Tham mưu kế hoạch chuyển đổi số", lead_unit=unit,
                                         assigned_on=dt.date(2026, 11, 22), deadline_text="trước ngày 20/12/2026")
    page = browser_login("gd-bulk", PASSWORD)
    page.goto(f"{live_server.url}/directives/nhiem-vu/")
    page.click("#bulk-assignees summary")
    page.fill("#id_assignees_search", "hà")  # marks typed: not "Phạm"
    page.keyboard.press("Enter")
    page.select_option("#id_action", "assign")
    page.check(f"input[name=tasks][value='{task.pk}']")
    with page.expect_navigation():
        page.click("#bulk-submit")
    assert [m.user.full_name for m in AssignedTask.objects.get(pk=task.pk).assignees.all()] == ["Nguyễn Thị Hà"]
