"""Closed periods' figures come from the cache until a write into the organisation (core.figure_cache)."""
import datetime as dt

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import figure_cache
from core.testing import make_unit
from directives import selectors as directive_selectors
from directives.figures import directive_figures
from directives.tests.factories import make_task
from registers.figures import register_figures
from sciencetasks.figures import science_figures

D = dt.date
CLOSED = dict(date_from=D(2023, 1, 1), date_to=D(2023, 12, 31))
ALL_CATEGORIES = ("giam_doc", "ubnd_tinh")


@pytest.fixture
def cache_on(settings):
    settings.FIGURE_CACHE = True


def _figures(organisation, **period):
    return directive_figures(organisation=organisation, categories=ALL_CATEGORIES, **(period or CLOSED))


def _write(captured, **kwargs):
    """A write whose transaction commits (the test's own transaction never does: run its on_commit callbacks)."""
    figure_cache.forget_pending()
    with captured(execute=True):
        return make_task(**kwargs)


def test_second_call_is_served_from_the_cache(tenants, cache_on, django_assert_num_queries,
                                              django_capture_on_commit_callbacks):
    _write(django_capture_on_commit_callbacks, actor=tenants.director, unit=tenants.unit, assigned_on=D(2023, 3, 1))
    first = _figures(tenants.org)
    assert first.totals.assigned == 1
    with django_assert_num_queries(0):
        assert _figures(tenants.org) == first


def test_a_write_into_the_closed_period_changes_the_next_result(tenants, cache_on,
                                                                django_capture_on_commit_callbacks):
    _write(django_capture_on_commit_callbacks, actor=tenants.director, unit=tenants.unit, assigned_on=D(2023, 3, 1))
    assert _figures(tenants.org).totals.assigned == 1
    _write(django_capture_on_commit_callbacks, actor=tenants.director, unit=tenants.unit, assigned_on=D(2023, 5, 1),
           text="Tham mưu kế hoạch năm")
    assert _figures(tenants.org).totals.assigned == 2


def test_a_renamed_unit_shows_in_the_next_result(tenants, cache_on, django_capture_on_commit_callbacks):
    """Not only the tasks: the records their lists print (a unit's name) invalidate too."""
    _write(django_capture_on_commit_callbacks, actor=tenants.director, unit=tenants.unit, assigned_on=D(2023, 3, 1))
    summary = directive_selectors.directive_summary(organisation=tenants.org, **CLOSED)
    assert list(summary["by_unit"]) == ["Phòng Quản lý khoa học"]
    figure_cache.forget_pending()
    with django_capture_on_commit_callbacks(execute=True):
        tenants.unit.name = "Phòng Quản lý khoa học và công nghệ"
        tenants.unit.save()
    summary = directive_selectors.directive_summary(organisation=tenants.org, **CLOSED)
    assert list(summary["by_unit"]) == ["Phòng Quản lý khoa học và công nghệ"]


def test_a_write_in_another_organisation_keeps_this_one_cached(tenants, cache_on, django_assert_num_queries,
                                                               django_capture_on_commit_callbacks):
    first = _figures(tenants.org)
    _write(django_capture_on_commit_callbacks, actor=tenants.foreign_director, unit=tenants.foreign_unit,
           assigned_on=D(2023, 3, 1))
    with django_assert_num_queries(0):
        assert _figures(tenants.org) == first
    assert _figures(tenants.other_org).totals.assigned == 1


def test_an_open_period_is_never_cached(tenants, cache_on):
    today = timezone.localdate()
    period = dict(date_from=today.replace(day=1), date_to=today)
    _figures(tenants.org, **period)
    with CaptureQueriesContext(connection) as queries:
        _figures(tenants.org, **period)
    assert len(queries) > 0


def test_a_rolled_back_write_leaves_the_next_write_invalidating(tenants, cache_on,
                                                                django_capture_on_commit_callbacks):
    """Django drops the callbacks of a rolled-back transaction; the next write must register its own."""
    from django.db import transaction

    assert _figures(tenants.org).totals.assigned == 0
    figure_cache.forget_pending()
    with pytest.raises(RuntimeError), transaction.atomic():
        make_unit(tenants.org, "tmp", name="Tạm")  # queues the organisation's invalidation, then rolls back
        raise RuntimeError
    with django_capture_on_commit_callbacks(execute=True):
        make_task(actor=tenants.director, unit=tenants.unit, assigned_on=D(2023, 3, 1))
    assert _figures(tenants.org).totals.assigned == 1


