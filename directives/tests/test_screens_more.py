"""Screens beyond the basics: bulk assign / extend, the import upload screen, the calendar's unit filter, the export of
a filtered list, the status "as of" a date, recurring tasks beyond their first year, the notice read back."""
import csv
import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse

from core.permissions import system_membership
from core.testing import TenantFixture, login
from directives import services
from directives.choices import ExtensionState
from directives.models import AssignedTask, Extension, SourceDocument
from directives.tests.factories import make_task

D = dt.date


class BulkActionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.t = TenantFixture()
        actor = system_membership(cls.t.org)
        cls.first = make_task(actor, cls.t.unit, text="Việc thứ nhất", assigned_on=D(2025, 1, 6),
                              deadline_text="31/12/2098")
        cls.second = make_task(actor, cls.t.unit, text="Việc thứ hai", assigned_on=D(2025, 1, 6),
                               deadline_text="30/11/2098")
        cls.other = make_task(actor, cls.t.other_unit, text="Việc của Văn phòng", assigned_on=D(2025, 1, 6),
                              deadline_text="30/11/2098")
        cls.done = make_task(actor, cls.t.unit, text="Việc đã xong", assigned_on=D(2025, 1, 6),
                             deadline_text="30/11/2098")
        services.task_complete(actor=actor, task=cls.done, completed_on=D(2025, 1, 10))
        cls.url = reverse("directives:bulk")

    def test_bulk_assign_sets_the_people_of_every_selected_task(self):
        client = login(self.client, self.t.head)
        response = client.post(self.url, {"action": "assign", "tasks": [self.first.pk, self.second.pk],
                                          "assignees": [self.t.staff.pk, self.t.head.pk]}, follow=True)
        assert "Đã cập nhật 02 nhiệm vụ." in response.content.decode()
        for task in (self.first, self.second):
            assert set(task.assignees.values_list("pk", flat=True)) == {self.t.staff.pk, self.t.head.pk}
        assert not self.other.assignees.exists()

    def test_bulk_assign_including_a_task_one_may_not_change_changes_nothing(self):
        client = login(self.client, self.t.head)
        response = client.post(self.url, {"action": "assign", "tasks": [self.first.pk, self.other.pk],
                                          "assignees": [self.t.staff.pk]}, follow=True)
        assert response.status_code == 200
        assert not self.first.assignees.exists() and not self.other.assignees.exists()

    def test_bulk_extend_by_a_leader_extends_every_selected_task(self):
        client = login(self.client, self.t.director)
        client.post(self.url, {"action": "extend", "tasks": [self.first.pk, self.second.pk],
                               "new_due_date": "31/01/2099", "reason": "Chờ hướng dẫn của Bộ KH&CN"})
        for task in (self.first, self.second):
            task.refresh_from_db()
            assert task.extended_to == D(2099, 1, 31)
            [extension] = task.extensions.all()
            assert extension.state == ExtensionState.APPROVED and extension.decided_by == self.t.director

    def test_bulk_extend_is_all_or_nothing(self):
        client = login(self.client, self.t.director)
        response = client.post(self.url, {"action": "extend", "tasks": [self.first.pk, self.done.pk],
                                          "new_due_date": "31/01/2099", "reason": "Gia hạn chung"}, follow=True)
        assert "Nhiệm vụ đã hoàn thành." in response.content.decode()
        self.first.refresh_from_db()
        assert self.first.extended_to is None
        assert not Extension.objects.filter(task__in=[self.first, self.done]).exists()

    def test_bulk_extend_needs_a_date_and_a_reason_and_a_leader(self):
        client = login(self.client, self.t.director)
        response = client.post(self.url, {"action": "extend", "tasks": [self.first.pk]}, follow=True)
        assert "Gia hạn cần hạn mới và lý do." in response.content.decode()
        client = login(self.client, self.t.head)
        response = client.post(self.url, {"action": "extend", "tasks": [self.first.pk], "new_due_date": "31/01/2099",
                                          "reason": "x"})
        assert response.status_code == 403
        assert not Extension.objects.exists()


