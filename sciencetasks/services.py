"""Everything that writes S&T tasks, their steps, councils and money.

Views, the API, the Excel importer, the demo loader and the management commands all call these functions, so
each rule lives here once. Every function checks its rules, saves, and records a domain event; a rule broken
raises `django.core.exceptions.ValidationError` with a Vietnamese message, and nothing is saved.

`actor` is always a `core.Membership` (or `core.permissions.system_membership(org)` in commands and the demo
loader), and every function starts at the write gate, `require(actor, action, obj)`: the screens, the API and the
importer check nothing themselves beyond what they show.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max, Sum
from django.utils import timezone

from core.concurrency import STALE_INLINE_MESSAGE, check_form_version
from core.models.events import record_event
from core.permissions import ADD, CHANGE, DELETE, require
from core.text import fold

from .choices import (
    CouncilKind, CouncilRole, ExtensionKind, Grade, InspectionKind, MoneyKind, SelectionMode, State, StepKind,
)
from .models import Council, CouncilMember, MoneyEntry, ScienceTask, TaskStep
from .workflow import STEP_TARGET, Workflow, WorkflowError

K, S = StepKind, State

# Descriptive fields a user may edit directly; state and the dates next to it only change through steps.
EDITABLE_FIELDS = (
    "code", "title", "short_name", "level", "task_type", "field", "programme", "origin", "proposer",
    "coordinated_only", "host_organisation", "leader_name", "team_members", "coordinating_organisations",
    "managing_unit", "officer", "sites", "start_year", "planned_start", "planned_end", "dossier_due",
    "budget_total", "budget_state", "budget_other", "budget_state_by_year", "contract_number", "contract_date",
    "contract_value", "note",
)
AMOUNT_FIELDS = ("budget_total", "budget_state", "budget_other", "contract_value")
# What earlier steps decided, given when a task is entered in a state past the proposal (imports, history).
SETTLED_FIELDS = ("grade", "accepted_on", "recognised_on", "registration_number", "registration_date", "stopped_on",
                  "current_end")


# Delete services follow the generic screens' and API's convention (core/deletion.py): `<entity>_delete(*, actor, obj)`.

# --- small helpers ----------------------------------------------------------------------------------------------


def parse_amount(value, *, label: str = "Số tiền", allow_zero: bool = True) -> int:
    """An amount in đồng from an int or from text such as "45.998.409"; Vietnamese message otherwise."""
    if isinstance(value, bool):
        raise ValidationError(f"{label} không hợp lệ.")
    if isinstance(value, int):
        number = value
    elif isinstance(value, (float, Decimal)):
        if Decimal(str(value)) != Decimal(str(value)).to_integral_value():
            raise ValidationError(f"{label} phải là số nguyên (đồng): «{value}».")
        number = int(value)
    else:
        text = str(value or "").strip().replace(" ", "").replace("đồng", "").replace("đ", "")
        if not text:
            raise ValidationError(f"Thiếu {label.lower()}.")
        if re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):
            text = text.replace(".", "")
        try:
            decimal = Decimal(text)
        except InvalidOperation:
            raise ValidationError(f"{label} không phải là số: «{value}». Nhập số nguyên (đồng), ví dụ 45.998.409.") from None
        if decimal != decimal.to_integral_value():
            raise ValidationError(f"{label} phải là số nguyên (đồng): «{value}».")
        number = int(decimal)
    if number < 0:
        raise ValidationError(f"{label} không được âm: «{value}».")
    if number == 0 and not allow_zero:
        raise ValidationError(f"{label} phải lớn hơn 0.")
    return number


def _user(actor):
    """The person behind a membership (None for the system actor): steps and events record the user."""
    return getattr(actor, "user", None)


def _full_clean(obj, exclude=("search_text",)):
    obj.full_clean(exclude=list(exclude), validate_unique=True)


# A step never changes a task's organisation, code, unit or officer: clean the rest without a query per foreign key
# and per unique constraint (the checks of those fields ran when they were set).
STEP_CLEAN_EXCLUDE = ("search_text", "organisation", "code", "managing_unit", "officer")


def _vn(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def workflow_for(organisation) -> Workflow:
    try:
        return Workflow.for_organisation(organisation)
    except WorkflowError as exc:
        raise ValidationError(str(exc)) from None


# --- tasks -----------------------------------------------------------------------------------------------------


def _check_code_free(organisation, code, exclude_pk=None):
    duplicates = ScienceTask.objects.filter(organisation=organisation, code=code)
    if exclude_pk:
        duplicates = duplicates.exclude(pk=exclude_pk)
    if duplicates.exists():
        raise ValidationError({"code": f"Mã nhiệm vụ «{code}» đã được dùng trong {organisation}."})


def _amounts(values: dict) -> dict:
    values = dict(values)
    for name in AMOUNT_FIELDS:
        if name in values and values[name] not in (None, ""):
            values[name] = parse_amount(values[name], label=str(ScienceTask._meta.get_field(name).verbose_name).capitalize())
    return values


@transaction.atomic
def science_task_create(
    *, actor, date: dt.date, values: dict, state: str = S.PROPOSED, decision_number: str = "",
    decision_date: dt.date | None = None, decision_signer: str = "", note: str = "", settled: dict | None = None,
) -> ScienceTask:
    """Register a task: a proposal/order received (state PROPOSED), or a task already under way that starts
    being followed here (any other state: national tasks, tasks taken over from another system, imports).

    Without a managing unit, the task belongs to the actor's unit: a unit's staff never create a task that
    nobody of theirs may edit afterwards. `settled` holds what the steps before it decided (grade, acceptance,
    registration…) for a task entered in a state past the proposal."""
    organisation = actor.organisation
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(f"Trường không được phép: {', '.join(sorted(unknown))}.")
    values = _amounts(values)
    if not values.get("managing_unit") and getattr(actor, "unit", None) is not None:
        values["managing_unit"] = actor.unit
    settled = dict(settled or {})
    if set(settled) - set(SETTLED_FIELDS):
        raise ValidationError(f"Trường không được phép: {', '.join(sorted(set(settled) - set(SETTLED_FIELDS)))}.")
    task = ScienceTask(organisation=organisation, state=state, state_since=date, **values, **settled)
    require(actor, ADD, task)
    if settled and state == S.PROPOSED:
        raise ValidationError("Đề xuất mới chưa có kết quả nghiệm thu, đăng ký.")
    if state not in S.values:
        raise ValidationError(f"Trạng thái không hợp lệ: {state}.")
    if state == S.REJECTED:
        raise ValidationError("Không thể tạo nhiệm vụ ở trạng thái «Không được chọn».")
    _check_date(date, "Ngày tiếp nhận")
    _check_code_free(organisation, task.code)
    _full_clean(task, exclude=("search_text", "state_since"))
    task.save()
    kind = K.PROPOSE if state == S.PROPOSED else K.REGISTER_EXISTING
    TaskStep.objects.create(
        organisation=organisation, task=task, kind=kind, date=date, from_state="", to_state=state,
        decision_number=decision_number, decision_date=decision_date, decision_signer=decision_signer,
        actor=_user(actor), note=note,
    )
    record_event(organisation=organisation, kind="SCIENCETASK_CREATED", subject=task, actor=_user(actor), state=state,
                 date=date.isoformat())
    return task


@transaction.atomic
def science_task_update(*, task: ScienceTask, actor, values: dict) -> ScienceTask:
    """Edit the descriptive fields (never the state: that moves only through steps).

    Moving a task to another managing unit is a leader's decision (`change_managing_unit`), and the task must
    stay within what the actor may change."""
    # the rules look at the stored row: a bound ModelForm has already copied its input onto `task`
    task = ScienceTask.objects.select_for_update(of=("self",)).select_related("organisation", "managing_unit") \
        .get(pk=task.pk)
    require(actor, CHANGE, task)
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(f"Trường không được phép sửa trực tiếp: {', '.join(sorted(unknown))}.")
    values = _amounts(values)
    if "managing_unit" in values and task.managing_unit_id and \
            getattr(values["managing_unit"], "pk", values["managing_unit"]) != task.managing_unit_id:
        require(actor, "change_managing_unit", task)
    for name, value in values.items():
        setattr(task, name, value)
    require(actor, CHANGE, task)
    _check_code_free(task.organisation, task.code, exclude_pk=task.pk)
    _full_clean(task)
    task.save()
    record_event(organisation=task.organisation, kind="SCIENCETASK_UPDATED", subject=task, actor=_user(actor),
                 fields=sorted(values))
    return task


@transaction.atomic
def science_task_delete(*, actor, obj: ScienceTask) -> None:
    """Delete a task entered by mistake, with its steps and documents; refused once money was recorded
    (the money entries protect it: ProtectedError, shown as «còn dữ liệu khác đang tham chiếu»)."""
    task = obj
    require(actor, DELETE, task)
    record_event(organisation=task.organisation, kind="SCIENCETASK_DELETED", subject=task, actor=_user(actor),
                 code=task.code)
    task.delete()


def _check_date(date, label="Ngày"):
    if not isinstance(date, dt.date):
        raise ValidationError(f"{label} không hợp lệ.")
    if date > timezone.localdate():
        raise ValidationError(f"{label} ({_vn(date)}) không thể sau ngày hôm nay.")


def last_state_step(task: ScienceTask) -> TaskStep | None:
    """The latest step that changed (or set) the state."""
    side = [k for k in StepKind.values if Workflow().is_side_event(k)]
    return task.steps.exclude(kind__in=side).order_by("-date", "-id").first()


@transaction.atomic
def science_task_step(
    *, task: ScienceTask, kind: str, date: dt.date, actor, decision_number: str = "", decision_date: dt.date | None = None,
    decision_signer: str = "", note: str = "", variant: str = "", grade: str = "", new_end_date: dt.date | None = None,
    certificate_number: str = "", certificate_date: dt.date | None = None, new_value: str = "", findings: str = "",
    council: Council | None = None, contract_value=None,
) -> TaskStep:
    """Record one step of the lifecycle or one event while the task runs.

    Refused (ValidationError, nothing saved): an illegal step for the current state (the message lists the
    steps possible now), a date before the last change of state or after today, a decision dated after the
    step, and what each kind needs missing (grade, certificate, new end date, new leader…).
    """
    # lock the task row only (not its organisation's: steps of other tasks go on), and load what clean() reads
    task = ScienceTask.objects.select_for_update(of=("self",)).select_related("organisation", "managing_unit") \
        .get(pk=task.pk)
    require(actor, "record_step", task)
    workflow = workflow_for(task.organisation)
    if kind not in StepKind.values:
        raise ValidationError(f"Bước không hợp lệ: {kind}.")
    resume_to = None
    if kind == K.RESUME and task.state == S.SUSPENDED:
        suspension = task.steps.filter(kind=K.SUSPEND).order_by("-date", "-id").first()
        resume_to = suspension.from_state if suspension else S.IN_PROGRESS
    try:
        to_state = workflow.target(kind, task.state, grade=grade or None, resume_to=resume_to)
    except WorkflowError as exc:
        raise ValidationError(str(exc)) from None
    _check_date(date, "Ngày thực hiện")
    previous = last_state_step(task)
    if previous is not None and date < previous.date:
        raise ValidationError(
            f"Ngày {_vn(date)} trước ngày của bước trước («{previous.get_kind_display()}» ngày {_vn(previous.date)}): "
            "các bước phải theo đúng trình tự thời gian."
        )
    if decision_date and decision_date > date:
        raise ValidationError(f"Ngày văn bản ({_vn(decision_date)}) không thể sau ngày thực hiện bước ({_vn(date)}).")

    step = TaskStep(
        organisation=task.organisation, task=task, kind=kind, date=date, from_state=task.state, to_state=to_state,
        decision_number=decision_number.strip(), decision_date=decision_date, decision_signer=decision_signer.strip(),
        actor=_user(actor), note=note, variant=variant, grade=grade if kind == K.ACCEPT else "",
        findings=findings, council=council,
    )
    _apply_kind_rules(task, step, new_end_date=new_end_date, certificate_number=certificate_number,
                      certificate_date=certificate_date, new_value=new_value, contract_value=contract_value)
    if council is not None and council.organisation_id != task.organisation_id:
        raise ValidationError("Hội đồng không thuộc tổ chức này.")
    if to_state != task.state:
        task.state = to_state
        task.state_since = date
    _full_clean(task, exclude=STEP_CLEAN_EXCLUDE)
    task.save()
    step.save()
    record_event(
        organisation=task.organisation, kind=f"SCIENCETASK_{kind.upper()}", subject=task, actor=_user(actor),
        step_id=step.pk, date=date.isoformat(), from_state=step.from_state, to_state=to_state,
    )
    return step


def _apply_kind_rules(task, step, *, new_end_date, certificate_number, certificate_date, new_value, contract_value):
    kind, date = step.kind, step.date
    if kind == K.SELECT:
        step.variant = step.variant or SelectionMode.SELECTION
        if step.variant not in SelectionMode.values:
            raise ValidationError("Hình thức phải là «Tuyển chọn» hoặc «Giao trực tiếp».")
    elif kind == K.INSPECT:
        step.variant = step.variant or InspectionKind.PERIODIC
        if step.variant not in InspectionKind.values:
            raise ValidationError("Hình thức kiểm tra phải là «Định kỳ» hoặc «Đột xuất».")
    elif kind == K.EXTEND:
        step.variant = step.variant or (
            ExtensionKind.DOSSIER if task.state in (S.DOSSIER_SUBMITTED, S.BASE_ACCEPTED) else ExtensionKind.IMPLEMENTATION
        )
        if step.variant not in ExtensionKind.values:
            raise ValidationError("Loại gia hạn không hợp lệ.")
        if not new_end_date:
            raise ValidationError("Gia hạn phải có thời hạn mới.")
        current = task.dossier_due if step.variant == ExtensionKind.DOSSIER else task.end_date
        if current and new_end_date <= current:
            raise ValidationError(f"Thời hạn mới ({_vn(new_end_date)}) phải sau thời hạn hiện tại ({_vn(current)}).")
        if new_end_date <= date:
            raise ValidationError("Thời hạn mới phải sau ngày gia hạn.")
        step.old_value = _vn(current)
        step.new_end_date = new_end_date
        if step.variant == ExtensionKind.DOSSIER:
            task.dossier_due = new_end_date
        else:
            task.current_end = new_end_date
    elif kind in (K.CHANGE_LEADER, K.CHANGE_HOST, K.CHANGE_COORDINATOR):
        attribute = {K.CHANGE_LEADER: "leader_name", K.CHANGE_HOST: "host_organisation",
                     K.CHANGE_COORDINATOR: "coordinating_organisations"}[kind]
        label = {K.CHANGE_LEADER: "chủ nhiệm mới", K.CHANGE_HOST: "tổ chức chủ trì mới",
                 K.CHANGE_COORDINATOR: "tổ chức phối hợp mới"}[kind]
        new_value = (new_value or "").strip()
        if not new_value:
            raise ValidationError(f"Phải ghi {label}.")
        old = getattr(task, attribute) or ""
        if fold(old) == fold(new_value):
            raise ValidationError(f"{label.capitalize()} trùng với hiện tại.")
        step.old_value, step.new_value = old[:255], new_value[:255]
        setattr(task, attribute, new_value)
    elif kind == K.ACCEPT:
        task.grade = step.grade
        task.accepted_on = date
    elif kind == K.RECOGNISE:
        task.recognised_on = date
    elif kind == K.REGISTER:
        certificate_number = (certificate_number or step.decision_number or "").strip()
        if not certificate_number:
            raise ValidationError("Đăng ký kết quả phải có số giấy chứng nhận.")
        certificate_date = certificate_date or step.decision_date or date
        if certificate_date > date:
            raise ValidationError("Ngày cấp giấy chứng nhận không thể sau ngày ghi nhận bước.")
        step.certificate_number, step.certificate_date = certificate_number, certificate_date
        task.registration_number, task.registration_date = certificate_number, certificate_date
    elif kind == K.SIGN_CONTRACT:
        task.contract_number = step.decision_number or task.contract_number
        task.contract_date = step.decision_date or date
        if contract_value not in (None, ""):
            task.contract_value = parse_amount(contract_value, label="Giá trị hợp đồng")
        elif not task.contract_value:
            task.contract_value = task.budget_state or task.budget_total
    elif kind == K.STOP:
        if not step.decision_number:
            raise ValidationError("Dừng, chấm dứt thực hiện phải có số quyết định.")
        task.stopped_on = date
    elif kind == K.START and not task.planned_start:
        task.planned_start = date


@transaction.atomic
def science_task_advance(
    *, task: ScienceTask, to_state: str, date: dt.date, actor, grade: str = "", certificate_number: str = "",
    certificate_date: dt.date | None = None, note: str = "",
) -> list[TaskStep]:
    """Walk the main pipeline forward to `to_state`, one recorded step at a time (used by the importer when a
    re-imported list shows a task further on). Going backwards, or to a state off the pipeline, is refused."""
    require(actor, "record_step", task)
    workflow = workflow_for(task.organisation)
    order = workflow.state_order()
    if to_state == task.state:
        return []
    pipeline_states = [S.PROPOSED] + [STEP_TARGET[step] for step in workflow.pipeline]
    if to_state == S.NOT_PASSED:
        pipeline_states.insert(pipeline_states.index(S.ACCEPTED), S.NOT_PASSED)
    if task.state not in pipeline_states or to_state not in pipeline_states:
        raise ValidationError(
            f"Không thể chuyển từ «{S(task.state).label}» sang «{S(to_state).label}» bằng tệp nhập: "
            "hãy ghi nhận từng bước trên trang nhiệm vụ."
        )
    if order.index(to_state) < order.index(task.state):
        raise ValidationError(f"Không thể lùi trạng thái từ «{S(task.state).label}» về «{S(to_state).label}».")
    steps = []
    guard = 0
    while task.state != to_state and guard < 30:
        guard += 1
        current_index = workflow.pipeline.index(next(s for s in workflow.pipeline if STEP_TARGET[s] == task.state)) + 1 \
            if task.state != S.PROPOSED else 0
        kind = workflow.pipeline[current_index]
        step = science_task_step(
            task=task, kind=kind, date=date, actor=actor, note=note or "Cập nhật từ tệp nhập",
            grade=(grade or "") if kind == K.ACCEPT else "",
            certificate_number=certificate_number if kind == K.REGISTER else "",
            certificate_date=certificate_date if kind == K.REGISTER else None,
        )
        steps.append(step)
        task.refresh_from_db()
        if task.state == S.NOT_PASSED and to_state != S.NOT_PASSED:
            raise ValidationError("Nhiệm vụ nghiệm thu không đạt: không thể chuyển tiếp.")
    return steps


@transaction.atomic
def science_task_step_delete_last(*, task: ScienceTask, actor) -> None:
    """Undo the last recorded step (a mistake): the task returns to the state before it. Erasing a record of the
    history is a unit head's or a leader's act (DELETE on the step)."""
    step = task.steps.order_by("-date", "-id").first()
    require(actor, DELETE, step if step is not None else task)
    if step is None or step.kind in (K.PROPOSE, K.REGISTER_EXISTING):
        raise ValidationError("Không có bước nào để hủy.")
    if step.from_state and step.to_state != step.from_state:
        task.state = step.from_state
        previous = task.steps.exclude(pk=step.pk).order_by("-date", "-id").first()
        task.state_since = previous.date if previous else None
        task.save()
    step.delete()
    record_event(organisation=task.organisation, kind="SCIENCETASK_STEP_UNDONE", subject=task, actor=_user(actor),
                 step_kind=step.kind, date=step.date.isoformat())


# --- councils ------------------------------------------------------------------------------------------------


COUNCIL_FIELDS = ("kind", "name", "managing_unit", "decision_number", "decision_date", "decision_signer",
                  "planned_date", "location")


def _council_tasks(council: Council, tasks) -> list:
    tasks = list(tasks)
    if any(task.organisation_id != council.organisation_id for task in tasks):
        raise ValidationError("Nhiệm vụ không thuộc tổ chức này.")
    return tasks


@transaction.atomic
def council_create(
    *, actor, kind: str, name: str, tasks=(), managing_unit=None, decision_number: str = "",
    decision_date: dt.date | None = None, decision_signer: str = "", planned_date: dt.date | None = None,
    location: str = "",
) -> Council:
    """Establish a council (by its decision); without an organising unit it is the actor's unit's."""
    organisation = actor.organisation
    council = Council(
        organisation=organisation, kind=kind, name=name, managing_unit=managing_unit or getattr(actor, "unit", None),
        decision_number=decision_number, decision_date=decision_date, decision_signer=decision_signer,
        planned_date=planned_date, location=location,
    )
    require(actor, ADD, council)
    if kind not in CouncilKind.values:
        raise ValidationError(f"Loại hội đồng không hợp lệ: {kind}.")
    tasks = _council_tasks(council, tasks)
    _full_clean(council)
    council.save()
    council.tasks.set(tasks)
    record_event(organisation=organisation, kind="COUNCIL_CREATED", subject=council, actor=_user(actor),
                 council_kind=kind)
    return council


@transaction.atomic
def council_update(*, council: Council, actor, tasks=None, **values) -> Council:
    """Edit a council's decision, date and place (the meeting and conclusion go through `council_conclude`)."""
    council = Council.objects.select_for_update(of=("self",)).get(pk=council.pk)
    require(actor, CHANGE, council)
    unknown = set(values) - set(COUNCIL_FIELDS)
    if unknown:
        raise ValidationError(f"Trường không được phép sửa trực tiếp: {', '.join(sorted(unknown))}.")
    for name, value in values.items():
        setattr(council, name, value)
    require(actor, CHANGE, council)  # a unit's staff cannot hand the council to a unit they do not work for
    if values.get("kind") is not None and council.kind not in CouncilKind.values:
        raise ValidationError(f"Loại hội đồng không hợp lệ: {council.kind}.")
    _full_clean(council)
    council.save()
    if tasks is not None:
        council.tasks.set(_council_tasks(council, tasks))
    record_event(organisation=council.organisation, kind="COUNCIL_UPDATED", subject=council, actor=_user(actor),
                 fields=sorted(values) + (["tasks"] if tasks is not None else []))
    return council