def test_what_a_person_may_see_is_part_of_the_key(tenants, cache_on, django_capture_on_commit_callbacks):
    _write(django_capture_on_commit_callbacks, actor=tenants.director, unit=tenants.unit, assigned_on=D(2023, 3, 1))
    _write(django_capture_on_commit_callbacks, actor=tenants.director, unit=tenants.other_unit,
           assigned_on=D(2023, 3, 1), text="Tổng hợp báo cáo")
    figure_cache.forget_pending()
    with django_capture_on_commit_callbacks(execute=True):
        tenants.org.members_read_all = False  # a specialist sees the tasks of their own unit only
        tenants.org.save()
    tenants.other_staff.organisation = tenants.org
    summary = directive_selectors.directive_summary
    assert summary(membership=tenants.director, **CLOSED)["assigned"] == 2
    assert summary(membership=tenants.other_staff, **CLOSED)["assigned"] == 1
    assert summary(membership=tenants.director, **CLOSED)["assigned"] == 2


def test_science_and_register_figures_are_cached(tenants, cache_on, django_assert_num_queries):
    science = science_figures(organisation=tenants.org, year=2023, date_to=D(2023, 12, 31))
    registers = register_figures(organisation=tenants.org, **CLOSED)
    with django_assert_num_queries(0):
        assert science_figures(organisation=tenants.org, year=2023, date_to=D(2023, 12, 31)) == science
        assert register_figures(organisation=tenants.org, **CLOSED) == registers


def test_a_per_process_cache_keeps_the_figure_cache_off(settings):
    """With LocMemCache each gunicorn worker would hold its own generation: a write in one would not reach the
    others, so the figures are not cached unless forced."""
    settings.FIGURE_CACHE = None
    with override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}):
        assert not figure_cache.enabled()
    with override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                               "LOCATION": "redis://127.0.0.1:6379/1"}}):
        assert figure_cache.enabled()


def test_a_report_being_written_keeps_the_figures_cached(tenants, cache_on, django_assert_num_queries,
                                                         django_capture_on_commit_callbacks):
    """Reports record domain events too; only the events of the figures' own records invalidate."""
    from core.models.events import record_event
    from core.permissions import system_membership
    from reports import services
    from reports.choices import ReportKind

    first = _figures(tenants.org)
    period = services.period_for(tenants.org, ReportKind.NINE_MONTHS, year=2023)
    figure_cache.forget_pending()
    with django_capture_on_commit_callbacks(execute=True):
        report = services.report_create(actor=system_membership(tenants.org), kind=ReportKind.NINE_MONTHS,
                                        period=period)
        record_event(organisation=tenants.org, kind="TEST", subject=report)
    with django_assert_num_queries(0):
        assert _figures(tenants.org) == first


def test_a_bulk_load_invalidates_every_organisation(tenants, cache_on, django_assert_num_queries,
                                                    django_capture_on_commit_callbacks):
    """generate_data (COPY, bulk_create: no signals) ends with invalidate_all()."""
    from directives.models import AssignedTask

    assert _figures(tenants.org).totals.assigned == 0
    task = AssignedTask(organisation=tenants.org, text="Nạp hàng loạt", lead_unit=tenants.unit,
                        assigned_on=D(2023, 3, 1))
    AssignedTask.objects.bulk_create([task])  # no signal: the cache does not know yet
    with django_assert_num_queries(0):
        assert _figures(tenants.org).totals.assigned == 0
    figure_cache.forget_pending()
    with django_capture_on_commit_callbacks(execute=True):
        figure_cache.invalidate_all()
    assert _figures(tenants.org).totals.assigned == 1


def test_work_log_figures_are_cached_until_an_entry_is_written(tenants, cache_on, django_assert_num_queries,
                                                               django_capture_on_commit_callbacks):
    from core.permissions import system_membership
    from worklog.figures import worklog_figures
    from worklog.services import entry_create

    period = dict(date_from=D(2023, 5, 1), date_to=D(2023, 5, 31), next_until=D(2023, 6, 30))
    actor = system_membership(tenants.org)
    figure_cache.forget_pending()
    with django_capture_on_commit_callbacks(execute=True):
        entry_create(actor=actor, unit=tenants.unit, date=D(2023, 5, 19), kind="advice", text="Tham mưu quy chế")
    first = worklog_figures(organisation=tenants.org, **period)
    assert [row.text for row in first.entries] == ["Tham mưu quy chế"]
    with django_assert_num_queries(0):
        assert worklog_figures(organisation=tenants.org, **period) == first
    figure_cache.forget_pending()
    with django_capture_on_commit_callbacks(execute=True):  # planned for the next period: the list changes too
        entry_create(actor=actor, unit=tenants.unit, date=D(2023, 6, 2), kind="council", text="Họp hội đồng",
                     status="planned")
    assert [row.text for row in worklog_figures(organisation=tenants.org, **period).planned] == ["Họp hội đồng"]
