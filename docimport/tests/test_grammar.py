"""The sentence and clause grammar (issue #13): one invented example per failure class seen on unseen documents."""
import datetime as dt

from docimport.extract import extract, read_agency, references
from docimport.extract.structure import normalise_spelling

HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 101/UBND-KT\nAn Bình, ngày 02 tháng 3 năm 2026\n"
          "V/v triển khai một số nhiệm vụ\n\n")


def tasks_of(body: str, header: str = HEADER) -> list[tuple[str, str | None]]:
    return [(t["unit"], t["deadline"]) for t in extract(header + body)["tasks"]]


def dated(text: str) -> list[tuple[str, str | None]]:
    """(number, date) of each citation, for a page written on 04/05/2026."""
    return [(r["number"], r["date"]) for r in references(text, dt.date(2026, 5, 4))]


def cited(text: str) -> list[tuple[str, str]]:
    return [(r["kind"], r["number"]) for r in references(text, dt.date(2026, 5, 4))]


def test_lead_units_separated_by_semicolons_share_the_predicate_and_the_next_sentence_deadline():
    body = ("1. Giao Sở Công Thương; UBND các xã, phường; các chủ đầu tư rà soát, báo cáo tình hình giải ngân "
            "các dự án. Yêu cầu gửi trước ngày 25/3/2026.\n")
    found = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["deadline"]) for t in found] == [
        ("Sở Công Thương", "2026-03-25"), ("UBND các xã, phường", "2026-03-25"), ("các chủ đầu tư", "2026-03-25")]
    assert all("rà soát, báo cáo tình hình giải ngân" in t["text"] for t in found)


def test_a_semicolon_list_after_the_verb_is_its_object_not_new_tasks():
    body = ("2. Giao Sở Tài chính đôn đốc UBND các huyện; các chủ đầu tư; các ban quản lý dự án hoàn thành "
            "quyết toán trước ngày 30/6/2026.\n")
    assert tasks_of(body) == [("Sở Tài chính", "2026-06-30")]


def test_clauses_with_their_own_unit_and_verb_are_separate_tasks():
    body = "3. Giao Sở Nội vụ thẩm định đề án trước ngày 10/4/2026; Sở Tư pháp góp ý dự thảo trước ngày 05/4/2026.\n"
    assert tasks_of(body) == [("Sở Nội vụ", "2026-04-10"), ("Sở Tư pháp", "2026-04-05")]


def test_two_sentences_two_units_keep_their_own_nearest_deadline():
    body = ("Yêu cầu UBND các xã hoàn thành việc rà soát hộ nghèo, gửi kết quả trước ngày 20-9. Riêng UBND xã "
            "Tân Lập hoàn thành trước ngày 18-9.\n")
    assert tasks_of(body) == [("UBND các xã", "2026-09-20"), ("UBND xã Tân Lập", "2026-09-18")]


def test_an_implied_task_for_the_unit_a_file_is_sent_to():
    body = ("4. Giao UBND các huyện lập danh mục công trình, gửi Sở Xây dựng trước ngày 12-10 để sở thẩm định, "
            "trình UBND tỉnh trước ngày 22-10.\n")
    found = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["deadline"]) for t in found] == [("UBND các huyện", "2026-10-12"),
                                                           ("Sở Xây dựng", "2026-10-22")]
    assert found[1]["text"].startswith("để sở thẩm định")


def test_a_lead_in_hands_each_bullet_to_the_units_it_names():
    body = ("Sở Nông nghiệp chỉ đạo Thủ trưởng các đơn vị trực thuộc như sau:\n"
            "- Rà soát hồ sơ cấp giấy chứng nhận, hoàn thành trước ngày 15/4/2026.\n"
            "- Báo cáo kết quả kiểm tra an toàn thực phẩm trong tháng 5/2026.\n"
            "Trên đây là ý kiến chỉ đạo của Giám đốc Sở.\n")
    assert tasks_of(body) == [("các đơn vị trực thuộc", "2026-04-15"), ("các đơn vị trực thuộc", "2026-05-31")]


def test_x_directs_y_to_do_z_is_x_task():
    body = "5. UBND các huyện chỉ đạo các phòng chuyên môn kiểm tra nhãn hàng hóa trước ngày 30/5/2026.\n"
    assert tasks_of(body) == [("UBND các huyện", "2026-05-30")]


def test_old_tone_placement_is_normalised_before_matching():
    assert normalise_spelling("Uỷ ban nhân dân, hoà giải, Thuỷ lợi, hoàn thành, quý") == \
        "Ủy ban nhân dân, hòa giải, Thủy lợi, hoàn thành, quý"
    body = "6. Giao Uỷ ban nhân dân các huyện, thị xã hoà giải tranh chấp đất đai trước ngày 30/4/2026.\n"
    assert tasks_of(body) == [("Ủy ban nhân dân các huyện, thị xã", "2026-04-30")]


def test_a_lower_case_unit_word_after_the_verb():
    body = "7. Giao phòng Kiểm soát thủ tục hành chính tổng hợp báo cáo trước ngày 05/5/2026.\n"
    assert tasks_of(body) == [("Phòng Kiểm soát thủ tục hành chính", "2026-05-05")]


def test_a_title_before_a_collective_keeps_the_collective():
    assert read_agency("Trưởng các phòng, đơn vị trực thuộc Sở triển khai …") == "các phòng, đơn vị trực thuộc Sở"
    assert read_agency("Giám đốc Sở Tài chính bố trí kinh phí") == "Sở Tài chính"


