"""Numbers and words as a Vietnamese reader writes them: years without a thousands separator, abbreviations kept
in labels and menus."""
import datetime as dt

import pytest

from core.formatting import capitalise_first, format_number, lower_first
from core.views.generic import display_value


def test_a_year_is_not_a_quantity_on_detail_pages():
    from registers.models import InspectionPlan
    from sciencetasks.models import ScienceTask

    plan = InspectionPlan(year=2025, planned_count=1234)
    assert display_value(plan, InspectionPlan._meta.get_field("year")) == "2025"
    task = ScienceTask(start_year=2021)
    assert display_value(task, ScienceTask._meta.get_field("start_year")) == "2021"
    assert format_number(1234) == "1.234"  # quantities keep their dots


def test_a_year_column_prints_the_year():
    from registers.models import InspectionPlan
    from registers.tables import TABLES
    from sciencetasks.models import ScienceTask
    from sciencetasks.tables import ScienceTaskTable

    table = TABLES[InspectionPlan]([InspectionPlan(pk=1, year=2025, title="Kế hoạch thanh tra năm 2025")])
    assert ">2025<" in table.rows[0].get_cell("year")  # linked: the first column
    table = ScienceTaskTable([ScienceTask(pk=1, code="QT-01", start_year=2021)])
    assert table.rows[0].get_cell("start_year") == "2021"


@pytest.mark.django_db
def test_year_lists_and_details_show_2025_not_2_025(client, tenants):
    from django.urls import reverse

    from core.testing import login
    from registers.models import InspectionPlan

    plan = InspectionPlan.objects.create(organisation=tenants.org, unit=tenants.unit, year=2025,
                                         title="Kế hoạch thanh tra năm 2025", issued_on=dt.date(2025, 2, 4))
    login(client, tenants.director)
    for url in (reverse("registers:inspectionplan_list"), plan.get_absolute_url()):
        html = client.get(url).content.decode()
        assert ">2025<" in html and "2.025" not in html, url


def test_labels_keep_their_capitals():
    assert capitalise_first("kiểm tra nhà nước về TĐC, ATBX") == "Kiểm tra nhà nước về TĐC, ATBX"
    assert lower_first("Khởi nghiệp ĐMST, doanh nghiệp KH&CN") == "khởi nghiệp ĐMST, doanh nghiệp KH&CN"
    assert lower_first("ISO 9001 trong cơ quan") == "ISO 9001 trong cơ quan"


def test_register_labels_and_table_headers_keep_abbreviations():
    from registers.registry import REGISTERS

    labels = {r.label for r in REGISTERS}
    assert "Kiểm tra nhà nước về TĐC, ATBX" in labels and "Năng suất, chất lượng, ISO" in labels


def test_iso_dates_from_stored_data_print_as_dd_mm_yyyy():
    from django.template import Context, Template

    from core.formatting import format_iso_date

    assert format_iso_date("2024-07-30") == "30/07/2024"
    assert format_iso_date("2024-07-30T08:15:00") == "30/07/2024"
    assert format_iso_date("Quý III/2024") == "Quý III/2024" and format_iso_date(None) == ""
    assert Template("{{ d|vn_date }}").render(Context({"d": "2024-07-30"})) == "30/07/2024"


@pytest.mark.django_db
def test_cited_documents_of_an_imported_document_show_dd_mm_yyyy(client, tenants):
    from docimport.models import ImportedDocument

    from core.testing import login

    doc = ImportedDocument.objects.create(
        organisation=tenants.org, file_name="tb-12.docx", sha256="0" * 64, file_kind="docx", unit=tenants.unit,
        result={"references": [{"kind": "Công văn", "number": "1490/UBND-TH", "date": "2024-07-30",
                                "issuer": "UBND tỉnh"}]})
    login(client, tenants.director)
    html = client.get(doc.get_absolute_url()).content.decode()
    assert "1490/UBND-TH" in html
    assert "30/07/2024" in html and "2024-07-30" not in html


@pytest.mark.django_db
def test_year_inputs_of_the_s_and_t_pages_show_2023(client, tenants):
    from django.urls import reverse

    from core.testing import login

    login(client, tenants.director)
    html = client.get(reverse("sciencetasks:year_stats") + "?year=2023").content.decode()
    assert 'name="year" value="2023"' in html and "2.023" not in html
    html = client.get(reverse("sciencetasks:board") + "?year=2023").content.decode()
    assert 'value="2023"' in html and "2.023" not in html
