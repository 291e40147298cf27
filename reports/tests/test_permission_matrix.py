"""The reports' permission matrix: every role × every action on reports, their sections and templates, through
the screens and the API (session and token). The rules are `reports.permissions` (ReportPolicy,
ReportSectionPolicy); each refused attempt is 403/404 (the login page for anonymous visitors) and leaves the
database exactly as it was; each allowed one changes it."""
import pytest
from django.urls import reverse

from core.choices import Role, UnitKind
from core.documents.templates import default_template_bytes
from core.testing import ANONYMOUS, MATRIX_ROLES, TenantFixture, api_auth, login, make_member, make_unit
from reports import services
from reports.assembly import ReportData
from reports.choices import ReportKind, ReportStatus
from reports.models import Report, ReportOutline, ReportSection, ReportTemplate, ReportVersion
from reports.periods import compute_period

PERIOD = compute_period(ReportKind.MONTHLY, "calendar", year=2024, month=3)
OFFICE = "chuyen_vien_van_phong"
ROLES = (*MATRIX_ROLES, OFFICE)
COMPILERS = {"giam_doc", "pho_giam_doc", "chanh_van_phong", OFFICE}
IN_ORG = set(ROLES) - {ANONYMOUS, "giam_doc_to_chuc_khac"}
ALLOWED = {
    "list": IN_ORG, "view": IN_ORG, "download": IN_ORG,
    "add": COMPILERS, "change": COMPILERS, "compile": COMPILERS, "regenerate": COMPILERS,
    "approve": {"giam_doc", "pho_giam_doc"},
    "issue": {"giam_doc", "pho_giam_doc", "van_thu"},
    # the section belongs to Phòng QLKH: its head and staff (and the deputy in charge of it) besides compilers
    "section": COMPILERS | {"truong_phong", "chuyen_vien"},
    "template": COMPILERS,
}
# what each action needs the report to be in first, and the workflow step it takes
STATUS_BEFORE = {"approve": ReportStatus.COMPILED, "issue": ReportStatus.APPROVED}
WEB_ACTION_SLUGS = {"compile": "tong-hop", "regenerate": "tao-lai", "approve": "duyet", "issue": "ban-hanh"}
API_ACTIONS = ("list", "view", "download", "add", "compile", "regenerate", "approve", "issue")


FOREIGN = "giam_doc_to_chuc_khac"
#: the models whose rules this module's matrices play (read by core/tests/test_matrix_coverage.py): reports, their
#: sections and versions (compile, regenerate, issue write them), templates, and the outlines (the outline matrix)
MATRIX_COVERS = (Report, ReportSection, ReportVersion, ReportTemplate, ReportOutline)
OWN_ORGANISATION_ACTIONS = ("add", "template")


def _foreign_rows(tenants, action) -> int:
    model = ReportTemplate if action == "template" else Report
    return model._base_manager.filter(organisation=tenants.other_org).count()


class Cast(TenantFixture):
    def __init__(self):
        super().__init__()
        self.office = make_unit(self.org, "van-phong", name="Văn phòng Sở", kind=UnitKind.VAN_PHONG)
        self.office_staff = make_member(self.org, "cv-vp", [Role.CHUYEN_VIEN], unit=self.office)

    def roles(self):
        return {**super().roles(), OFFICE: self.office_staff}


@pytest.fixture
def tenants(db):
    return Cast()


def make_report(tenants, action) -> Report:
    report = services.report_create(actor=tenants.director, kind=ReportKind.MONTHLY, period=PERIOD,
                                    data=ReportData())
    ReportSection.objects.filter(report=report, key="khoa_hoc").update(unit=tenants.unit)
    if action in STATUS_BEFORE:
        Report.objects.filter(pk=report.pk).update(status=STATUS_BEFORE[action])
        report.refresh_from_db()
    return report


def state(tenants):
    return [list(model._base_manager.filter(organisation=tenants.org).order_by("pk").values())
            for model in (Report, ReportSection, ReportVersion, ReportTemplate)]


