"""The permission matrix of every register (core.testing.PermissionMatrix), generated from the registry: roles ×
actions through the screens and the API.

Rules (UnitRecordPolicy on the record's unit): everyone of the organisation reads; leaders and the unit's head
and staff add and edit the unit's records; only leaders and the unit's head delete; another organisation sees
nothing.
"""
import pytest

from core.permissions import system_membership
from core.testing import PermissionMatrix
from registers.forms import FORMS
from registers.registry import REGISTERS
from registers.services import register_record_save

from .helpers import make_context, sample_data, variant


def _context(tenants):
    if not hasattr(tenants, "register_context"):
        tenants.register_context = make_context(tenants.org, tenants.unit)
    return tenants.register_context


class RegisterMatrix(PermissionMatrix):
    allowed = PermissionMatrix.unit_record_allowed()
    register = None

    def __init__(self, register):
        self.register = register
        self.model = register.model
        self.api_basename = f"registers-{register.model_name}"

    def __repr__(self):
        return self.register.name

    def data(self, tenants, index):
        return variant(self.register, sample_data(self.register, _context(tenants), tenants.unit), index)

    def make_object(self, tenants):
        form = FORMS[self.model](self.data(tenants, 1), membership=tenants.director)
        assert form.is_valid(), form.errors
        return register_record_save(instance=form.save(commit=False), actor=system_membership(tenants.org))

    def _label(self, obj):
        """The record's first text column (the list shows columns, not `str(obj)`)."""
        from django.db import models
        from django.utils.html import escape

        for name in self.register.columns:
            field = self.model._meta.get_field(name)
            if isinstance(field, (models.CharField, models.TextField)) and not field.choices and getattr(obj, name):
                return escape(getattr(obj, name))
        from core.views.generic import display_value

        return escape(display_value(obj, self.model._meta.get_field(self.register.columns[0])))  # e.g. a date

    def add_data(self, tenants):
        return self.data(tenants, 2)

    def change_data(self, tenants, obj):
        return self.data(tenants, 1) | {"note": "Ghi chú đã sửa"}

    def api_add_data(self, tenants):
        data = {}
        for name, value in self.add_data(tenants).items():
            field = self.model._meta.get_field(name)
            if value == "on":
                value = True
            elif field.is_relation:
                value = int(value)
            data[name] = value
        return data

    def api_change_data(self, tenants, obj):
        return {"note": "Ghi chú sửa qua API"}


MATRICES = [RegisterMatrix(register) for register in REGISTERS]

# Every register has the same policy (UnitRecordPolicy on `unit`, checked by `test_every_register_has_the_unit_policy`).
# Three registers of different shapes play the whole matrix; the others play the cells that catch a screen or an
# endpoint not wired through the gate — a writer of the unit, staff of another unit, another organisation, a visitor
# (and a token of another unit's staff) — so the suite stays within CI's time on both databases.
FULL = {"radiationlicence", "verificationrecord", "proceduredossier"}
WIRING_ROLES = ("chuyen_vien", "chuyen_vien_khac", "giam_doc_to_chuc_khac", "khach")


def _web_cases(matrix):
    full = matrix.register.model_name in FULL
    return [case for case in matrix.web_cases() if full or case.values[0] in WIRING_ROLES]


def _api_cases(matrix):
    full = matrix.register.model_name in FULL
    return [case for case in matrix.api_cases()
            if full or (case.values[0] in WIRING_ROLES and (case.values[2] == "session" or case.values[0] == "chuyen_vien_khac"))]


@pytest.mark.parametrize("matrix, role, action", [
    pytest.param(matrix, *case.values, id=f"{matrix.register.model_name}-{case.id}")
    for matrix in MATRICES for case in _web_cases(matrix)
])
def test_screens(client, tenants, matrix, role, action):
    matrix.check_web(client, tenants, role, action)


@pytest.mark.parametrize("matrix, role, action, auth", [
    pytest.param(matrix, *case.values, id=f"{matrix.register.model_name}-{case.id}")
    for matrix in MATRICES for case in _api_cases(matrix)
])
def test_api(client, tenants, matrix, role, action, auth):
    matrix.check_api(client, tenants, role, action, auth)


def test_every_register_has_the_unit_policy():
    from core.permissions import UnitRecordPolicy

    for matrix in MATRICES:
        policy = matrix.model.access_policy
        assert type(policy) is UnitRecordPolicy and policy.unit_lookup == "unit", matrix.register.name


def test_matrix_size():
    """All 24 registers; 3 with 10 roles × 6 actions on the screens and 19 (role, auth) × 6 through the API, the
    other 21 with 4 roles × 6 actions on the screens and 5 (role, auth) × 6 through the API."""
    assert len(MATRICES) == 24 and FULL <= {m.register.model_name for m in MATRICES}
    assert sum(len(_web_cases(m)) for m in MATRICES) == 3 * 60 + 21 * 24
    assert sum(len(_api_cases(m)) for m in MATRICES) == 3 * 114 + 21 * 30


def test_api_refuses_before_saving_a_record_for_another_unit(client, tenants):
    """Before: the API saved the record, then checked and rolled back. Now the service refuses first."""
    from core.testing import login
    from registers import models as m

    login(client, tenants.other_staff)
    response = client.post("/api/registers/co-so-buc-xa/", {"name": "Cơ sở của phòng khác", "kind": "medical",
                                                            "unit": tenants.unit.pk}, content_type="application/json")
    assert response.status_code == 403
    assert not m.RadiationFacility.objects.filter(name="Cơ sở của phòng khác").exists()
