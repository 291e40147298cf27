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
