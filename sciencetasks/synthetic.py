"""Synthetic S&T tasks for benchmarks: ~500 tasks per organisation-year with their steps, via bulk_create.

Deterministic from `rng`. Each planned year Y gets proposals received in Y-1, most rejected by the councils,
the rest walking the pipeline (contract in Y, inspections, some extensions, acceptance in Y+2, registration,
liquidation); steps dated after today are not written, so recent years are still in progress.
"""
from __future__ import annotations

import datetime as dt

from django.utils import timezone

from core.models import Unit
from core.synthetic import bulk_insert, search_text

from .choices import Field, Grade, InspectionKind, Level, MoneyKind, State, StepKind, TaskType
from .models import MoneyEntry, ScienceTask, TaskStep

K, S = StepKind, State
TASKS_PER_YEAR = 500
LEVELS = [(Level.TINH, 80), (Level.CO_SO, 5), (Level.QUOC_GIA, 4), (Level.NONG_THON_MIEN_NUI, 8), (Level.TAI_SAN_TRI_TUE, 3)]
FIELDS = [(Field.NONG_NGHIEP, 40), (Field.KY_THUAT, 25), (Field.Y_DUOC, 12), (Field.XA_HOI, 14), (Field.TU_NHIEN, 6),
          (Field.NHAN_VAN, 3)]
GRADES = [(Grade.XUAT_SAC, 5), (Grade.KHA, 55), (Grade.DAT, 36), (Grade.KHONG_DAT, 4)]
TOPICS = ["cây dược liệu", "chăn nuôi", "chế biến nông sản", "chuyển đổi số", "y tế cơ sở", "văn hóa dân tộc",
          "môi trường", "giống cây trồng", "năng lượng", "du lịch", "thủy sản", "giáo dục"]


def _pick(rng, weighted):
    return rng.choices([value for value, _ in weighted], [weight for _, weight in weighted])[0]


def _day(rng, year, month_from, month_to):
    return dt.date(year, rng.randint(month_from, month_to), rng.randint(1, 28))


def generate(*, organisation, years: int, rng, stdout=None) -> None:
    today = timezone.localdate()
    unit = Unit.objects.filter(organisation=organisation).order_by("display_order", "id").first()
    last_year = today.year
    tasks: list[ScienceTask] = []
    plans: list[list[tuple]] = []
    for year in range(last_year - years + 1, last_year + 1):
        for number in range(1, TASKS_PER_YEAR + 1):
            level = _pick(rng, LEVELS)
            field = _pick(rng, FIELDS)
            topic = rng.choice(TOPICS)
            budget = rng.randint(3, 30) * 50_000_000
            task = ScienceTask(
                organisation=organisation, code=f"{year}-{number:03d}", title=f"Nghiên cứu ứng dụng {topic} số {number} năm {year}",
                short_name=f"{topic.capitalize()} {number}", level=level, task_type=rng.choice(TaskType.values[:4]),
                field=field, start_year=year, managing_unit=unit, host_organisation=f"Viện {topic} {rng.randint(1, 40)}",
                leader_name=f"Chủ nhiệm {rng.randint(1, 900)}", budget_total=budget, budget_state=budget,
                planned_start=dt.date(year, 3, 1), planned_end=dt.date(year + 2, 2, 28), contract_value=budget,
                coordinated_only=level == Level.NONG_THON_MIEN_NUI and rng.random() < 0.5,
            )
            plan = _plan(rng, year)
            plan = [step for step in plan if step[1] <= today]
            last = plan[-1]
            task.state, task.state_since = last[2], last[1]
            for kind, date, to_state, extra in plan:
                if kind == K.ACCEPT:
                    task.grade, task.accepted_on = extra["grade"], date
                elif kind == K.REGISTER:
                    task.registration_number, task.registration_date = extra["certificate_number"], date
                elif kind == K.EXTEND:
                    task.current_end = extra["new_end_date"]
            task.search_text = search_text(task)
            tasks.append(task)
            plans.append(plan)
    ScienceTask.objects.bulk_create(tasks, batch_size=500)
    steps, money = [], []
    for task, plan in zip(tasks, plans):
        previous = ""
        for kind, date, to_state, extra in plan:
            steps.append(TaskStep(organisation=organisation, task=task, kind=kind, date=date, from_state=previous,
                                  to_state=to_state, **extra))
            previous = to_state
            if kind == K.SIGN_CONTRACT:
                amount = task.contract_value // 2
                money.append(MoneyEntry(organisation=organisation, task=task, kind=MoneyKind.ADVANCE, tranche=1, date=date,
                                        budget_year=date.year, amount=amount, settle_by=date + dt.timedelta(days=90)))
                if rng.random() < 0.8 and date + dt.timedelta(days=80) <= today:
                    money.append(MoneyEntry(organisation=organisation, task=task, kind=MoneyKind.SETTLEMENT,
                                            date=date + dt.timedelta(days=80), budget_year=date.year, amount=amount))
    bulk_insert(TaskStep, steps)
    bulk_insert(MoneyEntry, money)
    if stdout:
        stdout.write(f"  sciencetasks: {len(tasks)} nhiệm vụ, {len(steps)} bước, {len(money)} khoản kinh phí")


