"""Entering ongoing S&T projects with their history (issue #11): a project started in 2022 is entered as it is,
its past steps in order with validated dates; the step form shows only the fields of the step being taken;
councils are linked to the steps they decided."""
import datetime as dt

import pytest
from django.urls import reverse

from core.testing import login
from sciencetasks.choices import CouncilKind, Field, Level, Origin, State, StepKind, TaskType
from sciencetasks.models import ScienceTask
from sciencetasks.services import council_create

from .factories import make_setup

pytestmark = pytest.mark.django_db
K = StepKind


def _vn(day):
    return day.strftime("%d/%m/%Y")


def _create(client, unit, received_on):
    return client.post(reverse("sciencetasks:sciencetask_add"), {
        "code": "BK-2022-09", "title": "Sản xuất thử nghiệm giống gà đồi", "level": Level.TINH,
        "task_type": TaskType.DE_TAI, "field": Field.NONG_NGHIEP, "origin": Origin.DE_XUAT, "start_year": "2022",
        "managing_unit": unit.pk, "budget_total": "900000000", "budget_state": "900000000", "budget_other": "0",
        "budget_state_by_year": "", "received_on": received_on})


def _step(client, task, kind, day, **extra):
    return client.post(reverse("sciencetasks:step_add", args=[task.pk]), {"kind": kind, "date": day, **extra},
                       follow=True)


def test_a_project_started_in_2022_is_entered_with_its_past_steps_in_order(client):
    organisation, unit, head = make_setup()
    login(client, head)
    assert _create(client, unit, "10/03/2022").status_code == 302
    task = ScienceTask.objects.get()
    assert task.steps.get().date == dt.date(2022, 3, 10) and task.state_since == dt.date(2022, 3, 10)

    for kind, day, extra in [(K.DETERMINE, "05/05/2022", {}), (K.APPROVE_LIST, "20/06/2022", {}),
                             (K.SELECT, "15/08/2022", {"variant": "direct"}), (K.APPRAISE, "01/09/2022", {}),
                             (K.APPROVE, "20/09/2022", {"decision_number": "1450/QĐ-UBND"}),
                             (K.SIGN_CONTRACT, "01/10/2022", {"decision_number": "05/HĐ-KHCN",
                                                              "contract_value": "900.000.000"}),
                             (K.START, "01/10/2022", {})]:
        page = _step(client, task, kind, day, **extra).content.decode()
        assert "Đã ghi nhận" in page, (kind, page[:3000])
    task.refresh_from_db()
    assert task.state == State.IN_PROGRESS and task.contract_value == 900_000_000
    assert [s.date for s in task.steps.order_by("date", "id")][-1] == dt.date(2022, 10, 1)

    # a step before the previous one, or in the future, is refused in Vietnamese and changes nothing
    page = _step(client, task, K.SUBMIT_DOSSIER, "01/09/2022").content.decode()
    assert "trước ngày của bước trước" in page
    future = dt.date.today() + dt.timedelta(days=5)
    page = _step(client, task, K.SUBMIT_DOSSIER, _vn(future)).content.decode()
    assert "không thể sau ngày hôm nay" in page
    task.refresh_from_db()
    assert task.state == State.IN_PROGRESS and task.steps.count() == 8


def test_the_received_date_cannot_be_in_the_future(client):
    organisation, unit, head = make_setup()
    login(client, head)
    response = _create(client, unit, _vn(dt.date.today() + dt.timedelta(days=1)))
    assert response.status_code == 200
    assert "Ngày tiếp nhận không thể sau ngày hôm nay." in response.content.decode()
    assert not ScienceTask.objects.exists()


def _fields(client, task, kind=None, via="page"):
    if via == "page":
        url = task.get_absolute_url() + (f"?buoc={kind}" if kind else "")
    else:
        url = reverse("sciencetasks:step_form", args=[task.pk]) + (f"?kind={kind}" if kind else "")
    return set(client.get(url).context["step_form"].fields)


COMMON = {"kind", "date", "decision_number", "decision_date", "decision_signer", "note"}


def test_the_step_form_shows_only_the_fields_of_the_step_being_taken(client):
    from .factories import MAIN_WALK, make_task, walk

    organisation, unit, head = make_setup()
    login(client, head)
    proposal = make_task(organisation, unit, head, code="P")
    assert _fields(client, proposal) == COMMON | {"council"}  # the first step: determination by a council
    running = walk(make_task(organisation, unit, head, code="R"), MAIN_WALK[:7], actor=head)  # in progress
    assert _fields(client, running, K.EXTEND, via="htmx") == COMMON | {"variant", "new_end_date"}
    assert _fields(client, running, K.CHANGE_LEADER) == COMMON | {"new_value"}
    assert _fields(client, running, K.INSPECT) == COMMON | {"variant", "findings"}
    assert _fields(client, running, K.SUSPEND) == COMMON
    dossier = walk(make_task(organisation, unit, head, code="D"), MAIN_WALK[:9], actor=head)  # base-accepted
    accept = _fields(client, dossier, K.ACCEPT)
    assert accept == COMMON | {"grade", "council"}
    assert not accept & {"certificate_number", "new_end_date", "new_value"}
    recognised = walk(make_task(organisation, unit, head, code="G"), MAIN_WALK[:11], actor=head)
    assert _fields(client, recognised, K.REGISTER) == COMMON | {"certificate_number", "certificate_date"}
    # the htmx fragment keeps what was typed
    html = client.get(reverse("sciencetasks:step_form", args=[running.pk]) +
                      "?kind=extend&date=02/02/2024&decision_number=7/QĐ").content.decode()
    assert 'value="02/02/2024"' in html and 'value="7/QĐ"' in html and 'data-kind="extend"' in html
    assert "hx-get" in html and "<script" not in html


def test_an_acceptance_step_links_the_council_that_decided_it(client):
    from .factories import MAIN_WALK, make_task, walk

    organisation, unit, head = make_setup()
    task = walk(make_task(organisation, unit, head), MAIN_WALK[:9], actor=head)
    council = council_create(actor=head, kind=CouncilKind.ACCEPTANCE, name="Hội đồng nghiệm thu cấp tỉnh 2022",
                             tasks=[task], managing_unit=unit)
    login(client, head)
    day = task.state_since + dt.timedelta(days=3)
    page = _step(client, task, K.ACCEPT, _vn(day), grade="kha", council=council.pk).content.decode()
    assert "Đã ghi nhận" in page and council.name in page  # the timeline links the council
    step = task.steps.get(kind=K.ACCEPT)
    assert step.council == council
    decided = client.get(council.get_absolute_url()).content.decode()
    assert "Các bước do hội đồng quyết định" in decided and "Nghiệm thu cấp tỉnh" in decided and "xếp loại Khá" in decided


def test_a_person_who_may_only_read_sees_the_next_steps_and_why_they_cannot_take_them(client):
    from core.choices import Role
    from core.models import Unit
    from core.testing import make_member

    from .factories import make_task

    organisation, unit, head = make_setup()
    other = Unit.objects.create(organisation=organisation, code="vp", name="Văn phòng Sở")
    reader = make_member(organisation, "cv-vp", [Role.CHUYEN_VIEN], unit=other)
    task = make_task(organisation, unit, head)
    login(client, reader)
    page = client.get(task.get_absolute_url()).content.decode()
    assert "Hội đồng tư vấn xác định nhiệm vụ" in page and 'id="steps-why"' in page
    assert 'id="step-form"' not in page
