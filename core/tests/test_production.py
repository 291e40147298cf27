"""Production readiness: deploy checks, static files (whitenoise manifest), the gunicorn entry point, login throttling."""
import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from core.auth import locked_message
from core.testing import PASSWORD

BASE_DIR = Path(settings.BASE_DIR)
PYTHON = sys.executable


def production_env(tmp_path) -> dict:
    """Only what an administrator sets: DEBUG=0, a 50-character SECRET_KEY, ALLOWED_HOSTS (plus where var/ lives)."""
    alphabet = string.ascii_letters + string.digits + "!@#%^*-_=+"
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "DJANGO_SETTINGS_MODULE": "sokhcn.settings",
        "DEBUG": "0",
        "SECRET_KEY": "".join(secrets.choice(alphabet) for _ in range(50)),
        "ALLOWED_HOSTS": "sokhcn.example.vn",
        "SOKHCN_VAR_DIR": str(tmp_path / "var"),
    }


def run(args, env, **kwargs):
    return subprocess.run(args, cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=300, **kwargs)


def test_check_deploy_is_clean(tmp_path):
    result = run([PYTHON, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = production_env(tmp_path)
    del env["SECRET_KEY"]
    result = run([PYTHON, "manage.py", "check"], env)
    assert result.returncode != 0
    assert "SECRET_KEY phải được đặt khi DEBUG=0" in result.stderr


def test_collectstatic_builds_the_manifest_and_whitenoise_serves_it(tmp_path):
    env = production_env(tmp_path)
    result = run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    assert result.returncode == 0, result.stderr
    manifest = tmp_path / "var" / "staticfiles" / "staticfiles.json"
    assert manifest.exists()
    text = manifest.read_text()
    for name in ("css/app.css", "vendor/bootstrap/bootstrap.min.css", "vendor/htmx/htmx.min.js"):
        assert f'"{name}"' in text
    # the login page under production settings links hashed, compressed assets that whitenoise serves
    script = (
        "import django, re; django.setup()\n"
        "from django.test import Client\n"
        "c = Client(HTTP_HOST='sokhcn.example.vn')\n"
        "page = c.get('/dang-nhap/', secure=True)\n"
        "assert page.status_code == 200, page.status_code\n"
        "css = re.search(r'/static/css/app\\.[0-9a-f]{12}\\.css', page.content.decode()).group(0)\n"
        "asset = c.get(css, secure=True)\n"
        "print(asset.status_code, asset.headers.get('Cache-Control'))\n"
        "print(c.get('/dang-nhap/').status_code)\n"  # plain http is redirected to https
    )
    result = run([PYTHON, "-c", script], env)
    assert result.returncode == 0, result.stderr
    asset_line, http_line = result.stdout.split("\n")[:2]
    assert asset_line.startswith("200") and "max-age" in asset_line
    assert http_line == "301"


def test_gunicorn_loads_the_wsgi_entry_point(tmp_path):
    gunicorn = Path(PYTHON).parent / "gunicorn"
    result = run([str(gunicorn), "--check-config", "sokhcn.wsgi"], production_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_five_wrong_passwords_lock_the_account(client, tenants):
    url = reverse("login")
    for attempt in range(1, 5):
        response = client.post(url, {"username": "gd", "password": f"sai-{attempt}"})
        assert "Tên đăng nhập hoặc mật khẩu không đúng." in response.content.decode()
    fifth = client.post(url, {"username": "gd", "password": "sai-5"})
    assert locked_message() in fifth.content.decode()
    assert locked_message() == "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút."
    # even the right password is refused now
    right = client.post(url, {"username": "gd", "password": PASSWORD})
    assert right.status_code == 200 and locked_message() in right.content.decode()
    assert "_auth_user_id" not in client.session
    # the API's token endpoint honours the same lock
    token = client.post(reverse("api_token"), {"username": "gd", "password": PASSWORD})
    assert token.status_code == 400
    # another account is not affected
    other = client.post(url, {"username": "cv", "password": PASSWORD})
    assert other.status_code == 302


def test_a_successful_login_resets_the_counter(client, tenants):
    url = reverse("login")
    for attempt in range(4):
        client.post(url, {"username": "gd", "password": "sai"})
    assert client.post(url, {"username": "gd", "password": PASSWORD}).status_code == 302
    client.post(reverse("logout"))
    for attempt in range(4):
        client.post(url, {"username": "gd", "password": "sai"})
    assert client.post(url, {"username": "gd", "password": PASSWORD}).status_code == 302


@pytest.mark.parametrize("header, expected", [("", "10.0.0.1"), ("HTTP_X_REAL_IP", "192.168.1.20")])
def test_client_address_behind_a_proxy(rf, settings, header, expected):
    from core.auth import client_address

    settings.LOGIN_CLIENT_IP_HEADER = header
    settings.LOGIN_TRUSTED_PROXIES = ["10.0.0.1"]  # the proxy
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="192.168.1.20")
    assert client_address(request) == expected


SQLITE_PROBE = """
import sqlite3
import django
django.setup()
from django.conf import settings
from django.db import connection, transaction
with connection.cursor() as cursor:
    cursor.execute("PRAGMA journal_mode")
    journal = cursor.fetchone()[0]
    cursor.execute("PRAGMA busy_timeout")
    busy = cursor.fetchone()[0]
with transaction.atomic():
    connection.cursor().execute("SELECT 1")
    other = sqlite3.connect(settings.DATABASES["default"]["NAME"], timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        locked = False
    except sqlite3.OperationalError as exc:
        locked = "locked" in str(exc)
print(journal, busy, locked)
"""


def test_sqlite_runs_in_wal_with_a_busy_timeout_and_immediate_transactions(tmp_path):
    """Issue #10, finding 6 ("database is locked" 34 times under fuzzing with 2 workers): on SQLite every connection
    is in WAL mode with a 20 s busy timeout, and a transaction takes the write lock when it begins (IMMEDIATE), so
    a second writer waits at BEGIN instead of failing when a read transaction turns into a write."""
    (tmp_path / "var").mkdir()
    result = run([PYTHON, "-c", SQLITE_PROBE], production_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["wal", "20000", "True"]