def test_a_trigger_glued_to_the_next_word():
    body = "8. GiaoPhòng Quản lý khoa học hoàn thiện hồ sơ trước ngày 10/5/2026.\n"
    assert tasks_of(body) == []  # a capitalised glued word is not split (Giao|Phòng would be guessing)
    body = "8. Lãnh đạo Sở thống nhất giaoPhòng Quản lý khoa học hoàn thiện hồ sơ trước ngày 10/5/2026.\n"
    assert tasks_of(body) == [("Phòng Quản lý khoa học", "2026-05-10")]


def test_capitalised_collectives_with_abbreviations():
    assert read_agency("Các BQL khu kinh tế chủ trì rà soát") == "Các BQL khu kinh tế"
    body = "9. Giao Các BQL khu kinh tế chủ trì rà soát quỹ đất trước ngày 31/5/2026.\n"
    assert tasks_of(body) == [("Các BQL khu kinh tế", "2026-05-31")]


def test_abbreviations_match_the_organisation_units_through_their_names(db):
    from core.testing import TenantFixture

    tenant = TenantFixture()  # "Phòng Quản lý khoa học", abbreviation QLKH
    body = ("10. Giao QLKH tổng hợp đề xuất đặt hàng trước ngày 15/6/2026; Phòng QLKH-TC lập dự toán trước ngày "
            "20/6/2026.\n")
    found = extract(HEADER + body, organisation=tenant.org)["tasks"]
    assert [(t["unit"], t["unit_id"]) for t in found][0] == ("QLKH", tenant.unit.pk)


def test_generic_closing_lines_are_not_tasks():
    body = ("11. Giao Sở Y tế kiểm tra cơ sở hành nghề trước ngày 30/6/2026.\n"
            "Đề nghị các đơn vị trực thuộc thực hiện.\n"
            "Yêu cầu Thủ trưởng các cơ quan, đơn vị liên quan nghiêm túc triển khai thực hiện./.\n")
    assert tasks_of(body) == [("Sở Y tế", "2026-06-30")]


def test_a_lead_paragraph_repeating_the_body_counts_once():
    body = ("UBND tỉnh yêu cầu Sở Giáo dục và Đào tạo tổ chức kỳ thi an toàn trước ngày 15/6/2026.\n"
            "Cụ thể, UBND tỉnh giao Sở Giáo dục và Đào tạo tổ chức kỳ thi tốt nghiệp an toàn, nghiêm túc "
            "trước ngày 15/6/2026.\n")
    assert tasks_of(body) == [("Sở Giáo dục và Đào tạo", "2026-06-15")]


def test_a_news_dateline_is_the_date_of_year_less_deadlines():
    text = ("14:30, 05/09/2023\nTriển khai công tác phòng chống bão\n"
            "UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn kiểm tra hồ đập trước ngày 20/9.\n")
    result = extract(text)
    assert result["doc_date"] == "2023-09-05"
    assert [(t["unit"], t["deadline"]) for t in result["tasks"]] == [
        ("Sở Nông nghiệp và Phát triển nông thôn", "2023-09-20")]


def test_spaces_around_slashes_in_dates_and_numbers():
    body = "12. Giao Sở Tài chính thẩm định dự toán trước ngày 21/ 5.\nThực hiện Công văn số 318 /UBND-KT của UBND tỉnh.\n"
    assert tasks_of(body) == [("Sở Tài chính", "2026-05-21")]
    assert [r["number"] for r in extract(HEADER + body)["references"]] == ["318/UBND-KT"]


def test_a_date_before_the_citation_is_the_citation_date():
    text = HEADER + "Ngày 03/8, UBND tỉnh ban hành Công văn số 2150/UBND-KGVX về chuyển đổi số.\n"
    refs = extract(text)["references"]
    assert [(r["number"], r["date"]) for r in refs] == [("2150/UBND-KGVX", "2026-08-03")]
    assert references("Ngày 03/8/2025, Bộ ban hành Thông tư số 05/2025/TT-BKHCN.")[0]["date"] == "2025-08-03"


def test_a_date_before_the_citation_after_a_comma_a_dateline_or_a_time_of_day_and_without_its_own_comma():
    assert dated("Để tuyên truyền phong trào thi đua, ngày 25/9/2023, Văn phòng UBND tỉnh có Công văn số "
                 "1194/VPUBND-HCQT về việc tuyên truyền.") == [("1194/VPUBND-HCQT", "2023-09-25")]
    assert dated("(GLO)- Ngày 4-7, Chủ tịch UBND tỉnh ký Quyết định số 632/QĐ-UBND về việc công bố.") == [
        ("632/QĐ-UBND", "2026-07-04")]
    assert dated("Chiều 24.8, UBND tỉnh ban hành Công điện số 05/CĐ-UBND yêu cầu các sở.") == [("05/CĐ-UBND", "2026-08-24")]
    assert dated("Ngày 07 tháng 4 năm 2020 Sở Du lịch ban hành văn bản số 390/SDL-QLCSLTDL về việc phối hợp.") == [
        ("390/SDL-QLCSLTDL", "2020-04-07")]
    assert dated("Ngày 9.5, UBND TP. Hà Nội đã có công văn số 2172/UBND-TKBT giao Sở Xây dựng kiểm tra.") == [
        ("2172/UBND-TKBT", "2026-05-09")]
    # one date for citations joined after it, and for a count of them
    assert dated("Ngày 11/4/2025, Chánh Thanh tra tỉnh ban hành Kết luận số 11/KL-TT và Kết luận số 12/KL-TT.") == [
        ("11/KL-TT", "2025-04-11"), ("12/KL-TT", "2025-04-11")]
    assert dated("Ngày 14/9/2022, Tổng cục đã gửi 02 công văn số 2588/TĐC-TCCL và 2589/TĐC-TCCL tới UBND các tỉnh.") == [
        ("2588/TĐC-TCCL", "2022-09-14"), ("2589/TĐC-TCCL", "2022-09-14")]
    # the day a letter arrived is not its date; a footnote's mark between a number and its date is read past
    assert dated("Ngày 23-8-2011, cơ quan đại diện nhận được Thông báo số 81/TB-UBND về kết luận.") == [("81/TB-UBND", None)]
    assert dated("Thực hiện Văn bản số 3551/UBND-KGVX 1 ngày 19/6/2018 của UBND tỉnh.") == [("3551/UBND-KGVX", "2018-06-19")]


