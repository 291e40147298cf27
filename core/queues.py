"""The home page's "what to do next": decisions waiting for a leader, each person's own work, their unit's work.

Each domain app may offer a `worklist.py` module with `items(membership, today) -> list[WorkItem]` built from its
selectors; the home page groups the items into queues, counts them and offers one-click decisions. The rows come
from the same selectors as the app's own screens, so a count here always matches the list it links to.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from core.registry import app_modules

DECIDE, MINE, UNIT = "decide", "mine", "unit"
QUEUES = {
    DECIDE: "Chờ bạn quyết định",
    MINE: "Việc của bạn",
    UNIT: "Việc của đơn vị",
}
#: at most this many rows per queue on the home page; the queue's count and its "Xem tất cả" link tell the rest
ROWS_PER_QUEUE = 8


@dataclass(frozen=True)
class Decision:
    """A one-click button: POST `fields` to `url` (the action endpoint the detail page uses too)."""

    label: str
    url: str
    fields: tuple[tuple[str, str], ...] = ()
    tone: str = "primary"


@dataclass(frozen=True)
class WorkItem:
    queue: str
    kind: str  # what it is, in Vietnamese ("Đề nghị gia hạn", "Nhiệm vụ quá hạn")
    title: str
    url: str
    detail: str = ""
    due: dt.date | None = None
    tone: str = "secondary"  # Bootstrap colour of the badge: danger (overdue), warning (due soon), info
    decisions: tuple[Decision, ...] = ()
    sort_key: tuple = field(default=(), compare=False)


@dataclass
class Queue:
    key: str
    title: str
    items: list[WorkItem]

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def shown(self) -> list[WorkItem]:
        return self.items[:ROWS_PER_QUEUE]

    @property
    def hidden(self) -> int:
        return max(0, self.count - ROWS_PER_QUEUE)

    @property
    def counts_by_kind(self) -> list[tuple[str, int]]:
        counts: dict[str, int] = {}
        for item in self.items:
            counts[item.kind] = counts.get(item.kind, 0) + 1
        return list(counts.items())


def worklist(membership, today: dt.date) -> list[Queue]:
    """The queues of one membership that have something in them, decisions first."""
    items: list[WorkItem] = []
    for module in app_modules("worklist"):
        items.extend(module.items(membership, today))
    queues = []
    for key, title in QUEUES.items():
        rows = sorted((item for item in items if item.queue == key),
                      key=lambda item: (item.due or dt.date.max, item.sort_key, item.title))
        if rows:
            queues.append(Queue(key=key, title=title, items=rows))
    return queues
