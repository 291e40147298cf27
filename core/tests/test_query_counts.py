"""The number of SQL queries of the main pages does not depend on the amount of data: the same pages for a
specialist and the director of an organisation with ten times the records of another issue the same queries."""
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import synthetic
from core.models import Membership
from core.testing import login
from directives import synthetic as directive_data
from directives.models import AssignedTask
from registers import synthetic as register_data
from sciencetasks import synthetic as science_data

STAFF_PAGES = ["/directives/cua-toi/", "/directives/don-vi/", "/directives/cua-toi/?status=qua_han",
               "/he-thong/tim-kiem/?q=bao+cao"]
DIRECTOR_PAGES = ["/directives/tong-hop/", "/sciencetasks/", "/registers/", "/reports/"]


def _organisation(index, scale, monkeypatch):
    """One generated organisation with `scale` × a minimal year of data (every page shows a full first page)."""
    monkeypatch.setattr(directive_data, "TASKS_PER_YEAR", 100 * scale)
    monkeypatch.setattr(science_data, "TASKS_PER_YEAR", 30 * scale)
    monkeypatch.setattr(register_data, "PER_YEAR", {model: max(1, count // 200) * scale if count > 12 else count
                                                    for model, count in register_data.PER_YEAR.items()})
    rng = random.Random(f"queries:{index}")
    organisation = synthetic.organisation_create(index=index, rng=rng)
    for module in (synthetic, directive_data, science_data, register_data):
        module.generate(organisation=organisation, years=1, rng=rng)
    members = Membership.objects.filter(organisation=organisation).order_by("id")
    staff = members.filter(roles__icontains="chuyen_vien", unit__code="qlkh").first()
    director = members.filter(roles__icontains="giam_doc").exclude(roles__icontains="pho").first()
    return staff, director


def _counts(client, member, pages):
    login(client, member)
    counts = {}
    for url in pages:
        client.get(url)  # warm caches that any server holds after its first request
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(queries)
    client.logout()
    return counts


@pytest.mark.slow
def test_page_queries_do_not_grow_with_the_data(client, db, monkeypatch):
    small_staff, small_director = _organisation(1, 1, monkeypatch)
    large_staff, large_director = _organisation(2, 10, monkeypatch)
    tasks = AssignedTask.objects.filter
    assert tasks(organisation=large_staff.organisation).count() == 10 * tasks(organisation=small_staff.organisation).count()
    assert _counts(client, large_staff, STAFF_PAGES) == _counts(client, small_staff, STAFF_PAGES)
    assert _counts(client, large_director, DIRECTOR_PAGES) == _counts(client, small_director, DIRECTOR_PAGES)


@pytest.mark.slow
def test_dashboard_queries_do_not_grow_with_the_data(client, db, monkeypatch):
    """Beyond a few dozen tasks the dashboard's capped lists also count what they do not show (one COUNT more
    than for a tiny organisation); from there on the number stays the same."""
    _, director = _organisation(1, 10, monkeypatch)
    _, larger_director = _organisation(2, 20, monkeypatch)
    assert _counts(client, larger_director, ["/"]) == _counts(client, director, ["/"])
