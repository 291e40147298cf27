"""Every write of the directives app: plain typed functions, one transaction each, rules checked, events recorded.

Screens, API, importer, management commands and demo data all call these, so each rule lives here once.
`actor` is a `core.Membership` (or the system membership of a management command).
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from core.models.events import record_event
from core.permissions import ADD, CHANGE, DELETE, require
from directives import rules
from directives.choices import DeadlineKind, ExtensionState, SourceType, TaskCategory
from directives.deadlines import Deadline, parse_deadline
from directives.models import AssignedTask, Briefing, BriefingReport, Extension, ProgressUpdate, SourceDocument

TASK_ASSIGNED = "TASK_ASSIGNED"
TASK_UPDATED = "TASK_UPDATED"
TASK_COMPLETED = "TASK_COMPLETED"
TASK_EXTENDED = "TASK_EXTENDED"
TASK_REASSIGNED = "TASK_REASSIGNED"
TASK_CANCELLED = "TASK_CANCELLED"
TASK_EXPLAINED = "TASK_EXPLAINED"
TASK_COMPLETION_CONFIRMED = "TASK_COMPLETION_CONFIRMED"
TASK_DELETED = "TASK_DELETED"
DOCUMENT_DELETED = "DOCUMENT_DELETED"
BRIEFING_DELETED = "BRIEFING_DELETED"
EXTENSION_REQUESTED = "EXTENSION_REQUESTED"
EXTENSION_REFUSED = "EXTENSION_REFUSED"
DOCUMENT_REGISTERED = "DOCUMENT_REGISTERED"
BRIEFING_HELD = "BRIEFING_HELD"

MSG_LATE_NEEDS_EXPLANATION = "Nhiệm vụ hoàn thành sau hạn ({deadline}): phải nhập giải trình nguyên nhân."
MSG_OVERDUE_NEEDS_EXPLANATION = "Nhiệm vụ đã quá hạn ({deadline}): phải nhập giải trình nguyên nhân."
MSG_NOT_A_LEADER = "Chỉ Giám đốc hoặc Phó Giám đốc Sở (hoặc người đã giao nhiệm vụ) mới được duyệt gia hạn."
MSG_LEADER_DECISION = ("Thay đổi thời hạn, hủy, giao lại hoặc xóa nhiệm vụ là quyết định của lãnh đạo Sở hoặc người "
                       "đã giao nhiệm vụ. Đơn vị có thể báo cáo tiến độ, báo hoàn thành hoặc đề nghị gia hạn.")

# the domain actions of the write gate (AssignedTask's policy: directives.models.tasks.TASK_LEADER_ACTIONS)
REPORT_PROGRESS = "report_progress"
COMPLETE = "complete"
EXPLAIN = "explain"
REQUEST_EXTENSION = "request_extension"
DECIDE_EXTENSION = "decide_extension"
CONFIRM_COMPLETION = "confirm_completion"
CHANGE_DEADLINE = "change_deadline"
CHANGE_LEAD_UNIT = "change_lead_unit"
CANCEL = "cancel"
MSG_UNPARSED = ("Không hiểu được thời hạn “{text}”. Hãy ghi theo cách thông dụng (ví dụ: “trước ngày 21/02/2025”, "
                "“trong tháng 3/2025”, “quý II/2025”) hoặc nhập hạn xử lý cụ thể.")


def _user(actor):
    return getattr(actor, "user", None)


def _require_decision(actor, action, task: AssignedTask, message: str = MSG_LEADER_DECISION) -> None:
    """The gate for a leader's decision on a task, with a message that says whose decision it is."""
    try:
        require(actor, action, task)
    except PermissionDenied:
        raise PermissionDenied(message) from None


def _today() -> dt.date:
    return timezone.localdate()


def _check_units(organisation, units: Iterable, field: str):
    for unit in units:
        if unit.organisation_id != organisation.pk:
            raise ValidationError({field: f"Đơn vị “{unit}” không thuộc {organisation}."})


