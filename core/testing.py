"""Reusable test helpers: build organisations, units and members the way the app does."""
from __future__ import annotations

import itertools

from django.contrib.auth import get_user_model

from core.choices import Role
from core.models import Membership, Organisation, Unit

_counter = itertools.count(1)
PASSWORD = "mat-khau-thu-nghiem-2025"


def make_organisation(code: str | None = None, **fields) -> Organisation:
    code = code or f"org-{next(_counter)}"
    defaults = {
        "name": f"Sở Khoa học và Công nghệ tỉnh {code}",
        "short_name": f"Sở KH&CN {code}",
        "province": code,
        "governing_body": f"UBND TỈNH {code.upper()}",
        "symbol": "SKHCN",
        "place_name": code,
    }
    defaults.update(fields)
    return Organisation.objects.create(code=code, **defaults)


def make_unit(organisation: Organisation, code: str | None = None, **fields) -> Unit:
    code = code or f"unit-{next(_counter)}"
    fields.setdefault("name", f"Phòng {code}")
    return Unit.objects.create(organisation=organisation, code=code, **fields)


def make_member(
    organisation: Organisation, username: str | None = None, roles=(Role.CHUYEN_VIEN,), unit: Unit | None = None,
    full_name: str | None = None, units_in_charge=(), **fields,
) -> Membership:
    User = get_user_model()
    username = username or f"user{next(_counter)}"
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User.objects.create_user(username=username, password=PASSWORD, full_name=full_name or username,
                                        email=f"{username}@example.test")
    membership = Membership.objects.create(user=user, organisation=organisation, unit=unit, roles=list(roles), **fields)
    if units_in_charge:
        membership.units_in_charge.set(units_in_charge)
    return membership


def walk_urls(resolver=None, prefix=""):
    """(route, pattern) for every URL pattern of the URLconf, nested includes expanded (smoke and fuzz tests)."""
    from django.urls import URLPattern, URLResolver, get_resolver

    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from walk_urls(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), pattern


def api_auth(client, membership: Membership | None, auth: str = "session") -> dict:
    """Authenticate `client` as `membership` for API calls: a session login, or (auth="token") the headers of a
    token; nobody for None (an anonymous visitor). Returns the headers to pass with each request."""
    if membership is None:
        return {}
    if auth == "token":
        from rest_framework.authtoken.models import Token

        token, _ = Token.objects.get_or_create(user=membership.user)
        return {"HTTP_AUTHORIZATION": f"Token {token.key}"}
    login(client, membership)
    return {}


def login(client, membership: Membership):
    client.force_login(membership.user)
    session = client.session
    session["organisation_id"] = membership.organisation_id
    session.save()
    return client


class TenantFixture:
    """Two organisations with a typical cast: used by permission matrices across apps."""

    def __init__(self):
        self.org = make_organisation("org-a")
        self.other_org = make_organisation("org-b")
        self.unit = make_unit(self.org, "qlkh", name="Phòng Quản lý khoa học", abbreviation="QLKH")
        self.other_unit = make_unit(self.org, "vp", name="Văn phòng Sở", abbreviation="VP")
        self.foreign_unit = make_unit(self.other_org, "qlkh", name="Phòng Quản lý khoa học")
        self.director = make_member(self.org, "gd", [Role.GIAM_DOC])
        self.deputy = make_member(self.org, "pgd", [Role.PHO_GIAM_DOC], units_in_charge=[self.unit])
        self.office_chief = make_member(self.org, "cvp", [Role.CHANH_VAN_PHONG], unit=self.other_unit)
        self.head = make_member(self.org, "tp", [Role.TRUONG_DON_VI], unit=self.unit)
        self.staff = make_member(self.org, "cv", [Role.CHUYEN_VIEN], unit=self.unit)
        self.other_staff = make_member(self.org, "cv2", [Role.CHUYEN_VIEN], unit=self.other_unit)
        self.clerk = make_member(self.org, "vt", [Role.VAN_THU], unit=self.other_unit)
        self.admin = make_member(self.org, "qt", [Role.QUAN_TRI], unit=self.other_unit)
        self.foreign_director = make_member(self.other_org, "gd-b", [Role.GIAM_DOC])

    def roles(self) -> dict[str, Membership]:
        return {
            "giam_doc": self.director, "pho_giam_doc": self.deputy, "chanh_van_phong": self.office_chief,
            "truong_phong": self.head, "chuyen_vien": self.staff, "chuyen_vien_khac": self.other_staff,
            "van_thu": self.clerk, "quan_tri": self.admin, "giam_doc_to_chuc_khac": self.foreign_director,
        }


