"""'Nhiệm vụ của tôi': tasks I carry out or lead, each once, counted without a DISTINCT over every column."""
import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.testing import TenantFixture
from directives import selectors, services


@pytest.fixture
def tenants(db):
    return TenantFixture()


def test_mine_holds_what_i_carry_out_or_lead_each_once(tenants):
    today = timezone.localdate()

    def task(text, **people):
        return services.assigned_task_create(actor=tenants.director, text=text, lead_unit=tenants.unit,
                                             assigned_on=today, due_date=today + dt.timedelta(days=9), **people)

    both = task("Cả hai", assignees=[tenants.staff, tenants.head], leader=tenants.staff)
    carried = task("Thực hiện", assignees=[tenants.staff])
    led = task("Phụ trách", leader=tenants.staff)
    task("Của người khác", assignees=[tenants.head])
    mine = selectors.assigned_task_list(membership=tenants.staff, scope="mine")
    assert sorted(mine.values_list("pk", flat=True)) == sorted([both.pk, carried.pk, led.pk])
    with CaptureQueriesContext(connection) as queries:
        assert mine.count() == 3
    assert "DISTINCT" not in queries.captured_queries[-1]["sql"].upper()