def test_dates_stay_dates():
    task = extract(HEADER + "13. Giao Sở Y tế kiểm tra trước ngày 30/6/2026.\n")["tasks"][0]
    assert dt.date.fromisoformat(task["deadline"]) == dt.date(2026, 6, 30)


def test_a_collective_and_the_units_after_it_are_one_lead():
    body = ("14. Yêu cầu các cơ quan, ban, ngành, đoàn thể, UBND các xã, thị trấn nâng cao cảnh giác; "
            "các tổ chức và cá nhân đề xuất nhiệm vụ trước ngày 30/6/2026.\n")
    units = [unit for unit, _ in tasks_of(body)]
    assert units[0] == "các cơ quan, ban, ngành, đoàn thể, UBND các xã, thị trấn"


def test_noun_words_inside_a_unit_name():
    assert read_agency("Ban An toàn giao thông tỉnh thường xuyên báo cáo") == "Ban An toàn giao thông tỉnh"
    assert read_agency("Ban Quản lý dự án đầu tư xây dựng tỉnh:") == "Ban Quản lý dự án đầu tư xây dựng tỉnh"
    assert read_agency("Sở Xây dựng xây dựng kế hoạch") == "Sở Xây dựng"


def test_a_sentence_opening_with_an_adverbial_then_a_unit_and_a_verb_is_a_task():
    body = ("Trên cơ sở báo cáo của các đơn vị, Sở Kế hoạch và Đầu tư có nhiệm vụ tổng hợp, tham mưu UBND tỉnh "
            "trước ngày 15/11/2026.\n"
            "Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4/2026 đến hết ngày 03/5/2026, các đơn vị bố trí trực.\n")
    assert tasks_of(body) == [("Sở Kế hoạch và Đầu tư", "2026-11-15"), ("các đơn vị", "2026-05-03")]


def test_who_assigns_is_not_an_assignee():
    body = ("UBND tỉnh chỉ đạo tổng kết thực tiễn năm 2026\n"
            "Từ đầu năm, UBND tỉnh giao 833 nhiệm vụ cho các sở, ngành.\n"
            "Sở đánh giá cao tinh thần làm việc của các phòng.\n"
            "UBND các huyện chỉ đạo phòng Tài nguyên hoàn thành thống kê đất đai trước ngày 28/4/2026.\n")
    assert tasks_of(body) == [("UBND các huyện", "2026-04-28")]


def test_reference_forms_of_news_pages():
    text = ("Cập nhật lúc15:53, Thứ Sáu, 01/02/2019 (GMT+7)\n\n"
            "Ngày 28-1, UBND tỉnh ban hành Công văn số 65/UBND-VP5 về việc triển khai nhiệm vụ cấp bách.\n\n"
            "Phó Chủ tịch UBND tỉnh vừa ký công văn hỏa tốc số 8303/UBND-VP về việc ổn định giá cả.\n\n"
            "UBND tỉnh vừa ban hành công văn (số 3018/UBND-KTN) yêu cầu các ngành triển khai.\n\n"
            "Theo các văn bản số 4382/GDĐT-KHTC, số 4383/GDĐT-KHTC ngày 14/12/2018 và Công văn số 4079/UBND-KT "
            "ngày 19/6 về việc tiếp tục thực hiện; Bộ đã ban hành Thông tư 26/2015/TT-BKHCNthay thế Thông tư cũ, "
            "Chỉ thị số 16/CT-TTg ngày 31/3/2020.\n")
    result = extract(text)
    assert result["doc_date"] == "2019-02-01"
    assert [(r["number"], r["date"]) for r in result["references"]] == [
        ("65/UBND-VP5", "2019-01-28"), ("8303/UBND-VP", None), ("3018/UBND-KTN", None),
        ("4382/GDĐT-KHTC", "2018-12-14"), ("4383/GDĐT-KHTC", "2018-12-14"), ("4079/UBND-KT", "2019-06-19"),
        ("26/2015/TT-BKHCN", None), ("16/CT-TTg", "2020-03-31")]


def test_the_province_directing_units_assigns_to_them_and_headlines_are_not_tasks():
    body = ("UBND huyện Phước Sơn họp thường kỳ tháng 2\n"
            "UBND tỉnh chỉ đạo UBND các huyện, thị xã, thành phố tổ chức thăm hỏi gia đình bị thiệt hại trước "
            "ngày 17/9/2026.\n"
            "UBND tỉnh dự kiến tổ chức Hội nghị đối thoại với doanh nghiệp.\n")
    assert tasks_of(body) == [("UBND các huyện, thị xã, thành phố", "2026-09-17")]