# --- source documents ------------------------------------------------------------------------------------------

@transaction.atomic
def source_document_create(*, actor, doc_type: str, issued_on: dt.date, issuer: str, number: str = "",
                           summary: str = "", unit=None, attachment=None) -> SourceDocument:
    organisation = actor.organisation
    document = SourceDocument(organisation=organisation, doc_type=doc_type, number=number or "", issued_on=issued_on,
                              issuer=issuer, summary=summary, unit=unit)
    if attachment is not None:
        document.attachment = attachment
    require(actor, ADD, document if unit is not None else SourceDocument)
    document.full_clean(exclude=["search_text"])
    document.save()
    record_event(organisation=organisation, kind=DOCUMENT_REGISTERED, subject=document, actor=_user(actor),
                 number=document.number, doc_type=doc_type)
    return document


@transaction.atomic
def source_document_update(*, actor, document: SourceDocument, **fields) -> SourceDocument:
    require(actor, CHANGE, document)
    for name, value in fields.items():
        setattr(document, name, value)
    document.full_clean(exclude=["search_text"])
    document.save()
    return document


@transaction.atomic
def source_document_delete(*, actor, obj: SourceDocument) -> None:
    """A document still cited by tasks is protected (ProtectedError → "still referenced" on screen and API)."""
    require(actor, DELETE, obj)
    record_event(organisation=obj.organisation, kind=DOCUMENT_DELETED, subject=obj, actor=_user(actor),
                 reference=str(obj))
    obj.delete()


def source_document_find(*, organisation, number: str, issued_on: dt.date) -> SourceDocument | None:
    from directives.models import normalise_number

    number = normalise_number(number)
    if not number:
        return None
    return SourceDocument.objects.filter(organisation=organisation, number=number,
                                         issued_on__year=issued_on.year).first()


# --- tasks -----------------------------------------------------------------------------------------------------

def resolve_deadline(*, deadline_text: str = "", due_date: dt.date | None = None, reference_date: dt.date | None,
                     base_date: dt.date | None = None, allow_unparsed: bool = False) -> Deadline:
    """The deadline a task will carry: the phrase parsed, or an explicit date; an unparsed phrase is an error
    unless the caller keeps it flagged on purpose (or gives the due date)."""
    deadline_text = (deadline_text or "").strip()
    if deadline_text:
        deadline = parse_deadline(deadline_text, reference_date=reference_date, base_date=base_date)
        if due_date is not None and deadline.due_date != due_date:
            kind = deadline.kind if deadline.ok and deadline.due_date else DeadlineKind.DATE
            return Deadline(text=deadline_text, kind=kind, due_date=due_date, due_time=deadline.due_time,
                            start_date=deadline.start_date)
        if not deadline.ok and not allow_unparsed:
            raise ValidationError({"deadline_text": MSG_UNPARSED.format(text=deadline_text)})
        return deadline
    if due_date is not None:
        return Deadline(text=due_date.strftime("%d/%m/%Y"), kind=DeadlineKind.DATE, due_date=due_date)
    return Deadline(text="", kind=DeadlineKind.NONE, due_date=None)


def _apply_deadline(task: AssignedTask, deadline: Deadline) -> None:
    task.deadline_text = deadline.text
    task.deadline_kind = deadline.kind
    task.due_date = deadline.due_date
    task.due_time = deadline.due_time
    task.window_start = deadline.start_date
    task.is_series = deadline.recurring
    task.every = deadline.every or ""
    task.on_day = deadline.on_day
    task.on_month = deadline.on_month
    task.on_weekday = deadline.on_weekday


