"""The demo is alive on the day it is installed: every demo role's home page shows real work, dated from today."""
import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from core import demo as core_demo
from core.models import Membership
from core.queues import DECIDE, MINE, UNIT, worklist
from core.registry import app_modules
from directives.models import AssignedTask


def _load_live(today):
    for module in app_modules("demo_live"):
        module.load(today=today)


@pytest.fixture
def demo(db):
    core_demo.load()
    today = timezone.localdate()
    _load_live(today)
    return today


def _member(username, code):
    return Membership.objects.select_related("organisation", "unit").get(user__username=username,
                                                                        organisation__code=code)


def _kinds(queues, key):
    queue = next((queue for queue in queues if queue.key == key), None)
    return {item.kind for item in queue.items} if queue else set()


def test_every_demo_role_has_work_on_its_home_page(demo):
    today = demo
    director = worklist(_member("giamdoc", "quang-tri"), today)
    assert {"Đề nghị gia hạn", "Hoàn thành chờ xác nhận"} <= _kinds(director, DECIDE)
    assert _kinds(worklist(_member("chuyenvien", "quang-tri"), today), MINE) == {"Nhiệm vụ quá hạn"}
    qlkh = worklist(_member("chuyenvien.qlkh", "quang-tri"), today)
    assert "Đến hạn trong tuần" in _kinds(qlkh, MINE)
    assert "Nhiệm vụ KH&CN đến hạn nghiệm thu" in _kinds(qlkh, UNIT)
    for username, code in (("bk.qlkh", "bac-kan"), ("nt.qlkh", "ninh-thuan")):
        assert _kinds(worklist(_member(username, code), today), MINE) | _kinds(worklist(_member(username, code), today), UNIT)
        assert "Đề nghị gia hạn" in _kinds(worklist(_member(username.replace("qlkh", "giamdoc"), code), today), DECIDE)
    licences = _kinds(worklist(_member("phogiamdoc", "quang-tri"), today), UNIT)
    assert "Giấy phép sắp hết hạn" in licences


def test_the_layer_has_overdue_due_soon_late_done_with_explanation(demo):
    today = demo
    tasks = AssignedTask.objects.filter(organisation__code="quang-tri", source__number="TB-GB/SKHCN")
    assert tasks.filter(completed_on__isnull=True, due_date__lt=today).count() == 2
    assert tasks.filter(completed_on__isnull=True, due_date__range=(today, today + dt.timedelta(days=7))).count() == 3
    late = [task for task in tasks.exclude(completed_on=None) if task.completed_on > task.due_date]
    assert len(late) == 2 and all(task.explanation for task in late)


def test_home_page_of_the_director_shows_the_decision(demo):
    client = Client()
    client.force_login(_member("giamdoc", "quang-tri").user)
    page = client.get("/").content.decode()
    assert "Chờ bạn quyết định" in page and "Đồng ý" in page


def test_a_second_run_on_the_same_day_writes_nothing(demo):
    today = demo
    counts = AssignedTask.history.count(), AssignedTask.objects.count()
    _load_live(today)
    assert (AssignedTask.history.count(), AssignedTask.objects.count()) == counts


def test_a_later_day_moves_the_dates_instead_of_piling_up(demo):
    today = demo
    before = AssignedTask.objects.count()
    _load_live(today + dt.timedelta(days=7))
    assert AssignedTask.objects.count() == before
    overdue = AssignedTask.objects.filter(organisation__code="quang-tri", source__number="TB-GB/SKHCN",
                                          completed_on__isnull=True, due_date__lt=today + dt.timedelta(days=7))
    assert overdue.count() == 2


def test_the_report_of_the_month_just_ended_waits_for_half_of_its_units(demo):
    from reports.models import Report

    today = demo
    reports = Report.objects.filter(organisation__code="quang-tri", kind="thang", period_end__lt=today,
                                    period_end__gte=today - dt.timedelta(days=50))
    assert reports.count() == 1
    sections = [section for section in reports.get().sections.all() if section.unit_id]
    written = [section for section in sections if section.narrative]
    assert 0 < len(written) < len(sections)
    waiting_units = {section.unit_id for section in sections if not section.narrative}
    members = Membership.objects.filter(organisation__code="quang-tri", unit_id__in=waiting_units,
                                        roles__icontains="chuyen_vien").select_related("organisation", "unit")
    assert members, "some unit with demo staff still has its part to write"
    for member in members:
        assert "Phần báo cáo của đơn vị" in _kinds(worklist(member, today), UNIT)


