"""Timing of `directive_summary` on generated data (run on demand, never in the test suite):

    DATABASE_URL=sqlite:////work/main/var/directives-bench.sqlite3 python -m directives.bench [--years 10]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sokhcn_directives_bench python -m directives.bench

The first run generates 10 years × 5.000 tasks for one organisation ("bench-directives"); later runs reuse them
(delete the database to regenerate). Results: docs/directives.md, "Performance".
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import time


def run(stdout=sys.stdout, years: int = 10):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from core.models import Organisation
    from core.testing import make_member, make_organisation, make_unit
    from directives import synthetic
    from directives.models import AssignedTask
    from directives.selectors import directive_summary, directive_summary_by_leader

    organisation = Organisation.objects.filter(code="bench-directives").first()
    if organisation is None:
        organisation = make_organisation("bench-directives")
        for code in ("vp", "qlkh", "qlcn", "tdc", "khtc", "ttra", "ttud"):
            make_unit(organisation, code)
        make_member(organisation, "bench-gd", ["giam_doc"])
        started = time.perf_counter()
        synthetic.generate(organisation=organisation, years=years, rng=random.Random(2025), stdout=stdout)
        stdout.write(f"\ngenerate: {time.perf_counter() - started:.1f} s\n")
    count = AssignedTask.objects.filter(organisation=organisation).count()
    stdout.write(f"{count} tasks for one organisation\n")
    last = dt.date.today().year - 1
    periods = [("one year", dt.date(last, 1, 1), dt.date(last, 12, 31)),
               ("9 months", dt.date(last, 1, 1), dt.date(last, 9, 30)),
               ("half year", dt.date(last, 1, 1), dt.date(last, 6, 30)),
               ("one month", dt.date(last, 3, 1), dt.date(last, 3, 31)),
               (f"{years} years", dt.date(last - years + 2, 1, 1), dt.date(last + 1, 12, 31))]
    for label, start, end in periods:
        timings = []
        for _ in range(3):
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                summary = directive_summary(organisation=organisation, date_from=start, date_to=end)
            timings.append(time.perf_counter() - started)
        listed = sum(len(items) for items in summary["details"].values())
        stdout.write(f"directive_summary {label:<10} assigned={summary['assigned']:>6} "
                     f"late={summary['completed_late']:>5} overdue={summary['overdue_not_completed']:>5} "
                     f"listed={listed:>5} queries={len(queries)} best={min(timings) * 1000:.0f} ms "
                     f"(worst {max(timings) * 1000:.0f} ms)\n")
    started = time.perf_counter()
    directive_summary_by_leader(organisation=organisation, date_from=periods[0][1], date_to=periods[0][2])
    stdout.write(f"directive_summary_by_leader one year: {(time.perf_counter() - started) * 1000:.0f} ms\n")


if __name__ == "__main__":
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sokhcn.settings")
    django.setup()
    years = int(sys.argv[sys.argv.index("--years") + 1]) if "--years" in sys.argv else 10
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    run(years=years)
