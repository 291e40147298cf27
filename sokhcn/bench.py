"""Benchmarks run on demand: `python -m sokhcn.bench reports [--years 10] [--fresh]` and
`python -m sokhcn.bench fidelity [--fresh] [--seed 003]` and `python -m sokhcn.bench all [--org gen-1]` and
`python -m sokhcn.bench kinds [--orgs gen-1,gen-17,gen-34] [--kinds 9thang,nam]` (never in the test suite).

all: on the database of DATABASE_URL (default: the national set, sokhcn_national, made by
`manage.py generate_data --orgs 34 --years 10 --seed 1`), one table: every report kind for one organisation, the
9-month report against its floor (hand-written SQL aggregates + the .docx from precomputed content), the list
pages and the dashboard (server time per request, query count), the figure selectors for a month, a year and
10 years, import throughput; then EXPLAIN ANALYZE of the slowest queries.

reports: generate `--years` years of synthetic data for one organisation (`manage.py generate_data --orgs 1`),
then time the 9-month report of the current year (collect the figures from the selectors + assemble + render
the .docx, the way `make_report` does), with peak Python memory (tracemalloc) and the number of SQL queries.

Database: DATABASE_URL if set (e.g. postgres://postgres@127.0.0.1:5432/sokhcn_bench_10y — created if missing),
otherwise SQLite var/bench-<years>y.sqlite3. An existing benchmark database that already holds the generated
organisation is reused (generating 10 years takes minutes); `--fresh` starts again from an empty database.
Compare `--years 1` with `--years 10`: the query count must not grow with the data.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
import tracemalloc
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def _setup(years: int, fresh: bool):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sokhcn.settings")
    if not os.environ.get("DATABASE_URL"):  # unset or empty (`DATABASE_URL= python -m sokhcn.bench`): SQLite
        path = BASE_DIR / "var" / f"bench-{years}y.sqlite3"
        path.parent.mkdir(exist_ok=True)
        if fresh and path.exists():
            path.unlink()
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    elif os.environ["DATABASE_URL"].startswith("postgres"):
        _create_postgres_database(os.environ["DATABASE_URL"], fresh)
    import django

    django.setup()


def _setup_fidelity(fresh: bool):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sokhcn.settings")
    if "DATABASE_URL" not in os.environ:
        path = BASE_DIR / "var" / "fidelity.sqlite3"
        path.parent.mkdir(exist_ok=True)
        if fresh and path.exists():
            path.unlink()
        os.environ["DATABASE_URL"] = f"sqlite:///{path}"
    import django

    django.setup()


def _create_postgres_database(url: str, fresh: bool):
    """CREATE DATABASE if missing (DROP first with --fresh), through the `postgres` maintenance database."""
    from urllib.parse import urlparse

    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    admin = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and fresh:
            connection.execute(f'DROP DATABASE "{name}"')
            exists = None
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def _count_rows(organisation) -> dict:
    from django.apps import apps

    counts = {}
    for label in ("directives.AssignedTask", "sciencetasks.ScienceTask"):
        try:
            counts[label.split(".")[1]] = apps.get_model(label).objects.filter(organisation=organisation).count()
        except LookupError:
            pass
    registers = 0
    for model in apps.get_app_config("registers").get_models() if apps.is_installed("registers") else []:
        if any(f.name == "organisation" for f in model._meta.fields) and not model.__name__.startswith("Historical"):
            registers += model.objects.filter(organisation=organisation).count()
    counts["register records"] = registers
    return counts


def reports(stdout=sys.stdout, years: int = 10, year: int | None = None, runs: int = 3):
    import datetime as dt

    from django.core.management import call_command
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from core.models import Organisation
    from core.permissions import system_membership
    from reports import services
    from reports.choices import ReportKind

    call_command("migrate", verbosity=0)
    organisation = Organisation.objects.filter(code="gen-1").first()
    if organisation is None:
        started = time.perf_counter()
        call_command("generate_data", "--orgs", "1", "--years", str(years), "--seed", "1", stdout=stdout)
        stdout.write(f"generate_data --years {years}: {time.perf_counter() - started:.0f} s\n")
        organisation = Organisation.objects.get(code="gen-1")
    rows = _count_rows(organisation)
    stdout.write(f"[{connection.vendor}] {organisation.code}: "
                 + ", ".join(f"{n:,} {label}".replace(",", ".") for label, n in rows.items()) + "\n")
    year = year or dt.date.today().year
    period = services.period_for(organisation, ReportKind.NINE_MONTHS, year=year)

    def generate():
        with transaction.atomic():
            report = services.report_create(actor=system_membership(organisation), kind=ReportKind.NINE_MONTHS,
                                            period=period, allow_duplicate=True)
            docx = services.render_content_docx(organisation, report.kind, services.compose(report))
            transaction.set_rollback(True)
        return docx

    generate()  # warm-up: imports, URL resolver, templates (a running server has them already)
    results = []
    for attempt in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        with CaptureQueriesContext(connection) as queries:
            docx = generate()
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        sql = sum(float(query["time"]) for query in queries.captured_queries)
        results.append({"seconds": elapsed, "cpu": cpu, "sql": sql, "queries": len(queries)})
        stdout.write(f"  run {attempt + 1}: {elapsed:.2f} s (CPU {cpu:.2f} s, SQL {sql:.2f} s), {len(queries)} SQL "
                     f"queries, .docx {len(docx) / 1e3:.0f} kB\n")
    # peak memory in a separate run: tracemalloc slows Python down several times
    tracemalloc.start()
    generate()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    best = min(results, key=lambda r: r["seconds"])
    best["peak_mb"] = peak / 1e6
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0
    stdout.write(f"[{connection.vendor}] 9-month report {year} of {organisation.code} ({years} years of data): "
                 f"{best['seconds']:.2f} s (best of {runs}; CPU {best['cpu']:.2f} s), peak memory "
                 f"{best['peak_mb']:.1f} MB, {best['queries']} SQL queries; load average {load:.1f}\n")
    return {**best, "rows": rows}


def fidelity(stdout=sys.stdout, seeds=None):
    """The four seed reports regenerated from the demo records, checked item by item against the checklists
    written from the seeds (reports/fidelity/checklists/). Database: a fresh SQLite var/fidelity.sqlite3 with
    the demo data (DATABASE_URL if set)."""
    from django.core.management import call_command

    from core.models import Organisation
    from reports.fidelity import run_all

    call_command("migrate", verbosity=0)
    if not Organisation.objects.filter(code="quang-tri").exists():
        call_command("load_demo", verbosity=0, stdout=open(os.devnull, "w"))
    return run_all(stdout, seeds=seeds)


# --- `all`: one table for the national set --------------------------------------------------------------------------

def _timed(function, runs: int = 3):
    """(best seconds, SQL query count, SQL seconds of the best run, captured queries of the best run, result)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    best = None
    for _ in range(runs):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            result = function()
        elapsed = time.perf_counter() - started
        if best is None or elapsed < best[0]:
            best = (elapsed, len(queries), sum(float(q["time"]) for q in queries.captured_queries),
                    list(queries.captured_queries), result)
    return best


