"""Who may do what with reports: one policy per model, the gate every reports service passes (`require`).

- everyone of the organisation reads reports, their sections, versions and templates;
- leaders and the Văn phòng create reports, edit the whole text, compile, regenerate and upload templates
  (ADD/CHANGE and the domain actions "compile", "regenerate");
- "approve" is a leader decision of the Giám đốc or a Phó Giám đốc;
- "issue" (number and date): the Giám đốc, a Phó Giám đốc or the Văn thư;
- a unit's head and staff edit their own unit's section (`ReportSectionPolicy`).
"""
from __future__ import annotations

from core.choices import Role, UnitKind
from core.permissions import VIEW, AccessPolicy

COMPILE, REGENERATE, APPROVE, ISSUE = "compile", "regenerate", "approve", "issue"


def compiles(membership) -> bool:
    """Leaders and the Văn phòng put reports together."""
    if membership.is_leader:
        return True
    unit = getattr(membership, "unit", None)
    return bool(unit is not None and unit.kind == UnitKind.VAN_PHONG)


def _member(membership, obj) -> bool:
    if membership is None or not membership.is_active:
        return False
    return obj is None or getattr(obj, "organisation_id", membership.organisation_id) == membership.organisation_id


class ReportPolicy(AccessPolicy):
    """Reports, versions, templates: everyone reads; leaders and the Văn phòng write; leaders approve."""

    leader_actions = frozenset({APPROVE})

    def can(self, membership, action, obj=None) -> bool:
        if not _member(membership, obj):
            return False
        if action == VIEW:
            return True
        if action == APPROVE:
            return membership.is_director
        if action == ISSUE:
            return membership.is_director or membership.is_clerk
        return compiles(membership)

    def restrict(self, queryset, membership, action):
        return queryset if self.can(membership, action) else queryset.none()


class ReportSectionPolicy(AccessPolicy):
    """A unit's part of a report: those who compile edit every part; a unit's head and staff their own."""

    writer_roles = (Role.TRUONG_DON_VI, Role.CHUYEN_VIEN)

    def can(self, membership, action, obj=None) -> bool:
        if not _member(membership, obj):
            return False
        if action == VIEW or compiles(membership):
            return True
        if not membership.has_role(*self.writer_roles) or action not in ("change",):
            return False
        return obj is None or bool(obj.unit_id and obj.unit_id in membership.scope_unit_ids())

    def restrict(self, queryset, membership, action):
        if action == VIEW or compiles(membership):
            return queryset
        if not membership.has_role(*self.writer_roles) or action != "change":
            return queryset.none()
        return queryset.filter(unit_id__in=membership.scope_unit_ids())


class ReportOutlinePolicy(AccessPolicy):
    """The organisation's report outlines (đề cương báo cáo): everyone reads; the Giám đốc, a Phó Giám đốc or an
    administrator of the organisation writes them (they decide what the Sở's reports say)."""

    def can(self, membership, action, obj=None) -> bool:
        if not _member(membership, obj):
            return False
        return action == VIEW or membership.is_director or membership.is_admin

    def restrict(self, queryset, membership, action):
        return queryset if self.can(membership, action) else queryset.none()
