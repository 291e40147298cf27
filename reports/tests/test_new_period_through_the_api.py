"""A period no seed covers (July–September 2026), its records entered through the API: the generated sentences
and counts follow them, and the quarter and 9-month reports sum the months' records (no line typed twice)."""
import pytest

from core.testing import login
from reports.models import Report


def _verification(client, unit, day, quantity, passed):
    response = client.post("/api/registers/kiem-dinh/", {
        "unit": unit.pk, "performed_on": day, "activity": "verification", "instrument_type": "can",
        "facility": f"Chợ {day}", "quantity": quantity, "passed": passed, "failed": quantity - passed,
    }, content_type="application/json")
    assert response.status_code == 201, response.content


def _report(client, **period):
    response = client.post("/api/reports/", period, content_type="application/json")
    assert response.status_code == 201, response.content
    report = Report.objects.get(pk=response.json()["id"])
    return report, "\n".join(section["text"] for section in response.json()["sections"])


@pytest.mark.django_db
def test_monthly_records_add_up_in_the_quarter_and_nine_months(client, cast):
    login(client, cast["qlkh"])
    months = [("2026-07-05", 12, 11), ("2026-08-05", 30, 30), ("2026-09-05", 7, 6)]
    for day, quantity, passed in months:
        _verification(client, cast["science"], day, quantity, passed)
    activity = client.post("/api/registers/hoat-dong-don-vi/", {
        "unit": cast["science"].pk, "held_on": "2026-08-10", "kind": "news", "section": "public_service",
        "text": "Cập nhật tin, bài lên Trang Thông tin KH&CN", "quantity": "4", "measure_unit": "tin, bài",
    }, content_type="application/json")
    assert activity.status_code == 201, activity.content
    login(client, cast["office"])
    july, text = _report(client, kind="thang", year=2026, month=7)
    assert july.generated["figures"]["instruments_verified"]["value"] == 12
    assert "Kiểm định, hiệu chuẩn và thử nghiệm 12 phương tiện đo các loại của 01 cơ sở, 11 đạt, 01 không đạt" in text
    august, text = _report(client, kind="thang", year=2026, month=8)
    assert "30 phương tiện đo các loại của 01 cơ sở, tất cả đạt yêu cầu kỹ thuật" in text
    assert "- Cập nhật 04 tin, bài lên Trang Thông tin KH&CN." in text
    september, _ = _report(client, kind="thang", year=2026, month=9)
    quarter, text = _report(client, kind="quy", year=2026, quarter=3)
    nine, nine_text = _report(client, kind="9thang", year=2026)
    monthly = [r.generated["figures"]["instruments_verified"]["value"] for r in (july, august, september)]
    assert monthly == [12, 30, 7]
    for report in (quarter, nine):
        figures = report.generated["figures"]
        assert figures["instruments_verified"]["value"] == sum(monthly) == 49
        assert figures["instruments_passed"]["value"] == 47 and figures["instrument_facilities"]["value"] == 3
    assert "49 phương tiện đo các loại của 03 cơ sở, 47 đạt, 02 không đạt" in text
    assert "- Cập nhật 04 tin, bài lên Trang Thông tin KH&CN." in nine_text
