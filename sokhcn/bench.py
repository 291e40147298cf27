"""Benchmarks run on demand: `python -m sokhcn.bench reports [--years 10] [--fresh]` and
`python -m sokhcn.bench fidelity [--fresh] [--seed 003]` (never in the test suite).

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
    if "DATABASE_URL" not in os.environ:
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


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m sokhcn.bench")
    parser.add_argument("target", nargs="?", default="reports", choices=["reports", "fidelity"])
    parser.add_argument("--seed", action="append", help="fidelity: only this seed (000, 002, 003, 004)")
    parser.add_argument("--years", type=int, default=10, help="years of generated data (default 10)")
    parser.add_argument("--year", type=int, help="year of the 9-month report (default: this year)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--fresh", action="store_true", help="start from an empty benchmark database")
    options = parser.parse_args(argv if argv is not None else sys.argv[1:])
    if options.target == "fidelity":
        _setup_fidelity(options.fresh)
        fidelity(seeds=options.seed)
        return
    _setup(options.years, options.fresh)
    reports(years=options.years, year=options.year, runs=options.runs)


if __name__ == "__main__":
    main()
