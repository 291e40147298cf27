"""One registry of figure labels: every figure a selector computes has a Vietnamese label, and the screens that show
figures carry no code identifier, dict dump, "None" or English sentence."""
import pytest
from django.urls import reverse

from core import figure_labels
from core.figure_labels import Figure, format_value
from core.testing import login
from tests.pagecheck import leaks


def test_every_register_figure_has_a_vietnamese_label():
    from registers.selectors import FIGURES

    assert set(FIGURES) == set(figure_labels.figures("registers"))


@pytest.mark.django_db
def test_every_science_task_figure_has_a_vietnamese_label(tenants):
    from sciencetasks.selectors import year_stats

    stats = year_stats(organisation=tenants.org, year=2025)
    keys = set(stats) - {"organisation", "year", "date_from", "date_to"}
    assert keys <= set(figure_labels.figures("sciencetasks"))


def test_every_directive_figure_has_a_vietnamese_label():
    from directives.selectors import FIGURE_KEYS

    assert set(FIGURE_KEYS) <= set(figure_labels.figures("directives"))


def test_an_unregistered_figure_is_refused_loudly():
    with pytest.raises(KeyError, match="no Vietnamese label"):
        figure_labels.get("registers", "instruments_teleported")


def test_parts_keep_the_commas_of_their_labels_and_numbers_use_dots():
    figure = Figure("by_field", "Theo lĩnh vực", parts={"y_duoc": "Khoa học y, dược", "xa_hoi": "Khoa học xã hội"})
    # a comma inside a label stayed a comma (it became "Khoa học y. dược" when the joined text was re-punctuated)
    assert format_value(figure, {"y_duoc": 1234, "xa_hoi": 3}) == "Khoa học y, dược: 1.234; Khoa học xã hội: 3"
    assert format_value(figure, {}) == "—"
    assert format_value(Figure("rate", "Tỷ lệ", kind="rate"), None) == "—"
    assert format_value(Figure("rate", "Tỷ lệ", kind="rate"), 92.5) == "92,5 %"
    assert format_value(Figure("money", "Tiền", kind="amount"), 1200000000) == "1.200.000.000 đồng"


def test_api_documentation_names_every_figure_in_vietnamese():
    text = figure_labels.describe("registers")
    assert "- `instruments_verified`: Phương tiện đo được kiểm định, hiệu chuẩn, thử nghiệm" in text
    assert "the last update" not in text and "None" not in text


@pytest.mark.django_db
def test_api_schema_carries_the_labels(client, tenants):
    login(client, tenants.director)
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").content.decode()
    assert "Tỷ lệ hồ sơ giải quyết đúng hạn" in schema and "Nhiệm vụ chuyển tiếp" in schema
    assert "Quá hạn chưa hoàn thành" in schema


@pytest.mark.django_db
def test_registers_figures_page_reads_in_vietnamese(client, tenants):
    login(client, tenants.director)
    response = client.get(reverse("registers:index") + "?date_from=01/01/2024&date_to=31/12/2024")
    html = response.content.decode()
    assert response.status_code == 200
    assert leaks(html) == []
    assert "Phương tiện đo được kiểm định, hiệu chuẩn, thử nghiệm" in html
    assert "Tổng số tiêu chuẩn trong kho tại cuối kỳ" in html


@pytest.mark.django_db
def test_science_task_figures_page_reads_in_vietnamese(client, tenants):
    login(client, tenants.director)
    response = client.get(reverse("sciencetasks:year_stats") + "?year=2024")
    html = response.content.decode()
    assert response.status_code == 200
    assert leaks(html) == []
    assert "Nhiệm vụ chuyển tiếp" in html and "Nghiệm thu, theo xếp loại" in html


def test_the_page_check_finds_what_the_users_saw():
    seen = ('<td><code>instruments_verified</code></td><td>{"water": 51, "food": 41}: keys are `SampleKind` values'
            '</td><td>Tổng số (the last update on or before `date_to`)</td><td>None khi chưa có</td>')
    found = " | ".join(leaks(seen))
    assert "instruments_verified" in found and "dict" in found and "tiếng Anh" in found and "None" in found
    assert leaks("<p>Nghiệm thu cấp tỉnh: 1.234; Khoa học y, dược: 3</p>") == []
