"""Shared fixtures of the reports tests: an organisation with a Văn phòng, a science unit and a cast of roles."""
import pytest

from core.choices import Role, UnitKind
from core.testing import make_member, make_organisation, make_unit


@pytest.fixture
def cast(db):
    org = make_organisation("org-rp")
    office = make_unit(org, "van-phong", name="Văn phòng Sở", kind=UnitKind.VAN_PHONG)
    science = make_unit(org, "qlkh", name="Phòng Quản lý khoa học")
    other = make_unit(org, "tdc", name="Phòng TĐC")
    return {
        "org": org, "science": science,
        "director": make_member(org, "rp-gd", [Role.GIAM_DOC], full_name="Trần Ngọc Lâm"),
        "office": make_member(org, "rp-vp", [Role.CHUYEN_VIEN], unit=office),
        "qlkh": make_member(org, "rp-qlkh", [Role.CHUYEN_VIEN], unit=science),
        "tdc": make_member(org, "rp-tdc", [Role.CHUYEN_VIEN], unit=other),
        "clerk": make_member(org, "rp-vt", [Role.VAN_THU], unit=office),
    }
