"""Demo registers from the seeds, written through the services. Idempotent: a second run writes nothing.

- Ninh Thuận, report of January 2024 (seed 004, period 15/12/2023–14/01/2024);
- Bắc Kạn, 9 months of 2023 (seed 002; dated 01/01–31/08/2023 so both the 15→14 and calendar periods hold them);
- Quảng Trị, February 2025 (seed 000; dated 01–14/02/2025 for the same reason).

Where a seed gives only a total (the 41 customers of seed 004, the procedures of Bắc Kạn's 46 dossiers,
licence numbers) the records carry neutral placeholders and a note saying so; figures are never invented.
"""
import datetime as dt
from decimal import Decimal

from django.db import transaction

from core.models import Organisation, Unit
from core.permissions import system_membership

from . import models as m
from .choices import (
    BarcodeAction, CheckDomain, ConformityKind, DeclarationKind, DossierStatus, FacilityKind,
    IncidentEventKind, IncidentStatus, InnovationKind, InspectionKind, InstrumentType, IPKind, IPSupport, LicenceKind,
    LicenceStatus, OpinionKind, ProgrammeKind, SampleKind, VerificationActivity,
)
from .services import register_record_create, register_record_update

D = dt.date
# The seeds do not name these facilities or enterprises: the demo names are invented (each record's note says so).
UNNAMED = "Phòng khám đa khoa Minh Tâm"


def _put(model, organisation, lookup: dict, **fields):
    """Create through the service, or update only what differs (so a second run records nothing)."""
    obj = model.objects.filter(organisation=organisation, **lookup).first()
    if obj is None:
        return register_record_create(model=model, actor=system_membership(organisation), **lookup, **fields)
    changed = {k: v for k, v in fields.items() if _value(obj, k) != _value_of(v)}
    if changed:
        register_record_update(instance=obj, actor=system_membership(organisation), **changed)
    return obj


def _value(obj, name):
    field = obj._meta.get_field(name)
    return getattr(obj, field.attname)


def _value_of(value):
    if hasattr(value, "pk"):
        return value.pk
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return value


@transaction.atomic
def load(stdout=None):
    loaded = []
    for code, loader in (("ninh-thuan", _ninh_thuan), ("bac-kan", _bac_kan), ("quang-tri", _quang_tri)):
        organisation = Organisation.objects.filter(code=code).first()
        if organisation is None:
            continue
        units = {u.code: u for u in Unit.objects.filter(organisation=organisation)}
        loader(organisation, units)
        loaded.append(organisation.short_name)
    if stdout:
        stdout.write(f"  sổ theo dõi: {', '.join(loaded)}")


def _procedure(org, unit, code, name, field, days=None):
    return _put(m.Procedure, org, {"code": code}, unit=unit, name=name, field=field, time_limit_days=days)


# --- seed 004: Ninh Thuận, tháng 01/2024 --------------------------------------------------------------------------


