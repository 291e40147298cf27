"""Failure classes of the extractor on unseen documents, second round (issue #13): invented examples only.

Each test names the general rule; the corpus documents that showed the class are in corpus/LOG.md."""
from docimport.extract import extract
from docimport.extract.dates import task_deadline

HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 215/UBND-VX\nAn Bình, ngày 04 tháng 5 năm 2026\n"
          "V/v triển khai một số nhiệm vụ\n\n")


def tasks_of(body: str, header: str = HEADER) -> list[tuple[str, str | None]]:
    return [(t["unit"], t["deadline"]) for t in extract(header + body)["tasks"]]


# --- which date of a task sentence is its deadline ----------------------------------------------------------

def test_a_start_date_is_not_a_deadline():
    deadline = task_deadline("Các trường cho học sinh nghỉ học kể từ ngày 12/5/2026.")
    assert deadline is None
    assert tasks_of("Yêu cầu Sở Giáo dục và Đào tạo chỉ đạo các trường cho học sinh nghỉ học kể từ ngày 12/5/2026.\n") == [
        ("Sở Giáo dục và Đào tạo", None)]


def test_an_occasion_is_not_a_deadline_but_an_earlier_due_date_is():
    text = "Công an tỉnh báo cáo phương án trước ngày 25/8/2026 để bảo đảm an ninh trong dịp nghỉ Lễ Quốc khánh 02/9/2026."
    assert task_deadline(text).due_date.isoformat() == "2026-08-25"
    assert task_deadline("Bảo đảm an ninh trong dịp nghỉ Lễ Quốc khánh 02/9/2026.") is None


def test_the_year_the_work_falls_in_is_not_a_deadline_unless_it_is_due_by_it():
    assert task_deadline("Chủ động ứng phó với các loại hình thiên tai trong năm 2026.") is None
    assert task_deadline("Báo cáo phục vụ kỳ họp giữa năm 2026.") is None
    assert task_deadline("Hoàn thành việc số hóa hồ sơ trước năm 2027.").due_date.isoformat() == "2027-12-31"


def test_an_open_period_is_not_a_deadline():
    assert task_deadline("Tập trung thực hiện các nhiệm vụ trong tháng 6 và các tháng tiếp theo.") is None
    assert task_deadline("Tập trung thực hiện các nhiệm vụ trong tháng 6/2026.").due_date.isoformat() == "2026-06-30"


def test_a_date_followed_by_every_year_is_a_recurrence():
    deadline = task_deadline("Các sở định kỳ báo cáo UBND tỉnh trước ngày 15/6 và 15/12 hàng năm.")
    assert deadline.recurring and deadline.due_date is None
    assert "hàng năm" in deadline.text
    assert tasks_of("Yêu cầu các sở định kỳ báo cáo UBND tỉnh trước ngày 15/6 và 15/12 hàng năm.\n") == [("các sở", None)]


def test_a_date_after_every_year_is_a_recurrence():
    deadline = task_deadline("Định kỳ hàng năm trước ngày 05 tháng 11, các huyện báo cáo kết quả về Sở Tài chính.")
    assert deadline.recurring and deadline.due_date is None
    deadline = task_deadline("Hằng quý, trước ngày 20/3 các phòng gửi báo cáo về Văn phòng.")
    assert deadline.recurring and deadline.due_date is None
    # a yearly duty that also has a first, one-off due date keeps the one-off date
    assert task_deadline("Các huyện báo cáo hàng năm; lần đầu trước ngày 05/11/2026.").due_date.isoformat() == "2026-11-05"


def test_a_task_without_a_real_deadline_takes_the_next_sentence_that_gives_one():
    body = ("Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành tổng hợp kết quả giải quyết kiến nghị của cử tri phục vụ kỳ "
            "họp giữa năm 2026. Báo cáo gửi về UBND tỉnh trước ngày 28/5/2026.\n")
    found = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["deadline"]) for t in found] == [("các sở, ban, ngành", "2026-05-28")]
    assert "trước ngày 28/5/2026" in found[0]["text"]


def test_a_request_that_opens_with_yeu_cau_cac_is_read_and_only_a_generic_one_is_dropped():
    assert tasks_of("Yêu cầu các sở báo cáo kết quả rà soát thủ tục hành chính trước ngày 15/6/2026.\n") == [
        ("các sở", "2026-06-15")]
    assert tasks_of("Yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.\n") == []


# --- units and their lists -----------------------------------------------------------------------------

def test_two_named_units_joined_by_va_are_two_tasks():
    assert tasks_of("Điều 2. Giao cho Sở Khoa học & Công nghệ và Sở Tài chính hướng dẫn thực hiện Quyết định này.\n") == [
        ("Sở Khoa học & Công nghệ", None), ("Sở Tài chính", None)]


def test_a_comma_list_where_each_unit_has_its_title_is_one_task_per_unit():
    body = ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Trưởng các ban, ngành cấp tỉnh, Chủ tịch UBND các huyện, "
            "thị xã, thủ trưởng các đơn vị có liên quan rà soát danh mục dự án, báo cáo trước ngày 20/5/2026.\n")
    assert [unit for unit, _ in tasks_of(body)] == [
        "các sở", "các ban, ngành cấp tỉnh", "UBND các huyện, thị xã", "các đơn vị có liên quan"]


def test_a_unit_and_the_titled_bodies_that_help_it_stay_one_task():
    body = "Yêu cầu Giám đốc Sở Công Thương và Thủ trưởng các đơn vị liên quan phối hợp đánh giá kết quả thực hiện đề án.\n"
    assert tasks_of(body) == [("Sở Công Thương", None)]


def test_the_execution_article_of_a_decision_is_not_a_task_even_cut_short():
    body = ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
            "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Khoa học và Công nghệ, Tài chính;\n")
    assert tasks_of(body) == []


# --- paragraphs, lead-ins and continued deadlines -------------------------------------------------------

def test_a_lead_in_with_no_items_after_it_is_the_task_of_its_units():
    body = ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Chủ tịch UBND các huyện triển khai lập kế hoạch đầu tư công "
            "giai đoạn 2026 - 2030, với các nội dung sau:\nI. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN\n")
    assert [unit for unit, _ in tasks_of(body)] == ["các sở", "UBND các huyện"]


def test_a_lead_in_followed_by_items_gives_the_items_only():
    body = ("Yêu cầu Sở Nội vụ thực hiện các nội dung sau:\n1. Rà soát vị trí việc làm trước ngày 10/6/2026.\n"
            "2. Tổng hợp biên chế năm 2027.\n")
    found = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["deadline"]) for t in found] == [("Sở Nội vụ", "2026-06-10"), ("Sở Nội vụ", None)]
    assert not any("các nội dung sau" in t["text"] for t in found)


def test_a_paragraph_that_only_gives_the_deadline_finishes_the_tasks_before_it():
    body = ("Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành tổng hợp kết quả thực hiện kiến nghị của cử tri.\n\n"
            "Báo cáo gửi bằng văn bản về UBND tỉnh trước ngày 05/6/2026.\n")
    found = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["deadline"]) for t in found] == [("các sở, ban, ngành", "2026-06-05")]
    assert found[0]["text"].endswith("trước ngày 05/6/2026.")


def test_a_deadline_paragraph_after_numbered_items_closes_every_item():
    body = ("Để có cơ sở tổng hợp, Sở Tài chính đề nghị UBND các huyện thực hiện các nội dung sau:\n"
            "1. Báo cáo kết quả thực hiện dự toán năm 2025.\n2. Xây dựng dự toán ngân sách năm 2027.\n"
            "(kèm theo biểu mẫu, đề cương chi tiết và các văn bản hướng dẫn được đăng trên Cổng thông tin điện tử "
            "của Sở Tài chính, mục Văn bản điều hành)\n"
            "Báo cáo kết quả năm 2025 và dự toán năm 2027 của các huyện đề nghị gửi về Sở Tài chính trước "
            "ngày 20/6/2026 để tổng hợp.\n")
    found = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["deadline"]) for t in found] == [("UBND các huyện", "2026-06-20")] * 2
    assert found[0]["text"].startswith("Báo cáo kết quả thực hiện dự toán") and "Xây dựng" not in found[0]["text"]
    assert found[1]["text"].startswith("Xây dựng dự toán ngân sách năm 2027")


def test_a_deadline_paragraph_after_an_unrelated_one_is_not_attached():
    body = ("Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành tổng hợp kết quả thực hiện kiến nghị của cử tri.\n\n"
            "Năm 2025, tỉnh đã giải quyết nhiều kiến nghị.\n\nBáo cáo gửi về UBND tỉnh trước ngày 05/6/2026.\n")
    assert tasks_of(body) == [("các sở, ban, ngành", None)]


def test_a_text_wrapped_at_a_fixed_width_is_read_as_whole_sentences():
    body = ("Thực hiện chỉ đạo của Bộ Kế hoạch và Đầu tư về việc lập kế hoạch đầu tư công\n"
            "trung hạn giai đoạn 2026 - 2030 và hướng dẫn của Bộ Tài chính về dự toán ngân\n"
            "sách nhà nước năm 2027, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, ban, ngành,\n"
            "Chủ tịch UBND các huyện, thị xã, thành phố khẩn trương đánh giá tình hình thực\n"
            "hiện kế hoạch đầu tư công do ngành, địa phương mình quản lý, gửi Sở Kế hoạch và\n"
            "Đầu tư trước ngày 15/6/2026.\n")
    assert tasks_of(body) == [("các sở, ban, ngành", "2026-06-15"), ("UBND các huyện, thị xã, thành phố", "2026-06-15")]


def test_a_short_line_without_a_colon_is_not_glued_to_the_paragraph_after_it():
    from docimport.extract.structure import prepare

    raw = ("1. Văn phòng Sở\nPhối hợp với các phòng chuẩn bị hội nghị sơ kết và gửi giấy mời các đơn vị\n"
           "trước ngày 10/6/2026; rà soát hồ sơ thi đua của các phòng và trung tâm trực thuộc\n"
           "theo đúng quy định hiện hành về thi đua, khen thưởng của tỉnh và của Bộ\n"
           "trước ngày 20/6/2026.\n")
    assert [p.text for p in prepare(raw).paragraphs][0] == "1. Văn phòng Sở"


# --- who is addressed -----------------------------------------------------------------------------------

def test_bodies_named_by_their_role_in_the_work_are_units():
    body = ("Đoàn kiểm tra ghi nhận kết quả nghiên cứu và đề nghị nhóm nghiên cứu tiếp tục hoàn thành các nội dung còn "
            "lại. Đoàn kiểm tra đề nghị đơn vị chủ trì hoàn thiện hồ sơ nghiệm thu trước ngày 30/6/2026.\n")
    assert tasks_of(body) == [("nhóm nghiên cứu", None), ("đơn vị chủ trì", "2026-06-30")]
    assert tasks_of("Sở Khoa học và Công nghệ kính đề nghị quý cơ quan, tổ chức và cá nhân đề xuất nhiệm vụ khoa "
                    "học và công nghệ năm 2027.\n") == [("quý cơ quan, tổ chức và cá nhân", None)]


def test_a_collective_written_with_a_capital_is_a_collective():
    body = "Chủ tịch UBND tỉnh yêu cầu: từ ngày 30/4/2026 đến hết ngày 03/5/2026, các Đơn vị bố trí, phân công trực hợp lý.\n"
    assert tasks_of(body) == [("các Đơn vị", "2026-05-03")]


def test_a_list_of_local_governments_without_cac_is_one_unit_and_a_named_one_keeps_its_name():
    body = ("Sở Khoa học và Công nghệ hướng dẫn các sở, ban, ngành; Ủy ban nhân dân huyện, thành phố xây dựng, đề xuất "
            "đặt hàng nhiệm vụ khoa học và công nghệ năm 2027 như sau:\nA. ĐỊNH HƯỚNG\n")
    assert [unit for unit, _ in tasks_of(body)] == ["các sở, ban, ngành", "Ủy ban nhân dân huyện, thành phố"]
    assert tasks_of("Giao UBND huyện Tam Dương rà soát quỹ đất trước ngày 15/7/2026.\n") == [
        ("UBND huyện Tam Dương", "2026-07-15")]


def test_directing_for_a_body_and_stressing_what_units_must_do_assign_to_them():
    body = ("Bộ Công Thương vừa chỉ đạo cho Cục Quản lý thị trường các tỉnh mở đợt cao điểm kiểm tra thị trường "
            "trước ngày 22/02/2027.\n")
    assert tasks_of(body) == [("Cục Quản lý thị trường các tỉnh", "2027-02-22")]
    body = "Chủ tịch UBND tỉnh nhấn mạnh các sở, ngành, địa phương bám sát chương trình hành động để điều hành linh hoạt.\n"
    assert tasks_of(body) == [("các sở, ngành, địa phương", None)]


# --- what is not a task, and items of a lead-in -----------------------------------------------------------

def test_the_committee_deciding_is_not_a_task():
    body = ("UBND tỉnh đồng ý với việc triển khai công tác phòng, chống dịch bệnh trên địa bàn tỉnh. UBND huyện phê "
            "duyệt Dự án. UBND tỉnh thành lập 05 Hội đồng tư vấn.\n")
    assert tasks_of(body) == []
    assert tasks_of("UBND các huyện, thị xã hoàn thành rà soát hộ nghèo trước ngày 20/6/2026.\n") == [
        ("UBND các huyện, thị xã", "2026-06-20")]


def test_a_closing_line_about_the_units_named_above_is_generic():
    assert tasks_of("Đề nghị các cơ quan, đơn vị và địa phương nêu trên thực hiện tốt nội dung Công văn này./.\n") == []


def test_a_date_right_after_so_is_a_citation_not_a_deadline():
    assert task_deadline("thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ tại Thông báo số 25/2/2026") is None


def test_a_headline_repeating_the_body_task_without_its_deadline_is_counted_once():
    body = ("Các cơ quan, đơn vị thực hiện nghiêm chỉ đạo về phòng, chống dịch bệnh.\n\n"
            "Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị thực hiện nghiêm chỉ đạo về phòng, chống dịch bệnh, "
            "báo cáo kết quả trước ngày 10/3/2026.\n")
    assert tasks_of(body) == [("các cơ quan, đơn vị", "2026-03-10")]


def test_the_committees_of_the_districts_are_read_without_the_doubled_cac():
    body = "Yêu cầu các UBND các huyện, thị xã, thành phố tổ chức thăm hỏi gia đình bị thiệt hại trước ngày 17/9/2026.\n"
    assert tasks_of(body) == [("UBND các huyện, thị xã, thành phố", "2026-09-17")]


