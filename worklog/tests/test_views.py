"""Screens and API of the work log: who writes what, the quick form on a unit's page, filters, scoping."""
import datetime as dt

import pytest
from django.urls import reverse

from core.permissions import system_membership
from core.testing import login
from worklog.models import WorkLogEntry
from worklog.services import entry_create


def _entry(unit, **fields):
    values = {"date": dt.date(2025, 2, 14), "kind": "communication", "text": "Cập nhật tin, bài lên Trang Thông tin",
              "quantity": 31, "measure_unit": "tin, bài", **fields}
    return entry_create(actor=system_membership(unit.organisation), unit=unit, **values)


def _quick(client, unit, **fields):
    data = {"date": "14/02/2025", "kind": "council", "text": "Tổ chức Hội đồng KH&CN tư vấn tuyển chọn",
            "quantity": "2", "measure_unit": "hội đồng", **fields}
    return client.post(reverse("worklog:quick_entry", args=[unit.pk]), data)


def test_the_units_page_offers_the_quick_form_to_its_staff(client, tenants):
    _entry(tenants.unit)
    login(client, tenants.staff)
    page = client.get(reverse("core:unit_detail", args=[tenants.unit.pk])).content.decode()
    assert 'id="worklog-quick-form"' in page and "Cập nhật tin, bài lên Trang Thông tin" in page
    login(client, tenants.other_staff)
    page = client.get(reverse("core:unit_detail", args=[tenants.unit.pk])).content.decode()
    assert 'id="worklog-quick-form"' not in page  # another unit's staff reads it, does not write


def test_a_quick_entry_is_saved_for_the_page_unit_and_goes_back(client, tenants):
    login(client, tenants.staff)
    back = reverse("core:unit_detail", args=[tenants.unit.pk])
    response = _quick(client, tenants.unit, next=back)
    assert response.status_code == 302 and response["Location"] == back
    entry = WorkLogEntry.objects.get()
    assert (entry.unit, entry.kind, entry.quantity, entry.date) == (tenants.unit, "council", 2, dt.date(2025, 2, 14))
    assert entry.history.first().history_user == tenants.staff.user


def test_a_bad_quick_entry_shows_why_and_saves_nothing(client, tenants):
    login(client, tenants.staff)
    response = _quick(client, tenants.unit, measure_unit="", date="31/02/2025")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Tổ chức Hội đồng KH&amp;CN tư vấn tuyển chọn" in page  # what was typed stays
    assert "date" in response.context["form"].errors and not WorkLogEntry.objects.exists()
    response = _quick(client, tenants.unit, measure_unit="")
    assert response.status_code == 400 and "đơn vị tính" in response.content.decode()
    assert not WorkLogEntry.objects.exists()


def test_another_units_staff_and_another_organisation_cannot_write(client, tenants):
    login(client, tenants.other_staff)
    assert _quick(client, tenants.unit).status_code == 403
    login(client, tenants.foreign_director)
    assert _quick(client, tenants.unit).status_code == 404
    assert not WorkLogEntry.objects.exists()
    login(client, tenants.director)  # a leader writes for any unit of the organisation
    assert _quick(client, tenants.unit).status_code == 302 and WorkLogEntry.objects.count() == 1


def test_staff_edit_their_units_entry_but_not_anothers(client, tenants):
    entry = _entry(tenants.unit)
    edit = reverse("worklog:worklogentry_edit", args=[entry.pk])
    login(client, tenants.other_staff)
    assert client.get(edit).status_code == 403
    login(client, tenants.foreign_director)
    assert client.get(reverse("worklog:worklogentry_detail", args=[entry.pk])).status_code == 404
    login(client, tenants.staff)
    page = client.get(edit)
    assert page.status_code == 200
    data = {name: value for name, value in page.context["form"].initial.items() if value is not None}
    data.update(unit=tenants.unit.pk, date="14/02/2025", kind="communication", status="done", quantity="32",
                text=entry.text, measure_unit="tin, bài", _version=page.context["form"]["_version"].value())
    response = client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    entry.refresh_from_db()
    assert entry.quantity == 32