# --------------------------------------------------------------------------------------------------------------
# The permission matrix: roles × actions on one model, through the screens and through the API.
#
# A domain app describes its model once and parametrizes a test with it:
#
#     class DirectiveTaskMatrix(PermissionMatrix):
#         model = AssignedTask
#         api_basename = "directive-task"
#         allowed = {**PermissionMatrix.unit_record_allowed()}
#         def make_object(self, tenants): return assigned_task_create(..., lead_unit=tenants.unit, ...)
#         def add_data(self, tenants): return {...form fields...}
#         def change_data(self, tenants, obj): return {...form fields with one value changed...}
#
#     MATRIX = DirectiveTaskMatrix()
#
#     @pytest.mark.parametrize("role, action", MATRIX.web_cases())
#     def test_screens(client, tenants, role, action):
#         MATRIX.check_web(client, tenants, role, action)
#
#     @pytest.mark.parametrize("role, action, auth", MATRIX.api_cases())
#     def test_api(client, tenants, role, action, auth):
#         MATRIX.check_api(client, tenants, role, action, auth)
#
# `tenants` is a `TenantFixture`. The object under test belongs to `tenants.org` and to `tenants.unit`
# (Phòng QLKH: the unit of `truong_phong` and `chuyen_vien`, in charge of `pho_giam_doc`).
# Every forbidden attempt must be refused (403/404, a redirect to the login page for anonymous visitors, or
# for "add" a form error) AND leave the database exactly as it was.
# --------------------------------------------------------------------------------------------------------------

ANONYMOUS = "khach"
MATRIX_ROLES = (
    "giam_doc", "pho_giam_doc", "chanh_van_phong", "truong_phong", "chuyen_vien", "chuyen_vien_khac", "van_thu",
    "quan_tri", "giam_doc_to_chuc_khac", ANONYMOUS,
)
MATRIX_ACTIONS = ("list", "view", "add", "change", "delete", "history")
READ_ACTIONS = frozenset({"list", "view", "history"})
ALL_ACTIONS = frozenset(MATRIX_ACTIONS)
IN_ORGANISATION = MATRIX_ROLES[:8]