def web_request(client, tenants, report, action):
    if action == "list":
        return client.get(reverse("reports:report_list"))
    if action == "view":
        return client.get(report.get_absolute_url())
    if action == "download":
        return client.get(reverse("reports:report_download", args=[report.pk, "docx"]))
    if action == "add":
        return client.post(reverse("reports:report_list"), {"kind": "thang", "year": "2024", "month": "4"})
    if action == "change":
        return client.post(reverse("reports:report_edit", args=[report.pk]),
                           {"title": "Báo cáo đã biên tập", "recipients": "Lưu: VT"})
    if action == "section":
        return client.post(reverse("reports:section_update", args=[report.pk, "khoa_hoc"]),
                           {"narrative": "- Tổ chức 02 Hội đồng.", "include_generated": "on"})
    if action == "template":
        from django.core.files.uploadedfile import SimpleUploadedFile

        return client.post(reverse("reports:reporttemplate_list"), {
            "name": "Mẫu mới", "file": SimpleUploadedFile("mau.docx", default_template_bytes())})
    data = {"number": "5", "issued_on": "05/04/2024"} if action == "issue" else {}
    return client.post(reverse("reports:report_action", args=[report.pk, WEB_ACTION_SLUGS[action]]), data)


def _outcome(role, action) -> str:
    if role == FOREIGN and action in OWN_ORGANISATION_ACTIONS:
        return "own-organisation"
    return "allowed" if role in ALLOWED[action] else "refused"


def web_cases():
    return [pytest.param(role, action, id=f"{role}-{action}-{_outcome(role, action)}")
            for role in ROLES for action in ALLOWED]


def api_cases():
    return [pytest.param(role, action, auth, id=f"{auth}-{role}-{action}")
            for auth in ("session", "token") for role in ROLES for action in API_ACTIONS
            if not (auth == "token" and role == ANONYMOUS)]


@pytest.mark.parametrize("role, action", web_cases())
def test_screens(client, tenants, role, action):
    membership = tenants.roles().get(role)
    report = make_report(tenants, action)
    if membership is not None:
        login(client, membership)
    allowed = role in ALLOWED[action]
    before = state(tenants)
    response = web_request(client, tenants, report, action)
    context = f"{role} {action}"
    if action in ("list", "view", "download"):
        if allowed:
            assert response.status_code == 200, context
            if action == "list":
                assert str(report) in response.content.decode(), context
        elif action == "list" and membership is not None:
            assert response.status_code == 200 and report.get_absolute_url() not in response.content.decode(), context
        else:
            assert response.status_code in (302, 403, 404), context
            if response.status_code == 302:
                assert "/dang-nhap/" in response["Location"] or "login" in response["Location"], context
        assert state(tenants) == before, f"{context}: a read changed the database"
        return
    if allowed:
        assert response.status_code in (200, 302), f"{context}: {response.status_code}"
        assert state(tenants) != before, f"{context}: nothing was saved"
        return
    if role == FOREIGN and action in OWN_ORGANISATION_ACTIONS:
        # a leader of another organisation creates in their own organisation, never in this one
        assert state(tenants) == before, f"{context}: wrote into another organisation"
        assert _foreign_rows(tenants, action) == 1, context
        return
    assert response.status_code in (302, 403, 404), f"{context}: {response.status_code}"
    if response.status_code == 302:
        assert membership is None, f"{context}: a member was redirected instead of refused"
    assert state(tenants) == before, f"{context}: a refused attempt changed the database"