def _ninh_thuan(org, units):
    tdc, qlcn, tt, vp, ttra, qlkh = (units[c] for c in ("chi-cuc-tdc", "qlcn", "tt-ud", "van-phong", "thanh-tra", "qlkh"))
    note = "Seed 004 chỉ nêu tổng số (147 PTĐ của 41 cơ sở; 134 đạt, 13 không đạt): tên cơ sở và ngày là giả định."
    for i in range(1, 42):
        quantity = 4 if i <= 24 else 3  # 24 × 4 + 17 × 3 = 147
        failed = 1 if i <= 13 else 0
        _put(m.VerificationRecord, org, {"facility": f"Khách hàng số {i:02d}", "performed_on": D(2023, 12, 15) + dt.timedelta(days=(i * 3) % 31)},
             unit=tt, activity=VerificationActivity.VERIFICATION, instrument_type=InstrumentType.OTHER,
             quantity=quantity, passed=quantity - failed, failed=failed, note=note)
    for kind, quantity in ((SampleKind.WATER, 51), (SampleKind.FOOD, 41)):
        _put(m.TestSample, org, {"kind": kind, "received_on": D(2024, 1, 10)}, unit=tt, quantity=quantity,
             customer="Khách hàng (tổng hợp tháng 01/2024)", description="Thu và phân tích mẫu")
    products = [("296/TB-CTĐC", D(2023, 12, 18), "Cửa đi bằng kim loại"), ("297/TB-CTĐC", D(2023, 12, 19), "Đá dăm"),
                ("01/TB-CTĐC", D(2024, 1, 2), "Đá dăm")]
    for number, date, product in products:
        _put(m.ConformityDeclaration, org, {"notice_number": number}, unit=tdc, kind=ConformityKind.STANDARD,
             notice_date=date, product=product, product_count=1,
             note="Seed 004 (chú thích 11) ghi chung “cửa đi bằng kim loại, đá dăm”: sản phẩm của từng thông báo là giả định.")
    _put(m.StandardsUpdate, org, {"updated_on": D(2024, 1, 10)}, unit=tdc, added_count=147, total_after=1007,
         description="Cập nhật Tiêu chuẩn quốc gia vào kho tài liệu Tiêu chuẩn")
    for partner, title in (
        ("Công ty TNHH STI Việt Nam", "Đề xuất đặt hàng nhiệm vụ “Xây dựng mô hình nâng cao năng suất chất lượng dựa trên việc áp dụng các Hệ thống quản lý và công cụ cải tiến năng suất chất lượng…”"),
        ("Công ty CP công nghệ Checkee", "Đề xuất đặt hàng nhiệm vụ “Xây dựng hệ thống quản lý thông tin truy xuất nguồn gốc sản phẩm, hàng hóa tỉnh Ninh Thuận”"),
        ("Viện Nghiên cứu Tổ chức và Kinh tế số", "Đề xuất đặt hàng nhiệm vụ “Xây dựng và triển khai mô hình điểm nâng cao năng suất dựa trên nền tảng khoa học, công nghệ và đổi mới sáng tạo…”"),
    ):
        _put(m.QualityProgramme, org, {"partner": partner, "held_on": D(2024, 1, 5)}, unit=tdc,
             kind=ProgrammeKind.TRACEABILITY if "truy xuất" in title else ProgrammeKind.PRODUCTIVITY, title=title)
    for project, investor, date in (
        ("Nhà máy chế biến Thảo dược Công nghệ cao tại Cụm công nghiệp Quảng Sơn", "", D(2023, 12, 20)),
        ("Thủy điện tích năng Phước Hòa", "", D(2023, 12, 27)),
        ("Nhà máy BIOVALLEY Việt Nam tại Khu công nghiệp Thành Hải", "Công ty Cổ phần BIOVALLEY Việt Nam", D(2024, 1, 5)),
    ):
        _put(m.TechnologyOpinion, org, {"project": project}, unit=qlcn, investor=investor, issued_on=date,
             kind=OpinionKind.OPINION, note="Seed 004 không ghi ngày: ngày trong kỳ là giả định.")
    for i, enterprise in enumerate(("Công ty TNHH thực phẩm T&H", "Cơ sở Hồ Sĩ Tường Trang", "Công ty TNHH Đệ nhất yến sào")):
        transfer = i == 2
        _put(m.IPCase, org, {"enterprise": enterprise, "handled_on": D(2024, 1, 8)}, unit=qlcn, kind=IPKind.TRADEMARK,
             support=IPSupport.GUIDED, is_transfer=transfer,
             transfer_party="Công ty TNHH Tảo Spirulina Miền Đất" if transfer else "",
             note="Seed 004 nêu 01 trường hợp chuyển nhượng đơn nhưng không nói của doanh nghiệp nào." if transfer else "")
    _put(m.IPProject, org, {"title": "Đăng ký bảo hộ và quản lý chỉ dẫn địa lý cho sản phẩm muối (muối thô) của tỉnh Ninh Thuận"},
         unit=qlcn, kind=IPKind.GEOGRAPHICAL_INDICATION, product="Muối (muối thô)", level="Quốc gia (Chương trình phát triển tài sản trí tuệ)",
         started_on=D(2024, 1, 10), progress="Thông báo nộp hồ sơ đăng ký chủ trì nhiệm vụ bắt đầu thực hiện từ năm 2024.")
    _put(m.InnovationSupport, org, {"title": "Ký kết hợp đồng và bàn giao sản phẩm gói thầu “Hỗ trợ doanh nghiệp nhỏ và vừa năm 2023 trên địa bàn tỉnh Ninh Thuận”"},
         unit=qlcn, kind=InnovationKind.SME_SUPPORT, beneficiary="04 doanh nghiệp và Tổng Công ty Viễn thông MobiFone",
         held_on=D(2024, 1, 5), quantity=4)
    incident = _put(
        m.RadiationIncident, org, {"title": "Mất nguồn phóng xạ Ir-192 tại xã Lợi Hải, huyện Thuận Bắc"}, unit=qlcn,
        nuclide="Ir-192", activity=Decimal("70.000"), activity_unit="Ci", location="Xã Lợi Hải, huyện Thuận Bắc, tỉnh Ninh Thuận",
        occurred_on=D(2024, 1, 3), status=IncidentStatus.CLOSED, closed_on=D(2024, 1, 7),
        summary="Thiết bị chụp ảnh phóng xạ công nghiệp (máy Gamma) có nguồn phóng xạ Ir-192, hoạt độ 70 Ci bị thất lạc; "
                "được tìm thấy ngày 07/01/2024, nguồn còn nguyên vẹn, thu hồi và bàn giao cho Công ty THT lưu giữ.",
        note="Seed 004 không ghi ngày mất nguồn: ngày xảy ra là ngày của Công văn số 30/UBND-KTTH.",
    )
    timeline = [
        (D(2024, 1, 3), IncidentEventKind.DIRECTED, "Tham mưu UBND tỉnh chỉ đạo Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Sở KH&CN, Sở Y tế và các đơn vị có liên quan nhanh chóng triển khai các biện pháp tìm kiếm nguồn phóng xạ Ir-192 bị mất.", "Công văn số 30/UBND-KTTH ngày 03/01/2024"),
        (D(2024, 1, 3), IncidentEventKind.SEARCHING, "Các cơ quan, đơn vị chức năng thuộc Cục An toàn bức xạ và hạt nhân, Viện Năng lượng nguyên tử Việt Nam phối hợp tìm kiếm.", ""),
        (D(2024, 1, 7), IncidentEventKind.FOUND, "Thiết bị bị thất lạc được tìm thấy trong tình trạng nguồn phóng xạ Ir-192 còn nguyên vẹn.", ""),
        (D(2024, 1, 7), IncidentEventKind.HANDED_OVER, "Nguồn được thu hồi và bàn giao cho Công ty THT lưu giữ theo quy định.", ""),
        (D(2024, 1, 12), IncidentEventKind.REPORTED_UP, "UBND tỉnh báo cáo Bộ Khoa học và Công nghệ về sự cố mất nguồn phóng xạ Ir-192 (thiết bị máy Gamma, hoạt độ 70 Ci).", "Báo cáo số 10/BC-UBND ngày 12/01/2024"),
    ]
    for date, kind, text, document in timeline:
        _put(m.IncidentEvent, org, {"incident": incident, "kind": kind, "happened_on": date}, unit=qlcn,
             description=text, document=document)
    plan = _put(m.InspectionPlan, org, {"year": 2024}, unit=ttra, title="Kế hoạch triển khai thực hiện nhiệm vụ công tác thanh tra năm 2024",
                document="Kế hoạch số 2224/KH-SKH-CN ngày 25/12/2023", issued_on=D(2023, 12, 25))
    _put(m.Inspection, org, {"topic": "Kiểm tra việc chấp hành pháp luật về mua, bán điện và phương tiện đo lường điện"},
         unit=ttra, kind=InspectionKind.JOINT_CHECK, field="Đo lường", partner="Sở Công Thương",
         subjects="06 Công ty điện lực các huyện thuộc Công ty Điện lực Ninh Thuận", subject_count=6, instruments_checked=228,
         started_on=D(2024, 1, 8), conclusion="Tất cả các phương tiện đo được kiểm tra đảm bảo tính pháp lý, các vị trí niêm phong còn nguyên vẹn.",
         note="Seed 004 không ghi ngày: ngày trong kỳ là giả định.")
    _put(m.Inspection, org, {"topic": "Kiểm tra hoạt động thương mại phục vụ Tết Nguyên đán 2024"}, unit=ttra,
         kind=InspectionKind.JOINT_CHECK, partner="UBND thành phố Phan Rang – Tháp Chàm",
         decision="Quyết định số 4360/QĐ-UBND ngày 08/12/2023", started_on=D(2024, 1, 10),
         note="Seed 004 không ghi ngày bắt đầu: ngày trong kỳ là giả định.")
    assert plan
    procedure = _procedure(org, tt, "KHCN-DKKQ", "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước",
                           "Hoạt động khoa học và công nghệ", 7)
    for i, title in enumerate((
        "Trồng thử nghiệm hai giống nho không hạt NH04-61 và NH04-128 tại Ninh Thuận theo hướng vietgap",
        "Nghiên cứu nhân giống và phát triển các sản phẩm từ hạt “Chuối cô đơn” tỉnh Ninh Thuận",
        "Nghiên cứu phân vùng khô hạn và đề xuất các giải pháp phòng chống, thích ứng với hạn hán trong bối cảnh biến đổi khí hậu và thời tiết cực đoan trên địa bàn tỉnh Ninh Thuận",
    ), start=1):
        received = D(2023, 12, 18) + dt.timedelta(days=7 * i)
        _put(m.ProcedureDossier, org, {"code": f"NT-DKKQ-2024-{i:02d}"}, unit=tt, procedure=procedure,
             applicant=f"Tổ chức chủ trì đề tài “{title}”", received_on=received, due_on=received + dt.timedelta(days=9),
             status=DossierStatus.RESOLVED, resolved_on=received + dt.timedelta(days=9))


