"""Every URL of the URLconf, opened as a leader and as a staff member of the demo: no 5xx, and every page a person
reads passes `tests.pagecheck.leaks` (no code identifiers, dict dumps, "None" or English sentences).

Path parameters are filled with real ids: `<pk>` with an object of the view's model in the user's organisation,
the other parameters (actions, figure keys, version numbers, file paths) from links the pages themselves offer.
A pattern that no page links to and whose parameters cannot be derived is listed in `UNREACHABLE` with the reason.
"""
from __future__ import annotations

import re
from collections import deque

import pytest
from django.db import transaction
from django.urls import resolve
from django.urls.exceptions import Resolver404
from django.utils import timezone

from core.models import Membership
from core.registry import app_modules
from tests.pagecheck import leaks
from core.testing import walk_urls

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

# The leader and the unit level of each demo organisation: Quảng Trị first; a pattern whose model has no record
# there (S&T tasks, reports, some registers) is opened as the same role of Bắc Kạn or Ninh Thuận.
ROLES = {
    "leader": {"quang-tri": "giamdoc", "bac-kan": "bk.giamdoc", "ninh-thuan": "nt.giamdoc"},
    "staff": {"quang-tri": "chuyenvien.qlkh", "bac-kan": "bk.qlkh", "ninh-thuan": "nt.qlkh"},
}
# Pages whose chrome is not ours: the Django admin (superusers only) and the API's own tools; status checked only.
NOT_READ_BY_STAFF = ("quan-tri/", "api/")
# Patterns that need what a GET cannot give (they are covered by their app's tests).
UNREACHABLE = {
    "quan-tri/": "Django admin: superusers only (the demo leader and staff are not staff users)",
    "media/": "attachments: the demo has no uploaded file (core/tests/test_media.py opens them)",
    "he-thong/cong-viec/<int:pk>/": "background jobs: none in the demo (core job tests open them)",
    "api/imported-documents/jobs/": "background extraction jobs: none in the demo (docimport/tests/test_api_extract.py)",
    "sciencetasks/hoi-dong/<int:pk>/thanh-vien/<int:member_pk>/diem/":
        "POST only, offered beside each member; the first council opened (Quảng Trị's) has none (the permission matrix posts scores)",
    "he-thong/lich/": "calendar feeds: a secret token per person (their own tests open them)",
    "api/auth/token/<str:token_id>/": "token revocation: DELETE only, tested with the API tokens",
    # no record of these in the demo data (their apps' tests open them with records they build)
    "registers/thiet-bi-buc-xa/<int:pk>/": "no radiation device in the demo",
    "api/registers/thiet-bi-buc-xa/(?P<pk>": "no radiation device in the demo",
    "registers/don-thu/<int:pk>/": "no petition in the demo",
    "api/registers/don-thu/(?P<pk>": "no petition in the demo",
    "reports/<int:pk>/phien-ban/": "the demo's reports are still being collected: no version is compiled yet "
                                    "(reports' tests compile and issue one)",
    "api/reports/(?P<pk>[^/.]+)/versions/": "the demo's reports have no compiled version yet",
    "reports/<int:pk>/so-lieu/": "the demo's report of the month just ended counts no record, so its text links no "
                                 "figure (reports/tests/test_views.py opens one)",
    "docimport/van-ban/<int:pk>/trang/": "page images exist only for scanned PDFs (docimport's OCR tests)",
    "docimport/van-ban/<int:pk>/ra-soat/": "the review form posts to it; GET is the detail page (docimport tests)",
    "directives/nhiem-vu/<int:pk>/thao-tac/": "task actions are POST forms opened by htmx (directives' tests)",
}


# Patterns a role is never offered (the leader's walk opens them): what a unit member cannot do to the whole report.
NOT_OFFERED = {
    "staff": {
        "reports/<int:pk>/bien-tap/": "the full text is edited by the office and the leaders; a unit writes its part",
        "reports/<int:pk>/thao-tac/": "compile, approve, issue: the office's and the leaders' actions",
    },
}


def patterns():
    """Routes worth opening: format-suffix duplicates of the API (`.json`) are the same views."""
    return {route: p for route, p in walk_urls() if "(?P<format>" not in route and "<drf_format_suffix" not in route}


def model_of(pattern):
    callback = pattern.callback
    view_class = getattr(callback, "view_class", None)
    model = getattr(view_class, "model", None)
    if model is None and getattr(callback, "cls", None) is not None:  # DRF viewset
        queryset = getattr(callback.cls, "queryset", None)
        model = getattr(queryset, "model", None)
    return model


