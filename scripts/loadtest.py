"""Load test against gunicorn on PostgreSQL: `python scripts/loadtest.py [--users 20 100] [--time 60s]`.

1. lists the generated specialists (gen-* organisations) of DATABASE_URL (default: the national set) into
   var/loadtest-users.txt;
2. collects the static files into var/loadtest/ and starts gunicorn on 127.0.0.1:8110 (`--port`; DEBUG=0, `--workers`, pinned to CPU 0 with taskset when there are
   two CPUs or more);
3. runs locust headless (scripts/locustfile.py) once per user count, pinned to CPU 1, bounded in time, loopback
   only; prints requests/s, failures, median / p95 / p99 and the load average, and keeps the CSV files
   (var/loadtest-<users>_stats.csv).
"""
from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))  # run as a script: the project's apps, not only those of the installed package
BIN = Path(sys.executable).parent
HOST, PORT = "127.0.0.1", 8110


def _pin(cpu: int) -> list[str]:
    return ["taskset", "-c", str(cpu)] if shutil.which("taskset") and (os.cpu_count() or 1) >= 2 else []


def write_users(path: Path) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sokhcn.settings")
    import django

    django.setup()
    from core.models import Membership

    names = list(Membership.objects.filter(organisation__code__startswith="gen-", roles__icontains="chuyen_vien",
                                           is_active=True).order_by("organisation_id", "id")
                 .values_list("user__username", flat=True)[:500])
    path.write_text("\n".join(names), encoding="utf-8")
    return len(names)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="scripts/loadtest.py")
    parser.add_argument("--users", type=int, nargs="+", default=[20, 100])
    parser.add_argument("--time", default="60s", help="duration of each run (locust --run-time)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker")
    parser.add_argument("--port", type=int, default=PORT, help="gunicorn's port on 127.0.0.1 (default 8110)")
    parser.add_argument("--preload", action="store_true", help="gunicorn --preload (the app loaded once)")
    parser.add_argument("--conn-max-age", type=int, help="DB_CONN_MAX_AGE of the server (seconds; 0 = a "
                        "connection per request; default: the settings' 60)")
    options = parser.parse_args(argv)
    port = options.port
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/sokhcn_national")
    users_file = BASE_DIR / "var" / "loadtest-users.txt"
    count = write_users(users_file)
    print(f"{count} accounts in {users_file}")
    env = {**os.environ, "DEBUG": "0", "SECRET_KEY": os.environ.get("SECRET_KEY", "loadtest-only-" + "x" * 40),
           "ALLOWED_HOSTS": HOST, "SECURE_SSL_REDIRECT": "0", "SECURE_HSTS_SECONDS": "0",
           "LOADTEST_USERS": str(users_file),
           # its own var/ (collected static files, media): nothing of the shared development tree is touched
           "SOKHCN_VAR_DIR": str(BASE_DIR / "var" / "loadtest")}
    if options.conn_max_age is not None:
        env["DB_CONN_MAX_AGE"] = str(options.conn_max_age)
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=BASE_DIR, env=env,
                   check=True)
    server = subprocess.Popen(
        _pin(0) + [str(BIN / "gunicorn"), "sokhcn.wsgi", "-b", f"{HOST}:{port}", "--workers", str(options.workers),
                   "--threads", str(options.threads), "--timeout", "120", "--log-level", "warning"]
        + (["--preload"] if options.preload else []),
        cwd=BASE_DIR, env=env)
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"http://{HOST}:{port}/dang-nhap/", timeout=2)
                break
            except Exception:
                time.sleep(1)
        for users in options.users:
            prefix = BASE_DIR / "var" / f"loadtest-{users}"
            load_before = os.getloadavg()
            # the client niced on its own core: on a shared machine the server's figures, not the client's
            subprocess.run(_pin(1) + ["nice", "-n", "10", str(BIN / "locust"), "-f", str(BASE_DIR / "scripts" / "locustfile.py"),
                                      "--headless", "-u", str(users), "-r", str(max(1, users // 10)),
                                      "--run-time", options.time, "--host", f"http://{HOST}:{port}",
                                      "--csv", str(prefix), "--only-summary", "--loglevel", "WARNING"],
                           cwd=BASE_DIR, env=env, check=False)
            load = os.getloadavg()
            with open(f"{prefix}_stats.csv", encoding="utf-8") as handle:
                rows = list(csv.DictReader(handle))
            total = next(row for row in rows if row["Name"] == "Aggregated")
            for row in rows:  # where the time goes: each page's count, median and p95
                if row["Name"] != "Aggregated":
                    print(f"  {row['Type']:5} {row['Name']:40} {row['Request Count']:>6} requests, "
                          f"{row['Failure Count']} failures, median {row['50%']} ms, p95 {row['95%']} ms")
            print(f"{users} users, {options.time}: {float(total['Requests/s']):.1f} req/s, "
                  f"{total['Request Count']} requests, {total['Failure Count']} failures, "
                  f"median {total['50%']} ms, p95 {total['95%']} ms, p99 {total['99%']} ms; "
                  f"load average {load_before[0]:.1f} → {load[0]:.1f}")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
