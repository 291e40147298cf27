"""Every register, through the screens and the API: create, edit, list, export, history, import, isolation,
and the number of queries of the list pages and API lists (pinned: it may not grow with the rows)."""
import datetime as dt
import io

import pytest
from django.urls import reverse

from core.testing import login
from registers import models as m
from registers.registry import BY_NAME, REGISTERS

from .helpers import form_record, sample_data, variant

pytestmark = pytest.mark.django_db
IDS = [r.model_name for r in REGISTERS]
RECORDS_PER_REGISTER = 3  # made once for the module by `conftest.cast_data`, in `cast.records[model]`

# Queries of a list page, whatever the number of rows: session, user, membership (middleware), the membership
# again (permission check of the "add" button), the choices of the filter form (units; facility, procedure…),
# one COUNT and the page of rows with its foreign keys joined. The API: session, user, membership, COUNT, rows.
LIST_PAGE_MAX_QUERIES = 8
API_LIST_MAX_QUERIES = 5


def create(client, register, cast, membership=None):
    login(client, membership or cast.staff)
    data = sample_data(register, cast.context, cast.unit)
    response = client.post(reverse(f"registers:{register.model_name}_add"), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    return register.model.objects.filter(organisation=cast.org).latest("id")


@pytest.mark.parametrize("register", REGISTERS, ids=IDS)
def test_create_edit_list_export_history(client, cast, register):
    obj = create(client, register, cast)
    assert obj.unit == cast.unit and obj.note == "Ghi chú thử nghiệm"
    data = sample_data(register, cast.context, cast.unit) | {"note": "Đã sửa"}
    response = client.post(reverse(f"registers:{register.model_name}_edit", args=[obj.pk]), data)
    assert response.status_code == 302
    obj.refresh_from_db()
    assert obj.note == "Đã sửa"
    listing = client.get(reverse(f"registers:{register.model_name}_list"))
    assert listing.status_code == 200 and obj.get_absolute_url() in listing.content.decode()
    csv = client.get(reverse(f"registers:{register.model_name}_list") + "?export=csv")
    assert csv.status_code == 200
    text = b"".join(csv.streaming_content if csv.streaming else [csv.content]).decode("utf-8-sig")
    assert len(text.splitlines()) == 1 + register.model.objects.filter(organisation=cast.org).count()  # header + rows
    assert client.get(obj.get_absolute_url()).status_code == 200
    history = client.get(reverse(f"registers:{register.model_name}_history", args=[obj.pk]))
    assert history.status_code == 200 and "Đã sửa" in history.content.decode()


@pytest.mark.parametrize("register", REGISTERS, ids=IDS)
def test_other_organisation_is_404_and_other_unit_is_403(client, cast, register):
    obj = cast.records[register.model][0]
    login(client, cast.foreign_director)
    assert client.get(obj.get_absolute_url()).status_code == 404
    login(client, cast.other_staff)
    edit = reverse(f"registers:{register.model_name}_edit", args=[obj.pk])
    assert client.get(obj.get_absolute_url()).status_code == 200
    response = client.post(edit, sample_data(register, cast.context, cast.other_unit) | {"note": "x"})
    assert response.status_code == 403
    obj.refresh_from_db()
    assert obj.note == "Ghi chú thử nghiệm"


def api_data(register, cast) -> dict:
    data = dict(sample_data(register, cast.context, cast.unit))
    for name, value in list(data.items()):
        field = register.model._meta.get_field(name)
        if value == "on":
            data[name] = True
        elif field.get_internal_type() == "DateField":
            day, month, year = value.split("/")
            data[name] = f"{year}-{month}-{day}"
    return data


@pytest.mark.parametrize("register", REGISTERS, ids=IDS)
def test_api_lists_and_creates_through_the_service(client, cast, register):
    login(client, cast.staff)
    url = f"/api/registers/{register.slug}/"
    rows = register.model.objects.filter(organisation=cast.org).count()  # the module's records (+ helper objects)
    assert client.get(url).json()["count"] == rows
    response = client.post(url, api_data(register, cast), content_type="application/json")
    assert response.status_code == 201, response.json()
    assert client.get(url).json()["count"] == rows + 1
    created = register.model.objects.get(pk=response.json()["id"])
    assert created.organisation == cast.org and created.note == "Ghi chú thử nghiệm"
    assert created.history.count() == 1
    login(client, cast.foreign_director)
    foreign = client.get(url).json()
    assert foreign["count"] == register.model.objects.filter(organisation=cast.other_org).count()
    assert created.pk not in [row["id"] for row in foreign["results"]]
    assert client.get(f"{url}{created.pk}/").status_code == 404


@pytest.mark.parametrize("register", REGISTERS, ids=IDS)
def test_list_page_and_api_list_queries_do_not_grow_with_rows(client, cast, register,
                                                             django_assert_max_num_queries,
                                                             django_assert_num_queries):
    login(client, cast.staff)
    list_url = reverse(f"registers:{register.model_name}_list")
    api_url = f"/api/registers/{register.slug}/"
    rows = register.model.objects.filter(organisation=cast.org).count()
    client.get(list_url)  # warm the per-process caches (content types, menu)
    with django_assert_max_num_queries(LIST_PAGE_MAX_QUERIES) as few:
        page = client.get(list_url)
    assert page.status_code == 200 and page.context["table"].page.paginator.count == rows
    with django_assert_max_num_queries(API_LIST_MAX_QUERIES) as api_few:
        assert client.get(api_url).json()["count"] == rows
    base = sample_data(register, cast.context, cast.unit)
    for i in range(2):  # two more rows: a missing select_related would cost one query per row
        form_record(register, cast.staff, variant(register, base, 200 + i))
    with django_assert_num_queries(len(few.captured_queries)):
        assert client.get(list_url).context["table"].page.paginator.count == rows + 2
    with django_assert_num_queries(len(api_few.captured_queries)):
        assert client.get(api_url).json()["count"] == rows + 2
    last = client.get(list_url + "?page=99")  # out of range: the last page, not an error
    assert last.status_code == 200 and last.context["table"].page.number == 1


def test_form_shows_vietnamese_error_and_saves_nothing(client, cast):
    register = BY_NAME["radiationlicence"]
    login(client, cast.staff)
    before = register.model.objects.count()
    data = sample_data(register, cast.context, cast.unit) | {"issued_on": "05/03/2024", "expires_on": "01/03/2024"}
    response = client.post(reverse("registers:radiationlicence_add"), data)
    assert response.status_code == 200
    assert "Ngày hết hạn phải sau ngày cấp." in response.content.decode()
    create(client, register, cast)
    response = client.post(reverse("registers:radiationlicence_add"), sample_data(register, cast.context, cast.unit))
    assert "đã có trong sổ giấy phép" in response.content.decode()
    assert register.model.objects.count() == before + 1


def _upload(client, url, content, name="du-lieu.csv"):
    upload = io.BytesIO(content.encode("utf-8") if isinstance(content, str) else content)
    upload.name = name
    return client.post(url, {"file": upload})


def _xlsx(rows) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


VERIFICATION_HEADERS = ["Ngày thực hiện", "Loại phương tiện đo", "Cơ sở, khách hàng", "Số lượng", "Số đạt",
                        "Số không đạt"]


def test_import_with_one_bad_row_saves_no_row(client, cast):
    login(client, cast.staff)
    before = m.VerificationRecord.objects.count()
    url = reverse("registers:verificationrecord_import")
    text = ("Ngày thực hiện,Loại phương tiện đo,\"Cơ sở, khách hàng\",Số lượng,Số đạt,Số không đạt\n"
            "05/01/2024,Cân,Chợ Đông Hà,10,9,1\n"
            "06/01/2024,Máy đo lạ,Chợ Gio Linh,5,5,0\n"
            "07/01/2024,Công tơ điện,Điện lực,4,4,1\n")
    response = _upload(client, url, text)
    body = response.content.decode()
    assert "Giá trị không hợp lệ “Máy đo lạ”" in body
    assert "Số đạt cộng số không đạt (5) vượt quá tổng số (4)." in body
    assert m.VerificationRecord.objects.count() == before


def test_xlsx_import_with_a_bad_row_saves_nothing_even_when_confirmed(client, cast):
    login(client, cast.staff)
    before = m.VerificationRecord.objects.count()
    url = reverse("registers:verificationrecord_import")
    content = _xlsx([
        VERIFICATION_HEADERS,
        [dt.datetime(2024, 1, 5), "Cân", "Chợ Đông Hà", 10, 9, 1],
        [dt.datetime(2024, 1, 6), "Công tơ điện", "Điện lực Đông Hà", 4, 4, 1],
    ])
    preview = _upload(client, url, content, "kiem-dinh.xlsx")
    body = preview.content.decode()
    assert preview.status_code == 200
    assert "Số đạt cộng số không đạt (5) vượt quá tổng số (4)." in body
    assert m.VerificationRecord.objects.count() == before
    confirmed = client.post(url, {"token": preview.context["token"]})
    assert confirmed.status_code == 200  # shown again with its errors, not redirected
    assert m.VerificationRecord.objects.count() == before


def test_xlsx_import_preview_then_confirm_saves_every_row(client, cast):
    login(client, cast.staff)
    url = reverse("registers:verificationrecord_import")
    content = _xlsx([
        VERIFICATION_HEADERS,
        [dt.datetime(2024, 1, 5), "Cân", "Chợ Đông Hà", 10, 9, 1],
        ["06/01/2024", "cong_to_dien", "Điện lực Đông Hà", 4, 4, 0],
    ])
    preview = _upload(client, url, content, "kiem-dinh.xlsx")
    assert preview.status_code == 200 and "2 mới" in preview.content.decode()
    assert not m.VerificationRecord.objects.filter(facility="Điện lực Đông Hà").exists()
    assert client.post(url, {"token": preview.context["token"]}).status_code == 302
    saved = m.VerificationRecord.objects.filter(organisation=cast.org, performed_on__year=2024,
                                                performed_on__month=1, performed_on__day__in=[5, 6])
    assert sorted(saved.values_list("performed_on", "instrument_type", "facility", "quantity", "passed", "failed",
                                    "unit")) == [
        (dt.date(2024, 1, 5), "can", "Chợ Đông Hà", 10, 9, 1, cast.unit.pk),
        (dt.date(2024, 1, 6), "cong_to_dien", "Điện lực Đông Hà", 4, 4, 0, cast.unit.pk),
    ]


def test_import_preview_then_confirm_saves_all_rows(client, cast):
    login(client, cast.staff)
    url = reverse("registers:radiationlicence_import")
    text = ("Cơ sở,Số giấy phép,Ngày cấp / trả hồ sơ,Ngày hết hạn,Hình thức\n"
            "Bệnh viện đa khoa tỉnh,10/2024/GP,01/02/2024,31/01/2027,Cấp mới\n"
            "Bệnh viện đa khoa tỉnh,11/2024/GP,02/02/2024,01/02/2027,Gia hạn\n")
    preview = _upload(client, url, text)
    assert preview.status_code == 200 and "2 mới" in preview.content.decode()
    model = m.RadiationLicence
    assert not model.objects.filter(number__in=["10/2024/GP", "11/2024/GP"]).exists()
    done = client.post(url, {"token": preview.context["token"]})
    assert done.status_code == 302
    assert sorted(model.objects.filter(number__endswith="/2024/GP").values_list("number", "kind")) == [
        ("10/2024/GP", "new"), ("11/2024/GP", "renewal")]


def test_import_of_unknown_procedure_is_refused(client, cast):
    login(client, cast.staff)
    text = ("Thủ tục,\"Tổ chức, cá nhân nộp\",Ngày tiếp nhận,Hạn trả kết quả\n"
            "Thủ tục không có,Bệnh viện,02/01/2024,10/01/2024\n")
    response = _upload(client, reverse("registers:proceduredossier_import"), text)
    assert "Không tìm thấy thủ tục “Thủ tục không có”" in response.content.decode()


def test_index_page_shows_period_figures(client, cast):
    create(client, BY_NAME["verificationrecord"], cast)
    response = client.get(reverse("registers:index") + "?date_from=01/01/2024&date_to=31/01/2024")
    assert response.status_code == 200
    figures = {row["key"]: row["value"] for row in response.context["figures"]}
    # the module's three records (10/01/2024, 12 instruments, 1 failed each) and the new one
    assert (figures["instruments_verified"], figures["instruments_failed"]) == (48, 4)