def _plan(rng, year) -> list[tuple]:
    """(kind, date, state after, extra fields) for one task planned for `year`."""
    steps = [(K.PROPOSE, _day(rng, year - 1, 2, 4), S.PROPOSED, {})]
    council = _day(rng, year - 1, 6, 7)
    if rng.random() < 0.6:
        return steps + [(K.REJECT, council, S.REJECTED, {})]
    steps.append((K.DETERMINE, council, S.DETERMINED, {}))
    chain = [(K.APPROVE_LIST, _day(rng, year - 1, 8, 8), S.LISTED),
             (K.SELECT, _day(rng, year - 1, 10, 10), S.SELECTED), (K.APPRAISE, _day(rng, year - 1, 11, 11), S.APPRAISED),
             (K.APPROVE, _day(rng, year - 1, 12, 12), S.APPROVED), (K.SIGN_CONTRACT, _day(rng, year, 1, 2), S.CONTRACTED)]
    for kind, date, state in chain:
        steps.append((kind, date, state, {"variant": "direct"} if kind == K.SELECT else {}))
    start = steps[-1][1] + dt.timedelta(days=3)
    steps.append((K.START, start, S.IN_PROGRESS, {}))
    for month in (6, 11, 18):
        when = start + dt.timedelta(days=30 * month)
        steps.append((K.INSPECT, when, S.IN_PROGRESS, {"variant": rng.choice(InspectionKind.values)}))
    if rng.random() < 0.04:
        return steps + [(K.STOP, start + dt.timedelta(days=400), S.STOPPED, {"decision_number": "01/QĐ-UBND"})]
    end = dt.date(year + 2, 2, 28)
    if rng.random() < 0.2:
        new_end = end + dt.timedelta(days=180)
        steps.append((K.EXTEND, end - dt.timedelta(days=30), S.IN_PROGRESS,
                      {"variant": "implementation", "new_end_date": new_end}))
        end = new_end
    grade = _pick(rng, GRADES)
    steps += [(K.SUBMIT_DOSSIER, end + dt.timedelta(days=20), S.DOSSIER_SUBMITTED, {}),
              (K.BASE_ACCEPT, end + dt.timedelta(days=40), S.BASE_ACCEPTED, {}),
              (K.ACCEPT, end + dt.timedelta(days=70), S.NOT_PASSED if grade == Grade.KHONG_DAT else S.ACCEPTED,
               {"grade": grade})]
    if grade == Grade.KHONG_DAT:
        return steps + [(K.LIQUIDATE, end + dt.timedelta(days=150), S.LIQUIDATED, {})]
    steps += [(K.RECOGNISE, end + dt.timedelta(days=100), S.RECOGNISED, {}),
              (K.REGISTER, end + dt.timedelta(days=130), S.REGISTERED,
               {"certificate_number": f"{rng.randint(1, 99):02d}/GCN", "certificate_date": end + dt.timedelta(days=130)}),
              (K.LIQUIDATE, end + dt.timedelta(days=200), S.LIQUIDATED, {})]
    return steps