def test_numbered_items_inside_one_paragraph_are_one_task_each():
    body = ("Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị, địa phương trong thời gian tới: (1) Tăng cường công tác "
            "kiểm tra phòng, chống dịch bệnh; (2) Đôn đốc các chủ đầu tư đẩy nhanh tiến độ; (3) Hoàn thành giải ngân "
            "vốn đầu tư công trong Quý I/2026.\n")
    found = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["deadline"]) for t in found] == [("các cơ quan, đơn vị, địa phương", None)] * 2 + [
        ("các cơ quan, đơn vị, địa phương", "2026-03-31")]
    assert found[1]["text"].startswith("Đôn đốc các chủ đầu tư")


def test_items_of_a_lead_in_that_lost_their_dashes_are_still_items():
    body = ("Ủy ban nhân dân tỉnh yêu cầu các đơn vị, địa phương:\n"
            "Tiến hành rà soát các nhiệm vụ chuyển đổi số được giao năm 2026.\n"
            "Theo dõi, đôn đốc việc thực hiện các chỉ số đánh giá chuyển đổi số do ngành mình phụ trách.\n"
            "Trong quá trình thực hiện, trường hợp có khó khăn báo cáo Ủy ban nhân dân tỉnh để xem xét.\n")
    found = extract(HEADER + body)["tasks"]
    assert [t["unit"] for t in found] == ["các đơn vị, địa phương"] * 2
    assert found[0]["text"].startswith("Tiến hành rà soát") and found[1]["text"].startswith("Theo dõi")


def test_a_subject_after_an_adverbial_with_commas_of_its_own():
    body = ("Trên cơ sở báo cáo của các đơn vị, địa phương, Sở Kế hoạch và Đầu tư có nhiệm vụ tổng hợp, tham mưu UBND "
            "tỉnh trước ngày 15/11/2026. Ngoài công tác tuyên truyền, UBND huyện Tây Sơn phải tăng cường lực lượng "
            "truy quét khai thác vàng trái phép.\n")
    assert tasks_of(body) == [("Sở Kế hoạch và Đầu tư", "2026-11-15"), ("UBND huyện Tây Sơn", None)]


def test_a_condition_or_a_list_of_helpers_before_the_unit_is_not_an_adverbial():
    assert tasks_of("Trong quá trình triển khai nếu có phát sinh khối lượng, Sở Xây dựng báo cáo UBND tỉnh xem xét.\n") == []
    assert tasks_of("Trên cơ sở đó chủ trì, phối hợp với các sở, ban, ngành, UBND các huyện trả lời kiến nghị.\n") == []


def test_a_unit_that_directs_its_own_staff_has_the_task():
    body = ("Yêu cầu Công an tỉnh tăng cường tuần tra trong dịp Tết. Sở Giao thông vận tải chỉ đạo lực lượng thanh "
            "tra xử lý xe chở quá số người quy định; các đơn vị quản lý đường bộ tăng cường công tác tuần đường.\n")
    # "quản lý" ends the collective's name as it ends any name ("các đơn vị | quản lý …"); the clause is still its own task
    assert [unit for unit, _ in tasks_of(body)] == ["Công an tỉnh", "Sở Giao thông vận tải", "các đơn vị"]


def test_a_page_with_no_date_takes_the_year_from_its_address():
    text = ("https://example.vn/thoi-su/xu-ly-dut-diem-khai-thac-vang-20120323095855696.htm\n"
            "Yêu cầu UBND huyện Tây Sơn báo cáo kết quả truy quét trước ngày 10-4.\n")
    assert [(t["unit"], t["deadline"]) for t in extract(text)["tasks"]] == [("UBND huyện Tây Sơn", "2012-04-10")]


def test_long_names_lists_of_localities_and_collectives_of_people():
    body = ("1. Giao các sở, ban, ngành tỉnh; Thường trực Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh; "
            "Ủy ban nhân dân các huyện, thị, thành phố; các tổ chức và cá nhân hoạt động khoa học tổ chức triển khai "
            "thực hiện các nội dung có liên quan đến lĩnh vực phụ trách.\n")
    assert [unit for unit, _ in tasks_of(body)] == [
        "các sở, ban, ngành tỉnh", "Thường trực Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh",
        "Ủy ban nhân dân các huyện, thị, thành phố", "các tổ chức và cá nhân"]


def test_a_list_that_goes_on_after_va_de_nghi_shares_the_predicate():
    body = ("UBND tỉnh yêu cầu Công an tỉnh, Cục Thuế tỉnh và đề nghị Liên đoàn Lao động tỉnh tiếp tục phối hợp với "
            "Bảo hiểm xã hội tỉnh tổ chức đối thoại với doanh nghiệp.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Công an tỉnh", "Cục Thuế tỉnh", "Liên đoàn Lao động tỉnh"]


def test_asking_the_committee_to_approve_is_not_a_task_for_it():
    body = "Phòng Nông nghiệp hoàn thiện 02 báo cáo và lập tờ trình đề nghị UBND huyện phê duyệt Dự án.\n"
    assert tasks_of(body) == [("Phòng Nông nghiệp", None)]


def test_a_unit_that_is_given_work_in_the_passive_has_the_task():
    body = "Văn phòng UBND tỉnh được giao hoàn thiện hệ thống thông tin báo cáo, tích hợp với hệ thống Chính phủ.\n"
    assert tasks_of(body) == [("Văn phòng UBND tỉnh", None)]
    assert tasks_of("Văn phòng UBND tỉnh được Bộ khen thưởng về thành tích năm 2025.\n") == []


def test_where_a_collective_is_belongs_to_it_and_the_titled_unit_after_it_is_another():
    body = ("Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban ngành, các cơ quan trung ương trên địa bàn tỉnh, Chủ "
            "tịch UBND các huyện, thành phố nghiêm túc quán triệt Chỉ thị của Thủ tướng Chính phủ.\n")
    assert [unit for unit, _ in tasks_of(body)] == [
        "các sở, ban ngành, các cơ quan trung ương trên địa bàn tỉnh", "UBND các huyện, thành phố"]
    assert tasks_of("Đối với UBND các huyện, thành, thị cần xây dựng kế hoạch hỗ trợ sản xuất.\n") == [
        ("UBND các huyện, thành, thị", None)]


# --- references ------------------------------------------------------------------------------------------

def test_a_citation_without_a_kind_word_in_parentheses_with_its_date():
    from docimport.extract import references

    found = references("Báo cáo tình hình ô nhiễm môi trường tại khu vực nông thôn (3585/VP-KTN, ngày 23/10/2017). "
                       "Thực hiện Công văn số 11034/VPCP-KGVX ngày 17/10/2017 của Văn phòng Chính phủ.")
    assert [(r["kind"], r["number"], r["date"]) for r in found] == [
        ("Công văn", "3585/VP-KTN", "2017-10-23"), ("Công văn", "11034/VPCP-KGVX", "2017-10-17")]
    assert references("Đạt tỷ lệ (12/UBND-VX là mã hồ sơ)") == []  # no date with it: not a citation


def test_a_space_after_the_slash_of_a_symbol_is_removed():
    from docimport.extract.structure import normalise_spelling

    assert "35/NQ-CP" in normalise_spelling("thực hiện hiệu quả Nghị quyết số 35/ NQ-CP và Chỉ thị số 26/CT-TTg")


def test_the_collectives_a_ministry_writes_to():
    body = ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ thực hiện: Báo cáo kết quả hoạt động quản lý nhà nước "
            "về khoa học và công nghệ. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện: Báo cáo "
            "tình hình triển khai Đề án.\n")
    assert [unit for unit, _ in tasks_of(body)] == [
        "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_units_the_work_is_forwarded_to_with_their_own_deadline_get_a_task():
    body = ("Giao Sở Kế hoạch và Đầu tư phân loại các kiến nghị của doanh nghiệp chuyển đến các cơ quan, đơn vị có liên "
            "quan nghiên cứu trả lời trước ngày 30/9/2026.\n")
    found = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["deadline"]) for t in found] == [
        ("Sở Kế hoạch và Đầu tư", "2026-09-30"), ("các cơ quan, đơn vị có liên quan", "2026-09-30")]
    assert found[1]["text"] == "nghiên cứu trả lời trước ngày 30/9/2026."
    # forwarded without a deadline of its own: only the assigned unit's task
    assert tasks_of("Giao Sở Tư pháp chuyển đến các cơ quan liên quan nghiên cứu dự thảo.\n") == [("Sở Tư pháp", None)]


# --- third round: deadlines said apart from the task (batch 16) --------------------------------------------

def test_the_period_reported_on_yields_to_the_phrase_that_says_when_the_report_is_due():
    body = ("Yêu cầu Sở Nội vụ báo cáo kết quả thực hiện công tác cải cách hành chính từ ngày 01/01/2026 đến ngày "
            "30/4/2026 (theo đề cương đính kèm).\n\nBáo cáo gửi về UBND tỉnh chậm nhất 10h00 ngày 06/5/2026.\n")
    assert tasks_of(body) == [("Sở Nội vụ", "2026-05-06")]
    # a period alone still gives its end
    assert tasks_of("Giao Sở Y tế tổ chức trực từ ngày 30/4/2026 đến hết ngày 03/5/2026.\n") == [
        ("Sở Y tế", "2026-05-03")]


def test_an_aside_in_brackets_does_not_part_a_task_from_its_deadline():
    body = ("Đề nghị Sở Tài chính xây dựng báo cáo sơ kết việc thực hiện Đề án.\n\n(Có đề cương chi tiết gửi kèm)\n\n"
            "Báo cáo gửi về UBND tỉnh trước ngày 15 tháng 5 năm 2026 để tổng hợp.\n")
    assert tasks_of(body) == [("Sở Tài chính", "2026-05-15")]


def test_a_bare_collective_after_a_named_unit_points_back_at_it():
    body = ("Giao UBND huyện Tân Phú khẩn trương tự kiểm tra, rà soát việc quản lý đất đai. Yêu cầu các địa phương "
            "thành lập Tổ kiểm tra tại những địa bàn phức tạp.\n")
    assert tasks_of(body) == [("UBND huyện Tân Phú", None)]
    # a collective named first is a unit of its own
    assert tasks_of("Yêu cầu các đơn vị rà soát hồ sơ và báo cáo Sở trước ngày 20/5/2026.\n") == [
        ("các đơn vị", "2026-05-20")]


def test_a_responsibility_to_coordinate_and_carry_out_is_a_closing_line():
    body = ("Giao Chủ tịch UBND xã Hòa An có trách nhiệm phối hợp với các đơn vị có liên quan tổ chức triển khai "
            "thực hiện theo quy định của pháp luật.\n")
    assert tasks_of(body) == []
    assert tasks_of("Giao UBND xã Hòa An có trách nhiệm lập hồ sơ điều chỉnh quy hoạch.\n") == [
        ("UBND xã Hòa An", None)]


def test_the_lead_before_the_opinion_is_not_a_second_task():
    body = ("Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Xây dựng và Thủ trưởng các đơn vị liên quan phối hợp tổ chức "
            "đánh giá việc quản lý cụm công nghiệp.\n\nUBND tỉnh nhận được Văn bản số 56/BXD-QLN ngày 02/4/2026 của Bộ "
            "Xây dựng.\n\nSau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo:\n\nGiao Sở Xây dựng chủ trì, phối hợp "
            "với các đơn vị liên quan đánh giá, tổng hợp báo cáo kết quả. Trình UBND tỉnh trước ngày 10/5/2026.\n")
    assert tasks_of(body) == [("Sở Xây dựng", "2026-05-10")]


def test_an_assignment_recounted_before_but_not_done_yet_is_background():
    body = ("Ngày 08/4/2026, Văn phòng UBND tỉnh ban hành Văn bản số 404/VPUBND-TCD giao Sở Công Thương trả lời đơn "
            "của công dân; báo cáo UBND tỉnh trong 30 ngày làm việc.\n\nTuy nhiên, đến nay Sở Công Thương chưa trình "
            "nội dung trên.\n\nVăn phòng UBND tỉnh đề nghị Sở Công Thương khẩn trương trình nội dung trên trước ngày "
            "30/8/2026.\n")
    assert tasks_of(body) == [("Sở Công Thương", "2026-08-30")]


def test_a_month_named_before_the_speaker_is_the_deadline_of_the_request():
    body = ("Về nhiệm vụ trong tháng 6, Phó Chủ tịch UBND tỉnh đề nghị Sở Xây dựng rà soát các dự án nhà ở xã hội "
            "đang chậm tiến độ.\n")
    found = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["deadline"]) for t in found] == [("Sở Xây dựng", "2026-06-30")]
    assert found[0]["text"].startswith("Trong tháng 6, Sở Xây dựng rà soát")
    # a date of the request itself wins over the month
    body = ("Về nhiệm vụ trong tháng 6, Phó Chủ tịch UBND tỉnh đề nghị Sở Xây dựng rà soát các dự án nhà ở xã hội, "
            "báo cáo trước ngày 15/6/2026.\n")
    assert tasks_of(body) == [("Sở Xây dựng", "2026-06-15")]


def test_a_comma_after_the_request_verb_does_not_hide_the_addressee():
    body = "Bộ Tài chính đề nghị, các địa phương rà soát danh mục tài sản công và báo cáo trước ngày 15/6/2026.\n"
    assert tasks_of(body) == [("các địa phương", "2026-06-15")]
    # a passive "được giao," ends a clause: the unit after it is the speaker, not an addressee
    body = ("Để hoàn thành các nhiệm vụ được giao, Chủ tịch UBND tỉnh yêu cầu Sở Tài chính rà soát danh mục tài sản "
            "công.\n")
    assert tasks_of(body) == [("Sở Tài chính", None)]


def test_a_unit_that_speaks_or_looks_ahead_is_given_nothing():
    assert tasks_of("Sở Giáo dục và Đào tạo lưu ý báo cáo thống kê gửi về sở phải thống nhất với bản lưu.\n") == []
    assert tasks_of("Sở Giáo dục và Đào tạo sẽ sử dụng số liệu thống kê làm căn cứ xây dựng dự toán.\n") == []
    # a news report of what a unit said
    assert tasks_of("UBND huyện cho hay nhiều trường đang thiếu giáo viên, cần bổ sung biên chế.\n") == []
    assert tasks_of("Sở Giáo dục và Đào tạo tổng hợp số liệu thống kê, báo cáo UBND tỉnh.\n") == [
        ("Sở Giáo dục và Đào tạo", None)]


def test_a_duty_to_coordinate_with_the_lead_unit_is_no_task_of_its_own():
    body = ("Giao Sở Y tế chủ trì triển khai Kế hoạch. Các cơ quan, đơn vị liên quan, UBND các huyện theo chức năng, "
            "nhiệm vụ, quyền hạn được giao có trách nhiệm phối hợp chặt chẽ với Sở Y tế trong việc triển khai Kế "
            "hoạch nêu trên.\n")
    assert tasks_of(body) == [("Sở Y tế", None)]