@transaction.atomic
def assigned_task_create(
    *, actor, text: str, lead_unit, assigned_on: dt.date, deadline_text: str = "", due_date: dt.date | None = None,
    source: SourceDocument | None = None, item_number: str = "", category: str = TaskCategory.GIAM_DOC,
    coordinating_units: Iterable = (), coordinating_text: str = "", leader=None, assignees: Iterable = (),
    briefing: Briefing | None = None, briefing_order: int = 0, allow_unparsed_deadline: bool = False,
    generate_until: dt.date | None = None,
) -> AssignedTask:
    """Assign a task. The deadline is read from the words ("trong tháng 3/2025"); a missing year is the source
    document's year. A recurring task becomes a series and its occurrences are created (to the end of the year)."""
    organisation = actor.organisation
    if lead_unit is None:
        raise ValidationError({"lead_unit": "Phải chọn đơn vị chủ trì."})
    coordinating_units = list(coordinating_units)
    assignees = list(assignees)
    _check_units(organisation, [lead_unit, *coordinating_units], "lead_unit")
    for person in assignees + ([leader] if leader else []):
        if person.organisation_id != organisation.pk:
            raise ValidationError({"assignees": f"“{person}” không thuộc {organisation}."})
    if not (text or "").strip():
        raise ValidationError({"text": "Phải nhập nội dung nhiệm vụ."})
    reference = source.issued_on if source else assigned_on
    deadline = resolve_deadline(deadline_text=deadline_text, due_date=due_date, reference_date=reference,
                                base_date=assigned_on, allow_unparsed=allow_unparsed_deadline)
    task = AssignedTask(
        organisation=organisation, text=text.strip(), lead_unit=lead_unit, assigned_on=assigned_on, source=source,
        item_number=item_number or "", category=category, coordinating_text=coordinating_text or "", leader=leader,
        briefing=briefing, briefing_order=briefing_order, assigned_by=actor if getattr(actor, "pk", None) else None,
    )
    _apply_deadline(task, deadline)
    require(actor, ADD, task)
    task.full_clean(exclude=["search_text"])
    task.save()
    if coordinating_units:
        task.coordinating_units.set(coordinating_units)
    if assignees:
        task.assignees.set(assignees)
    record_event(organisation=organisation, kind=TASK_ASSIGNED, subject=task, actor=_user(actor),
                 unit=lead_unit.pk, due=str(task.due_date or ""), deadline_text=task.deadline_text)
    if task.is_series:
        assigned_task_generate_occurrences(actor=actor, series=task, until=generate_until)
    return task


@transaction.atomic
def assigned_task_update(*, actor, task: AssignedTask, deadline_text: str | None = None,
                         due_date: dt.date | None = None, coordinating_units=None, assignees=None,
                         allow_unparsed_deadline: bool = False, **fields) -> AssignedTask:
    """Edit a task's own fields (text, item, category, leader…); the deadline is read again when it changes (a
    leader's or the assigner's decision)."""
    require(actor, CHANGE, task)
    if "lead_unit" in fields and fields["lead_unit"] != task.lead_unit:
        raise ValidationError({"lead_unit": "Đổi đơn vị chủ trì bằng chức năng “Giao lại”."})
    for name, value in fields.items():
        setattr(task, name, value)
    if deadline_text is not None and (deadline_text != task.deadline_text or due_date != task.due_date):
        _require_decision(actor, CHANGE_DEADLINE, task)
        reference = task.source.issued_on if task.source_id else task.assigned_on
        deadline = resolve_deadline(deadline_text=deadline_text, due_date=due_date, reference_date=reference,
                                    base_date=task.assigned_on, allow_unparsed=allow_unparsed_deadline)
        _apply_deadline(task, deadline)
    task.full_clean(exclude=["search_text"])
    task.save()
    if coordinating_units is not None:
        _check_units(task.organisation, coordinating_units, "coordinating_units")
        task.coordinating_units.set(coordinating_units)
    if assignees is not None:
        task.assignees.set(assignees)
    record_event(organisation=task.organisation, kind=TASK_UPDATED, subject=task, actor=_user(actor))
    return task


