"""The demo's rolling layer for S&T tasks: a provincial project whose contract ends 20 days after `load_demo` runs,
so the QLKH unit sees an acceptance dossier coming due, and its first advance, whose settlement deadline passed a
month ago, still open. Invented title and host (noted); a second run writes nothing.
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction

from core.models import Organisation, Unit
from core.seeding import upsert
from sciencetasks.choices import Field, Level, MoneyKind, State, TaskType
from sciencetasks.models import MoneyEntry, ScienceTask

ENDS_IN_DAYS = 20
DURATION_DAYS = 24 * 30
ADVANCE_DAYS_AGO = 120  # settled within 90 days (the default deadline): 30 days late on the day the demo is loaded
SETTLEMENT_DAYS = 90
NOTE = "Dữ liệu minh họa: tên nhiệm vụ, tổ chức chủ trì và các ngày do hệ thống đặt theo ngày nạp dữ liệu mẫu."


@transaction.atomic
def load(*, today: dt.date, stdout=None):
    for organisation in Organisation.objects.filter(code__in=("quang-tri", "bac-kan", "ninh-thuan")):
        unit = Unit.objects.filter(organisation=organisation, code="qlkh").first()
        if unit is None:
            continue
        end = today + dt.timedelta(days=ENDS_IN_DAYS)
        start = end - dt.timedelta(days=DURATION_DAYS)
        task, _ = upsert(ScienceTask, {"organisation": organisation, "code": "MH-DT-01"}, {
            "title": "Nghiên cứu ứng dụng chế phẩm sinh học trong sản xuất phân hữu cơ từ phụ phẩm nông nghiệp "
                     f"trên địa bàn tỉnh {organisation.place_name}",
            "short_name": "Chế phẩm sinh học xử lý phụ phẩm nông nghiệp",
            "level": Level.TINH, "task_type": TaskType.DE_TAI, "field": Field.NONG_NGHIEP,
            "host_organisation": "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ (minh họa)",
            "leader_name": "ThS. Nguyễn Văn An", "managing_unit": unit, "start_year": start.year,
            "planned_start": start, "planned_end": end, "budget_state": 850_000_000, "budget_other": 150_000_000,
            "budget_total": 1_000_000_000, "contract_value": 850_000_000, "contract_date": start,
            "contract_number": "MH-01/HĐ-SKHCN", "state": State.IN_PROGRESS, "state_since": start, "note": NOTE,
        })
        advanced_on = today - dt.timedelta(days=ADVANCE_DAYS_AGO)
        upsert(MoneyEntry, {"organisation": organisation, "task": task, "kind": MoneyKind.ADVANCE, "tranche": 1}, {
            "date": advanced_on, "budget_year": advanced_on.year, "amount": 300_000_000,
            "settle_by": advanced_on + dt.timedelta(days=SETTLEMENT_DAYS), "document_number": "MH-01/TƯ-SKHCN",
            "note": "Tạm ứng đợt 1 (minh họa: ngày theo ngày nạp dữ liệu mẫu).",
        })
