"""Load test of what Sở staff do, for locust (headless, loopback only): `python scripts/loadtest.py` runs it.

Each simulated user logs in once as one generated specialist (`manage.py generate_data`: accounts gen<k>.cv…,
the list is written by loadtest.py to var/loadtest-users.txt), then, with a person's thinking time between clicks
(`LOADTEST_WAIT`, "min-max" seconds, default 5-15: see docs/performance.md, round 3): opens their tasks, filters
them, opens a task, reports progress on it, opens the dashboard and searches.

Two phases, measured apart (a person logs in once a day, then works):
- the log-in of every simulated person, during the ramp-up: its own figures, written to `LOADTEST_LOGIN_OUT`
  (JSON: per page — the form, the POST — count, median, p95, max in ms; failures; and the steady state's CPU
  seconds of the server, of PostgreSQL and of the client itself);
- the steady state: once the last person has logged in, locust's statistics are reset and the run lasts
  `LOADTEST_STEADY` more seconds; the CSV files then hold the steady state only.

The server runs as in production (DEBUG=0) behind a pretended TLS proxy: requests carry X-Forwarded-Proto and
the session cookies are sent by hand (they are Secure cookies; nginx would terminate TLS). A page that sends the
person back to the log-in page counts as a failure, not as a fast answer.
"""
import itertools
import json
import os
import random
import re
from pathlib import Path

import gevent
from locust import HttpUser, between, events, task

USERS = Path(os.environ.get("LOADTEST_USERS", Path(__file__).resolve().parent.parent / "var" / "loadtest-users.txt"))
PASSWORD = os.environ.get("LOADTEST_PASSWORD", "sokhcn-demo-2025")
WAIT = [float(part) for part in os.environ.get("LOADTEST_WAIT", "5-15").split("-")]
STEADY = float(os.environ.get("LOADTEST_STEADY", "0"))  # 0: no phases (locust's own --run-time ends the run)
LOGIN_OUT = os.environ.get("LOADTEST_LOGIN_OUT", "")
_accounts = itertools.cycle(USERS.read_text(encoding="utf-8").split())
TASK_LINK = re.compile(r"/directives/nhiem-vu/(\d+)/")
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SEARCH_WORDS = ["báo cáo", "kiểm tra", "chuyển đổi số", "đo lường", "dự toán"]
LOGIN = "/dang-nhap/"

_logins = {"times": {}, "failures": 0, "done": 0}  # times: response times (ms) by request name
_steady = {}  # CPU seconds of the server and of PostgreSQL when the steady state starts, and its start


def _cpu_now() -> dict:
    """CPU seconds so far of the gunicorn processes (`LOADTEST_SERVER_PID`) and of PostgreSQL's processes."""
    import time

    import psutil

    def seconds(processes):
        total = 0.0
        for process in processes:
            try:
                times = process.cpu_times()
                total += times.user + times.system
            except psutil.Error:
                pass
        return total

    pid = int(os.environ.get("LOADTEST_SERVER_PID", "0"))
    server = [psutil.Process(pid)] + psutil.Process(pid).children(recursive=True) if pid else []
    postgres = [p for p in psutil.process_iter(["name"]) if (p.info["name"] or "").startswith("postgres")]
    return {"server": seconds(server), "postgres": seconds(postgres), "clock": time.monotonic(),
            "client": sum(os.times()[:2])}


@events.request.add_listener
def _record_login(name, response_time, exception=None, **kwargs):
    if name.startswith(LOGIN):
        _logins["times"].setdefault(name, []).append(response_time)
        _logins["failures"] += exception is not None


def _percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else None


