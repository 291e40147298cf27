"""Browser: create, edit and list every register through the real forms (Playwright, chromium).

One test, one login; per register five page loads: the add form, the record after saving, the edit form, the
record after saving again, the list. Fields are filled by their widget type known from the form class (no
round trip to ask the page), and each step waits for the next page's URL and DOM, never for "network idle"."""
import re

import pytest
from django import forms
from django.urls import reverse

from core.choices import Role
from core.testing import PASSWORD, make_member, make_organisation, make_unit
from registers.forms import FORMS
from registers.registry import REGISTERS

from .helpers import make_context, sample_data

DETAIL_URL = re.compile(r"/registers/[a-z-]+/\d+/$")  # where saving a record lands


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_create_edit_list_every_register(live_server, page):
    page.emulate_media(reduced_motion="reduce")  # no smooth scrolling to the save button, no fading
    organisation = make_organisation("trinh-duyet")
    unit = make_unit(organisation, "tdc", name="Phòng Quản lý TĐC")
    make_member(organisation, "cv-trinh-duyet", [Role.CHUYEN_VIEN], unit=unit)
    context = make_context(organisation, unit)
    first_add = reverse(f"registers:{REGISTERS[0].model_name}_add")
    page.goto(f"{live_server.url}/dang-nhap/?next={first_add}")
    page.fill("#id_username", "cv-trinh-duyet")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("#save-button")  # the login lands on the first add form
    for index, register in enumerate(REGISTERS):
        if index:
            page.goto(live_server.url + reverse(f"registers:{register.model_name}_add"), wait_until="domcontentloaded")
        _create_edit_list(page, live_server, register, organisation, unit, context)


def _create_edit_list(page, live_server, register, organisation, unit, context):
    widgets = {name: field.widget for name, field in FORMS[register.model].base_fields.items()}
    for name, value in sample_data(register, context, unit).items():
        if isinstance(widgets[name], forms.CheckboxInput):
            page.check(f"#id_{name}")
        elif isinstance(widgets[name], forms.Select):
            page.select_option(f"#id_{name}", value)
        else:
            page.fill(f"#id_{name}", value)
    page.click("#save-button")
    page.wait_for_url(DETAIL_URL, wait_until="domcontentloaded")
    record = register.model.objects.get(organisation=organisation, note="Ghi chú thử nghiệm")
    assert page.url == live_server.url + record.get_absolute_url(), register.model_name
    assert "Ghi chú thử nghiệm" in page.inner_text("main")
    page.click("#edit-button")
    page.fill("#id_note", "Đã sửa trên trình duyệt")
    page.click("#save-button")
    page.wait_for_url(live_server.url + record.get_absolute_url(), wait_until="domcontentloaded")
    assert "Đã sửa trên trình duyệt" in page.inner_text("main")
    record.refresh_from_db()
    assert record.note == "Đã sửa trên trình duyệt"
    page.goto(live_server.url + reverse(f"registers:{register.model_name}_list"), wait_until="domcontentloaded")
    assert page.locator(f"#record-table a[href='{record.get_absolute_url()}']").count() == 1


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_licence_for_a_new_facility_without_leaving_the_form(live_server, page):
    """Thêm cơ sở mới → the short form appears in place (htmx), "Lưu cơ sở" saves it and chooses it, and the licence
    is saved with it; the page never left the licence form and ran no inline script (strict CSP)."""
    from registers import models as m

    organisation = make_organisation("co-so-moi")
    unit = make_unit(organisation, "tdc", name="Phòng Quản lý TĐC")
    make_member(organisation, "cv-co-so-moi", [Role.CHUYEN_VIEN], unit=unit)
    add_url = reverse("registers:radiationlicence_add")
    page.goto(f"{live_server.url}/dang-nhap/?next={add_url}")
    page.fill("#id_username", "cv-co-so-moi")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_selector("#facility-new")
    page.fill("#id_number", "21/2026/GP-SKHCN")
    page.click("#facility-new")
    page.wait_for_selector("#id_facility-name")
    assert page.url.endswith(add_url)
    page.fill("#id_facility-name", "Phòng khám Đa khoa Sông Hiếu")
    page.fill("#id_facility-address", "Đông Hà")
    page.click("#facility-save")
    page.wait_for_selector("#facility-saved")
    facility = m.RadiationFacility.objects.get(organisation=organisation)
    assert page.input_value("#id_facility") == str(facility.pk)
    assert page.input_value("#id_number") == "21/2026/GP-SKHCN"  # what was typed before is still there
    page.select_option("#id_kind", "new")
    page.select_option("#id_status", "issued")
    page.fill("#id_issued_on", "05/03/2026")
    page.fill("#id_expires_on", "04/03/2031")
    page.click("#save-button")
    page.wait_for_url(DETAIL_URL, wait_until="domcontentloaded")
    licence = m.RadiationLicence.objects.get(organisation=organisation)
    assert licence.facility == facility and licence.number == "21/2026/GP-SKHCN"
    assert "Phòng khám Đa khoa Sông Hiếu" in page.inner_text("main")
