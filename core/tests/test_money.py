"""Amounts typed and shown as Vietnamese write them (1.200.000.000), in every money field."""
import pytest
from django import forms

from core.money import MoneyField, MoneyInput, is_money_field, parse_money


@pytest.mark.parametrize("typed, amount", [
    ("1.200.000.000", 1_200_000_000), ("1200000000", 1_200_000_000), ("1 200 000 000", 1_200_000_000),
    ("1.200.000.000 đồng", 1_200_000_000), ("45.998.409đ", 45_998_409), ("0", 0), ("", None), (500, 500),
])
def test_amounts_are_read_as_written(typed, amount):
    assert parse_money(typed) == amount


@pytest.mark.parametrize("typed", ["1.200.000.000,5", "12.34", "1,2 tỷ", "abc", "1.2000.000"])
def test_bad_amounts_get_a_vietnamese_message(typed):
    field = MoneyField(label="Tổng kinh phí (đồng)")
    with pytest.raises(forms.ValidationError) as error:
        field.clean(typed)
    assert "Số tiền" in error.value.messages[0]


def test_the_input_shows_dots_and_is_not_a_number_input():
    html = MoneyInput().render("budget_total", 1_200_000_000)
    assert 'value="1.200.000.000"' in html and 'type="text"' in html and 'inputmode="numeric"' in html


def test_every_amount_of_the_models_gets_the_money_field():
    from django.apps import apps

    money = [f"{m._meta.label}.{f.name}" for m in apps.get_models() for f in m._meta.fields if is_money_field(f)]
    assert "sciencetasks.ScienceTask.budget_total" in money and "registers.Inspection.fine_amount" in money
    assert not any(name.endswith("_year") for name in money)


@pytest.mark.django_db
def test_science_task_form_takes_the_amount_as_typed(tenants):
    from sciencetasks.forms import MoneyForm, ScienceTaskForm

    form = ScienceTaskForm(membership=tenants.director)
    assert isinstance(form.fields["budget_total"], MoneyField)
    form = ScienceTaskForm(data={"budget_total": "1.200.000.000", "budget_state": "1.000.000.000",
                                 "budget_other": "200.000.000"}, membership=tenants.director)
    form.is_valid()
    assert form.cleaned_data["budget_total"] == 1_200_000_000
    assert "budget_total" not in form.errors
    money = MoneyForm(data={"kind": "advance", "date": "01/02/2025", "amount": "45.998.409"})
    money.is_valid()
    assert money.cleaned_data["amount"] == 45_998_409


@pytest.mark.django_db
def test_register_fine_is_typed_with_dots(client, tenants):
    from django.urls import reverse

    from core.testing import login

    login(client, tenants.director)
    html = client.get(reverse("registers:inspection_add")).content.decode()
    assert 'name="fine_amount"' in html and 'data-money' in html and 'type="number" name="fine_amount"' not in html


def test_amounts_per_year_are_typed_one_year_a_line():
    from core.money import YearAmountsField

    field = YearAmountsField(required=False)
    assert field.clean("2023: 500.000.000\n2024: 300.000.000") == {"2023": 500_000_000, "2024": 300_000_000}
    assert field.prepare_value({"2023": 500_000_000}) == "2023: 500.000.000"
    with pytest.raises(forms.ValidationError, match="năm: số tiền"):
        field.clean('{"2023": 500000000}')


@pytest.mark.django_db
def test_science_task_form_shows_no_dict_on_the_page(client, tenants):
    from django.urls import reverse

    from core.testing import login
    from tests.pagecheck import leaks

    login(client, tenants.director)
    html = client.get(reverse("sciencetasks:sciencetask_add")).content.decode()
    assert 'name="budget_state_by_year"' in html and "2023: 500.000.000" in html
    assert not [leak for leak in leaks(html) if leak.startswith("dict")]
