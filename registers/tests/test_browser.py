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
