"""The demo's rolling layer for registers: a radiation licence that expires 30 days after `load_demo` runs, and
the administrative-procedure dossiers received in the last weeks (resolved on time, late, still being processed)
so the home page's TTHC card of the current year has figures.

Invented facility and number (noted on the record); the dates move with the day; a second run writes nothing.
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction

from core.models import Organisation, Unit
from core.seeding import upsert
from registers.choices import DossierStatus, FacilityKind, LicenceKind, LicenceStatus
from registers.models import Procedure, ProcedureDossier, RadiationFacility, RadiationLicence

EXPIRES_IN_DAYS = 30
LICENCE_YEARS = 5
NOTE = "Dữ liệu minh họa: cơ sở và số giấy phép do hệ thống đặt; ngày hết hạn tính theo ngày nạp dữ liệu mẫu."
LICENSING_UNITS = ("qlcn-dmst", "qlcn")  # the unit that licenses radiation work in the demo organisations
# (received days ago, due days after receipt, status, resolved days after receipt or None); received dates never
# fall before 1 January, so the card of the year counts them from the first day of the year
DOSSIERS = (
    (12, 7, DossierStatus.RESOLVED, 5),
    (9, 7, DossierStatus.RESOLVED, 7),
    (8, 5, DossierStatus.RESOLVED, 6),
    (3, 7, DossierStatus.PROCESSING, None),
    (2, 7, DossierStatus.AWAITING_SUPPLEMENT, None),
)


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
        _dossiers(organisation, unit, today)


def _dossiers(organisation, unit, today: dt.date) -> None:
    """The seed's own procedure when the organisation has one (its catalogue stays as the seed has it)."""
    procedure = Procedure.objects.filter(organisation=organisation).order_by("code", "id").first()
    if procedure is None:
        procedure, _ = upsert(Procedure, {"organisation": organisation, "code": "KHCN-DKKQ"}, {
            "unit": unit, "field": "Hoạt động khoa học và công nghệ", "time_limit_days": 7, "note": NOTE,
            "name": "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước"})
    first_of_year = dt.date(today.year, 1, 1)
    for number, (ago, due_in, status, resolved_in) in enumerate(DOSSIERS, start=1):
        received = max(today - dt.timedelta(days=ago), first_of_year)
        upsert(ProcedureDossier, {"organisation": organisation, "code": f"MH-TTHC-{number:02d}"}, {
            "unit": procedure.unit, "procedure": procedure, "applicant": "Tổ chức, cá nhân nộp hồ sơ (minh họa)",
            "received_on": received, "due_on": received + dt.timedelta(days=due_in), "status": status,
            "resolved_on": min(received + dt.timedelta(days=resolved_in), today) if resolved_in is not None else None,
            "note": NOTE,
        })
