"""The demo's rolling layer for S&T tasks: a provincial project whose contract ends 20 days after `load_demo` runs,
so the QLKH unit sees an acceptance dossier coming due, and its first advance, whose settlement deadline passed a
month ago, still open. Invented title and host (noted); a second run writes nothing.

Inside the period of the monthly report just ended (`reports.demo_live.period_just_ended`), the month's work of
the QLKH unit: a progress inspection of that project, a council assigning a new provincial task directly and its
contract signed, and a council accepting a task carried over from earlier years (graded "Khá").
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction

from core.models import Organisation, Unit
from core.seeding import upsert
from core.seeding import set_m2m
from sciencetasks.choices import CouncilKind, Field, Grade, InspectionKind, Level, MoneyKind, State, StepKind, TaskType
from sciencetasks.models import Council, MoneyEntry, ScienceTask, TaskStep

ENDS_IN_DAYS = 20
DURATION_DAYS = 24 * 30
ADVANCE_DAYS_AGO = 120  # settled within 90 days (the default deadline): 30 days late on the day the demo is loaded
SETTLEMENT_DAYS = 90
NOTE = "Dữ liệu minh họa: tên nhiệm vụ, tổ chức chủ trì và các ngày do hệ thống đặt theo ngày nạp dữ liệu mẫu."


@transaction.atomic
def load(*, today: dt.date, stdout=None):
    for organisation in Organisation.objects.filter(code__in=("quang-tri", "bac-kan", "ninh-thuan")):
        unit = Unit.objects.filter(organisation=organisation, code="qlkh").first()
        if unit is None:
            continue
        end = today + dt.timedelta(days=ENDS_IN_DAYS)
        start = end - dt.timedelta(days=DURATION_DAYS)
        task, _ = upsert(ScienceTask, {"organisation": organisation, "code": "MH-DT-01"}, {
            "title": "Nghiên cứu ứng dụng chế phẩm sinh học trong sản xuất phân hữu cơ từ phụ phẩm nông nghiệp "
                     f"trên địa bàn tỉnh {organisation.place_name}",
            "short_name": "Chế phẩm sinh học xử lý phụ phẩm nông nghiệp",
            "level": Level.TINH, "task_type": TaskType.DE_TAI, "field": Field.NONG_NGHIEP,
            "host_organisation": "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ (minh họa)",
            "leader_name": "ThS. Nguyễn Văn An", "managing_unit": unit, "start_year": start.year,
            "planned_start": start, "planned_end": end, "budget_state": 850_000_000, "budget_other": 150_000_000,
            "budget_total": 1_000_000_000, "contract_value": 850_000_000, "contract_date": start,
            "contract_number": "MH-01/HĐ-SKHCN", "state": State.IN_PROGRESS, "state_since": start, "note": NOTE,
        })
        advanced_on = today - dt.timedelta(days=ADVANCE_DAYS_AGO)
        upsert(MoneyEntry, {"organisation": organisation, "task": task, "kind": MoneyKind.ADVANCE, "tranche": 1}, {
            "date": advanced_on, "budget_year": advanced_on.year, "amount": 300_000_000,
            "settle_by": advanced_on + dt.timedelta(days=SETTLEMENT_DAYS), "document_number": "MH-01/TƯ-SKHCN",
            "note": "Tạm ứng đợt 1 (minh họa: ngày theo ngày nạp dữ liệu mẫu).",
        })
        _month_of_work(organisation, unit, task, today)


def _month_of_work(organisation, unit, running: ScienceTask, today: dt.date) -> None:
    from reports.demo_live import day_in_period, period_just_ended

    period = period_just_ended(organisation, today)
    year = period.end.year
    place = organisation.place_name

    def day(offset: int) -> dt.date:
        return day_in_period(period, offset, today)

    _step(running, StepKind.INSPECT, day(6), State.IN_PROGRESS, State.IN_PROGRESS, variant=InspectionKind.PERIODIC,
          findings="Nhiệm vụ triển khai đúng tiến độ theo hợp đồng.")
    # a new provincial task of the year: assigned directly by a council, then its contract signed
    contracted_on = day(12)
    new, _ = upsert(ScienceTask, {"organisation": organisation, "code": "MH-DT-02"}, {
        "title": f"Xây dựng mô hình trồng và chế biến cây dược liệu dưới tán rừng tại tỉnh {place}",
        "short_name": "Dược liệu dưới tán rừng", "level": Level.TINH, "task_type": TaskType.DU_AN_KHCN,
        "field": Field.NONG_NGHIEP, "host_organisation": "Hợp tác xã Dược liệu Thành Công (minh họa)",
        "leader_name": "KS. Trần Thị Bình", "managing_unit": unit, "start_year": year,
        "planned_start": contracted_on, "planned_end": contracted_on + dt.timedelta(days=DURATION_DAYS),
        "budget_state": 650_000_000, "budget_other": 250_000_000, "budget_total": 900_000_000,
        "contract_value": 650_000_000, "contract_date": contracted_on, "contract_number": "MH-02/HĐ-SKHCN",
        "state": State.CONTRACTED, "state_since": contracted_on, "note": NOTE,
    })
    _council(organisation, unit, CouncilKind.DIRECT, "Hội đồng tư vấn giao trực tiếp tổ chức, cá nhân chủ trì thực "
             f"hiện nhiệm vụ KH&CN cấp tỉnh “{new.title}”", day(5), new, "MH-04/QĐ-SKHCN")
    _step(new, StepKind.SELECT, day(5), State.LISTED, State.SELECTED, decision_number="MH-05/QĐ-SKHCN")
    _step(new, StepKind.SIGN_CONTRACT, contracted_on, State.SELECTED, State.CONTRACTED,
          decision_number="MH-02/HĐ-SKHCN")
    # a task carried over from earlier years, accepted by its council in the month
    accepted_on = day(18)
    done, _ = upsert(ScienceTask, {"organisation": organisation, "code": "MH-DT-03"}, {
        "title": f"Nghiên cứu chọn tạo và phát triển giống lúa chất lượng cao phù hợp với điều kiện canh tác tại "
                 f"tỉnh {place}",
        "short_name": "Giống lúa chất lượng cao", "level": Level.TINH, "task_type": TaskType.DE_TAI,
        "field": Field.NONG_NGHIEP, "host_organisation": "Trung tâm Giống cây trồng tỉnh (minh họa)",
        "leader_name": "TS. Lê Văn Cường", "managing_unit": unit, "start_year": year - 2,
        "planned_start": dt.date(year - 2, 6, 1), "planned_end": dt.date(year, 6, 30),
        "budget_state": 1_200_000_000, "budget_other": 0, "budget_total": 1_200_000_000,
        "contract_value": 1_200_000_000, "contract_date": dt.date(year - 2, 6, 1),
        "contract_number": "MH-03/HĐ-SKHCN", "state": State.ACCEPTED, "state_since": accepted_on, "note": NOTE,
    })
    council = _council(organisation, unit, CouncilKind.ACCEPTANCE, "Hội đồng KH&CN tư vấn đánh giá, nghiệm thu kết "
                       f"quả thực hiện nhiệm vụ KH&CN “{done.title}”", accepted_on, done, "MH-06/QĐ-SKHCN",
                       grade=Grade.KHA)
    _step(done, StepKind.ACCEPT, accepted_on, State.BASE_ACCEPTED, State.ACCEPTED, grade=Grade.KHA, council=council,
          decision_number="MH-06/QĐ-SKHCN")


def _step(task, kind, date, from_state, to_state, **values) -> None:
    upsert(TaskStep, {"organisation": task.organisation, "task": task, "kind": kind},
           {"date": date, "from_state": from_state, "to_state": to_state,
            "note": "Dữ liệu minh họa: ngày theo kỳ báo cáo tháng vừa qua.", **values})


def _council(organisation, unit, kind, name, meeting_date, task, decision_number, grade="") -> Council:
    council, _ = upsert(Council, {"organisation": organisation, "kind": kind, "decision_number": decision_number}, {
        "name": name, "managing_unit": unit, "decision_date": meeting_date, "decision_signer": "Giám đốc Sở KH&CN",
        "planned_date": meeting_date, "meeting_date": meeting_date, "grade": grade,
        "conclusion": "Hội đồng thống nhất thông qua.",
    })
    set_m2m(council.tasks, [task])
    return council