def test_a_page_without_a_date_takes_the_year_of_the_latest_date_it_mentions():
    text = ("Hội nghị sơ kết công tác năm học\n\nNgày 9/8, UBND tỉnh đã ban hành văn bản số 4672/UBND-VX thực hiện "
            "Quyết định số 12/QĐ-UBND ngày 05/01/2019.\n\nYêu cầu Sở Y tế báo cáo trước ngày 18/10.\n")
    result = extract(text)
    assert [(r["number"], r["date"]) for r in result["references"]] == [("4672/UBND-VX", "2019-08-09"),
                                                                          ("12/QĐ-UBND", "2019-01-05")]
    assert [(t["unit"], t["deadline"]) for t in result["tasks"]] == [("Sở Y tế", "2019-10-18")]


def test_a_known_unit_glued_to_its_verb_is_split():
    assert normalise_spelling("Sở Tài nguyên và Môi trườngchủ trì, phối hợp với Công an tỉnhtriển khai") == \
        "Sở Tài nguyên và Môi trường chủ trì, phối hợp với Công an tỉnh triển khai"
    assert normalise_spelling("Sở Xây dựngtrước ngày") == "Sở Xây dựngtrước ngày"  # only a verb opens the next word
    body = "11. Giao Sở Xây dựngrà soát quy hoạch trước ngày 30/6/2026.\n"
    assert tasks_of(body) == [("Sở Xây dựng", "2026-06-30")]


def test_a_steering_board_of_every_level_is_one_name():
    assert read_agency("các thành viên Ban chỉ đạo phòng, chống dịch Covid-19 các cấp; Thủ trưởng các sở") == \
        "các thành viên Ban chỉ đạo phòng, chống dịch Covid-19 các cấp"
    assert read_agency("Ban Chỉ đạo phòng, chống thiên tai tỉnh tổ chức diễn tập") == "Ban Chỉ đạo phòng, chống thiên tai tỉnh"
    assert read_agency("UBND các cấp tiếp tục rà soát") == "UBND các cấp"
    assert read_agency("Sở Y tế, phòng, chống dịch") == "Sở Y tế"  # "phòng, chống" goes on a name, never starts one


def test_a_collective_goes_on_through_listed_kinds_and_where_its_bodies_sit():
    assert read_agency("các ban ngành, đơn vị cấp tỉnh; các cơ quan Trung ương") == "các ban ngành, đơn vị cấp tỉnh"
    assert read_agency("các cơ quan Trung ương đóng trên địa bàn tỉnh; UBND các cấp") == \
        "các cơ quan Trung ương đóng trên địa bàn tỉnh"
    assert read_agency("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ thực hiện báo cáo") == \
        "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"
    assert read_agency("các ban ngành, phòng Kinh tế hạ tầng tổ chức") == "các ban ngành"  # a kind with its own name
    body = ("12. Yêu cầu các sở, ban ngành, đơn vị cấp tỉnh; các cơ quan Trung ương đóng trên địa bàn tỉnh; UBND các "
            "cấp rà soát thủ tục hành chính trước ngày 30/6/2026.\n")
    assert tasks_of(body) == [("các sở, ban ngành, đơn vị cấp tỉnh", "2026-06-30"),
                              ("các cơ quan Trung ương đóng trên địa bàn tỉnh", "2026-06-30"),
                              ("UBND các cấp", "2026-06-30")]


def test_a_unit_of_every_locality_goes_on_through_the_localities():
    assert read_agency("Cục Quản lý thị trường các tỉnh, thành phố trực thuộc Trung ương chỉ đạo kiểm tra") == \
        "Cục Quản lý thị trường các tỉnh, thành phố trực thuộc Trung ương"
    assert read_agency("UBND các quận-huyện thực hiện") == "UBND các quận-huyện"
    assert read_agency("UBND các tỉnh/thành phố trực thuộc Trung ương báo cáo") == \
        "UBND các tỉnh/thành phố trực thuộc Trung ương"
    assert read_agency("Trung tâm Y tế các huyện, thành phố, thị xã tăng cường giám sát") == \
        "Trung tâm Y tế các huyện, thành phố, thị xã"
    assert read_agency("Trung tâm Y tế huyện, thành phố Hà Tĩnh tăng cường") == "Trung tâm Y tế huyện"  # no 'các'
    assert read_agency("Trung tâm Y tế các huyện, xã Phú Lộc tổ chức") == "Trung tâm Y tế các huyện"  # a named xã


def test_public_service_units_and_a_verb_after_a_collective():
    assert read_agency("các sở, ban ngành, đơn vị sự nghiệp công lập trực thuộc UBND tỉnh rà soát") == \
        "các sở, ban ngành, đơn vị sự nghiệp công lập trực thuộc UBND tỉnh"
    assert read_agency("các đơn vị sự nghiệp công lập lập kế hoạch") == "các đơn vị sự nghiệp công lập"
    assert read_agency("các phòng, ban, đơn vị chú trọng công tác tuyên truyền") == "các phòng, ban, đơn vị"


