"""Which tasks a year manages: those closed before the year and those rejected by its end are left out, whatever
the other organisations hold (the exclusions are one list of the organisation's steps, not a probe per task)."""
import datetime as dt

import pytest

from sciencetasks import selectors
from sciencetasks.choices import StepKind as K

from .factories import MAIN_WALK, make_setup, make_task, walk

pytestmark = pytest.mark.django_db


def _codes(organisation, year, date_to=None):
    return set(selectors.managed_tasks(organisation=organisation, year=year, date_to=date_to)
               .values_list("code", flat=True))


def test_closed_before_the_year_and_rejected_tasks_are_not_managed():
    organisation, unit, _ = make_setup()
    walk(make_task(organisation, unit, code="CLOSED", start_year=2022), MAIN_WALK)  # registered… by June 2022
    walk(make_task(organisation, unit, code="RUNNING", start_year=2022), MAIN_WALK[:7])
    walk(make_task(organisation, unit, code="REJECTED", start_year=2023), [(K.DETERMINE, {}), (K.REJECT, {})],
         start=dt.date(2023, 2, 1))
    assert _codes(organisation, 2022) == {"CLOSED", "RUNNING"}
    assert _codes(organisation, 2023) == {"RUNNING"}
    assert _codes(organisation, 2023, date_to=dt.date(2023, 2, 15)) == {"RUNNING", "REJECTED"}  # not yet rejected
    figures = selectors.managed_figures(organisation=organisation, year=2023)
    assert (figures["managed"], figures["carried_over"], figures["new"]) == (1, 1, 0)


def test_another_organisations_steps_do_not_leave_a_task_out():
    organisation, unit, _ = make_setup()
    other, other_unit, _ = make_setup("org-st-2")
    walk(make_task(organisation, unit, code="RUNNING", start_year=2022), MAIN_WALK[:7])
    walk(make_task(other, other_unit, code="RUNNING", start_year=2022), MAIN_WALK)
    assert _codes(organisation, 2023) == {"RUNNING"} and _codes(other, 2023) == set()
