"""Thẩm định, góp ý công nghệ: opinions on investment projects."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from registers.choices import OpinionKind

from .base import RegisterRecord, check_order, raise_errors


class TechnologyOpinion(RegisterRecord):
    """Ý kiến về công nghệ của một dự án đầu tư."""

    PERIOD_FIELD = "issued_on"
    SEARCH_FIELDS = ("project", "investor", "location", "document", "conclusion")

    project = models.CharField(_("dự án"), max_length=500)
    investor = models.CharField(_("chủ đầu tư"), max_length=255, blank=True)
    location = models.CharField(_("địa điểm"), max_length=255, blank=True)
    kind = models.CharField(_("loại ý kiến"), max_length=30, choices=OpinionKind.choices, default=OpinionKind.OPINION)
    received_on = models.DateField(_("ngày nhận đề nghị"), null=True, blank=True)
    issued_on = models.DateField(_("ngày có ý kiến"))
    document = models.CharField(_("văn bản trả lời"), max_length=255, blank=True)
    conclusion = models.TextField(_("kết luận, ý kiến"), blank=True)

    class Meta:
        verbose_name = _("ý kiến về công nghệ dự án đầu tư")
        verbose_name_plural = _("thẩm định, góp ý công nghệ dự án")
        ordering = ["-issued_on", "-id"]
        indexes = [models.Index(fields=["organisation", "issued_on"])]

    def __str__(self) -> str:
        return self.project[:150]

    def clean(self):
        errors: dict = {}
        check_order(errors, self.received_on, self.issued_on, "issued_on", _("Ngày có ý kiến không thể trước ngày nhận đề nghị."))
        raise_errors(errors)
