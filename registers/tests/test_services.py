"""Bad input gives a Vietnamese message and saves nothing; the licence alert window (frozen clock)."""
import datetime as dt
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError

from core.models import DomainEvent
from core.permissions import system_membership
from registers import models as m
from registers.reminders import digest_items
from registers.selectors import licences_expiring
from registers.services import incident_timeline_add, register_record_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def facility(cast):
    return register_record_create(model=m.RadiationFacility, actor=system_membership(cast.org), unit=cast.unit, name="Bệnh viện A")


def licence(cast, facility, number="01/GP", issued=dt.date(2024, 1, 1), expires=dt.date(2027, 1, 1), **extra):
    return register_record_create(model=m.RadiationLicence, actor=system_membership(cast.org), unit=cast.unit, facility=facility,
                                  number=number, issued_on=issued, expires_on=expires, **extra)


def messages(exc) -> str:
    return " ".join(" ".join(v) for v in exc.value.message_dict.values())


def test_expiry_before_issue_is_refused(cast, facility):
    with pytest.raises(ValidationError) as exc:
        licence(cast, facility, issued=dt.date(2024, 5, 1), expires=dt.date(2024, 4, 1))
    assert "Ngày hết hạn phải sau ngày cấp." in messages(exc)
    assert not m.RadiationLicence.objects.exists()


def test_duplicate_licence_number_is_refused(cast, facility):
    licence(cast, facility, number="05/2024/GP")
    events = DomainEvent.objects.count()
    with pytest.raises(ValidationError) as exc:
        licence(cast, facility, number="05/2024/GP")
    assert "Số giấy phép “05/2024/GP” đã có trong sổ giấy phép." in messages(exc)
    assert m.RadiationLicence.objects.count() == 1 and DomainEvent.objects.count() == events


def test_same_licence_number_in_another_organisation_is_fine(cast, facility):
    licence(cast, facility, number="05/2024/GP")
    other_facility = register_record_create(model=m.RadiationFacility, actor=system_membership(cast.other_org),
                                            unit=cast.foreign_unit, name="Bệnh viện B")
    register_record_create(model=m.RadiationLicence, actor=system_membership(cast.other_org), unit=cast.foreign_unit,
                           facility=other_facility, number="05/2024/GP", issued_on=dt.date(2024, 1, 1),
                           expires_on=dt.date(2027, 1, 1))
    assert m.RadiationLicence.objects.count() == 2


def test_returned_dossier_needs_a_reason_but_no_number(cast, facility):
    with pytest.raises(ValidationError) as exc:
        licence(cast, facility, number="", expires=None, status="returned")
    assert "Ghi lý do trả lại hoặc từ chối hồ sơ." in messages(exc)
    licence(cast, facility, number="", expires=None, status="returned", return_reason="Thiếu thành phần hồ sơ")


def test_passed_plus_failed_above_total_is_refused(cast):
    with pytest.raises(ValidationError) as exc:
        register_record_create(model=m.VerificationRecord, actor=system_membership(cast.org), unit=cast.unit,
                               performed_on=dt.date(2024, 1, 5), instrument_type="can", facility="Chợ",
                               quantity=10, passed=8, failed=3)
    assert "Số đạt cộng số không đạt (11) vượt quá tổng số (10)." in messages(exc)
    assert not m.VerificationRecord.objects.exists()


def test_unknown_instrument_type_is_refused(cast):
    with pytest.raises(ValidationError) as exc:
        register_record_create(model=m.VerificationRecord, actor=system_membership(cast.org), unit=cast.unit,
                               performed_on=dt.date(2024, 1, 5), instrument_type="may-la", facility="Chợ", quantity=1)
    assert "instrument_type" in exc.value.message_dict
    assert not m.VerificationRecord.objects.exists()


def test_negative_amount_is_refused(cast):
    with pytest.raises(ValidationError) as exc:
        register_record_create(model=m.Inspection, actor=system_membership(cast.org), unit=cast.unit, topic="Thanh tra",
                               started_on=dt.date(2024, 1, 5), amount_reduced=Decimal(-1))
    assert "Không được là số âm." in messages(exc) or "Số tiền không được âm." in messages(exc)
    assert not m.Inspection.objects.exists()


def test_a_unit_of_another_organisation_is_refused(cast):
    with pytest.raises(ValidationError) as exc:
        register_record_create(model=m.RadiationFacility, actor=system_membership(cast.org), unit=cast.foreign_unit, name="X")
    assert "không thuộc tổ chức" in messages(exc)


def test_resolved_dossier_is_late_after_the_due_date(cast):
    procedure = register_record_create(model=m.Procedure, actor=system_membership(cast.org), unit=cast.unit, code="P", name="Thủ tục")
    dossier = register_record_create(model=m.ProcedureDossier, actor=system_membership(cast.org), unit=cast.unit, procedure=procedure,
                                     applicant="A", received_on=dt.date(2024, 1, 2), due_on=dt.date(2024, 1, 10),
                                     status="resolved", resolved_on=dt.date(2024, 1, 12))
    assert dossier.timeliness == "late"
    with pytest.raises(ValidationError) as exc:
        register_record_create(model=m.ProcedureDossier, actor=system_membership(cast.org), unit=cast.unit, procedure=procedure,
                               applicant="B", received_on=dt.date(2024, 1, 2), due_on=dt.date(2024, 1, 1))
    assert "Hạn trả kết quả không thể trước ngày tiếp nhận." in messages(exc)


def test_closing_step_closes_the_incident(cast):
    incident = register_record_create(model=m.RadiationIncident, actor=system_membership(cast.org), unit=cast.unit,
                                      title="Mất nguồn", occurred_on=dt.date(2024, 1, 3))
    incident_timeline_add(incident=incident, actor=system_membership(incident.organisation), happened_on=dt.date(2024, 1, 7), kind="closed", description="Kết thúc")
    incident.refresh_from_db()
    assert (incident.status, incident.closed_on) == ("closed", dt.date(2024, 1, 7))
    assert DomainEvent.objects.filter(kind="INCIDENT_EVENT_CREATED").count() == 1


@time_machine.travel(dt.date(2026, 11, 20), tick=False)
def test_licences_expiring_within_45_days(cast, facility):
    soon = licence(cast, facility, number="A", expires=dt.date(2027, 1, 4))  # 45 days ahead
    licence(cast, facility, number="B", expires=dt.date(2027, 1, 5))  # 46 days ahead
    licence(cast, facility, number="C", expires=dt.date(2026, 11, 19))  # already expired yesterday
    assert list(licences_expiring(organisation=cast.org)) == [soon]
    items = digest_items(unit=cast.unit, today=dt.date(2026, 11, 20))
    assert [item["title"] for item in items] == ["Giấy phép bức xạ A (Bệnh viện A) hết hạn ngày 04/01/2027"]
    assert items[0]["due"] == dt.date(2027, 1, 4)
    assert digest_items(unit=cast.other_unit, today=dt.date(2026, 11, 20)) == []


@time_machine.travel(dt.date(2026, 11, 20), tick=False)
def test_alert_window_is_configurable_per_organisation(cast, facility):
    licence(cast, facility, number="B", expires=dt.date(2027, 1, 5))
    assert licences_expiring(organisation=cast.org).count() == 0
    cast.org.settings = {"registers.licence_alert_days": 60}
    cast.org.save()
    assert licences_expiring(organisation=cast.org).count() == 1
