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


# --- references (LABELING.md rule 11) -----------------------------------------------------------------------

def cited(text: str) -> list[tuple[str, str | None]]:
    from docimport.extract import references

    return [(r["number"], r["date"]) for r in references(text)]


def test_a_citation_repeated_without_its_year_is_cited_once():
    text = ("Căn cứ Nghị định số 45/2024/NĐ-CP ngày 10/3/2024 của Chính phủ; Thông tư số 12/2024/TT-BTC hướng dẫn "
            "thực hiện Nghị định số 45/NĐ-CP của Chính phủ.")
    assert cited(text) == [("45/2024/NĐ-CP", "2024-03-10"), ("12/2024/TT-BTC", None)]
    # two decrees of one number in different years stay two
    assert len(cited("Nghị định số 45/2023/NĐ-CP và Nghị định số 45/2024/NĐ-CP; Nghị định số 45/NĐ-CP.")) == 3


def test_a_number_without_a_symbol_is_cited_with_its_date():
    text = "Triển khai Công điện số 95 ngày 14/8/2026 của Thủ tướng Chính phủ; bố trí 95 người trực."
    assert cited(text) == [("95", "2026-08-14")]
    # without its date a formal act is still cited by its number (the labels count "Nghị định 210", "Quyết định 33");
    # a figure after a plain noun is not
    assert cited("Theo Quyết định số 3 về việc thành lập tổ.") == [("3", None)]
    assert cited("Bố trí 95 người trực theo kế hoạch 40 người.") == []


def test_numbers_listed_after_a_colon_and_glued_together():
    assert cited("thực hiện các nhiệm vụ tại các Kế hoạch: 91/KH-UBND92/KH-UBND.") == [
        ("91/KH-UBND", None), ("92/KH-UBND", None)]
    assert cited("Công văn số 65/UBND-VP5 về việc trực Tết.") == [("65/UBND-VP5", None)]


def test_what_the_document_is_about_may_stand_between_its_kind_and_its_number():
    text = "(kèm theo Báo cáo thẩm định, đánh giá điều chỉnh dự án số 2204/BC-SXD ngày 05/7/2026)"
    assert cited(text) == [("2204/BC-SXD", "2026-07-05")]
    # another kind in between: the number is the nearer kind's
    from docimport.extract import references

    (found,) = references("Kế hoạch triển khai Nghị quyết số 08/NQ-HĐND ngày 10/7/2026.")
    assert (found["kind"], found["number"]) == ("Nghị quyết", "08/NQ-HĐND")


def test_a_capitalised_kind_and_a_stray_comma_before_the_date():
    assert cited("theo tinh thần Nghị Quyết số 27/NQ-CP ngày 09/6/2026 của Chính phủ") == [("27/NQ-CP", "2026-06-09")]
    assert cited("Căn cứ Quyết định số: 31/QĐ-SKHCN ngày ,04/02/2026 của Giám đốc Sở") == [("31/QĐ-SKHCN", "2026-02-04")]


def test_a_page_titled_with_its_own_number_does_not_cite_itself():
    page = ("https://skhcn.example.gov.vn/tin-tuc/thong-bao-512\n"
            "Thông báo số 512/TB-SKHCN về việc tổ chức Hội thi sáng tạo kỹ thuật năm 2026\n"
            "Thực hiện Kế hoạch số 88/KH-UBND ngày 02/3/2026 của UBND tỉnh, Sở tổ chức Hội thi.\n")
    assert cited(page) == [("88/KH-UBND", "2026-03-02")]
    news = ("Quyết định số 77/QĐ-UBND về quy chế quản lý nhiệm vụ khoa học\n"
            "Ngày 12/4/2026, UBND tỉnh ban hành Quyết định số 77/QĐ-UBND về quy chế quản lý nhiệm vụ.\n")
    assert cited(news) == [("77/QĐ-UBND", "2026-04-12")]  # a news item about the document cites it


# --- unit spans (LABELING.md rule 5) --------------------------------------------------------------------------

def test_the_head_named_after_the_body_is_a_title():
    from docimport.extract import read_agency

    assert read_agency("Cục trưởng Cục Quản lý thị trường tỉnh chỉ đạo kiểm tra") == "Cục Quản lý thị trường tỉnh"
    assert read_agency("Viện trưởng Viện Khoa học Nông nghiệp phối hợp") == "Viện Khoa học Nông nghiệp"


def test_a_name_ends_before_a_person_s_title_or_its_role_in_apposition():
    from docimport.extract import read_agency

    assert read_agency("Chi cục Thú y tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo chỉ đạo") == "Chi cục Thú y tỉnh"
    assert read_agency("Sở Công Thương - Cơ quan Thường trực Ban Chỉ đạo 389 tỉnh kiểm tra") == "Sở Công Thương"
    assert read_agency("Sở Lao động - Thương binh và Xã hội kiểm tra") == "Sở Lao động - Thương binh và Xã hội"


