"""registers.figures from records made here: instruments itemised by activity and type, facility counts only
when the records name the facilities."""
import datetime as dt

import pytest

from core.testing import make_organisation, make_unit
from registers.choices import InstrumentType, VerificationActivity
from registers.figures import register_figures
from registers.models import VerificationRecord

pytestmark = pytest.mark.django_db
D = dt.date


def _record(org, unit, instrument, quantity, facility, activity=VerificationActivity.VERIFICATION, day=D(2023, 3, 1),
            description="Dịch vụ TĐC"):
    return VerificationRecord.objects.create(organisation=org, unit=unit, instrument_type=instrument, quantity=quantity,
                                             facility=facility, activity=activity, performed_on=day,
                                             description=description)


def test_instruments_of_three_types_are_itemised_and_summed_per_activity():
    org = make_organisation()
    unit = make_unit(org)
    _record(org, unit, InstrumentType.SCALE, 40, "Chợ A")
    _record(org, unit, InstrumentType.SCALE, 28, "Chợ B")
    _record(org, unit, InstrumentType.FUEL_DISPENSER, 140, "Cửa hàng C")
    _record(org, unit, InstrumentType.ELECTRICITY_METER, 1152, "Điện lực", activity=VerificationActivity.REFERENCE)
    _record(org, unit, InstrumentType.ELECTRICITY_METER, 9, "Điện lực", day=D(2023, 12, 1))  # outside the period
    figures = register_figures(organisation=org, date_from=D(2023, 1, 1), date_to=D(2023, 9, 30))
    assert [(line.activity, line.counted, line.quantity) for line in figures.verification_lines] == [
        ("Kiểm định", "chiếc cân", 68), ("Kiểm định", "cột xăng dầu", 140),
        ("Kiểm định đối chứng", "chiếc công tơ điện", 1152)]
    assert figures.instruments_verified == 1360
    assert figures.instrument_facilities == 4


def test_a_record_of_many_customers_leaves_the_facility_count_unknown():
    org = make_organisation()
    unit = make_unit(org)
    _record(org, unit, InstrumentType.OTHER, 51, "Khách hàng (tổng hợp tháng 02/2025)")
    _record(org, unit, InstrumentType.SCALE, 3, "Chợ A")
    figures = register_figures(organisation=org, date_from=D(2023, 1, 1), date_to=D(2023, 9, 30))
    assert figures.instruments_verified == 54
    assert figures.instrument_facilities == 0
