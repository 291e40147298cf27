"""Browser test (Playwright driving Debian's chromium): a proposal taken through the screens to a registered result."""
import re

import pytest
from django.utils import timezone

from core import demo as core_demo
from core.models import Unit
from sciencetasks.choices import Grade, State, StepKind
from sciencetasks.models import ScienceTask

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

K = StepKind
# every step of the default pipeline from the proposal to the registration, with what the form needs beyond the date
WALK = [
    (K.DETERMINE, {"decision_number": "12/QĐ-SKHCN"}),
    (K.APPROVE_LIST, {"decision_number": "1450/QĐ-UBND", "decision_signer": "Chủ tịch UBND tỉnh"}),
    (K.SELECT, {"variant": "direct"}),
    (K.APPRAISE, {}),
    (K.APPROVE, {"decision_number": "2101/QĐ-UBND"}),
    (K.SIGN_CONTRACT, {"decision_number": "05/HĐ-KHCN"}),
    (K.START, {}),
    (K.SUBMIT_DOSSIER, {}),
    (K.BASE_ACCEPT, {}),
    (K.ACCEPT, {"grade": Grade.KHA}),
    (K.RECOGNISE, {"decision_number": "88/QĐ-UBND"}),
    (K.REGISTER, {"certificate_number": "07/GCN-SKHCN"}),
]
TARGET = {K.DETERMINE: State.DETERMINED, K.APPROVE_LIST: State.LISTED, K.SELECT: State.SELECTED,
          K.APPRAISE: State.APPRAISED, K.APPROVE: State.APPROVED, K.SIGN_CONTRACT: State.CONTRACTED,
          K.START: State.IN_PROGRESS, K.SUBMIT_DOSSIER: State.DOSSIER_SUBMITTED, K.BASE_ACCEPT: State.BASE_ACCEPTED,
          K.ACCEPT: State.ACCEPTED, K.RECOGNISE: State.RECOGNISED, K.REGISTER: State.REGISTERED}


@pytest.fixture
def people(db):
    core_demo.load()


def _record(page, kind, fields):
    if page.input_value("#id_kind") != kind:
        page.select_option("#id_kind", kind)
    page.wait_for_selector(f'#step-fields[data-kind="{kind}"]')  # htmx has swapped in this kind's fields
    for name, value in fields.items():
        if name in ("variant", "grade"):
            page.select_option(f"#id_{name}", value)
        else:
            page.fill(f"#id_{name}", value)
    with page.expect_navigation():  # POST, redirect to the task page
        page.click("#step-submit")


def test_a_proposal_goes_through_the_screens_to_a_registered_result(live_server, browser_login, people):
    year = timezone.localdate().year
    unit = Unit.objects.get(organisation__code="quang-tri", code="qlkh")
    page = browser_login("truongphong", core_demo.DEMO_PASSWORD)

    # the proposal, typed in the task form
    page.goto(f"{live_server.url}/sciencetasks/nhiem-vu/them/")
    page.fill("#id_code", "QT-DX-01")
    page.fill("#id_title", "Nghiên cứu nhân giống và phát triển cây Ba kích tím tại Quảng Trị")
    page.fill("#id_short_name", "Ba kích tím")
    page.select_option("#id_level", "tinh")
    page.select_option("#id_field", "nong_nghiep")
    page.fill("#id_host_organisation", "Trung tâm Nghiên cứu, CGCN&ĐMST")
    page.fill("#id_leader_name", "Lê Thị Hoa")
    page.fill("#id_start_year", str(year))
    page.select_option("#id_managing_unit", str(unit.pk))
    page.fill("#id_budget_total", "850000000")
    page.fill("#id_budget_state", "850000000")  # the total is the state budget plus other sources
    page.click("#save-button")
    page.wait_for_url(re.compile(r"/sciencetasks/nhiem-vu/\d+/$"))
    assert page.inner_text("#task-state") == State.PROPOSED.label
    task = ScienceTask.objects.get(code="QT-DX-01")

    # a step the state does not allow is not even offered
    offered = page.locator("#id_kind option").evaluate_all("options => options.map(o => o.value)")
    assert K.DETERMINE in offered and K.REGISTER not in offered and K.ACCEPT not in offered

    for kind, fields in WALK:
        if kind == K.ACCEPT:  # provincial acceptance without a grade: refused in Vietnamese, nothing changes
            _record(page, kind, {})
            assert "Nghiệm thu cấp tỉnh phải có kết quả xếp loại." in page.inner_text(".alert-danger")
            assert page.inner_text("#task-state") == State.BASE_ACCEPTED.label
        _record(page, kind, fields)
        assert f"Đã ghi nhận: {kind.label}" in page.inner_text(".alert-success"), kind
        assert page.inner_text("#task-state") == TARGET[kind].label, kind

    timeline = page.inner_text("#timeline")
    assert "Xếp loại Khá" in timeline and "GCN số 07/GCN-SKHCN" in timeline
    assert page.locator("#timeline li").count() == len(WALK) + 1  # the proposal and each step
    task.refresh_from_db()
    assert task.state == State.REGISTERED and task.registration_number == "07/GCN-SKHCN" and task.grade == Grade.KHA
    assert list(task.steps.order_by("id").values_list("kind", flat=True)) == [K.PROPOSE] + [kind for kind, _ in WALK]

    # the year figures count it, and name it with its certificate
    page.click("text=Nhiệm vụ KH&CN")
    page.click("text=Số liệu theo năm")
    page.wait_for_url(re.compile(r"/sciencetasks/so-lieu/$"))
    assert f"năm {year}" in page.inner_text("h1")  # the current year by default
    assert page.inner_text("#stat-registered td") == "1"
    assert page.inner_text("#stat-accepted td") == "1"
    assert "Khá: 1" in page.inner_text("#stat-accepted_by_grade td")
    assert "Nghiên cứu nhân giống và phát triển cây Ba kích tím" in page.inner_text("body")
    assert "GCN số 07/GCN-SKHCN" in page.inner_text("body")
