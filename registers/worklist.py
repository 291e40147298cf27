"""What registers put on the home page: radiation licences of the unit that expire within the alert window."""
from __future__ import annotations

import datetime as dt

from core.queues import UNIT, WorkItem
from registers import selectors


def items(membership, today: dt.date) -> list[WorkItem]:
    units = membership.scope_unit_ids()
    if not units:
        return []
    expiring = selectors.licences_expiring(organisation=membership.organisation, membership=membership, today=today)
    return [
        WorkItem(
            queue=UNIT, kind="Giấy phép sắp hết hạn", title=f"Giấy phép {licence}",
            url=licence.get_absolute_url(),
            detail=f"Hết hạn ngày {licence.expires_on:%d/%m/%Y} (còn {(licence.expires_on - today).days:02d} ngày): "
                   "nhắc cơ sở nộp hồ sơ gia hạn.",
            due=licence.expires_on, tone="warning",
        )
        for licence in expiring.filter(unit_id__in=units)
    ]