def test_associations_and_zones_are_units():
    body = ("Sở KH&CN đề nghị các sở, ban ngành tỉnh; Hiệp hội Doanh nghiệp tỉnh; Khu kinh tế Nam An nghiên cứu đề "
            "xuất nhiệm vụ khoa học và công nghệ.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["các sở, ban ngành tỉnh", "Hiệp hội Doanh nghiệp tỉnh",
                                                     "Khu kinh tế Nam An"]


def test_a_year_is_not_a_quantity():
    from docimport.extract import quantities

    found = quantities("Đánh giá kế hoạch giai đoạn 2016 - 2020 của 24 xã; năm học 2025 - 2026.", [])
    assert [q["value"] for q in found] == [24]
    assert [q["value"] for q in quantities("Hỗ trợ 2000 hộ gia đình.", [])] == [2000]


def test_a_symbol_with_a_space_after_its_hyphen_and_a_date_after_a_dash():
    body = ("UBND tỉnh nhận được Công văn số 2584/SNN&PTNT- TT&BVTV, ngày 18-6-2026 của Sở Nông nghiệp.\n\n"
            "(Nguồn công văn số 2983/UBND-VP - 22/09/2026)\n")
    found = [r for r in extract(HEADER + body)["references"] if r["number"] != "215/UBND-VX"]
    assert [(r["number"], r["date"]) for r in found] == [
        ("2584/SNN&PTNT-TT&BVTV", "2026-06-18"), ("2983/UBND-VP", "2026-09-22")]


def test_a_unit_that_carries_out_the_items_after_its_colon_and_a_note_after_the_last_item():
    body = ("UBND huyện có ý kiến như sau:\n\n1. Phòng Nội vụ tham mưu Hội đồng Thi đua - Khen thưởng huyện thực hiện:\n\n"
            "- Đẩy mạnh công tác tuyên truyền phong trào thi đua.\n\n- Phát hiện, nhân rộng điển hình tiên tiến.\n\n"
            "2. Trung tâm Văn hóa Thông tin Thể thao huyện\n\n- Tăng cường các tin, bài tuyên truyền.\n\n"
            "(Nguồn công văn số 2983/UBND-VP - 22/09/2026)\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Phòng Nội vụ", "Phòng Nội vụ",
                                                     "Trung tâm Văn hóa Thông tin Thể thao huyện"]


def test_what_was_reported_at_the_meeting_is_not_what_it_asked():
    body = ("Tại cuộc họp, lãnh đạo Phòng Văn hóa và Thông tin báo cáo kết quả chấm điểm. Phòng Kinh tế và Hạ tầng "
            "báo cáo kết quả phúc tra chợ văn minh.\n\nKết luận cuộc họp, Phó Chủ tịch UBND huyện giao Phòng Kinh tế "
            "và Hạ tầng báo cáo danh sách chợ đạt chuẩn trước ngày 20/12/2026.\n")
    assert tasks_of(body) == [("Phòng Kinh tế và Hạ tầng", "2026-12-20")]


# --- fourth round (batch 18 and the classes left open; invented examples) ------------------------------------

def test_a_unit_named_as_the_topic_with_doi_voi_is_the_subject():
    body = ("Ngoài ra, đối với UBND huyện, thành phố, chỉ đạo UBND xã, phường, thị trấn rà soát tình trạng hoạt "
            "động của các doanh nghiệp trước ngày 30/6/2026.\n")
    assert tasks_of(body) == [("UBND huyện, thành phố", "2026-06-30")]


def test_the_deadline_paragraph_may_come_after_one_paragraph_that_assigns_nothing():
    body = ("Sở Khoa học và Công nghệ đề nghị các tổ chức chủ trì báo cáo thông tin về nhiệm vụ đang tiến "
            "hành theo mẫu phiếu đính kèm (mẫu 01);\n\nTrong quá trình triển khai, nếu có sửa đổi nội dung, trong thời "
            "hạn 10 ngày làm việc kể từ ngày được phê duyệt, chủ nhiệm nhiệm vụ cập nhật phiếu thông tin (mẫu 02).\n\n"
            "Phiếu thông tin gửi về Sở Khoa học và Công nghệ trước ngày 31/10/2026.\n")
    found = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["deadline"]) for t in found] == [("các tổ chức chủ trì", "2026-10-31")]
    assert "nếu có sửa đổi" in found[0]["text"] and found[0]["text"].endswith("trước ngày 31/10/2026.")
    # two such paragraphs part them: the date is too far from the task to be its deadline
    body = body.replace("\n\nPhiếu", "\n\nMẫu phiếu đăng tải trên trang thông tin điện tử của Sở.\n\nPhiếu")
    assert tasks_of(body) == [("các tổ chức chủ trì", None)]


def test_a_bare_collective_that_only_says_when_gives_the_deadline_of_the_task_before():
    body = ("Đề nghị các trường rà soát việc thu quỹ phòng, chống thiên tai của đơn vị mình.\n"
            "Các đơn vị thực hiện trước ngày 24/3/2026.\n")
    found = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["deadline"]) for t in found] == [("các trường", "2026-03-24")]
    # with work of its own it stays a task of its own
    body = body.replace("thực hiện trước", "báo cáo số đã thu về Phòng Tài chính trước")
    assert tasks_of(body) == [("các trường", None), ("Các đơn vị", "2026-03-24")]


def test_a_lead_in_whose_paragraphs_name_their_own_units_is_no_task():
    body = ("Để triển khai thống kê đất đai năm 2026, UBND tỉnh yêu cầu các sở, ngành, UBND các huyện tổ chức thực "
            "hiện các nội dung sau:\n\nUBND các huyện chỉ đạo thống kê đất đai cấp xã và gửi kết quả về Sở Tài nguyên "
            "và Môi trường trước ngày 01/02/2027.\n\nCông an tỉnh chủ trì thống kê đất an ninh, gửi kết quả trước ngày "
            "16/01/2027.\n")
    assert tasks_of(body) == [("UBND các huyện", "2027-02-01"), ("Công an tỉnh", "2027-01-16")]
    # followed by a paragraph that is no item, the lead-in is the task
    body = body.split("\n\n")[0] + "\n\nHồ sơ giao nộp thực hiện theo quy định hiện hành.\n"
    assert [unit for unit, _ in tasks_of(body)] == ["các sở, ngành, UBND các huyện"]


def test_a_quotation_that_opens_the_sentence_or_follows_the_colon_of_the_trigger():
    body = ("“Sở Tài chính bố trí kinh phí trước ngày 20/6/2026; Sở Y tế kiểm tra chất lượng thuốc.”, Phó Chủ tịch UBND "
            "tỉnh nhấn mạnh.\n\nPhó Chủ tịch UBND tỉnh yêu cầu: “Sở Xây dựng chủ trì theo dõi tiến độ dự án.”\n")
    assert tasks_of(body) == [("Sở Tài chính", "2026-06-20"), ("Sở Y tế", None), ("Sở Xây dựng", None)]


def test_helping_the_lead_unit_carry_out_its_work_is_no_task():
    body = ("Giao các sở, ban, ngành và UBND các huyện theo chức năng, nhiệm vụ được giao chủ động phối hợp với Sở Công "
            "Thương để thực hiện có hiệu quả công tác bảo đảm nguồn cung hàng hóa trên địa bàn tỉnh./.\n")
    assert tasks_of(body) == []
    # with work of its own, or a deadline, it is a task
    assert tasks_of(body.replace("để thực hiện có hiệu quả công tác", "để rà soát")) != []
    assert tasks_of(body.replace("trên địa bàn tỉnh", "trên địa bàn tỉnh trước ngày 15/7/2026")) != []


def test_a_title_after_a_comma_begins_the_next_unit_of_the_list():
    body = ("Để bảo đảm an toàn giao thông dịp nghỉ Lễ; Chủ tịch UBND huyện yêu cầu Ban An toàn giao thông huyện, Thủ "
            "trưởng Công an huyện rà soát phương án phân luồng trước ngày 28/8/2026.\n")
    assert tasks_of(body) == [("Ban An toàn giao thông huyện", "2026-08-28"), ("Công an huyện", "2026-08-28")]


def test_the_document_that_directs_hands_the_work_to_the_units_it_names():
    body = ("Chủ tịch UBND tỉnh vừa có văn bản chỉ đạo thủ trưởng các sở, ban ngành trực thuộc UBND tỉnh; Chủ tịch "
            "UBND các huyện, thành phố khẩn trương xây dựng đề án sắp xếp bộ máy trước ngày 30/9/2026.\n")
    assert tasks_of(body) == [("các sở, ban ngành trực thuộc UBND tỉnh", "2026-09-30"),
                              ("UBND các huyện, thành phố", "2026-09-30")]
    # the same words with nothing but an exhortation after them assign nothing
    assert tasks_of("Chủ tịch UBND tỉnh vừa ban hành văn bản chỉ đạo thủ trưởng các sở, ngành tập trung triển khai "
                    "thực hiện tốt một số nhiệm vụ.\n") == []
    # "X chỉ đạo Y làm Z" without a document is still X's task
    assert tasks_of("Sở Giao thông vận tải chỉ đạo Thanh tra Sở kiểm tra các bến thủy nội địa.\n") == [
        ("Sở Giao thông vận tải", None)]


def test_a_title_before_a_shared_head_noun_and_its_listed_names():
    body = ("Chủ tịch UBND tỉnh giao Giám đốc các Sở: Nội vụ, Tài chính theo dõi, đôn đốc quá trình triển khai; định "
            "kỳ 6 tháng tổng hợp, báo cáo UBND tỉnh.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Nội vụ", "Sở Tài chính"]


def test_a_paragraph_that_opens_with_a_shared_head_noun_and_goes_on_after_semicolons():
    body = ("Các sở: Giao thông vận tải, Y tế; Công an tỉnh; UBND các huyện, thị xã, thành phố khẩn trương nghiên cứu "
            "nội dung Công điện để triển khai các giải pháp bảo đảm an toàn giao thông dịp Tết.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Giao thông vận tải", "Sở Y tế", "Công an tỉnh",
                                                     "UBND các huyện, thị xã, thành phố"]


def test_an_adverb_between_the_province_and_its_assigning_verb():
    body = ("Bên cạnh đó, UBND tỉnh cũng chỉ đạo Sở Nội vụ, Sở Tài chính và UBND các huyện, thị xã khẩn trương rà "
            "soát biên chế công chức, báo cáo UBND tỉnh trước ngày 15/10/2026.\n")
    assert tasks_of(body) == [("Sở Nội vụ", "2026-10-15"), ("Sở Tài chính", "2026-10-15"),
                              ("UBND các huyện, thị xã", "2026-10-15")]
    for adverb in ("đã", "vừa", "tiếp tục", "cũng đã"):
        assert [unit for unit, _ in tasks_of(f"UBND tỉnh {adverb} giao Sở Công Thương kiểm tra giá xăng dầu.\n")] \
            == ["Sở Công Thương"], adverb
    # without an assigning verb after it the adverb still tells what was done, not what is asked
    assert tasks_of("UBND tỉnh cũng đã tổ chức hội nghị tổng kết công tác năm 2026.\n") == []


def test_a_unit_name_does_not_swallow_its_predicate():
    assert [unit for unit, _ in tasks_of("Đề nghị Ban Pháp chế HĐND tỉnh xem xét nội dung tờ trình.\n")] == [
        "Ban Pháp chế HĐND tỉnh"]


def test_a_comma_list_of_units_before_the_verb_gives_each_its_task():
    body = ("Chủ tịch UBND tỉnh yêu cầu Văn phòng Đoàn ĐBQH tỉnh, các Ban HĐND tỉnh, Sở Xây dựng, "
            "các ngành liên quan chủ động rà soát hồ sơ công trình, báo cáo UBND tỉnh trước ngày 20/11/2026.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Văn phòng Đoàn ĐBQH tỉnh", "các Ban HĐND tỉnh",
                                                     "Sở Xây dựng", "các ngành liên quan"]
    # "và các …" after a named unit still helps rather than leads, and a committee with its communes is one task
    assert [unit for unit, _ in tasks_of("Giao Sở Tài chính và các cơ quan liên quan bố trí kinh phí thực hiện.\n")] == [
        "Sở Tài chính"]
    assert [unit for unit, _ in tasks_of("Yêu cầu UBND huyện, các xã, thị trấn kiểm tra việc khai thác cát sỏi.\n")] \
        == ["UBND huyện"]  # one task, not a second one for the communes


# --- fifth round (issue #13, clauses and sentences) ----------------------------------------------------------

def test_a_paragraph_opening_with_dong_thoi_goes_on_with_the_task_before_it():
    body = ("UBND tỉnh giao Sở Xây dựng chỉ đạo khẩn trương sửa chữa các tuyến kênh bị sạt lở.\n\n"
            "Đồng thời rà soát các điểm có nguy cơ sạt lở; báo cáo kết quả cho Chủ tịch UBND tỉnh trong tháng 11/2026.\n")
    found = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["deadline"]) for t in found] == [("Sở Xây dựng", "2026-11-30")]
    assert "rà soát các điểm có nguy cơ sạt lở" in found[0]["text"]
    # with a subject of its own the paragraph is a task of its own, and the first keeps no date of it
    body = ("UBND tỉnh giao Sở Xây dựng chỉ đạo khẩn trương sửa chữa các tuyến kênh bị sạt lở.\n\n"
            "Đồng thời, yêu cầu Sở Tài chính bố trí kinh phí trước ngày 20/11/2026.\n")
    assert tasks_of(body) == [("Sở Xây dựng", None), ("Sở Tài chính", "2026-11-20")]


