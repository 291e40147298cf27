"""The site's Content-Security-Policy (django-csp): the header, templates without inline script, and a real browser
that loads the main pages (charts, htmx polling, a list with filters, forms) and fails on any CSP violation."""
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from core.testing import login

ROOT = Path(settings.BASE_DIR)
TEMPLATES = [path for pattern in ("templates/**/*.html", "*/templates/**/*.html") for path in ROOT.glob(pattern)
             if ".venv" not in path.parts]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*\bnonce=)[^>]*>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"\son[a-z]+\s*=\s*[\"']", re.IGNORECASE)


def test_every_page_carries_the_policy(client, tenants):
    login(client, tenants.director)
    policy = client.get(reverse("home"))["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["default-src"] == "'self'"
    assert "'unsafe-inline'" not in directives["script-src"] and "'unsafe-eval'" not in directives["script-src"]
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    assert "Content-Security-Policy" in client.get(reverse("login"))


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda path: str(path.relative_to(ROOT)))
def test_templates_have_no_inline_script(template):
    text = template.read_text(encoding="utf-8")
    assert not INLINE_SCRIPT.search(text), "inline <script>: move it to static/js or give it nonce=request.csp_nonce"
    assert not EVENT_HANDLER.search(text), "on…= attribute: use a data- attribute handled in static/js/app.js"
    assert "javascript:" not in text


# --- in a real browser ------------------------------------------------------------------------------------------

@pytest.fixture
def demo_site(transactional_db):
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)


def _watch(page):
    problems = []
    # Chromium reports every blocked script, style, handler or connection on the console ("Refused to …").
    page.on("console", lambda message: problems.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    return problems


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_main_pages_work_under_the_policy(live_server, browser_login, demo_site):
    from core import demo
    from core.models import Job, Membership

    page = browser_login("giamdoc", demo.DEMO_PASSWORD)
    problems = _watch(page)

    # the dashboard and the summary draw their charts (Chart.js from static files, data in json_script)
    page.goto(f"{live_server.url}/")
    page.wait_for_load_state("load")
    charts = page.locator("canvas[data-chart]")
    for index in range(charts.count()):
        assert charts.nth(index).get_attribute("data-chart-ready") == "1"
    page.goto(f"{live_server.url}{reverse('directives:summary')}")
    page.wait_for_selector("canvas[data-chart-ready='1']")

    # a list with filters: the filter form is styled by static/js/app.js, filtering works, the select-all box too
    page.goto(f"{live_server.url}{reverse('directives:assignedtask_list')}")
    assert "form-control-sm" in (page.locator("#filter-form input").first.get_attribute("class") or "")
    if page.locator("#select-all").count():
        page.check("#select-all")
        assert page.locator("input[name=tasks]:checked").count() == page.locator("input[name=tasks]").count()

    # a form
    page.goto(f"{live_server.url}{reverse('directives:assignedtask_add')}")
    page.wait_for_selector("form button[type=submit], form #save-button")

    # htmx: a running job's page polls its progress and swaps it in
    membership = Membership.objects.get(user__username="giamdoc")
    job = Job.objects.create(organisation=membership.organisation, membership=membership, handler="x",
                             title="Nhập 20.000 dòng", status=Job.Status.RUNNING, percent=10, status_line="Bắt đầu")
    page.goto(f"{live_server.url}{job.get_absolute_url()}")
    Job.objects.filter(pk=job.pk).update(percent=100, status=Job.Status.SUCCEEDED, status_line="Đã xong cả 20.000 dòng")
    page.wait_for_selector("text=Đã xong cả 20.000 dòng", timeout=30000)

    # an error page's "Quay lại" link, and the organisation switcher of a person in several organisations
    page.goto(f"{live_server.url}/khong-co-trang-nay/")
    page.wait_for_selector("[data-history-back]")
    assert not problems, problems


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_organisation_switcher_submits_without_inline_script(live_server, browser_login, demo_site):
    from core import demo

    page = browser_login("admin", demo.DEMO_PASSWORD)
    problems = _watch(page)
    page.goto(f"{live_server.url}/")
    switcher = page.locator("#org-switcher select")
    if not switcher.count():
        pytest.skip("admin belongs to one organisation only")
    current = switcher.input_value()
    other = [value for value in switcher.locator("option").evaluate_all("els => els.map(e => e.value)") if value != current][0]
    with page.expect_navigation():
        switcher.select_option(other)
    assert page.locator("#org-switcher select").input_value() == other
    assert not problems, problems