@pytest.mark.parametrize("role, action, auth", api_cases())
def test_api(client, tenants, role, action, auth):
    membership = tenants.roles().get(role)
    report = make_report(tenants, action)
    headers = api_auth(client, membership, auth)
    allowed = role in ALLOWED[action]
    before = state(tenants)
    context = f"API/{auth} {role} {action}"
    if action == "list":
        response = client.get("/api/reports/", **headers)
    elif action == "view":
        response = client.get(f"/api/reports/{report.pk}/", **headers)
    elif action == "download":
        response = client.get(f"/api/reports/{report.pk}/docx/", **headers)
    elif action == "add":
        response = client.post("/api/reports/", {"kind": "thang", "year": 2024, "month": 4},
                               content_type="application/json", **headers)
    else:
        response = client.post(f"/api/reports/{report.pk}/{action}/", {}, content_type="application/json", **headers)
    if action in ("list", "view", "download"):
        if allowed:
            assert response.status_code == 200, context
            if action == "list":
                assert report.pk in {row["id"] for row in response.json()["results"]}, context
        elif action == "list" and membership is not None:
            assert response.status_code == 200, context
            assert report.pk not in {row["id"] for row in response.json()["results"]}, context
        else:
            assert response.status_code in (401, 403, 404), f"{context}: {response.status_code}"
        assert state(tenants) == before, f"{context}: a read changed the database"
        return
    if allowed:
        assert response.status_code in (200, 201), f"{context}: {response.status_code} {response.content[:300]!r}"
        assert state(tenants) != before, f"{context}: nothing was saved"
        return
    if role == FOREIGN and action in OWN_ORGANISATION_ACTIONS:
        assert response.status_code == 201 and state(tenants) == before, context
        assert _foreign_rows(tenants, action) == 1, context
        return
    assert response.status_code in (401, 403, 404), f"{context}: {response.status_code}"
    if response.status_code == 403 and membership is not None:
        assert "không có quyền" in response.json()["detail"], context
    assert state(tenants) == before, f"{context}: a refused attempt changed the database"


def test_matrix_size():
    """The size the closing note reports: screens + API (session and token) cases."""
    assert (len(web_cases()), len(api_cases())) == (len(ROLES) * len(ALLOWED), len(ROLES) * len(API_ACTIONS) * 2
                                                     - len(API_ACTIONS))


# -- the organisation's report outlines (đề cương, ReportOutlinePolicy): everyone of the organisation reads them; the
# Giám đốc, a Phó Giám đốc or a Quản trị hệ thống saves a new version; another organisation's outline is not found
OUTLINE_ALLOWED = {"list": IN_ORG, "view": IN_ORG, "edit": {"giam_doc", "pho_giam_doc", "quan_tri"}}
OUTLINE_LINES = "I. KẾT QUẢ CÔNG TÁC THÁNG {tháng} NĂM {năm}\n1. Công tác tham mưu, tổng hợp | Đơn vị tự viết"


def _outlines(tenants):
    return list(ReportOutline._base_manager.filter(organisation=tenants.org).order_by("pk").values())


@pytest.mark.parametrize("action", OUTLINE_ALLOWED)
@pytest.mark.parametrize("role", ROLES)
def test_outline_screens(client, tenants, role, action):
    outline = services.outline_for(tenants.org, ReportKind.MONTHLY)
    membership = tenants.roles().get(role)
    if membership is not None:
        login(client, membership)
    before = _outlines(tenants)
    if action == "list":
        response = client.get(reverse("reports:outline_list"))
    elif action == "view":
        response = client.get(reverse("reports:outline_version", args=[outline.pk]))
    else:
        response = client.post(reverse("reports:outline_edit", args=[outline.pk]), {
            "title_pattern": "Báo cáo tháng {tháng} năm {năm}", "numbering": "roman,arabic,dotted,dotted",
            "lines": OUTLINE_LINES, "opening": "", "closing": "", "note": "Đề cương của Sở",
            "version_token": services.outline_token(outline)})
    context = f"{role} {action} ReportOutline"
    if membership is None:
        assert response.status_code == 302 and response["Location"].startswith(reverse("login")), context
    elif role in OUTLINE_ALLOWED[action]:
        assert response.status_code == (302 if action == "edit" else 200), f"{context}: {response.status_code}"
        if action == "edit":
            current = services.current_outline(tenants.org, ReportKind.MONTHLY)
            assert (current.version, current.note) == (outline.version + 1, "Đề cương của Sở"), context
        return
    elif action == "list":  # another organisation's member sees their own organisation's outlines
        assert response.status_code == 200, context
    else:
        assert response.status_code in (403, 404), f"{context}: {response.status_code}"
    assert _outlines(tenants) == before, f"{context}: a refused attempt changed the database"
