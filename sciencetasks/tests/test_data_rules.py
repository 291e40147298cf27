"""S&T data that cannot be true is refused with a Vietnamese message, nothing saved (issue #11, fault 6); and a
unit head's new proposal belongs to her unit, so she can edit it and take its next steps."""
import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from core.testing import login
from sciencetasks.choices import Field, Level, MoneyKind, Origin, State, StepKind, TaskType
from sciencetasks.models import MoneyEntry, ScienceTask
from sciencetasks.services import money_entry_add, science_task_update

from .factories import MAIN_WALK, make_setup, make_task, system, walk

pytestmark = pytest.mark.django_db
K = StepKind


def form_data(unit=None, **changes):
    data = {"code": "BK-2026-01", "title": "Nghiên cứu phát triển cây dong riềng", "level": Level.TINH,
            "task_type": TaskType.DE_TAI, "field": Field.NONG_NGHIEP, "origin": Origin.DE_XUAT, "start_year": "2026",
            "budget_total": "1200000000", "budget_state": "1000000000", "budget_other": "100000000",
            "budget_state_by_year": "", "managing_unit": unit.pk if unit else ""}
    data.update(changes)
    return data


# -- budget --------------------------------------------------------------------------------------------------

def test_total_budget_must_equal_state_budget_plus_other_sources():
    organisation, unit, head = make_setup()
    with pytest.raises(ValidationError) as caught:
        make_task(organisation, unit, head, budget_total=1_200_000_000, budget_state=1_000_000_000,
                  budget_other=100_000_000)
    message = " ".join(caught.value.messages)
    assert "1.200.000.000" in message and "1.100.000.000" in message
    assert not ScienceTask.objects.exists()


def test_the_form_refuses_an_inconsistent_budget_beside_its_field(client):
    organisation, unit, head = make_setup()
    login(client, head)
    response = client.post(reverse("sciencetasks:sciencetask_add"), form_data(unit))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "budget_total" in errors and "1.100.000.000" in " ".join(errors["budget_total"])
    assert not ScienceTask.objects.exists()
    response = client.post(reverse("sciencetasks:sciencetask_add"), form_data(unit, budget_total="1100000000"))
    assert response.status_code == 302
    assert ScienceTask.objects.get().budget_total == 1_100_000_000


def test_an_edit_of_one_amount_that_breaks_the_sum_is_refused():
    organisation, unit, head = make_setup()
    task = make_task(organisation, unit, head)  # 1.000.000.000 = 800.000.000 + 200.000.000
    with pytest.raises(ValidationError):
        science_task_update(task=task, actor=head, values={"budget_state": 900_000_000})
    task.refresh_from_db()
    assert task.budget_state == 800_000_000


# -- money after liquidation ---------------------------------------------------------------------------------

def test_no_advance_or_payment_after_the_contract_is_liquidated():
    organisation, unit, head = make_setup()
    task = walk(make_task(organisation, unit, head), MAIN_WALK[:13], actor=head)
    assert task.state == State.LIQUIDATED
    liquidated_on = task.steps.get(kind=K.LIQUIDATE).date
    after = liquidated_on + dt.timedelta(days=3)
    for kind in (MoneyKind.ADVANCE, MoneyKind.PAYMENT):
        with pytest.raises(ValidationError) as caught:
            money_entry_add(task=task, actor=head, kind=kind, date=after, amount="10.000.000")
        assert "đã thanh lý ngày " + liquidated_on.strftime("%d/%m/%Y") in caught.value.messages[0]
    with pytest.raises(ValidationError):
        money_entry_add(task=task, actor=head, kind=MoneyKind.ADVANCE, date=liquidated_on, amount=1_000)
    assert not MoneyEntry.objects.exists()
    # history entered afterwards (an advance before the liquidation) and a recovery after it are fine
    money_entry_add(task=task, actor=head, kind=MoneyKind.ADVANCE, date=liquidated_on - dt.timedelta(days=30),
                    amount=5_000_000)
    money_entry_add(task=task, actor=head, kind=MoneyKind.RECOVERY, date=after, amount=1_000_000)
    assert MoneyEntry.objects.count() == 2


def test_the_money_form_shows_the_liquidation_refusal(client):
    organisation, unit, head = make_setup()
    task = walk(make_task(organisation, unit, head), MAIN_WALK[:13], actor=head)
    login(client, head)
    response = client.post(reverse("sciencetasks:money_add", args=[task.pk]),
                           {"kind": MoneyKind.ADVANCE, "date": dt.date.today().strftime("%d/%m/%Y"),
                            "amount": "10.000.000"}, follow=True)
    assert "Hợp đồng đã thanh lý ngày" in response.content.decode()
    assert not MoneyEntry.objects.exists()


# -- a unit head's proposal ----------------------------------------------------------------------------------

def test_a_unit_heads_new_proposal_defaults_to_her_unit_and_she_takes_its_next_steps(client):
    """bk.qlkh (Trưởng phòng QLKH) creates a proposal: "Phòng quản lý" defaults to her unit; then she edits it and
    the page offers the next steps (it showed "Các bước có thể thực hiện lúc này: —")."""
    organisation, unit, head = make_setup()
    login(client, head)
    page = client.get(reverse("sciencetasks:sciencetask_add"))
    assert page.context["form"]["managing_unit"].value() == unit.pk
    response = client.post(reverse("sciencetasks:sciencetask_add"), form_data(unit, budget_total="1100000000"))
    assert response.status_code == 302
    task = ScienceTask.objects.get()
    assert task.managing_unit == unit
    assert client.get(reverse("sciencetasks:sciencetask_edit", args=[task.pk])).status_code == 200
    detail = client.get(task.get_absolute_url())
    assert detail.context["may_change"] and "step_form" in detail.context
    assert K.DETERMINE in [value for value, _ in detail.context["step_form"].fields["kind"].choices]
    response = client.post(reverse("sciencetasks:step_add", args=[task.pk]),
                           {"kind": K.DETERMINE, "date": dt.date.today().strftime("%d/%m/%Y")})
    task.refresh_from_db()
    assert task.state == State.DETERMINED


def test_a_proposal_saved_without_a_unit_still_belongs_to_its_author(client):
    organisation, unit, head = make_setup()
    login(client, head)
    response = client.post(reverse("sciencetasks:sciencetask_add"), form_data(None, budget_total="1100000000"))
    assert response.status_code == 302
    task = ScienceTask.objects.get()
    assert task.managing_unit == unit
    science_task_update(task=task, actor=head, values={"note": "Đã bổ sung hồ sơ"})


def test_the_system_actor_records_for_every_unit():
    organisation, unit, head = make_setup()
    task = make_task(organisation, unit, system(organisation))
    assert task.managing_unit == unit
