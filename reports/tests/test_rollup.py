"""Every period from the same records, entered through the API in periods no seed covers.

- July–September 2026: register records; the quarter and 9-month reports sum the months (no line typed twice).
- The whole of 2027: directive tasks (on time, late, overdue, in progress), S&T inspections, extensions,
  acceptances, councils and register rows in every month; then the 12 monthly reports, the 4 quarters, the 6-month,
  9-month and annual reports and two weekly reports, all through the reports API. Every figure key a report
  carries is checked against the months (ROLL_UP below says how each key rolls up), and the sentences carry the
  summed numbers.
"""
import datetime as dt
import io
from collections import Counter

import docx
import pytest
import time_machine
from django.urls import reverse

from core.formatting import format_count
from core.testing import login
from reports.models import Report


def _verification(client, unit, day, quantity, passed):
    response = client.post("/api/registers/kiem-dinh/", {
        "unit": unit.pk, "performed_on": day, "activity": "verification", "instrument_type": "can",
        "facility": f"Chợ {day}", "quantity": quantity, "passed": passed, "failed": quantity - passed,
    }, content_type="application/json")
    assert response.status_code == 201, response.content


def _report(client, **period):
    response = client.post("/api/reports/", period, content_type="application/json")
    assert response.status_code == 201, response.content
    report = Report.objects.get(pk=response.json()["id"])
    return report, "\n".join(section["text"] for section in response.json()["sections"])


@pytest.mark.django_db
def test_monthly_records_add_up_in_the_quarter_and_nine_months(client, cast):
    login(client, cast["qlkh"])
    months = [("2026-07-05", 12, 11), ("2026-08-05", 30, 30), ("2026-09-05", 7, 6)]
    for day, quantity, passed in months:
        _verification(client, cast["science"], day, quantity, passed)
    activity = client.post("/api/worklog/", {
        "unit": cast["science"].pk, "date": "2026-08-10", "kind": "communication",
        "text": "Cập nhật tin, bài lên Trang Thông tin KH&CN", "quantity": "4", "measure_unit": "tin, bài",
    }, content_type="application/json")
    assert activity.status_code == 201, activity.content
    login(client, cast["office"])
    july, text = _report(client, kind="thang", year=2026, month=7)
    assert july.generated["figures"]["instruments_verified"]["value"] == 12
    assert "Kiểm định, hiệu chuẩn và thử nghiệm 12 phương tiện đo các loại của 01 cơ sở, 11 đạt, 01 không đạt" in text
    august, text = _report(client, kind="thang", year=2026, month=8)
    assert "30 phương tiện đo các loại của 01 cơ sở, tất cả đạt yêu cầu kỹ thuật" in text
    assert "- Cập nhật 04 tin, bài lên Trang Thông tin KH&CN." in text
    september, _ = _report(client, kind="thang", year=2026, month=9)
    quarter, text = _report(client, kind="quy", year=2026, quarter=3)
    nine, nine_text = _report(client, kind="9thang", year=2026)
    monthly = [r.generated["figures"]["instruments_verified"]["value"] for r in (july, august, september)]
    assert monthly == [12, 30, 7]
    for report in (quarter, nine):
        figures = report.generated["figures"]
        assert figures["instruments_verified"]["value"] == sum(monthly) == 49
        assert figures["instruments_passed"]["value"] == 47 and figures["instrument_facilities"]["value"] == 3
    assert "49 phương tiện đo các loại của 03 cơ sở, 47 đạt, 02 không đạt" in text
    assert "- Cập nhật 04 tin, bài lên Trang Thông tin KH&CN." in nine_text


