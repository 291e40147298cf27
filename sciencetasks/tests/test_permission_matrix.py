"""The permission matrix of the S&T tasks app: roles × actions on tasks, councils, steps, money, council members
and documents, through the screens and the API (core.testing.PermissionMatrix).

Rules (UnitRecordPolicy on the managing / organising unit): everyone of the organisation reads; leaders and the
managing unit's head and staff write; only leaders and the unit's head delete (a task, a council, a member, an
entry — undoing history is theirs); moving a task to another managing unit is a leader's decision.
"""
import datetime as dt

import pytest
from django.urls import reverse

from core.permissions import CHANGE, DELETE, VIEW, can, system_membership
from core.testing import ALL_ACTIONS, ANONYMOUS, MATRIX_ROLES, READ_ACTIONS, ActionMatrix, PermissionMatrix, login
from sciencetasks.choices import CouncilKind, Field, Level, MoneyKind, Origin, StepKind, TaskType
from sciencetasks.models import Council, CouncilMember, MoneyEntry, ScienceTask, TaskDocument, TaskStep
from sciencetasks.services import council_create, council_member_add, science_task_create, science_task_step

UNIT_RULES = PermissionMatrix.unit_record_allowed()


def _task(tenants, code="MT-01", state="proposed"):
    return science_task_create(
        actor=system_membership(tenants.org), date=dt.date(2024, 1, 10), state=state,
        values={"code": code, "title": "Nghiên cứu chọn tạo giống lúa chịu hạn", "short_name": "Lúa chịu hạn",
                "level": Level.TINH, "field": Field.NONG_NGHIEP, "start_year": 2024, "managing_unit": tenants.unit,
                "budget_total": 900_000_000, "budget_state": 800_000_000, "budget_other": 100_000_000},
    )


def _task_form(tenants, code, title):
    return {"code": code, "title": title, "short_name": "", "level": Level.TINH, "task_type": TaskType.DE_TAI,
            "field": Field.NONG_NGHIEP, "origin": Origin.DE_XUAT, "start_year": "2025",
            "managing_unit": tenants.unit.pk, "budget_total": "500000000", "budget_state": "500000000",
            "budget_other": "0", "budget_state_by_year": ""}


class ScienceTaskMatrix(PermissionMatrix):
    model = ScienceTask
    api_basename = "science-task"
    allowed = UNIT_RULES
    state_models = (ScienceTask, TaskStep)

    def make_object(self, tenants):
        return _task(tenants)

    def _label(self, obj):
        return obj.code  # the list shows code and name in separate columns

    def add_data(self, tenants):
        return _task_form(tenants, "MT-02", "Ứng dụng công nghệ sinh học trong sản xuất nấm")

    def change_data(self, tenants, obj):
        return _task_form(tenants, obj.code, "Nghiên cứu chọn tạo giống lúa chịu hạn (sửa tên)")

    def api_add_data(self, tenants):
        return {"code": "MT-03", "title": "Nhiệm vụ qua API", "level": Level.TINH, "field": Field.NONG_NGHIEP,
                "start_year": 2025, "managing_unit": tenants.unit.pk, "budget_total": 10, "budget_state": 10,
                "budget_other": 0}

    def api_change_data(self, tenants, obj):
        return {"title": "Tên sửa qua API"}


class CouncilMatrix(PermissionMatrix):
    model = Council
    api_basename = "science-council"
    allowed = UNIT_RULES

    def make_object(self, tenants):
        return council_create(actor=system_membership(tenants.org), kind=CouncilKind.ACCEPTANCE,
                              name="Hội đồng nghiệm thu nhiệm vụ lúa chịu hạn", managing_unit=tenants.unit)

    def add_data(self, tenants):
        return {"kind": CouncilKind.SELECTION, "name": "Hội đồng tuyển chọn năm 2025", "managing_unit": tenants.unit.pk}

    def change_data(self, tenants, obj):
        return {"kind": obj.kind, "name": "Hội đồng nghiệm thu (sửa tên)", "managing_unit": tenants.unit.pk,
                "location": "Phòng họp số 2"}

    def api_add_data(self, tenants):
        return {"kind": CouncilKind.SELECTION, "name": "Hội đồng qua API", "managing_unit": tenants.unit.pk}

    def api_change_data(self, tenants, obj):
        return {"location": "Phòng họp số 3"}


