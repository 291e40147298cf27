from .base import OrganisationScopedModel, OrganisationScopedQuerySet, SearchableModel, TimeStampedModel
from .calendar import CalendarFeed
from .events import DomainEvent
from .jobs import Job
from .organisations import Organisation, Unit
from .people import Membership, User
from .reminders import ReminderLog
from .security import LoginFailureCounter

__all__ = [
    "CalendarFeed",
    "DomainEvent",
    "Job",
    "LoginFailureCounter",
    "Membership",
    "Organisation",
    "OrganisationScopedModel",
    "OrganisationScopedQuerySet",
    "ReminderLog",
    "SearchableModel",
    "TimeStampedModel",
    "Unit",
    "User",
]