# ------------------------------------------------------------------------------------------------- the year 2027
# How each figure key of a report rolls up from the months that make up a longer period (under either rule the
# months tile the quarter, the 6 and 9 months and the year exactly: statistical month m = 15/(m-1) – 14/m,
# calendar month m = 01/m – its last day):
# - "sum": events of the period (records, steps, completions): the longer period's figure is the sum of its months';
# - "end": a position at the period's end (tasks open, overdue or in progress then, tasks managed, a stock): it
#   equals the figure of the last month of the period;
# - dt_assigned is what the Phụ lục IV counts at the end: completed + overdue + in progress (each task once, even
#   when an overdue task is carried into every following month's report).
# A figure key not listed fails the test: say how a new figure rolls up before a report prints it.
SUM = {
    "dt_completed", "dt_completed_late",
    "st_accepted", "st_councils", "st_inspections", "st_inspections_province", "st_inspections_other",
    "st_extended", "st_stopped", "st_registered", "st_recognised", "st_new_contracted", "st_coordinated_stopped",
    "technology_opinions", "ip_cases_guided", "radiation_licences_issued", "radiation_licences_renewed",
    "radiation_licences_returned", "radiation_certificates", "radiation_declarations_new", "radiation_incidents",
    "initiatives_recognised", "conformity_declarations", "conformity_products", "standards_added", "quality_checks",
    "measurement_checks", "barcode_registrations", "inspections_conducted", "inspections_concluded",
    "inspection_subjects", "inspection_instruments_checked", "amount_recovered", "petitions_total", "tthc_received",
    "tthc_resolved", "tthc_on_time", "tthc_on_time_total", "tthc_early", "tthc_late", "tthc_returned",
    "instruments_verified", "instruments_passed", "instruments_failed", "samples_tested",
    # distinct facilities: additive here because each record is another facility (a facility verified in two
    # months counts once in the longer period)
    "instrument_facilities",
}
END = {"dt_overdue", "dt_in_progress", "st_managed", "st_carried_over", "st_new", "st_proposals", "st_selected",
       "st_late_advances", "standards_total", "licences_expiring", "tthc_pending", "st_coordinated"}
D = dt.date


def _post(client, path, data):
    response = client.post(path, data, content_type="application/json")
    assert response.status_code in (200, 201), (path, data, response.content.decode())
    return response.json()


def _month_days(month):
    return D(2027, month, 1).isoformat()[:8]  # "2027-03-"


def _science_tasks(client, cast):
    """Four tasks under way since November 2026 (three provincial, one national), created and started through the
    API on the day they were entered."""
    tasks = {}
    for code, level, start_year in (("NV-A", "tinh", 2026), ("NV-B", "tinh", 2027), ("NV-C", "tinh", 2027),
                                    ("NV-Q", "quoc_gia", 2026)):
        task = _post(client, "/api/science-tasks/", {
            "code": code, "title": f"Nghiên cứu mô hình {code}", "short_name": f"Mô hình {code}", "level": level,
            "field": "nong_nghiep", "start_year": start_year, "managing_unit": cast["science"].pk,
            "host_organisation": "Viện Nông nghiệp", "leader_name": "Nguyễn Văn An", "planned_start": "2026-11-01",
            "planned_end": "2027-12-31"})
        for kind, extra in (("determine", {}), ("approve_list", {}), ("select", {"variant": "direct"}),
                            ("appraise", {}), ("approve", {}), ("sign_contract", {"decision_number": f"{code}/HĐ"}),
                            ("start", {})):
            _post(client, "/api/science-task-steps/", {"task": task["id"], "kind": kind, "date": "2026-11-20", **extra})
        tasks[code] = task["id"]
    return tasks


def _step(client, task, kind, day, **extra):
    _post(client, "/api/science-task-steps/", {"task": task, "kind": kind, "date": day, **extra})


def _council(client, cast, kind, name, day, tasks=()):
    council = _post(client, "/api/science-councils/", {
        "kind": kind, "name": name, "managing_unit": cast["science"].pk, "tasks": list(tasks),
        "decision_number": f"{day[5:7]}/QĐ-SKHCN", "decision_date": day})
    # the meeting and its conclusion are recorded on the council's page (the API does not take them)
    response = client.post(reverse("sciencetasks:council_conclude", args=[council["id"]]), {
        "meeting_date": dt.date.fromisoformat(day).strftime("%d/%m/%Y"), "conclusion": "Đạt yêu cầu.", "grade": ""})
    assert response.status_code == 302, response.content.decode()[:2000]


def _directive(client, cast, text, assigned_on, deadline, completed_on=None, explanation=""):
    task = _post(client, "/api/directive-tasks/", {
        "text": text, "lead_unit": cast["science"].pk, "assigned_on": assigned_on, "deadline_text": deadline,
        "category": "ubnd_tinh"})
    if completed_on:
        _post(client, f"/api/directive-tasks/{task['id']}/complete/", {
            "completed_on": completed_on, "explanation": explanation, "result_document": "Báo cáo số 12/BC-SKHCN"})