def test_a_news_lead_that_reports_the_document_is_counted_once_with_the_body_after_theo_do():
    body = ("UBND tỉnh vừa ban hành công văn (số 815/UBND-KTN) yêu cầu các ngành, địa phương triển khai các giải pháp "
            "bảo đảm an toàn giao thông đường thủy.\n\n"
            "Theo đó, UBND tỉnh giao Sở Giao thông vận tải, Công an tỉnh khẩn trương kiểm tra các bến khách ngang sông.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Giao thông vận tải", "Công an tỉnh"]
    # a paragraph that assigns without reporting a document is no lead: both are kept
    body = ("UBND tỉnh yêu cầu các ngành, địa phương triển khai các giải pháp bảo đảm an toàn giao thông đường thủy.\n\n"
            "Theo đó, UBND tỉnh giao Sở Giao thông vận tải khẩn trương kiểm tra các bến khách ngang sông.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["các ngành, địa phương", "Sở Giao thông vận tải"]


def test_a_year_is_the_deadline_of_work_to_be_finished_within_it():
    assert task_deadline("Ban Quản lý dự án hoàn thiện hồ sơ, đảm bảo hoàn thành công trình trong năm 2026.").due_date \
        .isoformat() == "2026-12-31"
    assert task_deadline("Phấn đấu hoàn tất việc số hóa hồ sơ trong năm 2027.").due_date.isoformat() == "2027-12-31"
    # the year the work falls in, or a period that qualifies the object, is still no deadline
    assert task_deadline("Rà soát các nhiệm vụ có thời hạn hoàn thành trong năm 2026.") is None
    assert task_deadline("Chủ động ứng phó với các loại hình thiên tai trong năm 2026.") is None


def test_a_clause_that_only_names_whom_the_subject_urges_keeps_the_next_clause_in_its_task():
    body = ("Giao Sở Nội vụ đôn đốc các sở, ngành liên quan; UBND các huyện, thị xã khẩn trương rà soát biên chế; "
            "tổng hợp, báo cáo UBND tỉnh trước ngày 15/10/2026.\n")
    assert tasks_of(body) == [("Sở Nội vụ", "2026-10-15")]
    # a clause with a predicate of its own before ";" still lets the next unit lead its own task
    body = ("Giao Sở Nội vụ rà soát biên chế các sở, ngành; UBND các huyện, thị xã khẩn trương sắp xếp các phòng "
            "chuyên môn trước ngày 15/10/2026.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Nội vụ", "UBND các huyện, thị xã"]


def test_dac_biet_opens_a_sentence_whose_subject_follows():
    body = ("Chủ tịch UBND huyện đề nghị các cơ quan chuyên môn tăng cường giám sát nhà thầu. Đặc biệt các xã tiếp tục "
            "phối hợp với các ngành đẩy nhanh công tác giải phóng mặt bằng.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["các cơ quan chuyên môn", "các xã"]


def test_a_second_subject_inside_one_sentence_after_trong_khi():
    body = ("UBND tỉnh yêu cầu Công an tỉnh bảo đảm an ninh mạng cho các hệ thống thông tin, trong khi Sở Khoa học và "
            "Công nghệ chủ trì thúc đẩy ứng dụng dữ liệu vào công tác điều hành.\n")
    found = extract(HEADER + body)["tasks"]
    assert [t["unit"] for t in found] == ["Công an tỉnh", "Sở Khoa học và Công nghệ"]
    assert "trong khi" not in found[0]["text"] and found[1]["text"].startswith("Sở Khoa học và Công nghệ chủ trì")
    # "còn" that is no conjunction of a second subject changes nothing
    assert [unit for unit, _ in tasks_of("Giao Sở Tài chính rà soát các khoản chi, còn tồn đọng từ năm trước.\n")] == [
        "Sở Tài chính"]


def test_people_present_and_an_issuer_offering_are_given_no_task():
    assert tasks_of("Tại cuộc họp, Giám đốc Sở yêu cầu các đồng chí tham gia dự họp cho ý kiến về các nhiệm vụ của "
                    "từng phòng.\n") == []
    assert tasks_of("Ban Tổ chức Hội thi xin gửi tài liệu (đính kèm) để thực hiện: Thể lệ Hội thi, Bộ hồ sơ dự thi.\n") \
        == []
    # a body named after "các đồng chí" is still asked: "yêu cầu các đồng chí" alone is not a unit
    assert [unit for unit, _ in tasks_of("Giám đốc Sở yêu cầu Văn phòng Sở tổng hợp ý kiến của các đồng chí dự họp "
                                         "trước ngày 10/9/2026.\n")] == ["Văn phòng Sở"]


def test_readers_addressed_with_respect_are_the_unit():
    body = ("Để Hội thi thành công tốt đẹp, Sở Khoa học và Công nghệ kính đề nghị quý cơ quan, ban, ngành, huyện, "
            "thành phố quan tâm, tuyên truyền, vận động các tổ chức, cá nhân tham gia dự thi.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["quý cơ quan, ban, ngành, huyện, thành phố"]


def test_a_shared_head_noun_of_ministries():
    body = ("Các Bộ: Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn theo dõi, hướng dẫn việc chuyển "
            "mục đích sử dụng đất trồng lúa theo đúng quy định.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn"]


def test_a_deadline_label_later_in_a_call_for_proposals_finishes_the_undated_task():
    body = ("Sở Khoa học và Công nghệ đề nghị các sở, ban, ngành trong tỉnh đề xuất nhiệm vụ khoa học và công nghệ "
            "cấp tỉnh thực hiện năm 2027.\n\n"
            "Hồ sơ đề xuất gồm:\n\n- Công văn đề xuất của đơn vị;\n\n- Phiếu đề xuất nhiệm vụ.\n\n"
            "Hồ sơ gửi về Phòng Quản lý khoa học, Sở Khoa học và Công nghệ.\n\n"
            "Thời hạn cuối cùng nhận hồ sơ: ngày 20 tháng 4 năm 2026.\n")
    found = extract(HEADER + body)["tasks"]
    assert [(t["unit"][:18], t["deadline"]) for t in found] == [("các sở, ban, ngành", "2026-04-20")]
    assert "Phiếu đề xuất nhiệm vụ" in found[0]["text"]
    # a label that says nothing about receiving or sending is no deadline of the task
    body = body.replace("Thời hạn cuối cùng nhận hồ sơ: ngày 20 tháng 4 năm 2026", "Thời gian thực hiện nhiệm vụ: trước "
                        "ngày 31/12/2027")
    assert [deadline for _, deadline in tasks_of(body)] == [None]


def test_an_item_after_a_lead_in_colon_that_names_its_unit_is_its_task():
    body = ("Về công tác tháng 7, đồng chí Giám đốc Sở nhấn mạnh một số nhiệm vụ trọng tâm như sau: tiếp tục hoàn "
            "thành các công việc của Kỳ thi tuyển sinh; các phòng chuyên môn phụ trách bậc học chỉ đạo công tác tuyển "
            "sinh lớp 1, lớp 6 theo đúng kế hoạch.\n")
    found = extract(HEADER + body)["tasks"]
    assert [t["unit"][:20] for t in found] == ["các phòng chuyên môn"]
    assert found[0]["text"].startswith("các phòng chuyên môn phụ trách bậc học chỉ đạo công tác tuyển sinh")
    # items that recount what was done are no tasks
    assert tasks_of("Tại hội nghị, đồng chí Giám đốc Sở điểm lại một số kết quả như sau: các phòng chuyên môn đã "
                    "hoàn thành Kỳ thi tuyển sinh; Văn phòng Sở đã tổng hợp báo cáo.\n") == []


def test_an_addressee_the_vocabulary_does_not_know_is_named_by_the_sentence_shape():
    # after an assigning verb, the short noun phrase up to the first action verb is the unit
    assert tasks_of("Tổ công tác đề nghị đơn vị thi công công trình khẩn trương khắc phục các tồn tại trước ngày "
                    "15/6/2026.\n") == [("đơn vị thi công công trình", "2026-06-15")]
    assert tasks_of("Đoàn giám sát cũng đề nghị đơn vị quản lý và chủ đầu tư dự án bổ sung hồ sơ thanh quyết "
                    "toán.\n") == [("đơn vị quản lý và chủ đầu tư dự án", None)]
    assert tasks_of("Ban Chỉ đạo đề nghị nhà cung cấp dịch vụ viễn thông rà soát hạ tầng mạng lưới.\n") == [
        ("nhà cung cấp dịch vụ viễn thông", None)]
    assert tasks_of("Chủ tịch UBND tỉnh yêu cầu thành viên Tổ Công tác Cải cách hành chính tỉnh tiếp tục theo dõi "
                    "việc giải quyết hồ sơ.\n") == [("thành viên Tổ Công tác Cải cách hành chính tỉnh", None)]
    # a person, a thing, a verb or a briefing are not addressees
    assert tasks_of("Đề nghị ông Trần Văn Bình khẩn trương hoàn thiện hồ sơ.\n") == []
    assert tasks_of("Sở Tài chính đề nghị các nội dung trên phải được hoàn thiện.\n") == []
    assert tasks_of("Giao ban định kỳ hằng tháng giữa lãnh đạo và các phòng triển khai công tác tháng 7.\n") == []
    assert tasks_of("UBND các huyện xây dựng kế hoạch, phân công tổ chức thực hiện trên địa bàn.\n") == [
        ("UBND các huyện", None)]


def test_a_passive_with_its_agent_assigns_to_the_subject():
    found = extract(HEADER + "Sở Y tế được Ủy ban nhân dân tỉnh giao chủ trì, phối hợp Sở Tài chính xây dựng kế "
                             "hoạch phòng chống dịch.\n")["tasks"]
    assert [t["unit"] for t in found] == ["Sở Y tế"]
    assert "xây dựng kế hoạch phòng chống dịch" in found[0]["text"]
    # what the agent gave before is not a task of today
    assert tasks_of("Sở Y tế được Ủy ban nhân dân tỉnh giao đã hoàn thành kế hoạch.\n") == []


def test_a_member_of_a_semicolon_list_that_no_unit_word_names_shares_the_verb():
    body = ("Sở Khoa học và Công nghệ đề nghị các sở, ban, ngành; UBND các huyện; hợp tác xã, tổ chức kinh tế tập thể "
            "trong và ngoài tỉnh đăng ký đề xuất nhiệm vụ năm 2027.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["các sở, ban, ngành", "UBND các huyện",
                                                    "hợp tác xã, tổ chức kinh tế tập thể trong và ngoài tỉnh"]
    body = ("Sở Khoa học và Công nghệ đề nghị các sở, ngành; các học viện, trung tâm nghiên cứu, cá nhân hoạt động "
            "trong lĩnh vực y dược... tham gia đề xuất nhiệm vụ.\n")
    assert [unit for unit, _ in tasks_of(body)] == [
        "các sở, ngành", "các học viện, trung tâm nghiên cứu, cá nhân hoạt động trong lĩnh vực y dược"]
    # a thing after the ";" is the object list, not a member: "giao A; các nội dung …" stays one task
    assert [unit for unit, _ in tasks_of("Giao Sở Tài chính chủ trì thẩm định; các nội dung còn vướng mắc báo cáo "
                                         "UBND tỉnh.\n")] == ["Sở Tài chính"]


def test_each_addressee_then_the_basis_of_its_work_then_its_verb():
    assert tasks_of("Chủ tịch UBND tỉnh yêu cầu từng thành viên tổ giúp việc trên cơ sở nhiệm vụ được phân công "
                    "khẩn trương hoàn thiện phương án chi tiết.\n") == [("từng thành viên tổ giúp việc", None)]
    # with no verb after the basis nothing is asked of anyone
    assert tasks_of("Chủ tịch UBND tỉnh yêu cầu từng thành viên tổ giúp việc trên cơ sở nhiệm vụ được phân công.\n") == []


# --- clauses and deadlines, batch 22's recall misses (invented examples) -----------------------------------

NEWS = "http://baoanbinh.example.vn/thoi-su/chan-chinh-khai-thac-cat-8812.html\n"


def test_a_year_less_deadline_of_an_undated_page_takes_the_year_of_a_month_it_names():
    body = ("Theo đó, UBND tỉnh An Bình giao UBND huyện Đông Sơn kiểm tra các bến bãi trái phép, báo cáo kết quả về "
            "UBND tỉnh trước ngày 15.3.\n\nTrước đó, vào tháng 1.2018, Đoàn kiểm tra phát hiện 4 bến bãi.\n")
    assert tasks_of(body, NEWS) == [("UBND huyện Đông Sơn", "2018-03-15")]


def test_a_topic_then_the_unit_that_asks_gives_the_topic_its_work():
    body = ("Đối với Sở Công Thương, UBND TP. An Bình yêu cầu phải rà soát các cửa hàng xăng dầu, báo cáo UBND TP "
            "trước ngày 10/6/2026.\n")
    found = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["deadline"]) for t in found] == [("Sở Công Thương", "2026-06-10")]
    assert found[0]["text"].startswith("phải rà soát")


def test_a_clause_with_its_own_deadline_after_a_dated_clause_is_a_second_task():
    body = ("Giao Sở Nội vụ thẩm định đề án vị trí việc làm, báo cáo UBND tỉnh trong tháng 6/2026; hướng dẫn các "
            "huyện sắp xếp biên chế, báo cáo kết quả trong tháng 8/2026.\n")
    assert tasks_of(body) == [("Sở Nội vụ", "2026-06-30"), ("Sở Nội vụ", "2026-08-31")]
    # one deadline at the end closes every clause: one task
    body = "Giao Sở Nội vụ thẩm định đề án; hướng dẫn các huyện sắp xếp biên chế, báo cáo trong tháng 8/2026.\n"
    assert tasks_of(body) == [("Sở Nội vụ", "2026-08-31")]


def test_what_a_speaker_says_was_already_asked_is_not_a_task():
    body = ("Ông Lê Văn Hòa - Chủ tịch UBND huyện Đông Sơn - cho biết: UBND huyện đã yêu cầu các xã, thị trấn tổ "
            "chức kiểm tra lại toàn bộ các bến bãi.\n")
    assert tasks_of(body, NEWS) == []


def test_a_request_cut_after_its_units_is_no_task():
    assert tasks_of("Phó Chủ tịch UBND tỉnh giao Sở Y tế tỉnh An Bình, UBND các huyện,\n") == []


def test_an_assignment_opening_a_quotation_and_one_after_an_ellipsis_are_read():
    body = ("Trong thông báo, Chủ tịch UBND tỉnh chỉ đạo rõ: “Giao cho Sở Tư pháp rà soát hồ sơ… giao cho Sở Tài "
            "chính bố trí kinh phí, báo cáo UBND tỉnh trước ngày 20-6-2026…\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Tư pháp", "Sở Tài chính"]


def test_the_unit_a_report_goes_through_has_the_work_after_de():
    body = ("UBND các xã có trách nhiệm báo cáo số liệu qua Phòng Nông nghiệp trước ngày 12-5 để tổng hợp, báo cáo "
            "UBND huyện trước ngày 20-5-2026.\n")
    assert tasks_of(body) == [("UBND các xã", "2026-05-12"), ("Phòng Nông nghiệp", "2026-05-20")]


def test_a_named_body_and_the_bodies_of_its_kind_after_va_both_lead():
    body = "Chủ tịch UBND tỉnh yêu cầu Sở Tư pháp và các sở, ngành liên quan khẩn trương hoàn thiện dự thảo quy chế.\n"
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Tư pháp", "các sở, ngành liên quan"]
    # other bodies after "và các" help it
    body = "Chủ tịch UBND tỉnh yêu cầu Sở Tư pháp và các cơ quan liên quan khẩn trương hoàn thiện dự thảo quy chế.\n"
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Tư pháp"]


def test_a_passive_request_is_asked_of_those_the_letter_was_sent_to():
    body = ("Ngày 03/4/2026, Cục Sở hữu trí tuệ đã gửi công văn số 455/SHTT-QL tới Sở Khoa học và Công nghệ các tỉnh "
            "về việc rà soát danh mục chỉ dẫn địa lý.\n\nÝ kiến góp ý xin gửi về Cục Sở hữu trí tuệ trước ngày "
            "25/4/2026 để tổng hợp.\n")
    assert tasks_of(body, NEWS) == [("Sở Khoa học và Công nghệ các tỉnh", "2026-04-25")]


def test_the_basis_between_the_subject_and_its_verb_keeps_the_subject():
    body = ("UBND các huyện miền núi, căn cứ vào kế hoạch được giao, hướng dẫn của Sở Nông nghiệp tổ chức trồng rừng "
            "thay thế.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["UBND các huyện miền núi"]


def test_a_year_less_deadline_of_an_undated_page_takes_the_year_of_its_own_items_deadline():
    body = ("Theo đó, UBND tỉnh giao Sở Giao thông vận tải rà soát các điểm đen, báo cáo trước ngày 25.2; lập phương "
            "án xử lý, trình UBND tỉnh trước ngày 30/4/2019.\n\nĐến ngày 12/3/2020, Sở đã xử lý 9 điểm đen.\n")
    assert tasks_of(body, NEWS) == [("Sở Giao thông vận tải", "2019-02-25"), ("Sở Giao thông vận tải", "2019-04-30")]


def test_a_locality_named_without_its_committee_is_the_unit():
    body = "Chủ tịch UBND tỉnh đề nghị huyện Đông Sơn tập trung giải ngân vốn đầu tư công trước ngày 30/9/2026.\n"
    assert tasks_of(body) == [("huyện Đông Sơn", "2026-09-30")]
    body = "Huyện Đông Sơn đã đạt 9/22 chỉ tiêu.\n"  # what the district did is no task
    assert tasks_of(body) == []


def test_a_dateline_does_not_hide_the_province_that_assigns():
    body = ("An Bình - Chủ tịch UBND tỉnh An Bình chỉ đạo Sở Xây dựng; UBND các huyện: Đông Sơn, Tây Sơn và Bắc Sơn "
            "khắc phục tình trạng lấn chiếm hành lang đê.\n")
    assert [unit for unit, _ in tasks_of(body, NEWS)] == ["Sở Xây dựng", "UBND các huyện: Đông Sơn, Tây Sơn và Bắc Sơn"]


def test_a_request_that_names_nobody_is_asked_of_the_letters_addressees():
    body = ("Ngày 8/7, Phó Chủ tịch UBND tỉnh đã ký công văn gửi các Sở Xây dựng, Sở Nội vụ và UBND huyện Đông Sơn, "
            "yêu cầu kiểm điểm trách nhiệm trong việc cấp phép xây dựng.\n")
    assert [unit for unit, _ in tasks_of(body, NEWS)] == ["Sở Xây dựng", "Sở Nội vụ", "UBND huyện Đông Sơn"]


def test_news_short_forms_of_localities_and_bodies_are_units():
    body = ("Chủ tịch UBND tỉnh yêu cầu H.Đông Sơn phải khẩn trương truy vết các trường hợp F1 trước ngày 20/6/2026. "
            "Ông cũng đề nghị UB MTTQ tỉnh và UBND TP.Tây Sơn tạo điều kiện cho người dân bị phong tỏa.\n")
    assert [unit for unit, _ in tasks_of(body, NEWS)] == ["H.Đông Sơn", "UB MTTQ tỉnh", "UBND TP.Tây Sơn"]


def test_a_generic_request_that_only_asks_for_a_report_if_something_arises_is_no_task():
    body = ("Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở, ban, ngành triển khai "
            "thực hiện và báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) nếu có vấn đề phát sinh vượt thẩm quyền.\n")
    assert tasks_of(body) == []


def test_the_bodies_listed_after_a_collective_and_a_colon_are_the_units():
    body = ("UBND huyện giao các ngành liên quan: Chi cục Thống kê, Phòng Nông nghiệp và Phát triển nông thôn, UBND các "
            "xã, thị trấn tiến hành thăm đồng xác định diện tích cây trồng vụ Hè thu trước ngày 15/8/2026.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Chi cục Thống kê", "Phòng Nông nghiệp và Phát triển nông thôn",
                                                     "UBND các xã, thị trấn"]


def test_units_singled_out_after_trong_do_have_their_own_task():
    body = ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương quyết tâm thực hiện, trong đó Sở Xây dựng, phường "
            "Đông Sơn chuẩn bị sẵn sàng công tác thu hồi đất cho dự án.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["các sở, ngành, địa phương", "Sở Xây dựng", "phường Đông Sơn"]


def test_the_date_of_a_cited_record_is_not_a_deadline():
    body = ("Đề nghị UBND huyện Đông Sơn khẩn trương thực hiện nội dung đã thống nhất tại Biên bản làm việc ngày "
            "09/7/2026 để giải quyết dứt điểm vụ việc.\n")
    assert tasks_of(body) == [("UBND huyện Đông Sơn", None)]
    # a report due on a day is still a deadline
    assert tasks_of("Đề nghị UBND huyện Đông Sơn gửi báo cáo trước ngày 09/7/2026.\n") == [("UBND huyện Đông Sơn", "2026-07-09")]


def test_who_answers_before_the_answer_is_no_task():
    body = ("UBND tỉnh trả lời:\n\nChuyển đơn, yêu cầu Sở Xây dựng chủ trì kiểm tra, rà soát, báo cáo UBND tỉnh trước "
            "ngày 30/9/2026.\n")
    assert tasks_of(body) == [("Sở Xây dựng", "2026-09-30")]


def test_an_opening_phrase_before_the_province_that_assigns_is_read_past():
    body = ("Tiếp thu ý kiến cử tri, Ủy ban nhân dân tỉnh chỉ đạo Sở Giao thông Vận tải chủ trì tăng cường bảo dưỡng "
            "mặt đường.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Giao thông Vận tải"]


def test_a_page_with_no_date_takes_the_year_its_title_names():
    body = ("Dời thời gian tổ chức Chương trình Techfest 2022\n\nChiều 21-7, Phó Chủ tịch UBND tỉnh chủ trì cuộc họp. Sở "
            "Khoa học và Công nghệ có trách nhiệm tổng hợp nội dung gửi Sở Tài chính trước ngày 30-7.\n")
    assert tasks_of(body, "") == [("Sở Khoa học và Công nghệ", "2022-07-30")]


def test_an_assignment_recounted_before_tuy_nhien_den_nay_chua_in_the_same_paragraph_is_background():
    body = ("Ngày 02/4/2026, Văn phòng UBND tỉnh có Công văn truyền đạt ý kiến giao Sở Tài chính khẩn trương báo cáo kết "
            "quả. Tuy nhiên, đến nay Sở Tài chính chưa có báo cáo.\n\nChủ tịch UBND tỉnh yêu cầu Sở Tài chính khẩn trương "
            "thực hiện theo chỉ đạo tại Công văn số 597/VPUBND-KT.\n")
    tasks = extract(NEWS + body)["tasks"]
    assert [task["unit"] for task in tasks] == ["Sở Tài chính"]
    assert "khẩn trương thực hiện theo chỉ đạo" in tasks[0]["text"]


def test_giao_ban_is_a_meeting_and_kinh_is_the_issuer_speaking():
    body = "Tại cuộc họp giao ban Ban Chỉ đạo tỉnh định kỳ tháng 12, Chủ tịch UBND tỉnh phát biểu.\n"
    assert tasks_of(body) == []
    body = "Phòng Quản lý khoa học kính chuyển đến các tổ chức Thông báo đề xuất nhiệm vụ năm 2026 như sau:\n"
    assert tasks_of(body) == []


def test_chi_dao_followed_by_a_comma_then_the_unit_assigns():
    body = ("UBND tỉnh vừa ban hành văn bản số 1345/UBND-KT chỉ đạo, UBND huyện Đông Sơn phối hợp Sở Nông nghiệp kiểm "
            "điểm, xử lý tình trạng phá rừng, báo cáo trước ngày 31/3/2026.\n")
    assert tasks_of(body, NEWS) == [("UBND huyện Đông Sơn", "2026-03-31")]
    # "các văn bản chỉ đạo," is a noun phrase
    body = "Thực hiện các văn bản chỉ đạo, Cục Quản lý thị trường tỉnh đã chủ động phối hợp thống kê nhu cầu.\n"
    assert tasks_of(body, NEWS) == []


def test_items_of_two_bodies_with_similar_names_are_both_kept():
    body = ("Ủy ban nhân dân huyện có ý kiến như sau:\n\n1. Phòng Văn hóa và Thông tin chủ trì hướng dẫn công tác tuyên "
            "truyền kỷ niệm 30 năm thành lập tỉnh.\n\n2. Trung tâm Văn hóa - Thông tin và Thể thao\n\n- Tăng cường tuyên "
            "truyền kỷ niệm 30 năm thành lập tỉnh.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thông tin và Thể thao"]


def test_the_remit_between_the_subject_and_its_verb_keeps_the_subject():
    body = ("UBND huyện giao nhiệm vụ như sau. Các cơ quan chuyên môn, theo chức năng nhiệm vụ, chủ động bám sát cơ sở, "
            "hướng dẫn nông dân sản xuất theo quy trình VietGAP.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Các cơ quan chuyên môn"]


def test_a_body_newly_given_the_work_by_the_province_leads_it():
    body = ("Sở Tài nguyên và Môi trường TP.Tây Sơn vừa được UBND TP giao chủ trì, phối hợp với các sở hoàn thành việc "
            "rà soát cơ sở gây ô nhiễm.\n")
    assert [unit for unit, _ in tasks_of(body, NEWS)] == ["Sở Tài nguyên và Môi trường TP.Tây Sơn"]


def test_what_a_leader_directs_a_unit_to_do_is_that_units_work():
    body = ("Qua kiểm tra thực tế, trên cơ sở ý kiến của các đơn vị, ông Nguyễn Văn A – Phó Chủ tịch UBND huyện chỉ đạo "
            "Phòng Nông nghiệp phối hợp với Trạm Khuyến nông hướng dẫn nông dân chăm sóc cây trồng.\n")
    assert [unit for unit, _ in tasks_of(body, NEWS)] == ["Phòng Nông nghiệp"]


def test_an_item_after_a_semicolon_with_no_unit_of_its_own_goes_on_with_the_unit_before():
    body = ("Thực hiện Công văn số 6028/BTTT-CBC của Bộ, UBND tỉnh có ý kiến như sau: Sở Thông tin và Truyền thông chủ trì "
            "rà soát, báo cáo tình hình thực hiện Chiến lược; gửi báo cáo về Bộ (qua Cục Báo chí) trước ngày 15/12/2026.\n")
    assert tasks_of(body) == [("Sở Thông tin và Truyền thông", "2026-12-15")]


def test_the_day_an_event_celebrates_is_not_a_deadline():
    body = ("Chủ tịch UBND tỉnh yêu cầu UBND các huyện tổ chức các hoạt động hưởng ứng Ngày Môi trường thế giới 05/6/2026 "
            "bảo đảm thiết thực.\n")
    assert tasks_of(body) == [("UBND các huyện", None)]


def test_cung_voi_do_opens_the_next_units_sentence_and_where_they_are_stands_before_the_verb():
    body = ("Chủ tịch UBND tỉnh yêu cầu Sở Giao thông vận tải tổ chức tiếp nhận cầu vượt. Cùng với đó, BQL các dự án trọng "
            "điểm khẩn trương hoàn chỉnh hồ sơ bàn giao.\n\nĐến thời điểm này, các xã, HTX trên địa bàn huyện đã gieo cấy "
            "được 4.800 ha lúa.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Giao thông vận tải", "BQL các dự án trọng điểm"]


def test_a_letter_with_its_number_that_chi_dao_a_unit_assigns_and_cu_the_ends_a_lead_in():
    body = ("Ngày 21/3/2026, UBND tỉnh ban hành văn bản số 1555/UBND-LN chỉ đạo Sở Nông nghiệp hướng dẫn các đơn vị chủ "
            "rừng lập kế hoạch trồng rừng, báo cáo trước ngày 15/4/2026.\n")
    assert tasks_of(body, NEWS) == [("Sở Nông nghiệp", "2026-04-15")]
    body = ("UBND tỉnh vừa ban hành Công văn số 1974/UBND-KGVX chỉ đạo các sở, ngành báo cáo kết quả phòng, chống dịch; cụ "
            "thể:\n\n- Sở Y tế tổng hợp số liệu, báo cáo trước ngày 20/5/2026.\n")
    assert tasks_of(body, NEWS) == [("Sở Y tế", "2026-05-20")]


def test_a_generic_closing_with_quan_tam_and_a_name_cut_by_nhung_are_no_tasks():
    assert tasks_of("Đề nghị đơn vị quan tâm thực hiện./.\n") == []
    body = "Bà A đã nhiều lần gửi đơn đến UBND thành phố Đông Sơn nhưng chưa được xem xét, giải quyết.\n"
    assert tasks_of(body) == []


def test_ve_noi_dung_nay_opens_a_sentence_before_the_province_that_directs():
    body = ("Về nội dung này, UBND tỉnh đã chỉ đạo Sở Giao thông vận tải sửa chữa lại mặt đường và khơi thông thoát nước "
            "thường xuyên.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Giao thông vận tải"]


def test_an_assignment_in_brackets_and_one_told_as_not_done_are_no_tasks():
    body = ("Ban Tiếp công dân tỉnh nhận được đơn của bà A (nguồn đơn: gửi đến Chủ tịch UBND tỉnh, giao Ban Tiếp công dân "
            "tỉnh xử lý) với nội dung kiến nghị bồi thường.\n\nUBND tỉnh đã có nhiều văn bản chỉ đạo UBND thành phố Đông "
            "Sơn nhưng chưa được xem xét, giải quyết.\n")
    assert tasks_of(body) == []


def test_carrying_out_a_numbered_document_is_not_a_generic_closing():
    body = "Chủ tịch UBND huyện yêu cầu UBND các xã, thị trấn tổ chức triển khai thực hiện nghiêm túc Công điện số 81.\n"
    assert tasks_of(body) == [("UBND các xã, thị trấn", None)]
    assert tasks_of("Chủ tịch UBND huyện yêu cầu UBND các xã, thị trấn tổ chức triển khai thực hiện nghiêm túc.\n") == []


def test_investors_and_project_boards_listed_in_lower_case_are_one_subject():
    body = "Các chủ đầu tư, ban quản lý dự án quyết liệt đẩy nhanh tiến độ giải ngân vốn đầu tư công.\n"
    assert tasks_of(body) == [("Các chủ đầu tư, ban quản lý dự án", None)]


def test_after_a_name_the_vocabulary_knows_a_verb_outside_the_verb_list_still_reads():
    body = ("Chủ tịch UBND tỉnh giao Sở Xây dựng rà soát các công trình.\n\nSở Tài chính vận động các doanh nghiệp ủng "
            "hộ quỹ phòng chống thiên tai.\n\nCông an tỉnh siết chặt kiểm soát tải trọng xe.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Xây dựng", "Sở Tài chính", "Công an tỉnh"]
    # not a speech verb, nor a longer name that only begins like a known one
    body = ("Văn phòng UBND tỉnh truyền đạt ý kiến của Phó Chủ tịch UBND tỉnh.\n\nVăn phòng UBND tỉnh Đông Sơn vừa có "
            "văn bản nhắc báo cáo.\n")
    assert tasks_of(body) == []


def test_a_unit_named_after_de_nghi_is_asked_even_when_its_verb_is_ghi_nhan():
    body = "Ông A đề nghị Sở Nội vụ ghi nhận ý kiến của các thành viên để hoàn thiện đề án.\n"
    assert tasks_of(body) == [("Sở Nội vụ", None)]
    # told of a unit, not asked of it, "ghi nhận" is what the unit said
    assert tasks_of("Sở Nội vụ ghi nhận ý kiến của các thành viên.\n") == []


def test_a_dated_decision_after_a_semicolon_ends_the_task_and_gives_it_no_deadline():
    body = ("Ngày 21/7/2022, ông A đề nghị Sở Nội vụ hoàn thiện kế hoạch chi tiết; thống nhất dời thời gian tổ chức "
            "hội nghị sang ngày 19 và 20-8.\n")
    [task] = extract(HEADER + body)["tasks"]
    assert (task["unit"], task["deadline"]) == ("Sở Nội vụ", None)
    assert task["text"].rstrip(" .").endswith("kế hoạch chi tiết")


def test_a_second_request_inside_the_sentence_is_its_units_task_with_the_date():
    body = ("Thủ tướng yêu cầu các Bộ: Nội vụ, Tài chính khẩn trương xác định số công chức và yêu cầu Bộ Nội vụ tổng "
            "hợp, báo cáo Thủ tướng Chính phủ trước ngày 30-8-2014.\n")
    assert tasks_of(body) == [("Bộ Nội vụ", None), ("Bộ Tài chính", None), ("Bộ Nội vụ", "2014-08-30")]
    # before the predicate, "và đề nghị" goes on listing the units that share it
    body = "Chủ tịch UBND tỉnh yêu cầu Công an tỉnh và đề nghị Liên đoàn Lao động tỉnh tuyên truyền an toàn lao động.\n"
    assert tasks_of(body) == [("Công an tỉnh", None), ("Liên đoàn Lao động tỉnh", None)]


def test_ministers_of_listed_ministries_and_title_cased_committees_are_the_units():
    body = ("Bộ trưởng các Bộ: Quốc phòng, Công an, Y tế; Bí thư, Chủ tịch Ủy ban Nhân dân các tỉnh, thành phố ven biển "
            "tiếp tục chủ động triển khai các biện pháp ứng phó với bão.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Bộ Quốc phòng", "Bộ Công an", "Bộ Y tế",
                                                    "Ủy ban nhân dân các tỉnh, thành phố"]
    body = "Thủ tướng yêu cầu Đại học Quốc gia Hà Nội và Ủy Ban Nhân Dân thành phố Hà Nội rà soát số công chức.\n"
    assert [unit for unit, _ in tasks_of(body)] == ["Đại học Quốc gia Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"]


def test_organise_after_de_nghi_is_the_verb_and_forces_and_governments_are_bodies():
    assert tasks_of("Đề nghị tổ chức thực hiện đầu tư xây dựng hạ tầng khu đất bãi sông.\n") == []
    body = ("Chính quyền huyện Lý Sơn khẩn trương bàn giao mặt bằng.\n\nLực lượng công an tỉnh tiếp tục bám sát địa bàn."
            "\n\nChủ tịch UBND tỉnh yêu cầu lực lượng chức năng tăng cường kiểm tra.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Chính quyền huyện Lý Sơn", "Lực lượng công an tỉnh",
                                                    "lực lượng chức năng"]


def test_kinds_written_with_capitals_inside_a_collective_stay_one_collective():
    body = "Các Sở, Ban, Ngành, đoàn thể tỉnh, UBND các huyện, thành phố bố trí phân công trực trong những ngày nghỉ Lễ.\n"
    assert [unit for unit, _ in tasks_of(body)] == ["Các Sở, Ban, Ngành, đoàn thể tỉnh, UBND các huyện, thành phố"]
    # the unit keeps the capitals as written
    assert tasks_of("Các Sở, Ban, Ngành rà soát quỹ đất.\n") == [("Các Sở, Ban, Ngành", None)]


def test_rieng_names_the_topic_before_the_unit_that_assigns_it():
    body = "Riêng Sở Xây dựng, UBND thành phố giao kiểm tra, hướng dẫn UBND huyện Bình Chánh cưỡng chế tháo dỡ.\n"
    assert tasks_of(body) == [("Sở Xây dựng", None)]


def test_a_counted_collective_named_above_is_the_unit_and_what_it_has_not_done_is_not_its_name():
    body = "Bộ Tài chính đề nghị 4 bộ, ngành nêu trên khẩn trương gửi báo cáo quyết toán trước ngày 15/9/2018.\n"
    assert tasks_of(body) == [("4 bộ, ngành nêu trên", "2018-09-15")]
    assert all(not unit.endswith("chưa") for unit, _ in tasks_of(
        "Đề nghị các đơn vị chưa gửi báo cáo khẩn trương gửi về Sở trước ngày 15/9/2018.\n"))


def test_a_month_named_bare_is_the_period_of_the_work_and_a_year_after_a_long_object_is_its_deadline():
    body = ("Giao các phòng chuyên môn phát huy các kết quả đạt được, thực hiện có hiệu quả nhiệm vụ công tác tháng "
            "02/2021.\n")
    assert tasks_of(body) == [("các phòng chuyên môn", None)]
    body = ("Phòng Giáo dục và Đào tạo cần rà soát chất lượng giáo dục; hoàn thành chỉ tiêu trường đạt chuẩn quốc gia "
            "mức độ 2 trong năm 2024.\n")
    assert tasks_of(body) == [("Phòng Giáo dục và Đào tạo", "2024-12-31")]


def test_a_subject_that_points_back_carries_on_the_work_of_the_units_just_named():
    body = ("Chủ tịch UBND tỉnh yêu cầu UBND huyện Phù Mỹ, UBND huyện Vân Canh khẩn trương làm rõ nguyên nhân trễ hẹn. "
            "Các địa phương này phải báo cáo kết quả trước ngày 15/11/2021.\n")
    assert tasks_of(body) == [("UBND huyện Phù Mỹ", "2021-11-15"), ("UBND huyện Vân Canh", "2021-11-15")]


def test_a_page_address_ending_in_a_slash_is_not_glued_to_the_text_and_its_lead_dates_the_page():
    page = ("http://bao.example.vn/giao-duc/cong-bo-ket-qua-thi-386893/\nBộ GD&ĐT vừa ban hành hướng dẫn thi năm 2016. "
            "Theo đó, Bộ yêu cầu các sở GD&ĐT báo cáo về Bộ trước ngày 10-6.\n")
    assert tasks_of(page, header="") == [("các sở GD&ĐT", "2016-06-10")]


def test_a_stored_pages_publication_stamp_dates_its_year_less_deadlines():
    # the page's own date, not the latest date it mentions (a plan it cites, dated later)
    page = ("https://bao.example.vn/tin-thoi-su.htm\n date 2025-11-07 Chiều 7-11, Chủ tịch UBND thành phố họp với các "
            "sở, ngành về Kế hoạch thực hiện ngày 02/3/2026.\n\nChủ tịch UBND thành phố giao Sở Nội vụ hoàn thành việc "
            "sắp xếp trước ngày 30-11.\n")
    assert tasks_of(page, header="") == [("Sở Nội vụ", "2025-11-30")]


def test_two_steps_of_one_sentence_with_their_own_deadlines_are_two_tasks():
    body = ("Giao Sở Nội vụ tổng hợp các nội dung gửi về Sở Tài chính trước ngày 30/7/2026 và báo cáo UBND tỉnh trước ngày "
            "05/8/2026.\n")
    assert tasks_of(body) == [("Sở Nội vụ", "2026-07-30"), ("Sở Nội vụ", "2026-08-05")]
    # a period and the date the report on it is due are one task
    body = "Giao Sở Nội vụ báo cáo kết quả từ ngày 01/7/2026 đến ngày 30/7/2026, gửi UBND tỉnh trước ngày 05/8/2026.\n"
    assert tasks_of(body) == [("Sở Nội vụ", "2026-08-05")]


def test_a_sentence_opening_with_its_deadline_names_its_unit_after_the_comma():
    body = ("Chậm nhất ngày 25/7/2026, các sở GD&ĐT phải công bố kết quả thi.\n\nTừ ngày 12/3 đến ngày 30/4/2026, các "
            "địa phương trong tỉnh tiêm phòng vụ xuân cho đàn gia súc.\n")
    assert tasks_of(body) == [("các sở GD&ĐT", "2026-07-25"), ("các địa phương", "2026-04-30")]


def test_a_second_step_dated_before_its_verb_is_a_task_of_its_own():
    body = ("Trước ngày 25/10/2026, UBND các huyện phải báo cáo sơ bộ kết quả rà soát và trước ngày 16/11/2026 phải báo "
            "cáo chính thức kết quả.\n")
    assert tasks_of(body) == [("UBND các huyện", "2026-10-25"), ("UBND các huyện", "2026-11-16")]


def test_the_same_units_named_again_generically_give_the_work_its_deadline():
    body = ("Sở Tài chính đề nghị UBND các quận, huyện; các ban quản lý dự án liên hệ Kho bạc Nhà nước đối chiếu số liệu "
            "thanh toán. Trên cơ sở đó, các cơ quan, đơn vị lập báo cáo quyết toán, gửi Sở Tài chính trước ngày "
            "15/5/2026.\n")
    assert tasks_of(body) == [("UBND các quận, huyện", "2026-05-15"), ("các ban quản lý dự án", "2026-05-15")]


def test_the_last_of_the_localities_of_a_committee_may_be_named():
    body = ("Thủ trưởng các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các huyện, thị xã và thành phố Huế tổ chức đánh giá "
            "cán bộ.\n\nGiao các đơn vị, địa phương chỉ gửi bảng tổng hợp về Sở Nội vụ.\n")
    assert [unit for unit, _ in tasks_of(body)] == [
        "các sở, ban, ngành", "Ủy ban nhân dân các huyện, thị xã và thành phố Huế", "các đơn vị, địa phương"]


def test_the_tet_a_page_prepares_for_and_the_month_in_its_address_date_it():
    import datetime as dt

    from docimport.extract.dates import lunar_year

    today = dt.date(2026, 12, 3)
    assert [lunar_year(f"dịp Tết {name}", today) for name in ("Nguyên Đán Ất Tỵ", "Quý Mão", "Canh Tý", "Đinh Mùi")] == [
        2025, 2023, 2020, 2027]
    page = ("https://bao.example.vn/tag/via-he\nĐể bảo đảm mĩ quan đô thị dịp Tết Nguyên Đán Ất Tỵ, Chủ tịch UBND thành "
            "phố yêu cầu đơn vị thi công hoàn thành công việc, hoàn trả vỉa hè trước ngày 15/1.\n")
    assert tasks_of(page, header="") == [("đơn vị thi công", "2025-01-15")]
    page = ("https://bao.example.vn/xa-hoi/202206/som-tham-muu-8254359\nUBND tỉnh vừa có văn bản yêu cầu Sở Xây dựng "
            "báo cáo UBND tỉnh trước ngày 20/6.\n")
    assert tasks_of(page, header="") == [("Sở Xây dựng", "2022-06-20")]


def test_a_listing_of_bodies_mixes_bare_names_of_sở_and_bodies_named_in_full():
    body = ("Thủ trưởng các đơn vị: Y tế, Công an thành phố, Công Thương và Chủ tịch UBND quận, huyện tổ chức triển khai "
            "thực hiện ý kiến kết luận.\n\nCác sở, ngành: Ngoại vụ, Cục hải quan, UBND 3 huyện Lộc Ninh, Bù Đốp phối hợp "
            "quản lý biên giới.\n")
    assert [unit for unit, _ in tasks_of(body)] == [
        "Sở Y tế", "Công an thành phố", "Sở Công Thương", "UBND quận, huyện",
        "Sở Ngoại vụ", "Cục hải quan", "UBND 3 huyện Lộc Ninh, Bù Đốp"]


def test_one_committee_head_shared_by_named_localities_is_one_unit():
    body = ("Công an tỉnh, Sở Y tế, Ủy ban nhân dân thị xã Hương Thủy, thị xã Hương Trà và thành phố Huế bố trí lực lượng "
            "bảo đảm an ninh trật tự lễ hội.\n")
    assert [unit for unit, _ in tasks_of(body)] == [
        "Công an tỉnh", "Sở Y tế", "Ủy ban nhân dân thị xã Hương Thủy, thị xã Hương Trà và thành phố Huế"]
    # a commune after its district's committee is a body of its own
    body = "Sở Tài nguyên và Môi trường, UBND huyện Khánh Vĩnh, xã Khánh Đông đăng tải quyết định trên trang thông tin.\n"
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Tài nguyên và Môi trường", "UBND huyện Khánh Vĩnh", "xã Khánh Đông"]


def test_a_start_in_brackets_and_a_period_counted_from_another_event_are_no_deadlines():
    body = ("Giao các sở, ngành kiểm tra, đánh giá hoạt động của Trung tâm phục vụ hành chính công các xã (từ ngày "
            "01/7/2025), có biện pháp khắc phục tồn tại.\n\nGiao Sở Xây dựng hướng dẫn chủ đầu tư khởi công trong 12 "
            "tháng kể từ khi được giao đất.\n\nGiao Sở Tài chính báo cáo trong 10 ngày kể từ ngày nhận được văn bản.\n")
    assert tasks_of(body) == [("các sở, ngành", None), ("Sở Xây dựng", None), ("Sở Tài chính", "2026-05-14")]


def test_a_province_named_without_its_committee_is_the_unit():
    body = ("Ban Chỉ đạo đề nghị tỉnh Lào Cai khẩn trương sơ tán người dân khỏi vùng trũng.\n\nThủ tướng yêu cầu các "
            "tỉnh Lào Cai, Phú Thọ báo cáo thiệt hại trước ngày 15/9/2025.\n")
    assert tasks_of(body) == [("tỉnh Lào Cai", None), ("các tỉnh Lào Cai, Phú Thọ", "2025-09-15")]


def test_the_units_a_news_body_points_back_to_are_the_leads():
    page = ("UBND tỉnh vừa có công văn chỉ đạo Công an tỉnh, Sở Tài nguyên và Môi trường kiểm tra thông tin xả khí thải "
            "của nhà máy thép.\n\nTheo đó, UBND tỉnh yêu cầu các đơn vị trên khẩn trương rà soát, kiểm tra và báo cáo lại "
            "UBND tỉnh trước ngày 30/8/2026.\n")
    assert tasks_of(page) == [("Công an tỉnh", "2026-08-30"), ("Sở Tài nguyên và Môi trường", "2026-08-30")]
    # where the bodies sit is no pointing back
    assert tasks_of("Giao các đơn vị trên địa bàn tỉnh kiểm tra các cơ sở.\n") == [("các đơn vị trên địa bàn tỉnh", None)]


def test_names_after_a_sở_that_share_its_head_are_sở_too():
    body = "UBND tỉnh giao Sở Tài chính, NN&PTNT, Kế hoạch và Đầu tư theo dõi, hướng dẫn các địa phương.\n"
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Tài chính", "Sở NN&PTNT", "Sở Kế hoạch và Đầu tư"]
    # a body named in full after it keeps its own name
    body = "Giao Sở Y tế, Công an tỉnh kiểm tra các cơ sở.\n"
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Y tế", "Công an tỉnh"]


def test_a_leader_who_directs_with_a_colon_or_as_ong_hands_the_work_to_the_units_named():
    body = ("Sau khi nghe lãnh đạo các sở báo cáo, ông Trần Văn A chỉ đạo: Văn phòng UBND tỉnh rà soát lại toàn bộ các "
            "nội dung trình kỳ họp. Đối với các ý kiến góp ý, ông chỉ đạo các sở, ngành chuẩn bị kỹ báo cáo giải trình, "
            "gửi UBND tỉnh chậm nhất ngày 30/6/2026.\n")
    assert tasks_of(body) == [("Văn phòng UBND tỉnh", None), ("các sở, ngành", "2026-06-30")]


def test_an_urgent_letter_that_directs_hands_the_work_to_the_units_named():
    body = ("Trưa cùng ngày, Chủ tịch UBND tỉnh Bình An - Hòa Lạc có công văn hỏa tốc chỉ đạo Sở Giáo dục và Đào tạo "
            "rà soát các điểm trường.\n\nUBND huyện có công văn khẩn số 412/UBND-KT ngày 19/12/2026, chỉ đạo Phòng "
            "Nông nghiệp kiểm tra các hồ chứa.\n")
    assert tasks_of(body) == [("Sở Giáo dục và Đào tạo", None), ("Phòng Nông nghiệp", None)]


def test_the_days_off_are_no_deadline_and_a_body_telling_what_it_did_adds_none():
    body = ("Chủ tịch UBND tỉnh yêu cầu Sở Giáo dục và Đào tạo cho học sinh nghỉ học ngày 18 và 19/9/2026 để phòng "
            "tránh bão. Tỉnh An Bình cũng đã lên kế hoạch sơ tán các hộ dân trước 19 giờ ngày 17/9/2026.\n")
    assert tasks_of(body) == [("Sở Giáo dục và Đào tạo", None)]
    # the day the pupils return is when the order ends
    assert tasks_of("Yêu cầu các trường cho học sinh nghỉ học đến ngày 10/10/2026.\n") == [("các trường", "2026-10-10")]


def test_a_photo_credit_run_into_the_next_sentence_ends_where_that_sentence_begins():
    body = ("Lực lượng công an giúp ngư dân neo đậu tàu thuyền Ảnh: Trần Văn Bình Chủ tịch UBND tỉnh chỉ đạo các trường "
            "học có kế hoạch bảo đảm an toàn cho cơ sở vật chất.\n")
    assert tasks_of(body) == [("các trường học", None)]


def test_the_items_after_an_inline_lead_in_are_tasks_of_the_units_named_before_it():
    body = ("UBND tỉnh đề nghị các sở, ngành, UBND các xã, phường tiếp tục thực hiện nghiêm chỉ đạo của Thủ tướng Chính "
            "phủ. Trong đó, tập trung vào một số nhiệm vụ trọng tâm: Theo dõi chặt chẽ bản tin dự báo, cảnh báo mưa lớn "
            "để chủ động phòng tránh.\n\nTriển khai lực lượng xung kích kiểm tra các khu dân cư ven sông, suối.\n\n"
            "Sẵn sàng lực lượng, vật tư, phương tiện để cứu hộ, cứu nạn khi có yêu cầu.\n")
    tasks = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["text"][:20]) for t in tasks] == [
        ("các sở, ngành, UBND các xã, phường", start)
        for start in ("các sở, ngành, UBND ", "Theo dõi chặt chẽ bả", "Triển khai lực lượng", "Sẵn sàng lực lượng, ")]