def _home_cards(client, user) -> dict[str, str]:
    """{card title: the card's text} of the home page, as the person reads it."""
    import re

    client.force_login(user)
    page = client.get("/").content.decode()
    cards = {}
    for title, body in re.findall(r'<h2 class="h6[^"]*">(.*?)</h2>(.*?)(?=<h2 class="h6|</main>)', page, re.S):
        cards[re.sub(r"<[^>]+>", "", title).strip()] = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body)).strip()
    return cards


@pytest.mark.parametrize("username", [username for username, *_ in core_demo.demo_accounts() if username != "admin"])
def test_every_card_of_every_demo_role_has_figures_on_the_day_of_loading(demo, username):
    """The cards that read from records of the current month or year (on-time rate, TTHC, late advances) are not
    empty on the first days of a month either: the layer has a completion, dossiers and an advance dated from
    today."""
    from core.models import User

    cards = _home_cards(Client(), User.objects.get(username=username))
    assert "Tỷ lệ hoàn thành đúng hạn" in cards, cards.keys()
    assert "Chưa có nhiệm vụ hoàn thành" not in cards["Tỷ lệ hoàn thành đúng hạn"]
    tthc = next(text for title, text in cards.items() if title.startswith("Thủ tục hành chính năm"))
    assert not tthc.startswith("Tiếp nhận 0 ") and "Tỷ lệ đúng hạn: —" not in tthc, tthc
    assert cards["Tạm ứng chưa thanh toán quá hạn"] != "Không có.", cards["Tạm ứng chưa thanh toán quá hạn"]
    assert all(text and text != "Không có." for text in cards.values()), cards


@pytest.mark.parametrize("day", [dt.date(2027, 1, 1), dt.date(2027, 3, 1)])
def test_the_layer_loaded_on_the_first_of_a_month_or_year_is_never_in_the_future(demo, day):
    from registers.models import ProcedureDossier
    from sciencetasks.models import MoneyEntry

    _load_live(day)
    dossiers = ProcedureDossier.objects.filter(code__startswith="MH-TTHC-")
    assert dossiers.count() == 5 * 3
    assert all(d.received_on.year == day.year and (d.resolved_on or day) <= day for d in dossiers)
    assert AssignedTask.objects.filter(source__number="TB-GB/SKHCN", completed_on=day).count() == 3
    advance = MoneyEntry.objects.get(organisation__code="quang-tri", task__code="MH-DT-01")
    assert advance.settle_by < day and advance.date <= day


# the report sections the rolling layer fills with the month's work, by the source that writes them
FILLED_SOURCES = ("tham_muu", "khoa_hoc", "cong_nghe", "tdc", "thanh_tra", "van_phong", "don_vi")
MONTH_FIGURES = ("st_accepted", "st_councils", "st_inspections", "st_new_contracted", "technology_opinions",
                 "ip_cases_guided", "radiation_licences_issued", "conformity_declarations", "measurement_checks",
                 "inspections_conducted", "inspections_concluded", "instruments_verified", "samples_tested")


def _report_of_the_period_just_ended(code, today):
    from core.models import Organisation
    from reports.choices import ReportKind
    from reports.demo_live import period_just_ended
    from reports.services import existing_report

    organisation = Organisation.objects.get(code=code)
    period = period_just_ended(organisation, today)
    report = existing_report(organisation, ReportKind.MONTHLY, period)
    assert report is not None, f"{code}: no report of {period.label}"
    return period, report


def _filled_sections(report) -> dict[str, str]:
    """{heading: generated text} of the sections whose source the layer feeds."""
    from core.documents.layout import blocks_text

    return {section.heading: blocks_text(section.generated) for section in report.sections.order_by("order")
            if section.source.split("@")[0] in FILLED_SOURCES}  # "don_vi@tt-ktdc": one centre's part


def _assert_the_month_has_work(code, today):
    period, report = _report_of_the_period_just_ended(code, today)
    sections = _filled_sections(report)
    assert len(sections) >= 5, sections.keys()
    for heading, text in sections.items():
        assert text.strip(), f"{code} {period.label}: «{heading}» is empty"
        assert "không phát sinh" not in text and "chưa ghi nhận hoạt động" not in text, (code, heading, text)
    figures = report.generated["figures"]
    assert all(figures[key]["value"] for key in MONTH_FIGURES), {key: figures.get(key) for key in MONTH_FIGURES}
    return period, sections