def occurrence_dates(*, every: str, start: dt.date, until: dt.date, on_day: int | None = None,
                     on_month: int | None = None, on_weekday: int | None = None) -> list[dt.date]:
    """Due dates of a recurring task between `start` and `until` (both included).

    week: the given weekday (Friday by default); month: the given day (last day by default, capped at the end
    of short months); quarter / half year: the given day of the period's last month (its last day by default);
    year: the given day and month (31/12 by default); day: every working day.
    """
    dates: list[dt.date] = []
    if until < start:
        return dates
    if every == "day":
        day = start
        while day <= until:
            if day.weekday() < 5:
                dates.append(day)
            day += dt.timedelta(days=1)
        return dates
    if every == "week":
        weekday = 4 if on_weekday is None else on_weekday
        day = start + dt.timedelta(days=(weekday - start.weekday()) % 7)
        while day <= until:
            dates.append(day)
            day += dt.timedelta(weeks=1)
        return dates
    step = {"month": 1, "quarter": 3, "half_year": 6, "year": 12}[every]
    year = start.year
    while True:
        if every == "month":
            months = [(year, m) for m in range(1, 13)]
        elif every == "year":
            months = [(year, on_month or 12)]
        else:
            months = [(year, m) for m in range(step, 13, step)]
        for y, m in months:
            last = calendar.monthrange(y, m)[1]
            day = dt.date(y, m, min(on_day or last, last))
            if start <= day <= until:
                dates.append(day)
        year += 1
        if dt.date(year, 1, 1) > until:
            break
    return dates


@transaction.atomic
def assigned_task_generate_occurrences(*, actor, series: AssignedTask, until: dt.date | None = None) -> int:
    """Create the occurrences of a recurring task after its last one, up to `until` (the end of the assignment
    year by default). Running it again creates nothing new. Returns how many were created."""
    require(actor, CHANGE, series)
    if not series.is_series:
        return 0
    until = until or dt.date(series.assigned_on.year, 12, 31)
    last = series.occurrences.order_by("-due_date").values_list("due_date", flat=True).first()
    start = max(series.assigned_on, last + dt.timedelta(days=1)) if last else series.assigned_on
    wanted = occurrence_dates(every=series.every, start=start, until=until, on_day=series.on_day,
                              on_month=series.on_month, on_weekday=series.on_weekday)
    created = []
    for due in wanted:
        occurrence = AssignedTask(
            organisation=series.organisation, text=series.text, lead_unit=series.lead_unit,
            assigned_on=series.assigned_on, source=series.source, item_number=series.item_number,
            category=series.category, leader=series.leader, series=series, coordinating_text=series.coordinating_text,
            deadline_text=f"{due:%d/%m/%Y} ({series.deadline_text})", deadline_kind=DeadlineKind.DATE, due_date=due,
        )
        occurrence.search_text = occurrence.build_search_text()
        created.append(occurrence)
    AssignedTask.objects.bulk_create(created)
    if created:
        record_event(organisation=series.organisation, kind=TASK_ASSIGNED, subject=series, actor=_user(actor),
                     occurrences=len(created))
    return len(created)


DEFAULT_OCCURRENCE_HORIZON_DAYS = 60


def occurrence_horizon(organisation, today: dt.date) -> dt.date:
    days = int(organisation.setting("directives.occurrence_horizon_days", DEFAULT_OCCURRENCE_HORIZON_DAYS))
    return today + dt.timedelta(days=days)


