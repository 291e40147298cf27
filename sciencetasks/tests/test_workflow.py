"""The lifecycle state machine: every state reached, every illegal step refused, configuration per province."""
import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from core.models import DomainEvent
from sciencetasks.choices import State, StepKind
from sciencetasks.models import ScienceTask, TaskStep
from sciencetasks.services import science_task_step, science_task_step_delete_last
from sciencetasks.workflow import DEFAULT_PIPELINE, SIDE_EVENTS, Workflow, WorkflowError

from .factories import D0, MAIN_WALK, make_setup, make_task, walk, system

K, S = StepKind, State
pytestmark = pytest.mark.django_db

# extra arguments that make each step valid when it is legal
VALID_EXTRA = {
    K.SELECT: {"variant": "selection"}, K.ACCEPT: {"grade": "dat"}, K.REGISTER: {"certificate_number": "1/GCN"},
    K.STOP: {"decision_number": "9/QĐ-UBND"}, K.EXTEND: {"new_end_date": dt.date(2030, 1, 1)},
    K.CHANGE_LEADER: {"new_value": "Người mới"}, K.CHANGE_HOST: {"new_value": "Chủ trì mới"},
    K.CHANGE_COORDINATOR: {"new_value": "Phối hợp mới"},
}


@pytest.fixture
def setup():
    return make_setup()


def test_walk_through_every_main_state_records_each_step(setup):
    organisation, unit, head = setup
    task = make_task(organisation, unit, head)
    seen = [task.state]
    day = D0
    for kind, extra in MAIN_WALK:
        day += dt.timedelta(days=5)
        step = science_task_step(task=task, kind=kind, date=day, actor=head, decision_number=extra.pop("decision_number", "12/QĐ"),
                                 decision_date=day, decision_signer="Chủ tịch UBND tỉnh", note="ghi chú", **extra)
        task.refresh_from_db()
        seen.append(task.state)
        assert step.from_state == seen[-2] and step.to_state == task.state
        assert step.actor == head.user and step.decision_signer == "Chủ tịch UBND tỉnh" and step.note == "ghi chú"
    assert seen == [S.PROPOSED, S.DETERMINED, S.LISTED, S.SELECTED, S.APPRAISED, S.APPROVED, S.CONTRACTED, S.IN_PROGRESS,
                    S.DOSSIER_SUBMITTED, S.BASE_ACCEPTED, S.ACCEPTED, S.RECOGNISED, S.REGISTERED, S.LIQUIDATED,
                    S.ASSETS_HANDLED]
    assert task.grade == "dat" or task.grade == "kha"
    assert task.registration_number == "05/GCN" and task.contract_number == "01/HĐ"
    assert task.steps.count() == len(MAIN_WALK) + 1
    assert DomainEvent.objects.filter(object_id=task.pk, kind="SCIENCETASK_ACCEPT").exists()


def test_side_states_rejected_suspended_resumed_stopped_not_passed(setup):
    organisation, unit, _ = setup
    rejected = walk(make_task(organisation, unit, code="R"), [(K.DETERMINE, {}), (K.REJECT, {})])
    assert rejected.state == S.REJECTED
    task = walk(make_task(organisation, unit, code="SUS"), MAIN_WALK[:7])
    walk(task, [(K.SUSPEND, {})], start=dt.date(2022, 5, 1))
    assert task.state == S.SUSPENDED
    walk(task, [(K.RESUME, {})], start=dt.date(2022, 6, 1))
    assert task.state == S.IN_PROGRESS  # back where it was before the suspension
    walk(task, [(K.STOP, {"decision_number": "5/QĐ-UBND"}), (K.LIQUIDATE, {})], start=dt.date(2022, 7, 1))
    assert task.state == S.LIQUIDATED and task.stopped_on is not None
    failed = walk(make_task(organisation, unit, code="F"), MAIN_WALK[:9] + [(K.ACCEPT, {"grade": "khong_dat"})])
    assert failed.state == S.NOT_PASSED
    walk(failed, [(K.LIQUIDATE, {})], start=dt.date(2022, 12, 1))
    assert failed.state == S.LIQUIDATED


def test_side_events_keep_the_state_and_update_the_task(setup):
    organisation, unit, _ = setup
    task = walk(make_task(organisation, unit), MAIN_WALK[:7])
    day = dt.date(2022, 6, 1)
    science_task_step(task=task, kind=K.INSPECT, date=day, actor=system(task), variant="unscheduled", findings="Chậm tiến độ")
    science_task_step(task=task, kind=K.EXTEND, date=day, actor=system(task), new_end_date=dt.date(2025, 6, 30))
    science_task_step(task=task, kind=K.CHANGE_LEADER, date=day, actor=system(task), new_value="Phạm Văn D")
    science_task_step(task=task, kind=K.CHANGE_HOST, date=day, actor=system(task), new_value="Viện mới")
    science_task_step(task=task, kind=K.CHANGE_COORDINATOR, date=day, actor=system(task), new_value="HTX X")
    science_task_step(task=task, kind=K.ADJUST, date=day, actor=system(task), note="Điều chỉnh dự toán")
    science_task_step(task=task, kind=K.PROGRESS_REPORT, date=day, actor=system(task))
    task.refresh_from_db()
    assert task.state == S.IN_PROGRESS
    assert task.current_end == dt.date(2025, 6, 30) and task.leader_name == "Phạm Văn D"
    assert task.host_organisation == "Viện mới" and task.coordinating_organisations == "HTX X"
    change = task.steps.get(kind=K.CHANGE_LEADER)
    assert (change.old_value, change.new_value) == ("Nguyễn Văn A", "Phạm Văn D")