def _register_rows(client, cast):
    def verification(day, quantity, passed, facility):
        _post(client, "/api/registers/kiem-dinh/", {
            "unit": cast["science"].pk, "performed_on": day, "activity": "verification", "instrument_type": "can",
            "facility": facility, "quantity": quantity, "passed": passed, "failed": quantity - passed})

    # on either side of a cut-off: the statistical rule puts 20/12/2026 in January 2027 and 20/12/2027 in January 2028
    verification("2026-12-20", 4, 4, "Chợ Đông Hà")
    verification("2027-12-20", 6, 6, "Chợ Gio Linh")
    for month in range(1, 13):
        days = _month_days(month)
        verification(f"{days}05", 10 + month, 10 + month - (1 if month % 3 == 0 else 0), f"Cơ sở xăng dầu số {month}")
        if month % 2:
            _post(client, "/api/registers/cong-bo-hop-chuan/", {
                "unit": cast["science"].pk, "notice_number": f"{month}/TB-TĐC", "notice_date": f"{days}06",
                "enterprise": f"Công ty {month}", "product": "Nước uống đóng chai", "product_count": 2})
        if month in (2, 5, 8, 11):
            _post(client, "/api/registers/tham-dinh-cong-nghe/", {
                "unit": cast["science"].pk, "project": f"Nhà máy chế biến số {month}", "issued_on": f"{days}07"})


def _year_of_records(client, cast):
    # each clock gets its own login: a session opened at another time has expired
    with time_machine.travel(dt.datetime(2026, 11, 20, 9, 0), tick=False):
        login(client, cast["director"])
        tasks = _science_tasks(client, cast)
    with time_machine.travel(dt.datetime(2028, 1, 20, 9, 0), tick=False):
        login(client, cast["director"])
        for month in range(1, 13):
            days = _month_days(month)
            _directive(client, cast, f"Báo cáo tình hình thực hiện tháng {month}", f"{days}02", f"10/{month}/2027",
                       completed_on=f"{days}09")
        for month in (3, 8):
            days = _month_days(month)
            _directive(client, cast, f"Tham mưu kế hoạch chuyên đề tháng {month}", f"{days}01", f"05/{month}/2027",
                       completed_on=f"{days}12", explanation="Chờ ý kiến góp ý của các sở, ngành.")
        _directive(client, cast, "Xây dựng đề án phát triển thị trường công nghệ", "2027-04-03", "11/4/2027")
        _directive(client, cast, "Tổng kết chương trình KH&CN giai đoạn 2021-2027", "2027-12-01", "31/01/2028")
        for month in (1, 2, 3, 4):
            _step(client, tasks["NV-A"], "inspect", f"{_month_days(month)}08")
        for month in (3, 6, 9):
            _step(client, tasks["NV-B"], "inspect", f"{_month_days(month)}08", variant="unscheduled")
        for day in ("2027-05-09", "2027-10-09"):
            _step(client, tasks["NV-Q"], "inspect", day)
        _step(client, tasks["NV-B"], "extend", "2027-07-10", new_end_date="2028-06-30")
        _council(client, cast, "acceptance", "Hội đồng nghiệm thu Mô hình NV-A", "2027-05-11", [tasks["NV-A"]])
        for kind, day in (("submit_dossier", "2027-05-10"), ("base_accept", "2027-05-12"),
                          ("accept", "2027-05-13"), ("recognise", "2027-06-01")):
            _step(client, tasks["NV-A"], kind, day, **({"grade": "kha"} if kind == "accept" else {}))
        _step(client, tasks["NV-A"], "register", "2027-08-10", certificate_number="07/GCN")
        _council(client, cast, "acceptance", "Hội đồng nghiệm thu Mô hình NV-C", "2027-09-08", [tasks["NV-C"]])
        for kind, day in (("submit_dossier", "2027-09-02"), ("base_accept", "2027-09-05"), ("accept", "2027-09-10")):
            _step(client, tasks["NV-C"], kind, day, **({"grade": "kha"} if kind == "accept" else {}))
        _council(client, cast, "determination", "Hội đồng xác định nhiệm vụ năm 2028", "2027-10-10")
        _council(client, cast, "determination", "Hội đồng xác định nhiệm vụ bổ sung năm 2028", "2027-11-20")
        login(client, cast["qlkh"])
        _register_rows(client, cast)


