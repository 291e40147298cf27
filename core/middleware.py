"""Attach the user's current organisation membership to each request (the organisation switcher)."""
from core.permissions import resolve_membership

SESSION_KEY = "organisation_id"


class OrganisationMiddleware:
    """Sets `request.membership`: the user's membership in the organisation chosen in the session.

    API requests authenticated by token are resolved again in the API layer (DRF authenticates later).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.membership = None
        if request.user.is_authenticated:
            request.membership = resolve_membership(request.user, organisation_id=request.session.get(SESSION_KEY))
        return self.get_response(request)


class BadParameterMiddleware:
    """A query parameter no screen can use (`?per_page=-5`, `?year=99999`, `?unit=abc`) answers 400 with its
    Vietnamese message (`core.params.BadParameter`), on the site's own page instead of a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from django.shortcuts import render

        from core.params import BadParameter

        if isinstance(exception, BadParameter):
            return render(request, "400.html", {"message": str(exception)}, status=400)
        return None
