"""Source documents: the Quyết định, Kế hoạch, Công văn, Thông báo kết luận… that assign tasks."""
from __future__ import annotations

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.formatting import format_date
from core.models import OrganisationScopedModel, SearchableModel
from core.permissions import ClerkDocumentPolicy
from core.uploads import ATTACHMENT_KINDS, UploadValidator
from directives.choices import SourceType, source_category_of

# "1490/UBND-TH", "03/KH-SKHCN", "57-NQ/TW", "163/2021/NQ-HĐND", "434/SKHCN-VP", "12a/QĐ-UBND"
NUMBER_RE = re.compile(r"^\d{1,6}[A-Z]?(?:/\d{4})?[/-][A-ZĐ][A-ZĐ0-9&.]*(?:[/-][A-ZĐ0-9&.]+)*$")


def normalise_number(text: str | None) -> str:
    """ "số 1490 / ubnd – th" → "1490/UBND-TH". Raises ValidationError when it is not a document number."""
    value = unicodedata.normalize("NFC", str(text or "")).strip()
    value = re.sub(r"^(?:số|so|Số|SỐ|SO)\s*[:.]?\s*", "", value)
    value = re.sub(r"[–—‐−]", "-", value)
    value = re.sub(r"\s+", "", value).upper().rstrip(".,;")
    if not value:
        return ""
    if not NUMBER_RE.match(value):
        raise ValidationError(
            _("Số, ký hiệu văn bản “%(value)s” không hợp lệ (ví dụ đúng: 1490/UBND-TH, 03/KH-SKHCN, 57-NQ/TW)."),
            params={"value": text}, code="invalid_number",
        )
    return value


class SourceDocument(SearchableModel, OrganisationScopedModel):
    """Văn bản giao nhiệm vụ: number and symbol, date, issuer, summary, attached file."""

    SEARCH_FIELDS = ("number", "summary", "issuer")
    access_policy = ClerkDocumentPolicy(unit_lookup="unit")

    doc_type = models.CharField(_("loại văn bản"), max_length=30, choices=SourceType.choices)
    number = models.CharField(_("số, ký hiệu"), max_length=60, blank=True, help_text=_("Ví dụ: 1490/UBND-TH"))
    issued_on = models.DateField(_("ngày ban hành"))
    issuer = models.CharField(_("cơ quan, người ban hành"), max_length=150, help_text=_("Ví dụ: UBND tỉnh, Giám đốc Sở"))
    summary = models.TextField(_("trích yếu"), blank=True)
    unit = models.ForeignKey(
        "core.Unit", on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        verbose_name=_("đơn vị tham mưu"),
    )
    attachment = models.FileField(_("tệp đính kèm"), upload_to="directives/documents/%Y/", blank=True,
                                  validators=[UploadValidator(ATTACHMENT_KINDS)])

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("văn bản giao nhiệm vụ")
        verbose_name_plural = _("văn bản giao nhiệm vụ")
        ordering = ["-issued_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "number", "issued_on"], condition=~models.Q(number=""),
                name="directives_document_unique_number",
            ),
        ]
        indexes = [models.Index(fields=["organisation", "issued_on"]),
                   # the search box's newest matches: without it PostgreSQL walks the primary key backwards through
                   # every later organisation's documents (56 ms for the first of 34 organisations, 0,1 ms with it)
                   models.Index(fields=["organisation", "-id"], name="directives_document_org_newest")]

    def __str__(self) -> str:
        return self.reference()

    def get_absolute_url(self) -> str:
        return reverse("directives:sourcedocument_detail", args=[self.pk])

    @property
    def category(self) -> str:
        return source_category_of(self.doc_type)

    def reference(self) -> str:
        """ "Công văn số 1490/UBND-TH ngày 06/4/2023" as seed 003 cites documents."""
        label = self.get_doc_type_display()
        number = f" số {self.number}" if self.number else ""
        day = f" ngày {self.issued_on.day:02d}/{self.issued_on.month}/{self.issued_on.year}" if self.issued_on else ""
        return f"{label}{number}{day}"

    def clean(self):
        errors = {}
        try:
            self.number = normalise_number(self.number)
        except ValidationError as exc:
            errors["number"] = exc.messages
        if self.unit_id and self.organisation_id and self.unit.organisation_id != self.organisation_id:
            errors["unit"] = _("Đơn vị phải thuộc cùng tổ chức.")
        if not errors and self.number and self.issued_on and self.organisation_id:
            duplicates = SourceDocument.objects.filter(
                organisation_id=self.organisation_id, number=self.number, issued_on__year=self.issued_on.year,
            ).exclude(pk=self.pk)
            if duplicates.exists():
                errors["number"] = _("Văn bản số %(number)s năm %(year)s đã có trong hệ thống.") % {
                    "number": self.number, "year": self.issued_on.year}
        if errors:
            raise ValidationError(errors)

    def display_date(self) -> str:
        return format_date(self.issued_on)
