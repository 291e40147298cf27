"""Organisations (one Sở KH&CN of one province) and their units, both with validity periods.

Provinces and departments merged in 2025: a superseded organisation or unit stays readable under its
old name, and `superseded_by` points to its successor.
"""
import datetime as dt

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.choices import UnitKind
from core.permissions import AdministrationPolicy

from .base import OrganisationScopedModel, OrganisationScopedQuerySet, SearchableModel, TimeStampedModel


class ValidityQuerySet(models.QuerySet):
    def active_on(self, day: dt.date):
        return self.filter(
            models.Q(valid_from__isnull=True) | models.Q(valid_from__lte=day),
            models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=day),
        )


class Organisation(SearchableModel, TimeStampedModel):
    """Một Sở KH&CN của một tỉnh: the tenant every domain record belongs to."""

    SEARCH_FIELDS = ("name", "short_name", "province", "code")

    code = models.SlugField(_("mã"), max_length=40, unique=True, help_text=_("Ví dụ: quang-tri"))
    name = models.CharField(_("tên đầy đủ"), max_length=255)
    short_name = models.CharField(_("tên viết tắt"), max_length=100)
    province = models.CharField(_("tỉnh"), max_length=100)
    governing_body = models.CharField(
        _("cơ quan chủ quản (dòng đầu tiêu đề)"), max_length=150, help_text=_("Ví dụ: UBND TỈNH QUẢNG TRỊ")
    )
    issuing_body = models.CharField(
        _("cơ quan ban hành (dòng thứ hai tiêu đề)"), max_length=150, default="SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    )
    symbol = models.CharField(_("ký hiệu trong số văn bản"), max_length=30, help_text=_("Ví dụ: SKHCN"))
    place_name = models.CharField(_("địa danh ghi ngày tháng"), max_length=100, help_text=_("Ví dụ: Quảng Trị"))
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_to = models.DateField(_("hiệu lực đến"), null=True, blank=True)
    superseded_by = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="predecessors",
        verbose_name=_("được thay thế bởi"),
    )
    members_read_all = models.BooleanField(
        _("mọi thành viên được xem toàn bộ dữ liệu"), default=True,
        help_text=_("Bỏ chọn để chuyên viên chỉ xem dữ liệu của phòng, đơn vị mình."),
    )
    settings = models.JSONField(_("cấu hình"), default=dict, blank=True)

    history = HistoricalRecords()
    objects = ValidityQuerySet.as_manager()

    class Meta:
        verbose_name = _("tổ chức")
        verbose_name_plural = _("tổ chức")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.short_name or self.name

    def get_absolute_url(self) -> str:
        return reverse("core:organisation_detail", args=[self.pk])

    def clean(self):
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": _("Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.")})
        if self.superseded_by_id and self.superseded_by_id == self.pk:
            raise ValidationError({"superseded_by": _("Một tổ chức không thể tự thay thế chính nó.")})

    def setting(self, key: str, default=None):
        """Per-organisation configuration, e.g. `setting("directives.due_soon_days", 7)`."""
        return (self.settings or {}).get(key, default)


class UnitQuerySet(OrganisationScopedQuerySet):
    def active_on(self, day: dt.date):
        return self.filter(
            models.Q(valid_from__isnull=True) | models.Q(valid_from__lte=day),
            models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=day),
        )

    def active_on_or_ids(self, day: dt.date, ids):
        """Active units plus the given ones (the value a record already has stays selectable)."""
        return self.filter(models.Q(pk__in=self.active_on(day).values("pk")) | models.Q(pk__in=list(ids)))


class Unit(SearchableModel, OrganisationScopedModel):
    """Phòng, văn phòng, thanh tra, trung tâm, chi cục, đoàn thể thuộc Sở."""

    SEARCH_FIELDS = ("name", "short_name", "abbreviation", "aliases")
    access_policy = AdministrationPolicy()

    code = models.SlugField(_("mã"), max_length=40)
    name = models.CharField(_("tên đơn vị"), max_length=255)
    short_name = models.CharField(_("tên ngắn"), max_length=100, blank=True, help_text=_("Ví dụ: Phòng QLKH"))
    abbreviation = models.CharField(_("viết tắt"), max_length=30, blank=True, help_text=_("Ví dụ: TĐC"))
    aliases = models.TextField(
        _("tên gọi khác"), blank=True, help_text=_("Mỗi dòng một tên gọi khác, dùng khi đối chiếu văn bản nhập vào.")
    )
    kind = models.CharField(_("loại đơn vị"), max_length=20, choices=UnitKind.choices, default=UnitKind.PHONG)
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children", verbose_name=_("đơn vị cấp trên")
    )
    display_order = models.PositiveIntegerField(_("thứ tự hiển thị"), default=100)
    email = models.EmailField(_("thư điện tử"), blank=True)
    valid_from = models.DateField(_("hoạt động từ"), null=True, blank=True)
    valid_to = models.DateField(_("hoạt động đến"), null=True, blank=True)
    superseded_by = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="predecessors",
        verbose_name=_("được thay thế bởi"),
    )

    history = HistoricalRecords()
    objects = UnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        ordering = ["organisation", "display_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "code"], name="unit_code_unique_per_organisation"),
        ]

    def __str__(self) -> str:
        return self.short_name or self.name

    def get_absolute_url(self) -> str:
        return reverse("core:unit_detail", args=[self.pk])

    def owner_unit_ids(self) -> set[int]:
        return {self.pk} if self.pk else set()

    def is_active_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or self.valid_to >= day)

    @property
    def is_active(self) -> bool:
        from django.utils import timezone

        return self.is_active_on(timezone.localdate())

    def names(self) -> list[str]:
        """Every name this unit is known by: for matching imported text."""
        names = [self.name, self.short_name, self.abbreviation, *self.aliases.splitlines()]
        return [name.strip() for name in names if name and name.strip()]

    def clean(self):
        errors = {}
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            errors["valid_to"] = _("Ngày kết thúc hoạt động phải sau ngày bắt đầu.")
        if self.parent_id:
            parent = self.parent
            if self.organisation_id and parent.organisation_id != self.organisation_id:
                errors["parent"] = _("Đơn vị cấp trên phải thuộc cùng tổ chức.")
            else:
                seen = {self.pk} if self.pk else set()
                node = parent
                while node is not None:
                    if node.pk in seen:
                        errors["parent"] = _("Không thể chọn đơn vị cấp trên này: sẽ tạo vòng lặp trong cây đơn vị.")
                        break
                    seen.add(node.pk)
                    node = node.parent
        if self.superseded_by_id and self.organisation_id and self.superseded_by.organisation_id != self.organisation_id:
            # a successor may live in the merged organisation; allow it only if that one supersedes ours
            if self.superseded_by.organisation_id != (self.organisation.superseded_by_id or -1):
                errors["superseded_by"] = _("Đơn vị thay thế phải thuộc cùng tổ chức hoặc tổ chức kế thừa.")
        if errors:
            raise ValidationError(errors)