def _floor_sql(organisation, date_from, date_to) -> list[str]:
    """The report's figures from one hand-written aggregate per domain: the least any code could ask of the
    database for the same numbers."""
    from django.apps import apps

    org = int(organisation.pk)
    d1, d2 = date_from.isoformat(), date_to.isoformat()
    statements = [
        f"""SELECT count(*) FILTER (WHERE cancelled_on IS NULL),
                   count(*) FILTER (WHERE completed_on <= '{d2}' AND completed_on <= COALESCE(extended_to, due_date)),
                   count(*) FILTER (WHERE completed_on <= '{d2}' AND completed_on > COALESCE(extended_to, due_date)),
                   count(*) FILTER (WHERE completed_on IS NULL AND cancelled_on IS NULL
                                     AND COALESCE(extended_to, due_date) < '{d2}'),
                   count(*) FILTER (WHERE cancelled_on IS NOT NULL)
            FROM directives_assignedtask
            WHERE organisation_id = {org} AND NOT is_series AND assigned_on <= '{d2}'
              AND (completed_on IS NULL OR completed_on >= '{d1}')
              AND (cancelled_on IS NULL OR cancelled_on >= '{d1}')""",
        f"""SELECT state, level, count(*), sum(budget_total) FROM sciencetasks_sciencetask
            WHERE organisation_id = {org} AND start_year <= {date_to.year} GROUP BY state, level""",
        f"""SELECT kind, count(*), sum(amount) FROM sciencetasks_moneyentry
            WHERE organisation_id = {org} AND date BETWEEN '{d1}' AND '{d2}' GROUP BY kind""",
    ]
    parts = []
    for model in apps.get_app_config("registers").get_models():
        field = getattr(model, "PERIOD_FIELD", None)
        if field and not model.__name__.startswith("Historical"):
            column = model._meta.get_field(field).column
            parts.append(f"SELECT '{model._meta.model_name}', count(*) FROM {model._meta.db_table} "
                         f"WHERE organisation_id = {org} AND {column} BETWEEN '{d1}' AND '{d2}'")
    statements.append(" UNION ALL ".join(parts))
    return statements