class _ChildMatrix(PermissionMatrix):
    """Records made on their parent's page (steps, money, members): reading them and adding one. The screens have
    no list/detail/edit of their own (refused for everybody: no URL), the API reads and adds."""

    web_actions = ("add",)
    api_actions = frozenset({"list", "view", "add", "history"})
    allowed = {role: READ_ACTIONS | ({"add"} if "change" in actions else set()) for role, actions in UNIT_RULES.items()}

    def web_cases(self):
        return [
            pytest.param(role, action, id=f"{role}-{action}-{'allowed' if self.expected(role, action) else 'refused'}")
            for role in MATRIX_ROLES for action in self.web_actions
        ]

    def parent(self, obj):
        return obj.task

    def change_data(self, tenants, obj):
        return {"note": "Sửa trực tiếp (không có đường sửa: phải bị từ chối)"}

    def url(self, action, obj=None):
        assert action in self.web_actions
        return reverse(self.add_url_name, args=[self.parent(obj).pk])

    def check_web(self, client, tenants, role, action):
        """The parent's action URL: allowed → the row is added; refused → 403/404/login and nothing changes."""
        membership = None if role == ANONYMOUS else tenants.roles()[role]
        obj = self.make_object(tenants)
        if membership is not None:
            login(client, membership)
        before, count = self.state(), self.model._base_manager.count()
        response = client.post(self.url(action, obj), self.add_data(tenants))
        context = f"{role} {action} {self.model.__name__}"
        if self.expected(role, action):
            assert response.status_code == 302, context
            assert self.model._base_manager.count() == count + 1, f"{context}: nothing added"
            return
        self._assert_refused(response, context)
        assert self.state() == before, f"{context}: a refused attempt changed the database"


class TaskStepMatrix(_ChildMatrix):
    model = TaskStep
    api_basename = "science-task-step"
    add_url_name = "sciencetasks:step_add"
    state_models = (TaskStep, ScienceTask)

    def make_object(self, tenants):
        task = _task(tenants)
        return task.steps.get()

    def add_data(self, tenants):
        return {"kind": StepKind.DETERMINE, "date": "15/01/2024", "decision_number": "12/QĐ-UBND"}

    def api_add_data(self, tenants):
        task = ScienceTask.objects.get(organisation=tenants.org, code="MT-01")
        return {"task": task.pk, "kind": StepKind.DETERMINE, "date": "2024-01-15"}


class MoneyEntryMatrix(_ChildMatrix):
    model = MoneyEntry
    api_basename = "science-task-money"
    add_url_name = "sciencetasks:money_add"

    def make_object(self, tenants):
        from sciencetasks.services import money_entry_add

        task = _task(tenants, state="contracted")
        return money_entry_add(task=task, actor=system_membership(tenants.org), kind=MoneyKind.ADVANCE,
                               date=dt.date(2024, 3, 1), amount=100_000_000)

    def add_data(self, tenants):
        return {"kind": MoneyKind.PAYMENT, "date": "01/04/2024", "amount": "50.000.000"}

    def api_add_data(self, tenants):
        task = ScienceTask.objects.get(organisation=tenants.org, code="MT-01")
        return {"task": task.pk, "kind": MoneyKind.PAYMENT, "date": "2024-04-01", "amount": "50000000"}


