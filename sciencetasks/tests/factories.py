"""Build S&T tasks the way the app does: through the services."""
import datetime as dt

from core.choices import Role
from core.models import Organisation
from core.permissions import system_membership
from core.testing import make_member, make_organisation, make_unit
from sciencetasks.choices import Field, Level, StepKind
from sciencetasks.services import science_task_create, science_task_step

K = StepKind
D0 = dt.date(2022, 1, 10)


def make_setup(code="org-st", **org_fields):
    organisation = make_organisation(code, **org_fields)
    unit = make_unit(organisation, "qlkh", name="Phòng Quản lý khoa học", abbreviation="QLKH")
    head = make_member(organisation, f"{code}-tp", [Role.TRUONG_DON_VI], unit=unit)
    return organisation, unit, head


def system(obj):
    """The system actor of an organisation, or of the organisation of a task/council/entry."""
    return system_membership(obj if isinstance(obj, Organisation) else obj.organisation)


def make_task(organisation, unit, actor=None, *, code="NV-01", date=D0, state="proposed", **values):
    fields = {
        "code": code, "title": f"Nhiệm vụ {code}", "short_name": f"Tên ngắn {code}", "level": Level.TINH,
        "field": Field.NONG_NGHIEP, "start_year": 2023, "managing_unit": unit, "host_organisation": "Viện Nông nghiệp",
        "leader_name": "Nguyễn Văn A", "team_members": "Trần Thị B\nLê Văn C", "budget_total": 1_000_000_000,
        "budget_state": 800_000_000, "budget_other": 200_000_000, "planned_start": dt.date(2023, 1, 1),
        "planned_end": dt.date(2024, 12, 31),
    }
    fields.update(values)
    return science_task_create(actor=actor or system(organisation), date=date, state=state, values=fields)


MAIN_WALK = [
    (K.DETERMINE, {}), (K.APPROVE_LIST, {}), (K.SELECT, {"variant": "direct"}), (K.APPRAISE, {}), (K.APPROVE, {}),
    (K.SIGN_CONTRACT, {"decision_number": "01/HĐ"}), (K.START, {}), (K.SUBMIT_DOSSIER, {}), (K.BASE_ACCEPT, {}),
    (K.ACCEPT, {"grade": "kha"}), (K.RECOGNISE, {}), (K.REGISTER, {"certificate_number": "05/GCN"}), (K.LIQUIDATE, {}),
    (K.HANDLE_ASSETS, {}),
]


def walk(task, steps, start=D0, actor=None):
    day = start
    for kind, extra in steps:
        day += dt.timedelta(days=10)
        science_task_step(task=task, kind=kind, date=day, actor=actor or system(task), **extra)
        task.refresh_from_db()
    return task
