"""A task as the readers find it, before its deadline, coordinating units and people are read (`_finish_tasks`)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class TaskDraft:
    unit: str
    text: str
    start: int
    source: str
    leader: str | None = None
    deadline_source: str | None = None
    extra: dict = field(default_factory=dict)