class PermissionMatrix:
    """Describe one model; `check_web` / `check_api` play one (role, action) cell and assert the outcome."""

    model = None
    #: role → actions allowed on an object of `tenants.org` owned by `tenants.unit`
    allowed: dict[str, frozenset] = {}
    #: DRF basename of the model's viewset (None: no API)
    api_basename: str | None = None
    #: what the API offers at all (a read-only viewset refuses writes to everybody)
    api_actions: frozenset = ALL_ACTIONS
    #: models whose rows must not change when an attempt is refused (defaults to the model itself)
    state_models: tuple = ()
    #: other models whose writes this matrix's actions make and whose rules it plays (a progress update is written
    #: by the "progress" action on a task); with `model`, what core/tests/test_matrix_coverage.py counts as covered
    covers: tuple = ()

    # -- expectations helpers ----------------------------------------------------------------------------------
    @staticmethod
    def administration_allowed() -> dict[str, frozenset]:
        """AdministrationPolicy: everyone of the organisation reads; Quản trị hệ thống writes."""
        return {role: (ALL_ACTIONS if role == "quan_tri" else READ_ACTIONS) for role in IN_ORGANISATION}

    @staticmethod
    def unit_record_allowed() -> dict[str, frozenset]:
        """UnitRecordPolicy: leaders everything; the unit's head everything; its staff all but delete;
        staff of another unit and the clerk read only."""
        return {
            "giam_doc": ALL_ACTIONS, "pho_giam_doc": ALL_ACTIONS, "chanh_van_phong": ALL_ACTIONS,
            "truong_phong": ALL_ACTIONS, "chuyen_vien": ALL_ACTIONS - {"delete"},
            "chuyen_vien_khac": READ_ACTIONS, "van_thu": READ_ACTIONS, "quan_tri": READ_ACTIONS,
        }

    # -- what a domain app supplies ----------------------------------------------------------------------------
    def make_object(self, tenants):
        raise NotImplementedError

    def add_data(self, tenants) -> dict:
        raise NotImplementedError

    def change_data(self, tenants, obj) -> dict:
        raise NotImplementedError

    def api_add_data(self, tenants) -> dict:
        return self.add_data(tenants)

    def api_change_data(self, tenants, obj) -> dict:
        return self.change_data(tenants, obj)

    # -- URLs -------------------------------------------------------------------------------------------------
    def url(self, action: str, obj=None) -> str:
        from django.urls import reverse

        meta = self.model._meta
        name = {"view": "detail", "change": "edit"}.get(action, action)
        args = [obj.pk] if action in {"view", "change", "delete", "history"} else []
        return reverse(f"{meta.app_label}:{meta.model_name}_{name}", args=args)

    def api_url(self, action: str, obj=None) -> str:
        from django.urls import reverse

        if action in {"list", "add"}:
            return reverse(f"{self.api_basename}-list")
        if action == "history":
            return reverse(f"{self.api_basename}-history", args=[obj.pk])
        return reverse(f"{self.api_basename}-detail", args=[obj.pk])

    # -- parametrization --------------------------------------------------------------------------------------
    def expected(self, role: str, action: str) -> bool:
        return action in self.allowed.get(role, frozenset())

    def web_cases(self):
        import pytest

        return [
            pytest.param(role, action, id=f"{role}-{action}-{'allowed' if self.expected(role, action) else 'refused'}")
            for role in MATRIX_ROLES for action in MATRIX_ACTIONS
        ]

    def api_cases(self, auths=("session", "token")):
        import pytest

        return [
            pytest.param(role, action, auth, id=f"{auth}-{role}-{action}")
            for auth in auths for role in MATRIX_ROLES for action in MATRIX_ACTIONS
            if not (auth == "token" and role == ANONYMOUS)
        ]

    # -- database state ---------------------------------------------------------------------------------------
    def state(self) -> list:
        models = self.state_models or (self.model,)
        snapshot = []
        for model in models:
            snapshot.append(list(model._base_manager.order_by("pk").values()))
            history = getattr(model, "history", None)
            if history is not None:
                snapshot.append(history.count())
        return snapshot

    # -- the checks -------------------------------------------------------------------------------------------
    def _label(self, obj) -> str:
        from django.utils.html import escape

        return escape(str(obj))

    def check_web(self, client, tenants, role: str, action: str) -> None:
        membership = None if role == ANONYMOUS else tenants.roles()[role]
        obj = self.make_object(tenants)
        if membership is not None:
            login(client, membership)
        allowed = self.expected(role, action)
        before = self.state()
        count_before = self.model._base_manager.count()
        context = f"{role} {action} {self.model.__name__}"

        if action in READ_ACTIONS:
            response = client.get(self.url(action, obj))
            if allowed:
                assert response.status_code == 200, context
                if action == "list":
                    assert self._label(obj) in response.content.decode(), f"{context}: object missing from the list"
            elif action == "list" and membership is not None:
                # a member of another organisation sees their own list, never this object
                assert response.status_code == 200, context
                assert self._label(obj) not in response.content.decode(), f"{context}: foreign object listed"
            else:
                self._assert_refused(response, context)
            assert self.state() == before, f"{context}: a read changed the database"
            return

        if action == "add":
            response = client.post(self.url("add"), self.add_data(tenants))
            if allowed:
                assert response.status_code == 302, f"{context}: {_form_errors(response)}"
                assert self.model._base_manager.count() == count_before + 1, context
                return
            self._assert_refused(response, context, form_error_ok=True)
        elif action == "change":
            response = client.post(self.url("change", obj), self.change_data(tenants, obj))
            if allowed:
                assert response.status_code == 302, f"{context}: {_form_errors(response)}"
                assert self.state() != before, f"{context}: nothing was saved"
                return
            self._assert_refused(response, context)
        elif action == "delete":
            response = client.post(self.url("delete", obj))
            if allowed:
                assert response.status_code == 302, context
                assert not self.model._base_manager.filter(pk=obj.pk).exists(), f"{context}: not deleted"
                return
            self._assert_refused(response, context)
        assert self.state() == before, f"{context}: a refused attempt changed the database"

    def check_api(self, client, tenants, role: str, action: str, auth: str = "session") -> None:
        membership = None if role == ANONYMOUS else tenants.roles()[role]
        obj = self.make_object(tenants)
        headers = api_auth(client, membership, auth)
        allowed = self.expected(role, action) and action in self.api_actions
        before = self.state()
        count_before = self.model._base_manager.count()
        context = f"API/{auth} {role} {action} {self.model.__name__}"
        refused = (401, 403, 404, 405)

        if action in READ_ACTIONS:
            response = client.get(self.api_url(action, obj), **headers)
            if allowed:
                assert response.status_code == 200, f"{context}: {response.status_code}"
                if action == "list":
                    ids = _api_ids(response.json())
                    assert obj.pk in ids, f"{context}: object missing from the list"
            elif action == "list" and membership is not None and "list" in self.api_actions:
                assert response.status_code == 200, context
                assert obj.pk not in _api_ids(response.json()), f"{context}: foreign object listed"
            else:
                assert response.status_code in refused, f"{context}: {response.status_code}"
            assert self.state() == before, f"{context}: a read changed the database"
            return

        if action == "add":
            response = client.post(self.api_url("add"), self.api_add_data(tenants), content_type="application/json",
                                   **headers)
            if allowed:
                assert response.status_code == 201, f"{context}: {response.status_code} {response.content[:500]!r}"
                assert self.model._base_manager.count() == count_before + 1, context
                return
            assert response.status_code in refused + (400,), f"{context}: {response.status_code}"
        elif action == "change":
            response = client.patch(self.api_url("change", obj), self.api_change_data(tenants, obj),
                                    content_type="application/json", **headers)
            if allowed:
                assert response.status_code == 200, f"{context}: {response.status_code} {response.content[:500]!r}"
                assert self.state() != before, f"{context}: nothing was saved"
                return
            assert response.status_code in refused, f"{context}: {response.status_code}"
        elif action == "delete":
            response = client.delete(self.api_url("delete", obj), **headers)
            if allowed:
                assert response.status_code == 204, f"{context}: {response.status_code}"
                assert not self.model._base_manager.filter(pk=obj.pk).exists(), context
                return
            assert response.status_code in refused, f"{context}: {response.status_code}"
        assert self.state() == before, f"{context}: a refused attempt changed the database"

    @staticmethod
    def _assert_refused(response, context, form_error_ok=False):
        from django.conf import settings

        status = response.status_code
        if status == 302:
            # only anonymous visitors are redirected: to the login page
            assert response["Location"].startswith(_resolve(settings.LOGIN_URL)), f"{context}: redirected to {response['Location']}"
            return
        if status == 200 and form_error_ok:
            assert _form_errors(response), f"{context}: accepted without a form error"
            return
        assert status in (403, 404), f"{context}: status {status}"


