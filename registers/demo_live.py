"""The demo's rolling layer for registers: a radiation licence that expires 30 days after `load_demo` runs.

Invented facility and number (noted on the record); the dates move with the day; a second run writes nothing.
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction

from core.models import Organisation, Unit
from core.seeding import upsert
from registers.choices import FacilityKind, LicenceKind, LicenceStatus
from registers.models import RadiationFacility, RadiationLicence

EXPIRES_IN_DAYS = 30
LICENCE_YEARS = 5
NOTE = "Dữ liệu minh họa: cơ sở và số giấy phép do hệ thống đặt; ngày hết hạn tính theo ngày nạp dữ liệu mẫu."
LICENSING_UNITS = ("qlcn-dmst", "qlcn")  # the unit that licenses radiation work in the demo organisations


@transaction.atomic
def load(*, today: dt.date, stdout=None):
    for organisation in Organisation.objects.filter(code__in=("quang-tri", "bac-kan", "ninh-thuan")):
        unit = Unit.objects.filter(organisation=organisation, code__in=LICENSING_UNITS).first()
        if unit is None:
            continue
        facility, _ = upsert(RadiationFacility, {"organisation": organisation, "name": "Phòng khám đa khoa Hòa An"},
                             {"unit": unit, "kind": FacilityKind.MEDICAL, "note": NOTE,
                              "owner": "Công ty TNHH Y tế Hòa An (minh họa)"})
        expires_on = today + dt.timedelta(days=EXPIRES_IN_DAYS)
        issued_on = expires_on - dt.timedelta(days=365 * LICENCE_YEARS)
        upsert(RadiationLicence, {"organisation": organisation, "number": "99/GP-SKHCN-MH"}, {
            "unit": unit, "facility": facility, "kind": LicenceKind.NEW, "status": LicenceStatus.ISSUED,
            "work": "Sử dụng thiết bị X-quang chẩn đoán trong y tế", "received_on": issued_on - dt.timedelta(days=20),
            "issued_on": issued_on, "expires_on": expires_on, "note": NOTE,
        })
