"""The counting rules of docs/directives.md, as plain functions on dates.

Models use them for one task (status, effective deadline); `directives.selectors` states the same rules as SQL
conditions for the period figures (`_scope_q`, `_bucket_q`), and tests/test_summary_sql.py checks both against a
plain reading of the documentation on random data.

- effective deadline as of D: the original due date, or the new date of an extension approved on or before
  the deadline in force at the time of approval (so the first extension must be approved on or before the
  original due date) and on or before D;
- status as of D: cancelled (cancelled on or before D) / completed before, on, after the effective deadline
  (completed on or before D) / not completed: without deadline, overdue (deadline before D), due soon (within
  N days), not yet due.
"""
from __future__ import annotations

import datetime as dt

from directives.choices import TaskStatus

DEFAULT_SOON_DAYS = 7


def effective_deadline(due_date: dt.date | None, extended_to: dt.date | None, extended_since: dt.date | None,
                       as_of: dt.date | None = None) -> dt.date | None:
    """`extended_to`/`extended_since`: the counted extension (new date, approval date), kept on the task."""
    if due_date is None:
        return None
    if extended_to and extended_since and (as_of is None or extended_since <= as_of):
        return extended_to
    return due_date


def status_on(*, as_of: dt.date, deadline: dt.date | None, completed_on: dt.date | None,
              cancelled_on: dt.date | None, soon_days: int = DEFAULT_SOON_DAYS) -> str:
    if cancelled_on and cancelled_on <= as_of:
        return TaskStatus.DA_HUY
    if completed_on and completed_on <= as_of:
        if deadline is None or completed_on == deadline:
            return TaskStatus.HOAN_THANH_DUNG_HAN
        return TaskStatus.HOAN_THANH_TRUOC_HAN if completed_on < deadline else TaskStatus.HOAN_THANH_QUA_HAN
    if deadline is None:
        return TaskStatus.KHONG_THOI_HAN
    if deadline < as_of:
        return TaskStatus.QUA_HAN
    if (deadline - as_of).days <= soon_days:
        return TaskStatus.SAP_DEN_HAN
    return TaskStatus.CHUA_DEN_HAN


def in_scope(*, date_from: dt.date, date_to: dt.date, assigned_on: dt.date, deadline: dt.date | None,
             completed_on: dt.date | None, cancelled_on: dt.date | None) -> bool:
    """Assigned within the period, due within it, or assigned earlier and still open at `date_from`."""
    if date_from <= assigned_on <= date_to:
        return True
    if deadline is not None and date_from <= deadline <= date_to:
        return True
    if assigned_on < date_from:
        done_before = completed_on is not None and completed_on < date_from
        cancelled_before = cancelled_on is not None and cancelled_on < date_from
        return not done_before and not cancelled_before
    return False


def figure_of(*, date_to: dt.date, deadline: dt.date | None, completed_on: dt.date | None,
              cancelled_on: dt.date | None) -> tuple[str, bool]:
    """(bucket, late) at `date_to`: bucket is cancelled | completed | overdue_not_completed | in_progress."""
    if cancelled_on and cancelled_on <= date_to:
        return "cancelled", False
    if completed_on and completed_on <= date_to:
        return "completed", bool(deadline and completed_on > deadline)
    if deadline is not None and deadline < date_to:
        return "overdue_not_completed", False
    return "in_progress", False
