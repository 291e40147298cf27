"""People: the login account, and its membership in one or more organisations with roles."""
from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.choices import DIRECTOR_ROLES, LEADER_ROLES, Role
from core.permissions import MembershipPolicy

from .base import OrganisationScopedModel, SearchableModel


class User(AbstractUser):
    """A login account; `full_name` is how documents and screens name the person."""

    full_name = models.CharField(_("họ và tên"), max_length=150, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=30, blank=True)

    class Meta:
        verbose_name = _("tài khoản")
        verbose_name_plural = _("tài khoản")
        ordering = ["full_name", "username"]

    def __str__(self) -> str:
        return self.full_name or self.get_full_name() or self.username


class Membership(SearchableModel, OrganisationScopedModel):
    """Cán bộ của một Sở: position, unit and roles of one person in one organisation.

    A person can hold memberships in several organisations (rare, but real during the 2025 mergers).
    """

    SEARCH_FIELDS = ("user__full_name", "user__username", "position", "unit__name", "user__email")
    access_policy = MembershipPolicy()

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="memberships", verbose_name=_("tài khoản")
    )
    unit = models.ForeignKey(
        "core.Unit", on_delete=models.PROTECT, null=True, blank=True, related_name="members", verbose_name=_("đơn vị")
    )
    position = models.CharField(_("chức vụ"), max_length=150, blank=True)
    roles = models.JSONField(_("vai trò"), default=list, blank=True)
    units_in_charge = models.ManyToManyField(
        "core.Unit", blank=True, related_name="leaders_in_charge", verbose_name=_("đơn vị phụ trách"),
        help_text=_("Các phòng, đơn vị do Phó Giám đốc phụ trách."),
    )
    is_active = models.BooleanField(_("đang công tác"), default=True)
    display_order = models.PositiveIntegerField(_("thứ tự hiển thị"), default=100)

    history = HistoricalRecords(m2m_fields=[units_in_charge])

    class Meta:
        verbose_name = _("cán bộ")
        verbose_name_plural = _("cán bộ")
        ordering = ["organisation", "display_order", "user__full_name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_membership_per_user_and_organisation"),
        ]

    def __str__(self) -> str:
        return str(self.user)

    def get_absolute_url(self) -> str:
        return reverse("core:membership_detail", args=[self.pk])

    def owner_unit_ids(self) -> set[int]:
        return {self.unit_id} if self.unit_id else set()

    @property
    def full_name(self) -> str:
        return str(self.user)

    def has_role(self, *roles: str) -> bool:
        return any(role in (self.roles or []) for role in roles)

    @property
    def is_leader(self) -> bool:
        return self.user.is_superuser or self.has_role(*LEADER_ROLES)

    @property
    def is_director(self) -> bool:
        return self.user.is_superuser or self.has_role(*DIRECTOR_ROLES)

    @property
    def is_admin(self) -> bool:
        return self.user.is_superuser or self.has_role(Role.QUAN_TRI)

    @property
    def is_unit_head(self) -> bool:
        return self.has_role(Role.TRUONG_DON_VI)

    @property
    def is_clerk(self) -> bool:
        return self.has_role(Role.VAN_THU)

    @classmethod
    def history_display(cls, field_name: str, value):
        """How the change log shows a value (roles by their Vietnamese labels); None: the default."""
        if field_name == "roles" and isinstance(value, list):
            labels = dict(Role.choices)
            return ", ".join(str(labels.get(role, role)) for role in value)
        return None

    def role_labels(self) -> str:
        labels = dict(Role.choices)
        return ", ".join(str(labels.get(role, role)) for role in self.roles or [])

    def scope_unit_ids(self) -> set[int]:
        """The unit of this person and the units a deputy director is in charge of."""
        ids = {self.unit_id} if self.unit_id else set()
        if self.pk:
            ids |= set(self.units_in_charge.values_list("id", flat=True))
        return ids

    def clean(self):
        unknown = [role for role in self.roles or [] if role not in Role.values]
        if unknown:
            raise ValidationError({"roles": _("Vai trò không hợp lệ: %(roles)s") % {"roles": ", ".join(unknown)}})
        if self.unit_id and self.organisation_id and self.unit.organisation_id != self.organisation_id:
            raise ValidationError({"unit": _("Đơn vị phải thuộc cùng tổ chức với cán bộ.")})
