"""API routes of this app: (prefix, viewset, basename). Collected by sokhcn/urls.py."""
from .views import MembershipViewSet, OrganisationViewSet, UnitViewSet

ROUTES = [
    ("organisations", OrganisationViewSet, "organisation"),
    ("units", UnitViewSet, "unit"),
    ("people", MembershipViewSet, "membership"),
]
