"""Screens and API: permissions (404 for another organisation, 403 forbidden, nothing changed), pages, exports."""
import datetime as dt
import io

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.permissions import system_membership
from core.testing import TenantFixture, login
from directives import services
from directives.models import AssignedTask
from directives.tests.factories import make_document, make_task

D = dt.date


class TaskScreenTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.t = TenantFixture()
        actor = system_membership(cls.t.org)
        cls.document = make_document(actor)
        cls.task = make_task(actor, cls.t.unit, assigned_on=D(2023, 4, 6), deadline_text="trước ngày 10/4/2023",
                             source=cls.document)
        cls.other = make_task(actor, cls.t.other_unit, assigned_on=D(2023, 4, 6), text="Việc của Văn phòng")
        cls.foreign = make_task(system_membership(cls.t.other_org), cls.t.foreign_unit, assigned_on=D(2023, 4, 6))
        cls.briefing = services.briefing_create(actor=cls.t.director, year=2025, week_number=7, held_on=D(2025, 2, 17),
                                                chair=cls.t.director)
        services.briefing_add_conclusion(actor=cls.t.director, briefing=cls.briefing, lead_unit=cls.t.unit,
                                         text="Hoàn thiện dự thảo, trình trong tháng 3/2025.")

    def test_pages_render_for_a_member(self):
        client = login(self.client, self.t.staff)
        urls = [reverse("directives:assignedtask_list"), reverse("directives:my_tasks"), reverse("directives:unit_tasks"),
                reverse("directives:calendar") + "?thang=2023-04", reverse("directives:summary") +
                "?date_from=01/01/2023&date_to=30/06/2023", self.task.get_absolute_url(),
                reverse("directives:assignedtask_history", args=[self.task.pk]), reverse("directives:sourcedocument_list"),
                self.document.get_absolute_url(), reverse("directives:briefing_list"), self.briefing.get_absolute_url(),
                reverse("directives:assignedtask_list") + "?status=qua_han&as_of=30/06/2023&q=bao cao",
                reverse("home")]
        for url in urls:
            assert client.get(url).status_code == 200, url

    def test_list_filters_status_as_of_a_date_and_pins_its_queries(self):
        client = login(self.client, self.t.director)
        url = reverse("directives:assignedtask_list")
        body = client.get(url + "?status=qua_han&as_of=30/06/2023").content.decode()
        assert str(self.task.text) in body and "Việc của Văn phòng" not in body
        body = client.get(url + "?status=sap_den_han&as_of=07/04/2023").content.decode()
        assert "Báo cáo kết quả" in body
        body = client.get(url + "?status=sap_den_han&as_of=05/04/2023").content.decode()
        assert "Báo cáo kết quả" not in body  # not assigned yet on 05/04
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        assert len(queries) <= 20

    def test_export_csv_and_xlsx(self):
        client = login(self.client, self.t.director)
        csv = client.get(reverse("directives:assignedtask_list") + "?export=csv").content.decode("utf-8")
        assert "Nội dung nhiệm vụ" in csv and "Quá hạn chưa hoàn thành" in csv
        xlsx = client.get(reverse("directives:assignedtask_list") + "?export=xlsx")
        assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"

    def test_another_organisations_task_is_not_found(self):
        client = login(self.client, self.t.director)
        assert client.get(self.foreign.get_absolute_url()).status_code == 404
        response = client.post(reverse("directives:task_action", args=[self.foreign.pk, "cancel"]), {"reason": "x"})
        assert response.status_code == 404
        self.foreign.refresh_from_db()
        assert self.foreign.cancelled_on is None

    def test_staff_of_another_unit_is_forbidden_and_nothing_changes(self):
        client = login(self.client, self.t.other_staff)
        url = reverse("directives:task_action", args=[self.task.pk, "complete"])
        response = client.post(url, {"completed_on": "09/04/2023"})
        assert response.status_code == 403
        self.task.refresh_from_db()
        assert self.task.completed_on is None
        assert client.get(reverse("directives:assignedtask_edit", args=[self.task.pk])).status_code == 403

    def test_complete_late_needs_an_explanation_then_counts_as_late(self):
        client = login(self.client, self.t.staff)
        url = reverse("directives:task_action", args=[self.task.pk, "complete"])
        response = client.post(url, {"completed_on": "11/04/2023"}, follow=True)
        assert "phải nhập giải trình nguyên nhân" in response.content.decode()
        self.task.refresh_from_db()
        assert self.task.completed_on is None
        client.post(url, {"completed_on": "11/04/2023", "explanation": "Phần mềm chưa thông suốt."})
        summary = client.get(reverse("directives:summary") + "?date_from=01/01/2023&date_to=30/06/2023")
        assert summary.context["summary"]["completed_late"] == 1
        assert "Phần mềm chưa thông suốt." in summary.content.decode()

    def test_create_task_through_the_form(self):
        client = login(self.client, self.t.head)
        response = client.post(reverse("directives:assignedtask_add"), {
            "text": "Tham mưu kế hoạch", "category": "giam_doc", "lead_unit": self.t.unit.pk,
            "assigned_on": "17/02/2025", "deadline_text": "đầu tháng 3/2025"})
        assert response.status_code == 302
        task = AssignedTask.objects.get(text="Tham mưu kế hoạch")
        assert task.due_date == D(2025, 3, 10)
        response = client.post(reverse("directives:assignedtask_add"), {
            "text": "Sai hạn", "category": "giam_doc", "lead_unit": self.t.unit.pk,
            "assigned_on": "17/02/2025", "deadline_text": "30/02/2025"})
        assert response.status_code == 200 and "Không hiểu được thời hạn" in response.content.decode()
        assert not AssignedTask.objects.filter(text="Sai hạn").exists()

    def test_bulk_extend_is_for_leaders(self):
        client = login(self.client, self.t.director)
        client.post(reverse("directives:bulk"), {"action": "extend", "tasks": [self.task.pk],
                                                 "new_due_date": "30/04/2099", "reason": "Gia hạn chung"})
        self.task.refresh_from_db()
        assert self.task.extensions.count() == 1
        client = login(self.client, self.t.head)
        client.post(reverse("directives:bulk"), {"action": "extend", "tasks": [self.task.pk],
                                                 "new_due_date": "30/05/2099", "reason": "x"})
        assert self.task.extensions.count() == 1

    def test_briefing_notice_docx(self):
        import pytest

        pytest.importorskip("core.documents.notice")
        from docx import Document

        client = login(self.client, self.t.staff)
        response = client.get(reverse("directives:meeting_notice_docx", args=[self.briefing.pk]))
        assert response.status_code == 200
        text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
        assert "Hội nghị trực báo tuần 7 năm 2025" in text
        assert "1. Phòng Quản lý khoa học:" in text and "1. 1." not in text
        login(self.client, self.t.foreign_director)
        assert self.client.get(reverse("directives:meeting_notice_docx", args=[self.briefing.pk])).status_code == 404


class ApiTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.t = TenantFixture()
        actor = system_membership(cls.t.org)
        cls.task = make_task(actor, cls.t.unit, assigned_on=D(2023, 4, 6), deadline_text="trước ngày 10/4/2023")
        make_task(system_membership(cls.t.other_org), cls.t.foreign_unit, assigned_on=D(2023, 4, 6))

    def test_tasks_summary_and_documents(self):
        login(self.client, self.t.staff)
        data = self.client.get("/api/directive-tasks/?as_of=2023-06-30").json()
        assert data["count"] == 1 and data["results"][0]["status"] == "qua_han"
        summary = self.client.get("/api/directive-summary/?date_from=2023-01-01&date_to=2023-06-30").json()
        assert summary["overdue_not_completed"] == 1
        assert self.client.get("/api/directive-summary/?date_from=2023-07-01&date_to=2023-06-30").status_code == 400
        response = self.client.post("/api/directive-tasks/", {"text": "Qua API", "lead_unit": self.t.unit.pk,
                                                              "assigned_on": "2025-02-17",
                                                              "deadline_text": "trong tháng 3/2025"})
        assert response.status_code == 201, response.content
        assert response.json()["due_date"] == "2025-03-31"
        response = self.client.post("/api/directive-tasks/", {"text": "Sai", "lead_unit": self.t.unit.pk,
                                                              "assigned_on": "2025-02-17", "deadline_text": "30/02/2025"})
        assert response.status_code == 400 and "Không hiểu được" in response.content.decode()
        response = self.client.post("/api/directive-documents/", {"doc_type": "cong_van", "number": "sai",
                                                                  "issued_on": "2025-02-17", "issuer": "UBND tỉnh"})
        assert response.status_code in (400, 403)
        login(self.client, self.t.clerk)
        response = self.client.post("/api/directive-documents/", {"doc_type": "cong_van", "number": "12 / ubnd-th",
                                                                  "issued_on": "2025-02-17", "issuer": "UBND tỉnh"})
        assert response.status_code == 201 and response.json()["number"] == "12/UBND-TH"