@events.quitting.add_listener
def _write_logins(environment, **kwargs):
    if LOGIN_OUT:
        pages = {name: {"requests": len(times), "median": _percentile(times, 0.5), "p95": _percentile(times, 0.95),
                        "max": max(times)} for name, times in _logins["times"].items()}
        Path(LOGIN_OUT).write_text(json.dumps({
            "failures": _logins["failures"], "people": _logins["done"], "pages": pages,
            # the steady state's CPU seconds (PostgreSQL: every process, other databases' too) and its length
            "steady": {key: value - _steady[key] for key, value in _cpu_now().items()} if _steady else None,
        }), encoding="utf-8")


def _logged_in(environment):
    """The last person has logged in: the steady state starts now, with statistics of its own."""
    _logins["done"] += 1
    target = environment.runner.target_user_count if environment.runner else 0
    if STEADY and _logins["done"] == target:
        environment.runner.stats.reset_all()
        _steady.update(_cpu_now())
        gevent.spawn_later(STEADY, environment.runner.quit)


class Staff(HttpUser):
    wait_time = between(*WAIT)

    def _headers(self):
        cookies = "; ".join(f"{cookie.name}={cookie.value}" for cookie in self.client.cookies)
        return {"X-Forwarded-Proto": "https", "Referer": f"https://{self.host.split('://')[1]}/", "Cookie": cookies}

    def _get(self, url, name=None):
        with self.client.get(url, headers=self._headers(), name=name or url, allow_redirects=False,
                             catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code} {response.headers.get('Location', '')}")
        return response

    def on_start(self):
        self.username = next(_accounts)
        page = self._get(LOGIN)
        token = CSRF.search(page.text).group(1)
        with self.client.post(LOGIN, {"username": self.username, "password": PASSWORD,
                                      "csrfmiddlewaretoken": token}, headers=self._headers(),
                              name=f"{LOGIN} (POST)", allow_redirects=False, catch_response=True) as response:
            # a successful log-in sends the person on (302); the form again (200) means it was refused
            if response.status_code != 302 or LOGIN in response.headers.get("Location", ""):
                response.failure(f"log-in refused for {self.username}: HTTP {response.status_code}")
        self.tasks_seen = []
        _logged_in(self.environment)

    @task(4)
    def my_tasks(self):
        response = self._get("/directives/cua-toi/")
        found = TASK_LINK.findall(response.text)
        if not found and not self.tasks_seen:
            # a generated specialist is named on no task: their unit's tasks are the ones they open and report on
            found = TASK_LINK.findall(self._get("/directives/don-vi/").text)
        self.tasks_seen = found or self.tasks_seen

    @task(2)
    def filter_tasks(self):
        status = random.choice(["qua_han", "sap_den_han", "chua_den_han", "hoan_thanh_dung_han"])
        self._get(f"/directives/cua-toi/?status={status}", name="/directives/cua-toi/?status=…")

    @task(3)
    def task_detail(self):
        if self.tasks_seen:
            self._get(f"/directives/nhiem-vu/{random.choice(self.tasks_seen)}/", name="/directives/nhiem-vu/[id]/")

    @task(1)
    def report_progress(self):
        if not self.tasks_seen:
            return
        pk = random.choice(self.tasks_seen)
        page = self._get(f"/directives/nhiem-vu/{pk}/", name="/directives/nhiem-vu/[id]/")
        found = CSRF.search(page.text)
        if not found:
            return
        with self.client.post(f"/directives/nhiem-vu/{pk}/thao-tac/progress/",
                              {"percent": random.choice([20, 50, 80]), "note": "Đang triển khai theo kế hoạch.",
                               "csrfmiddlewaretoken": found.group(1)},
                              headers=self._headers(), name="/directives/nhiem-vu/[id]/thao-tac/progress/ (POST)",
                              allow_redirects=False, catch_response=True) as response:
            if response.status_code != 302:
                response.failure(f"HTTP {response.status_code}")

    @task(2)
    def dashboard(self):
        self._get("/")

    @task(1)
    def search(self):
        self._get(f"/he-thong/tim-kiem/?q={random.choice(SEARCH_WORDS)}", name="/he-thong/tim-kiem/?q=…")
