"""Shared test helpers for the registers: two organisations, helper objects for the sample data, and records
of every register made through the same form and service a clerk uses."""
import datetime as dt

from core.choices import Role
from core.testing import make_member, make_organisation, make_unit
from core.permissions import system_membership
from registers import models as m
from registers.forms import FORMS
from registers.services import register_record_create, register_record_save

# Fields that must differ between records of one organisation (unique constraints or import keys).
UNIQUE_FIELDS = ("number", "code", "serial_number", "title", "name", "topic", "year", "notice_number")


def make_context(organisation, unit):
    """Objects the registry's sample data refers to as "@facility", "@incident", "@procedure"."""
    facility = register_record_create(model=m.RadiationFacility, actor=system_membership(organisation), unit=unit,
                                      name="Bệnh viện đa khoa tỉnh")
    incident = register_record_create(model=m.RadiationIncident, actor=system_membership(organisation), unit=unit,
                                      title="Sự cố thử nghiệm", occurred_on=dt.date(2024, 4, 1))
    procedure = register_record_create(model=m.Procedure, actor=system_membership(organisation), unit=unit, code="P-01",
                                       name="Đăng ký kết quả thực hiện nhiệm vụ KH&CN")
    return {"facility": facility, "incident": incident, "procedure": procedure}


def sample_data(register, context, unit) -> dict:
    data = {}
    for name, value in register.sample.items():
        data[name] = str(context[value[1:]].pk) if isinstance(value, str) and value.startswith("@") else value
    data["unit"] = str(unit.pk)
    data["note"] = "Ghi chú thử nghiệm"
    return data


def variant(register, data: dict, index: int) -> dict:
    """The sample data made distinct for the index-th record (unique numbers, codes, years…)."""
    data = dict(data)
    for name in UNIQUE_FIELDS:
        if name in data and name in register.fields:
            data[name] = str(1900 + index % 200) if name == "year" else f"{data[name]} ({index})"
    return data


def form_record(register, membership, data: dict):
    """Save a record through the register's form and service, as the create screen does."""
    form = FORMS[register.model](data, membership=membership)
    assert form.is_valid(), form.errors
    return register_record_save(instance=form.save(commit=False), actor=membership)


class Cast:
    """Organisation A (units TĐC and QLKH, a director and a staff member in each unit) and organisation B."""

    def __init__(self):
        self.org = make_organisation("reg-a")
        self.other_org = make_organisation("reg-b")
        self.unit = make_unit(self.org, "tdc", name="Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng", abbreviation="TĐC")
        self.other_unit = make_unit(self.org, "qlkh", name="Phòng Quản lý khoa học", abbreviation="QLKH")
        self.foreign_unit = make_unit(self.other_org, "tdc", name="Phòng TĐC")
        self.director = make_member(self.org, "reg-gd", [Role.GIAM_DOC])
        self.staff = make_member(self.org, "reg-cv", [Role.CHUYEN_VIEN], unit=self.unit)
        self.other_staff = make_member(self.org, "reg-cv2", [Role.CHUYEN_VIEN], unit=self.other_unit)
        self.foreign_director = make_member(self.other_org, "reg-gd-b", [Role.GIAM_DOC])
        self.context = make_context(self.org, self.unit)
        self.foreign_context = make_context(self.other_org, self.foreign_unit)