def _resolve(name: str) -> str:
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse(name)
    except NoReverseMatch:
        return name


def _form_errors(response):
    context = getattr(response, "context", None)
    form = context.get("form") if context is not None else None
    return dict(form.errors) if form is not None else None


def _api_ids(payload) -> set:
    rows = payload.get("results", payload) if isinstance(payload, dict) else payload
    return {row.get("id") for row in rows}


# --------------------------------------------------------------------------------------------------------------
# The action matrix: roles × domain actions (beyond CRUD: "report_progress", "cancel", "decide_extension"…) on one
# object, through the screens and the API. A domain app names its actions and, for each, how a screen and the API
# perform it:
#
#     class TaskActionMatrix(ActionMatrix):
#         model = AssignedTask
#         state_models = (AssignedTask, ProgressUpdate, Extension)
#         allowed = {"chuyen_vien": {"progress", "extension"}, ...}
#         web_actions = ("progress", "cancel", ...)     # each with `web_<action>(client, tenants, obj)`
#         api_actions = ("progress", ...)               # each with `api_<action>(client, tenants, obj, headers)`
#         def make_object(self, tenants): ...
#
# Allowed: the screen answers a redirect (302) or 200, the API 200/201, and the database changed. Refused: 403/404
# (a redirect to the login page for anonymous visitors; 401 on the API) and the database is exactly as it was.
# --------------------------------------------------------------------------------------------------------------