def test_the_list_filters_by_unit_kind_period_and_words_without_diacritics(client, tenants):
    _entry(tenants.unit)
    _entry(tenants.unit, kind="council", text="Họp Hội đồng tư vấn nghiệm thu", date=dt.date(2025, 3, 5),
           quantity=None, measure_unit="")
    _entry(tenants.other_unit, kind="administration", text="Rà soát thủ tục hành chính", quantity=None,
           measure_unit="")
    entry_create(actor=system_membership(tenants.other_org), unit=tenants.foreign_unit, date=dt.date(2025, 2, 1),
                 kind="council", text="Họp Hội đồng của tổ chức khác")
    login(client, tenants.staff)
    url = reverse("worklog:worklogentry_list")

    def texts(**params):
        response = client.get(url, params)
        assert response.status_code == 200
        return sorted(row.record.text for row in response.context["table"].page.object_list)

    assert len(texts()) == 3
    assert texts(q="hoi dong") == ["Họp Hội đồng tư vấn nghiệm thu"]
    assert texts(kind="administration") == ["Rà soát thủ tục hành chính"]
    assert texts(unit=tenants.unit.pk, date_from="01/02/2025", date_to="28/02/2025") == [
        "Cập nhật tin, bài lên Trang Thông tin"]


@pytest.mark.parametrize("auth", ["session", "token"])
def test_the_api_creates_and_lists_within_the_organisation(client, tenants, auth):
    from core.testing import api_auth

    _entry(tenants.foreign_unit, text="Việc của tổ chức khác")
    headers = api_auth(client, tenants.staff, auth)
    response = client.post("/api/worklog/", {
        "unit": tenants.unit.pk, "date": "2025-02-14", "kind": "advice", "text": "Tham mưu UBND tỉnh ban hành Quyết định",
        "document_number": "1048/QĐ-UBND", "document_date": "2025-02-10",
    }, content_type="application/json", **headers)
    assert response.status_code == 201, response.content
    assert response.json()["kind_label"] == "Tham mưu văn bản"
    listed = client.get("/api/worklog/", **headers).json()
    rows = listed["results"] if isinstance(listed, dict) else listed
    assert [row["text"] for row in rows] == ["Tham mưu UBND tỉnh ban hành Quyết định"]
    refused = client.post("/api/worklog/", {"unit": tenants.other_unit.pk, "date": "2025-02-14", "kind": "other",
                                            "text": "Việc của đơn vị khác"}, content_type="application/json", **headers)
    assert refused.status_code in (400, 403) and WorkLogEntry.objects.filter(text="Việc của đơn vị khác").count() == 0
    bad = client.post("/api/worklog/", {"unit": tenants.unit.pk, "date": "2025-02-14", "kind": "other",
                                        "text": "Ba cuộc", "quantity": "3"}, content_type="application/json", **headers)
    assert bad.status_code == 400 and "đơn vị tính" in bad.content.decode()


def test_the_api_is_in_the_openapi_schema(client, tenants):
    login(client, tenants.staff)
    schema = client.get("/api/schema/").content.decode()
    assert "/api/worklog/" in schema and "/api/worklog/{id}/" in schema


def test_the_detail_links_what_the_entry_concerns(client, tenants):
    from django.contrib.contenttypes.models import ContentType

    from registers.models import TechnologyOpinion
    from registers.services import register_record_create

    opinion = register_record_create(model=TechnologyOpinion, actor=system_membership(tenants.org), unit=tenants.unit,
                                     project="Dự án nhà máy chế biến gỗ", issued_on=dt.date(2025, 2, 10))
    entry = _entry(tenants.unit, kind="technology_appraisal", text="Có ý kiến về công nghệ dự án", quantity=None,
                   measure_unit="", register_type=ContentType.objects.get_for_model(TechnologyOpinion),
                   register_id=opinion.pk)
    login(client, tenants.staff)
    page = client.get(reverse("worklog:worklogentry_detail", args=[entry.pk])).content.decode()
    assert opinion.get_absolute_url() in page and "Bản ghi sổ theo dõi" in page


@pytest.mark.parametrize("target", ["/\\evil.example", "//evil.example", "https://evil.example/", "/\t/evil.example"])
def test_the_quick_entry_never_goes_back_outside_the_site(client, tenants, target):
    """Issue #10, finding 7: `next` is read with Django's allowed-host check (core.params.safe_next); a browser
    reads "/\\evil.example" as "//evil.example", which a "starts with one slash" test let through."""
    login(client, tenants.staff)
    response = _quick(client, tenants.unit, next=target)
    assert response.status_code == 302
    assert response["Location"] == reverse("core:unit_detail", args=[tenants.unit.pk])
    assert WorkLogEntry.objects.count() == 1