@transaction.atomic
def series_extend_all(*, actor, today: dt.date | None = None, until: dt.date | None = None) -> int:
    """Keep every running recurring task of the actor's organisation supplied with occurrences up to a horizon
    (`directives.occurrence_horizon_days` ahead, 60 by default), beyond the first year too. Run daily by
    `send_reminders` (or `generate_occurrences`); idempotent. Returns how many occurrences were created."""
    require(actor, ADD, AssignedTask)
    today = today or _today()
    until = until or occurrence_horizon(actor.organisation, today)
    running = (AssignedTask.objects.filter(organisation=actor.organisation, is_series=True, assigned_on__lte=until)
               .exclude(cancelled_on__lte=today).exclude(completed_on__lte=today).order_by("id"))
    return sum(assigned_task_generate_occurrences(actor=actor, series=series, until=until) for series in running)


@transaction.atomic
def task_progress_add(*, actor, task: AssignedTask, percent: int, note: str, reported_on: dt.date | None = None,
                      attachment=None, explanation: str = "") -> ProgressUpdate:
    """A progress report. On an overdue task the cause must be explained (here or earlier)."""
    require(actor, REPORT_PROGRESS, task)
    reported_on = reported_on or _today()
    _check_open(task)
    if not 0 <= int(percent) <= 100:
        raise ValidationError({"percent": "Tiến độ phải từ 0 đến 100%."})
    if not (note or "").strip():
        raise ValidationError({"note": "Phải nhập nội dung báo cáo tiến độ."})
    deadline = task.effective_deadline(reported_on)
    explanation = (explanation or "").strip()
    if deadline and deadline < reported_on and not (explanation or task.explanation.strip()):
        raise ValidationError({"explanation": MSG_OVERDUE_NEEDS_EXPLANATION.format(deadline=f"{deadline:%d/%m/%Y}")})
    update = ProgressUpdate(task=task, reported_on=reported_on, percent=percent, note=note.strip(),
                            author=actor if getattr(actor, "pk", None) else None)
    if attachment is not None:
        update.attachment = attachment
    update.full_clean()
    update.save()
    task.progress = percent
    if explanation:
        task.explanation = explanation
    task.save(update_fields=["progress", "explanation", "updated_at"])
    return update


def _check_open(task: AssignedTask) -> None:
    if task.cancelled_on:
        raise ValidationError("Nhiệm vụ đã bị hủy.")
    if task.completed_on:
        raise ValidationError("Nhiệm vụ đã hoàn thành.")
    if task.is_series:
        raise ValidationError("Đây là nhiệm vụ định kỳ: hãy cập nhật từng kỳ của nhiệm vụ.")


@transaction.atomic
def task_complete(*, actor, task: AssignedTask, completed_on: dt.date, result_document: str = "", result_file=None,
                  note: str = "", explanation: str = "") -> AssignedTask:
    """Mark a task done. Completed after its effective deadline → the explanation (giải trình) is required."""
    require(actor, COMPLETE, task)
    _check_open(task)
    if completed_on is None:
        raise ValidationError({"completed_on": "Phải nhập ngày hoàn thành."})
    explanation = (explanation or "").strip() or task.explanation.strip()
    deadline = task.effective_deadline(completed_on)
    late = bool(deadline and completed_on > deadline)
    if late and not explanation:
        raise ValidationError({"explanation": MSG_LATE_NEEDS_EXPLANATION.format(deadline=f"{deadline:%d/%m/%Y}")})
    task.completed_on = completed_on
    task.result_document = result_document or task.result_document
    if result_file is not None:
        task.result_file = result_file
    task.completion_note = note or task.completion_note
    task.explanation = explanation
    task.progress = 100
    task.full_clean(exclude=["search_text"])
    task.save()
    record_event(organisation=task.organisation, kind=TASK_COMPLETED, subject=task, actor=_user(actor),
                 completed_on=str(completed_on), late=late)
    return task


@transaction.atomic
def task_explain(*, actor, task: AssignedTask, explanation: str) -> AssignedTask:
    require(actor, EXPLAIN, task)
    if not (explanation or "").strip():
        raise ValidationError({"explanation": "Phải nhập nội dung giải trình."})
    task.explanation = explanation.strip()
    task.save(update_fields=["explanation", "updated_at"])
    record_event(organisation=task.organisation, kind=TASK_EXPLAINED, subject=task, actor=_user(actor))
    return task