def test_an_item_cut_where_the_page_ends_and_a_caption_before_it_still_make_the_lead_ins_task():
    body = ("UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện triển khai thực hiện các nội dung "
            "sau:\n\nTàu cá vào bờ tránh trú bão\n\nTiếp tục tổ chức thực hiện nghiêm Công điện số 09/CĐ-UBND của Chủ tịch "
            "UBND tỉnh về việc chủ động ứng phó với bão, mưa lũ; tổ chức kiểm đếm, hướng dẫn tàu thuyền vào nơi tránh "
            "trú an toàn, trong đó đặc biệt\n")
    tasks = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["text"][:17]) for t in tasks] == [
        ("các sở, ban, ngành", "Tiếp tục tổ chức "), ("UBND các huyện", "Tiếp tục tổ chức ")]


def test_after_a_numbered_item_a_paragraph_without_a_number_is_no_new_item():
    body = ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh thực hiện các nội dung sau:"
            "\n\n1. Tiếp tục quán triệt sâu sắc các chủ trương của Đảng về cải cách hành chính, lấy sự hài lòng của người "
            "dân làm thước đo.\n\nTriển khai công tác cải cách hành chính giai đoạn 2021-2030 của tỉnh thống nhất, đồng bộ, "
            "trọng tâm, trọng điểm, mạnh dạn đột phá trên các lĩnh vực, phù hợp với điều kiện thực tiễn của tỉnh và của "
            "từng địa phương trong\n")
    assert [t["text"][:9] for t in extract(HEADER + body)["tasks"]] == ["Tiếp tục ", "Tiếp tục "]