def _in_state(organisation, unit, state, code):
    """A task in `state`: registered there directly (as the importer and national tasks do), or, for a rejected
    proposal (which cannot be registered as such), through the two legal steps."""
    if state == S.REJECTED:
        return walk(make_task(organisation, unit, code=code), [(K.DETERMINE, {}), (K.REJECT, {})])
    return make_task(organisation, unit, code=code, state=state)


ILLEGAL = [
    (state, kind) for state in S.values for kind in StepKind.values
    if kind not in (K.PROPOSE, K.REGISTER_EXISTING) and state not in Workflow().table().get(kind, ())
]


def test_every_illegal_step_is_refused_by_the_state_machine_with_the_possible_steps():
    """The whole matrix, in memory: every (state, step) pair the table does not allow, and the message."""
    workflow = Workflow()
    for state in S.values:
        possible = workflow.allowed_steps(state)
        for kind in StepKind.values:
            if kind not in (K.PROPOSE, K.REGISTER_EXISTING):
                assert ((state, kind) not in ILLEGAL) == (kind in possible)
    for state, kind in ILLEGAL:
        with pytest.raises(WorkflowError) as error:
            workflow.target(kind, state, **({"grade": "dat"} if kind == K.ACCEPT else {}))
        message = str(error.value)
        assert message.startswith(f"Không thể thực hiện bước «{StepKind(kind).label}»")
        assert f"trạng thái «{S(state).label}»" in message
        possible = workflow.allowed_steps(state)
        for allowed in possible:
            assert StepKind(allowed).label in message
        if not possible:
            assert "không còn bước nào" in message
    assert len(ILLEGAL) > 300


def _covering_cases():
    """Illegal (state, step) pairs in which every state and every step kind appears at least once (~30 pairs)."""
    cases, states, kinds = [], set(), set()
    for state, kind in ILLEGAL:
        if state not in states or kind not in kinds:
            cases.append((state, kind))
            states.add(state)
            kinds.add(kind)
    return cases


def test_illegal_steps_are_refused_by_the_service_and_save_nothing(setup):
    """Through `science_task_step` on real tasks, one task in each state: illegal steps raise the state machine's
    message and write nothing (no step, no event, the state unchanged).

    The service refuses by calling `Workflow.target` before any write, so the full matrix is checked in memory
    above; here a covering set of pairs (every state and every step kind at least once) goes through the database."""
    organisation, unit, _ = setup
    workflow = Workflow()
    tasks = {state: _in_state(organisation, unit, state, f"T{number}") for number, state in enumerate(S.values)}
    cases = _covering_cases()
    assert {state for state, _ in cases} == set(S.values)
    assert {kind for _, kind in cases} == {kind for _, kind in ILLEGAL}
    before = (TaskStep.objects.count(), DomainEvent.objects.count())
    for state, kind in cases:
        with pytest.raises(ValidationError) as error:
            science_task_step(task=tasks[state], kind=kind, date=dt.date(2023, 12, 1), actor=system(tasks[state]),
                              **VALID_EXTRA.get(kind, {}))
        assert error.value.messages == [workflow.illegal_message(kind, state)]
    assert (TaskStep.objects.count(), DomainEvent.objects.count()) == before
    states = dict(ScienceTask.objects.filter(pk__in=[t.pk for t in tasks.values()]).values_list("code", "state"))
    assert states == {task.code: state for state, task in tasks.items()}


def test_a_step_dated_before_the_previous_one_is_refused(setup):
    organisation, unit, _ = setup
    task = walk(make_task(organisation, unit), MAIN_WALK[:2])  # last step on D0 + 20 days
    with pytest.raises(ValidationError, match="trước ngày của bước trước"):
        science_task_step(task=task, kind=K.SELECT, date=D0 + dt.timedelta(days=5), actor=system(task))
    with pytest.raises(ValidationError, match="không thể sau ngày hôm nay"):
        science_task_step(task=task, kind=K.SELECT, date=dt.date.today() + dt.timedelta(days=3), actor=system(task))
    with pytest.raises(ValidationError, match="Ngày văn bản"):
        science_task_step(task=task, kind=K.SELECT, date=dt.date(2022, 3, 1), decision_date=dt.date(2022, 3, 9), actor=system(task))
    task.refresh_from_db()
    assert task.state == S.LISTED


