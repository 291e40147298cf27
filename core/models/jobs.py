"""Background jobs a person started: progress, a Vietnamese status line and a result to come back to (core/jobs.py)."""
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.permissions import VIEW, AccessPolicy


class JobPolicy(AccessPolicy):
    """A job is its starter's: only that membership sees it; any active member may start one (the handler's services
    check the real action)."""

    def can(self, membership, action, obj=None) -> bool:
        if membership is None or not membership.is_active:
            return False
        if obj is None:
            return True
        if obj.organisation_id != membership.organisation_id:
            return False
        if membership.pk is None:  # the system actor (commands) may follow its own jobs
            return obj.membership_id is None
        return obj.membership_id == membership.pk and action in (VIEW, "add", "cancel")

    def restrict(self, queryset, membership, action):
        if membership.pk is None:
            return queryset.filter(membership__isnull=True)
        return queryset.filter(membership_id=membership.pk)


class Job(models.Model):
    """One piece of long work (an import, a PDF conversion, the extraction of a large document)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Đang chờ")
        RUNNING = "running", _("Đang chạy")
        SUCCEEDED = "succeeded", _("Đã xong")
        FAILED = "failed", _("Không thành công")

    FINISHED = (Status.SUCCEEDED, Status.FAILED)

    organisation = models.ForeignKey("core.Organisation", on_delete=models.CASCADE, verbose_name=_("tổ chức"))
    membership = models.ForeignKey(
        "core.Membership", on_delete=models.CASCADE, null=True, blank=True, related_name="jobs",
        verbose_name=_("người khởi chạy"),
    )
    handler = models.CharField(_("xử lý"), max_length=200)
    title = models.CharField(_("công việc"), max_length=300)
    params = models.JSONField(_("tham số"), default=dict, blank=True)
    status = models.CharField(_("trạng thái"), max_length=16, choices=Status.choices, default=Status.QUEUED,
                              db_index=True)
    percent = models.PositiveSmallIntegerField(_("tiến độ (%)"), default=0)
    status_line = models.CharField(_("diễn biến"), max_length=300, blank=True)
    result_url = models.CharField(_("đường dẫn kết quả"), max_length=500, blank=True)
    result_label = models.CharField(_("kết quả"), max_length=200, blank=True)
    result = models.JSONField(_("dữ liệu kết quả"), default=dict, blank=True)
    error = models.TextField(_("lỗi"), blank=True)
    task_id = models.CharField(_("mã tác vụ"), max_length=64, blank=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True, db_index=True)
    started_at = models.DateTimeField(_("bắt đầu lúc"), null=True, blank=True)
    finished_at = models.DateTimeField(_("xong lúc"), null=True, blank=True)

    access_policy = JobPolicy()

    class Meta:
        verbose_name = _("công việc chạy nền")
        verbose_name_plural = _("công việc chạy nền")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("core:job_detail", args=[self.pk])

    @property
    def is_finished(self) -> bool:
        return self.status in self.FINISHED
