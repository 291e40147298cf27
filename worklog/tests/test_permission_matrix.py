"""Roles × actions on the work log, through the screens and the API (core.testing.PermissionMatrix)."""
import datetime as dt

import pytest

from core.permissions import system_membership
from core.testing import PermissionMatrix
from worklog.models import WorkLogEntry
from worklog.services import entry_create


class WorkLogMatrix(PermissionMatrix):
    model = WorkLogEntry
    api_basename = "worklog-entry"
    allowed = PermissionMatrix.unit_record_allowed()

    def make_object(self, tenants):
        return entry_create(actor=system_membership(tenants.org), unit=tenants.unit, date=dt.date(2025, 2, 14),
                            kind="council", text="Họp Hội đồng KH&CN tư vấn nghiệm thu", quantity=1,
                            measure_unit="cuộc")

    def add_data(self, tenants):
        return {"unit": tenants.unit.pk, "date": "14/02/2025", "kind": "advice", "status": "done",
                "text": "Tham mưu UBND tỉnh ban hành Kế hoạch", "document_number": "12/KH-UBND",
                "document_date": "10/02/2025"}

    def change_data(self, tenants, obj):
        return self.add_data(tenants) | {"text": "Tham mưu UBND tỉnh ban hành Kế hoạch (đã sửa)"}

    def api_add_data(self, tenants):
        return {"unit": tenants.unit.pk, "date": "2025-02-14", "kind": "advice", "text": "Tham mưu qua API"}

    def api_change_data(self, tenants, obj):
        return {"text": "Sửa qua API"}


MATRIX = WorkLogMatrix()


@pytest.mark.parametrize("role, action", MATRIX.web_cases())
def test_screens(client, tenants, role, action):
    MATRIX.check_web(client, tenants, role, action)


@pytest.mark.parametrize("role, action, auth", MATRIX.api_cases(auths=("session",)))
def test_api(client, tenants, role, action, auth):
    MATRIX.check_api(client, tenants, role, action, auth)
