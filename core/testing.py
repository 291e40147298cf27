"""Reusable test helpers: build organisations, units and members the way the app does."""
from __future__ import annotations

import itertools

from django.contrib.auth import get_user_model

from core.choices import Role
from core.models import Membership, Organisation, Unit

_counter = itertools.count(1)
PASSWORD = "mat-khau-thu-nghiem-2025"


def make_organisation(code: str | None = None, **fields) -> Organisation:
    code = code or f"org-{next(_counter)}"
    defaults = {
        "name": f"Sở Khoa học và Công nghệ tỉnh {code}",
        "short_name": f"Sở KH&CN {code}",
        "province": code,
        "governing_body": f"UBND TỈNH {code.upper()}",
        "symbol": "SKHCN",
        "place_name": code,
    }
    defaults.update(fields)
    return Organisation.objects.create(code=code, **defaults)


def make_unit(organisation: Organisation, code: str | None = None, **fields) -> Unit:
    code = code or f"unit-{next(_counter)}"
    fields.setdefault("name", f"Phòng {code}")
    return Unit.objects.create(organisation=organisation, code=code, **fields)


def make_member(
    organisation: Organisation, username: str | None = None, roles=(Role.CHUYEN_VIEN,), unit: Unit | None = None,
    full_name: str | None = None, units_in_charge=(), **fields,
) -> Membership:
    User = get_user_model()
    username = username or f"user{next(_counter)}"
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User.objects.create_user(username=username, password=PASSWORD, full_name=full_name or username,
                                        email=f"{username}@example.test")
    membership = Membership.objects.create(user=user, organisation=organisation, unit=unit, roles=list(roles), **fields)
    if units_in_charge:
        membership.units_in_charge.set(units_in_charge)
    return membership


def login(client, membership: Membership):
    client.force_login(membership.user)
    session = client.session
    session["organisation_id"] = membership.organisation_id
    session.save()
    return client


class TenantFixture:
    """Two organisations with a typical cast: used by permission matrices across apps."""

    def __init__(self):
        self.org = make_organisation("org-a")
        self.other_org = make_organisation("org-b")
        self.unit = make_unit(self.org, "qlkh", name="Phòng Quản lý khoa học", abbreviation="QLKH")
        self.other_unit = make_unit(self.org, "vp", name="Văn phòng Sở", abbreviation="VP")
        self.foreign_unit = make_unit(self.other_org, "qlkh", name="Phòng Quản lý khoa học")
        self.director = make_member(self.org, "gd", [Role.GIAM_DOC])
        self.deputy = make_member(self.org, "pgd", [Role.PHO_GIAM_DOC], units_in_charge=[self.unit])
        self.office_chief = make_member(self.org, "cvp", [Role.CHANH_VAN_PHONG], unit=self.other_unit)
        self.head = make_member(self.org, "tp", [Role.TRUONG_DON_VI], unit=self.unit)
        self.staff = make_member(self.org, "cv", [Role.CHUYEN_VIEN], unit=self.unit)
        self.other_staff = make_member(self.org, "cv2", [Role.CHUYEN_VIEN], unit=self.other_unit)
        self.clerk = make_member(self.org, "vt", [Role.VAN_THU], unit=self.other_unit)
        self.admin = make_member(self.org, "qt", [Role.QUAN_TRI], unit=self.other_unit)
        self.foreign_director = make_member(self.other_org, "gd-b", [Role.GIAM_DOC])

    def roles(self) -> dict[str, Membership]:
        return {
            "giam_doc": self.director, "pho_giam_doc": self.deputy, "chanh_van_phong": self.office_chief,
            "truong_phong": self.head, "chuyen_vien": self.staff, "chuyen_vien_khac": self.other_staff,
            "van_thu": self.clerk, "quan_tri": self.admin, "giam_doc_to_chuc_khac": self.foreign_director,
        }
