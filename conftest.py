"""Project-wide pytest fixtures: the browser (Playwright driving Debian's chromium, never a download)."""
import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]


def pytest_addoption(parser):
    parser.addoption("--screenshots", action="store_true", help="write PNGs of the main pages to docs/screenshots/")


@pytest.fixture(scope="session")
def chromium():
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        if os.environ.get("SOKHCN_REQUIRE_BROWSER"):
            pytest.fail(f"Không tìm thấy {CHROMIUM}: cài gói Debian 'chromium'.")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(locale="vi-VN", viewport={"width": 1366, "height": 900}, reduced_motion="reduce")
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def browser_login(live_server, page):
    """Log in through the real form; returns a function (username, password) -> page."""

    def _login(username, password):
        page.goto(f"{live_server.url}/dang-nhap/")
        page.fill("#id_username", username)
        page.fill("#id_password", password)
        with page.expect_navigation():
            page.click("button[type=submit]")
        return page

    return _login


@pytest.fixture(scope="module")
def tenant_data(django_db_setup, django_db_blocker):
    """A `core.testing.TenantFixture` built once per test module, inside a transaction rolled back at its end.

    Use the function-scoped `tenants` fixture in tests: each test gets its own copy and its changes are rolled
    back (like Django's setUpTestData). Not for `transaction=True` tests.
    """
    from django.db import transaction

    from core.testing import TenantFixture

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        data = TenantFixture()
    yield data
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture
def tenants(request, tenant_data, db):
    """Two organisations and a cast of roles (see `core.testing.TenantFixture`), fresh for each test.

    Built once per module and rolled back after each test (like setUpTestData). `transaction=True` tests (browser,
    live server) must build `TenantFixture()` themselves. The fixtures are requested statically on purpose:
    pytest-django decides from them that the session needs the test database.
    """
    import copy

    marker = request.node.get_closest_marker("django_db")
    if marker is not None and marker.kwargs.get("transaction"):
        pytest.fail("`tenants` cannot be used in transaction=True tests: build core.testing.TenantFixture() instead.")
    return copy.deepcopy(tenant_data)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty cache (login throttling counters and cached figures live there: SQLite
    reuses ids after a flush, so a figure cached for one test's organisation would show in the next)."""
    from django.core.cache import cache

    from core import figure_cache

    cache.clear()
    figure_cache.forget_pending()
    yield