@transaction.atomic
def council_delete(*, actor, obj: Council) -> None:
    """Delete a council entered by mistake; the steps it decided keep their record (their link is cleared)."""
    council = obj
    require(actor, DELETE, council)
    record_event(organisation=council.organisation, kind="COUNCIL_DELETED", subject=council, actor=_user(actor),
                 name=council.name)
    council.delete()


def council_member_warnings(member: CouncilMember) -> list[str]:
    """Conflicts of interest: the member works at a host organisation or is on a task's team."""
    from rapidfuzz import fuzz

    warnings = []
    workplace = fold(member.workplace)
    name = fold(member.full_name)
    for task in member.council.tasks.all():
        host = fold(task.host_organisation)
        if workplace and host and (workplace == host or fuzz.token_set_ratio(workplace, host) >= 90):
            warnings.append(
                f"{member.full_name} công tác tại tổ chức chủ trì nhiệm vụ {task.code} ({task.host_organisation})."
            )
        team = {fold(line) for line in [task.leader_name, *task.team_members.splitlines()] if line and line.strip()}
        if name in team:
            warnings.append(f"{member.full_name} là chủ nhiệm hoặc thành viên thực hiện nhiệm vụ {task.code}.")
    return warnings


@transaction.atomic
def council_member_add(
    *, council: Council, actor, full_name: str, role: str = CouncilRole.MEMBER, workplace: str = "",
    academic_title: str = "", display_order: int | None = None,
) -> tuple[CouncilMember, list[str]]:
    """Add a member; a person listed twice, or a second chair/secretary, is refused. Returns (member, warnings)."""
    require(actor, CHANGE, council)
    full_name = " ".join((full_name or "").split())
    if not full_name:
        raise ValidationError("Phải ghi họ và tên thành viên hội đồng.")
    if role not in CouncilRole.values:
        raise ValidationError(f"Vai trò không hợp lệ: {role}.")
    if council.members.filter(name_key=fold(full_name)).exists():
        raise ValidationError(f"{full_name} đã có trong danh sách hội đồng: mỗi người chỉ được ghi một lần.")
    if role in (CouncilRole.CHAIR, CouncilRole.SECRETARY) and council.members.filter(role=role).exists():
        raise ValidationError(f"Hội đồng đã có {CouncilRole(role).label.lower()}.")
    if display_order is None:
        display_order = (council.members.aggregate(m=Max("display_order"))["m"] or 0) + 1
    member = CouncilMember(
        organisation=council.organisation, council=council, full_name=full_name, role=role, workplace=workplace.strip(),
        academic_title=academic_title.strip(), display_order=display_order,
    )
    _full_clean(member, exclude=("name_key",))
    try:
        with transaction.atomic():
            member.save()
    except IntegrityError:
        raise ValidationError(f"{full_name} đã có trong danh sách hội đồng: mỗi người chỉ được ghi một lần.") from None
    warnings = council_member_warnings(member)
    record_event(organisation=council.organisation, kind="COUNCIL_MEMBER_ADDED", subject=council, actor=_user(actor),
                 member=full_name, role=role, warnings=warnings)
    return member, warnings


