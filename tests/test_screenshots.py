"""`make screenshots`: PNGs of the main pages in docs/screenshots/ (skipped unless pytest runs with --screenshots).

Every app lists its pages in `<app>/screenshots.py`: `PAGES = [(name, url_name_or_path_or_callable[, username])]`;
they are discovered through `core.registry.app_modules("screenshots")`, in INSTALLED_APPS order, on the demo data.
"""
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import NoReverseMatch, reverse

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

OUTPUT = Path(settings.BASE_DIR) / "docs" / "screenshots"
DEFAULT_USER = "quantri"


def resolve(target) -> str:
    if callable(target):
        return target()
    if target.startswith("/"):
        return target
    try:
        return reverse(target)
    except NoReverseMatch:
        return target


def collect_pages() -> list[tuple[str, object, str]]:
    from core.registry import app_modules

    pages = []
    for module in app_modules("screenshots"):
        for entry in getattr(module, "PAGES", []):
            name, target, *rest = entry
            pages.append((name, target, rest[0] if rest else DEFAULT_USER))
    return pages


def prepare_history():
    """A visible change in the history of Phòng QLKH (demo data is loaded without a user)."""
    from core.models import Membership, Unit

    unit = Unit.objects.get(organisation__code="quang-tri", code="qlkh")
    unit._history_user = Membership.objects.get(user__username="quantri").user
    unit.email = "qlkh@skhcn.quangtri.gov.vn"
    unit.save()


def test_screenshots(request, live_server, page, browser_login):
    if not request.config.getoption("--screenshots"):
        pytest.skip("chỉ chạy với --screenshots (make screenshots)")
    from django.core.management import call_command

    call_command("load_demo", "--quiet")
    prepare_history()
    OUTPUT.mkdir(parents=True, exist_ok=True)

    page.goto(f"{live_server.url}/dang-nhap/")
    page.screenshot(path=str(OUTPUT / "login.png"), full_page=True)
    written = ["login.png"]
    current_user = None
    problems = []
    for name, target, username in collect_pages():
        if username != current_user:
            page.context.clear_cookies()
            browser_login(username, "sokhcn-demo-2025")
            current_user = username
        try:
            path = resolve(target)
        except Exception as exc:  # one app's broken entry must not hide the others' pages
            problems.append(f"{name}: {exc}")
            continue
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
        page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=True)
        written.append(f"{name}.png")
    print(f"\n{len(written)} ảnh trong {OUTPUT}: {', '.join(written)}")
    assert not problems, problems
