"""Browser: import seed 001 as a Word file generated here, review, accept, find the tasks in the task list."""
import pytest

from .helpers import docx_from_text, seed_text


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_import_seed_001_docx_review_accept(live_server, browser_login, tmp_path):
    from core.demo import DEMO_PASSWORD, load

    load()
    path = tmp_path / "thong-bao-ket-luan-tuan-7.docx"
    path.write_bytes(docx_from_text(seed_text("001")))
    page = browser_login("chanhvanphong", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/docimport/tai-len/")
    page.set_input_files("#id_file", str(path))
    page.click("#upload-button")
    page.wait_for_selector("#review-form")
    assert page.locator(".task-row:not(.added-row)").count() == 19
    assert page.locator("#source-text mark.hl-task").count() >= 19
    # the unknown unit is shown to be mapped once: map it to Văn phòng Sở and remember the name
    unknown = page.locator(".task-row.unmatched").first
    assert "Các đơn vị thuộc Sở" in unknown.inner_text()
    unknown.locator("select[name$='-unit']").select_option(label="Văn phòng Sở")
    unknown.locator("input[name$='-remember']").check()
    unknown.locator("input.task-accept").check()
    # "Chọn tất cả" ticks the extracted rows, never the blank ones; a task the extraction missed is written into one
    page.click("#select-all")
    assert page.locator("input.added-accept:checked").count() == 0
    page.click("#added-tasks summary")
    added = page.locator(".added-row").first
    added.locator("textarea[name$='-text']").fill("Rà soát hồ sơ đề tài chậm tiến độ, báo cáo Giám đốc Sở.")
    added.locator("select[name$='-unit']").select_option(label="Văn phòng Sở")
    added.locator("input.added-accept").check()
    page.screenshot(path=str(tmp_path / "review-added.png"), full_page=True)
    with page.expect_navigation():
        page.click("#accept-button")
    assert "Đã tạo văn bản" in page.content(), page.inner_text("main") if page.locator("main").count() else page.content()[-3000:]
    page.goto(f"{live_server.url}/directives/nhiem-vu/?q=dinh muc kinh te ky thuat")
    assert "Phối hợp với Phòng Kế hoạch – Tài chính hoàn thành định mức" in page.content()
    page.goto(f"{live_server.url}/directives/nhiem-vu/?q=zalo")
    assert "tài khoản zalo official account" in page.content()
    page.goto(f"{live_server.url}/directives/nhiem-vu/?q=ho so de tai cham tien do")
    assert "Rà soát hồ sơ đề tài chậm tiến độ, báo cáo Giám đốc Sở." in page.content()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_table_dropped_on_the_import_screen_is_previewed_and_confirmed_without_choosing_it_again(
        live_server, browser_login, tmp_path):
    from core.demo import DEMO_PASSWORD, load

    from .test_handover import ROWS, _xlsx

    load()
    path = tmp_path / "danh-sach-nhiem-vu.xlsx"
    path.write_bytes(_xlsx(ROWS))
    page = browser_login("chanhvanphong", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/docimport/tai-len/")
    page.set_input_files("#id_file", str(path))
    page.click("#upload-button")
    page.wait_for_selector("#import-preview")
    assert "danh-sach-nhiem-vu.xlsx" in page.inner_text("#import-preview")
    with page.expect_navigation():
        page.click("#confirm-import")
    page.goto(f"{live_server.url}/directives/nhiem-vu/?q=danh muc thu tuc hanh chinh")
    assert "Cập nhật danh mục thủ tục hành chính" in page.content()