def test_the_drafting_agencies_are_named_by_their_role():
    assert read_agency("các cơ quan soạn thảo tiếp thu các ý kiến của đại biểu") == "các cơ quan soạn thảo"
    assert read_agency("Cơ quan chủ trì soạn thảo hoàn thiện dự thảo") == "Cơ quan chủ trì soạn thảo"
    assert read_agency("các cơ quan soạn thảo văn bản quy phạm") == "các cơ quan"  # here 'soạn thảo' is their work
    assert read_agency("Cơ quan chủ trì soạn thảo: Sở Tư pháp") is None  # a label


def test_a_body_of_each_province_or_district():
    assert read_agency("Sở Du lịch các tỉnh/thành chủ trì") == "Sở Du lịch các tỉnh/thành"
    assert read_agency("Sở Y tế các tỉnh, thành phố trực thuộc Trung ương báo cáo") == \
        "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"
    assert read_agency("Sở Tài chính các nhiệm vụ sau") == "Sở Tài chính"  # not a locality
    assert read_agency("Sở Y tế các xã Phú Lộc") == "Sở Y tế"  # a named place is not every locality


def test_the_head_of_a_collective_is_a_title():
    assert read_agency("người đứng đầu các cơ quan, đơn vị, doanh nghiệp và toàn thể Nhân dân thực hiện") == \
        "các cơ quan, đơn vị, doanh nghiệp"
    assert read_agency("Người đứng đầu cơ quan tổ chức họp") is None  # a person, no body named


def test_a_formal_act_cited_by_its_number_alone_is_a_reference_once():
    assert cited("Các dự án đã đầu tư theo quy định của Nghị định 210 được tổng hợp.") == [("Nghị định", "210")]
    assert cited("Chủ trì cuộc họp về kết quả rà soát thực hiện Quyết định 33, ông Khoa kết luận.") == [("Quyết định", "33")]
    # a figure after a kind is no number, and the short form of a citation already read is the same document
    assert cited("Huyện đã trồng được 3.800 ha trên kế hoạch 4200 ha đã đề ra.") == []
    assert cited("Hướng dẫn Thông tư 28/2013/TT-BKHCN về đo lường. Các tổ chức thực hiện các quy định tại Thông tư 28.") == [
        ("Thông tư", "28/2013/TT-BKHCN")]


def test_the_date_before_a_letter_that_cites_a_document_is_the_letters_not_the_documents():
    refs = references("Ngày 17-8, UBND tỉnh có văn bản gửi Sở Tài nguyên yêu cầu nghiên cứu Chỉ thị số 22/CT-TTg của "
                      "Thủ tướng Chính phủ.", dt.date(2021, 8, 19))
    assert [(r["number"], r["date"]) for r in refs] == [("22/CT-TTg", None)]


def test_a_date_after_the_issuer_and_the_next_dated_number_of_a_list():
    assert dated("Thực hiện Quyết định số 718/QĐ-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo (GDĐT) ngày 15/3/2022 về "
                 "hệ thống chỉ tiêu.") == [("718/QĐ-BGDĐT", "2022-03-15")]
    # the date of the next citation is not this one's, nor a date after what the document is about
    assert dated("theo Chỉ thị số 16/CT-TTg của Thủ tướng và Chỉ thị số 05/CT-UBND ngày 31-3-2020 của UBND tỉnh.") == [
        ("16/CT-TTg", None), ("05/CT-UBND", "2020-03-31")]
    assert dated("Bộ đã có các công văn số 250/BXD-KHTC ngày 25/01/2021, số 1730/BXD-KHTC ngày 17/5/2021 gửi Sở.") == [
        ("250/BXD-KHTC", "2021-01-25"), ("1730/BXD-KHTC", "2021-05-17")]
    assert dated("Bộ Xây dựng đã có các công văn: số 210/BXD-KHTC ngày 16/01/2020 về việc báo cáo.") == [
        ("210/BXD-KHTC", "2020-01-16")]


def test_a_letter_named_by_its_number_before_what_it_does_and_a_citation_cut_short():
    assert dated("Văn phòng Chính phủ vừa có công văn hỏa tốc số 9563 về việc kiểm tra.") == [("9563", None)]
    assert dated("UBND tỉnh ký quyết định 160 phê duyệt kế hoạch lựa chọn nhà thầu.") == [("160", None)]
    assert dated("chấm dứt hiệu lực công văn số 651 do UBND tỉnh ban hành vào ngày 15/5/2018.") == [("651", "2018-05-15")]
    assert dated("Bộ Xây dựng đã có công văn 3412/BXD-KHTC về việc báo cáo. Nguồn: Công văn 3412/BXD") == [
        ("3412/BXD-KHTC", None)]


def test_symbols_written_with_a_space_by_the_hyphen_numbers_with_their_year_and_dates_in_brackets():
    assert dated("Thực hiện Công điện số 123/CĐ- TTg ngày 27/7/2025 về khắc phục hậu quả lũ.") == [
        ("123/CĐ-TTg", "2025-07-27")]
    assert dated("(tại Công văn số 546/UBND –VP), Chủ tịch yêu cầu.") == [("546/UBND–VP", None)]
    # a dash between two words with spaces on both sides parts them
    assert dated("Công văn số 12/UBND-VX - UBND huyện đã thực hiện.") == [("12/UBND-VX", None)]
    assert dated("tiếp tục thực hiện nghiêm Chỉ thị số 02/2020 của UBND tỉnh về phòng chống hạn.") == [("02/2020", None)]
    assert dated("theo phụ lục đính kèm Công văn số 1153 (ngày 25.6.2021) của Sở Kế hoạch và Đầu tư.") == [
        ("1153", "2021-06-25")]


