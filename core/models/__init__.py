from .base import OrganisationScopedModel, OrganisationScopedQuerySet, SearchableModel, TimeStampedModel
from .events import DomainEvent
from .organisations import Organisation, Unit
from .people import Membership, User

__all__ = [
    "DomainEvent",
    "Membership",
    "Organisation",
    "OrganisationScopedModel",
    "OrganisationScopedQuerySet",
    "SearchableModel",
    "TimeStampedModel",
    "Unit",
    "User",
]
