"""Counting rules of docs/directives.md: scope, effective deadline, completed / late / overdue / in progress."""
import datetime as dt

from django.test import TestCase

from core.choices import Role
from core.permissions import system_membership
from core.testing import TenantFixture, make_member
from directives import selectors, services
from directives.choices import SourceType, TaskStatus
from directives.models import AssignedTask
from directives.tests.factories import make_document, make_task

D = dt.date
H1 = dict(date_from=D(2023, 1, 1), date_to=D(2023, 6, 30))
FIGURES = ("assigned", "completed", "completed_late", "overdue_not_completed", "in_progress", "cancelled")


def figures(summary):
    return tuple(summary[key] for key in FIGURES)


class CountingRuleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.t = TenantFixture()
        cls.actor = system_membership(cls.t.org)
        cls.director = cls.t.director

    def summary(self, **period):
        return selectors.directive_summary(organisation=self.t.org, **(period or H1))

    def task(self, **kwargs):
        return make_task(self.actor, self.t.unit, **kwargs)

    def test_empty_period_has_zero_everywhere_and_the_exact_keys(self):
        summary = self.summary()
        assert set(summary) == {*FIGURES, "by_category", "by_unit", "details"}
        assert figures(summary) == (0, 0, 0, 0, 0, 0)
        assert set(summary["by_category"]) == {"van_ban", "ket_luan", "khac"}

    def test_assigned_and_done_on_time(self):
        task = self.task(assigned_on=D(2023, 2, 1), deadline_text="trước ngày 10/02/2023")
        services.task_complete(actor=self.actor, task=task, completed_on=D(2023, 2, 10))
        assert figures(self.summary()) == (1, 1, 0, 0, 0, 0)

    def test_completed_late_is_a_subset_of_completed_with_its_explanation(self):
        document = make_document(self.actor)
        task = self.task(assigned_on=D(2023, 4, 6), deadline_text="trước ngày 10/4/2023", source=document)
        services.task_complete(actor=self.actor, task=task, completed_on=D(2023, 4, 11), explanation="Phần mềm lỗi.")
        summary = self.summary()
        assert figures(summary) == (1, 1, 1, 0, 0, 0)
        [item] = summary["details"]["completed_late"]
        assert item["source"] == "Công văn số 1490/UBND-TH ngày 06/4/2023"
        assert (item["deadline"], item["completed_on"], item["explanation"]) == ("10/04/2023", "11/04/2023", "Phần mềm lỗi.")
        assert summary["by_category"]["van_ban"]["completed_late"] == 1

    def test_cross_year_task_assigned_last_year_and_due_this_period_counts(self):
        task = self.task(assigned_on=D(2022, 12, 26), deadline_text="trước ngày 14/01/2023")
        services.task_complete(actor=self.actor, task=task, completed_on=D(2023, 1, 31), explanation="Chậm trả lời.")
        assert figures(self.summary()) == (1, 1, 1, 0, 0, 0)
        assert figures(self.summary(date_from=D(2022, 1, 1), date_to=D(2022, 12, 31))) == (1, 0, 0, 0, 1, 0)

    def test_cross_year_task_still_open_at_from_with_a_later_deadline_counts(self):
        self.task(assigned_on=D(2022, 11, 15), deadline_text="quý III/2023")
        assert figures(self.summary()) == (1, 0, 0, 0, 1, 0)

    def test_task_of_last_year_done_last_year_is_out_of_scope(self):
        task = self.task(assigned_on=D(2022, 12, 20), deadline_text="trước ngày 21/12/2022")
        services.task_complete(actor=self.actor, task=task, completed_on=D(2022, 12, 22), explanation="Gấp.")
        assert figures(self.summary()) == (0, 0, 0, 0, 0, 0)

    def test_overdue_not_completed_and_due_on_the_last_day_is_in_progress(self):
        self.task(assigned_on=D(2023, 5, 1), deadline_text="trước ngày 29/6/2023")
        self.task(assigned_on=D(2023, 5, 1), deadline_text="trước ngày 30/6/2023", text="Khác")
        summary = self.summary()
        assert figures(summary) == (2, 0, 0, 1, 1, 0)
        assert [i["deadline"] for i in summary["details"]["overdue_not_completed"]] == ["29/06/2023"]

    def test_completed_after_to_is_not_completed_at_to(self):
        task = self.task(assigned_on=D(2023, 6, 1), deadline_text="trước ngày 20/6/2023")
        services.task_complete(actor=self.actor, task=task, completed_on=D(2023, 7, 3), explanation="Chờ số liệu.")
        assert figures(self.summary()) == (1, 0, 0, 1, 0, 0)
        assert figures(self.summary(date_from=D(2023, 7, 1), date_to=D(2023, 12, 31))) == (1, 1, 1, 0, 0, 0)

    def test_extension_approved_before_the_deadline_moves_the_effective_deadline(self):
        task = self.task(assigned_on=D(2023, 3, 1), deadline_text="trước ngày 15/3/2023")
        extension = services.extension_request(actor=self.director, task=task, new_due_date=D(2023, 3, 31),
                                               reason="Chờ ý kiến", requested_on=D(2023, 3, 10))
        services.extension_decide(actor=self.director, extension=extension, approve=True, decided_on=D(2023, 3, 15))
        task.refresh_from_db()
        services.task_complete(actor=self.actor, task=task, completed_on=D(2023, 3, 25))
        assert figures(self.summary()) == (1, 1, 0, 0, 0, 0)

    def test_extension_approved_after_the_deadline_does_not_excuse_lateness(self):
        task = self.task(assigned_on=D(2023, 3, 1), deadline_text="trước ngày 15/3/2023")
        extension = services.extension_request(actor=self.director, task=task, new_due_date=D(2023, 3, 31),
                                               reason="Chờ ý kiến", requested_on=D(2023, 3, 14))
        services.extension_decide(actor=self.director, extension=extension, approve=True, decided_on=D(2023, 3, 16))
        task.refresh_from_db()
        assert task.extended_to is None
        services.task_complete(actor=self.actor, task=task, completed_on=D(2023, 3, 25), explanation="Chậm.")
        assert figures(self.summary()) == (1, 1, 1, 0, 0, 0)

    def test_extension_approved_after_to_is_not_known_at_to(self):
        task = self.task(assigned_on=D(2023, 6, 1), deadline_text="trước ngày 29/6/2023")
        extension = services.extension_request(actor=self.director, task=task, new_due_date=D(2023, 7, 31),
                                               reason="Chờ", requested_on=D(2023, 6, 28))
        services.extension_decide(actor=self.director, extension=extension, approve=True, decided_on=D(2023, 6, 29))
        assert figures(self.summary(date_from=D(2023, 1, 1), date_to=D(2023, 6, 28))) == (1, 0, 0, 0, 1, 0)
        assert figures(self.summary()) == (1, 0, 0, 0, 1, 0)  # approved in time: new deadline 31/07

    def test_cancelled_tasks_are_listed_but_not_counted(self):
        task = self.task(assigned_on=D(2023, 3, 20), deadline_text="trước ngày 05/4/2023")
        services.task_cancel(actor=self.actor, task=task, reason="Đoàn công tác hoãn.", cancelled_on=D(2023, 3, 30))
        summary = self.summary()
        assert figures(summary) == (0, 0, 0, 0, 0, 1)
        assert summary["details"]["cancelled"][0]["cancel_reason"] == "Đoàn công tác hoãn."

    def test_task_cancelled_after_to_counts_as_it_stood_at_to(self):
        task = self.task(assigned_on=D(2023, 6, 1), deadline_text="trước ngày 10/6/2023")
        services.task_cancel(actor=self.actor, task=task, reason="Không còn cần.", cancelled_on=D(2023, 7, 5))
        assert figures(self.summary()) == (1, 0, 0, 1, 0, 0)

    def test_task_without_deadline_is_in_progress(self):
        self.task(assigned_on=D(2023, 2, 1), deadline_text="thường xuyên")
        assert figures(self.summary()) == (1, 0, 0, 0, 1, 0)

    def test_breakdowns_by_category_unit_and_leader(self):
        notice = make_document(self.actor, number="", doc_type=SourceType.THONG_BAO_KET_LUAN, issuer="Giám đốc Sở")
        self.task(assigned_on=D(2023, 2, 1), deadline_text="trước ngày 10/02/2023", source=notice,
                  leader=self.t.deputy)
        make_task(self.actor, self.t.other_unit, assigned_on=D(2023, 2, 1), deadline_text="cả năm 2023")
        summary = self.summary()
        assert summary["by_category"]["ket_luan"]["overdue_not_completed"] == 1
        assert summary["by_category"]["khac"]["in_progress"] == 1
        assert summary["by_unit"] == {
            "Phòng Quản lý khoa học": {"assigned": 1, "completed": 0, "completed_late": 0, "overdue_not_completed": 1,
                                       "in_progress": 0, "cancelled": 0},
            "Văn phòng Sở": {"assigned": 1, "completed": 0, "completed_late": 0, "overdue_not_completed": 0,
                             "in_progress": 1, "cancelled": 0},
        }
        by_leader = selectors.directive_summary_by_leader(organisation=self.t.org, **H1)
        assert by_leader["pgd"]["overdue_not_completed"] == 1
        assert by_leader[selectors.NO_LEADER]["in_progress"] == 1
        assert selectors.directive_summary(organisation=self.t.org, unit="Văn phòng Sở", **H1)["assigned"] == 1
        assert selectors.directive_summary(organisation=self.t.org, unit="QLKH", **H1)["assigned"] == 1

    def test_membership_sees_only_its_organisation(self):
        self.task(assigned_on=D(2023, 2, 1))
        foreign_actor = system_membership(self.t.other_org)
        make_task(foreign_actor, self.t.foreign_unit, assigned_on=D(2023, 2, 1))
        assert selectors.directive_summary(membership=self.t.director, **H1)["assigned"] == 1
        assert selectors.directive_summary(membership=self.t.foreign_director, **H1)["assigned"] == 1

    def test_staff_of_an_organisation_reading_only_its_unit(self):
        org = self.t.org
        org.members_read_all = False
        org.save()
        self.task(assigned_on=D(2023, 2, 1))
        make_task(self.actor, self.t.other_unit, assigned_on=D(2023, 2, 1))
        assert selectors.directive_summary(membership=self.t.staff, **H1)["assigned"] == 1
        assert selectors.directive_summary(membership=self.t.director, **H1)["assigned"] == 2


class StatusTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.t = TenantFixture()
        cls.actor = system_membership(cls.t.org)

    def test_status_as_of_any_date(self):
        task = make_task(self.actor, self.t.unit, assigned_on=D(2023, 3, 1), deadline_text="trước ngày 20/3/2023")
        services.task_complete(actor=self.actor, task=task, completed_on=D(2023, 3, 25), explanation="Chậm.")
        expected = [(D(2023, 3, 1), TaskStatus.CHUA_DEN_HAN), (D(2023, 3, 14), TaskStatus.SAP_DEN_HAN),
                    (D(2023, 3, 20), TaskStatus.SAP_DEN_HAN), (D(2023, 3, 21), TaskStatus.QUA_HAN),
                    (D(2023, 3, 25), TaskStatus.HOAN_THANH_QUA_HAN)]
        for day, status in expected:
            assert task.status_on(day) == status, day
            assert list(selectors.filter_status(AssignedTask.objects.all(), status, day)) == [task], day

    def test_completed_before_and_on_the_deadline(self):
        early = make_task(self.actor, self.t.unit, assigned_on=D(2023, 3, 1), deadline_text="trước ngày 20/3/2023")
        services.task_complete(actor=self.actor, task=early, completed_on=D(2023, 3, 10))
        on_time = make_task(self.actor, self.t.unit, assigned_on=D(2023, 3, 1), deadline_text="20/3/2023", text="B")
        services.task_complete(actor=self.actor, task=on_time, completed_on=D(2023, 3, 20))
        assert early.status_on(D(2023, 4, 1)) == TaskStatus.HOAN_THANH_TRUOC_HAN
        assert on_time.status_on(D(2023, 4, 1)) == TaskStatus.HOAN_THANH_DUNG_HAN
        assert list(selectors.filter_status(AssignedTask.objects.all(), TaskStatus.HOAN_THANH_DUNG_HAN,
                                            D(2023, 4, 1))) == [on_time]

    def test_no_deadline_and_cancelled(self):
        task = make_task(self.actor, self.t.unit, assigned_on=D(2023, 3, 1), deadline_text="liên tục")
        assert task.status_on(D(2023, 5, 1)) == TaskStatus.KHONG_THOI_HAN
        services.task_cancel(actor=self.actor, task=task, reason="Thôi.", cancelled_on=D(2023, 5, 2))
        assert task.status_on(D(2023, 5, 1)) == TaskStatus.KHONG_THOI_HAN
        assert task.status_on(D(2023, 5, 2)) == TaskStatus.DA_HUY

    def test_due_soon_days_is_configurable(self):
        org = self.t.org
        org.settings = {"directives.due_soon_days": 2}
        org.save()
        task = make_task(self.actor, self.t.unit, assigned_on=D(2023, 3, 1), deadline_text="trước ngày 20/3/2023")
        task.refresh_from_db()
        assert task.status_on(D(2023, 3, 14)) == TaskStatus.CHUA_DEN_HAN
        assert task.status_on(D(2023, 3, 18)) == TaskStatus.SAP_DEN_HAN

    def test_upcoming_and_open_tasks_for_the_next_period(self):
        make_task(self.actor, self.t.unit, assigned_on=D(2023, 6, 1), deadline_text="trong tháng 7/2023")
        done = make_task(self.actor, self.t.unit, assigned_on=D(2023, 6, 1), deadline_text="trong tháng 7/2023", text="X")
        services.task_complete(actor=self.actor, task=done, completed_on=D(2023, 6, 20))
        upcoming = selectors.upcoming_tasks(self.t.org, D(2023, 7, 1), D(2023, 12, 31))
        assert [item["deadline"] for item in upcoming] == ["31/07/2023"]
        assert len(selectors.open_tasks(self.t.org, D(2023, 6, 30))) == 1
        assert len(selectors.open_tasks(self.t.org, D(2023, 6, 19))) == 2

    def test_upcoming_tasks_put_the_first_categories_first_and_stop_at_the_limit(self):
        for text, category, assigned in (("Tỉnh giao A", "ubnd_tinh", D(2023, 5, 1)),
                                         ("Trọng tâm B", "trong_tam", D(2023, 6, 2)),
                                         ("Giám đốc C", "giam_doc", D(2023, 6, 1)),
                                         ("Trọng tâm D", "trong_tam", D(2023, 6, 3))):
            make_task(self.actor, self.t.unit, text=text, category=category, assigned_on=assigned,
                      deadline_text="trong tháng 7/2023")
        every = selectors.upcoming_tasks(self.t.org, D(2023, 7, 1), D(2023, 12, 31))
        assert [item["text"] for item in every] == ["Tỉnh giao A", "Giám đốc C", "Trọng tâm B", "Trọng tâm D"]
        first = {"trong_tam": 0, "giam_doc": 1}
        ranked = selectors.upcoming_tasks(self.t.org, D(2023, 7, 1), D(2023, 12, 31), first=first)
        assert [item["text"] for item in ranked] == ["Trọng tâm B", "Trọng tâm D", "Giám đốc C", "Tỉnh giao A"]
        cut = selectors.upcoming_tasks(self.t.org, D(2023, 7, 1), D(2023, 12, 31), first=first, limit=3)
        assert [item["text"] for item in cut] == ["Trọng tâm B", "Trọng tâm D", "Giám đốc C"]
        assert cut[0]["unit"] == self.t.unit.name

    def test_summary_of_several_categories_is_the_sum_of_each(self):
        for text, category, done in (("A", "ubnd_tinh", None), ("B", "chu_tich_ubnd", D(2023, 3, 30)),
                                     ("C", "ubnd_tinh", D(2023, 3, 25)), ("D", "giam_doc", None)):
            task = make_task(self.actor, self.t.unit, text=text, category=category, assigned_on=D(2023, 1, 10),
                             deadline_text="trước ngày 20/3/2023")
            if done:
                services.task_complete(actor=self.actor, task=task, completed_on=done, explanation="Chờ số liệu.")
        both = selectors.directive_summary(organisation=self.t.org, category=("ubnd_tinh", "chu_tich_ubnd"), **H1)
        one = [selectors.directive_summary(organisation=self.t.org, category=c, **H1)
               for c in ("ubnd_tinh", "chu_tich_ubnd")]
        for key in ("assigned", "completed", "completed_late", "overdue_not_completed", "in_progress"):
            assert both[key] == one[0][key] + one[1][key]
        assert both["completed_late"] == 2 and both["assigned"] == 3
        assert sorted(item["text"] for item in both["details"]["completed_late"]) == ["B", "C"]


class DirectorOnlyTests(TestCase):
    def test_director_role_is_required_to_decide(self):
        t = TenantFixture()
        head = make_member(t.org, "tp2", [Role.TRUONG_DON_VI], unit=t.unit)
        assert not head.is_director