@transaction.atomic
def task_confirm_completion(*, actor, task: AssignedTask, confirmed_on: dt.date | None = None) -> AssignedTask:
    """A leader (or the assigner) acknowledges the unit's report that the task is done. The figures count the
    completion date either way; the confirmation tells the unit its report was accepted."""
    require(actor, CONFIRM_COMPLETION, task)
    if task.completed_on is None:
        raise ValidationError("Nhiệm vụ chưa được báo cáo hoàn thành: chưa thể xác nhận.")
    if task.completion_confirmed_on is not None:
        raise ValidationError(f"Nhiệm vụ đã được xác nhận hoàn thành ngày {task.completion_confirmed_on:%d/%m/%Y}.")
    confirmed_on = confirmed_on or _today()
    if confirmed_on < task.completed_on:
        raise ValidationError("Ngày xác nhận không được trước ngày hoàn thành.")
    task.completion_confirmed_on = confirmed_on
    task.completion_confirmed_by = actor if getattr(actor, "pk", None) else None
    task.save(update_fields=["completion_confirmed_on", "completion_confirmed_by", "updated_at"])
    record_event(organisation=task.organisation, kind=TASK_COMPLETION_CONFIRMED, subject=task, actor=_user(actor),
                 confirmed_on=str(confirmed_on))
    return task


def _require_approver(actor, task: AssignedTask) -> None:
    """Extensions are decided by the Giám đốc / Phó Giám đốc, or by the member who assigned the task."""
    _require_decision(actor, DECIDE_EXTENSION, task, MSG_NOT_A_LEADER)
    if not (getattr(actor, "is_director", False) or task.access_policy.decides(actor, task)):
        raise PermissionDenied(MSG_NOT_A_LEADER)


@transaction.atomic
def extension_request(*, actor, task: AssignedTask, new_due_date: dt.date, reason: str,
                      requested_on: dt.date | None = None) -> Extension:
    require(actor, REQUEST_EXTENSION, task)
    _check_open(task)
    requested_on = requested_on or _today()
    current = task.effective_deadline(requested_on)
    if current is None:
        raise ValidationError({"new_due_date": "Nhiệm vụ không có thời hạn: không cần gia hạn."})
    if new_due_date <= current:
        raise ValidationError({"new_due_date": f"Hạn mới phải sau hạn hiện tại ({current:%d/%m/%Y})."})
    if not (reason or "").strip():
        raise ValidationError({"reason": "Phải nêu lý do đề nghị gia hạn."})
    extension = Extension.objects.create(task=task, requested_on=requested_on, new_due_date=new_due_date,
                                         reason=reason.strip(), requested_by=actor if getattr(actor, "pk", None) else None)
    record_event(organisation=task.organisation, kind=EXTENSION_REQUESTED, subject=task, actor=_user(actor),
                 new_due_date=str(new_due_date))
    return extension


@transaction.atomic
def extension_decide(*, actor, extension: Extension, approve: bool, note: str = "",
                     decided_on: dt.date | None = None, decided_by_name: str = "") -> Extension:
    """A leader approves or refuses. An approval counts for the figures only when given on or before the
    deadline then in force (docs/directives.md); a later approval is recorded but the task stays late."""
    task = extension.task
    _require_approver(actor, task)
    if extension.state != ExtensionState.PENDING:
        raise ValidationError("Đề nghị gia hạn này đã được xử lý.")
    decided_on = decided_on or _today()
    if decided_on < extension.requested_on:
        raise ValidationError({"decided_on": "Ngày duyệt không được trước ngày đề nghị."})
    extension.state = ExtensionState.APPROVED if approve else ExtensionState.REFUSED
    extension.decided_on = decided_on
    extension.decided_by = actor if getattr(actor, "pk", None) else None
    extension.decided_by_name = decided_by_name or (str(actor) if getattr(actor, "pk", None) else "")
    extension.decision_note = note or ""
    extension.save()
    counted = False
    if approve:
        current = task.effective_deadline(decided_on)
        if current is not None and decided_on <= current and not (task.completed_on and task.completed_on <= decided_on):
            task.extended_to = extension.new_due_date
            task.extended_since = decided_on
            task.save(update_fields=["extended_to", "extended_since", "updated_at"])
            counted = True
    record_event(organisation=task.organisation, kind=TASK_EXTENDED if approve else EXTENSION_REFUSED, subject=task,
                 actor=_user(actor), new_due_date=str(extension.new_due_date), counted=counted)
    return extension


