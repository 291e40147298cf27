"""The reports print the work log: each entry in the section of its field of work, with its document."""
import datetime as dt
from decimal import Decimal

import pytest

from core.documents.layout import blocks_text
from core.permissions import system_membership
from core.testing import make_organisation, make_unit
from reports import assembly
from reports.assembly.collect import collect
from reports.choices import PeriodRule, ReportKind
from reports.periods import compute_period
from worklog.services import entry_create

MAY_2023 = compute_period(ReportKind.MONTHLY, PeriodRule.CALENDAR, year=2023, month=5)


@pytest.fixture
def org(db):
    org = make_organisation("wl-report")
    units = {code: make_unit(org, code) for code in ("qlkh", "thanh-tra", "tt-ud")}
    actor = system_membership(org)
    entry_create(actor=actor, unit=units["qlkh"], date=dt.date(2023, 5, 19), kind="advice",
                 text="Tham mưu UBND tỉnh ban hành Quyết định ban hành Quy chế quản lý nhiệm vụ KH&CN",
                 document_number="1048/QĐ-UBND", document_date=dt.date(2023, 5, 19))
    entry_create(actor=actor, unit=units["tt-ud"], date=dt.date(2023, 5, 3), kind="public_service",
                 text="Sản xuất giống nấm", quantity=Decimal("2050"), planned_quantity=Decimal("4000"),
                 measure_unit="kg")
    entry_create(actor=actor, unit=units["thanh-tra"], date=dt.date(2023, 5, 8), kind="inspection",
                 text="Tiếp 02 lượt công dân đến phản ánh")
    entry_create(actor=actor, unit=units["qlkh"], date=dt.date(2023, 6, 2), kind="council",
                 text="Họp Hội đồng tư vấn xác định nhiệm vụ KH&CN năm 2024", status="planned")
    entry_create(actor=actor, unit=units["qlkh"], date=dt.date(2023, 4, 28), kind="advice",
                 text="Việc của tháng trước")
    return org


def test_each_entry_is_printed_in_its_section_with_its_document(org):
    data = collect(org, MAY_2023)
    assert not data.errors
    content = assembly.build_content(org, MAY_2023, data)
    science = blocks_text(content.sections["khoa_hoc"])
    assert ("- Tham mưu UBND tỉnh ban hành Quyết định số 1048/QĐ-UBND ngày 19/05/2023 ban hành Quy chế quản lý "
            "nhiệm vụ KH&CN.") in science
    assert "- Sản xuất giống nấm: 2.050/4.000 kg." in blocks_text(content.sections["don_vi"])
    inspection = blocks_text(content.sections["thanh_tra"])
    assert "- Tiếp 02 lượt công dân đến phản ánh." in inspection
    assert "không nhận được đơn thư" not in inspection  # never "nothing" next to the unit's own line
    everything = blocks_text([b for blocks in content.sections.values() for b in blocks])
    assert "Việc của tháng trước" not in everything and "Hội đồng tư vấn xác định" not in everything


def test_planned_entries_of_the_next_period_are_offered_apart(org):
    figures = collect(org, MAY_2023).worklog
    assert [row.text for row in figures.planned] == ["Họp Hội đồng tư vấn xác định nhiệm vụ KH&CN năm 2024"]
    assert len(figures.entries) == 3
