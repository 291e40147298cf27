"""Choices of the directives app; each value has a badge colour for the screens."""
from django.db import models


class SourceType(models.TextChoices):
    THONG_BAO_KET_LUAN = "thong_bao_ket_luan", "Thông báo kết luận"
    QUYET_DINH = "quyet_dinh", "Quyết định"
    KE_HOACH = "ke_hoach", "Kế hoạch"
    CONG_VAN = "cong_van", "Công văn"
    CHI_THI = "chi_thi", "Chỉ thị"
    CHUONG_TRINH = "chuong_trinh", "Chương trình công tác"
    NGHI_QUYET = "nghi_quyet", "Nghị quyết"
    THONG_BAO = "thong_bao", "Thông báo"
    KET_LUAN = "ket_luan", "Kết luận"
    KHAC = "khac", "Văn bản khác"


# Which source types go where in seed 003's Phụ lục IV.
class SourceCategory(models.TextChoices):
    VAN_BAN = "van_ban", "Nhiệm vụ giao tại các Quyết định, Kế hoạch, Công văn..."
    KET_LUAN = "ket_luan", "Nhiệm vụ giao tại các Thông báo kết luận"
    KHAC = "khac", "Nhiệm vụ phát sinh (không có văn bản giao)"


CONCLUSION_TYPES = {SourceType.THONG_BAO_KET_LUAN, SourceType.KET_LUAN}


def source_category_of(source_type: str | None) -> str:
    if not source_type:
        return SourceCategory.KHAC
    return SourceCategory.KET_LUAN if source_type in CONCLUSION_TYPES else SourceCategory.VAN_BAN


class TaskCategory(models.TextChoices):
    UBND_TINH = "ubnd_tinh", "Nhiệm vụ UBND tỉnh giao"
    CHU_TICH_UBND = "chu_tich_ubnd", "Nhiệm vụ Chủ tịch UBND tỉnh giao"
    TRONG_TAM = "trong_tam", "Nhiệm vụ trọng tâm"
    GIAM_DOC = "giam_doc", "Nhiệm vụ Giám đốc Sở giao"
    PHAT_SINH = "phat_sinh", "Nhiệm vụ phát sinh"


class TaskStatus(models.TextChoices):
    """Computed as of a date, never stored."""

    CHUA_DEN_HAN = "chua_den_han", "Chưa đến hạn"
    SAP_DEN_HAN = "sap_den_han", "Sắp đến hạn"
    QUA_HAN = "qua_han", "Quá hạn chưa hoàn thành"
    HOAN_THANH_TRUOC_HAN = "hoan_thanh_truoc_han", "Hoàn thành trước hạn"
    HOAN_THANH_DUNG_HAN = "hoan_thanh_dung_han", "Hoàn thành đúng hạn"
    HOAN_THANH_QUA_HAN = "hoan_thanh_qua_han", "Hoàn thành quá hạn"
    DA_HUY = "da_huy", "Đã hủy"
    KHONG_THOI_HAN = "khong_thoi_han", "Không thời hạn"


STATUS_BADGES = {
    TaskStatus.CHUA_DEN_HAN: "secondary",
    TaskStatus.SAP_DEN_HAN: "warning",
    TaskStatus.QUA_HAN: "danger",
    TaskStatus.HOAN_THANH_TRUOC_HAN: "success",
    TaskStatus.HOAN_THANH_DUNG_HAN: "success",
    TaskStatus.HOAN_THANH_QUA_HAN: "warning",
    TaskStatus.DA_HUY: "dark",
    TaskStatus.KHONG_THOI_HAN: "info",
}
COMPLETED_STATUSES = {TaskStatus.HOAN_THANH_TRUOC_HAN, TaskStatus.HOAN_THANH_DUNG_HAN, TaskStatus.HOAN_THANH_QUA_HAN}
OPEN_STATUSES = {TaskStatus.CHUA_DEN_HAN, TaskStatus.SAP_DEN_HAN, TaskStatus.QUA_HAN, TaskStatus.KHONG_THOI_HAN}


class ExtensionState(models.TextChoices):
    PENDING = "pending", "Chờ duyệt"
    APPROVED = "approved", "Đã đồng ý"
    REFUSED = "refused", "Không đồng ý"


EXTENSION_BADGES = {ExtensionState.PENDING: "warning", ExtensionState.APPROVED: "success", ExtensionState.REFUSED: "danger"}


class DeadlineKind(models.TextChoices):
    DATE = "date", "Ngày cụ thể"
    DATETIME = "datetime", "Ngày và giờ"
    MONTH = "month", "Trong tháng"
    MONTH_PART = "month_part", "Đầu/giữa/cuối tháng"
    QUARTER = "quarter", "Theo quý"
    HALF_YEAR = "half_year", "Sáu tháng"
    YEAR = "year", "Theo năm"
    RANGE = "range", "Khoảng thời gian"
    RELATIVE = "relative", "Tính từ một mốc"
    RECURRING = "recurring", "Định kỳ"
    NONE = "none", "Không thời hạn"
    UNPARSED = "unparsed", "Chưa hiểu được"


class Every(models.TextChoices):
    DAY = "day", "Hằng ngày"
    WEEK = "week", "Hằng tuần"
    MONTH = "month", "Hằng tháng"
    QUARTER = "quarter", "Hằng quý"
    HALF_YEAR = "half_year", "Sáu tháng một lần"
    YEAR = "year", "Hằng năm"


ISSUER_SUGGESTIONS = [
    "UBND tỉnh", "Chủ tịch UBND tỉnh", "Giám đốc Sở", "BTV Tỉnh ủy", "Tỉnh ủy", "HĐND tỉnh", "Bộ KH&CN",
    "Văn phòng UBND tỉnh", "Chính phủ", "Thủ tướng Chính phủ",
]
