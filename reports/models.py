"""Periodic reports: per-organisation rules and templates, reports, unit sections and frozen versions.

- `ReportRule` (cấu hình loại báo cáo): the period rule, recipients (Nơi nhận), signer and symbol of one
  kind of report in one organisation.
- `ReportTemplate` (mẫu báo cáo): a .docx a clerk edited in Word; checked at upload.
- `Report` (báo cáo): one report for one period, moving collecting → compiled → approved → issued.
- `ReportSection` (phần báo cáo của đơn vị): generated content from the data plus the unit's narrative.
- `ReportVersion` (phiên bản): a frozen snapshot of the whole content (text, figures and the records they
  count); regenerating makes a new one; the issued one also keeps its .docx.
"""
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.models import OrganisationScopedModel
from core.permissions import LeaderWritePolicy

from .choices import PeriodRule, ReportKind, ReportStatus
from .permissions import ReportOutlinePolicy, ReportPolicy, ReportSectionPolicy


class ReportRule(OrganisationScopedModel):
    """How one organisation makes one kind of report: period rule, Nơi nhận, signer, symbol."""

    access_policy = LeaderWritePolicy()

    kind = models.CharField(_("loại báo cáo"), max_length=10, choices=ReportKind.choices)
    period_rule = models.CharField(_("cách tính kỳ báo cáo"), max_length=12, choices=PeriodRule.choices,
                                   default=PeriodRule.STATISTICAL)
    recipients = models.TextField(_("nơi nhận"), blank=True, help_text=_("Mỗi dòng một nơi nhận; dòng cuối: Lưu: VT, VP."))
    signer_authority = models.CharField(
        _("thẩm quyền ký"), max_length=150, blank=True,
        help_text=_("Mỗi dòng cách nhau bởi dấu |, ví dụ: KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC"),
    )
    signer_name = models.CharField(_("người ký"), max_length=150, blank=True)
    symbol = models.CharField(_("ký hiệu"), max_length=40, blank=True, help_text=_("Ví dụ: BC-SKHCN"))
    subtitle = models.CharField(_("dòng ghi chú dưới trích yếu"), max_length=255, blank=True,
                                help_text=_("Ví dụ: (Báo cáo phục vụ kỳ họp thứ 18 HĐND tỉnh Khóa VIII)"))
    addressee = models.CharField(_("kính gửi"), max_length=255, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("cấu hình loại báo cáo")
        verbose_name_plural = _("cấu hình loại báo cáo")
        ordering = ["organisation", "kind"]
        constraints = [models.UniqueConstraint(fields=["organisation", "kind"], name="one_report_rule_per_kind")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.organisation}"

    def get_absolute_url(self) -> str:
        return reverse("reports:reportrule_detail", args=[self.pk])


class ReportOutline(OrganisationScopedModel):
    """Đề cương báo cáo: the title pattern, opening, numbered sections (each with the source that feeds it) and
    appendices of one kind of report in one organisation. Never edited in place: each save writes the next
    version, the older ones stay (a report keeps the version it was generated with)."""

    access_policy = ReportOutlinePolicy()

    kind = models.CharField(_("loại báo cáo"), max_length=10, choices=ReportKind.choices)
    version = models.PositiveIntegerField(_("phiên bản"), default=1)
    title_pattern = models.TextField(_("mẫu trích yếu"), help_text=_("Mỗi dòng một dòng của trích yếu; dùng các biến "
                                                                    "như {tháng}, {tháng sau}, {năm}, {kỳ}."))
    opening = models.TextField(_("đoạn mở đầu"), blank=True)
    closing = models.TextField(_("câu kết"), blank=True)
    numbering = models.CharField(_("cách đánh số"), max_length=60, default="roman,arabic,dotted,dotted")
    sections = models.JSONField(_("các mục"), default=list, blank=True)
    appendices = models.JSONField(_("các phụ lục"), default=list, blank=True)
    note = models.CharField(_("ghi chú thay đổi"), max_length=255, blank=True)
    created_by = models.ForeignKey("core.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                   verbose_name=_("người lưu"))

    class Meta:
        verbose_name = _("đề cương báo cáo")
        verbose_name_plural = _("đề cương báo cáo")
        ordering = ["organisation", "kind", "-version"]
        constraints = [models.UniqueConstraint(fields=["organisation", "kind", "version"],
                                               name="one_outline_version_per_kind")]

    def __str__(self) -> str:
        return f"Đề cương {self.get_kind_display().lower()} — phiên bản {self.version}"

    def get_absolute_url(self) -> str:
        return reverse("reports:outline_version", args=[self.pk])


class ReportTemplate(OrganisationScopedModel):
    """A Word template (docxtpl) of one organisation; the newest active one is used."""

    access_policy = ReportPolicy()

    name = models.CharField(_("tên mẫu"), max_length=150)
    kind = models.CharField(_("dùng cho loại báo cáo"), max_length=10, choices=ReportKind.choices, blank=True,
                            help_text=_("Để trống: dùng cho mọi loại báo cáo."))
    content = models.BinaryField(_("tệp .docx"))
    variables = models.JSONField(_("các biến trong mẫu"), default=list, blank=True)
    is_active = models.BooleanField(_("đang dùng"), default=True)
    uploaded_by = models.ForeignKey("core.User", on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("người tải lên"))

    history = HistoricalRecords(excluded_fields=["content"])

    class Meta:
        verbose_name = _("mẫu báo cáo")
        verbose_name_plural = _("mẫu báo cáo")
        ordering = ["organisation", "-created_at", "-id"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("reports:reporttemplate_list")


class Report(OrganisationScopedModel):
    """Báo cáo định kỳ of one period."""

    access_policy = ReportPolicy()

    kind = models.CharField(_("loại báo cáo"), max_length=10, choices=ReportKind.choices)
    period_start = models.DateField(_("từ ngày"))
    period_end = models.DateField(_("đến ngày"))
    period_label = models.CharField(_("kỳ báo cáo"), max_length=100)
    next_period_label = models.CharField(_("kỳ tiếp theo"), max_length=100, blank=True)
    title = models.CharField(_("trích yếu"), max_length=500)
    subtitle = models.CharField(_("ghi chú dưới trích yếu"), max_length=255, blank=True)
    addressee = models.CharField(_("kính gửi"), max_length=255, blank=True)
    status = models.CharField(_("trạng thái"), max_length=12, choices=ReportStatus.choices,
                              default=ReportStatus.COLLECTING)
    number = models.PositiveIntegerField(_("số"), null=True, blank=True)
    symbol = models.CharField(_("ký hiệu"), max_length=40, default="BC-SKHCN")
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    recipients = models.JSONField(_("nơi nhận"), default=list, blank=True)
    signer_authority = models.JSONField(_("thẩm quyền ký"), default=list, blank=True)
    signer_name = models.CharField(_("người ký"), max_length=150, blank=True)
    generated = models.JSONField(
        _("số liệu tạo từ dữ liệu"), default=dict, blank=True,
        help_text=_("Số liệu, phụ lục, đánh giá và phương hướng tạo từ dữ liệu lần gần nhất."),
    )
    generated_at = models.DateTimeField(_("tạo số liệu lúc"), null=True, blank=True)
    opening = models.TextField(
        _("đoạn mở đầu (căn cứ)"), blank=True,
        help_text=_("Ví dụ: Thực hiện Công văn số 1055/SKH-TH ngày 19/5/2023 của Sở Kế hoạch và Đầu tư …, "
                    "Sở Khoa học và Công nghệ báo cáo như sau:"),
    )
    assessment = models.TextField(_("đánh giá chung (do người biên tập)"), blank=True)
    direction = models.TextField(_("phương hướng kỳ tới (do người biên tập)"), blank=True)
    created_by = models.ForeignKey("core.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                   verbose_name=_("người tạo"))
    approved_by = models.ForeignKey("core.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                    verbose_name=_("người duyệt"))
    approved_at = models.DateTimeField(_("duyệt lúc"), null=True, blank=True)
    outline = models.ForeignKey(ReportOutline, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                verbose_name=_("đề cương đã dùng"))
    closing = models.TextField(_("câu kết"), blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("báo cáo")
        verbose_name_plural = _("báo cáo")
        ordering = ["organisation", "-period_end", "kind", "-id"]
        indexes = [models.Index(fields=["organisation", "kind", "period_end"])]

    def __str__(self) -> str:
        return f"Báo cáo {self.period_label}"

    def get_absolute_url(self) -> str:
        return reverse("reports:report_detail", args=[self.pk])

    @property
    def is_frozen(self) -> bool:
        return self.status == ReportStatus.ISSUED

    @property
    def number_symbol(self) -> str:
        number = str(self.number) if self.number else " " * 6
        return f"Số: {number}/{self.symbol}"

    def latest_version(self):
        return self.versions.order_by("-number").first()


class ReportSection(OrganisationScopedModel):
    """One part of a report (a domain), pre-filled from the data; its unit adds or edits the narrative."""

    access_policy = ReportSectionPolicy()

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="sections", verbose_name=_("báo cáo"))
    key = models.CharField(_("mã phần"), max_length=40)
    order = models.PositiveIntegerField(_("thứ tự"), default=0)
    level = models.PositiveSmallIntegerField(_("cấp"), default=2)
    source = models.CharField(_("nguồn nội dung"), max_length=40, blank=True)
    self_written = models.BooleanField(_("đơn vị tự viết"), default=False)
    heading = models.CharField(_("tiêu đề"), max_length=255)
    unit = models.ForeignKey("core.Unit", on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                             verbose_name=_("đơn vị phụ trách"))
    generated = models.JSONField(_("nội dung tạo từ dữ liệu"), default=list, blank=True)
    narrative = models.TextField(_("nội dung do đơn vị bổ sung"), blank=True,
                                 help_text=_("Mỗi đoạn một dòng; dòng bắt đầu bằng \"- \" là một gạch đầu dòng."))
    include_generated = models.BooleanField(_("dùng nội dung tạo từ dữ liệu"), default=True)
    updated_by = models.ForeignKey("core.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                   verbose_name=_("người cập nhật"))

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("phần báo cáo của đơn vị")
        verbose_name_plural = _("phần báo cáo của đơn vị")
        ordering = ["report", "order"]
        constraints = [models.UniqueConstraint(fields=["report", "key"], name="one_section_per_key")]

    def __str__(self) -> str:
        return self.heading

    def get_absolute_url(self) -> str:
        return reverse("reports:report_detail", args=[self.report_id]) + f"#phan-{self.key}"


class ReportVersion(OrganisationScopedModel):
    """A frozen snapshot of a report's content; never edited after it is written."""

    access_policy = ReportPolicy()

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="versions", verbose_name=_("báo cáo"))
    number = models.PositiveIntegerField(_("phiên bản"))
    reason = models.CharField(_("lý do"), max_length=255, blank=True)
    content = models.JSONField(_("nội dung"), default=dict)
    text = models.TextField(_("văn bản thuần"), blank=True)
    docx = models.BinaryField(_("tệp .docx đã ban hành"), null=True, blank=True)
    created_by = models.ForeignKey("core.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                                   verbose_name=_("người tạo"))

    class Meta:
        verbose_name = _("phiên bản báo cáo")
        verbose_name_plural = _("phiên bản báo cáo")
        ordering = ["report", "-number"]
        constraints = [models.UniqueConstraint(fields=["report", "number"], name="unique_report_version")]

    def __str__(self) -> str:
        return f"{self.report} — phiên bản {self.number}"

    def get_absolute_url(self) -> str:
        return reverse("reports:report_version", args=[self.report_id, self.number])