@transaction.atomic
def assigned_task_extend(*, actor, task: AssignedTask, new_due_date: dt.date, reason: str,
                         on: dt.date | None = None) -> AssignedTask:
    """A leader extends directly (bulk extend): a request approved at once."""
    _require_approver(actor, task)
    extension = extension_request(actor=actor, task=task, new_due_date=new_due_date, reason=reason, requested_on=on)
    extension_decide(actor=actor, extension=extension, approve=True, decided_on=on)
    task.refresh_from_db()
    return task


@transaction.atomic
def task_reassign(*, actor, task: AssignedTask, lead_unit, reason: str, assignees: Iterable | None = None,
                  leader=None) -> AssignedTask:
    """Giao lại: another lead unit (and people). Only someone who may change the task, and the new unit must be
    one of the organisation's. A leader's (or the assigner's) decision."""
    _require_decision(actor, CHANGE_LEAD_UNIT, task)
    _check_units(task.organisation, [lead_unit], "lead_unit")
    if not (reason or "").strip():
        raise ValidationError({"reason": "Phải nêu lý do giao lại."})
    previous = task.lead_unit
    task.lead_unit = lead_unit
    if leader is not None:
        task.leader = leader
    task._change_reason = reason.strip()
    task.full_clean(exclude=["search_text"])
    task.save()
    if assignees is not None:
        task.assignees.set(list(assignees))
    record_event(organisation=task.organisation, kind=TASK_REASSIGNED, subject=task, actor=_user(actor),
                 from_unit=previous.pk, to_unit=lead_unit.pk, reason=reason.strip())
    return task


@transaction.atomic
def task_cancel(*, actor, task: AssignedTask, reason: str, cancelled_on: dt.date | None = None) -> AssignedTask:
    """Hủy: a leader's (or the assigner's) decision; the task leaves the counts."""
    _require_decision(actor, CANCEL, task)
    if task.cancelled_on:
        raise ValidationError("Nhiệm vụ đã bị hủy.")
    if task.completed_on:
        raise ValidationError("Nhiệm vụ đã hoàn thành: không thể hủy.")
    if not (reason or "").strip():
        raise ValidationError({"cancel_reason": "Phải nêu lý do hủy nhiệm vụ."})
    task.cancelled_on = cancelled_on or _today()
    task.cancel_reason = reason.strip()
    task.save(update_fields=["cancelled_on", "cancel_reason", "updated_at"])
    if task.is_series:
        task.occurrences.filter(completed_on__isnull=True, cancelled_on__isnull=True,
                                due_date__gte=task.cancelled_on).update(cancelled_on=task.cancelled_on,
                                                                         cancel_reason=task.cancel_reason)
    record_event(organisation=task.organisation, kind=TASK_CANCELLED, subject=task, actor=_user(actor),
                 reason=task.cancel_reason)
    return task


@transaction.atomic
def assigned_task_delete(*, actor, obj: AssignedTask) -> None:
    """Xóa: a leader's (or the assigner's) decision; the change log keeps the task's history."""
    _require_decision(actor, DELETE, obj)
    record_event(organisation=obj.organisation, kind=TASK_DELETED, subject=obj, actor=_user(actor), text=str(obj))
    obj.delete()