_PARAM = re.compile(r"<(?:(\w+):)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


def fill(route: str, pattern, membership) -> str | None:
    """A concrete path for `route` when its only parameter is a pk we can pick, else None."""
    names = [m.group(2) or m.group(3) for m in _PARAM.finditer(route)]
    if not names:
        return "/" + route.replace("^", "").replace("$", "")
    if names == ["unit_pk"]:  # a screen of one unit (the work log's quick entry): the member's own unit
        unit_id = membership.unit_id
        return None if unit_id is None else "/" + _PARAM.sub(str(unit_id), route, count=1)
    if names != ["pk"]:
        return None
    model = model_of(pattern)
    if model is None and "to-chuc/<int:pk>" in route:  # the organisation page (a view without a model)
        return "/" + _PARAM.sub(str(membership.organisation_id), route, count=1)
    if model is None:
        return None
    manager = getattr(model, "all_objects", model._default_manager)
    if model._meta.model_name == "organisation":
        obj = membership.organisation
    elif any(f.name == "organisation" for f in model._meta.fields):
        obj = manager.filter(organisation=membership.organisation).order_by("pk").first()
    else:
        obj = None
    if obj is None:
        return None
    return "/" + _PARAM.sub(str(obj.pk), route, count=1).replace("^", "").replace("$", "")


_LINK = re.compile(r"""(?:href|action|formaction|hx-get|hx-post|src|data-url)=["'](/[^"'#?]*)""")


def links(html: str) -> set[str]:
    return {m.group(1) for m in _LINK.finditer(html) if not m.group(1).startswith("/static/")}


def _imported_document():
    """The demo imports no document: one read notice, as the review page shows it."""
    from core.models import Organisation, Unit
    from docimport.models import ImportedDocument

    organisation = Organisation.objects.get(code="quang-tri")
    ImportedDocument.objects.create(
        organisation=organisation, unit=Unit.objects.get(organisation=organisation, code="van-phong"),
        file_name="thong-bao-12.docx", sha256="0" * 64, file_kind="docx", title="Kết luận giao ban tuần 12",
        result={"references": [{"kind": "Công văn", "number": "1490/UBND-TH", "date": "2024-07-30",
                                "issuer": "UBND tỉnh"}]})


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            for module in app_modules("demo"):
                module.load()
            today = timezone.localdate()
            for module in app_modules("demo_live"):  # what `load_demo` adds from today: reports, extensions
                module.load(today=today)
            _imported_document()
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


UNTITLED = re.compile(r"<title>\s*sokhcn\s*·")  # base.html's fallback: the page gave no title of its own


def _key(route: str) -> str:
    return re.sub(r"(^|/)\^", r"\1", route)  # ResolverMatch.route drops the ^ of included regex patterns


def open_everything(client, users: dict[str, str], not_offered=()):
    """Open every pattern once, as the role's user of the first organisation that has an object for it, then the
    links the pages offer for the patterns still missing; returns (seen routes, problems, unreached)."""
    routes = {_key(route): pattern for route, pattern in patterns().items()}
    seen: dict[str, str] = {}
    problems: list[str] = []
    for code, username in users.items():
        membership = Membership.objects.select_related("organisation").get(
            user__username=username, organisation__code=code)
        client.force_login(membership.user)
        session = client.session
        session["organisation_id"] = membership.organisation_id
        session.save()
        queue = deque(path for route, pattern in routes.items() if route not in seen
                      for path in [fill(route, pattern, membership)] if path)
        opened = set()
        while queue:
            path = queue.popleft()
            if path in opened:
                continue
            try:
                match = resolve(path)
            except Resolver404:
                continue
            route = _key(match.route)
            if route in seen:
                continue  # one concrete URL per pattern is enough
            opened.add(path)
            api = path.startswith("/api/")
            response = client.get(path, HTTP_ACCEPT="application/json" if api else "text/html")
            seen[route] = f"{username} {path}"
            if response.status_code >= 500:
                problems.append(f"{response.status_code} {username} {path}")
                continue
            if not response.get("Content-Type", "").startswith("text/html") or getattr(response, "streaming", False):
                continue
            html = response.content.decode()
            if not path.lstrip("/").startswith(NOT_READ_BY_STAFF):
                problems += [f"{username} {path}: {leak}" for leak in leaks(html)]
                if response.status_code == 200 and UNTITLED.search(html):
                    problems.append(f"{username} {path}: trang không có tiêu đề (thẻ <title> chỉ có tên hệ thống)")
            for link in links(html):
                try:
                    if link not in opened and _key(resolve(link).route) not in seen:
                        queue.append(link)
                except Resolver404:
                    pass
    unreached = sorted(r for r in routes if r not in seen
                       and not any(r.startswith(p) for p in (*UNREACHABLE, *not_offered)))
    return seen, problems, unreached


@pytest.mark.parametrize("role", list(ROLES))
def test_every_url_answers_without_server_error_and_in_plain_vietnamese(client, demo, role):
    seen, problems, unreached = open_everything(client, ROLES[role], NOT_OFFERED.get(role, {}))
    assert not problems, "\n".join(problems)
    assert not unreached, "Không mở được (thiếu tham số):\n" + "\n".join(unreached)
    assert len(seen) > 300