# what a member's score form edits: a score saved meanwhile by someone else refuses this one (core.concurrency)
MEMBER_SCORE_FIELDS = ("score", "evaluation", "comment")


@transaction.atomic
def council_member_evaluate(*, member: CouncilMember, actor, score=None, evaluation: str = "", comment: str = "",
                            version: str | None = None) -> CouncilMember:
    require(actor, CHANGE, member)
    check_form_version(version, member, fields=MEMBER_SCORE_FIELDS, message=STALE_INLINE_MESSAGE)
    if score not in (None, ""):
        try:
            score = Decimal(str(score).replace(",", "."))
        except InvalidOperation:
            raise ValidationError(f"Điểm không phải là số: «{score}».") from None
    else:
        score = None
    if evaluation and evaluation not in Grade.values:
        raise ValidationError(f"Đánh giá không hợp lệ: {evaluation}.")
    member.score, member.evaluation, member.comment = score, evaluation, comment
    _full_clean(member, exclude=("name_key",))
    member.save()
    record_event(organisation=member.organisation, kind="COUNCIL_MEMBER_EVALUATED", subject=member.council,
                 actor=_user(actor), member=member.full_name)
    return member


@transaction.atomic
def council_member_delete(*, actor, obj: CouncilMember) -> None:
    """Remove a member listed by mistake (before the meeting's conclusion is recorded)."""
    member = obj
    require(actor, DELETE, member)
    if member.council.conclusion:
        raise ValidationError("Hội đồng đã có kết luận: không thể bớt thành viên.")
    record_event(organisation=member.organisation, kind="COUNCIL_MEMBER_REMOVED", subject=member.council,
                 actor=_user(actor), member=member.full_name)
    member.delete()