IMPORT_HEADER = "Loại văn bản,Số, ký hiệu,Ngày văn bản,Cơ quan ban hành,Đơn vị chủ trì,Nội dung nhiệm vụ,Ngày giao,Thời hạn\n"
GOOD_ROWS = [
    'Công văn,1490/UBND-TH,06/04/2023,UBND tỉnh,QLKH,"V/v tham gia ý kiến dự thảo",06/04/2023,trước ngày 10/4/2023\n',
    'Kế hoạch,228/KH-UBND,26/12/2022,UBND tỉnh,Văn phòng Sở,Kế hoạch kiểm tra văn bản năm 2023,26/12/2022,14/01/2023\n',
]
BAD_ROW = 'Công văn,1491/UBND-TH,06/04/2023,UBND tỉnh,QLKH,"Sai thời hạn",06/04/2023,30/02/2023\n'


def upload(name, rows):
    content = ('"Loại văn bản","Số, ký hiệu","Ngày văn bản","Cơ quan ban hành","Đơn vị chủ trì","Nội dung nhiệm vụ",'
               '"Ngày giao","Thời hạn"\n' + "".join(rows)).encode("utf-8")
    return io.BytesIO(content), name


class ImportScreenTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.t = TenantFixture()
        cls.url = reverse("directives:import")

    def post_file(self, client, rows):
        handle, name = upload("nhiem-vu.csv", rows)
        handle.name = name
        return client.post(self.url, {"file": handle})

    def test_preview_saves_nothing_then_confirm_saves_every_row(self):
        client = login(self.client, self.t.office_chief)
        response = self.post_file(client, GOOD_ROWS)
        assert response.status_code == 200
        result, token = response.context["result"], response.context["token"]
        assert result.ok and result.total == 2
        assert "V/v tham gia ý kiến dự thảo" in response.content.decode()
        assert not AssignedTask.objects.exists() and not SourceDocument.objects.exists()
        response = client.post(self.url, {"token": token})
        assert response.status_code == 302 and response.url == reverse("directives:assignedtask_list")
        tasks = AssignedTask.objects.order_by("assigned_on")
        assert [(t.lead_unit, t.due_date) for t in tasks] == [(self.t.other_unit, D(2023, 1, 14)),
                                                             (self.t.unit, D(2023, 4, 10))]
        # the token is used up: confirming again saves nothing twice
        client.post(self.url, {"token": token})
        assert AssignedTask.objects.count() == 2

    def test_one_bad_row_shows_its_error_and_saves_nothing(self):
        client = login(self.client, self.t.office_chief)
        response = self.post_file(client, [*GOOD_ROWS, BAD_ROW])
        body = response.content.decode()
        assert not response.context["result"].ok
        [error] = response.context["result"].errors
        assert error.row == 4 and "Thời hạn" in error.column
        assert "30/02/2023" in body
        response = client.post(self.url, {"token": response.context["token"]})
        assert response.status_code == 200
        assert not AssignedTask.objects.exists() and not SourceDocument.objects.exists()

    def test_wrong_file_type_and_people_who_may_not_add(self):
        client = login(self.client, self.t.head)
        handle = io.BytesIO(b"x")
        handle.name = "nhiem-vu.pdf"
        response = client.post(self.url, {"file": handle})
        assert "Chỉ nhận tệp .xlsx hoặc .csv." in response.content.decode()
        response = self.post_file(client, GOOD_ROWS)  # a unit head assigns only to his own unit
        [error] = response.context["result"].errors
        assert error.row == 3 and "Văn phòng Sở" in error.message
        client = login(self.client, self.t.clerk)
        assert client.get(self.url).status_code == 403


class CalendarAndExportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.t = TenantFixture()
        actor = system_membership(cls.t.org)
        cls.science = make_task(actor, cls.t.unit, text="Hồ sơ nhiệm vụ KH&CN", assigned_on=D(2023, 4, 3),
                                deadline_text="trước ngày 14/4/2023")
        cls.office = make_task(actor, cls.t.other_unit, text="Sắp xếp phòng làm việc", assigned_on=D(2023, 4, 3),
                               deadline_text="trước ngày 20/4/2023")
        cls.done = make_task(actor, cls.t.unit, text="Báo cáo quý I", assigned_on=D(2023, 4, 3),
                             deadline_text="trước ngày 10/4/2023")
        services.task_complete(actor=actor, task=cls.done, completed_on=D(2023, 4, 7))
        cls.later = make_task(actor, cls.t.unit, text="Việc giao sau", assigned_on=D(2023, 5, 2),
                              deadline_text="trước ngày 05/5/2023")

    def test_calendar_unit_filter(self):
        client = login(self.client, self.t.director)
        url = reverse("directives:calendar") + "?thang=2023-04"
        body = client.get(url).content.decode()
        assert "Hồ sơ nhiệm vụ KH&amp;CN" in body and "Sắp xếp phòng làm việc" in body
        body = client.get(url + f"&unit={self.t.unit.pk}").content.decode()
        assert "Hồ sơ nhiệm vụ KH&amp;CN" in body and "Báo cáo quý I" in body
        assert "Sắp xếp phòng làm việc" not in body

    def test_csv_export_of_a_filtered_list_has_only_its_rows(self):
        client = login(self.client, self.t.director)
        url = reverse("directives:assignedtask_list")
        response = client.get(url, {"export": "csv", "lead_unit": self.t.unit.pk, "status": "qua_han",
                                    "as_of": "30/04/2023"})
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert rows[0][0] == "Nội dung nhiệm vụ"
        assert [row[0] for row in rows[1:]] == ["Hồ sơ nhiệm vụ KH&CN"]
        status = rows[0].index("Trạng thái")
        assert rows[1][status] == "Quá hạn chưa hoàn thành"
        assert rows[1][rows[0].index("Hạn xử lý")] == "14/04/2023"

    def test_xlsx_export_of_a_filtered_list(self):
        from openpyxl import load_workbook

        client = login(self.client, self.t.director)
        response = client.get(reverse("directives:assignedtask_list"),
                              {"export": "xlsx", "status": "hoan_thanh_truoc_han", "as_of": "30/04/2023"})
        sheet = load_workbook(io.BytesIO(response.content)).active
        values = [[cell.value for cell in row] for row in sheet.iter_rows()]
        assert [row[0] for row in values[1:]] == ["Báo cáo quý I"]
        assert "Hoàn thành trước hạn" in values[1]

    def test_status_as_of_a_date_hides_tasks_assigned_after_it(self):
        client = login(self.client, self.t.director)
        url = reverse("directives:assignedtask_list")
        for status in ("chua_den_han", "sap_den_han", "qua_han"):
            body = client.get(url, {"status": status, "as_of": "30/04/2023"}).content.decode()
            assert "Việc giao sau" not in body, status
        body = client.get(url, {"status": "qua_han", "as_of": "10/05/2023"}).content.decode()
        assert "Việc giao sau" in body
        data = client.get("/api/directive-tasks/", {"status": "sap_den_han", "as_of": "2023-04-30"}).json()
        assert data["count"] == 0


class RecurringHorizonTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.t = TenantFixture()
        cls.series = make_task(cls.t.director, cls.t.unit, text="Báo cáo tình hình hằng tháng",
                               assigned_on=D(2024, 11, 4), deadline_text="trước ngày 06 hàng tháng")

    def due_dates(self):
        return list(self.series.occurrences.order_by("due_date").values_list("due_date", flat=True))

    def test_first_year_only_at_creation_then_extended_to_the_horizon(self):
        assert self.due_dates() == [D(2024, 11, 6), D(2024, 12, 6)]
        created = services.series_extend_all(actor=system_membership(self.t.org), today=D(2025, 2, 20))
        assert created == 4  # horizon 20/02 + 60 days = 21/04/2025
        assert self.due_dates()[2:] == [D(2025, 1, 6), D(2025, 2, 6), D(2025, 3, 6), D(2025, 4, 6)]
        assert services.series_extend_all(actor=system_membership(self.t.org), today=D(2025, 2, 20)) == 0

    def test_send_reminders_extends_them_and_the_horizon_is_configurable(self):
        org = self.t.org
        org.settings = {"directives.occurrence_horizon_days": 10}
        org.save()
        call_command("send_reminders", "--today", "2025-01-28", stdout=io.StringIO())
        assert self.due_dates()[-1] == D(2025, 2, 6)
        call_command("send_reminders", "--today", "2025-01-28", "--dry-run", stdout=io.StringIO())
        call_command("generate_occurrences", "--org", org.code, "--today", "2025-01-28", "--until", "2025-05-31",
                     stdout=io.StringIO())
        assert self.due_dates()[-1] == D(2025, 5, 6)
        assert len(self.due_dates()) == len(set(self.due_dates())) == 7

    def test_cancelled_series_gets_no_new_occurrence(self):
        services.task_cancel(actor=self.t.director, task=self.series, reason="Không còn yêu cầu báo cáo.",
                             cancelled_on=D(2024, 12, 20))
        assert services.series_extend_all(actor=system_membership(self.t.org), today=D(2025, 6, 1)) == 0
        assert self.due_dates() == [D(2024, 11, 6), D(2024, 12, 6)]


@pytest.mark.django_db
def test_generated_notice_of_the_week_7_briefing_reads_like_seed_001(client):
    pytest.importorskip("core.documents.notice")
    from docx import Document

    from core.demo import load as load_core
    from core.models import Membership, Unit
    from directives.demo import SEED_001_TASKS, SEED_001_UNITS, load
    from directives.models import Briefing

    load_core()
    load()
    briefing = Briefing.objects.get(organisation__code="quang-tri", year=2025, week_number=7)
    reader = Membership.objects.filter(organisation=briefing.organisation, user__username="chuyenvien").first()
    login(client, reader)
    response = client.get(reverse("directives:meeting_notice_docx", args=[briefing.pk]))
    assert response.status_code == 200
    document = Document(io.BytesIO(response.content))
    paragraphs = [" ".join(p.text.split()) for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(" ".join(p.text.split()) for p in cell.paragraphs)
    text = "\n".join(paragraphs)
    # the unit sections of seed 001, in its order, numbered once by the layout (official unit names: seed 001
    # itself writes "Phòng Quản lý CN&ĐMST" for the second one)
    names = dict(Unit.objects.filter(organisation=briefing.organisation).values_list("code", "name"))
    headings = [p for p in paragraphs if p[:2] in {f"{n}." for n in range(1, 10)} and p.endswith(":")]
    assert headings == [f"{number}. {names[code]}:" for number, code in enumerate(SEED_001_UNITS.values(), start=1)]
    assert headings[0] == "1. Văn phòng Sở:" and headings[-1] == "8. Chi đoàn Thanh niên:"
    assert ". 1." not in text and "1. 1." not in text
    for _, task_text, _ in SEED_001_TASKS:
        assert " ".join(task_text.split())[:60] in text
    bold = {" ".join(run.text.split()).rstrip(".") for p in document.paragraphs for run in p.runs if run.bold}
    for words in ("trong ngày 21/02/2025", "13h30 ngày 18/02/2025", "đầu tháng 3/2025", "trong tháng 3/2025",
                  "trong khoảng từ 31/7 – 15/8/2025"):
        assert any(words in run for run in bold), words
    assert "Hội nghị trực báo tuần 7 năm 2025" in text
    assert "Ngày 17/02/2025, Sở Khoa học và Công nghệ tổ chức Hội nghị trực báo tuần 7 năm 2025." in text
    for line in ("TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Nơi nhận:", "Lưu: VT, VP.", "Số:", "/TB-SKHCN"):
        assert line in text, line
