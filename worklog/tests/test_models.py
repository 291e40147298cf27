"""The work-log entry's own rules, and the copy of the former register "Hoạt động của đơn vị"."""
import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError

from core.permissions import system_membership
from core.testing import make_organisation, make_unit
from worklog.legacy import copy_activities, kind_for
from worklog.models import WorkLogEntry
from worklog.services import entry_create


@pytest.fixture
def org_unit(db):
    org = make_organisation("wl-a")
    return org, make_unit(org, "tt-ud", name="Trung tâm Ứng dụng tiến bộ KH&CN")


def _create(org, unit, **fields):
    return entry_create(actor=system_membership(org), unit=unit, **fields)


def test_an_entry_is_saved_with_its_links_and_history(org_unit):
    org, unit = org_unit
    entry = _create(org, unit, date=dt.date(2023, 5, 19), kind="advice", text="Tham mưu UBND tỉnh ban hành Quyết định",
                    document_number="1048/QĐ-UBND", document_date=dt.date(2023, 5, 19))
    assert entry.pk and entry.history.count() == 1
    assert WorkLogEntry.objects.search("quyet dinh").get() == entry  # diacritics ignored


@pytest.mark.parametrize("fields, field, message", [
    ({"date": dt.date(2024, 1, 10), "end_date": dt.date(2024, 1, 9)}, "end_date", "trước ngày bắt đầu"),
    ({"quantity": Decimal("2")}, "measure_unit", "đơn vị tính"),
    ({"quantity": Decimal("-1"), "measure_unit": "cuộc"}, "quantity", "số âm"),
    ({"document_date": dt.date(2024, 1, 2)}, "document_number", "số văn bản"),
    ({"register_id": 5}, "register_id", "cả loại sổ và bản ghi"),
])
def test_bad_input_is_refused_with_a_vietnamese_message_and_nothing_saved(org_unit, fields, field, message):
    org, unit = org_unit
    values = {"date": dt.date(2024, 1, 10), "kind": "other", "text": "Một việc", **fields}
    with pytest.raises(ValidationError) as error:
        _create(org, unit, **values)
    assert message in " ".join(error.value.message_dict[field])
    assert not WorkLogEntry.objects.exists()


def test_a_register_entry_of_another_organisation_cannot_be_linked(org_unit):
    from django.contrib.contenttypes.models import ContentType

    org, unit = org_unit
    other = make_organisation("wl-b")
    foreign = make_unit(other, "qlkh")
    with pytest.raises(ValidationError) as error:
        _create(org, unit, date=dt.date(2024, 1, 10), kind="other", text="Một việc",
                register_type=ContentType.objects.get_for_model(type(foreign)), register_id=foreign.pk)
    assert "Không tìm thấy bản ghi" in str(error.value)
    with pytest.raises(ValidationError) as error:  # a record that is not a register's (a unit) is no link either
        _create(org, unit, date=dt.date(2024, 1, 10), kind="other", text="Một việc",
                register_type=ContentType.objects.get_for_model(type(unit)), register_id=unit.pk)
    assert "Không tìm thấy bản ghi" in str(error.value)


@pytest.mark.parametrize("old_kind, section, kind", [
    ("tv_programme", "information", "communication"), ("news", "public_service", "communication"),
    ("service_output", "public_service", "public_service"), ("training", "technology", "training"),
    ("database", "public_service", "statistics"), ("event", "standards", "event"),
    ("other", "inspection", "inspection"), ("other", "general", "advice"), ("other", "office", "administration"),
    ("other", "science", "other"), ("other", "information", "communication"),
])
def test_former_activity_kinds_and_sections_map_to_one_work_kind(old_kind, section, kind):
    assert kind_for(old_kind, section) == kind


def test_the_copy_keeps_every_former_row(org_unit):
    org, unit = org_unit
    old = [
        SimpleNamespace(organisation_id=org.pk, unit_id=unit.pk, kind="service_output", section="public_service",
                        held_on=dt.date(2023, 1, 3), held_until=dt.date(2023, 8, 31),
                        text="Sản xuất giống nấm cung ứng cho các hộ nuôi trồng nấm", quantity=Decimal("2050"),
                        target=Decimal("4000"), measure_unit="kg", note="", search_text="san xuat giong nam"),
        SimpleNamespace(organisation_id=org.pk, unit_id=unit.pk, kind="other", section="inspection",
                        held_on=dt.date(2025, 2, 20), held_until=None, text="Thông báo kế hoạch thanh tra năm 2025",
                        quantity=None, target=None, measure_unit="", note="ghi chú", search_text=""),
    ]
    assert copy_activities(old, WorkLogEntry) == 2
    rows = list(WorkLogEntry.objects.order_by("date").values_list(
        "kind", "date", "end_date", "quantity", "planned_quantity", "measure_unit", "status", "note", "unit_id"))
    assert rows == [
        ("public_service", dt.date(2023, 1, 3), dt.date(2023, 8, 31), Decimal("2050"), Decimal("4000"), "kg", "done",
         "", unit.pk),
        ("inspection", dt.date(2025, 2, 20), None, None, None, "", "done", "ghi chú", unit.pk),
    ]
