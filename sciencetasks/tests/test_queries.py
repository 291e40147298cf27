"""Query counts: the list page, the API list, the board and the yearly figures do not grow with the data (no N+1)."""
import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.testing import login
from sciencetasks import selectors
from sciencetasks.choices import MoneyKind
from sciencetasks.services import money_entry_add

from .factories import MAIN_WALK, make_setup, make_task, walk, system

pytestmark = pytest.mark.django_db

# session, user, membership…, the filter form's unit choices, count, page (see the growth test for the N+1 check)
LIST_PAGE_QUERIES = 8
API_LIST_QUERIES = 5
YEAR_STATS_QUERIES = 6  # managed tasks, events, proposals, councils, money, late advances


def _add_tasks(organisation, unit, first: int, count: int):
    for number in range(first, first + count):
        task = make_task(organisation, unit, code=f"Q{number:03d}", state="in_progress")
        if number % 2:
            money_entry_add(task=task, actor=system(task), kind=MoneyKind.ADVANCE, date=dt.date(2022, 2, 1), amount=1_000_000)


def _queries(function) -> int:
    with CaptureQueriesContext(connection) as queries:
        function()
    return len(queries)


@pytest.fixture
def filled(client):
    organisation, unit, head = make_setup()
    login(client, head)
    walk(make_task(organisation, unit, code="Q000"), MAIN_WALK[:7])
    _add_tasks(organisation, unit, 1, 2)
    return organisation, unit


def test_query_counts_do_not_grow_with_the_number_of_tasks(client, filled):
    organisation, unit = filled
    screens = {
        "list": lambda: client.get(reverse("sciencetasks:sciencetask_list")),
        "api": lambda: client.get("/api/science-tasks/"),
        "board": lambda: client.get(reverse("sciencetasks:board")),
        "year_stats": lambda: selectors.year_stats(organisation=organisation, year=2023),
        "late_advances": lambda: selectors.unsettled_advances(organisation=organisation, today=dt.date(2023, 6, 1)),
    }
    small = {name: _queries(function) for name, function in screens.items()}
    _add_tasks(organisation, unit, 3, 12)
    assert {name: _queries(function) for name, function in screens.items()} == small


def test_query_counts_are_pinned(client, filled, django_assert_max_num_queries, django_assert_num_queries):
    organisation, _ = filled
    with django_assert_max_num_queries(LIST_PAGE_QUERIES):
        response = client.get(reverse("sciencetasks:sciencetask_list"))
    assert response.status_code == 200 and "Q002" in response.content.decode()
    with django_assert_max_num_queries(API_LIST_QUERIES):
        response = client.get("/api/science-tasks/")
    assert response.json()["count"] == 3
    with django_assert_num_queries(YEAR_STATS_QUERIES):
        stats = selectors.year_stats(organisation=organisation, year=2023)
    assert stats["managed"] == 3 and stats["late_advances"] == 1
    with django_assert_num_queries(1):
        late = selectors.unsettled_advances(organisation=organisation, today=dt.date(2023, 6, 1))
    assert [row["code"] for row in late] == ["Q001"]


def test_the_home_page_reads_only_the_late_advances_it_shows(filled, django_assert_num_queries):
    organisation, unit = filled
    _add_tasks(organisation, unit, 3, 12)
    every = selectors.unsettled_advances(organisation=organisation, today=dt.date(2023, 6, 1))
    assert len(every) > 2
    with django_assert_num_queries(1):
        first = selectors.unsettled_advances(organisation=organisation, today=dt.date(2023, 6, 1), limit=2)
    assert first == every[:2]
