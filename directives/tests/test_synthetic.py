"""generate_data's directives part: realistic follow-up (almost everything done in the end, only recent work open)."""
import datetime as dt
import random

import pytest
from django.utils import timezone

from core.testing import make_member, make_organisation, make_unit
from directives import synthetic
from directives.models import AssignedTask


def generate(code, seed):
    organisation = make_organisation(code)
    for unit_code in ("vp", "qlkh", "tdc"):
        make_unit(organisation, unit_code)
    make_member(organisation, f"{code}-gd", ["giam_doc"])
    synthetic.generate(organisation=organisation, years=3, rng=random.Random(seed))
    return AssignedTask.objects.filter(organisation=organisation)


@pytest.mark.django_db
def test_generated_tasks_are_followed_up_like_real_ones(monkeypatch):
    monkeypatch.setattr(synthetic, "TASKS_PER_YEAR", 400)
    tasks = generate("syn-a", 11)
    today = timezone.localdate()
    total = tasks.count()
    assert total == 1200
    assert not tasks.filter(assigned_on__gt=today).exists()
    old_open = tasks.filter(assigned_on__lt=today - dt.timedelta(days=250), completed_on__isnull=True,
                            cancelled_on__isnull=True)
    assert old_open.count() == 0  # nothing piles up as overdue for ever
    cancelled = tasks.filter(cancelled_on__isnull=False).count()
    assert 0.005 * total <= cancelled <= 0.05 * total
    completed = list(tasks.filter(completed_on__isnull=False))
    late = [t for t in completed if t.effective_deadline(t.completed_on) and t.completed_on > t.effective_deadline()]
    assert 0.8 * total <= len(completed) and 0.04 <= len(late) / len(completed) <= 0.2
    assert all(t.explanation for t in late)
    assert all(t.assigned_on <= t.completed_on <= today for t in completed)


@pytest.mark.django_db
def test_generation_is_deterministic_from_the_seed(monkeypatch):
    monkeypatch.setattr(synthetic, "TASKS_PER_YEAR", 100)
    fields = ("assigned_on", "due_date", "completed_on", "cancelled_on", "extended_to", "explanation")
    first = list(generate("syn-b", 5).order_by("id").values_list(*fields))
    second = list(generate("syn-c", 5).order_by("id").values_list(*fields))
    assert first == second