def test_numbers_that_share_the_symbol_written_after_the_last_are_one_citation_each():
    assert dated("kèm theo Kết luận thanh tra số: 09, 10, 11/KL-TTr ngày 20/6/2024 của Chánh Thanh tra tỉnh.") == [
        ("09/KL-TTr", "2024-06-20"), ("10/KL-TTr", "2024-06-20"), ("11/KL-TTr", "2024-06-20")]
    assert dated("tại các công văn số 614, 615-CV/VPTW ngày 21tháng 04 năm 2011 của Văn phòng Trung ương.") == [
        ("614-CV/VPTW", "2011-04-21"), ("615-CV/VPTW", "2011-04-21")]
    assert dated("Phó Thủ tướng vừa ký các Quyết định số 547, 548/QĐ-TTg của Thủ tướng.") == [
        ("547/QĐ-TTg", None), ("548/QĐ-TTg", None)]


def test_a_news_dateline_glued_to_its_dash_opens_the_first_sentence():
    page = "(GLO)- UBND tỉnh đã chỉ đạo Sở Giao thông vận tải chủ trì tổng hợp diện tích cây cao su bị ảnh hưởng.\n"
    assert [t["unit"] for t in extract(page)["tasks"]] == ["Sở Giao thông vận tải"]


def test_a_symbol_printed_with_spaces_round_its_slash_and_hyphen_is_one_number():
    assert normalise_spelling("Công văn số  1060 / VPCP - KGVX  ngày 19 tháng 02 năm 2016") == \
        "Công văn số  1060/VPCP-KGVX  ngày 19 tháng 02 năm 2016"
    assert normalise_spelling("Công điện số 1632 / CĐ - TTg ngày 11/9/2015") == "Công điện số 1632/CĐ-TTg ngày 11/9/2015"
    # a range of pages or a date is left alone
    assert normalise_spelling("trang 12 - 15, ngày 21/ 5") == "trang 12 - 15, ngày 21/5"
    # the date after a cited number is the citation's, not the task's deadline
    page = ("Bộ Y tế đôn đốc các địa phương thực hiện nghiêm ý kiến chỉ đạo tại Công văn số  1060 / VPCP - KGVX  ngày 19 "
            "tháng 02 năm 2016 của Văn phòng Chính phủ.\n")
    result = extract(page)
    assert [(t["unit"], t["deadline"]) for t in result["tasks"]] == [("Bộ Y tế", None)]
    assert [(r["number"], r["date"]) for r in result["references"]] == [("1060/VPCP-KGVX", "2016-02-19")]


def test_recipients_glued_to_the_last_sentence_of_a_letter_are_no_tasks():
    page = ("Kính gửi: Bộ Y tế.\n\nBộ Y tế triển khai các biện pháp phòng, chống dịch, báo cáo trước ngày 30/4/2026.\n\n"
            "Văn phòng Chính phủ xin thông báo để Bộ Y tế biết, thực hiện./.Nơi nhận:\n\n• Như trên;\n\n"
            "• Các Bộ: NG, CA, QP, TC;\n\n• Lưu: VT, KGVX.\n")
    assert [(t["unit"], t["deadline"]) for t in extract(page)["tasks"]] == [("Bộ Y tế", "2026-04-30")]


def test_one_body_written_in_full_or_shortened_gives_one_key_for_counting_an_assignment_once():
    from docimport.extract import _unit_key

    keys = {_unit_key(name) for name in ("Thường trực UBND TP.HCM", "Thường trực Ủy ban nhân dân thành phố",
                                         "Thường trực UBND TPHCM", "thường trực ubnd tp. Hồ Chí Minh")}
    assert len(keys) == 1
    assert _unit_key("UBND tỉnh Cà Mau") == _unit_key("Ủy ban nhân dân tỉnh")
    assert _unit_key("UBND tỉnh") != _unit_key("UBND thành phố Huế")  # the level is part of the body
    # two bodies are not one because one name begins the other
    assert _unit_key("Các ban") != _unit_key("Các Ban Quản lý dự án chuyên ngành, khu vực")
    assert _unit_key("UBND huyện") != _unit_key("UBND huyện Vũ Quang")


def test_a_legal_databases_card_of_the_page_own_number_is_no_reference_and_a_mistyped_year_no_date():
    page = ("https://x.vn/ke-hoach-0155\nKế hoạch 0155/KH-UBND năm 2025 chuyển đổi số tỉnh năm 2026\n"
            "| Số hiệu | 0155/KH-UBND |\n\nSố: 0155/KH-UBND |\n\nCăn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ "
            "tướng Chính phủ; Quyết định số 2148/QĐ-BKHCN ngày 19/8/8021 của Bộ Khoa học và Công nghệ.\n")
    found = {(r["number"], r["date"]) for r in extract(page)["references"]}
    assert found == {("749/QĐ-TTg", "2020-06-03"), ("2148/QĐ-BKHCN", None)}


def test_a_known_body_written_with_an_ampersand_and_a_letter_sent_with_the_souths_spelling():
    assert read_agency("Sở Giáo dục & Đào tạo và các huyện, thị") == "Sở Giáo dục & Đào tạo"
    page = ("Phó Chủ tịch UBND tỉnh vừa ký văn bản gởi Sở Tài nguyên & Môi trường, Sở Xây dựng yêu cầu rà soát các dự "
            "án chậm tiến độ.\n")
    assert [t["unit"] for t in extract(page)["tasks"]] == ["Sở Tài nguyên & Môi trường", "Sở Xây dựng"]


