"""Search respects the marks a user typed: without marks it ignores diacritics ("nam" finds "nấm", "năm", "Nam");
with marks it matches them exactly ("nấm" finds "nấm" only). One search box groups the results of every module."""
import datetime as dt

import pytest
from django.urls import reverse

from core.management.commands.rebuild_search_text import rebuild_search_text
from core.models import Unit
from core.testing import login, make_unit
from core.text import search_index, text_matches


@pytest.fixture
def marked_units(tenants):
    names = {"nam": "Trại giống nấm rơm", "year": "Kế hoạch năm", "place": "Chi nhánh Quảng Nam",
             "plain": "Phong nam khong dau"}
    return {key: make_unit(tenants.org, f"u-{key}", name=name) for key, name in names.items()}


def _found(tenants, query):
    return set(Unit.objects.restrict(tenants.director).search(query).values_list("code", flat=True)) - {"qlkh", "vp"}


def test_query_without_marks_ignores_diacritics(tenants, marked_units):
    assert _found(tenants, "nam") == {"u-nam", "u-year", "u-place", "u-plain"}
    assert _found(tenants, "NAM") == _found(tenants, "nam")


def test_query_with_marks_matches_those_marks(tenants, marked_units):
    # "nấm" no longer finds "năm" or "Nam"; text typed without any marks stays findable
    assert _found(tenants, "nấm") == {"u-nam", "u-plain"}
    assert _found(tenants, "Năm") == {"u-year", "u-plain"}
    assert _found(tenants, "Quảng Nam") == {"u-place"}
    assert _found(tenants, "nấm rơm") == {"u-nam"}


def test_list_screen_and_api_use_the_same_rule(client, tenants, marked_units):
    login(client, tenants.director)
    response = client.get(reverse("core:unit_list"), {"q": "nấm"})
    assert {u.code for u in response.context["table"].data} == {"u-nam", "u-plain"}
    response = client.get("/api/units/", {"q": "nấm"})
    assert {row["code"] for row in response.json()["results"]} == {"u-nam", "u-plain"}


def test_rows_stored_before_the_marks_are_found_folded_until_rebuilt(tenants, marked_units):
    from core.text import fold

    Unit.objects.filter(code="u-year").update(search_text=fold("Kế hoạch năm"))  # as stored before
    assert "u-year" in _found(tenants, "nấm")
    assert rebuild_search_text() >= 1
    assert "u-year" not in _found(tenants, "nấm") and rebuild_search_text() == 0  # idempotent


def test_python_rule_for_lists_without_search_text():
    assert text_matches("nam", "Báo cáo năm 2025") and not text_matches("nấm", "Báo cáo năm 2025")
    assert search_index("Nấm") != search_index("Nam")


@pytest.mark.django_db
def test_one_search_box_groups_results_by_module(client, tenants):
    from directives.services import assigned_task_create
    from sciencetasks.models import ScienceTask

    assigned_task_create(actor=tenants.director, text="Khảo sát trại nấm rơm", lead_unit=tenants.unit,
                         assigned_on=dt.date(2026, 11, 2), due_date=dt.date(2026, 12, 20))
    assigned_task_create(actor=tenants.director, text="Tổng kết năm 2026", lead_unit=tenants.unit,
                         assigned_on=dt.date(2026, 11, 2), due_date=dt.date(2026, 12, 20))
    ScienceTask.objects.create(organisation=tenants.org, code="QT-NAM", title="Nghiên cứu trồng nấm linh chi",
                               short_name="Nấm linh chi", managing_unit=tenants.unit, start_year=2025)
    login(client, tenants.staff)
    html = client.get(reverse("core:search"), {"q": "nấm"}).content.decode()
    assert 'data-search-group="Tất cả nhiệm vụ"' in html and 'data-search-group="Danh sách nhiệm vụ"' in html
    assert "Khảo sát trại nấm rơm" in html and "Tổng kết năm 2026" not in html
    assert "Nấm linh chi" in html or "Nghiên cứu trồng nấm linh chi" in html
    html = client.get(reverse("core:search"), {"q": "nam"}).content.decode()
    assert "Khảo sát trại nấm rơm" in html and "Tổng kết năm 2026" in html
    html = client.get(reverse("core:search"), {"q": "không có chữ này"}).content.decode()
    assert "Không tìm thấy kết quả nào" in html
    assert 'id="global-search"' in html  # the box is on every page


@pytest.mark.django_db
def test_a_group_counts_up_to_the_cap_and_then_says_more(client, tenants, monkeypatch):
    from core.views import search
    from directives.services import assigned_task_create

    for number in range(4):
        assigned_task_create(actor=tenants.director, text=f"Kiểm tra đo lường đợt {number + 1}", lead_unit=tenants.unit,
                             assigned_on=dt.date(2026, 11, 2), due_date=dt.date(2026, 12, 20))
    login(client, tenants.staff)
    monkeypatch.setattr(search, "COUNT_CAP", 3)
    html = client.get(reverse("core:search"), {"q": "đo lường"}).content.decode()
    assert "Tìm thấy hơn 3 kết quả" in html and "Xem tất cả kết quả (hơn 3)" in html
    monkeypatch.setattr(search, "COUNT_CAP", 4)
    html = client.get(reverse("core:search"), {"q": "đo lường"}).content.decode()
    assert "Tìm thấy 4 kết quả" in html and "hơn" not in html.split('id="search-total"')[1][:200]
    assert '<span class="badge text-bg-secondary">4</span>' in html and "Xem tất cả" not in html