# --- weekly briefings -------------------------------------------------------------------------------------------

@transaction.atomic
def briefing_create(*, actor, year: int, week_number: int, held_on: dt.date, chair=None, participants: str = "",
                    opening: str = "", title: str = "Hội nghị trực báo") -> Briefing:
    require(actor, ADD, Briefing)
    briefing = Briefing(organisation=actor.organisation, year=year, week_number=week_number, held_on=held_on,
                        chair=chair, participants=participants, opening=opening, title=title)
    briefing.full_clean(exclude=["search_text"])
    briefing.save()
    record_event(organisation=briefing.organisation, kind=BRIEFING_HELD, subject=briefing, actor=_user(actor))
    return briefing


@transaction.atomic
def briefing_report_save(*, actor, briefing: Briefing, unit, last_week_results: str = "",
                         next_week_plan: str = "") -> BriefingReport:
    _check_units(briefing.organisation, [unit], "unit")
    report = BriefingReport.objects.filter(briefing=briefing, unit=unit).first() or BriefingReport(briefing=briefing,
                                                                                                    unit=unit)
    require(actor, CHANGE if report.pk else ADD, report)
    report.last_week_results = last_week_results
    report.next_week_plan = next_week_plan
    report.save()
    return report


def briefing_notice(*, actor, briefing: Briefing) -> SourceDocument:
    """The briefing's "Thông báo kết luận" (a source document without a number until it is issued)."""
    require(actor, CHANGE, briefing)
    if briefing.notice_id:
        return briefing.notice
    notice = SourceDocument(
        organisation=briefing.organisation, doc_type=SourceType.THONG_BAO_KET_LUAN, number="",
        issued_on=briefing.held_on, issuer="Giám đốc Sở",
        summary=f"Kết luận của Giám đốc Sở tại {briefing.title} tuần {briefing.week_number} năm {briefing.year}",
    )
    notice.full_clean(exclude=["search_text"])
    notice.save()
    briefing.notice = notice
    briefing.save(update_fields=["notice", "updated_at"])
    return notice


@transaction.atomic
def briefing_add_conclusion(*, actor, briefing: Briefing, lead_unit, text: str, deadline_text: str | None = None,
                            coordinating_units: Iterable = (), leader=None) -> AssignedTask:
    """A conclusion of the chair becomes a task (category "Giám đốc giao") from the briefing's notice; without
    explicit deadline words the deadline is looked for in the sentence itself."""
    from directives.deadlines import find_deadline

    require(actor, CHANGE, briefing)
    notice = briefing_notice(actor=actor, briefing=briefing)
    if deadline_text is None:
        found = find_deadline(text, reference_date=briefing.held_on)
        deadline_text = found.text if found else ""
    order = briefing.conclusions.count() + 1
    return assigned_task_create(
        actor=actor, text=text, lead_unit=lead_unit, assigned_on=briefing.held_on, deadline_text=deadline_text,
        source=notice, category=TaskCategory.GIAM_DOC, coordinating_units=coordinating_units, leader=leader,
        briefing=briefing, briefing_order=order,
    )


def soon_days(organisation) -> int:
    return int(organisation.setting("directives.due_soon_days", rules.DEFAULT_SOON_DAYS))


@transaction.atomic
def briefing_update(*, actor, briefing: Briefing, **fields) -> Briefing:
    require(actor, CHANGE, briefing)
    for name, value in fields.items():
        setattr(briefing, name, value)
    briefing.full_clean(exclude=["search_text"])
    briefing.save()
    return briefing


@transaction.atomic
def briefing_delete(*, actor, obj: Briefing) -> None:
    require(actor, DELETE, obj)
    record_event(organisation=obj.organisation, kind=BRIEFING_DELETED, subject=obj, actor=_user(actor),
                 title=str(obj))
    obj.delete()
