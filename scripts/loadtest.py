"""Load test against gunicorn on PostgreSQL: `python scripts/loadtest.py [--users 20 100] [--time 60s]`.

1. lists generated specialists (gen-* organisations) of DATABASE_URL (default: the national set) into
   var/loadtest-users.txt, taken in turn from every organisation (the first specialist of each, then the second…);
2. collects the static files into var/loadtest/ and starts gunicorn on 127.0.0.1:8110 (`--port`; DEBUG=0,
   `--workers`). By default the server has both CPUs and the client runs at the lowest priority (nice 19) with
   its own CPU time measured; `--pin` puts the server on CPU 0 and the client on CPU 1 instead;
3. runs locust headless (scripts/locustfile.py) once per user count, loopback only: every simulated person logs
   in (the ramp-up, measured as its own row), then the steady state lasts `--time` (locust's statistics are reset
   when the last person has logged in), `--wait` seconds of thinking between clicks. Prints, per run: each page's
   requests, median and p95; the steady state's requests/s, failures, median / p95 / p99; the log-in row; the CPU
   seconds of the server (gunicorn), of PostgreSQL (all its processes: other databases' too) and of the client;
   the load average before and after. Keeps the CSV files (var/loadtest-<users>_stats.csv, steady state only).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import resource
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


def _pin(cpu: int | None) -> list[str]:
    if cpu is None or not shutil.which("taskset") or (os.cpu_count() or 1) < 2:
        return []
    return ["taskset", "-c", str(cpu)]


def _seconds(value: str) -> int:
    """'60s', '2m', '90' → seconds."""
    units = {"s": 1, "m": 60, "h": 3600}
    return int(float(value[:-1]) * units[value[-1]]) if value[-1] in units else int(value)


def write_users(path: Path) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sokhcn.settings")
    import django

    django.setup()
    from core.models import Membership

    by_organisation: dict[int, list[str]] = {}
    for organisation_id, username in (Membership.objects.filter(organisation__code__startswith="gen-",
                                                                roles__icontains="chuyen_vien", is_active=True)
                                      .order_by("organisation_id", "id")
                                      .values_list("organisation_id", "user__username")):
        by_organisation.setdefault(organisation_id, []).append(username)
    # one person of each organisation in turn: the users of a run work in many provinces, as in a national
    # deployment, not all in the first one
    names = [name for rank in zip(*by_organisation.values()) for name in rank][:500]
    path.write_text("\n".join(names), encoding="utf-8")
    return len(names)


def _cpu_seconds(processes) -> dict[int, float]:
    """CPU seconds so far of each process, by pid (a process that ends during a run takes its seconds along)."""
    import psutil

    seconds = {}
    for process in processes:
        try:
            times = process.cpu_times()
            seconds[process.pid] = times.user + times.system
        except psutil.Error:
            pass
    return seconds


def _cpu_since(before: dict[int, float], processes) -> float:
    """CPU seconds used since `before` by the processes now running (those started since count from zero)."""
    return sum(seconds - before.get(pid, 0.0) for pid, seconds in _cpu_seconds(processes).items())


def _server_processes(server):
    import psutil

    parent = psutil.Process(server.pid)
    return [parent] + parent.children(recursive=True)


def _postgres_processes():
    import psutil

    return [process for process in psutil.process_iter(["name"]) if (process.info["name"] or "").startswith("postgres")]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="scripts/loadtest.py")
    parser.add_argument("--users", type=int, nargs="+", default=[20, 100])
    parser.add_argument("--time", default="60s", help="duration of the steady state of each run, after every "
                        "simulated person has logged in (e.g. 60s, 2m)")
    parser.add_argument("--wait", default="5-15", help="thinking time between a person's clicks, min-max seconds "
                        "(default 5-15; the earlier rounds used 1-3)")
    parser.add_argument("--spawn-rate", type=float, help="people starting per second (default: users / 10)")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker")
    parser.add_argument("--port", type=int, default=PORT, help="gunicorn's port on 127.0.0.1 (default 8110)")
    parser.add_argument("--pin", action="store_true", help="server on CPU 0, client on CPU 1 (default: the server "
                        "has every CPU, the client runs at nice 19)")
    parser.add_argument("--preload", action="store_true", help="gunicorn --preload (the app loaded once)")
    parser.add_argument("--conn-max-age", type=int, help="DB_CONN_MAX_AGE of the server (seconds; 0 = a "
                        "connection per request; default: the settings' 60)")
    options = parser.parse_args(argv)
    port = options.port
    steady = _seconds(options.time)
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/sokhcn_national")
    users_file = BASE_DIR / "var" / "loadtest-users.txt"
    count = write_users(users_file)
    print(f"{count} accounts in {users_file}")
    env = {**os.environ, "DEBUG": "0", "SECRET_KEY": os.environ.get("SECRET_KEY", "loadtest-only-" + "x" * 40),
           "ALLOWED_HOSTS": HOST, "SECURE_SSL_REDIRECT": "0", "SECURE_HSTS_SECONDS": "0",
           "LOADTEST_USERS": str(users_file), "LOADTEST_WAIT": options.wait, "LOADTEST_STEADY": str(steady),
           # its own var/ (collected static files, media): nothing of the shared development tree is touched
           "SOKHCN_VAR_DIR": str(BASE_DIR / "var" / "loadtest")}
    if options.conn_max_age is not None:
        env["DB_CONN_MAX_AGE"] = str(options.conn_max_age)
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=BASE_DIR, env=env,
                   check=True)
    server = subprocess.Popen(
        _pin(0 if options.pin else None)
        + [str(BIN / "gunicorn"), "sokhcn.wsgi", "-b", f"{HOST}:{port}", "--workers", str(options.workers),
           "--threads", str(options.threads), "--timeout", "120", "--log-level", "warning"]
        + (["--preload"] if options.preload else []),
        cwd=BASE_DIR, env=env)
    client = _pin(1) if options.pin else ["nice", "-n", "19"]
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"http://{HOST}:{port}/dang-nhap/", timeout=2)
                break
            except Exception:
                time.sleep(1)
        for users in options.users:
            prefix = BASE_DIR / "var" / f"loadtest-{users}"
            login_out = Path(f"{prefix}_login.json")
            login_out.unlink(missing_ok=True)
            rate = options.spawn_rate or max(1, users // 10)
            # bounded in time whatever happens: the ramp-up and the log-ins may take at most 5 minutes
            bound = steady + int(users / rate) + 300
            load_before = os.getloadavg()
            server_processes, postgres = _server_processes(server), _postgres_processes()
            server_cpu, postgres_cpu = _cpu_seconds(server_processes), _cpu_seconds(postgres)
            client_before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(client + [str(BIN / "locust"), "-f", str(BASE_DIR / "scripts" / "locustfile.py"),
                                     "--headless", "-u", str(users), "-r", str(rate), "--run-time", f"{bound}s",
                                     "--host", f"http://{HOST}:{port}", "--csv", str(prefix), "--only-summary",
                                     "--loglevel", "WARNING"],
                           cwd=BASE_DIR, env={**env, "LOADTEST_LOGIN_OUT": str(login_out),
                                                    "LOADTEST_SERVER_PID": str(server.pid)}, check=False)
            wall = time.perf_counter() - started
            client_after = resource.getrusage(resource.RUSAGE_CHILDREN)
            server_cpu = _cpu_since(server_cpu, _server_processes(server))
            postgres_cpu = _cpu_since(postgres_cpu, _postgres_processes())
            client_cpu = (client_after.ru_utime + client_after.ru_stime
                          - client_before.ru_utime - client_before.ru_stime)
            load = os.getloadavg()
            with open(f"{prefix}_stats.csv", encoding="utf-8") as handle:
                rows = list(csv.DictReader(handle))
            total = next(row for row in rows if row["Name"] == "Aggregated")
            for row in rows:  # where the time goes: each page's count, median and p95
                if row["Name"] != "Aggregated" and int(row["Request Count"]):
                    print(f"  {row['Type']:5} {row['Name']:55} {row['Request Count']:>6} requests, "
                          f"{row['Failure Count']} failures, median {row['50%']} ms, p95 {row['95%']} ms, "
                          f"max {float(row['Max Response Time']):.0f} ms")
            logins = json.loads(login_out.read_text()) if login_out.exists() else {}
            print(f"{users} users, wait {options.wait} s, steady state {options.time}: "
                  f"{float(total['Requests/s']):.1f} req/s, {total['Request Count']} requests, "
                  f"{total['Failure Count']} failures, median {total['50%']} ms, p95 {total['95%']} ms, "
                  f"p99 {total['99%']} ms; load average {load_before[0]:.1f} → {load[0]:.1f}")
            print(f"  log-in (ramp-up, {users} people at {rate:g}/s; {logins.get('people')} logged in, "
                  f"{logins.get('failures')} failures):")
            for name, row in logins.get("pages", {}).items():
                print(f"    {name:55} {row['requests']:>6} requests, median {row['median']:.0f} ms, "
                      f"p95 {row['p95']:.0f} ms, max {row['max']:.0f} ms")
            placement = "pinned: server CPU 0, client CPU 1" if options.pin else "client at nice 19, no pinning"
            print(f"  CPU over the whole run ({wall:.0f} s): server {server_cpu:.1f} s, PostgreSQL "
                  f"{postgres_cpu:.1f} s (every database), client {client_cpu:.1f} s ({placement})")
            if logins.get("steady"):
                cpu = logins["steady"]
                print(f"  CPU in the steady state ({cpu['clock']:.0f} s): server {cpu['server']:.1f} s "
                      f"({cpu['server'] / cpu['clock']:.2f} CPUs), PostgreSQL {cpu['postgres']:.1f} s, "
                      f"client {cpu['client']:.1f} s")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
