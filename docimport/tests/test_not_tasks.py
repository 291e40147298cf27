"""Sentences read as assignments that are no task (issue #13, precision): invented examples only.

The rules are in `docimport/extract/not_tasks.py`; the corpus documents that showed each class are named there."""
from docimport.tests.test_clauses import HEADER, tasks_of


def units(body: str) -> list[str]:
    return [unit for unit, _ in tasks_of(body)]


def test_a_lead_that_repeats_the_body_for_the_units_it_directs_is_counted_once():
    body = ("Chủ tịch UBND tỉnh chỉ đạo các huyện, các công ty thủy nông nạo vét kênh mương, khơi thông dòng chảy "
            "phục vụ vụ Hè Thu 2026, không để ruộng thiếu nước.\n\n"
            "Theo dự báo của Đài khí tượng, nắng nóng còn kéo dài đến tháng 7.\n\n"
            "Trước mắt, các huyện, công ty thủy nông nạo vét kênh mương, khơi thông dòng chảy phục vụ vụ Hè Thu 2026.\n")
    assert len(units(body)) == 1


def test_a_partner_named_in_the_lead_is_not_its_addressee():
    body = ("Văn phòng Sở chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ xây dựng kế hoạch kiểm tra công vụ năm 2026.\n\n"
            "Sở Tài chính, Sở Nội vụ căn cứ chức năng, nhiệm vụ phối hợp với Văn phòng Sở xây dựng kế hoạch kiểm tra "
            "công vụ năm 2026.\n")
    assert "Văn phòng Sở" in units(body)


def test_the_paper_speaking_of_itself_is_no_task():
    assert tasks_of("Tạp chí Nông thôn Mới trân trọng giới thiệu toàn văn Chỉ thị.\n") == []


def test_a_meeting_told_as_it_went_is_no_task():
    body = ("Sau khi nghe Thư ký Hội đồng báo cáo tổng hợp hồ sơ, các thành viên Hội đồng thảo luận, chấm điểm "
            "07 đề tài.\n")
    assert tasks_of(body) == []


def test_to_coordinate_with_nobody_named_is_a_generic_line():
    assert tasks_of("Các phòng, ban, đơn vị chủ động phối hợp thực hiện các giải pháp nâng cao chỉ số PCI.\n") == []
    # with a partner and a deadline it is a task
    assert units("Các phòng, ban phối hợp với Sở Tài chính rà soát hồ sơ, báo cáo trước ngày 20/6/2026.\n")
    # the unit that leads ("chủ trì, phối hợp triển khai …") is not only coordinating
    assert units("Sở Nông nghiệp và Môi trường chủ trì, phối hợp triển khai hướng dẫn, kiểm tra việc thực hiện "
                 "quyết định.\n") == ["Sở Nông nghiệp và Môi trường"]


def test_to_carry_out_the_document_itself_is_a_closing_line():
    assert tasks_of("Ông Trần Văn Bình, Chánh Thanh tra tỉnh đề nghị các sở, ngành tổ chức thực hiện "
                    "nghiêm những kiến nghị nêu trong Kết luận.\n") == []


def test_the_role_a_plan_gives_for_the_whole_plan_is_no_task():
    assert tasks_of("Sở Nội vụ là cơ quan thường trực, giúp UBND tỉnh theo dõi, tổ chức thực hiện Kế hoạch.\n",
                    HEADER) == []


def test_to_report_difficulties_should_there_be_any_is_a_condition():
    assert tasks_of("UBND xã, phường kịp thời báo cáo các nội dung khó khăn, vướng mắc phát sinh trong quá trình triển "
                    "khai thực hiện (nếu có) về Sở Xây dựng để tổng hợp.\n", HEADER) == []
    # what is to be dealt with "should there be any" is still a task
    assert units("Giao Sở Lao động kiểm tra thông tin báo nêu, xử lý vi phạm (nếu có) theo đúng quy định.\n") == [
        "Sở Lao động"]