def test_two_kinds_of_body_named_as_one_addressee_are_one_unit():
    page = ("Sở Giáo dục và Đào tạo đề nghị thủ trưởng các đơn vị thực hiện:\n\n1. Cơ quan, đơn vị trường học báo cáo tình "
            "hình thực hiện trước ngày 10 tháng 4 năm 2026.\n")
    assert [(t["unit"], t["deadline"]) for t in extract(page)["tasks"]] == [("Cơ quan, đơn vị trường học", "2026-04-10")]


def test_a_date_written_long_after_the_issuer_an_ampersand_symbol_and_a_full_text_headline():
    page = ("Giao Bộ Tài chính trình Thủ tướng theo quy định tại Nghị định số 179/2007/NĐ-CP của Chính phủ ngày 03 tháng "
            "12 năm 2007 về ban hành Quy chế; ý kiến của Bộ Kế hoạch và Đầu tư tại văn bản số 103/BKH-KTĐP &LT ngày 7 "
            "tháng 01 năm 2008.\n")
    found = {(r["number"], r["date"]) for r in extract(page)["references"]}
    assert found == {("179/2007/NĐ-CP", "2007-12-03"), ("103/BKH-KTĐP&LT", "2008-01-07")}
    # a legal database's "Nội dung toàn văn Công văn N …" headline and "Số: N" line are the page's own number
    page = ("https://x.vn/cong-van-7599\nNội dung toàn văn Công văn 7599/VPCP-KTTH hoàn thiện đề án thành lập Quỹ\n\n"
            "Số: 7599/VPCP-KTTH | Hà Nội, ngày 31 tháng 12 năm 2007 |\n\nKính gửi: Bộ Khoa học và Công nghệ.\n\n"
            "Xét đề nghị tại Công văn số 3326/BKHCN-TC ngày 19/12/2007, Phó Thủ tướng có ý kiến như sau.\n")
    assert [r["number"] for r in extract(page)["references"]] == ["3326/BKHCN-TC"]


def test_a_news_item_opening_with_a_yearless_day_is_dated_by_the_year_it_refers_to():
    page = "Ngày 05/12, UBND tỉnh yêu cầu Văn phòng Sở rà soát các đề tài, báo cáo trước ngày 20/12/2026.\n"
    assert extract(page)["document"]["opening_date"] == "2026-12-05"
    page = "Ngày 28/12, UBND tỉnh yêu cầu Văn phòng Sở rà soát các đề tài, báo cáo trước ngày 05/01/2027.\n"
    assert extract(page)["document"]["opening_date"] == "2026-12-28"  # the year before the January deadline
    assert extract("Ngày 05/12, UBND tỉnh yêu cầu Văn phòng Sở rà soát các đề tài.\n")["document"]["opening_date"] is None


def test_also_obliged_is_an_assignment_and_also_done_is_narrative():
    page = ("UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở.\n\nSở Tài chính cũng cần rà soát kinh phí hỗ trợ.\n\n"
            "UBND huyện Nam Đông cũng phải bố trí trụ sở.\n\nSở Xây dựng cũng đã hoàn thành kiểm tra.\n")
    assert [t["unit"] for t in extract(page)["tasks"]] == ["Sở Y tế", "Sở Tài chính", "UBND huyện Nam Đông"]


def test_a_member_with_its_own_title_in_a_list_of_ministries_is_a_body_of_its_own():
    page = ("Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ: Công thương, Giáo dục và Đào tạo, Chủ tịch Viện Khoa học và "
            "Công nghệ Việt Nam, Giám đốc Đại học Quốc gia Hà Nội chỉ đạo rà soát các phòng thí nghiệm trọng điểm.\n")
    assert [t["unit"] for t in extract(page)["tasks"]] == [
        "Bộ Công thương", "Bộ Giáo dục và Đào tạo", "Viện Khoa học và Công nghệ Việt Nam", "Đại học Quốc gia Hà Nội"]


