from .base import OrganisationScopedModel, OrganisationScopedQuerySet, SearchableModel, TimeStampedModel
from .events import DomainEvent
from .jobs import Job
from .organisations import Organisation, Unit
from .people import Membership, User

__all__ = [
    "DomainEvent",
    "Job",
    "Membership",
    "Organisation",
    "OrganisationScopedModel",
    "OrganisationScopedQuerySet",
    "SearchableModel",
    "TimeStampedModel",
    "Unit",
    "User",
]
