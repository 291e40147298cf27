"""Xác nhận hoàn thành: a leader or the assigner acknowledges a unit's completion report, once."""
import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from core.testing import TenantFixture
from directives import services


@pytest.fixture
def tenants(db):
    return TenantFixture()


def _task(tenants):
    today = timezone.localdate()
    return services.assigned_task_create(actor=tenants.director, text="Rà soát thủ tục hành chính",
                                         lead_unit=tenants.unit, assigned_on=today - dt.timedelta(days=5),
                                         due_date=today + dt.timedelta(days=5))


def test_only_a_completed_task_is_confirmed_and_only_once(tenants):
    task = _task(tenants)
    with pytest.raises(ValidationError, match="chưa được báo cáo hoàn thành"):
        services.task_confirm_completion(actor=tenants.director, task=task)
    services.task_complete(actor=tenants.staff, task=task, completed_on=timezone.localdate())
    services.task_confirm_completion(actor=tenants.director, task=task)
    with pytest.raises(ValidationError, match="đã được xác nhận"):
        services.task_confirm_completion(actor=tenants.director, task=task)


def test_the_office_chief_who_follows_tasks_up_confirms(tenants):
    task = _task(tenants)
    services.task_complete(actor=tenants.staff, task=task, completed_on=timezone.localdate())
    services.task_confirm_completion(actor=tenants.office_chief, task=task)
    assert task.completion_confirmed_by == tenants.office_chief


@pytest.mark.parametrize("who", ["staff", "head", "other_staff", "clerk", "admin", "foreign_director"])
def test_the_unit_does_not_confirm_its_own_report(tenants, who):
    task = _task(tenants)
    services.task_complete(actor=tenants.staff, task=task, completed_on=timezone.localdate())
    with pytest.raises(PermissionDenied):
        services.task_confirm_completion(actor=getattr(tenants, who), task=task)
    task.refresh_from_db()
    assert task.completion_confirmed_on is None