def test_a_listing_of_bodies_that_opens_the_sentence_names_each_body():
    page = ("Đồng thời, UBND tỉnh giao Ban Quản lý dự án tổ chức lựa chọn nhà thầu. Các Sở: Kế hoạch và Đầu tư, Xây dựng, "
            "Tài chính phối hợp với các đơn vị liên quan theo dõi, giám sát chủ đầu tư.\n")
    assert [t["unit"] for t in extract(page)["tasks"]] == [
        "Ban Quản lý dự án", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Tài chính"]


def test_the_date_after_any_cited_number_is_that_documents_not_a_deadline():
    page = ("Thủ tướng yêu cầu Bộ Công an thực hiện nghiêm Chỉ thị số 36/CT-TTg ngày 22/12/2014; các Công điện: số "
            "2620/CĐ-TTg ngày 19/12/2014, số 115 CĐ-TTg ngày 23/1/2015 của Thủ tướng Chính phủ.\n")
    assert [(t["unit"], t["deadline"]) for t in extract(page)["tasks"]] == [("Bộ Công an", None)]
    page = "Thủ tướng yêu cầu Bộ Công an báo cáo kết quả trước ngày 23/1/2015.\n"
    assert [t["deadline"] for t in extract(page)["tasks"]] == ["2015-01-23"]


def test_a_listing_without_its_colon_names_each_body_and_one_name_is_a_kind_of_body():
    page = ("UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở.\n\nCác sở Xây dựng, Tài chính, Công thương phối hợp với các "
            "địa phương đẩy nhanh giải phóng mặt bằng.\n\nBộ Khoa học và Công nghệ yêu cầu các Sở Khoa học và Công nghệ "
            "lấy mẫu xăng dầu tại các cơ sở bị khiếu nại.\n")
    assert [t["unit"] for t in extract(page)["tasks"]] == [
        "Sở Y tế", "Sở Xây dựng", "Sở Tài chính", "Sở Công thương", "các Sở Khoa học và Công nghệ"]


def test_a_condition_and_what_a_body_is_not_are_no_tasks_but_what_it_must_not_do_is():
    page = ("Chủ tịch UBND tỉnh yêu cầu các sở ngành chấn chỉnh việc tham mưu.\n\nNếu sở ngành nào chậm trễ phải kịp thời "
            "báo cáo UBND tỉnh.\n\nCác tổ công tác này không phải là tổ chức bộ máy của lực lượng công an.\n\nSở Tài "
            "nguyên và Môi trường không được đề xuất giới thiệu địa điểm cho các nhà đầu tư này.\n\nCục Hàng không Việt "
            "Nam chỉ đạo các cảng hàng không rà soát.\n")
    assert [t["unit"] for t in extract(page)["tasks"]] == [
        "các sở ngành", "Sở Tài nguyên và Môi trường", "Cục Hàng không Việt Nam"]


def test_the_body_a_leader_directs_to_relay_a_request_is_the_one_addressed():
    page = ("Chủ tịch UBND tỉnh chỉ đạo Sở Y tế yêu cầu các cơ sở khám, chữa bệnh không cho người vào thăm bệnh nhân.\n\n"
            "Sở Thông tin và Truyền thông chỉ đạo Trung tâm Công nghệ thông tin yêu cầu các đơn vị bàn giao hồ sơ.\n")
    assert [t["unit"] for t in extract(page)["tasks"]] == ["Sở Y tế", "các đơn vị"]


def test_items_numbered_in_brackets_or_as_sub_points_and_a_lead_in_ending_in_nhu():
    page = ("Bộ Kế hoạch và Đầu tư đề nghị Ủy ban nhân dân các tỉnh:\n\n(1) Tổng hợp Danh mục dự án đã đầu tư đúng đối "
            "tượng hỗ trợ;\n\n(2) Tổng hợp Danh mục dự án chưa có vốn bố trí trung hạn.\n")
    assert [(t["unit"], t["text"][:20]) for t in extract(page)["tasks"]] == [
        ("Ủy ban nhân dân các tỉnh", "Tổng hợp Danh mục dự"), ("Ủy ban nhân dân các tỉnh", "Tổng hợp Danh mục dự")]
    page = ("Điều 1. Giao Cục Thống kê thành phố tổ chức thực hiện hai cuộc điều tra thống kê như sau:\n\n1.1. Điều tra "
            "thu thập thông tin lập Bảng cân đối liên ngành năm 2005;\n\n1.2. Điều tra trình độ văn hóa và đời sống để "
            "tính Chỉ số HDI năm 2006.\n")
    assert [t["text"][:17] for t in extract(page)["tasks"]] == ["Điều tra thu thập", "Điều tra trình độ"]
    page = ("Chủ tịch UBND tỉnh yêu cầu Sở Nông nghiệp và Môi trường tổ chức, triển khai các nhiệm vụ như:\nTổ chức chỉ "
            "đạo và thực hiện các hoạt động lâm nghiệp theo Luật Lâm nghiệp 2017.\nXây dựng Kế hoạch giao rừng, cho thuê "
            "rừng hàng năm phù hợp với kế hoạch giao đất.\n")
    assert [t["text"][:17] for t in extract(page)["tasks"]] == ["Tổ chức chỉ đạo v", "Xây dựng Kế hoạch"]


def test_a_body_asked_or_directed_in_the_passive_is_assigned_the_work():
    page = ("UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở.\n\nCông an tỉnh được yêu cầu khẩn trương điều tra nguồn gốc "
            "thực phẩm.\n\nSở Công Thương được chỉ đạo kiểm tra các chợ.\n\nSở Tài chính được biết kinh phí đã cấp đủ.\n")
    assert [t["unit"] for t in extract(page)["tasks"]] == ["Sở Y tế", "Công an tỉnh", "Sở Công Thương"]


def test_a_citations_date_after_its_place_after_a_semicolon_and_not_the_date_of_the_citation_before():
    page = ("HĐND tỉnh thông qua Nghị quyết sửa đổi Nghị quyết 10/2016/NQ-HĐND tỉnh ngày 7/12/2016 của HĐND tỉnh về phân "
            "cấp nguồn thu; ngày 29/11/2022 Chánh Thanh tra tỉnh ban hành Quyết định số 105/QĐ-TTr thành lập Tổ giúp việc. "
            "Các chi bộ tổ chức đại hội theo Kế hoạch số 79-KH/TU, ngày 14/8/2019 của Tỉnh ủy về thực hiện Chỉ thị "
            "35-CT/TW của Bộ Chính trị.\n")
    found = {(r["number"], r["date"]) for r in extract(page)["references"]}
    assert found == {("10/2016/NQ-HĐND", "2016-12-07"), ("105/QĐ-TTr", "2022-11-29"), ("79-KH/TU", "2019-08-14"),
                     ("35-CT/TW", None)}