def _explain(queries, stdout, top: int = 3):
    """EXPLAIN ANALYZE of the slowest captured SELECTs (PostgreSQL)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    slowest: dict[str, dict] = {}  # one plan per statement: the runs of a page repeat the same statements
    for query in queries:
        if query["sql"].lstrip().upper().startswith("SELECT"):
            known = slowest.get(query["sql"])
            if known is None or float(query["time"]) > float(known["time"]):
                slowest[query["sql"]] = query
    selects = sorted(slowest.values(), key=lambda q: float(q["time"]), reverse=True)[:top]
    for query in selects:
        stdout.write(f"\n-- {float(query['time']) * 1000:.1f} ms: {query['sql'][:300]}…\n")
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + query["sql"])
            for (line,) in cursor.fetchall():
                stdout.write(f"   {line}\n")


PASSWORD = "sokhcn-demo-2025"  # core.synthetic.PASSWORD: every generated account's


def _pages(organisation, runs: int, slow_queries: list) -> list[tuple]:
    """The pages of the load test's mix and the director's screens: server time per request through the test
    client (one request at a time), query count. The progress report (POST) and the log-in (POST) run inside a
    transaction that is rolled back: the national set is measured, not changed."""
    from django.db import transaction
    from django.test import Client

    from core.models import Membership
    from directives.models import AssignedTask

    members = Membership.objects.filter(organisation=organisation, is_active=True).select_related("user")
    staff = members.filter(roles__icontains="chuyen_vien").order_by("id").first()
    director = members.filter(roles__icontains="giam_doc").exclude(roles__icontains="pho").order_by("id").first()
    # "my tasks" of a specialist named on no task is an empty list; a deputy director leads thousands
    deputy = members.filter(roles__icontains="pho_giam_doc").order_by("id").first() or director
    task = AssignedTask.objects.filter(organisation=organisation, lead_unit=staff.unit).order_by("-id").first()
    task_url = f"/directives/nhiem-vu/{task.pk}/" if task else "/directives/cua-toi/"
    pages = [("log-in (POST)", "/dang-nhap/", None), ("dashboard", "/", director),
             ("dashboard (specialist)", "/", staff), ("my tasks", "/directives/cua-toi/", staff),
             ("my tasks (deputy director)", "/directives/cua-toi/", deputy),
             ("unit tasks", "/directives/don-vi/", staff),
             ("tasks filtered", "/directives/cua-toi/?status=qua_han&q=bao+cao", staff),
             ("unit tasks filtered", "/directives/don-vi/?status=qua_han", staff),
             ("task detail", task_url, staff),
             ("progress report (POST)", f"{task_url}thao-tac/progress/" if task else "", staff),
             ("directives summary", "/directives/tong-hop/", director),
             ("S&T tasks", "/sciencetasks/", director), ("registers", "/registers/", director),
             ("reports", "/reports/", director), ("search", "/he-thong/tim-kiem/?q=bao+cao", staff)]
    clients, table = {}, []
    for label, url, member in pages:
        if member is None:  # the log-in itself: PBKDF2 of the password, a new session
            client = Client()

            def request(client=client, url=url):
                with transaction.atomic():
                    response = client.post(url, {"username": staff.user.username, "password": PASSWORD})
                    transaction.set_rollback(True)
                return response
        else:
            client = clients.get(member.pk)
            if client is None:
                client = clients[member.pk] = Client()
                client.force_login(member.user)
            if label.endswith("(POST)"):
                if not url:
                    continue

                def request(client=client, url=url):
                    with transaction.atomic():
                        response = client.post(url, {"percent": 50, "note": "Đang triển khai theo kế hoạch."})
                        transaction.set_rollback(True)
                    return response
            else:
                def request(client=client, url=url):
                    return client.get(url)
        request()  # warm-up
        seconds, count, sql, queries, response = _timed(request, runs)
        slow_queries += queries
        expected = 302 if label.endswith("(POST)") else 200
        note = url if response.status_code == expected else f"{url} → HTTP {response.status_code}"
        if label == "log-in (POST)" and response.status_code == 302 and "/dang-nhap/" in response.get("Location", ""):
            note += " → refused"
        table.append((f"page {label}", seconds, count, note))
    return table


def _recent_periods(today) -> dict:
    """The arguments of `reports.services.period_for` for the last closed period of each report kind."""
    import datetime as dt

    from reports.choices import ReportKind

    year = today.year
    return {
        ReportKind.WEEKLY: dict(year=year, week=max(1, today.isocalendar()[1] - 1)),
        ReportKind.MONTHLY: dict(year=year, month=max(1, today.month - 1)),
        ReportKind.QUARTERLY: dict(year=year, quarter=max(1, (today.month - 1) // 3)),
        ReportKind.HALF_YEAR: dict(year=year), ReportKind.NINE_MONTHS: dict(year=year),
        ReportKind.ANNUAL: dict(year=year - 1),
        ReportKind.ADHOC: dict(date_from=dt.date(year, 1, 1), date_to=today - dt.timedelta(days=1)),
    }


def run_all(stdout=sys.stdout, organisation_code: str = "gen-1", runs: int = 3) -> list[tuple]:
    """Print the whole table: reports (with the floor ratio of the 9-month report), pages, selectors, import."""
    import datetime as dt

    from django.db import connection, transaction

    from core.models import Organisation
    from core.permissions import system_membership
    from directives.selectors import directive_summary
    from registers.selectors import register_stats
    from reports import services
    from reports.choices import ReportKind
    from sciencetasks.selectors import year_stats

    organisation = Organisation.objects.get(code=organisation_code)
    rows_count = _count_rows(organisation)
    total_orgs = Organisation.objects.filter(code__startswith="gen-").count()
    load = os.getloadavg()
    stdout.write(f"[{connection.vendor}] {organisation.code} of {total_orgs} generated organisations: "
                 + ", ".join(f"{n:,} {label}".replace(",", ".") for label, n in rows_count.items())
                 + f"; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}\n")
    table: list[tuple] = []  # (what, ms, queries, note)
    today = dt.date.today()
    year = today.year
    actor = system_membership(organisation)
    periods = _recent_periods(today)
    slow_queries = []
    nine = None
    for kind, arguments in periods.items():
        period = services.period_for(organisation, kind, **arguments)

        def report(kind=kind, period=period):
            with transaction.atomic():
                created = services.report_create(actor=actor, kind=kind, period=period, allow_duplicate=True)
                content = services.compose(created)
                docx = services.render_content_docx(organisation, created.kind, content)
                transaction.set_rollback(True)
            return content, docx

        report()  # warm-up
        seconds, count, sql, queries, (content, docx) = _timed(report, runs)
        slow_queries += queries
        table.append((f"report {kind.label}", seconds, count, f"{period.start:%d/%m/%Y}–{period.end:%d/%m/%Y}"
                      f", .docx {len(docx) / 1e3:.0f} kB"))
        if kind == ReportKind.NINE_MONTHS:
            nine = (seconds, period, content)
    # the same 9-month report again with the closed-period figure cache on (core.figure_cache; in production it
    # is on with Redis or the database cache): the figures come from the cache, the rest is the report's own work
    from django.test import override_settings

    with override_settings(FIGURE_CACHE=True):
        period = nine[1]

        def cached_report():
            with transaction.atomic():
                created = services.report_create(actor=actor, kind=ReportKind.NINE_MONTHS, period=period,
                                                 allow_duplicate=True)
                docx = services.render_content_docx(organisation, created.kind, services.compose(created))
                transaction.set_rollback(True)
            return docx

        cached_report()  # fills the cache
        cached_seconds, count, _, _, docx = _timed(cached_report, runs)
    table.append(("report Báo cáo 9 tháng, figures cached", cached_seconds, count,
                  "closed period, second and later runs"))

    # the floor of the 9-month report: hand-written aggregates + writing the same .docx from precomputed content
    seconds, period, content = nine
    statements = _floor_sql(organisation, period.start, period.end) if connection.vendor == "postgresql" else []

    def floor_sql():
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
                cursor.fetchall()

    sql_floor = _timed(floor_sql, runs)[0] if statements else 0.0
    render_floor = _timed(lambda: services.render_content_docx(organisation, ReportKind.NINE_MONTHS, content), runs)[0]
    floor = sql_floor + render_floor
    table.append(("floor: SQL aggregates (9 months)", sql_floor, len(statements), "one per domain"))
    table.append(("floor: .docx from precomputed data", render_floor, 0, ""))
    table.append(("9-month report ÷ floor", None, None, f"{seconds / floor:.1f}×" if floor else "–"))

    table += _pages(organisation, runs, slow_queries)

    # figure selectors for a month, a year and 10 years
    last = year - 1
    spans = {"month": (dt.date(last, 3, 1), dt.date(last, 3, 31)), "year": (dt.date(last, 1, 1), dt.date(last, 12, 31)),
             "10 years": (dt.date(year - 9, 1, 1), dt.date(year, 12, 31))}
    for label, (start, end) in spans.items():
        for name, function in (
                ("directive_summary", lambda s=start, e=end: directive_summary(organisation=organisation, date_from=s,
                                                                               date_to=e)),
                ("year_stats", lambda s=start, e=end: year_stats(organisation=organisation, year=e.year, date_from=s,
                                                                 date_to=e)),
                ("register_stats", lambda s=start, e=end: register_stats(organisation=organisation, date_from=s,
                                                                         date_to=e))):
            seconds, count, sql, queries, _ = _timed(function, runs)
            slow_queries += queries
            table.append((f"{name} ({label})", seconds, count, f"{start:%d/%m/%Y}–{end:%d/%m/%Y}"))

    # import throughput
    from docimport import bench as import_bench

    results = import_bench.run(stdout=open(os.devnull, "w"))
    for kind, result in results.items():
        rows = result.get("references", 0) + result.get("quantities", 0)
        table.append((f"import .{kind} ({result['pages']} pages)", result["seconds"], None,
                      f"{result['pages_per_second']:.1f} pages/s, {rows / result['seconds']:.0f} rows/s"))

    _print_table(table, stdout)
    stdout.write("\nEXPLAIN ANALYZE of the slowest queries:\n")
    _explain(slow_queries, stdout)
    return table


def _print_table(table, stdout):
    load = os.getloadavg()
    stdout.write(f"\n{'what':<42} {'ms':>9} {'queries':>8}  note\n{'-' * 100}\n")
    for what, seconds, count, note in table:
        ms = f"{seconds * 1000:.0f}" if seconds is not None else ""
        stdout.write(f"{what:<42} {ms:>9} {'' if count is None else count:>8}  {note}\n")
    stdout.write(f"load average at the end: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} ({os.cpu_count()} CPUs)\n")


def run_pages(stdout=sys.stdout, organisation_code: str = "gen-1", runs: int = 3, explain: int = 6) -> list[tuple]:
    """`python -m sokhcn.bench pages`: the pages' rows of `all` and the plans of their slowest queries."""
    from django.db import connection

    from core.models import Organisation

    organisation = Organisation.objects.get(code=organisation_code)
    load = os.getloadavg()
    stdout.write(f"[{connection.vendor}] {organisation.code}; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}\n")
    slow_queries: list = []
    table = _pages(organisation, runs, slow_queries)
    _print_table(table, stdout)
    stdout.write("\nEXPLAIN ANALYZE of the slowest queries:\n")
    _explain(slow_queries, stdout, top=explain)
    return table


