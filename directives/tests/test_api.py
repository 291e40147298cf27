"""API follow-up actions: the same services, rules and permissions as the task page."""
import datetime as dt

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from core.permissions import system_membership
from core.testing import TenantFixture, login
from directives.choices import ExtensionState
from directives.models import AssignedTask, Extension, ProgressUpdate
from directives.tests.factories import make_task

D = dt.date


def url(task, action):
    return f"/api/directive-tasks/{task.pk}/{action}/"


class FollowUpApiTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.t = TenantFixture()
        actor = system_membership(cls.t.org)
        cls.task = make_task(actor, cls.t.unit, assigned_on=D(2023, 4, 6), deadline_text="trước ngày 10/4/2023")
        cls.open_task = make_task(actor, cls.t.unit, assigned_on=D(2025, 1, 6), deadline_text="31/12/2099",
                                  text="Xây dựng kế hoạch")
        cls.foreign = make_task(system_membership(cls.t.other_org), cls.t.foreign_unit, assigned_on=D(2023, 4, 6))

    def post(self, membership, path, data):
        login(self.client, membership)
        return self.client.post(path, data, content_type="application/json")

    def test_complete_late_needs_an_explanation(self):
        response = self.post(self.t.staff, url(self.task, "complete"), {"completed_on": "2023-04-12"})
        assert response.status_code == 400 and "giải trình nguyên nhân" in response.content.decode()
        self.task.refresh_from_db()
        assert self.task.completed_on is None
        response = self.post(self.t.staff, url(self.task, "complete"),
                             {"completed_on": "12/04/2023", "explanation": "Chờ số liệu của các huyện."})
        assert response.status_code == 200, response.content
        body = response.json()
        assert body["status"] == "hoan_thanh_qua_han" and body["completed_on"] == "2023-04-12"
        assert body["explanation"] == "Chờ số liệu của các huyện."

    def test_forbidden_completion_changes_nothing(self):
        response = self.post(self.t.other_staff, url(self.task, "complete"), {"completed_on": "2023-04-09"})
        assert response.status_code == 403
        self.task.refresh_from_db()
        assert self.task.completed_on is None and self.task.progress == 0
        response = self.post(self.t.clerk, url(self.task, "cancel"), {"reason": "Thôi"})
        assert response.status_code == 403
        self.task.refresh_from_db()
        assert self.task.cancelled_on is None

    def test_another_organisations_task_is_not_found_for_every_action(self):
        payloads = {"complete": {"completed_on": "2023-04-09"}, "progress": {"percent": 50, "note": "x"},
                    "extension": {"new_due_date": "2099-01-01", "reason": "x"},
                    "decide": {"extension": 1, "approve": True}, "cancel": {"reason": "x"},
                    "explain": {"explanation": "x"}}
        for action, payload in payloads.items():
            assert self.post(self.t.director, url(self.foreign, action), payload).status_code == 404, action
        self.foreign.refresh_from_db()
        assert (self.foreign.completed_on, self.foreign.cancelled_on, self.foreign.progress) == (None, None, 0)
        assert not Extension.objects.filter(task=self.foreign).exists()

    def test_progress_then_extension_requested_by_the_unit_and_approved_by_a_leader(self):
        response = self.post(self.t.staff, url(self.open_task, "progress"), {"percent": 40, "note": "Đã có dự thảo."})
        assert response.status_code == 201 and response.json()["progress"] == 40
        assert ProgressUpdate.objects.get(task=self.open_task).note == "Đã có dự thảo."
        assert self.post(self.t.staff, url(self.open_task, "progress"), {"percent": 140, "note": "x"}).status_code == 400

        response = self.post(self.t.staff, url(self.open_task, "extension"),
                             {"new_due_date": "2100-03-31", "reason": "Chờ ý kiến các sở."})
        assert response.status_code == 201, response.content
        extension_id = response.json()["id"]
        # a unit head is not a leader: refused, nothing decided
        response = self.post(self.t.head, url(self.open_task, "decide"), {"extension": extension_id, "approve": True})
        assert response.status_code == 403 and "Giám đốc" in response.content.decode()
        assert Extension.objects.get(pk=extension_id).state == ExtensionState.PENDING
        response = self.post(self.t.deputy, url(self.open_task, "decide"),
                             {"extension": extension_id, "approve": True, "note": "Đồng ý."})
        assert response.status_code == 200 and response.json()["state"] == "approved"
        self.open_task.refresh_from_db()
        assert self.open_task.extended_to == D(2100, 3, 31)
        # deciding twice is a clear error
        response = self.post(self.t.director, url(self.open_task, "decide"), {"extension": extension_id, "approve": False})
        assert response.status_code == 400 and "đã được xử lý" in response.content.decode()

    def test_extension_refused(self):
        response = self.post(self.t.head, url(self.open_task, "extension"),
                             {"new_due_date": "2100-01-31", "reason": "Thiếu nhân lực."})
        extension_id = response.json()["id"]
        response = self.post(self.t.director, url(self.open_task, "decide"),
                             {"extension": extension_id, "approve": False, "note": "Phải đúng hạn."})
        assert response.status_code == 200 and response.json()["state"] == "refused"
        self.open_task.refresh_from_db()
        assert self.open_task.extended_to is None

    def test_bad_extension_date_and_cancel_and_explain(self):
        response = self.post(self.t.staff, url(self.open_task, "extension"), {"new_due_date": "2099-01-01",
                                                                              "reason": "x"})
        assert response.status_code == 400 and "Hạn mới phải sau hạn hiện tại" in response.content.decode()
        response = self.post(self.t.staff, url(self.open_task, "cancel"), {"reason": ""})
        assert response.status_code == 400
        # cancelling is a leader's (or the assigner's) decision, not the unit head's
        response = self.post(self.t.head, url(self.open_task, "cancel"),
                             {"reason": "UBND tỉnh thu hồi văn bản.", "cancelled_on": "2025-02-01"})
        assert response.status_code == 403 and "quyết định của lãnh đạo" in response.json()["detail"]
        response = self.post(self.t.director, url(self.open_task, "cancel"),
                             {"reason": "UBND tỉnh thu hồi văn bản.", "cancelled_on": "2025-02-01"})
        assert response.status_code == 200 and response.json()["status"] == "da_huy"
        response = self.post(self.t.staff, url(self.task, "explain"), {"explanation": "Phần mềm lỗi."})
        assert response.status_code == 200 and response.json()["explanation"] == "Phần mềm lỗi."

    def test_anonymous_is_refused(self):
        response = self.client.post(url(self.task, "complete"), {"completed_on": "2023-04-09"},
                                    content_type="application/json")
        assert response.status_code in (401, 403)
        self.task.refresh_from_db()
        assert self.task.completed_on is None


class ApiListQueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.t = TenantFixture()
        cls.actor = system_membership(cls.t.org)

    def add(self, count, start):
        for index in range(count):
            task = make_task(self.actor, self.t.unit if index % 2 else self.t.other_unit, text=f"Việc {start + index}",
                             assigned_on=D(2023, 1, 10), deadline_text="trong tháng 3/2023",
                             coordinating_units=[self.t.other_unit], assignees=[self.t.staff])
            assert task.pk

    def list_queries(self):
        login(self.client, self.t.staff)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/api/directive-tasks/?as_of=2023-06-30&status=qua_han")
        assert response.status_code == 200
        return len(queries), response.json()["count"]

    def test_list_query_count_does_not_grow_with_the_tasks(self):
        self.add(2, 0)
        few, count = self.list_queries()
        assert count == 2
        self.add(12, 2)
        many, count = self.list_queries()
        assert count == 14
        assert few == many
        # session, user, membership, count, page of tasks, coordinating units, assignees
        assert many == 7
        assert AssignedTask.objects.count() == 14
