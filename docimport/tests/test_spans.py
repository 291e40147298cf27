"""Spans the extractor reads beside the tasks: figures, citations and unit names (issue #13). Invented examples
of the shapes seen on unseen documents; each test names the general rule of administrative writing."""
from docimport.extract import quantities


def values(text: str) -> list:
    return [q["value"] for q in quantities(text, [])]


# --- quantities (LABELING.md rule 12: counts of work done or objects) ------------------------------------

def test_the_parts_of_a_legal_text_are_not_counted():
    assert values("Thông tư gồm 5 chương, 21 điều và 3 phụ lục; hỗ trợ 12 tổ chức.") == [12]


def test_a_number_after_a_designator_names_a_form_or_a_round():
    assert values("Báo cáo theo phiếu đính kèm (mẫu 01) và biểu 03; xét chọn đợt 4 được tổ chức đúng hạn.") == []
    assert values("Đã tổ chức 2 đợt kiểm tra.") == [2]


def test_a_number_followed_by_a_predicate_counts_nothing():
    # a place named with a number ("xã Tân Lập 3") and a round ("lần thứ" is an ordinal already)
    assert values("UBND xã Tân Lập 3 thực hiện chưa nghiêm; thôn Đông 2 đã hoàn thành 14 công trình.") == [14]


def test_a_frequency_is_not_a_count():
    assert values("Tổ chức đối thoại ít nhất 2 lần/năm và 1 lần mỗi quý với 40 doanh nghiệp.") == [40]


def test_a_street_number_is_not_a_count():
    assert values("Gửi về Trung tâm Thông tin, 15 Lê Lợi, Phường 4, thành phố Tây Sơn.") == []
    assert values("Cấp giấy chứng nhận cho 3 Hợp tác xã.") == [3]


def test_a_page_counter_is_not_a_count():
    assert values("12/03/2021 | 08:15 | cms-view-count: 5120") == []
    assert values("Lượt xem: 2.417") == []
    assert values("Máy chụp X-quang: 02 chiếc; phòng chụp: 04 phòng") == [2, 4]


def test_a_headline_and_lead_repeating_the_figure_count_it_once():
    text = ("Hoàn thành 28 chỉ tiêu chủ yếu phát triển kinh tế - xã hội năm 2026\n"
            "1. Phấn đấu hoàn thành 28 chỉ tiêu chủ yếu phát triển kinh tế - xã hội năm 2026\n"
            "Hội nghị thống nhất phấn đấu hoàn thành 28/28 chỉ tiêu chủ yếu phát triển kinh tế - xã hội.\n")
    assert values(text) == [28]


def test_a_report_restating_a_figure_in_another_section_counts_it_again():
    text = ("BÁO CÁO\nKết quả năm 2026\nI. KẾT QUẢ\n- Đã cấp mã số cho 9 cơ sở.\n"
            "- Hỗ trợ 14 tổ chức, cá nhân cập nhật dữ liệu truy xuất nguồn gốc.\n"
            "II. NHIỆM VỤ NĂM 2027\n- Tiếp tục hỗ trợ 14 tổ chức, cá nhân cập nhật dữ liệu truy xuất nguồn gốc.\n")
    assert values(text) == [9, 14, 14]


def test_a_steering_committee_named_by_number_but_the_verb_counts():
    assert values("Cử thành viên tham gia Ban Chỉ đạo 138 tỉnh; chỉ đạo 3 xã còn lại hoàn thành.") == [3]