class ActionMatrix(PermissionMatrix):
    web_actions: tuple[str, ...] = ()
    api_actions: tuple[str, ...] = ()

    def web_cases(self):
        import pytest

        return [
            pytest.param(role, action, id=f"{role}-{action}-{'allowed' if self.expected(role, action) else 'refused'}")
            for role in MATRIX_ROLES for action in self.web_actions
        ]

    def api_cases(self, auths=("session", "token")):
        import pytest

        return [
            pytest.param(role, action, auth, id=f"{auth}-{role}-{action}")
            for auth in auths for role in MATRIX_ROLES for action in self.api_actions
            if not (auth == "token" and role == ANONYMOUS)
        ]

    def check_web(self, client, tenants, role: str, action: str) -> None:
        membership = None if role == ANONYMOUS else tenants.roles()[role]
        obj = self.make_object(tenants)
        if membership is not None:
            login(client, membership)
        before = self.state()
        context = f"{role} {action} {self.model.__name__}"
        response = getattr(self, f"web_{action}")(client, tenants, obj)
        if self.expected(role, action):
            assert response.status_code in (200, 302), f"{context}: {response.status_code}"
            assert self.state() != before, f"{context}: nothing was saved ({_messages(response)})"
            return
        self._assert_refused(response, context, form_error_ok=True)
        assert self.state() == before, f"{context}: a refused attempt changed the database"

    def check_api(self, client, tenants, role: str, action: str, auth: str = "session") -> None:
        membership = None if role == ANONYMOUS else tenants.roles()[role]
        obj = self.make_object(tenants)
        headers = api_auth(client, membership, auth)
        before = self.state()
        context = f"API/{auth} {role} {action} {self.model.__name__}"
        response = getattr(self, f"api_{action}")(client, tenants, obj, headers)
        if self.expected(role, action):
            assert response.status_code in (200, 201), f"{context}: {response.status_code} {response.content[:300]!r}"
            assert self.state() != before, f"{context}: nothing was saved"
            return
        assert response.status_code in (401, 403, 404), f"{context}: {response.status_code}"
        assert self.state() == before, f"{context}: a refused attempt changed the database"


def _messages(response):
    from django.contrib.messages import get_messages

    request = getattr(response, "wsgi_request", None)
    return [str(m) for m in get_messages(request)] if request is not None else []
