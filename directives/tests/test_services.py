"""Writes: every bad input gives a clear Vietnamese message and saves nothing."""
import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import TestCase

from core.models import DomainEvent
from core.permissions import system_membership
from core.testing import TenantFixture
from directives import services
from directives.choices import ExtensionState, SourceType
from directives.models import AssignedTask, SourceDocument, normalise_number
from directives.tests.factories import make_document, make_task

D = dt.date


@pytest.mark.parametrize("raw,expected", [
    ("1490/UBND-TH", "1490/UBND-TH"), ("số 1490 / ubnd – th", "1490/UBND-TH"), ("Số: 03/KH-SKHCN", "03/KH-SKHCN"),
    ("57-NQ/TW", "57-NQ/TW"), ("163/2021/NQ-HĐND", "163/2021/NQ-HĐND"), ("109/QĐ-UBND", "109/QĐ-UBND"), ("", ""),
])
def test_number_is_normalised(raw, expected):
    assert normalise_number(raw) == expected


@pytest.mark.parametrize("raw", ["UBND-TH", "1490", "1490/", "abc/def", "14 90 UBND"])
def test_bad_number_is_refused_in_vietnamese(raw):
    with pytest.raises(ValidationError) as error:
        normalise_number(raw)
    assert "không hợp lệ" in str(error.value)


class SourceDocumentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.t = TenantFixture()

    def test_the_same_document_is_never_entered_twice(self):
        make_document(self.t.clerk, number="1490/UBND-TH", issued_on=D(2023, 4, 6))
        with pytest.raises(ValidationError) as error:
            make_document(self.t.clerk, number="số 1490/ubnd-th", issued_on=D(2023, 4, 7))
        assert "đã có trong hệ thống" in str(error.value)
        assert SourceDocument.objects.count() == 1
        make_document(self.t.clerk, number="1490/UBND-TH", issued_on=D(2024, 4, 6))  # another year: another document
        make_document(self.t.foreign_director, number="1490/UBND-TH", issued_on=D(2023, 4, 6))  # another province

    def test_registration_is_an_event(self):
        document = make_document(self.t.clerk)
        assert DomainEvent.objects.filter(kind=services.DOCUMENT_REGISTERED, object_id=document.pk).exists()
        assert document.reference() == "Công văn số 1490/UBND-TH ngày 06/4/2023"


class TaskCreateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.t = TenantFixture()
        cls.document = make_document(cls.t.director, number="228/KH-UBND", issued_on=D(2022, 12, 26),
                                     doc_type=SourceType.KE_HOACH)

    def test_deadline_words_are_kept_with_the_computed_date(self):
        task = make_task(self.t.director, self.t.unit, assigned_on=D(2023, 1, 5), deadline_text="trong tháng 3/2023")
        assert (task.deadline_text, task.deadline_kind, task.due_date) == ("trong tháng 3/2023", "month", D(2023, 3, 31))

    def test_missing_year_is_the_source_documents_year(self):
        task = make_task(self.t.director, self.t.unit, assigned_on=D(2022, 12, 26), deadline_text="cuối tháng 12",
                         source=self.document)
        assert (task.deadline_kind, task.due_date) == ("month_part", D(2022, 12, 31))
        assert DomainEvent.objects.filter(kind=services.TASK_ASSIGNED, object_id=task.pk).exists()

    def test_deadline_before_assignment_is_refused(self):
        with pytest.raises(ValidationError) as error:
            make_task(self.t.director, self.t.unit, assigned_on=D(2023, 3, 1), deadline_text="trước ngày 20/02/2023")
        assert "không được trước ngày giao" in str(error.value)
        assert AssignedTask.objects.count() == 0

    def test_impossible_date_is_refused(self):
        with pytest.raises(ValidationError) as error:
            make_task(self.t.director, self.t.unit, assigned_on=D(2025, 2, 1), deadline_text="trước ngày 30/02/2025")
        assert "Không hiểu được thời hạn" in str(error.value)
        assert AssignedTask.objects.count() == 0

    def test_unparsed_phrase_can_be_kept_flagged_on_purpose(self):
        task = make_task(self.t.director, self.t.unit, assigned_on=D(2025, 2, 1), deadline_text="sau Tết",
                         allow_unparsed_deadline=True)
        assert (task.deadline_text, task.deadline_kind, task.due_date, task.deadline_unparsed) == (
            "sau Tết", "unparsed", None, True)

    def test_unit_of_another_organisation_is_refused(self):
        with pytest.raises(ValidationError) as error:
            make_task(self.t.director, self.t.foreign_unit, assigned_on=D(2023, 3, 1))
        assert "không thuộc" in str(error.value)
        assert AssignedTask.objects.count() == 0

    def test_staff_cannot_assign_to_another_unit(self):
        with pytest.raises(PermissionDenied):
            make_task(self.t.staff, self.t.other_unit, assigned_on=D(2023, 3, 1))
        make_task(self.t.staff, self.t.unit, assigned_on=D(2023, 3, 1))

    def test_recurring_task_creates_its_occurrences_once(self):
        series = make_task(self.t.director, self.t.unit, assigned_on=D(2025, 1, 3),
                           deadline_text="trước ngày 06 hàng tháng")
        assert series.is_series and series.every == "month" and series.on_day == 6
        dates = list(series.occurrences.order_by("due_date").values_list("due_date", flat=True))
        assert dates[:2] == [D(2025, 1, 6), D(2025, 2, 6)] and len(dates) == 12
        assert services.assigned_task_generate_occurrences(actor=self.t.director, series=series) == 0
        weekly = make_task(self.t.director, self.t.unit, assigned_on=D(2025, 12, 1), deadline_text="vào thứ Sáu hằng tuần",
                           text="Báo cáo tuần")
        assert list(weekly.occurrences.values_list("due_date", flat=True).order_by("due_date")) == [
            D(2025, 12, 5), D(2025, 12, 12), D(2025, 12, 19), D(2025, 12, 26)]

    def test_occurrence_rules(self):
        assert services.occurrence_dates(every="quarter", start=D(2025, 1, 1), until=D(2025, 12, 31)) == [
            D(2025, 3, 31), D(2025, 6, 30), D(2025, 9, 30), D(2025, 12, 31)]
        assert services.occurrence_dates(every="month", start=D(2025, 1, 1), until=D(2025, 3, 31), on_day=31) == [
            D(2025, 1, 31), D(2025, 2, 28), D(2025, 3, 31)]
        assert services.occurrence_dates(every="year", start=D(2024, 1, 1), until=D(2025, 12, 31), on_day=15,
                                         on_month=12) == [D(2024, 12, 15), D(2025, 12, 15)]


class FollowUpTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.t = TenantFixture()

    def setUp(self):
        self.task = make_task(self.t.director, self.t.unit, assigned_on=D(2023, 3, 1),
                              deadline_text="trước ngày 20/3/2023")

    def test_completing_late_without_explanation_is_refused(self):
        with pytest.raises(ValidationError) as error:
            services.task_complete(actor=self.t.staff, task=self.task, completed_on=D(2023, 3, 25))
        assert "phải nhập giải trình nguyên nhân" in str(error.value)
        self.task.refresh_from_db()
        assert self.task.completed_on is None
        services.task_complete(actor=self.t.staff, task=self.task, completed_on=D(2023, 3, 25), explanation="Chờ số liệu.")
        event = DomainEvent.objects.get(kind=services.TASK_COMPLETED)
        assert event.payload["late"] is True

    def test_progress_on_an_overdue_task_needs_an_explanation(self):
        with pytest.raises(ValidationError):
            services.task_progress_add(actor=self.t.staff, task=self.task, percent=50, note="Đang làm",
                                       reported_on=D(2023, 3, 22))
        services.task_progress_add(actor=self.t.staff, task=self.task, percent=50, note="Đang làm",
                                   reported_on=D(2023, 3, 10))
        services.task_progress_add(actor=self.t.staff, task=self.task, percent=70, note="Đang làm",
                                   reported_on=D(2023, 3, 22), explanation="Thiếu số liệu.")
        self.task.refresh_from_db()
        assert (self.task.progress, self.task.explanation, self.task.updates.count()) == (70, "Thiếu số liệu.", 2)

    def test_other_units_staff_cannot_touch_the_task(self):
        with pytest.raises(PermissionDenied):
            services.task_complete(actor=self.t.other_staff, task=self.task, completed_on=D(2023, 3, 15))

    def test_extension_approved_by_someone_who_is_not_a_leader_is_refused(self):
        extension = services.extension_request(actor=self.t.staff, task=self.task, new_due_date=D(2023, 3, 31),
                                               reason="Chờ ý kiến", requested_on=D(2023, 3, 10))
        for not_a_leader in (self.t.head, self.t.staff, self.t.clerk, self.t.office_chief):
            with pytest.raises(PermissionDenied) as error:
                services.extension_decide(actor=not_a_leader, extension=extension, approve=True,
                                          decided_on=D(2023, 3, 12))
            assert "Giám đốc hoặc Phó Giám đốc" in str(error.value)
        extension.refresh_from_db()
        self.task.refresh_from_db()
        assert extension.state == ExtensionState.PENDING and self.task.extended_to is None
        with pytest.raises(PermissionDenied):
            services.extension_decide(actor=self.t.foreign_director, extension=extension, approve=True)
        services.extension_decide(actor=self.t.deputy, extension=extension, approve=True, decided_on=D(2023, 3, 12))
        self.task.refresh_from_db()
        assert (self.task.extended_to, self.task.effective_deadline()) == (D(2023, 3, 31), D(2023, 3, 31))

    def test_refused_extension_keeps_the_deadline(self):
        extension = services.extension_request(actor=self.t.staff, task=self.task, new_due_date=D(2023, 3, 31),
                                               reason="Chờ", requested_on=D(2023, 3, 10))
        services.extension_decide(actor=self.t.director, extension=extension, approve=False, decided_on=D(2023, 3, 11))
        self.task.refresh_from_db()
        assert self.task.effective_deadline() == D(2023, 3, 20)
        with pytest.raises(ValidationError):
            services.extension_decide(actor=self.t.director, extension=extension, approve=True)

    def test_extension_must_move_the_deadline_later(self):
        with pytest.raises(ValidationError):
            services.extension_request(actor=self.t.staff, task=self.task, new_due_date=D(2023, 3, 19), reason="x",
                                       requested_on=D(2023, 3, 10))

    def test_reassign_and_cancel_are_recorded(self):
        services.task_reassign(actor=self.t.director, task=self.task, lead_unit=self.t.other_unit, reason="Đúng chức năng")
        with pytest.raises(ValidationError):
            services.task_reassign(actor=self.t.director, task=self.task, lead_unit=self.t.foreign_unit, reason="x")
        with pytest.raises(ValidationError):
            services.task_cancel(actor=self.t.director, task=self.task, reason="  ")
        services.task_cancel(actor=self.t.director, task=self.task, reason="Không còn cần thiết",
                             cancelled_on=D(2023, 3, 5))
        kinds = set(DomainEvent.objects.values_list("kind", flat=True))
        assert {services.TASK_REASSIGNED, services.TASK_CANCELLED} <= kinds
        assert self.task.history.count() >= 3
        with pytest.raises(ValidationError):
            services.task_complete(actor=self.t.director, task=self.task, completed_on=D(2023, 3, 6))


class BriefingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.t = TenantFixture()

    def test_conclusions_become_tasks_and_the_next_meeting_follows_them_up(self):
        from directives.selectors import briefing_notice_context, previous_conclusions

        week6 = services.briefing_create(actor=self.t.director, year=2025, week_number=6, held_on=D(2025, 2, 10),
                                         chair=self.t.director)
        first = services.briefing_add_conclusion(
            actor=self.t.office_chief, briefing=week6, lead_unit=self.t.unit,
            text="Hoàn thiện dự thảo Quy chế, trình Giám đốc Sở trong ngày 14/02/2025.")
        assert (first.deadline_text, first.due_date, first.source.doc_type) == (
            "trong ngày 14/02/2025", D(2025, 2, 14), SourceType.THONG_BAO_KET_LUAN)
        services.task_complete(actor=self.t.staff, task=first, completed_on=D(2025, 2, 13))
        services.briefing_add_conclusion(actor=self.t.office_chief, briefing=week6, lead_unit=self.t.other_unit,
                                         text="Theo dõi tài khoản zalo của Sở.")
        week7 = services.briefing_create(actor=self.t.director, year=2025, week_number=7, held_on=D(2025, 2, 17),
                                         chair=self.t.director, participants="Ban Giám đốc Sở")
        services.briefing_add_conclusion(actor=self.t.director, briefing=week7, lead_unit=self.t.other_unit,
                                         text="Sắp xếp phòng làm việc, hoàn thành trước ngày 21/02/2025.")
        assert len(previous_conclusions(week7)) == 2
        context = briefing_notice_context(week7)
        assert context["number_symbol"] == "Số:      /TB-SKHCN"
        assert context["place_date"] == "org-a, ngày 17 tháng 02 năm 2025"
        assert context["title"].endswith("tại Hội nghị trực báo tuần 7 năm 2025")
        assert context["unit_sections"] == [{"heading": "Văn phòng Sở:", "items": [
            {"text": "Sắp xếp phòng làm việc, hoàn thành trước ngày 21/02/2025.",
             "deadline_text": "trước ngày 21/02/2025"}]}]
        assert any("01/02 nhiệm vụ đã hoàn thành" in p for p in context["opening_paragraphs"])
        assert context["signer_authority"] == ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"]
        assert context["signer_name"] == "cvp"
        assert context["recipients"][-1] == "Lưu: VT, VP."

    def test_staff_cannot_create_a_briefing(self):
        with pytest.raises(PermissionDenied):
            services.briefing_create(actor=self.t.staff, year=2025, week_number=8, held_on=D(2025, 2, 24))


def test_system_membership_can_do_everything_of_its_organisation(db):
    t = TenantFixture()
    actor = system_membership(t.org)
    task = make_task(actor, t.unit, assigned_on=D(2023, 1, 5), deadline_text="trước ngày 10/01/2023")
    services.assigned_task_extend(actor=actor, task=task, new_due_date=D(2023, 1, 20), reason="Gia hạn",
                                  on=D(2023, 1, 9))
    task.refresh_from_db()
    assert task.effective_deadline() == D(2023, 1, 20)