def test_the_points_under_a_unit_that_advises_are_its_tasks_and_the_next_point_ends_them():
    body = ("3. Đối với chứng nhận sản phẩm OCOP: Giao đ/c Huệ - PGĐ Sở chỉ đạo, Chi cục Phát triển Nông thôn tham mưu:\n"
            "- Yêu cầu các huyện gửi báo cáo các sản phẩm về Chi cục tổng hợp trước ngày 25/11/2026.\n"
            "- Tham mưu thông qua hội đồng tỉnh trước ngày 11/12/2026.\n4. Giao Văn phòng Sở rà soát hồ sơ.\n")
    assert tasks_of(body) == [("Chi cục Phát triển Nông thôn", "2026-11-25"), ("Chi cục Phát triển Nông thôn", "2026-12-11"),
                              ("Văn phòng Sở", None)]


def test_the_day_of_the_meeting_that_gave_the_order_and_the_months_left_are_no_deadlines():
    body = ("“Chủ tịch UBND xã phải báo cáo đầy đủ công việc cho Bí thư để nắm tình hình” - đó là chỉ đạo của Bí thư Tỉnh "
            "ủy An Bình Nguyễn Văn Minh tại hội nghị giao ban ngày 24/9.\n\nChủ tịch UBND huyện yêu cầu các ngành thực hiện "
            "tốt nhiệm vụ trọng tâm trong tháng 7 và những tháng cuối năm 2026.\n")
    assert [deadline for _, deadline in tasks_of(body)] == [None, None]
    # a report due at the meeting is due on its day
    assert tasks_of("Giao Sở Y tế kiểm tra các cơ sở, báo cáo tại hội nghị giao ban ngày 24/9/2026.\n") == [
        ("Sở Y tế", "2026-09-24")]


