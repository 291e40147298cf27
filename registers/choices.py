"""Kinds and statuses of the registers, each with a badge colour where a list shows it."""
from django.db import models


class FacilityKind(models.TextChoices):
    MEDICAL = "medical", "Y tế"
    INDUSTRIAL = "industrial", "Công nghiệp"
    RESEARCH = "research", "Nghiên cứu, đào tạo"
    OTHER = "other", "Khác"


class DeviceKind(models.TextChoices):
    MEDICAL_XRAY = "medical_xray", "Thiết bị X-quang y tế"
    INDUSTRIAL_XRAY = "industrial_xray", "Thiết bị X-quang công nghiệp"
    RADIOGRAPHY_SOURCE = "radiography_source", "Thiết bị chụp ảnh phóng xạ công nghiệp (nguồn phóng xạ)"
    SEALED_SOURCE = "sealed_source", "Nguồn phóng xạ kín"
    UNSEALED_SOURCE = "unsealed_source", "Nguồn phóng xạ hở"
    GAUGE = "gauge", "Thiết bị đo hạt nhân"
    OTHER = "other", "Khác"


class DeviceStatus(models.TextChoices):
    IN_USE = "in_use", "Đang sử dụng"
    STOPPED = "stopped", "Dừng sử dụng"
    STORED = "stored", "Lưu giữ"
    LOST = "lost", "Thất lạc"


class LicenceKind(models.TextChoices):
    NEW = "new", "Cấp mới"
    RENEWAL = "renewal", "Gia hạn"
    AMENDMENT = "amendment", "Sửa đổi, bổ sung"
    REISSUE = "reissue", "Cấp lại"


class LicenceStatus(models.TextChoices):
    ISSUED = "issued", "Đã cấp"
    RETURNED = "returned", "Trả lại hồ sơ"
    REFUSED = "refused", "Từ chối cấp"


class DeclarationKind(models.TextChoices):
    NEW_DEVICE = "new_device", "Khai báo thiết bị mới"
    STOPPED_DEVICE = "stopped_device", "Khai báo dừng hoạt động"
    SOURCE_TRANSFER = "source_transfer", "Khai báo chuyển giao, lưu giữ nguồn"


class IncidentStatus(models.TextChoices):
    OPEN = "open", "Đang xử lý"
    CLOSED = "closed", "Đã khắc phục"


class IncidentEventKind(models.TextChoices):
    OCCURRED = "occurred", "Xảy ra sự cố"
    REPORTED = "reported", "Nhận tin báo"
    DIRECTED = "directed", "Chỉ đạo xử lý"
    SEARCHING = "searching", "Tìm kiếm"
    FOUND = "found", "Tìm thấy"
    RECOVERED = "recovered", "Thu hồi"
    HANDED_OVER = "handed_over", "Bàn giao"
    REPORTED_UP = "reported_up", "Báo cáo cấp trên"
    CLOSED = "closed", "Kết thúc"
    OTHER = "other", "Khác"


class VerificationActivity(models.TextChoices):
    VERIFICATION = "verification", "Kiểm định"
    CALIBRATION = "calibration", "Hiệu chuẩn"
    TESTING = "testing", "Thử nghiệm"
    REFERENCE = "reference", "Kiểm định đối chứng"


class InstrumentType(models.TextChoices):
    """Phương tiện đo (chiefly group 2); "khác" for the "PTĐ các loại" of a summary line."""

    SCALE = "can", "Cân"
    BLOOD_PRESSURE = "huyet_ap_ke", "Huyết áp kế"
    FUEL_DISPENSER = "cot_do_xang_dau", "Cột đo xăng dầu"
    ELECTRICITY_METER = "cong_to_dien", "Công tơ điện"
    WATER_METER = "dong_ho_nuoc", "Đồng hồ đo nước"
    TAXIMETER = "taximet", "Taximet"
    ECG_EEG = "dien_tim_dien_nao", "Máy điện tim, điện não"
    PIPETTE = "pipet", "Pipet"
    CLINICAL_THERMOMETER = "nhiet_ke_y_hoc", "Nhiệt kế y học"
    XRAY_MACHINE = "may_x_quang", "Máy chụp X-quang"
    REFRACTOMETER = "may_do_khuc_xa", "Máy đo khúc xạ mắt"
    AUTOCLAVE = "noi_hap", "Nồi hấp tiệt trùng"
    BIOSAFETY_CABINET = "tu_an_toan_sinh_hoc", "Tủ an toàn sinh học"
    MEDICAL_OTHER = "y_te_khac", "Phương tiện đo nhóm 2 trong y tế khác"
    SPEED_GUN = "toc_do_xe", "Phương tiện đo tốc độ xe cơ giới"
    BREATHALYZER = "nong_do_con", "Phương tiện đo nồng độ cồn"
    OTHER = "khac", "Phương tiện đo khác (các loại)"