class CouncilMemberMatrix(_ChildMatrix):
    """Members are added and scored on the council's page (no API of their own: read with the council)."""

    model = CouncilMember
    api_basename = None
    add_url_name = "sciencetasks:council_member_add"
    web_actions = ("add", "change")
    allowed = {role: ({"add", "change"} if "change" in actions else set()) for role, actions in UNIT_RULES.items()}

    def parent(self, obj):
        return obj.council

    def url(self, action, obj=None):
        if action == "change":
            return reverse("sciencetasks:council_member_score", args=[obj.council_id, obj.pk])
        return super().url(action, obj)

    def make_object(self, tenants):
        council = CouncilMatrix().make_object(tenants)
        member, _ = council_member_add(council=council, actor=system_membership(tenants.org), full_name="Trần Văn Hưng",
                                       workplace="Trường Đại học Nông Lâm")
        return member

    def check_web(self, client, tenants, role, action):
        if action == "add":
            return super().check_web(client, tenants, role, action)
        membership = None if role == ANONYMOUS else tenants.roles()[role]
        obj = self.make_object(tenants)
        if membership is not None:
            login(client, membership)
        before = self.state()
        response = client.post(self.url("change", obj), {"score": "85", "evaluation": "kha"})
        context = f"{role} change CouncilMember"
        if self.expected(role, action):
            assert response.status_code == 302, context
            obj.refresh_from_db()
            assert obj.score == 85, f"{context}: not saved"
            return
        self._assert_refused(response, context)
        assert self.state() == before, f"{context}: a refused attempt changed the database"

    def add_data(self, tenants):
        return {"full_name": "Lê Thị Hạnh", "workplace": "Sở Nông nghiệp", "role": "uy_vien"}


LEADERS = ("giam_doc", "pho_giam_doc", "chanh_van_phong")


class ScienceTaskActions(ActionMatrix):
    """The task's domain actions: recording a step (the unit's work) and moving the task to another managing unit
    (a leader's decision), on the screens and through the API."""

    model = ScienceTask
    state_models = (ScienceTask, TaskStep)
    web_actions = api_actions = ("record_step", "change_managing_unit")
    allowed = {role: frozenset({"record_step"} if "change" in actions else set())
               | ({"change_managing_unit"} if role in LEADERS else set()) for role, actions in UNIT_RULES.items()}

    def make_object(self, tenants):
        return _task(tenants)

    def web_record_step(self, client, tenants, obj):
        return client.post(reverse("sciencetasks:step_add", args=[obj.pk]), {"kind": StepKind.DETERMINE,
                                                                            "date": "15/01/2024"})

    def api_record_step(self, client, tenants, obj, headers):
        return client.post("/api/science-task-steps/", {"task": obj.pk, "kind": StepKind.DETERMINE,
                                                        "date": "2024-01-15"}, content_type="application/json", **headers)

    def web_change_managing_unit(self, client, tenants, obj):
        data = _task_form(tenants, obj.code, obj.title) | {"managing_unit": tenants.other_unit.pk}
        return client.post(reverse("sciencetasks:sciencetask_edit", args=[obj.pk]), data)

    def api_change_managing_unit(self, client, tenants, obj, headers):
        return client.patch(reverse("science-task-detail", args=[obj.pk]), {"managing_unit": tenants.other_unit.pk},
                            content_type="application/json", **headers)


ACTIONS = ScienceTaskActions()


@pytest.mark.parametrize("role, action", ACTIONS.web_cases())
def test_domain_actions_on_screens(client, tenants, role, action):
    ACTIONS.check_web(client, tenants, role, action)


@pytest.mark.parametrize("role, action, auth", ACTIONS.api_cases())
def test_domain_actions_through_the_api(client, tenants, role, action, auth):
    ACTIONS.check_api(client, tenants, role, action, auth)


TASKS, COUNCILS = ScienceTaskMatrix(), CouncilMatrix()
STEPS, MONEY, MEMBERS = TaskStepMatrix(), MoneyEntryMatrix(), CouncilMemberMatrix()
WEB = [TASKS, COUNCILS, STEPS, MONEY, MEMBERS]
API = [TASKS, COUNCILS, STEPS, MONEY]