def test_what_each_kind_needs(setup):
    organisation, unit, _ = setup
    task = walk(make_task(organisation, unit), MAIN_WALK[:9])
    day = dt.date(2022, 12, 1)
    with pytest.raises(ValidationError, match="xếp loại"):
        science_task_step(task=task, kind=K.ACCEPT, date=day, actor=system(task))
    science_task_step(task=task, kind=K.ACCEPT, date=day, actor=system(task), grade="xuat_sac")
    science_task_step(task=task, kind=K.RECOGNISE, date=day, actor=system(task))
    with pytest.raises(ValidationError, match="số giấy chứng nhận"):
        science_task_step(task=task, kind=K.REGISTER, date=day, actor=system(task))
    running = walk(make_task(organisation, unit, code="X2"), MAIN_WALK[:7])
    with pytest.raises(ValidationError, match="số quyết định"):
        science_task_step(task=running, kind=K.STOP, date=day, actor=system(running))
    with pytest.raises(ValidationError, match="thời hạn mới"):
        science_task_step(task=running, kind=K.EXTEND, date=day, actor=system(running))
    with pytest.raises(ValidationError, match="phải sau thời hạn hiện tại"):
        science_task_step(task=running, kind=K.EXTEND, date=day, actor=system(running), new_end_date=dt.date(2024, 1, 1))
    with pytest.raises(ValidationError, match="trùng với hiện tại"):
        science_task_step(task=running, kind=K.CHANGE_LEADER, date=day, actor=system(running), new_value="nguyen van a")


def test_grading_scale_is_configurable(setup):
    organisation, unit, _ = setup
    organisation.settings = {"sciencetasks.grades": ["dat", "khong_dat"]}
    organisation.save()
    task = walk(make_task(organisation, unit), MAIN_WALK[:9])
    with pytest.raises(ValidationError, match="Các mức xếp loại: Đạt, Không đạt"):
        science_task_step(task=task, kind=K.ACCEPT, date=dt.date(2022, 12, 1), actor=system(task), grade="kha")
    science_task_step(task=task, kind=K.ACCEPT, date=dt.date(2022, 12, 1), actor=system(task), grade="dat")


def test_pipeline_is_configurable_per_province(setup):
    organisation, unit, _ = setup
    pipeline = [s for s in DEFAULT_PIPELINE if s not in (K.RECOGNISE, K.REGISTER, K.BASE_ACCEPT)]
    pipeline[pipeline.index(K.LIQUIDATE):pipeline.index(K.LIQUIDATE)] = [K.REGISTER, K.RECOGNISE]
    organisation.settings = {"sciencetasks.pipeline": pipeline}
    organisation.save()
    task = walk(make_task(organisation, unit), MAIN_WALK[:8])  # dossier submitted
    walk(task, [(K.ACCEPT, {"grade": "kha"})], start=dt.date(2022, 12, 1))  # no base-level acceptance here
    with pytest.raises(ValidationError, match="Đăng ký kết quả"):  # recognition is not possible yet; listed: register
        science_task_step(task=task, kind=K.RECOGNISE, date=dt.date(2022, 12, 20), actor=system(task))
    walk(task, [(K.REGISTER, {"certificate_number": "3/GCN"}), (K.RECOGNISE, {}), (K.LIQUIDATE, {})], start=dt.date(2022, 12, 20))
    assert task.state == S.LIQUIDATED
    organisation.settings = {"sciencetasks.pipeline": ["determine", "nonsense"]}
    organisation.save()
    with pytest.raises(ValidationError, match="không hợp lệ"):
        science_task_step(task=make_task(organisation, unit, code="Z"), kind=K.DETERMINE, date=D0, actor=system(organisation))


def test_undo_last_step_returns_to_the_previous_state(setup):
    organisation, unit, _ = setup
    task = walk(make_task(organisation, unit), MAIN_WALK[:3])
    science_task_step_delete_last(task=task, actor=system(task))
    task.refresh_from_db()
    assert task.state == S.LISTED and task.steps.count() == 3


def test_side_event_table_only_names_real_states():
    for states in SIDE_EVENTS.values():
        assert set(states) <= set(S.values)


def test_end_before_start_and_negative_budget_are_refused(setup):
    organisation, unit, _ = setup
    with pytest.raises(ValidationError) as error:
        make_task(organisation, unit, code="BAD", planned_start=dt.date(2023, 5, 1), planned_end=dt.date(2023, 1, 1))
    assert "Ngày kết thúc phải sau ngày bắt đầu." in error.value.messages
    with pytest.raises(ValidationError, match="không được âm"):
        make_task(organisation, unit, code="BAD2", budget_total=-5)
    with pytest.raises(ValidationError, match="không phải là số"):
        make_task(organisation, unit, code="BAD3", budget_total="một tỷ")
    with pytest.raises(ValidationError, match="đã được dùng"):
        make_task(organisation, unit, code="DUP")
        make_task(organisation, unit, code="DUP")