@transaction.atomic
def council_conclude(*, council: Council, actor, meeting_date: dt.date, conclusion: str, grade: str = "") -> Council:
    """Record the meeting and its conclusion; the average of the members' scores is kept with it."""
    require(actor, CHANGE, council)
    _check_date(meeting_date, "Ngày họp")
    if not conclusion.strip():
        raise ValidationError("Phải ghi kết luận của hội đồng.")
    if grade and grade not in workflow_for(council.organisation).grades:
        raise ValidationError(f"Xếp loại «{grade}» không dùng ở tổ chức này.")
    council.meeting_date, council.conclusion, council.grade = meeting_date, conclusion.strip(), grade
    scores = [m.score for m in council.members.all() if m.score is not None]
    council.average_score = (sum(scores) / len(scores)).quantize(Decimal("0.01")) if scores else None
    _full_clean(council)
    council.save()
    record_event(organisation=council.organisation, kind="COUNCIL_CONCLUDED", subject=council, actor=_user(actor),
                 meeting_date=meeting_date.isoformat(), grade=grade)
    return council


# --- money ------------------------------------------------------------------------------------------------------

MONEY_STATES = (
    S.CONTRACTED, S.IN_PROGRESS, S.SUSPENDED, S.DOSSIER_SUBMITTED, S.BASE_ACCEPTED, S.ACCEPTED, S.NOT_PASSED,
    S.RECOGNISED, S.REGISTERED, S.LIQUIDATED, S.STOPPED, S.ASSETS_HANDLED,
)


