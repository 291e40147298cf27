"""The demo's rolling layer for registers: a radiation licence that expires 30 days after `load_demo` runs, and
the administrative-procedure dossiers received in the last weeks (resolved on time, late, still being processed)
so the home page's TTHC card of the current year has figures.

Then the month's work of a Sở, dated inside the period of the monthly report just ended (the reports' own period,
`reports.demo_live.period_just_ended`): the centre's verifications and test samples, a radiation licence issued, a
technology appraisal, an IP application guided, a conformity declaration acknowledged, a state check on
measurement, an inspection concluded and three TTHC dossiers resolved on time — what seeds 000 and 004 report
for a month, in modest numbers.

Invented facility and number (noted on the record); the dates move with the day; a second run writes nothing.
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction

from core.models import Organisation
from core.seeding import first_unit, upsert
from registers.choices import (
    CheckDomain, ConformityKind, DossierStatus, FacilityKind, InspectionKind, InstrumentType, IPKind, IPSupport,
    LicenceKind, LicenceStatus, OpinionKind, SampleKind, VerificationActivity,
)
from registers.models import (
    ComplianceCheck, ConformityDeclaration, Inspection, IPCase, Procedure, ProcedureDossier, RadiationFacility,
    RadiationLicence, TechnologyOpinion, TestSample, VerificationRecord,
)

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
        unit = first_unit(organisation, LICENSING_UNITS)
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
        _month_of_work(organisation, unit, today)


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


# --- the month just ended -----------------------------------------------------------------------------------------
STANDARDS_UNITS = ("tdc", "chi-cuc-tdc")
VERIFYING_UNITS = ("tt-ktdc", "chi-cuc-tdc")  # the centre (or the Chi cục) that verifies instruments and tests samples
MONTH_NOTE = "Dữ liệu minh họa: cơ sở, số văn bản và các ngày do hệ thống đặt trong kỳ báo cáo tháng vừa qua."
# (days after the period's first day, activity, instrument, customer, quantity, passed, failed)
VERIFICATIONS = (
    (3, VerificationActivity.VERIFICATION, InstrumentType.SCALE, "Ban quản lý chợ trung tâm (minh họa)", 24, 23, 1),
    (8, VerificationActivity.VERIFICATION, InstrumentType.BLOOD_PRESSURE, "Trung tâm Y tế huyện (minh họa)", 12, 12, 0),
    (15, VerificationActivity.VERIFICATION, InstrumentType.FUEL_DISPENSER,
     "Công ty Xăng dầu của tỉnh (minh họa)", 8, 8, 0),
)
# (days after the period's first day, kind, customer, samples)
SAMPLES = (
    (5, SampleKind.WATER, "Ban Quản lý các khu công nghiệp tỉnh (minh họa)", 12),
    (12, SampleKind.FOOD, "Cơ sở sản xuất thực phẩm (minh họa)", 8),
)
# (days after the period's first day, procedure's days to resolve)
MONTH_DOSSIERS = ((4, 5), (11, 6), (18, 3))


def _month_of_work(organisation, licensing_unit, today: dt.date) -> None:
    from reports.demo_live import day_in_period, period_just_ended

    period = period_just_ended(organisation, today)

    def day(offset: int) -> dt.date:
        return day_in_period(period, offset, today)

    place = organisation.place_name
    verifying = first_unit(organisation, VERIFYING_UNITS)
    if verifying is not None:
        for number, (offset, activity, instrument, customer, quantity, passed, failed) in enumerate(VERIFICATIONS, 1):
            upsert(VerificationRecord, {"organisation": organisation, "unit": verifying, "instrument_type": instrument,
                                        "note": f"{MONTH_NOTE} (KĐ-{number:02d})"}, {
                "performed_on": day(offset), "activity": activity, "facility": customer, "quantity": quantity,
                "passed": passed, "failed": failed, "description": "Kiểm định phương tiện đo nhóm 2 theo yêu cầu của "
                                                                   "tổ chức, cá nhân"})
        for number, (offset, kind, customer, quantity) in enumerate(SAMPLES, 1):
            upsert(TestSample, {"organisation": organisation, "unit": verifying, "kind": kind,
                                "note": f"{MONTH_NOTE} (TN-{number:02d})"}, {
                "received_on": day(offset), "customer": customer, "quantity": quantity, "passed": quantity,
                "failed": 0, "description": "Thử nghiệm mẫu theo hợp đồng dịch vụ"})
    facility, _ = upsert(RadiationFacility, {"organisation": organisation, "name": "Phòng khám đa khoa An Phước"}, {
        "unit": licensing_unit, "kind": FacilityKind.MEDICAL, "owner": "Công ty TNHH Y tế An Phước (minh họa)",
        "note": MONTH_NOTE})
    issued_on = day(14)
    upsert(RadiationLicence, {"organisation": organisation, "number": "MH-02/GP-SKHCN"}, {
        "unit": licensing_unit, "facility": facility, "kind": LicenceKind.NEW, "status": LicenceStatus.ISSUED,
        "work": "Sử dụng thiết bị X-quang chẩn đoán trong y tế", "received_on": day(2), "issued_on": issued_on,
        "expires_on": issued_on + dt.timedelta(days=365 * LICENCE_YEARS),
        "note": MONTH_NOTE})
    upsert(TechnologyOpinion, {"organisation": organisation, "document": "MH-01/SKHCN-QLCN"}, {
        "unit": licensing_unit, "kind": OpinionKind.TECHNOLOGY_APPRAISAL, "received_on": day(6), "issued_on": day(10),
        "project": f"Nhà máy chế biến nông sản xuất khẩu tại Cụm công nghiệp của tỉnh {place} (minh họa)",
        "investor": "Công ty Cổ phần Nông sản Hòa Bình (minh họa)", "location": f"tỉnh {place}",
        "conclusion": "Công nghệ của dự án phù hợp, không thuộc danh mục công nghệ hạn chế chuyển giao.",
        "note": MONTH_NOTE})
    upsert(IPCase, {"organisation": organisation, "enterprise": "Hợp tác xã Nông nghiệp Thành Công (minh họa)"}, {
        "unit": licensing_unit, "kind": IPKind.TRADEMARK, "support": IPSupport.GUIDED, "handled_on": day(9),
        "subject": "Mật ong rừng Thành Công", "note": MONTH_NOTE})
    standards = first_unit(organisation, STANDARDS_UNITS)
    if standards is not None:
        upsert(ConformityDeclaration, {"organisation": organisation, "notice_number": "MH-01/TB-SKHCN"}, {
            "unit": standards, "kind": ConformityKind.REGULATION, "notice_date": day(7),
            "enterprise": "Công ty TNHH Vật liệu xây dựng Phú Thịnh (minh họa)", "product": "Gạch bê tông",
            "product_count": 1, "standard": "QCVN 16:2023/BXD", "note": MONTH_NOTE})
        upsert(ComplianceCheck, {"organisation": organisation, "unit": standards, "decision": "MH-01/QĐ-SKHCN"}, {
            "domain": CheckDomain.MEASUREMENT, "started_on": day(16), "ended_on": day(20),
            "topic": "Kiểm tra nhà nước về đo lường đối với các cơ sở kinh doanh vàng trang sức, mỹ nghệ trên địa bàn "
                     "tỉnh", "establishments_checked": 5, "instruments_checked": 9, "violations": 0,
            "result": "Các phương tiện đo được kiểm tra đều có chứng chỉ kiểm định còn hiệu lực.", "note": MONTH_NOTE})
    inspecting = first_unit(organisation, ("thanh-tra",))
    if inspecting is not None:
        upsert(Inspection, {"organisation": organisation, "decision": "MH-02/QĐ-TTr"}, {
            "unit": inspecting, "kind": InspectionKind.SPECIALISED, "field": "Tiêu chuẩn, đo lường, chất lượng",
            "topic": "Thanh tra việc chấp hành pháp luật về tiêu chuẩn, đo lường, chất lượng trong kinh doanh xăng dầu",
            "subjects": "03 tổ chức", "subject_count": 3, "instruments_checked": 12, "started_on": day(1),
            "concluded_on": day(21), "conclusion_document": "Kết luận thanh tra số MH-03/KL-TTr",
            "conclusion": "Các tổ chức được thanh tra chấp hành đúng quy định; nhắc nhở 01 tổ chức niêm yết chưa đầy "
                          "đủ thông tin.", "note": MONTH_NOTE})
    _month_dossiers(organisation, day)


def _month_dossiers(organisation, day) -> None:
    procedure = Procedure.objects.filter(organisation=organisation).order_by("code", "id").first()
    if procedure is None:
        return
    for number, (offset, resolved_in) in enumerate(MONTH_DOSSIERS, start=1):
        received = day(offset)
        due = received + dt.timedelta(days=max(procedure.time_limit_days or 7, 1))
        upsert(ProcedureDossier, {"organisation": organisation, "code": f"MH-HS-{number:02d}"}, {
            "unit": procedure.unit, "procedure": procedure, "applicant": "Tổ chức, cá nhân nộp hồ sơ (minh họa)",
            "received_on": received, "due_on": due, "status": DossierStatus.RESOLVED,
            "resolved_on": min(day(offset + resolved_in), due), "note": MONTH_NOTE})