def test_a_letter_sent_to_a_unit_asks_it_even_without_a_comma_but_not_what_was_asked_before():
    body = ("Ngày 17/8, UBND tỉnh có văn bản gửi Sở Tài chính yêu cầu khẩn trương rà soát các khoản chi thường xuyên.\n\n"
            "Trước đó, ngày 11/8, Sở Kế hoạch và Đầu tư có công văn gửi các đơn vị đề nghị chậm nhất ngày 25/8/2026 phải "
            "báo cáo nội dung này.\n")
    assert tasks_of(body) == [("Sở Tài chính", None)]


def test_the_body_of_a_letter_introduced_by_its_content_counts_its_lead_once():
    page = ("Ngày 16/4, Chủ tịch UBND tỉnh đã có công văn gửi thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện yêu "
            "cầu tiếp tục thực hiện các biện pháp phòng, chống dịch.\n\nNội dung văn bản nêu: Chủ tịch UBND tỉnh yêu cầu "
            "thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện tập trung chỉ đạo kéo dài thời gian thực hiện các "
            "biện pháp cấp bách phòng, chống dịch.\n")
    assert [task["text"][:20] for task in extract(page)["tasks"]] == ["các sở, ban, ngành, ", "các sở, ban, ngành, "]


def test_to_coordinate_on_named_work_is_a_task_and_bare_kinds_are_addressees():
    body = ("Bộ Y tế đề nghị UBND các tỉnh chỉ đạo các đơn vị trực thuộc tiếp tục phối hợp thực hiện tăng cường công tác "
            "phòng, chống dịch bệnh trong thời gian bầu cử.\n\nChủ tịch UBND tỉnh yêu cầu ngành chức năng và các địa "
            "phương tăng cường công tác quản lý xây dựng nhà ở.\n\nUBND tỉnh đề nghị, trước mắt chính quyền địa phương "
            "khẩn trương di dời các hộ dân đến nơi an toàn.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["UBND các tỉnh", "ngành chức năng và các địa phương",
                                                    "chính quyền địa phương"]
    # to coordinate on nothing named stays a closing line
    assert tasks_of("Đề nghị các sở, ngành chủ động phối hợp thực hiện các giải pháp đã đề ra.\n") == []


def test_a_unit_name_ends_before_a_verb_of_field_work_and_an_anniversary_or_a_cited_date_is_no_deadline():
    body = ("UBND thành phố giao Giám đốc Sở GTVT làm đầu mối, làm việc với các cơ quan của Bộ GTVT đôn đốc tiến độ.\n\n"
            "Yêu cầu các tổ dân phố tháo dỡ các băng rôn chào mừng 81 năm Quốc khánh (2/9/1945 - 2/9/2026) trước ngày "
            "10/9/2026.\n\nĐề nghị ngành chức năng tham mưu chấm dứt hiệu lực công văn số 651 do UBND tỉnh ban hành vào "
            "ngày 15/5/2018.\n")
    assert tasks_of(body) == [("Sở GTVT", None), ("các tổ dân phố", "2026-09-10"), ("ngành chức năng", None)]
    # received is no action: "UBND tỉnh nhận được Công văn số …" assigns nothing
    assert tasks_of("UBND tỉnh nhận được Công văn số 6870/SXD-PTĐT ngày 20/9/2026 của Sở Xây dựng.\n") == []


def test_a_body_the_vocabulary_does_not_know_is_named_by_the_obligation_after_it():
    body = ("Giao Sở Xây dựng khẩn trương bố trí chủ đầu tư cho các quỹ đất phát triển nhà ở xã hội. Đồng thời, chủ đầu "
            "tư các dự án phải hoàn tất thủ tục và khởi công trong năm 2026.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Xây dựng", "chủ đầu tư các dự án"]
    # a thing that must be done is no body, nor is an obligation in a text that assigns nothing
    body = "Giao Sở Nội vụ hướng dẫn các doanh nghiệp. Các nội dung phải công bố là tiền lương, tiền thưởng.\n"
    assert [unit for unit, _ in tasks_of(body)] == ["Sở Nội vụ"]
    assert tasks_of("Chủ đầu tư các dự án phải hoàn tất thủ tục trong năm nay, theo báo cáo của huyện.\n", header="") == []


def test_what_an_item_lists_belongs_to_it_and_the_items_go_on_after_it():
    body = ("Bộ Xây dựng đề nghị UBND các tỉnh báo cáo các nội dung sau:\n\n1. Báo cáo tổng quát về tình hình phát triển "
            "đô thị năm 2026.\n\n2. Cung cấp số liệu cụ thể về:\n\nBiểu 1: Hệ thống đô thị và dân số đô thị;\n\nBiểu 2: Các "
            "dự án đầu tư phát triển đô thị.\n\n3. Đề xuất kế hoạch triển khai năm 2027.\n")
    texts = [t["text"] for t in extract(HEADER + body)["tasks"]]
    assert [text[:12] for text in texts] == ["Báo cáo tổng", "Cung cấp số ", "Đề xuất kế h"]
    assert "Biểu 2" in texts[1]


def test_a_timetable_step_opens_with_its_date_and_its_unit():
    body = ("Trường thông báo kế hoạch triển khai hoạt động nghiên cứu khoa học như sau:\n\n"
            "• Từ ngày 10/11/2026 đến 30/11/2026: Các Khoa thông báo cho các giảng viên và sinh viên đăng ký đề tài (theo mẫu)\n"
            "• Tháng 3/2027: Các Khoa triển khai kiểm tra tiến độ thực hiện đề tài.\n")
    assert tasks_of(body) == [("Các Khoa", "2026-11-30"), ("Các Khoa", "2027-03-31")]


def test_the_items_of_a_lead_in_with_requirements_are_the_parts_of_its_one_task():
    body = ("Đề nghị các đơn vị tổ chức xây dựng đề xuất đề tài cấp Bộ với các yêu cầu sau:\n\n1. Hồ sơ đề xuất nhiệm vụ "
            "gồm phiếu đề xuất và danh mục tổng hợp.\n\n2. Thời hạn gửi đề xuất: Trước 17 giờ 00 ngày 23/6/2026.\n")
    assert tasks_of(body) == [("các đơn vị", "2026-06-23")]


def test_an_honorific_addressee_is_asked_even_for_comments_and_a_role_verb_is_no_unit():
    body = ("Để hoàn thiện dự thảo, Bộ Khoa học và Công nghệ trân trọng đề nghị Quý cơ quan có ý kiến góp ý bằng văn bản, "
            "gửi về Bộ trước ngày 28/11/2026.\n\nĐề nghị Quý Sở gửi báo cáo về Cục trước ngày 20/12/2026.\n")
    assert tasks_of(body) == [("Quý cơ quan", "2026-11-28"), ("Quý Sở", "2026-12-20")]
    # "giao chủ trì …": the role given, not a body named "chủ trì"
    assert tasks_of("Chi cục là đơn vị được Sở giao chủ trì thực hiện xây dựng Cổng thông tin truy xuất nguồn gốc.\n") == []