def run_kinds(stdout=sys.stdout, organisation_codes=("gen-1", "gen-17", "gen-34"), kinds=None, runs: int = 3):
    """`python -m sokhcn.bench kinds`: each report kind of several organisations, cold and with the closed-period
    figure cache (wall, CPU and SQL time of the best run, query count); each report is created, composed and written
    as .docx inside a transaction that is rolled back, so the database is not changed."""
    import datetime as dt

    from django.db import transaction
    from django.test import override_settings

    from core.models import Organisation
    from core.permissions import system_membership
    from reports import services

    def timed(organisation, kind, period):
        def report():
            started_cpu = time.process_time()
            with transaction.atomic():
                created = services.report_create(actor=system_membership(organisation), kind=kind, period=period,
                                                 allow_duplicate=True)
                services.render_content_docx(organisation, created.kind, services.compose(created))
                transaction.set_rollback(True)
            return time.process_time() - started_cpu

        report()  # warm-up
        seconds, count, sql, _queries, cpu = _timed(report, runs)
        return f"{seconds * 1000:5.0f} ms cpu {cpu * 1000:4.0f} sql {sql * 1000:4.0f} q {count:3}"

    load = os.getloadavg()
    stdout.write(f"load average at the start: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}\n")
    for code in organisation_codes:
        organisation = Organisation.objects.get(code=code)
        for kind, arguments in _recent_periods(dt.date.today()).items():
            if kinds and kind.value not in kinds:
                continue
            period = services.period_for(organisation, kind, **arguments)
            cold = timed(organisation, kind, period)
            with override_settings(FIGURE_CACHE=True):
                cached = timed(organisation, kind, period)
            stdout.write(f"{code:7} {kind.label:24} {period.start:%d/%m/%Y}–{period.end:%d/%m/%Y}  cold {cold}  |"
                         f"  cached {cached}\n")
            stdout.flush()
    load = os.getloadavg()
    stdout.write(f"load average at the end: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}\n")


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m sokhcn.bench")
    parser.add_argument("target", nargs="?", default="reports", choices=["reports", "fidelity", "all", "pages", "kinds"])
    parser.add_argument("--seed", action="append", help="fidelity: only this seed (000, 002, 003, 004)")
    parser.add_argument("--years", type=int, default=10, help="years of generated data (default 10)")
    parser.add_argument("--year", type=int, help="year of the 9-month report (default: this year)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--fresh", action="store_true", help="start from an empty benchmark database")
    parser.add_argument("--org", default="gen-1", help="all: the organisation measured (default gen-1)")
    parser.add_argument("--orgs", default="gen-1,gen-17,gen-34", help="kinds: the organisations, comma-separated")
    parser.add_argument("--kinds", help="kinds: only these report kinds, comma-separated (e.g. 9thang,nam)")
    options = parser.parse_args(argv if argv is not None else sys.argv[1:])
    if options.target == "fidelity":
        _setup_fidelity(options.fresh)
        fidelity(seeds=options.seed)
        return
    if options.target in ("all", "pages", "kinds"):  # on the database given (the national set): nothing generated
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sokhcn.settings")
        os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/sokhcn_national")
        import django

        django.setup()
        if options.target == "all":
            run_all(organisation_code=options.org, runs=options.runs)
        elif options.target == "pages":  # only the pages of `all` (the load test's mix), with their slowest plans
            run_pages(organisation_code=options.org, runs=options.runs)
        else:
            run_kinds(organisation_codes=options.orgs.split(","),
                      kinds=options.kinds.split(",") if options.kinds else None, runs=options.runs)
        return
    _setup(options.years, options.fresh)
    reports(years=options.years, year=options.year, runs=options.runs)


if __name__ == "__main__":
    main()
