"""Choices of S&T tasks (nhiệm vụ KH&CN): level, type, field, state, step kinds, grades, councils, money.

Each status-like choice has a badge colour in `BADGES` for the screens.
"""
from django.db import models


class Level(models.TextChoices):
    QUOC_GIA = "quoc_gia", "Cấp quốc gia"
    BO_NGANH = "bo_nganh", "Cấp bộ, ngành"
    TINH = "tinh", "Cấp tỉnh"
    CO_SO = "co_so", "Cấp cơ sở"
    NONG_THON_MIEN_NUI = "nong_thon_mien_nui", "Chương trình nông thôn miền núi"
    LIEN_VUNG = "lien_vung", "Liên vùng"
    TAI_SAN_TRI_TUE = "tai_san_tri_tue", "Chương trình phát triển tài sản trí tuệ"


class TaskType(models.TextChoices):
    DE_TAI = "de_tai", "Đề tài"
    DU_AN_SXTN = "du_an_sxtn", "Dự án sản xuất thử nghiệm"
    DU_AN_KHCN = "du_an_khcn", "Dự án KH&CN"
    DE_AN = "de_an", "Đề án khoa học"
    KHAC = "khac", "Nhiệm vụ khác"


class Field(models.TextChoices):
    TU_NHIEN = "tu_nhien", "Khoa học tự nhiên"
    KY_THUAT = "ky_thuat_cong_nghe", "Khoa học kỹ thuật và công nghệ"
    Y_DUOC = "y_duoc", "Khoa học y, dược"
    NONG_NGHIEP = "nong_nghiep", "Khoa học nông nghiệp"
    XA_HOI = "xa_hoi", "Khoa học xã hội"
    NHAN_VAN = "nhan_van", "Khoa học nhân văn"


class Origin(models.TextChoices):
    DE_XUAT = "de_xuat", "Đề xuất"
    DAT_HANG = "dat_hang", "Đặt hàng"
    KHAC = "khac", "Khác (nhiệm vụ do Trung ương, bộ, ngành giao)"


class State(models.TextChoices):
    PROPOSED = "proposed", "Đề xuất, đặt hàng"
    DETERMINED = "determined", "Đã xác định nhiệm vụ"
    LISTED = "listed", "Danh mục được phê duyệt"
    SELECTED = "selected", "Đã tuyển chọn, giao trực tiếp"
    APPRAISED = "appraised", "Đã thẩm định thuyết minh, dự toán"
    APPROVED = "approved", "Đã phê duyệt"
    CONTRACTED = "contracted", "Đã ký hợp đồng"
    IN_PROGRESS = "in_progress", "Đang thực hiện"
    SUSPENDED = "suspended", "Tạm dừng"
    DOSSIER_SUBMITTED = "dossier_submitted", "Đã nộp hồ sơ nghiệm thu"
    BASE_ACCEPTED = "base_accepted", "Đã nghiệm thu cấp cơ sở"
    ACCEPTED = "accepted", "Đã nghiệm thu cấp tỉnh"
    NOT_PASSED = "not_passed", "Nghiệm thu không đạt"
    RECOGNISED = "recognised", "Đã công nhận kết quả"
    REGISTERED = "registered", "Đã đăng ký kết quả"
    LIQUIDATED = "liquidated", "Đã thanh lý hợp đồng"
    ASSETS_HANDLED = "assets_handled", "Đã xử lý tài sản"
    STOPPED = "stopped", "Đã dừng, chấm dứt"
    REJECTED = "rejected", "Không được chọn"


class StepKind(models.TextChoices):
    # entering the register
    PROPOSE = "propose", "Tiếp nhận đề xuất, đặt hàng"
    REGISTER_EXISTING = "register_existing", "Đưa vào theo dõi (nhiệm vụ đang có)"
    # the main pipeline (Thông tư 02/2023/TT-BKHCN and provincial rules)
    DETERMINE = "determine", "Hội đồng tư vấn xác định nhiệm vụ"
    APPROVE_LIST = "approve_list", "Phê duyệt danh mục"
    SELECT = "select", "Tuyển chọn, giao trực tiếp"
    APPRAISE = "appraise", "Thẩm định thuyết minh, kinh phí"
    APPROVE = "approve", "Phê duyệt thuyết minh, kinh phí"
    SIGN_CONTRACT = "sign_contract", "Ký hợp đồng"
    START = "start", "Bắt đầu thực hiện"
    SUBMIT_DOSSIER = "submit_dossier", "Nộp hồ sơ nghiệm thu"
    BASE_ACCEPT = "base_accept", "Nghiệm thu cấp cơ sở"
    ACCEPT = "accept", "Nghiệm thu cấp tỉnh"
    RECOGNISE = "recognise", "Công nhận kết quả"
    REGISTER = "register", "Đăng ký kết quả"
    LIQUIDATE = "liquidate", "Thanh lý hợp đồng"
    HANDLE_ASSETS = "handle_assets", "Xử lý tài sản"
    # leaving the pipeline
    REJECT = "reject", "Không chọn, không phê duyệt"
    SUSPEND = "suspend", "Tạm dừng"
    RESUME = "resume", "Tiếp tục thực hiện"
    STOP = "stop", "Dừng, chấm dứt thực hiện"
    # side events: no change of state
    INSPECT = "inspect", "Kiểm tra"
    PROGRESS_REPORT = "progress_report", "Báo cáo tiến độ định kỳ"
    EXTEND = "extend", "Gia hạn"
    CHANGE_LEADER = "change_leader", "Thay đổi chủ nhiệm"
    CHANGE_HOST = "change_host", "Thay đổi tổ chức chủ trì"
    CHANGE_COORDINATOR = "change_coordinator", "Thay đổi tổ chức phối hợp"
    ADJUST = "adjust", "Điều chỉnh thuyết minh, kinh phí"
    APPLICATION_REVIEW = "application_review", "Đánh giá ứng dụng, nhân rộng sau nghiệm thu"


