"""Report kinds, period rules and workflow states (each state with a badge colour)."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReportKind(models.TextChoices):
    WEEKLY = "tuan", _("Báo cáo tuần (trực báo)")
    MONTHLY = "thang", _("Báo cáo tháng")
    QUARTERLY = "quy", _("Báo cáo quý")
    HALF_YEAR = "6thang", _("Báo cáo 6 tháng")
    NINE_MONTHS = "9thang", _("Báo cáo 9 tháng")
    ANNUAL = "nam", _("Báo cáo năm")
    ADHOC = "dotxuat", _("Báo cáo đột xuất")


class PeriodRule(models.TextChoices):
    STATISTICAL = "statistical", _("Kỳ số liệu thống kê (từ ngày 15 tháng trước đến ngày 14)")
    CALENDAR = "calendar", _("Theo lịch (từ ngày đầu đến ngày cuối kỳ)")


class ReportStatus(models.TextChoices):
    COLLECTING = "collecting", _("Các đơn vị đang nhập")
    COMPILED = "compiled", _("Văn phòng đã tổng hợp")
    APPROVED = "approved", _("Lãnh đạo đã duyệt")
    ISSUED = "issued", _("Đã ban hành")


STATUS_BADGES = {
    ReportStatus.COLLECTING: "secondary",
    ReportStatus.COMPILED: "info",
    ReportStatus.APPROVED: "primary",
    ReportStatus.ISSUED: "success",
}

# Title of each kind, in the seeds' words ({label} = the period, {next} = the next period).
KIND_TITLES = {
    ReportKind.WEEKLY: ["Kết quả công tác {label}", "và nhiệm vụ trọng tâm {next}"],
    ReportKind.MONTHLY: ["Kết quả hoạt động khoa học và công nghệ {label},", "phương hướng nhiệm vụ {next}"],
    ReportKind.QUARTERLY: ["Kết quả hoạt động khoa học và công nghệ {label}", "và nhiệm vụ {next}"],
    ReportKind.HALF_YEAR: ["Kết quả hoạt động KH&CN {label}", "và nhiệm vụ, giải pháp {next}"],
    ReportKind.NINE_MONTHS: ["Kết quả hoạt động khoa học và công nghệ {label}", "và nhiệm vụ trọng tâm {next}"],
    ReportKind.ANNUAL: ["Kết quả hoạt động khoa học và công nghệ {label}", "và phương hướng, nhiệm vụ {next}"],
    ReportKind.ADHOC: ["Kết quả hoạt động khoa học và công nghệ {label}"],
}
