"""What S&T tasks put on the home page: the unit's tasks whose acceptance dossier is due within 30 days."""
from __future__ import annotations

import datetime as dt

from core.queues import UNIT, WorkItem
from sciencetasks import selectors

ACCEPTANCE_WINDOW_DAYS = 30


def items(membership, today: dt.date) -> list[WorkItem]:
    units = membership.scope_unit_ids()
    if not units:
        return []
    mine = selectors.science_task_list(membership=membership).filter(managing_unit_id__in=units)
    rows = []
    for task in selectors.acceptance_due(queryset=mine, today=today, days=ACCEPTANCE_WINDOW_DAYS):
        end = task.current_end or task.planned_end
        overdue = end < today
        rows.append(WorkItem(
            queue=UNIT, kind="Nhiệm vụ KH&CN đến hạn nghiệm thu", title=str(task), url=task.get_absolute_url(),
            detail=(f"Hết hạn hợp đồng {end:%d/%m/%Y}: "
                    + ("đã quá hạn, cần nộp hồ sơ nghiệm thu." if overdue else "chuẩn bị hồ sơ nghiệm thu.")),
            due=end, tone="danger" if overdue else "warning",
        ))
    return rows