class Grade(models.TextChoices):
    XUAT_SAC = "xuat_sac", "Xuất sắc"
    KHA = "kha", "Khá"
    DAT = "dat", "Đạt"
    KHONG_DAT = "khong_dat", "Không đạt"


class InspectionKind(models.TextChoices):
    PERIODIC = "periodic", "Định kỳ"
    UNSCHEDULED = "unscheduled", "Đột xuất"


class ExtensionKind(models.TextChoices):
    IMPLEMENTATION = "implementation", "Gia hạn thời gian thực hiện"
    DOSSIER = "dossier", "Gia hạn thời gian nộp hồ sơ nghiệm thu"


class SelectionMode(models.TextChoices):
    SELECTION = "selection", "Tuyển chọn"
    DIRECT = "direct", "Giao trực tiếp"


class CouncilKind(models.TextChoices):
    DETERMINATION = "determination", "Hội đồng tư vấn xác định nhiệm vụ"
    SELECTION = "selection", "Hội đồng tư vấn tuyển chọn"
    DIRECT = "direct", "Hội đồng tư vấn giao trực tiếp"
    APPRAISAL = "appraisal", "Tổ thẩm định kinh phí"
    ACCEPTANCE = "acceptance", "Hội đồng tư vấn đánh giá, nghiệm thu"
    APPLICATION = "application", "Hội đồng đánh giá ứng dụng sau nghiệm thu"
    OTHER = "other", "Hội đồng khác"


class CouncilRole(models.TextChoices):
    CHAIR = "chu_tich", "Chủ tịch"
    VICE_CHAIR = "pho_chu_tich", "Phó Chủ tịch"
    REVIEWER = "phan_bien", "Ủy viên phản biện"
    MEMBER = "uy_vien", "Ủy viên"
    SECRETARY = "thu_ky", "Thư ký"


class MoneyKind(models.TextChoices):
    ADVANCE = "advance", "Tạm ứng"
    PAYMENT = "payment", "Thanh toán"
    SETTLEMENT = "settlement", "Quyết toán (thanh toán tạm ứng)"
    REDUCTION = "reduction", "Giảm trừ"
    RECOVERY = "recovery", "Thu hồi"


BADGES = {
    State.PROPOSED: "secondary",
    State.DETERMINED: "info",
    State.LISTED: "info",
    State.SELECTED: "info",
    State.APPRAISED: "info",
    State.APPROVED: "primary",
    State.CONTRACTED: "primary",
    State.IN_PROGRESS: "primary",
    State.SUSPENDED: "warning",
    State.DOSSIER_SUBMITTED: "primary",
    State.BASE_ACCEPTED: "primary",
    State.ACCEPTED: "success",
    State.NOT_PASSED: "danger",
    State.RECOGNISED: "success",
    State.REGISTERED: "success",
    State.LIQUIDATED: "dark",
    State.ASSETS_HANDLED: "dark",
    State.STOPPED: "danger",
    State.REJECTED: "light",
}


# The keys of `selectors.year_stats()` (also the JSON keys of `manage.py sciencetask_yearstats` and of the API),
# in Vietnamese for the figures page and the glossary of docs/sciencetasks.md.
FIGURE_LABELS = {
    "managed": "Nhiệm vụ quản lý trong năm",
    "carried_over": "Nhiệm vụ chuyển tiếp",
    "new": "Nhiệm vụ thực hiện từ năm",
    "by_level": "Theo cấp quản lý",
    "carried_over_by_level": "Chuyển tiếp, theo cấp quản lý",
    "new_by_level": "Mới, theo cấp quản lý",
    "coordinated": "Trung ương quản lý, tỉnh phối hợp",
    "coordinated_by_level": "Trung ương quản lý, tỉnh phối hợp, theo cấp",
    "carried_over_coordinated_by_level": "Chuyển tiếp, Trung ương quản lý, tỉnh phối hợp, theo cấp",
    "by_field": "Theo lĩnh vực",
    "by_state": "Theo trạng thái (tại ngày cuối kỳ)",
    "accepted": "Nghiệm thu cấp tỉnh",
    "accepted_by_grade": "Nghiệm thu, theo xếp loại",
    "recognised": "Công nhận kết quả",
    "registered": "Đăng ký kết quả (giấy chứng nhận)",
    "extended": "Gia hạn",
    "extended_by_kind": "Gia hạn, theo loại",
    "leader_changed": "Thay đổi chủ nhiệm",
    "host_changed": "Thay đổi tổ chức chủ trì",
    "coordinator_changed": "Thay đổi tổ chức phối hợp",
    "adjusted": "Điều chỉnh thuyết minh, kinh phí",
    "suspended": "Tạm dừng",
    "stopped": "Dừng, chấm dứt",
    "inspections": "Lượt kiểm tra tiến độ",
    "inspections_by_kind": "Kiểm tra, theo hình thức",
    "inspections_by_level": "Kiểm tra, theo cấp quản lý của nhiệm vụ",
    "proposals_next_year": "Đề xuất, đặt hàng cho năm sau",
    "proposals_next_year_by_field": "Đề xuất cho năm sau, theo lĩnh vực",
    "selected_next_year": "Được xác định thực hiện từ năm sau",
    "councils": "Cuộc họp hội đồng",
    "councils_by_kind": "Hội đồng, theo loại",
    "money": "Kinh phí trong kỳ (đồng)",
    "late_advances": "Khoản tạm ứng quá hạn thanh toán",
}
