"""The permission matrix of the directives app: every domain model, its real rules, on screens and API alike.

- source documents (ClerkDocumentPolicy): unit rules + Văn thư manage them all;
- tasks (AssignedTaskPolicy): unit rules, but deleting is a leader's (or the assigner's) decision;
- task follow-up (progress updates, extensions, …): the unit reports progress, completes, explains and asks for an
  extension; the deadline, cancelling, another lead unit and the extension decision stay with leaders (deciding an
  extension: Giám đốc / Phó Giám đốc) or with the member who assigned the task;
- briefings (LeaderWritePolicy) and their units' reports (a unit's staff write their unit's report).
"""
import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from core.choices import Role
from core.testing import (
    ALL_ACTIONS, MATRIX_ROLES, READ_ACTIONS, ActionMatrix, PermissionMatrix,
)
from directives import services
from directives.choices import SourceType, TaskCategory
from directives.models import AssignedTask, Briefing, BriefingReport, Extension, ProgressUpdate, SourceDocument

TODAY = timezone.localdate()
NOBODY = frozenset()


def _d(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


class SourceDocumentMatrix(PermissionMatrix):
    model = SourceDocument
    api_basename = "directive-document"
    allowed = {**PermissionMatrix.unit_record_allowed(), "van_thu": ALL_ACTIONS}

    def make_object(self, tenants):
        return services.source_document_create(actor=tenants.director, doc_type=SourceType.CONG_VAN,
                                               number="1490/UBND-TH", issued_on=dt.date(2026, 4, 6),
                                               issuer="UBND tỉnh", summary="V/v chuyển đổi số", unit=tenants.unit)

    def add_data(self, tenants):
        return {"doc_type": SourceType.KE_HOACH, "number": "03/KH-SKHCN", "issued_on": "05/02/2026",
                "issuer": "Giám đốc Sở", "summary": "Kế hoạch công tác năm 2026", "unit": tenants.unit.pk}

    def change_data(self, tenants, obj):
        return {"doc_type": obj.doc_type, "number": obj.number, "issued_on": _d(obj.issued_on), "issuer": obj.issuer,
                "summary": "V/v chuyển đổi số (đã sửa)", "unit": tenants.unit.pk}

    def api_add_data(self, tenants):
        return {"doc_type": SourceType.KE_HOACH, "number": "03/KH-SKHCN", "issued_on": "2026-02-05",
                "issuer": "Giám đốc Sở", "summary": "Kế hoạch công tác năm 2026", "unit": tenants.unit.pk}

    def api_change_data(self, tenants, obj):
        return {"summary": "V/v chuyển đổi số (đã sửa)"}

    def _label(self, obj):
        return obj.number  # the list shows number and summary in their own columns


def _director_task(tenants):
    return services.assigned_task_create(
        actor=tenants.director, text="Tham mưu kế hoạch chuyển đổi số", lead_unit=tenants.unit,
        assigned_on=TODAY - dt.timedelta(days=9), due_date=TODAY + dt.timedelta(days=19),
        category=TaskCategory.GIAM_DOC)


class AssignedTaskMatrix(PermissionMatrix):
    model = AssignedTask
    api_basename = "directive-task"
    allowed = {**PermissionMatrix.unit_record_allowed(), "truong_phong": ALL_ACTIONS - {"delete"}}

    def make_object(self, tenants):
        return _director_task(tenants)

    def add_data(self, tenants):
        return {"text": "Báo cáo kết quả thực hiện quý IV", "category": TaskCategory.GIAM_DOC,
                "lead_unit": tenants.unit.pk, "assigned_on": _d(TODAY), "deadline_text": f"trước ngày {_d(TODAY + dt.timedelta(days=30))}"}

    def change_data(self, tenants, obj):
        return {"text": "Tham mưu kế hoạch chuyển đổi số (đã sửa)", "category": obj.category,
                "lead_unit": obj.lead_unit_id, "assigned_on": _d(obj.assigned_on), "deadline_text": obj.deadline_text}

    def api_add_data(self, tenants):
        return {"text": "Báo cáo kết quả thực hiện quý IV", "category": TaskCategory.GIAM_DOC,
                "lead_unit": tenants.unit.pk, "assigned_on": TODAY.isoformat(),
                "deadline_text": f"trước ngày {_d(TODAY + dt.timedelta(days=30))}"}

    def api_change_data(self, tenants, obj):
        return {"text": "Tham mưu kế hoạch chuyển đổi số (đã sửa)"}


UNIT_WORK = frozenset({"progress", "complete", "explain", "extension"})
DECISIONS = frozenset({"change_deadline", "reassign", "cancel"})
EVERY_TASK_ACTION = UNIT_WORK | DECISIONS | {"decide"}


class TaskActionMatrix(ActionMatrix):
    """Follow-up of a task the Giám đốc assigned to Phòng QLKH (progress updates, extensions, decisions)."""

    model = AssignedTask
    state_models = (AssignedTask, ProgressUpdate, Extension)
    covers = (ProgressUpdate, Extension)  # written by "progress"/"complete" and "extension"/"decide"
    web_actions = ("progress", "complete", "explain", "extension", "decide", "change_deadline", "reassign", "cancel")
    api_actions = ("progress", "complete", "explain", "extension", "decide", "cancel")
    allowed = {
        "giam_doc": EVERY_TASK_ACTION, "pho_giam_doc": EVERY_TASK_ACTION,
        "chanh_van_phong": EVERY_TASK_ACTION - {"decide"},  # a leader, but extensions are the directors'
        "truong_phong": UNIT_WORK, "chuyen_vien": UNIT_WORK,
        "chuyen_vien_khac": NOBODY, "van_thu": NOBODY, "quan_tri": NOBODY,
    }

    def make_object(self, tenants):
        task = _director_task(tenants)
        services.extension_request(actor=tenants.staff, task=task, new_due_date=TODAY + dt.timedelta(days=40),
                                   reason="Chờ ý kiến các sở")
        return task

    @staticmethod
    def _action_url(obj, action):
        return reverse("directives:task_action", args=[obj.pk, action])

    @staticmethod
    def _api_url(obj, action):
        return reverse("directive-task-detail", args=[obj.pk]) + f"{action}/"

    # -- screens ----------------------------------------------------------------------------------------------
    def web_progress(self, client, tenants, obj):
        return client.post(self._action_url(obj, "progress"), {"percent": 40, "note": "Đã có dự thảo"})

    def web_complete(self, client, tenants, obj):
        return client.post(self._action_url(obj, "complete"), {"completed_on": _d(TODAY), "note": "Đã trình"})

    def web_explain(self, client, tenants, obj):
        return client.post(self._action_url(obj, "explain"), {"explanation": "Chờ số liệu của các huyện"})

    def web_extension(self, client, tenants, obj):
        return client.post(self._action_url(obj, "extension"),
                           {"new_due_date": _d(TODAY + dt.timedelta(days=60)), "reason": "Chờ ý kiến Bộ"})

    def web_decide(self, client, tenants, obj):
        return client.post(self._action_url(obj, "decide"), {"extension": obj.extensions.get().pk, "approve": "1"})

    def web_reassign(self, client, tenants, obj):
        return client.post(self._action_url(obj, "reassign"),
                           {"lead_unit": tenants.other_unit.pk, "reason": "Văn phòng chủ trì"})

    def web_cancel(self, client, tenants, obj):
        return client.post(self._action_url(obj, "cancel"), {"reason": "UBND tỉnh thu hồi văn bản"})

    def web_change_deadline(self, client, tenants, obj):
        """The edit form with a new deadline (staff are not offered the field; sent anyway, it is refused)."""
        url = reverse("directives:assignedtask_edit", args=[obj.pk])
        return client.post(url, {"text": obj.text, "category": obj.category, "assigned_on": _d(obj.assigned_on),
                                 "deadline_text": f"trước ngày {_d(TODAY + dt.timedelta(days=90))}"})

    # -- API --------------------------------------------------------------------------------------------------
    def _api(self, client, obj, action, data, headers):
        return client.post(self._api_url(obj, action), data, content_type="application/json", **headers)

    def api_progress(self, client, tenants, obj, headers):
        return self._api(client, obj, "progress", {"percent": 40, "note": "Đã có dự thảo"}, headers)

    def api_complete(self, client, tenants, obj, headers):
        return self._api(client, obj, "complete", {"completed_on": TODAY.isoformat(), "note": "Đã trình"}, headers)

    def api_explain(self, client, tenants, obj, headers):
        return self._api(client, obj, "explain", {"explanation": "Chờ số liệu của các huyện"}, headers)

    def api_extension(self, client, tenants, obj, headers):
        return self._api(client, obj, "extension", {"new_due_date": (TODAY + dt.timedelta(days=60)).isoformat(),
                                                    "reason": "Chờ ý kiến Bộ"}, headers)

    def api_decide(self, client, tenants, obj, headers):
        return self._api(client, obj, "decide", {"extension": obj.extensions.get().pk, "approve": True}, headers)

    def api_cancel(self, client, tenants, obj, headers):
        return self._api(client, obj, "cancel", {"reason": "UBND tỉnh thu hồi văn bản"}, headers)


class AssignerActionMatrix(TaskActionMatrix):
    """The same follow-up on a task the Trưởng phòng assigned to their own unit: the assigner decides it."""

    allowed = {**TaskActionMatrix.allowed, "truong_phong": EVERY_TASK_ACTION}

    def make_object(self, tenants):
        task = services.assigned_task_create(
            actor=tenants.head, text="Rà soát hồ sơ nhiệm vụ", lead_unit=tenants.unit,
            assigned_on=TODAY - dt.timedelta(days=9), due_date=TODAY + dt.timedelta(days=19))
        services.extension_request(actor=tenants.staff, task=task, new_due_date=TODAY + dt.timedelta(days=40),
                                   reason="Chờ ý kiến các sở")
        return task


class BriefingMatrix(PermissionMatrix):
    model = Briefing
    allowed = {**{role: (ALL_ACTIONS if role in ("giam_doc", "pho_giam_doc", "chanh_van_phong") else READ_ACTIONS)
                  for role in MATRIX_ROLES[:8]},
               "giam_doc_to_chuc_khac": frozenset({"add"})}  # a briefing of their own organisation

    def make_object(self, tenants):
        return services.briefing_create(actor=tenants.director, year=2026, week_number=47, held_on=dt.date(2026, 11, 16),
                                        chair=tenants.director, title="Hội nghị trực báo")

    def add_data(self, tenants):
        return {"year": 2026, "week_number": 48, "held_on": "23/11/2026", "title": "Hội nghị trực báo"}

    def change_data(self, tenants, obj):
        return {"year": obj.year, "week_number": obj.week_number, "held_on": _d(obj.held_on),
                "title": "Hội nghị giao ban tháng", "chair": obj.chair_id}


LEADERS = ("giam_doc", "pho_giam_doc", "chanh_van_phong")


class BriefingActionMatrix(ActionMatrix):
    """A briefing's conclusions (tasks: leaders) and its units' reports (a unit's staff: their unit's)."""

    model = Briefing
    state_models = (Briefing, BriefingReport, AssignedTask)
    covers = (BriefingReport,)  # written by "report"
    web_actions = ("conclusion", "report")
    allowed = {role: frozenset({"conclusion", "report"} if role in LEADERS else
                               {"report"} if role in ("truong_phong", "chuyen_vien") else ())
               for role in MATRIX_ROLES[:8]}

    def make_object(self, tenants):
        return BriefingMatrix().make_object(tenants)

    def web_conclusion(self, client, tenants, obj):
        return client.post(reverse("directives:briefing_action", args=[obj.pk, "conclusion"]),
                           {"lead_unit": tenants.unit.pk, "text": "Hoàn thiện dự thảo, trình trong tháng 12/2026."})

    def web_report(self, client, tenants, obj):
        return client.post(reverse("directives:briefing_action", args=[obj.pk, "report"]),
                           {"unit": tenants.unit.pk, "last_week_results": "Đã thẩm định 02 hồ sơ",
                            "next_week_plan": "Họp hội đồng"})


DOCUMENTS = SourceDocumentMatrix()
TASKS = AssignedTaskMatrix()
TASK_ACTIONS = TaskActionMatrix()
ASSIGNER_ACTIONS = AssignerActionMatrix()
BRIEFINGS = BriefingMatrix()
BRIEFING_ACTIONS = BriefingActionMatrix()
WEB = [DOCUMENTS, TASKS, TASK_ACTIONS, ASSIGNER_ACTIONS, BRIEFINGS, BRIEFING_ACTIONS]
API = [DOCUMENTS, TASKS, TASK_ACTIONS, ASSIGNER_ACTIONS]


def _cases(matrices, kind):
    return [pytest.param(m, *case.values, id=f"{type(m).__name__}-{case.id}")
            for m in matrices for case in getattr(m, f"{kind}_cases")()]


@pytest.mark.parametrize("matrix, role, action", _cases(WEB, "web"))
def test_screens(client, tenants, matrix, role, action):
    matrix.check_web(client, tenants, role, action)


@pytest.mark.parametrize("matrix, role, action, auth", _cases(API, "api"))
def test_api(client, tenants, matrix, role, action, auth):
    matrix.check_api(client, tenants, role, action, auth)


def test_matrix_size():
    web = sum(len(m.web_cases()) for m in WEB)
    api = sum(len(m.api_cases()) for m in API)
    # 10 roles × (6 + 6 + 8 + 8 + 6 + 2) screen actions; 19 role/auth pairs × (6 + 6 + 6 + 6) API actions
    assert (web, api) == (360, 456)


def test_briefing_report_policy_is_the_units(tenants):
    from core.permissions import can

    briefing = BriefingMatrix().make_object(tenants)
    report = BriefingReport(briefing=briefing, unit=tenants.unit)
    assert can(tenants.staff, "add", report) and can(tenants.head, "change", report)
    assert not can(tenants.other_staff, "add", report) and not can(tenants.clerk, "add", report)
    assert not can(tenants.foreign_director, "add", report)
    assert Role.GIAM_DOC in tenants.director.roles and can(tenants.director, "add", report)
