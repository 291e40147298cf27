"""An imported document: the file as uploaded, what the parser read in it, and what was accepted."""
from __future__ import annotations

import datetime as dt

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.models import OrganisationScopedModel, SearchableModel
from core.permissions import ClerkDocumentPolicy
from core.uploads import DOCUMENT_IMPORT_KINDS, UploadValidator
from docimport.choices import DocType, ImportStatus


class ImportedDocument(SearchableModel, OrganisationScopedModel):
    """Văn bản nhập từ tệp: Word, PDF or text read by the parser, waiting for review or accepted.

    `result` is the parser's JSON (issue #7) without the text; `text` is the text it read, shown beside
    the extracted items. Accepting creates the source document and its tasks in the directives app.
    """

    SEARCH_FIELDS = ("file_name", "number_symbol", "title", "issuer")
    access_policy = ClerkDocumentPolicy(unit_lookup="unit")

    file_name = models.CharField(_("tên tệp"), max_length=255)
    file = models.FileField(_("tệp gốc"), upload_to="docimport/%Y/", blank=True,
                            validators=[UploadValidator(DOCUMENT_IMPORT_KINDS)])
    sha256 = models.CharField(_("mã băm SHA-256"), max_length=64, db_index=True)
    text_hash = models.CharField(_("mã băm nội dung"), max_length=64, blank=True, db_index=True,
                                 help_text=_("Cùng nội dung (dù khác tệp: Word, PDF, bản quét) là cùng một văn bản."))
    size = models.PositiveIntegerField(_("dung lượng (byte)"), default=0)
    file_kind = models.CharField(_("định dạng"), max_length=10)
    pages = models.PositiveIntegerField(_("số trang"), default=1)
    encoding = models.CharField(_("bảng mã"), max_length=20, default="unicode")
    doc_type = models.CharField(_("nhóm văn bản"), max_length=30, choices=DocType.choices, default=DocType.OTHER)
    doc_kind = models.CharField(_("loại văn bản"), max_length=60, blank=True)
    number_symbol = models.CharField(_("số, ký hiệu"), max_length=80, blank=True)
    doc_date = models.DateField(_("ngày văn bản"), null=True, blank=True)
    issuer = models.CharField(_("cơ quan ban hành"), max_length=255, blank=True)
    title = models.TextField(_("trích yếu"), blank=True)
    signer = models.CharField(_("người ký"), max_length=150, blank=True)
    position = models.CharField(_("chức vụ người ký"), max_length=150, blank=True)
    text = models.TextField(_("nội dung đã đọc"), blank=True)
    result = models.JSONField(_("kết quả trích xuất"), default=dict, blank=True)
    status = models.CharField(_("trạng thái"), max_length=12, choices=ImportStatus.choices, default=ImportStatus.DRAFT)
    unit = models.ForeignKey(
        "core.Unit", on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("đơn vị nhập"),
    )
    created_by = models.ForeignKey(
        "core.Membership", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("người nhập"),
    )
    accepted_by = models.ForeignKey(
        "core.Membership", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("người xác nhận"),
    )
    accepted_at = models.DateTimeField(_("xác nhận lúc"), null=True, blank=True)
    source_document = models.ForeignKey(
        "directives.SourceDocument", on_delete=models.SET_NULL, null=True, blank=True, related_name="imports",
        verbose_name=_("văn bản giao nhiệm vụ đã tạo"),
    )
    task_count = models.PositiveIntegerField(_("số nhiệm vụ đã tạo"), default=0)

    history = HistoricalRecords(excluded_fields=["text", "result"])

    class Meta:
        verbose_name = _("văn bản nhập từ tệp")
        verbose_name_plural = _("văn bản nhập từ tệp")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organisation", "sha256"])]

    def __str__(self) -> str:
        label = self.doc_kind or self.get_doc_type_display()
        return f"{label} {self.number_symbol}".strip() if self.number_symbol else f"{label} ({self.file_name})"

    def get_absolute_url(self) -> str:
        return reverse("docimport:importeddocument_detail", args=[self.pk])

    @property
    def status_badge(self) -> str:
        from docimport.choices import STATUS_BADGES

        return STATUS_BADGES.get(self.status, "secondary")

    @property
    def tasks(self) -> list[dict]:
        return list((self.result or {}).get("tasks") or [])

    @property
    def references(self) -> list[dict]:
        return list((self.result or {}).get("references") or [])

    @property
    def quantities(self) -> list[dict]:
        return list((self.result or {}).get("quantities") or [])

    @property
    def referred_day(self):
        """The date the text refers to when it gives none of its own (the day it opens with, else the latest date it
        mentions): the day the units valid for its tasks are taken from. Never offered as its issue date: in a news
        item it is often a deadline."""
        return self._result_day("reference_date")

    @property
    def opening_day(self):
        """The day of what the text opens with ("Ngày 17/02/2025, Sở … tổ chức Hội nghị …"): a meeting's notice
        whose own date was left blank is dated near it."""
        return self._result_day("opening_date")

    def _result_day(self, key: str) -> dt.date | None:
        value = ((self.result or {}).get("document") or {}).get(key)
        try:
            return dt.date.fromisoformat(value) if value else None
        except ValueError:
            return None