# --- seed 002: Bắc Kạn, 9 tháng đầu năm 2023 -----------------------------------------------------------------------


def _bac_kan(org, units):
    qlcn, tdc, tt, vp, ttra = (units[c] for c in ("qlcn", "chi-cuc-tdc", "tt-ud", "van-phong", "thanh-tra"))
    facilities = {}
    for name in ("Phòng khám đa khoa Hoàng Gia – Công ty Cổ phần Hoàng Gia Bắc Thái", "Bệnh viện đa khoa tỉnh Bắc Kạn",
                 "Phòng khám chuyên khoa Răng Hàm Mặt – Nha khoa Tâm An", "Trung tâm Y tế huyện Ngân Sơn",
                 "Phòng khám đa khoa Tâm Bắc", "Trung tâm Y tế thành phố Bắc Kạn", "Bệnh xá Công an tỉnh",
                 "Trung tâm Y tế huyện Na Rì", "Trung tâm Kiểm soát bệnh tật tỉnh Bắc Kạn", UNNAMED):
        facilities[name] = _put(m.RadiationFacility, org, {"name": name}, unit=qlcn, kind=FacilityKind.MEDICAL)
    placeholder = "Seed 002 không ghi số và ngày giấy phép: số, ngày là giả định; thời hạn giả định 3 năm."
    new = ["Phòng khám đa khoa Hoàng Gia – Công ty Cổ phần Hoàng Gia Bắc Thái", "Bệnh viện đa khoa tỉnh Bắc Kạn",
           "Phòng khám chuyên khoa Răng Hàm Mặt – Nha khoa Tâm An"]
    renewed = ["Trung tâm Y tế huyện Ngân Sơn", "Phòng khám đa khoa Tâm Bắc", "Bệnh viện đa khoa tỉnh Bắc Kạn",
               "Trung tâm Y tế thành phố Bắc Kạn", "Bệnh xá Công an tỉnh", "Trung tâm Y tế huyện Na Rì"]
    number = 0
    for kind, names in ((LicenceKind.NEW, new), (LicenceKind.RENEWAL, renewed)):
        for name in names:
            number += 1
            issued = D(2023, 2, 1) + dt.timedelta(days=20 * number)
            _put(m.RadiationLicence, org, {"number": f"{number:02d}/2023/GP-SKHCN"}, unit=qlcn, facility=facilities[name],
                 kind=kind, status=LicenceStatus.ISSUED, work="Sử dụng thiết bị X-quang chẩn đoán trong y tế",
                 issued_on=issued, expires_on=issued.replace(year=issued.year + 3) - dt.timedelta(days=1), note=placeholder)
    for i in (1, 2):
        _put(m.RadiationLicence, org, {"facility": facilities[UNNAMED], "issued_on": D(2023, 5, 10 * i)}, unit=qlcn,
             kind=LicenceKind.NEW, status=LicenceStatus.RETURNED, return_reason="Gửi nhầm cơ quan, thiếu thành phần hồ sơ",
             work="Sử dụng thiết bị X-quang chẩn đoán trong y tế", note="Seed 002: “trả lại 02 hồ sơ cấp giấy phép”.")
    for i in (1, 2, 3):
        _put(m.RadiationCertificate, org, {"number": f"{i:02d}/2023/CCNV-SKHCN"}, unit=qlcn,
             holder=f"Nhân viên bức xạ số {i:02d}", issued_on=D(2023, 3, 1) + dt.timedelta(days=45 * i),
             note="Seed 002 không ghi tên người được cấp.")
    for i in (1, 2):
        _put(m.RadiationDeclaration, org, {"kind": DeclarationKind.NEW_DEVICE, "declared_on": D(2023, 4, 12 * i)}, unit=qlcn,
             facility=facilities[UNNAMED], device_description="Thiết bị X-quang y tế")
    for name in ("Trung tâm Kiểm soát bệnh tật tỉnh Bắc Kạn", "Phòng khám chuyên khoa Răng Hàm Mặt – Nha khoa Tâm An"):
        _put(m.RadiationDeclaration, org, {"kind": DeclarationKind.STOPPED_DEVICE, "facility": facilities[name]}, unit=qlcn,
             declared_on=D(2023, 7, 3), device_description="Máy X-quang")
    checks = [
        (qlcn, CheckDomain.RADIATION, "Kiểm tra cơ sở sử dụng nguồn phóng xạ", 1, D(2023, 6, 6)),
        (qlcn, CheckDomain.RADIATION, "Kiểm tra về an toàn bức xạ trong y tế đối với các cơ sở sử dụng thiết bị X-quang", 5, D(2023, 8, 8)),
        (tdc, CheckDomain.MEASUREMENT, "Kiểm tra việc chấp hành các quy định của pháp luật về đo lường đối với các đơn vị quản lý, sử dụng đồng hồ đo nước lạnh năm 2023 (Trạm cấp nước huyện Na Rì và Chợ Mới)", 2, D(2023, 4, 4)),
        (tdc, CheckDomain.MEASUREMENT, "Kiểm tra về đo lường đối với các phương tiện đo nhóm 2 trong y tế", 0, D(2023, 5, 9)),
        (tdc, CheckDomain.MEASUREMENT, "Kiểm tra việc thực hiện quy định về hoạt động kiểm định, hiệu chuẩn phương tiện đo tại các đơn vị trên địa bàn tỉnh", 2, D(2023, 6, 13)),
        (tdc, CheckDomain.MEASUREMENT, "Kiểm tra phương tiện đo nhóm 2 do Công an tỉnh quản lý, sử dụng tại các đơn vị trên địa bàn tỉnh", 11, D(2023, 7, 11)),
        (tdc, CheckDomain.COMBINED, "Kiểm tra về đo lường chất lượng sản phẩm hàng hóa dịp trước và sau Tết Nguyên đán Quý Mão năm 2023 trên địa bàn tỉnh tại các cơ sở", 9, D(2023, 1, 10)),
        (tdc, CheckDomain.LABELLING, "Kiểm tra nhãn hàng hóa, mã số mã vạch tại các cơ sở sản xuất, kinh doanh hàng đóng gói sẵn", 12, D(2023, 5, 16)),
        (tdc, CheckDomain.COMBINED, "Kiểm tra đo lường chất lượng xăng dầu năm 2023 tại các doanh nghiệp kinh doanh xăng dầu trên địa bàn các huyện, thành phố", 8, D(2023, 6, 20)),
        (tdc, CheckDomain.QUALITY, "Kiểm tra đột xuất về chất lượng mặt hàng xăng của Cửa hàng xăng dầu Thành Quý (Công ty TNHH MTV Xuân Thành Bắc Kạn)", 1, D(2023, 8, 15)),
    ]
    for unit, domain, topic, count, date in checks:
        _put(m.ComplianceCheck, org, {"topic": topic}, unit=unit, domain=domain, started_on=date, establishments_checked=count)
    for i in range(1, 7):
        _put(m.BarcodeRegistration, org, {"enterprise": f"Cơ sở sản xuất, kinh doanh số {i:02d}"}, unit=tdc,
             action=BarcodeAction.GUIDANCE, handled_on=D(2023, 3, 1) + dt.timedelta(days=25 * i),
             note="Seed 002: “hướng dẫn 06 cơ sở xin cấp lại giấy chứng nhận và đăng ký mã số mã vạch” (không ghi tên).")
    for kind, title, quantity, date in (
        (ProgrammeKind.ISO9001, "Kế hoạch số 46/KH-UBND ngày 31/01/2023 về duy trì, áp dụng và cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm 2023", None, D(2023, 1, 31)),
        (ProgrammeKind.TRACEABILITY, "Tư vấn, hướng dẫn, hỗ trợ tổ chức, cá nhân cập nhật dữ liệu phù hợp các tiêu chuẩn Việt Nam về truy xuất nguồn gốc", 14, D(2023, 6, 1)),
        (ProgrammeKind.PRODUCTIVITY, "Công chức (Sở Công thương, Sở NN&PTNT) hoàn thành khóa học chuyên gia năng suất", 2, D(2023, 7, 1)),
        (ProgrammeKind.QUALITY_AWARD, "Triển khai chương trình Giải thưởng Chất lượng Quốc gia", None, D(2023, 4, 1)),
    ):
        _put(m.QualityProgramme, org, {"title": title}, unit=tdc, kind=kind, quantity=quantity, held_on=date)
    verifications = [
        (InstrumentType.SCALE, VerificationActivity.VERIFICATION, "Khách hàng (tổng hợp 9 tháng)", 68),
        (InstrumentType.BLOOD_PRESSURE, VerificationActivity.VERIFICATION, "Khách hàng (tổng hợp 9 tháng)", 89),
        (InstrumentType.FUEL_DISPENSER, VerificationActivity.VERIFICATION, "Khách hàng (tổng hợp 9 tháng)", 140),
        (InstrumentType.ELECTRICITY_METER, VerificationActivity.REFERENCE, "Công ty Điện lực Bắc Kạn", 1152),
        (InstrumentType.ELECTRICITY_METER, VerificationActivity.VERIFICATION, "Khách hàng dịch vụ (tổng hợp 9 tháng)", 2383),
        (InstrumentType.ECG_EEG, VerificationActivity.VERIFICATION, "Bệnh viện Đa khoa Bắc Kạn và Trung tâm Y tế thành phố", 5),
        (InstrumentType.BLOOD_PRESSURE, VerificationActivity.VERIFICATION, "Bệnh viện Đa khoa Bắc Kạn và Trung tâm Y tế thành phố", 11),
        (InstrumentType.PIPETTE, VerificationActivity.VERIFICATION, "Bệnh viện Đa khoa Bắc Kạn và Trung tâm Y tế thành phố", 33),
        (InstrumentType.BIOSAFETY_CABINET, VerificationActivity.VERIFICATION, "Bệnh viện Đa khoa Bắc Kạn và Trung tâm Y tế thành phố", 1),
        (InstrumentType.AUTOCLAVE, VerificationActivity.VERIFICATION, "Bệnh viện Đa khoa Bắc Kạn và Trung tâm Y tế thành phố", 1),
        (InstrumentType.REFRACTOMETER, VerificationActivity.VERIFICATION, "Bệnh viện Đa khoa Bắc Kạn và Trung tâm Y tế thành phố", 1),
        (InstrumentType.XRAY_MACHINE, VerificationActivity.VERIFICATION, "Bệnh viện Đa khoa Bắc Kạn và Trung tâm Y tế thành phố", 2),
    ]
    for instrument, activity, facility, quantity in verifications:
        partner = " (phối hợp với Trung tâm Kỹ thuật TĐC Phú Thọ)" if "Bệnh viện" in facility else ""
        _put(m.VerificationRecord, org, {"instrument_type": instrument, "activity": activity, "facility": facility},
             unit=tt, performed_on=D(2023, 8, 31), quantity=quantity, description=f"Dịch vụ tiêu chuẩn đo lường chất lượng 9 tháng năm 2023{partner}",
             note="Seed 002 không ghi số đạt, không đạt.")
    _put(m.TestSample, org, {"kind": SampleKind.BUILDING_MATERIAL, "received_on": D(2023, 8, 31)}, unit=tt, quantity=185,
         customer="Khách hàng (tổng hợp 9 tháng)", description="Thử nghiệm mẫu vật liệu xây dựng")
    projects = [
        "Dự án Macca xen cây dược liệu tầng thấp", "Hạng mục Trạm xử lý nước thải 505 m³/ngày đêm",
        "Dự án khai thác và chế biến đá vôi làm vật liệu xây dựng thông thường tại mỏ Nà Bia, xã Nông Hạ, huyện Chợ Mới",
        "Dự án xây dựng công trình xưởng tuyển quặng ô xít chì, kẽm và thu hồi khoáng sản đi kèm",
        "Đầu tư mua sắm bổ sung trang thiết bị cho 08 Trung tâm y tế tuyến huyện",
        "Dự án đầu tư xây dựng công trình khai thác và chế biến quặng chì-kẽm khu vực Phia Đăm-Khuổi Mạn, xã Bằng Thành, huyện Pác Nặm",
        "Dự án sản xuất ván dán và viên nén mùn cưa Bắc Kạn", "Dự án nhà máy tinh bột dong riềng và sản xuất miến dong Phúc Lộc",
        "Dự án nhà máy điện phân chì, kẽm Bắc Kạn",
        "Dự án xây dựng công trình xưởng tuyển quặng ô xít chì, kẽm và thu hồi khoáng sản đi kèm (lần 2)",
        "Dự án Nhà máy chế biến gỗ Bắc Kạn", "Dự án Tổ hợp sản xuất vật liệu và lâm sản",
        "Nâng cấp hệ thống sản xuất chương trình truyền hình Bắc Kạn", "Dự án đầu tư xây dựng khai thác mỏ cát, sỏi Nà Đeo",
        "Dự án đầu tư xây dựng công trình khai thác mỏ lộ thiên khoáng sản cát, sỏi làm vật liệu xây dựng thông thường tại mỏ Nà Ôn, xã Đồng Lạc, huyện Chợ Đồn",
    ]
    for i, project in enumerate(projects):
        _put(m.TechnologyOpinion, org, {"project": project}, unit=qlcn, kind=OpinionKind.ADJUSTMENT,
             issued_on=D(2023, 1, 16) + dt.timedelta(days=15 * i), note="Seed 002 (chú thích 4) không ghi ngày: ngày là giả định.")
    # TTHC: 46 dossiers — 40 resolved on time, 02 pending within time, 01 awaiting supplements, 03 returned.
    procedures = {
        "BX-CAP": _procedure(org, qlcn, "BX-CAP", "Cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế", "An toàn bức xạ và hạt nhân", 10),
        "BX-GH": _procedure(org, qlcn, "BX-GH", "Gia hạn giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế", "An toàn bức xạ và hạt nhân", 10),
        "BX-CC": _procedure(org, qlcn, "BX-CC", "Cấp chứng chỉ nhân viên bức xạ (người phụ trách an toàn cơ sở X-quang chẩn đoán y tế)", "An toàn bức xạ và hạt nhân", 10),
        "BX-KB": _procedure(org, qlcn, "BX-KB", "Khai báo thiết bị X-quang chẩn đoán trong y tế", "An toàn bức xạ và hạt nhân", 5),
        "KHCN-DKKQ": _procedure(org, qlcn, "KHCN-DKKQ", "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước", "Hoạt động khoa học và công nghệ", 7),
        "KHCN-CN": _procedure(org, qlcn, "KHCN-CN", "Cấp Giấy chứng nhận hoạt động chi nhánh tổ chức khoa học và công nghệ", "Hoạt động khoa học và công nghệ", 5),
        "KHAC": _procedure(org, vp, "KHAC", "Các thủ tục khác (seed 002 chỉ nêu tổng số hồ sơ)", "Khác", 10),
    }
    plan = ["BX-CAP"] * 3 + ["BX-GH"] * 6 + ["BX-CC"] * 3 + ["BX-KB"] * 2 + ["KHCN-DKKQ"] * 6 + ["KHCN-CN"] + ["KHAC"] * 19
    dossiers = [(code, DossierStatus.RESOLVED) for code in plan]
    dossiers += [("KHAC", DossierStatus.PROCESSING)] * 2 + [("KHAC", DossierStatus.AWAITING_SUPPLEMENT)]
    dossiers += [("BX-CAP", DossierStatus.RETURNED)] * 2 + [("KHAC", DossierStatus.RETURNED)]
    for i, (code, status) in enumerate(dossiers, start=1):
        received = D(2023, 1, 9) + dt.timedelta(days=5 * (i - 1))
        if status == DossierStatus.PROCESSING:
            received = D(2023, 8, 28)
        due = received + dt.timedelta(days=14)
        if status == DossierStatus.PROCESSING:
            due = D(2023, 10, 6)
        _put(m.ProcedureDossier, org, {"code": f"BK-2023-{i:03d}"}, unit=procedures[code].unit, procedure=procedures[code],
             applicant="Tổ chức, cá nhân nộp hồ sơ", received_on=received, due_on=due, status=status,
             resolved_on=due if status in (DossierStatus.RESOLVED, DossierStatus.RETURNED) else None,
             return_reason="Gửi nhầm cơ quan, thiếu thành phần hồ sơ" if status == DossierStatus.RETURNED else "")
    plan23 = _put(m.InspectionPlan, org, {"year": 2023}, unit=ttra, title="Kế hoạch thanh tra năm 2023",
                  issued_on=D(2022, 12, 20), planned_count=5,
                  note="02 cuộc đã thực hiện, 03 cuộc đề nghị tạm dừng hoặc chuyển sang năm 2024 (Luật Thanh tra 2022).")
    _put(m.Inspection, org, {"topic": "Thanh tra chuyên ngành về tiêu chuẩn đo lường chất lượng"}, unit=ttra, plan=plan23,
         kind=InspectionKind.SPECIALISED, field="Tiêu chuẩn đo lường chất lượng", subjects="01 tổ chức", subject_count=1,
         started_on=D(2023, 3, 14), concluded_on=D(2023, 5, 5), conclusion="Đã ban hành kết luận.",
         note="Seed 002 không ghi ngày: ngày là giả định.")
    _put(m.Inspection, org, {"topic": "Thanh tra chuyên ngành việc thực hiện nhiệm vụ khoa học và công nghệ"}, unit=ttra,
         plan=plan23, kind=InspectionKind.SPECIALISED, field="Nhiệm vụ khoa học và công nghệ", subjects="04 đơn vị",
         subject_count=4, started_on=D(2023, 6, 6), concluded_on=D(2023, 8, 4), amount_reduced=Decimal(45998409),
         conclusion="Giảm trừ thanh toán số tiền 45.998.409 đồng. Kết quả thực hiện kết luận, quyết định xử phạt: không phát sinh.",
         note="Seed 002 nêu tổng số tiền giảm trừ của 02 cuộc; ghi vào cuộc về nhiệm vụ KH&CN. Ngày là giả định.")
    for i, (kind, support, enterprise, subject) in enumerate((
        (IPKind.GEOGRAPHICAL_INDICATION, IPSupport.USE_REGISTRATION, "Hợp tác xã Miến dong Côn Minh", "Miến dong Bắc Kạn"),
        (IPKind.GEOGRAPHICAL_INDICATION, IPSupport.USE_REGISTRATION, "Hợp tác xã Nông nghiệp Na Rì", "Miến dong Bắc Kạn"),
        (IPKind.TRADEMARK, IPSupport.GUIDED, "Hợp tác xã Dịch vụ nông nghiệp Bằng Phúc", ""),
        (IPKind.TRADEMARK, IPSupport.GUIDED, "Cơ sở sản xuất Chè Thạch đen", "Chè Thạch đen"),
    ), start=1):
        _put(m.IPCase, org, {"enterprise": enterprise}, unit=qlcn, kind=kind, support=support, subject=subject,
             handled_on=D(2023, 4, 1) + dt.timedelta(days=30 * i))
    _put(m.IPProject, org, {"title": "Dự án chỉ dẫn địa lý Bí xanh thơm Bắc Kạn"}, unit=qlcn, kind=IPKind.GEOGRAPHICAL_INDICATION,
         product="Bí xanh thơm", partner="Viện Nông hóa Thổ nhưỡng", started_on=D(2023, 3, 1),
         progress="Đã trình phê duyệt kế hoạch lựa chọn nhà thầu; chưa nhận được phản hồi của Cục Sở hữu trí tuệ.")
    _put(m.Initiative, org, {"title": "Công nhận hiệu quả áp dụng và phạm vi ảnh hưởng của sáng kiến cấp tỉnh, 02 đợt năm 2023"},
         unit=qlcn, decision="Quyết định công nhận của UBND tỉnh (02 đợt)", recognised_on=D(2023, 8, 1),
         initiative_count=3, person_count=14)
    for kind, title, date in (
        (InnovationKind.STARTUP_CONTEST, "Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Bắc Kạn lần thứ 3, năm 2023", D(2023, 6, 15)),
        (InnovationKind.TECHNICAL_CONTEST, "Phối hợp với Liên hiệp các hội Khoa học kỹ thuật tỉnh triển khai hội thi sáng tạo kỹ thuật lần thứ 7", D(2023, 7, 1)),
    ):
        _put(m.InnovationSupport, org, {"title": title}, unit=qlcn, kind=kind, held_on=date)


