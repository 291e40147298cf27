"""Load test of what Sở staff do, for locust (headless, loopback only): `python scripts/loadtest.py` runs it.

Each simulated user logs in once as one generated specialist (`manage.py generate_data`: accounts gen<k>.cv…,
the list is written by loadtest.py to var/loadtest-users.txt), then, with 1–3 s of thinking between clicks:
opens their tasks, filters them, opens a task, reports progress on it, opens the dashboard and searches.
The server runs as in production (DEBUG=0) behind a pretended TLS proxy: requests carry X-Forwarded-Proto and
the session cookies are sent by hand (they are Secure cookies; nginx would terminate TLS).
"""
import itertools
import os
import random
import re
from pathlib import Path

from locust import HttpUser, between, task

USERS = Path(os.environ.get("LOADTEST_USERS", Path(__file__).resolve().parent.parent / "var" / "loadtest-users.txt"))
PASSWORD = os.environ.get("LOADTEST_PASSWORD", "sokhcn-demo-2025")
_accounts = itertools.cycle(USERS.read_text(encoding="utf-8").split())
TASK_LINK = re.compile(r"/directives/nhiem-vu/(\d+)/")
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
SEARCH_WORDS = ["báo cáo", "kiểm tra", "chuyển đổi số", "đo lường", "dự toán"]


class Staff(HttpUser):
    wait_time = between(1, 3)

    def _headers(self):
        cookies = "; ".join(f"{cookie.name}={cookie.value}" for cookie in self.client.cookies)
        return {"X-Forwarded-Proto": "https", "Referer": f"https://{self.host.split('://')[1]}/", "Cookie": cookies}

    def _get(self, url, name=None):
        return self.client.get(url, headers=self._headers(), name=name or url, allow_redirects=False)

    def on_start(self):
        self.username = next(_accounts)
        page = self._get("/dang-nhap/")
        token = CSRF.search(page.text).group(1)
        self.client.post("/dang-nhap/", {"username": self.username, "password": PASSWORD,
                                         "csrfmiddlewaretoken": token}, headers=self._headers(),
                         name="/dang-nhap/ (POST)", allow_redirects=False)
        self.tasks_seen = []

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
        self._get(f"/directives/cua-toi/?status={random.choice(['qua_han', 'sap_den_han', 'chua_den_han', 'hoan_thanh_dung_han'])}",
                  name="/directives/cua-toi/?status=…")

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
            if response.status_code not in (200, 302):
                response.failure(f"HTTP {response.status_code}")

    @task(2)
    def dashboard(self):
        self._get("/")

    @task(1)
    def search(self):
        self._get(f"/he-thong/tim-kiem/?q={random.choice(SEARCH_WORDS)}", name="/he-thong/tim-kiem/?q=…")
