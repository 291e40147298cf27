"""Browser flow: the Chánh Văn phòng creates a report for a period, the Giám đốc approves and issues it and
downloads the .docx."""
import io

import docx
import pytest

from core.choices import Role, UnitKind
from core.testing import PASSWORD, make_member, make_organisation, make_unit


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_create_approve_issue_download(live_server, browser_login, page):
    org = make_organisation("qt-rp-browser")
    office = make_unit(org, "van-phong", name="Văn phòng Sở", kind=UnitKind.VAN_PHONG)
    make_member(org, "cvp-browser", [Role.CHANH_VAN_PHONG], unit=office, full_name="Trần Thị Nhung")
    make_member(org, "gd-rp-browser", [Role.GIAM_DOC], full_name="Trần Ngọc Lâm")

    browser_login("cvp-browser", PASSWORD)
    page.goto(f"{live_server.url}/reports/")
    page.select_option("#kind", "thang")
    page.fill("#year", "2024")
    page.fill("#month", "1")
    with page.expect_navigation():
        page.click("#create-report button[type=submit]")
    assert "Báo cáo tháng 01/2024" in page.inner_text("h1")
    report_url = page.url
    with page.expect_navigation():
        page.click("text=Văn phòng tổng hợp")
    assert "Văn phòng đã tổng hợp" in page.inner_text("h1")
    assert page.locator("button:has-text('Duyệt')").count() == 0  # the Chánh Văn phòng does not approve

    page.context.clear_cookies()
    browser_login("gd-rp-browser", PASSWORD)
    page.goto(report_url)
    with page.expect_navigation():
        page.click("button:has-text('Duyệt')")
    assert "Lãnh đạo đã duyệt" in page.inner_text("h1")
    page.fill("input[name=number]", "1")
    page.fill("input[name=issued_on]", "20/01/2024")
    with page.expect_navigation():
        page.click("button:has-text('Ban hành')")
    assert "Đã ban hành" in page.inner_text("h1")
    assert "nội dung và số liệu đã được khóa" in page.inner_text("main")

    with page.expect_download() as download_info:
        page.click("a:has-text('.docx')")
    document = docx.Document(io.BytesIO(open(download_info.value.path(), "rb").read()))
    header = "\n".join(cell.text for cell in document.tables[0].rows[0].cells)  # number left, place and date right
    assert "Số: 1/BC-SKHCN" in header and "ngày 20 tháng 01 năm 2024" in header
    assert "Kết quả hoạt động khoa học và công nghệ tháng 01/2024," in [p.text for p in document.paragraphs]