# --- seed 000: Quảng Trị, tháng 02/2025 ------------------------------------------------------------------------------


def _quang_tri(org, units):
    qlcn, tdc, ttkt, ttnc, ttra = (units[c] for c in ("qlcn-dmst", "tdc", "tt-ktdc", "tt-nccgcn", "thanh-tra"))
    _put(m.VerificationRecord, org, {"facility": "Khách hàng (tổng hợp tháng 02/2025)", "performed_on": D(2025, 2, 14)},
         unit=ttkt, instrument_type=InstrumentType.OTHER, activity=VerificationActivity.VERIFICATION, quantity=51,
         note="Seed 000 chỉ nêu tổng số 51 phương tiện đo.")
    _put(m.TestSample, org, {"kind": SampleKind.OTHER, "received_on": D(2025, 2, 14)}, unit=ttkt, quantity=44,
         customer="Khách hàng (tổng hợp tháng 02/2025)", description="Mẫu thử nghiệm các loại")
    _put(m.ConformityDeclaration, org, {"notice_date": D(2025, 2, 12), "kind": ConformityKind.STANDARD}, unit=tdc,
         product="Thép xây dựng (04 sản phẩm)", product_count=4, enterprise="Công ty TNHH Thép Đông Hà")
    facility = _put(m.RadiationFacility, org, {"name": UNNAMED}, unit=qlcn, kind=FacilityKind.MEDICAL)
    _put(m.RadiationLicence, org, {"number": "01/2025/GP-SKHCN"}, unit=qlcn, facility=facility, kind=LicenceKind.NEW,
         status=LicenceStatus.ISSUED, issued_on=D(2025, 2, 10), expires_on=D(2028, 2, 9),
         work="Tiến hành công việc bức xạ", note="Seed 000: “thẩm định cấp phép … cho 01 cơ sở”; số và thời hạn là giả định.")
    for i in range(1, 6):
        _put(m.TechnologyOpinion, org, {"project": f"Dự án đầu tư số {i:02d} trên địa bàn tỉnh"}, unit=qlcn,
             kind=OpinionKind.TECHNOLOGY_APPRAISAL, issued_on=D(2025, 2, 2 + 2 * i))
    _put(m.ComplianceCheck, org, {"topic": "Kiểm tra nhà nước về tiêu chuẩn, đo lường, chất lượng và nhãn hàng hóa trước, trong và sau dịp Tết Nguyên đán Ất Tỵ năm 2025"},
         unit=tdc, domain=CheckDomain.COMBINED, started_on=D(2025, 2, 3))
    _put(m.QualityProgramme, org, {"title": "Triển khai kế hoạch hoạt động Giải thưởng Chất lượng Quốc gia năm 2025"}, unit=tdc,
         kind=ProgrammeKind.QUALITY_AWARD, held_on=D(2025, 2, 5))
    _put(m.QualityProgramme, org, {"title": "Xây dựng kế hoạch hỗ trợ doanh nghiệp nâng cao năng suất chất lượng hàng hoá"}, unit=tdc,
         kind=ProgrammeKind.PRODUCTIVITY, held_on=D(2025, 2, 7))
    plan = _put(m.InspectionPlan, org, {"year": 2025}, unit=ttra, title="Kế hoạch thanh tra năm 2025",
                issued_on=D(2025, 2, 4), note="Thông báo kế hoạch thanh tra năm 2025 gửi các đối tượng thanh tra.")
    _put(m.Inspection, org, {"topic": "Thanh tra việc chấp hành chính sách, pháp luật, nhiệm vụ, quyền hạn được giao; trách nhiệm thực hiện pháp luật về tiếp công dân, giải quyết khiếu nại, tố cáo, phòng chống tham nhũng"},
         unit=ttra, kind=InspectionKind.ADMINISTRATIVE, subjects="Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng",
         subject_count=1, concluded_on=D(2025, 2, 12), conclusion="Hoàn thành cuộc thanh tra và ban hành Kết luận thanh tra.",
         plan=None)
    assert plan
    _put(m.InnovationSupport, org, {"title": "Xây dựng Kế hoạch tổ chức Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Quảng Trị năm 2025"},
         unit=qlcn, kind=InnovationKind.STARTUP_CONTEST, held_on=D(2025, 2, 6))