def test_a_year_before_a_place_phrase_is_not_a_count():
    assert values("Bảo đảm an toàn giao thông dịp Tết Nguyên đán 2027 trên địa bàn tỉnh; hỗ trợ 2000 hộ trên địa bàn.") == [2000]


def test_a_board_name_goes_on_through_words_that_look_like_verbs():
    from docimport.extract import read_agency

    # "quản lý" after "Ban", "xây dựng" after "dự án đầu tư", "trình" after "công" are nouns of the name
    assert read_agency("Ban QLDA đầu tư xây dựng các công trình Giao thông tỉnh khẩn trương hoàn thiện hồ sơ") == \
        "Ban QLDA đầu tư xây dựng các công trình Giao thông tỉnh"
    assert read_agency("Ban quản lý dự án đầu tư xây dựng khu vực huyện tăng cường kiểm tra") == \
        "Ban quản lý dự án đầu tư xây dựng khu vực huyện"
    # the words stay verbs elsewhere
    assert read_agency("Ban Tổ chức xây dựng kế hoạch") == "Ban Tổ chức"
    assert read_agency("Sở Kế hoạch và Đầu tư xây dựng kế hoạch vốn") == "Sở Kế hoạch và Đầu tư"
    assert read_agency("Phòng Kinh tế trình UBND huyện") == "Phòng Kinh tế"


def test_a_name_ends_before_and_and_a_title():
    from docimport.extract import extract

    page = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 88/UBND-KT\nAn Bình, ngày 04 tháng 5 năm 2026\n\n"
            "1. Ban QLDA đầu tư xây dựng các công trình Giao thông khẩn trương hoàn thiện hồ sơ trước ngày 30/6/2026.\n"
            "2. Yêu cầu Giám đốc Ban QLDA đầu tư xây dựng các công trình Giao thông và Thủ trưởng các đơn vị có liên "
            "quan triển khai thực hiện.\n")
    tasks = [(t["unit"], t["deadline"]) for t in extract(page)["tasks"]]
    assert tasks == [("Ban QLDA đầu tư xây dựng các công trình Giao thông", "2026-06-30")]  # the closing line is generic


def test_an_administrative_level_is_a_unit():
    from docimport.extract import extract, read_agency

    page = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 89/UBND-KT\nAn Bình, ngày 04 tháng 5 năm 2026\n\n"
            "Thời hạn hoàn thành kiểm kê đất đai:\n"
            "- Cấp xã hoàn thành và báo cáo kết quả trước ngày 01/6/2026;\n"
            "- Cấp huyện hoàn thành và báo cáo kết quả trước ngày 15/7/2026.\n")
    assert [(t["unit"], t["deadline"]) for t in extract(page)["tasks"]] == [
        ("Cấp xã", "2026-06-01"), ("Cấp huyện", "2026-07-15")]
    assert read_agency("Cấp tỉnh: tổ chức kiểm kê") is None  # a heading, not a unit
    assert read_agency("cấp giấy chứng nhận") is None  # the verb "grant"


def test_a_lower_case_body_word_after_the_verb_or_in_a_list_names_a_unit():
    from docimport.extract import extract

    header = "ỦY BAN NHÂN DÂN\nHUYỆN AN PHÚ\nSố: 90/UBND-VP\nAn Phú, ngày 04 tháng 5 năm 2026\n\n"
    # "cơ quan Thường trực …" after the verb is the body of that role
    page = header + ("Chủ tịch UBND huyện yêu cầu cơ quan Thường trực Ban An toàn giao thông huyện tổ chức kiểm tra "
                     "các tuyến đường trước ngày 30/8/2026.\n")
    assert [t["unit"] for t in extract(page)["tasks"]] == ["Cơ quan Thường trực Ban An toàn giao thông huyện"]
    # in a decision's article, the second unit of a comma list written with a lower-case head
    page = header + ("Điều 2. Phòng Kế hoạch, phòng quản lý đô thị có trách nhiệm hướng dẫn các chủ đầu tư "
                     "hoàn thiện hồ sơ trước ngày 15/6/2026.\n")
    assert [(t["unit"], t["deadline"]) for t in extract(page)["tasks"]] == [
        ("Phòng Kế hoạch", "2026-06-15"), ("Phòng quản lý đô thị", "2026-06-15")]


def test_a_collective_goes_on_through_and_a_bare_kind():
    from docimport.extract import read_agency

    assert read_agency("các sở, ngành và địa phương tổ chức theo dõi diễn biến thời tiết") == "các sở, ngành và địa phương"
    assert read_agency("Các phòng chuyên môn và đơn vị trực thuộc tập trung rà soát") == \
        "Các phòng chuyên môn và đơn vị trực thuộc"
    # a body named after "và" is a unit of its own, and so is a kind followed by its name
    assert read_agency("các sở, ban, ngành và UBND các huyện thực hiện") == "các sở, ban, ngành"
    assert read_agency("các phòng và đơn vị Sở Y tế thực hiện") == "các phòng"