def money_totals(task: ScienceTask) -> dict[str, int]:
    totals = {kind: 0 for kind in MoneyKind.values}
    for row in task.money.values("kind").annotate(total=Sum("amount")):
        totals[row["kind"]] = row["total"] or 0
    return totals


@transaction.atomic
def money_entry_add(
    *, task: ScienceTask, actor, kind: str, date: dt.date, amount, tranche: int | None = None,
    budget_year: int | None = None, document_number: str = "", settle_by: dt.date | None = None, note: str = "",
) -> MoneyEntry:
    """Record an advance (by tranche), a payment, a settlement of advances, a reduction or a recovery.

    Once the contract is liquidated (thanh lý hợp đồng) no money goes out any more: an advance dated on or after
    the liquidation, or a payment after it, is refused; settlements, reductions and recoveries still are recorded."""
    task = ScienceTask.objects.select_for_update(of=("self",)).select_related("organisation", "managing_unit") \
        .get(pk=task.pk)
    require(actor, ADD, MoneyEntry(organisation=task.organisation, task=task))
    if kind not in MoneyKind.values:
        raise ValidationError(f"Loại khoản kinh phí không hợp lệ: {kind}.")
    amount = parse_amount(amount, allow_zero=False)
    _check_date(date, "Ngày")
    if task.state not in MONEY_STATES:
        raise ValidationError(
            f"Nhiệm vụ đang ở trạng thái «{task.get_state_display()}»: chỉ ghi kinh phí sau khi ký hợp đồng."
        )
    liquidated_on = liquidation_date(task)
    if liquidated_on and kind in (MoneyKind.ADVANCE, MoneyKind.PAYMENT) and (
            date > liquidated_on or (kind == MoneyKind.ADVANCE and date == liquidated_on)):
        raise ValidationError(
            f"Hợp đồng đã thanh lý ngày {_vn(liquidated_on)}: không thể ghi {MoneyKind(kind).label.lower()} "
            f"ngày {_vn(date)}. Sau thanh lý chỉ còn ghi quyết toán, giảm trừ hoặc thu hồi kinh phí."
        )
    totals = money_totals(task)
    if kind == MoneyKind.SETTLEMENT:
        outstanding = totals[MoneyKind.ADVANCE] - totals[MoneyKind.SETTLEMENT]
        if amount > outstanding:
            raise ValidationError(
                f"Số quyết toán ({amount:,}) vượt số tạm ứng chưa thanh toán ({outstanding:,} đồng).".replace(",", ".")
            )
    if kind in (MoneyKind.ADVANCE, MoneyKind.PAYMENT) and task.contract_value:
        ceiling = task.contract_value - totals[MoneyKind.REDUCTION]
        paid = totals[MoneyKind.ADVANCE] + totals[MoneyKind.PAYMENT] - totals[MoneyKind.RECOVERY]
        if paid + amount > ceiling:
            raise ValidationError(
                f"Tổng cấp phát ({paid + amount:,}) vượt giá trị hợp đồng sau giảm trừ ({ceiling:,} đồng).".replace(",", ".")
            )
    if kind == MoneyKind.ADVANCE:
        if tranche is None:
            tranche = (task.money.filter(kind=MoneyKind.ADVANCE).aggregate(m=Max("tranche"))["m"] or 0) + 1
        if settle_by is None:
            days = int(task.organisation.setting("sciencetasks.advance_settlement_days", 90))
            settle_by = date + dt.timedelta(days=days)
    entry = MoneyEntry(
        organisation=task.organisation, task=task, kind=kind, tranche=tranche, date=date,
        budget_year=budget_year or date.year, amount=amount, document_number=document_number, settle_by=settle_by,
        note=note,
    )
    _full_clean(entry)
    entry.save()
    record_event(organisation=task.organisation, kind=f"SCIENCETASK_MONEY_{kind.upper()}", subject=task,
                 actor=_user(actor), amount=amount, date=date.isoformat(), entry_id=entry.pk)
    return entry


def liquidation_date(task: ScienceTask) -> dt.date | None:
    """The day the contract was liquidated: its step, or (a task entered as already liquidated) its state date."""
    step = task.steps.filter(kind=K.LIQUIDATE).order_by("date", "id").first()
    if step is not None:
        return step.date
    if task.state in (S.LIQUIDATED, S.ASSETS_HANDLED):
        return task.state_since
    return None


@transaction.atomic
def money_entry_delete(*, actor, obj: MoneyEntry) -> None:
    """Remove a money entry recorded by mistake (a unit head's or a leader's act)."""
    entry = obj
    require(actor, DELETE, entry)
    record_event(organisation=entry.organisation, kind="SCIENCETASK_MONEY_DELETED", subject=entry.task,
                 actor=_user(actor), amount=entry.amount, kind_deleted=entry.kind, date=entry.date.isoformat())
    entry.delete()
