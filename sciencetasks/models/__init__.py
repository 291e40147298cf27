from .councils import Council, CouncilMember
from .money import MoneyEntry
from .tasks import ScienceTask, TaskDocument, TaskStep

__all__ = ["Council", "CouncilMember", "MoneyEntry", "ScienceTask", "TaskDocument", "TaskStep"]
