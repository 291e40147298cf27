"""Each report kind for some organisations of the national set, cold and with the closed-period figure cache:
wall, CPU and SQL time (best of RUNS, default 3) and the query count; the report is created, composed and written
as .docx inside a transaction that is rolled back (the database is not changed).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/sokhcn_national python -m reports.bench gen-1,gen-17,gen-34 [9thang,nam]
"""
import os, sys, time, datetime as dt
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sokhcn.settings")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/sokhcn_national")
import django

django.setup()
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.test import override_settings
from core.models import Organisation
from core.permissions import system_membership
from reports import services
from reports.choices import ReportKind

orgs = sys.argv[1].split(",") if len(sys.argv) > 1 else ["gen-1", "gen-17", "gen-34"]
kinds = sys.argv[2].split(",") if len(sys.argv) > 2 else None
runs = int(os.environ.get("RUNS", 3))
today = dt.date.today(); year = today.year
periods = {
    ReportKind.WEEKLY: dict(year=year, week=max(1, today.isocalendar()[1] - 1)),
    ReportKind.MONTHLY: dict(year=year, month=max(1, today.month - 1)),
    ReportKind.QUARTERLY: dict(year=year, quarter=max(1, (today.month - 1) // 3)),
    ReportKind.HALF_YEAR: dict(year=year), ReportKind.NINE_MONTHS: dict(year=year),
    ReportKind.ANNUAL: dict(year=year - 1),
}
def one(org, kind, period):
    actor = system_membership(org)
    with transaction.atomic():
        created = services.report_create(actor=actor, kind=kind, period=period, allow_duplicate=True)
        docx = services.render_content_docx(org, created.kind, services.compose(created))
        transaction.set_rollback(True)
    return docx
def timed(f):
    best = None
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as q:
            f()
        r = (time.perf_counter() - t, time.process_time() - c, sum(float(x["time"]) for x in q.captured_queries), len(q))
        if best is None or r[0] < best[0]:
            best = r
    return best
print(f"load {os.getloadavg()}")
for code in orgs:
    org = Organisation.objects.get(code=code)
    for kind, args in periods.items():
        if kinds and kind.value not in kinds:
            continue
        period = services.period_for(org, kind, **args)
        one(org, kind, period)
        cold = timed(lambda: one(org, kind, period))
        with override_settings(FIGURE_CACHE=True):
            one(org, kind, period)
            warm = timed(lambda: one(org, kind, period))
        print(f"{code:7} {kind.label:24} {period.start:%d/%m/%Y}-{period.end:%d/%m/%Y}  cold {cold[0]*1000:5.0f} ms "
              f"cpu {cold[1]*1000:4.0f} sql {cold[2]*1000:4.0f} q {cold[3]:3}  | cached {warm[0]*1000:5.0f} ms cpu "
              f"{warm[1]*1000:4.0f} sql {warm[2]*1000:4.0f} q {warm[3]:3}", flush=True)
print(f"load {os.getloadavg()}")
