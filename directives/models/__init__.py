from .briefings import Briefing, BriefingReport
from .documents import SourceDocument, normalise_number
from .tasks import AssignedTask, Extension, ProgressUpdate

__all__ = ["AssignedTask", "Briefing", "BriefingReport", "Extension", "ProgressUpdate", "SourceDocument",
           "normalise_number"]