def test_a_page_that_gives_no_year_gives_a_yearless_deadline_no_date():
    page = "Đề nghị Sở Tài nguyên và Môi trường khẩn trương rà soát hồ sơ, báo cáo UBND tỉnh trước ngày 29/9.\n"
    task = extract(page)["tasks"][0]
    assert (task["deadline"], task["deadline_text"]) == (None, "trước ngày 29/9")
    # the year of the document still dates it
    assert tasks_of(page) == [("Sở Tài nguyên và Môi trường", "2026-09-29")]


def test_a_listing_of_sở_inside_a_list_of_units_gives_one_task_for_each():
    body = ("Chủ tịch UBND tỉnh yêu cầu UBND các huyện; các sở: Xây dựng, Giao thông vận tải, Công Thương theo chức năng, "
            "nhiệm vụ được giao tổ chức triển khai thực hiện Chỉ thị.\n")
    assert [unit for unit, _ in tasks_of(body)] == ["UBND các huyện", "Sở Xây dựng", "Sở Giao thông vận tải",
                                                    "Sở Công Thương"]


def test_a_later_sentence_obliging_the_bodies_named_is_a_task_of_its_own():
    body = ("Giao các đơn vị thi công rà soát hồ sơ hoàn công. Đồng thời, các đơn vị cần đẩy nhanh tiến độ các hạng mục "
            "còn lại, phấn đấu đưa công trình vào khai thác sớm.\n")
    assert tasks_of(body) == [("các đơn vị thi công", None), ("các đơn vị", None)]
    # with the date the first task lacked, it is that task's deadline ("Các địa phương này phải báo cáo … trước …")
    body = ("Giao các đơn vị thi công rà soát hồ sơ hoàn công. Các đơn vị phải báo cáo kết quả trước ngày 30/9/2026.\n")
    assert tasks_of(body) == [("các đơn vị thi công", "2026-09-30")]


def test_giao_trach_nhiem_or_nhiem_vu_cho_hands_the_work_to_the_unit_after_cho():
    body = ("UBND tỉnh cũng giao trách nhiệm cho Sở Y tế chủ trì, phối hợp với các địa phương duy trì các tiêu chí "
            "đã đạt.\n\nChủ tịch UBND huyện giao nhiệm vụ cho Phòng Tài chính - Kế hoạch rà soát các dự án, báo cáo "
            "trước ngày 15/10/2026.\n")
    assert tasks_of(body) == [("Sở Y tế", None), ("Phòng Tài chính - Kế hoạch", "2026-10-15")]


def test_a_leader_named_by_đồng_chí_who_directs_a_unit_gives_that_unit_the_work():
    body = ("Qua kiểm tra, đồng chí Lương Văn Hải, Phó Chủ tịch UBND huyện đánh giá cao công tác triển khai tại các xã, "
            "đồng thời chỉ đạo UBND các xã tiếp tục thực hiện tốt công tác vệ sinh, tiêu độc môi trường.\n\n"
            "Đồng chí Hải chỉ đạo Phòng Nông nghiệp hoàn thành kế hoạch tiêm phòng trong tháng 10/2026.\n")
    assert tasks_of(body) == [("UBND các xã", None), ("Phòng Nông nghiệp", "2026-10-31")]
    # what was directed before the news ("Trước đó, …") is background
    assert tasks_of("Trước đó, đồng chí Hải chỉ đạo Phòng Nông nghiệp hoàn thành kế hoạch tiêm phòng.\n") == []


def test_bodies_named_by_their_kind_lead_a_sentence_that_assigns():
    body = ("Bộ Giáo dục và Đào tạo yêu cầu các sở thực hiện khung kế hoạch năm học.\n\nNhà trường xét công nhận hoàn "
            "thành chương trình tiểu học trước ngày 31/7/2026.\n\nCác tỉnh, thành phố trực thuộc Trung ương tiến hành "
            "sơ kết 03 năm thực hiện Chương trình, báo cáo trước ngày 15/11/2026.\n")
    assert tasks_of(body) == [("các sở", None), ("Nhà trường", "2026-07-31"),
                              ("Các tỉnh, thành phố trực thuộc Trung ương", "2026-11-15")]


def test_a_listing_of_units_with_only_their_remit_before_the_colon_opens_items():
    body = ("Chủ tịch UBND tỉnh yêu cầu: Các Sở: Tài nguyên và Môi trường, Xây dựng; Công an tỉnh và UBND các huyện, "
            "thành phố theo chức năng nhiệm vụ:\nTiếp tục thực hiện nghiêm các quy định pháp luật về khoáng sản.\n"
            "Tăng cường thanh tra, kiểm tra, xử lý vi phạm, báo cáo trước ngày 30/11/2026.\n")
    units = ["Sở Tài nguyên và Môi trường", "Sở Xây dựng", "Công an tỉnh", "UBND các huyện, thành phố"]
    assert tasks_of(body) == [(unit, None) for unit in units] + [(unit, "2026-11-30") for unit in units]
    assert all(not text.startswith("Các Sở") for text in (t["text"] for t in extract(HEADER + body)["tasks"]))


def test_a_tally_of_what_each_unit_received_is_no_task():
    body = ("Tại hội nghị, Sở Khoa học và Công nghệ bàn giao kết quả 23 đề tài cho các sở, ngành. Trong đó, Sở Nông "
            "nghiệp và Phát triển nông thôn: 9 đề tài, dự án; Sở Y tế: 3 đề tài; Công an tỉnh: 1 đề tài.\n")
    assert tasks_of(body, header="") == []


def test_one_assignment_told_three_times_with_the_body_written_three_ways_is_one_task():
    body = ("Ngày 3-12, Chủ tịch UBND TPHCM có văn bản phân công Thường trực UBND TPHCM theo dõi, chỉ đạo giải quyết các "
            "dự án tồn đọng, dừng thi công; khẩn trương triển khai, đưa vào sử dụng chống lãng phí.\n"
            "Theo Thông báo, Thường trực Ủy ban nhân dân thành phố theo dõi, chỉ đạo giải quyết các dự án tồn đọng, "
            "dừng thi công, khẩn trương triển khai, hoàn thành, đưa vào sử dụng các dự án để chống lãng phí, thất "
            "thoát trên các lĩnh vực công tác.\n"
            "Thường trực UBND TP.HCM theo dõi, chỉ đạo giải quyết các dự án tồn đọng, dừng thi công, khẩn trương triển "
            "khai và giải quyết ngay trong tháng 12/2026.\n")
    assert tasks_of(body) == [("Thường trực UBND TP.HCM", "2026-12-31")]


def test_a_notice_sent_to_units_that_asks_them_to_act_assigns_the_work():
    body = ("Sở Khoa học và Công nghệ thông báo đến các sở, ban, ngành, UBND các huyện, thành phố xây dựng đề xuất "
            "đặt hàng nhiệm vụ khoa học và công nghệ cấp tỉnh, gửi về Sở trước ngày 30/6/2026.\n")
    assert tasks_of(body) == [("các sở, ban, ngành, UBND các huyện, thành phố", "2026-06-30")]
    # the title of a document cited as the legal basis assigns nothing now
    basis = ("Căn cứ Công văn số 1734/UBND-KGVX ngày 27/5/2021 của UBND tỉnh về việc giao Sở Khoa học và Công nghệ "
             "chủ động xây dựng định hướng đề xuất nhiệm vụ hằng năm.\n")
    assert tasks_of(basis) == []


def test_the_levels_and_sectors_a_leader_asks_and_localities_counted_in_words_are_units():
    body = ("Chủ tịch UBND tỉnh yêu cầu các cấp, các ngành cần quyết tâm cao độ, theo dõi sát diễn biến tình hình.\n\n"
            "Thủ tướng nhấn mạnh yêu cầu hai địa phương quan tâm xây dựng hệ thống chính trị vững mạnh.\n\n"
            "Phó Chủ tịch UBND thành phố lưu ý các địa phương tiếp tục rà soát kỹ danh sách cử tri, hoàn thành trước "
            "ngày 10/3/2026.\n")
    assert tasks_of(body) == [("các cấp, các ngành", None), ("hai địa phương", None),
                              ("các địa phương", "2026-03-10")]
    # "lưu ý" before what is no unit asks nobody
    assert tasks_of("Đề nghị lưu ý thời gian còn lại của năm không nhiều.\n") == []


def test_a_leader_who_stresses_or_advises_a_body_asks_it_and_a_sector_is_named_by_its_field():
    body = ("Chủ tịch UBND tỉnh nhấn mạnh Cục Thuế tỉnh phải đôn đốc các địa phương thực hiện tốt các khoản thu.\n\n"
            "Sở khuyến cáo các doanh nghiệp phải bảo đảm thanh toán đầy đủ, đúng thời hạn tiền lương.\n\n"
            "Đối với ngành Y tế cần chủ động xây dựng kịch bản ứng phó.\n\n"
            "Hiện nay, UBND tỉnh chỉ đạo Sở Y tế phối hợp với các địa phương theo dõi tình hình dịch bệnh.\n")
    assert tasks_of(body) == [("Cục Thuế tỉnh", None), ("các doanh nghiệp", None), ("Ngành Y tế", None),
                              ("Sở Y tế", None)]
    # "ngành chức năng", "các Bộ, ngành Trung ương" in an adverbial: no sector of that name
    assert tasks_of("Ngành chức năng tỉnh khuyến cáo người dân chủ động theo dõi diễn biến xâm nhập mặn.\n") == []


def test_what_a_chairman_has_directed_in_a_news_item_is_the_work_it_reports():
    body = ("Để đảm bảo công tác phòng chống dịch, ngày 22/4, Chủ tịch UBND tỉnh Nguyễn Văn Sơn đã chỉ đạo UBND huyện "
            "Đồng Văn tiếp tục phong tỏa thêm thôn Tả Kha.\n")
    assert tasks_of(body, header="") == [("UBND huyện Đồng Văn", None)]


def test_the_items_describing_one_dossier_are_parts_of_its_task_but_a_round_is_a_task_of_its_own():
    body = ("Sở Khoa học và Công nghệ đề nghị UBND các huyện, thành phố nộp hồ sơ đề nghị như sau:\n\n"
            "- Thành phần hồ sơ: Đơn yêu cầu công nhận sáng kiến cấp tỉnh.\n\n- Số lượng: 02 bộ bản giấy.\n\n"
            "- Thời gian tiếp nhận hồ sơ: từ ngày 01/7 đến ngày 31/7/2026.\n")
    assert tasks_of(body) == [("UBND các huyện, thành phố", "2026-07-31")]
    body = ("Sở Khoa học và Công nghệ đề nghị các sở, ban, ngành nộp hồ sơ đề nghị xét công nhận sáng kiến như sau:\n\n"
            "Đợt 1: Nộp trước ngày 01/5/2026 (đối với ngành Giáo dục và Đào tạo).\n\n"
            "Đợt 2: Nộp trước ngày 01/10/2026 (đối với các cơ quan khác).\n")
    assert tasks_of(body) == [("các sở, ban, ngành", "2026-05-01"), ("các sở, ban, ngành", "2026-10-01")]


def test_items_that_only_cite_documents_are_the_bases_of_the_lead_in_not_tasks():
    body = ("Sở Khoa học và Công nghệ đề nghị quý cơ quan, tổ chức và cá nhân đề xuất đặt hàng nhiệm vụ khoa học và "
            "công nghệ cấp tỉnh năm 2027, cụ thể như sau:\n\n"
            "- Nghị quyết số 01-NQ/ĐH ngày 22/10/2020 của Đại hội đại biểu Đảng bộ tỉnh lần thứ XX.\n\n"
            "- Quyết định số 19/QĐ-UBND ngày 12/01/2021 của UBND tỉnh ban hành Kế hoạch 5 năm 2021 – 2025.\n")
    tasks = extract(HEADER + body)["tasks"]
    assert [t["unit"] for t in tasks] == ["quý cơ quan, tổ chức và cá nhân"]
    assert tasks[0]["text"].startswith("quý cơ quan") and "Nghị quyết số 01" not in tasks[0]["text"]


def test_a_call_that_invites_bodies_to_take_part_asks_them():
    body = ("Sở Khoa học và Công nghệ trân trọng thông báo và kính mời các tổ chức, cá nhân có năng lực nghiên cứu "
            "tham gia đăng ký thực hiện nhiệm vụ khoa học và công nghệ năm 2027, gửi hồ sơ trước ngày 15/3/2027.\n")
    assert tasks_of(body) == [("các tổ chức", "2027-03-15")]
    assert tasks_of("Kính mời các đồng chí đại biểu tham dự hội nghị.\n") == []


def test_what_a_ministry_directs_is_the_work_of_the_bodies_it_names():
    body = "Bộ GDĐT chỉ đạo các cơ sở giáo dục tổ chức lễ khai giảng năm học mới gọn nhẹ, an toàn.\n"
    assert tasks_of(body) == [("các cơ sở giáo dục", None)]
    # a Sở that directs its own forces does the work itself
    assert tasks_of("Sở Giao thông vận tải chỉ đạo lực lượng thanh tra tăng cường kiểm tra tải trọng xe.\n") == \
        [("Sở Giao thông vận tải", None)]


def test_state_groups_party_committees_every_collective_and_a_bare_locality_are_asked():
    body = ("Tập đoàn Dầu khí Việt Nam khẩn trương chuyển giao dự án Khu công nghiệp Dịch vụ Dầu khí.\n\n"
            "Thủ tướng yêu cầu tất cả các bộ, ngành, địa phương tập trung hoàn thành cơ sở dữ liệu trong năm 2026.\n\n"
            "Thủ tướng giao địa phương phối hợp các bộ, ngành liên quan khảo sát địa điểm tái định cư.\n\n"
            "Ban Thường vụ Huyện ủy đề nghị Đảng bộ xã Trần Hợi chuẩn bị các điều kiện để tổ chức đại hội.\n\n"
            "Huyện ủy chỉ đạo các đơn vị trên hoàn thiện dự thảo báo cáo chính trị trước ngày 15/3/2026.\n")
    assert tasks_of(body) == [("Tập đoàn Dầu khí Việt Nam", None), ("các bộ, ngành, địa phương", "2026-12-31"),
                              ("địa phương", None), ("Đảng bộ xã Trần Hợi", None), ("các đơn vị trên", "2026-03-15")]


def test_work_handed_to_a_unit_named_after_it_is_that_units_task():
    body = "UBND tỉnh giao nhiệm vụ kiểm tra các dự án chậm tiến độ cho Sở Kế hoạch và Đầu tư.\n"
    tasks = extract(HEADER + body)["tasks"]
    assert [(t["unit"], t["text"]) for t in tasks] == [
        ("Sở Kế hoạch và Đầu tư", "giao nhiệm vụ kiểm tra các dự án chậm tiến độ cho Sở Kế hoạch và Đầu tư.")]
    # "giao nhiệm vụ cho X làm …" still names X first
    assert tasks_of("UBND tỉnh giao nhiệm vụ cho Sở Y tế chủ trì thực hiện.\n") == [("Sở Y tế", None)]