class SampleKind(models.TextChoices):
    WATER = "water", "Nước và nước thải"
    FOOD = "food", "Thực phẩm"
    BUILDING_MATERIAL = "building_material", "Vật liệu xây dựng"
    FUEL = "fuel", "Xăng dầu"
    OTHER = "other", "Khác (các loại)"


class CheckDomain(models.TextChoices):
    MEASUREMENT = "measurement", "Đo lường"
    QUALITY = "quality", "Chất lượng sản phẩm, hàng hóa"
    LABELLING = "labelling", "Nhãn hàng hóa, mã số mã vạch"
    COMBINED = "combined", "Tiêu chuẩn, đo lường, chất lượng và nhãn"
    RADIATION = "radiation", "An toàn bức xạ"
    OTHER = "other", "Khác"


class ConformityKind(models.TextChoices):
    STANDARD = "standard", "Công bố hợp chuẩn"
    REGULATION = "regulation", "Công bố hợp quy"


class BarcodeAction(models.TextChoices):
    NEW = "new", "Đăng ký mới"
    REISSUE = "reissue", "Cấp lại giấy chứng nhận"
    GUIDANCE = "guidance", "Hướng dẫn đăng ký"


class ProgrammeKind(models.TextChoices):
    QUALITY_AWARD = "quality_award", "Giải thưởng Chất lượng Quốc gia"
    PRODUCTIVITY = "productivity", "Năng suất chất lượng"
    ISO9001 = "iso9001", "ISO 9001 trong cơ quan hành chính"
    TRACEABILITY = "traceability", "Truy xuất nguồn gốc"
    OTHER = "other", "Khác"


class IPKind(models.TextChoices):
    TRADEMARK = "trademark", "Nhãn hiệu"
    COLLECTIVE_MARK = "collective_mark", "Nhãn hiệu tập thể"
    CERTIFICATION_MARK = "certification_mark", "Nhãn hiệu chứng nhận"
    GEOGRAPHICAL_INDICATION = "geographical_indication", "Chỉ dẫn địa lý"
    INDUSTRIAL_DESIGN = "industrial_design", "Kiểu dáng công nghiệp"
    PATENT = "patent", "Sáng chế, giải pháp hữu ích"
    OTHER = "other", "Khác"


class IPSupport(models.TextChoices):
    GUIDED = "guided", "Hướng dẫn hồ sơ"
    SUPPORTED = "supported", "Hỗ trợ kinh phí"
    USE_REGISTRATION = "use_registration", "Hướng dẫn đăng ký sử dụng"


class InnovationKind(models.TextChoices):
    STARTUP_CONTEST = "startup_contest", "Cuộc thi khởi nghiệp ĐMST"
    TECHNICAL_CONTEST = "technical_contest", "Hội thi sáng tạo kỹ thuật"
    ST_ENTERPRISE = "st_enterprise", "Doanh nghiệp KH&CN"
    SME_SUPPORT = "sme_support", "Hỗ trợ doanh nghiệp nhỏ và vừa"
    OTHER = "other", "Khác"


class OpinionKind(models.TextChoices):
    INVESTMENT_POLICY = "investment_policy", "Góp ý chủ trương đầu tư"
    TECHNOLOGY_APPRAISAL = "technology_appraisal", "Thẩm định công nghệ"
    ADJUSTMENT = "adjustment", "Góp ý điều chỉnh chủ trương, dự án"
    OPINION = "opinion", "Tham gia ý kiến"


class InspectionKind(models.TextChoices):
    SPECIALISED = "specialised", "Thanh tra chuyên ngành"
    ADMINISTRATIVE = "administrative", "Thanh tra hành chính"
    UNSCHEDULED = "unscheduled", "Thanh tra đột xuất"
    JOINT_CHECK = "joint_check", "Kiểm tra liên ngành, phối hợp"


class PetitionKind(models.TextChoices):
    COMPLAINT = "complaint", "Khiếu nại"
    DENUNCIATION = "denunciation", "Tố cáo"
    PETITION = "petition", "Kiến nghị, phản ánh"


class PetitionStatus(models.TextChoices):
    RECEIVED = "received", "Đã tiếp nhận"
    PROCESSING = "processing", "Đang giải quyết"
    RESOLVED = "resolved", "Đã giải quyết"
    FORWARDED = "forwarded", "Chuyển cơ quan có thẩm quyền"


class DossierStatus(models.TextChoices):
    PROCESSING = "processing", "Đang giải quyết"
    AWAITING_SUPPLEMENT = "awaiting_supplement", "Chờ bổ sung"
    RESOLVED = "resolved", "Đã giải quyết"
    RETURNED = "returned", "Trả lại"
