"""Parameter fuzz over every list screen and API list of the URLconf (issue 10, "Done means"): as a leader and as a
staff member of the demo, junk in per_page, page, year, q, sort/ordering and in every filter of the page's
filterset. Never a 5xx; a bad value answers 4xx (a Vietnamese 400 with the message) or is ignored.

Bounded: by default one junk value per (route, parameter, role), rotating (about 800 requests per role);
SOKHCN_FUZZ_FULL=1 tries every value everywhere (about 4.000 per role). Prints the counts (`-s` shows them).
"""
from __future__ import annotations

import os

import pytest
from django.db import transaction
from django.test import Client

from core.models import Membership
from core.registry import app_modules
from core.testing import walk_urls

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

ROLES = {"leader": "giamdoc", "staff": "chuyenvien.qlkh"}
GENERIC = {
    "per_page": ["-5", "0", "abc", "1" * 25],
    "page": ["-1", "0", "abc", "9" * 25],
    "year": ["99999", "0", "-1", "abc", "1e5"],
    "q": ["nấm", "%", "' OR 1=1 --", "\x00", "a" * 3000],
    "sort": ["-khong-co", "__class__"],
    "ordering": ["-khong-co", "__class__"],
}
FILTER_JUNK = ["abc", "-1", "9" * 25, "2026-13-45", "\x00", "🙂"]


def list_routes():
    """(path, filter names) for every parameterless screen that lists (ObjectListView / FilterView) and every API
    list route."""
    from django_filters.views import FilterView

    routes = []
    for route, pattern in walk_urls():
        if "<" in route or "(?P" in route or route.startswith("quan-tri/"):
            continue
        path = "/" + route.replace("^", "").replace("$", "")
        callback = pattern.callback
        view_class = getattr(callback, "view_class", None)
        viewset = getattr(callback, "cls", None)
        if view_class is not None and issubclass(view_class, FilterView):
            filterset = getattr(view_class, "filterset_class", None)
            routes.append((path, sorted(filterset.base_filters) if filterset else []))
        elif viewset is not None and getattr(callback, "actions", {}).get("get") == "list":
            filterset = getattr(viewset, "filterset_class", None)
            names = sorted(filterset.base_filters) if filterset else list(getattr(viewset, "filterset_fields", []) or [])
            routes.append((path, names))
        elif view_class is not None and not path.startswith("/api/") and pattern.name in SCREENS_WITH_PARAMETERS:
            routes.append((path, SCREENS_WITH_PARAMETERS[pattern.name]))
    return routes


# Screens that read parameters themselves (not through a filterset).
SCREENS_WITH_PARAMETERS = {
    "board": ["year", "all"], "year_stats": ["year", "to"], "calendar": ["thang", "unit"], "summary": [],
}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            for module in app_modules("demo"):
                module.load()
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


def cases(routes, full: bool):
    """Every junk value everywhere when `full` (SOKHCN_FUZZ_FULL=1, ~4.000 requests per role); otherwise each
    (route, parameter) gets one junk value, rotating through the list so that every value is tried on many routes."""
    turn = 0
    for path, filters in routes:
        parameters = [(name, values) for name, values in GENERIC.items()] + [(name, FILTER_JUNK) for name in filters]
        for name, values in parameters:
            chosen = values if full else [values[turn % len(values)]]
            turn += 1
            for value in chosen:
                yield path, {name: value}


@pytest.mark.parametrize("role", list(ROLES))
def test_no_parameter_gives_a_server_error(demo, role):
    membership = Membership.objects.select_related("organisation").get(user__username=ROLES[role])
    client = Client(raise_request_exception=False)
    client.force_login(membership.user)
    session = client.session
    session["organisation_id"] = membership.organisation_id
    session.save()
    routes = list_routes()
    assert len(routes) >= 40, routes
    failures, requests = [], 0
    full = bool(os.environ.get("SOKHCN_FUZZ_FULL"))
    for path, params in cases(routes, full):
        requests += 1
        response = client.get(path, params)
        if response.status_code >= 500:
            failures.append(f"{response.status_code} {path}?{params!r}")
    print(f"\nparameter fuzz ({role}): {len(routes)} routes, {requests} requests, {len(failures)} answers ≥ 500")
    assert requests > (3000 if full else 600)
    assert failures == [], "\n".join(failures)