@pytest.mark.parametrize("matrix, role, action", [
    pytest.param(matrix, *case.values, id=f"{matrix.model.__name__}-{case.id}") for matrix in WEB
    for case in matrix.web_cases()
])
def test_screens(client, tenants, matrix, role, action):
    matrix.check_web(client, tenants, role, action)


@pytest.mark.parametrize("matrix, role, action, auth", [
    pytest.param(matrix, *case.values, id=f"{matrix.model.__name__}-{case.id}") for matrix in API
    for case in matrix.api_cases()
])
def test_api(client, tenants, matrix, role, action, auth):
    matrix.check_api(client, tenants, role, action, auth)


DOCUMENT_ROLES = [role for role in MATRIX_ROLES if role != ANONYMOUS]


@pytest.mark.parametrize("role", DOCUMENT_ROLES)
def test_task_documents_follow_their_task(tenants, role):
    """Documents have no screen of their own yet (listed on the task page): the policy decides as for the task."""
    task = _task(tenants)
    document = TaskDocument.objects.create(organisation=tenants.org, task=task, title="Thuyết minh nhiệm vụ")
    membership = tenants.roles()[role]
    expected = UNIT_RULES.get(role, frozenset())
    for action, label in ((VIEW, "view"), (CHANGE, "change"), (DELETE, "delete")):
        assert can(membership, action, document) == (label in expected), f"{role} {action}"


def test_matrix_size():
    web = sum(len(matrix.web_cases()) for matrix in WEB)
    api = sum(len(matrix.api_cases()) for matrix in API)
    assert (web, api, len(DOCUMENT_ROLES)) == (60 + 60 + 10 + 10 + 20, 4 * 114, 9)
    assert (len(ACTIONS.web_cases()), len(ACTIONS.api_cases())) == (20, 38)


# -- the leader's decision: moving a task to another unit -----------------------------------------------------

@pytest.mark.parametrize("role, allowed", [("truong_phong", False), ("chuyen_vien", False), ("pho_giam_doc", True),
                                           ("giam_doc", True)])
def test_only_a_leader_moves_a_task_to_another_managing_unit(client, tenants, role, allowed):
    task = _task(tenants)
    login(client, tenants.roles()[role])
    data = _task_form(tenants, task.code, task.title) | {"managing_unit": tenants.other_unit.pk}
    response = client.post(reverse("sciencetasks:sciencetask_edit", args=[task.pk]), data)
    task.refresh_from_db()
    assert (task.managing_unit_id == tenants.other_unit.pk) == allowed
    assert response.status_code in ((302,) if allowed else (200, 403))


def test_staff_of_another_unit_cannot_take_steps_through_the_api(client, tenants):
    task = _task(tenants)
    login(client, tenants.other_staff)
    response = client.post("/api/science-task-steps/", {"task": task.pk, "kind": StepKind.DETERMINE,
                                                        "date": "2024-01-15"}, content_type="application/json")
    assert response.status_code == 403
    assert task.steps.count() == 1


def test_matrix_rules_cover_every_role():
    assert set(UNIT_RULES) | {ANONYMOUS, "giam_doc_to_chuc_khac"} == set(MATRIX_ROLES)
    assert ALL_ACTIONS >= UNIT_RULES["giam_doc"]


def test_the_service_refuses_a_unit_head_moving_the_task_whatever_the_form_offers(tenants):
    from django.core.exceptions import PermissionDenied

    from sciencetasks.services import science_task_update

    task = _task(tenants)
    with pytest.raises(PermissionDenied):
        science_task_update(task=task, actor=tenants.head, values={"managing_unit": tenants.other_unit})
    task.refresh_from_db()
    assert task.managing_unit_id == tenants.unit.pk
    science_task_update(task=task, actor=tenants.deputy, values={"managing_unit": tenants.other_unit})
    task.refresh_from_db()
    assert task.managing_unit_id == tenants.other_unit.pk