def _api_report(client, **period):
    response = client.post("/api/reports/", period, content_type="application/json")
    assert response.status_code == 201, (period, response.content.decode())
    body = response.json()
    return Report.objects.get(pk=body["id"]).generated["figures"], "\n".join(s["text"] for s in body["sections"])


def _values(figures):
    """key → value; a figure a report leaves out (an S&T event that did not happen) reads as 0."""
    return Counter({key: item["value"] for key, item in figures.items()})


# (rule, January's verified instruments and facilities, December's, the year's): under the statistical cut-off
# 20/12/2026 is January 2027's and 20/12/2027 January 2028's; under calendar periods the other way round
RULES = [
    pytest.param("statistical", (4 + 11, 2), 22, 4 + sum(10 + m for m in range(1, 13)), id="statistical"),
    pytest.param("calendar", (11, 1), 22 + 6, 6 + sum(10 + m for m in range(1, 13)), id="calendar"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("rule, january, december, year_verified", RULES)
def test_a_year_of_records_rolls_up_into_every_period(client, cast, rule, january, december, year_verified):
    _year_of_records(client, cast)
    cast["org"].settings = {**(cast["org"].settings or {}), "reports.period_rule": rule}
    cast["org"].save()
    with time_machine.travel(dt.datetime(2028, 1, 20, 9, 0), tick=False):
        login(client, cast["office"])
        months = {month: _values(_api_report(client, kind="thang", year=2027, month=month)[0])
                  for month in range(1, 13)}
        longer = {("quy", q): (_api_report(client, kind="quy", year=2027, quarter=q), range(3 * q - 2, 3 * q + 1))
                  for q in range(1, 5)}
        for kind, last in (("6thang", 6), ("9thang", 9), ("nam", 12)):
            longer[(kind, None)] = (_api_report(client, kind=kind, year=2027), range(1, last + 1))
        week_9 = _values(_api_report(client, kind="tuan", year=2027, week=9)[0])  # 01/03 – 07/03/2027
        week_10 = _values(_api_report(client, kind="tuan", year=2027, week=10)[0])  # 08/03 – 14/03/2027

    # the months follow their own records and the organisation's cut-off
    assert (months[1]["instruments_verified"], months[1]["instrument_facilities"]) == january
    assert [months[m]["instruments_verified"] for m in (2, 3, 12)] == [12, 13, december]
    assert [months[m]["dt_completed"] for m in (3, 4, 8)] == [2, 1, 2]
    assert [months[m]["dt_overdue"] for m in (3, 4, 5, 12)] == [0, 1, 1, 1]  # carried into every later month
    assert months[5]["st_accepted"] == 1 and months[5]["st_councils"] == 1 and months[4]["st_accepted"] == 0
    assert months[8]["st_registered"] == 1 and months[7]["st_extended"] == 1 and months[8]["st_extended"] == 0

    for (kind, _), ((figures, text), span) in longer.items():
        values, label = _values(figures), f"{kind} {span}"
        keys = set(values).union(*(months[m] for m in span))
        assert not keys - SUM - END - {"dt_assigned"}, f"{label}: roll-up of {sorted(keys - SUM - END)} unknown"
        for key in sorted(keys & SUM):
            expected = sum(months[m].get(key, 0) for m in span)
            assert values.get(key, 0) == expected, f"{label}: {key} = {values.get(key, 0)}, months sum {expected}"
        for key in sorted(keys & END):
            assert values.get(key, 0) == months[span[-1]].get(key, 0), f"{label}: {key} is not the last month's"
        assert values["dt_assigned"] == values["dt_completed"] + values["dt_overdue"] + values["dt_in_progress"]
        # the sentences carry the summed numbers, counts under ten as "02"
        verified, facilities = values["instruments_verified"], values["instrument_facilities"]
        assert (f"Kiểm định, hiệu chuẩn và thử nghiệm {format_count(verified)} phương tiện đo các loại của "
                f"{format_count(facilities)} cơ sở, {format_count(values['instruments_passed'])} đạt, "
                f"{format_count(values['instruments_failed'])} không đạt") in text, label
        assert f"Tổng số nhiệm vụ được giao: {format_count(values['dt_assigned'])} nhiệm vụ" in text, label

    (year, year_text), _ = longer[("nam", None)]
    year = _values(year)
    assert (year["instruments_verified"], year["instrument_facilities"]) == (year_verified, 13)
    assert (year["dt_assigned"], year["dt_completed"], year["dt_completed_late"], year["dt_overdue"],
            year["dt_in_progress"]) == (16, 14, 2, 1, 1)
    assert ("Tổng số nhiệm vụ được giao: 16 nhiệm vụ; đã hoàn thành 14 nhiệm vụ (trong đó 02 nhiệm vụ hoàn thành nhưng "
            "quá hạn); đang thực hiện 01 nhiệm vụ; quá hạn chưa hoàn thành 01 nhiệm vụ.") in year_text
    assert (year["st_accepted"], year["st_councils"], year["st_extended"], year["st_registered"]) == (2, 4, 1, 1)
    assert "- Tổ chức nghiệm thu 02 đề tài, dự án (Mô hình NV-A; Mô hình NV-C), kết quả xếp loại \"Khá\"." in year_text
    assert "- Tổ chức 04 cuộc họp Hội đồng KH&CN (02 cuộc họp Hội đồng tư vấn xác định nhiệm vụ; 02 cuộc họp Hội đồng tư vấn đánh giá, " \
           "nghiệm thu)." in year_text or "- Tổ chức 04 cuộc họp Hội đồng KH&CN (02 cuộc họp Hội đồng tư vấn đánh giá, nghiệm thu; " \
           "02 cuộc họp Hội đồng tư vấn xác định nhiệm vụ)." in year_text
    assert (year["st_inspections_province"], year["st_inspections_other"]) == (7, 2)
    assert "kiểm tra tiến độ định kỳ, đột xuất 07 lượt đề tài, dự án cấp tỉnh; kiểm tra 02 lượt" in year_text
    (half, half_text), _ = longer[("6thang", None)]
    assert _values(half)["conformity_declarations"] == 3 and _values(half)["conformity_products"] == 6
    assert "cấp Thông báo cho 03 hồ sơ" in half_text and "của 06 sản phẩm" in half_text

    # the year's Phụ lục IV lists its two late tasks once, in group I as seed 003 does, and the .docx merges the
    # group rows across the table
    annual = Report.objects.get(organisation=cast["org"], kind="nam")
    late = [block for block in annual.generated["appendices"] if block["kind"] == "table"][1]
    late_rows = [["".join(r["text"] for r in cell) for cell in row["cells"]] for row in late["rows"]]
    assert [row[:2] for row in late_rows] == [
        ["I", "Nhiệm vụ giao tại các Quyết định, Kế hoạch, Công văn... của UBND tỉnh"],
        ["1", ""], ["2", ""],
        ["II", "Nhiệm vụ giao tại các Thông báo Kết luận của Lãnh đạo UBND tỉnh"], ["1", "Không"],
        ["Tổng cộng", "02"]]
    assert [row[2] for row in late_rows[1:3]] == ["Tham mưu kế hoạch chuyên đề tháng 3",
                                                 "Tham mưu kế hoạch chuyên đề tháng 8"]
    with time_machine.travel(dt.datetime(2028, 1, 20, 9, 0), tick=False):
        login(client, cast["office"])
        response = client.get(f"/api/reports/{annual.pk}/docx/")
    assert response.status_code == 200
    tables = docx.Document(io.BytesIO(response.content)).tables
    group_rows = [row for table in tables for row in table.rows
                  if row.cells[0].text in ("I", "II") and len({id(cell._tc) for cell in row.cells}) == 2]
    assert len(group_rows) == 6  # I and II in each of the three tables

    # a week carries only that week's records
    assert (week_9["instruments_verified"], week_9["conformity_declarations"], week_9.get("st_inspections", 0)) \
        == (13, 1, 0)
    assert (week_9["dt_assigned"], week_9["dt_completed"], week_9["dt_overdue"]) == (2, 0, 1)
    assert (week_10["instruments_verified"], week_10["conformity_declarations"], week_10["dt_completed"]) == (0, 0, 2)
    assert (week_10["st_inspections"], week_10["st_inspections_province"]) == (2, 2)
