"""The figures of seeds 000, 002 and 004, computed from the demo records by `register_stats`."""
import datetime as dt
import io
import json

import pytest
from django.core.management import call_command

from core import demo as core_demo
from core.models import DomainEvent, Organisation
from registers import demo
from registers import models as m
from registers.selectors import FIGURES, register_details, register_stats

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_db(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import transaction

        atomic = transaction.atomic()
        atomic.__enter__()
        core_demo.load()
        demo.load()
        yield
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


def stats_cli(org, start, end):
    out = io.StringIO()
    call_command("register_stats", "--org", org, "--from", start, "--to", end, "--json", stdout=out)
    return json.loads(out.getvalue())


def test_ninh_thuan_january_2024_gives_seed_004_figures(demo_db):
    stats = stats_cli("ninh-thuan", "2023-12-15", "2024-01-14")
    expected = {
        "instruments_verified": 147, "instrument_facilities": 41, "instruments_passed": 134, "instruments_failed": 13,
        "samples_tested": 92, "samples_by_kind": {"water": 51, "food": 41}, "conformity_declarations": 3,
        "standards_added": 147, "standards_total": 1007, "technology_opinions": 3, "ip_cases_guided": 3,
        "ip_transfers": 1, "radiation_incidents": 1, "inspection_instruments_checked": 228, "complaints": 0,
        "petitions_total": 0, "tthc_received": 3, "tthc_on_time": 3, "tthc_late": 0, "tthc_returned": 0,
        "radiation_licences_issued": 0, "radiation_licences_renewed": 0, "radiation_certificates": 0,
        "inspections_concluded": 0, "amount_recovered": 0,
    }
    assert {key: stats[key] for key in expected} == expected


def test_a_day_outside_the_period_changes_the_figures(demo_db):
    stats = stats_cli("ninh-thuan", "2023-12-19", "2024-01-14")
    assert stats["conformity_declarations"] == 2  # 296/TB-CTĐC of 18/12/2023 falls out
    assert stats["standards_total"] == 1007


def test_ninh_thuan_footnotes(demo_db):
    organisation = Organisation.objects.get(code="ninh-thuan")
    details = register_details(organisation=organisation, date_from=dt.date(2023, 12, 15), date_to=dt.date(2024, 1, 14))
    assert [d["notice"] for d in details["conformity_declarations"]] == [
        "Thông báo số 296/TB-CTĐC ngày 18/12/2023", "Thông báo số 297/TB-CTĐC ngày 19/12/2023",
        "Thông báo số 01/TB-CTĐC ngày 02/01/2024",
    ]
    assert [d["enterprise"] for d in details["ip_cases"]] == [
        "Công ty TNHH thực phẩm T&H", "Cơ sở Hồ Sĩ Tường Trang", "Công ty TNHH Đệ nhất yến sào"]
    assert details["technology_opinions"][2]["investor"] == "Công ty Cổ phần BIOVALLEY Việt Nam"
    incident = details["incidents"][0]
    assert incident["nuclide"] == "Ir-192" and incident["activity"] == "70 Ci"
    assert [(e["date"], e["kind"]) for e in incident["timeline"]][2:4] == [("07/01/2024", "Tìm thấy"), ("07/01/2024", "Bàn giao")]
    assert "10/BC-UBND" in incident["timeline"][-1]["document"]
    joint = [i for i in details["inspections"] if i["instruments_checked"]][0]
    assert joint["instruments_checked"] == 228 and joint["subject_count"] == 6


def test_bac_kan_nine_months_2023_gives_seed_002_figures(demo_db):
    stats = stats_cli("bac-kan", "2022-12-15", "2023-09-14")
    expected = {
        "radiation_licences_issued": 3, "radiation_licences_renewed": 6, "radiation_licences_returned": 2,
        "radiation_certificates": 3, "radiation_declarations_new": 2, "radiation_declarations_stopped": 2,
        "tthc_received": 46, "tthc_on_time": 40, "tthc_pending": 2, "tthc_awaiting_supplement": 1,
        "tthc_returned": 3, "tthc_late": 0, "tthc_on_time_rate": 100.0, "inspections_concluded": 2,
        "inspection_subjects": 5, "amount_recovered": 45998409, "amount_reduced": 45998409,
        "technology_opinions": 15, "measurement_checks": 4, "quality_checks": 4, "barcode_registrations": 6,
        "initiatives_recognised": 3, "initiative_persons": 14, "ip_cases_guided": 4, "samples_tested": 185,
    }
    assert {key: stats[key] for key in expected} == expected
    assert stats["amount_recovered_words"] == "Bốn mươi lăm triệu, chín trăm chín mươi tám nghìn, bốn trăm linh chín đồng"
    assert stats["instruments_by_type"]["can"] == 68 and stats["instruments_by_type"]["cong_to_dien"] == 1152 + 2383


def test_bac_kan_footnotes(demo_db):
    organisation = Organisation.objects.get(code="bac-kan")
    details = register_details(organisation=organisation, date_from=dt.date(2022, 12, 15), date_to=dt.date(2023, 9, 14))
    licences = details["radiation_licences"]
    assert [(d["kind"], d["status"]) for d in licences].count(("Cấp mới", "Đã cấp")) == 3
    assert sorted({d["kind"] for d in licences if d["status"] == "Đã cấp"}) == ["Cấp mới", "Gia hạn"]
    assert all(d["return_reason"] for d in licences if d["status"] != "Đã cấp") and len(licences) == 11
    assert {d["type"]: d["quantity"] for d in details["verifications"]}["can"] == 68
    checks = details["compliance_checks"]
    assert len(checks) >= 8 and all(d["date"].endswith("/2023") for d in checks)


def test_calendar_nine_months_gives_the_same_tthc_figures(demo_db):
    stats = stats_cli("bac-kan", "2023-01-01", "2023-09-30")
    assert (stats["tthc_received"], stats["tthc_on_time"], stats["tthc_pending"]) == (46, 40, 2)


def test_quang_tri_february_2025_gives_seed_000_figures(demo_db):
    for start, end in (("2025-01-15", "2025-02-14"), ("2025-02-01", "2025-02-28")):
        stats = stats_cli("quang-tri", start, end)
        assert (stats["instruments_verified"], stats["samples_tested"]) == (51, 44)
        assert (stats["conformity_declarations"], stats["conformity_products"], stats["conformity_enterprises"]) == (1, 4, 1)
        assert stats["radiation_licences_issued"] == 1
        assert stats["technology_opinions"] == 5
        assert stats["inspections_concluded"] == 1
        assert stats["complaints"] == 0


def test_register_stats_has_the_keys_the_reports_need(demo_db):
    organisation = Organisation.objects.get(code="quang-tri")
    stats = register_stats(organisation=organisation, date_from=dt.date(2025, 2, 1), date_to=dt.date(2025, 2, 28))
    required = {"instruments_verified", "instruments_passed", "instruments_failed", "instrument_facilities",
                "samples_tested", "samples_by_kind", "radiation_licences_issued", "radiation_licences_renewed",
                "radiation_certificates", "conformity_declarations", "standards_added", "standards_total",
                "tthc_received", "tthc_on_time", "tthc_late", "tthc_returned", "inspections_concluded",
                "amount_recovered", "technology_opinions", "ip_cases_guided"}
    assert required <= set(stats)
    assert set(stats) == set(FIGURES)
    # register_stats batches some figures (instrument totals, TTHC): every one equals its own selector
    kwargs = dict(organisation=Organisation.objects.get(code="bac-kan"), date_from=dt.date(2023, 1, 1),
                  date_to=dt.date(2023, 9, 30))
    batched = register_stats(**kwargs)
    assert batched == {key: selector(**kwargs) for key, selector in FIGURES.items()}
    assert batched["instruments_verified"] > 0 and batched["tthc_received"] == 46


def test_second_demo_load_writes_nothing(demo_db):
    history = sum(model.history.count() for model in (m.VerificationRecord, m.ProcedureDossier, m.RadiationLicence))
    events = DomainEvent.objects.count()
    demo.load()
    assert sum(model.history.count() for model in (m.VerificationRecord, m.ProcedureDossier, m.RadiationLicence)) == history
    assert DomainEvent.objects.count() == events


def test_unknown_organisation_is_a_clear_error(demo_db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Không tìm thấy tổ chức"):
        stats_cli("khong-co", "2024-01-01", "2024-01-31")
