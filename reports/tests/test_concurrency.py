"""Lost updates on the reports' edit forms (issue #10, finding 5): a unit's part and the whole-text edit carry the
version they were opened at; a later save on a stale version is refused with what changed, the typed text stays on
the page, nothing stored is overwritten, and a second "Lưu" (now at the current version) goes through."""
import html
import re

import pytest
from django.test import Client
from django.urls import reverse

from core.concurrency import VERSION_FIELD
from core.testing import login
from reports import services
from reports.choices import ReportKind
from reports.models import Report, ReportSection

from .stubs import seed_data
from .test_workflow import PERIOD


@pytest.fixture
def report(cast):
    return services.report_create(actor=cast["director"], kind=ReportKind.HALF_YEAR, period=PERIOD, data=seed_data())


def _client(member):
    client = Client()
    login(client, member)
    return client


def _section_version(page: str, key: str) -> str:
    form = re.search(rf'id="phan-{key}".*?</form>', page, re.S).group(0)
    return re.search(rf'name="{VERSION_FIELD}" value="([^"]+)"', form).group(1)


def test_two_people_save_the_same_part_the_later_is_refused_with_what_changed(cast, report):
    url = reverse("reports:section_update", args=[report.pk, "khoa_hoc"])
    unit, director = _client(cast["qlkh"]), _client(cast["director"])
    unit_version = _section_version(unit.get(report.get_absolute_url()).content.decode(), "khoa_hoc")
    director_version = _section_version(director.get(report.get_absolute_url()).content.decode(), "khoa_hoc")

    saved = unit.post(url, {"narrative": "- Tổ chức 25 cuộc họp Hội đồng.", "include_generated": "on",
                            VERSION_FIELD: unit_version})
    assert saved.status_code == 302
    refused = director.post(url, {"narrative": "- Lãnh đạo Sở bổ sung.", "include_generated": "on",
                                  VERSION_FIELD: director_version})
    assert refused.status_code == 409
    page = html.unescape(refused.content.decode())
    assert "đã được người khác thay đổi" in page
    assert "— → - Tổ chức 25 cuộc họp Hội đồng." in page  # what the unit saved meanwhile
    assert "- Lãnh đạo Sở bổ sung." in page  # the director's text stays in the form
    section = ReportSection.objects.get(report=report, key="khoa_hoc")
    assert section.narrative == "- Tổ chức 25 cuộc họp Hội đồng."  # nothing overwritten

    again = director.post(url, {"narrative": "- Lãnh đạo Sở bổ sung.", "include_generated": "on",
                                VERSION_FIELD: _section_version(refused.content.decode(), "khoa_hoc")})
    assert again.status_code == 302
    section.refresh_from_db()
    assert section.narrative == "- Lãnh đạo Sở bổ sung."


def test_figures_regenerated_meanwhile_do_not_refuse_a_part(cast, report):
    url = reverse("reports:section_update", args=[report.pk, "khoa_hoc"])
    unit = _client(cast["qlkh"])
    version = _section_version(unit.get(report.get_absolute_url()).content.decode(), "khoa_hoc")
    ReportSection.objects.filter(report=report, key="khoa_hoc").update(generated=[{"kind": "paragraph", "runs": []}])
    assert unit.post(url, {"narrative": "- Bổ sung.", VERSION_FIELD: version}).status_code == 302
    section = ReportSection.objects.get(report=report, key="khoa_hoc")
    assert (section.narrative, section.include_generated) == ("- Bổ sung.", False)


def _text_form(page: str, **changes) -> dict:
    def field(name):
        textarea = re.search(rf'<textarea[^>]*name="{name}"[^>]*>(.*?)</textarea>', page, re.S)
        if textarea:
            return html.unescape(textarea.group(1))
        return html.unescape(re.search(rf'name="{name}"[^>]*value="([^"]*)"', page).group(1))

    data = {name: field(name) for name in ("title", "subtitle", "opening", "assessment", "direction", "recipients",
                                           "signer_authority", "signer_name", VERSION_FIELD)}
    return data | changes


def test_two_people_edit_the_whole_text_the_later_is_refused_with_what_changed(cast, report):
    url = reverse("reports:report_edit", args=[report.pk])
    office, director = _client(cast["office"]), _client(cast["director"])
    office_form = _text_form(office.get(url).content.decode(), recipients="UBND tỉnh\nLưu: VT, VP")
    director_form = _text_form(director.get(url).content.decode(), assessment="- Công tác phối hợp còn chậm.")

    assert director.post(url, director_form).status_code == 302
    services.report_compile(actor=cast["office"], report=report)  # status and a version: not the form's business
    refused = office.post(url, office_form)
    assert refused.status_code == 409
    page = html.unescape(refused.content.decode())
    assert "đã được người khác thay đổi" in page and "- Công tác phối hợp còn chậm." in page
    assert "UBND tỉnh\nLưu: VT, VP" in page  # the office's input stays
    stored = Report.objects.get(pk=report.pk)
    assert stored.assessment == "- Công tác phối hợp còn chậm." and stored.recipients != ["UBND tỉnh", "Lưu: VT, VP"]

    # told what changed, the office takes the director's addition into its text and saves knowingly
    again = office.post(url, _text_form(refused.content.decode(), assessment="- Công tác phối hợp còn chậm.\n- Thêm."))
    assert again.status_code == 302
    stored.refresh_from_db()
    assert stored.recipients == ["UBND tỉnh", "Lưu: VT, VP"]
    assert stored.assessment == "- Công tác phối hợp còn chậm.\n- Thêm."