@pytest.mark.django_db
def test_the_report_of_the_period_just_ended_reads_the_months_work():
    """Each section of the report the demo shows the leaders (load_demo as installed: the organisations' own
    outlines and period rules) says what the Sở did in the period, in the vocabulary of seeds 000 and 004 and in
    each organisation's cut-off: Quảng Trị the calendar month, Bắc Kạn and Ninh Thuận the 15th–14th."""
    import io

    from django.core.management import call_command

    call_command("load_demo", "--quiet", stdout=io.StringIO())
    today = timezone.localdate()
    for code in ("quang-tri", "bac-kan", "ninh-thuan"):
        period, sections = _assert_the_month_has_work(code, today)
        if code == "quang-tri":
            assert period.start.day == 1 and (period.end + dt.timedelta(days=1)).day == 1, period
        else:
            assert (period.start.day, period.end.day) == (15, 14), period
        text = "\n".join(sections.values())
        assert "Tổ chức nghiệm thu 01 đề tài, dự án (Giống lúa chất lượng cao), kết quả xếp loại \"Khá\"." in text
        assert "Công tác an toàn bức xạ: cấp 01 giấy phép tiến hành công việc bức xạ cho 01 cơ sở." in text
        assert "Tiếp nhận, thẩm tra và cấp Thông báo cho 01 hồ sơ công bố hợp quy" in text
        assert "Kiểm định, hiệu chuẩn và thử nghiệm 44 phương tiện đo các loại của 03 cơ sở, 43 đạt, 01 không đạt" in text
        assert "Triển khai các hoạt động truyền thông KH&CN: cập nhật 18 tin, bài" in text
        assert "Tổng số cuộc thực hiện: 01 cuộc thanh tra chuyên ngành; số cuộc đã ban hành kết luận: 01." in text
        assert "Hướng dẫn 06 doanh nghiệp, hợp tác xã đăng ký hỗ trợ" in text
        if code != "quang-tri":  # its monthly outline has no TTHC section
            assert "Tiếp nhận và giải quyết đúng hạn, trước hạn 03 hồ sơ TTHC" in text


@pytest.mark.parametrize("day", [dt.date(2027, 1, 1), dt.date(2027, 3, 1)])
def test_the_month_just_ended_has_work_when_loaded_on_the_first_of_a_month_or_year(demo, day):
    """Loaded on 01/01 the period just ended is December of the year before (the statistical one 15/11–14/12); every
    record of the month lies inside it, none after the day of loading."""
    from registers.models import Inspection, RadiationLicence, VerificationRecord
    from sciencetasks.models import TaskStep
    from worklog.models import WorkLogEntry

    _load_live(day)
    for code in ("quang-tri", "bac-kan", "ninh-thuan"):
        period, _ = _assert_the_month_has_work(code, day)
        assert period.end < day and period.end.month == (day - dt.timedelta(days=1)).month
        dates = [*VerificationRecord.objects.filter(organisation__code=code, note__startswith="Dữ liệu minh họa")
                 .values_list("performed_on", flat=True),
                 RadiationLicence.objects.get(organisation__code=code, number="MH-02/GP-SKHCN").issued_on,
                 *Inspection.objects.filter(organisation__code=code, decision="MH-02/QĐ-TTr")
                 .values_list("concluded_on", flat=True),
                 *TaskStep.objects.filter(organisation__code=code, task__code__in=("MH-DT-02", "MH-DT-03"))
                 .values_list("date", flat=True),
                 *WorkLogEntry.objects.filter(organisation__code=code, note__startswith="Dữ liệu minh họa")
                 .values_list("date", flat=True)]
        assert len(dates) == 3 + 1 + 1 + 3 + 6
        assert all(max(period.start, dt.date(period.end.year, 1, 1)) <= date <= period.end for date in dates), dates


def test_a_second_run_on_the_same_day_writes_no_record_of_the_month(demo):
    from registers.models import ProcedureDossier, VerificationRecord
    from sciencetasks.models import Council, TaskStep
    from worklog.models import WorkLogEntry

    today = demo
    models = (VerificationRecord, ProcedureDossier, TaskStep, Council, WorkLogEntry)
    counts = [(model.objects.count(), model.history.count()) for model in models if hasattr(model, "history")]
    counts += [TaskStep.objects.count()]
    _load_live(today)
    after = [(model.objects.count(), model.history.count()) for model in models if hasattr(model, "history")]
    assert after + [TaskStep.objects.count()] == counts
