"""Issue 10, finding 4: login throttling shared by every worker, per account and address; API tokens expire, are
revoked on password change, and are listed and revoked by their owner."""
import datetime as dt

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from rest_framework.authtoken.models import Token

from core.auth import CacheStore, ThrottledModelBackend, client_address, is_locked, locked_message
from core.models import LoginFailureCounter
from core.services import membership_save
from core.testing import PASSWORD, login

URL = "/dang-nhap/"


def post_login(client, username, password, address="10.1.1.1"):
    return client.post(URL, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_the_counters_are_shared_by_every_worker(client, tenants):
    """Two gunicorn workers = two local caches: the counters must not live there."""
    for attempt in range(4):
        post_login(client, "gd", "sai")
        cache.clear()  # the next request lands on another worker
    fifth = post_login(Client(), "gd", "sai")
    assert locked_message() in fifth.content.decode()
    assert locked_message() in post_login(Client(), "gd", PASSWORD).content.decode()
    assert LoginFailureCounter.objects.exists()


def test_made_up_usernames_do_not_lock_the_real_users_behind_the_same_address(rf, client, tenants):
    backend = ThrottledModelBackend()
    for number in range(110):
        request = rf.post(URL, REMOTE_ADDR="10.1.1.1")
        assert backend.authenticate(request, username=f"khong-co-{number}", password="sai") is None
    assert post_login(client, "gd", PASSWORD).status_code == 302


def test_the_lock_is_per_account_and_address(client, tenants):
    for attempt in range(5):
        post_login(client, "gd", "sai", address="10.1.1.1")
    assert locked_message() in post_login(Client(), "gd", PASSWORD, address="10.1.1.1").content.decode()
    assert post_login(Client(), "gd", PASSWORD, address="10.2.2.2").status_code == 302  # the director elsewhere
    assert post_login(Client(), "cv", PASSWORD, address="10.1.1.1").status_code == 302  # a colleague at the desk


def test_many_addresses_against_one_account_lock_the_account(rf, settings, tenants):
    settings.LOGIN_MAX_FAILURES_PER_ACCOUNT = 12
    backend = ThrottledModelBackend()
    for number in range(12):
        backend.authenticate(rf.post(URL, REMOTE_ADDR=f"10.9.0.{number}"), username="gd", password="sai")
    assert is_locked(rf.post(URL, REMOTE_ADDR="10.9.9.9"), "gd")


def test_a_window_ends(rf, tenants):
    backend = ThrottledModelBackend()
    for attempt in range(5):
        backend.authenticate(rf.post(URL, REMOTE_ADDR="10.1.1.1"), username="gd", password="sai")
    assert is_locked(rf.post(URL, REMOTE_ADDR="10.1.1.1"), "gd")
    LoginFailureCounter.objects.update(window_started=timezone.now() - dt.timedelta(hours=1))
    assert not is_locked(rf.post(URL, REMOTE_ADDR="10.1.1.1"), "gd")


def test_the_redis_store_counts_the_same_way(rf, settings, tenants):
    settings.LOGIN_THROTTLE_CACHE = "default"  # the Redis cache when REDIS_URL is set; any shared cache works
    backend = ThrottledModelBackend()
    for attempt in range(5):
        backend.authenticate(rf.post(URL, REMOTE_ADDR="10.1.1.1"), username="gd", password="sai")
    assert is_locked(rf.post(URL, REMOTE_ADDR="10.1.1.1"), "gd")
    assert not LoginFailureCounter.objects.exists()
    assert isinstance(__import__("core.auth", fromlist=["store"]).store(), CacheStore)


@pytest.mark.parametrize("remote, trusted, expected", [
    ("127.0.0.1", ["127.0.0.1"], "192.168.1.20"),  # nginx on this machine: its header is believed
    ("203.0.113.9", ["127.0.0.1"], "203.0.113.9"),  # anyone else: the header is ignored (could be forged)
    ("10.0.0.1", ["10.0.0.0/8"], "192.168.1.20"),
])
def test_the_proxy_header_is_read_only_from_trusted_proxies(rf, settings, remote, trusted, expected):
    settings.LOGIN_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    settings.LOGIN_TRUSTED_PROXIES = trusted
    assert client_address(rf.get("/", REMOTE_ADDR=remote, HTTP_X_REAL_IP="192.168.1.20")) == expected


def test_forwarded_for_takes_the_address_our_proxy_appended(rf, settings):
    settings.LOGIN_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.LOGIN_TRUSTED_PROXIES = ["127.0.0.1"]
    request = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7")
    assert client_address(request) == "198.51.100.7"


# -- API tokens -----------------------------------------------------------------------------------------------

def get_token(client, username="gd", password=PASSWORD):
    response = client.post(reverse("api_token"), {"username": username, "password": password})
    assert response.status_code == 200, response.content
    return response.json()


def test_tokens_expire(client, settings, tenants):
    settings.API_TOKEN_TTL_DAYS = 30
    issued = get_token(client)
    assert issued["expires"]
    api = Client()
    assert api.get("/api/units/", HTTP_AUTHORIZATION=f"Token {issued['token']}").status_code == 200
    Token.objects.filter(key=issued["token"]).update(created=timezone.now() - dt.timedelta(days=31))
    expired = api.get("/api/units/", HTTP_AUTHORIZATION=f"Token {issued['token']}")
    assert expired.status_code in (401, 403) and "hết hạn" in expired.json()["detail"]
    renewed = get_token(client)
    assert renewed["token"] != issued["token"]
    assert api.get("/api/units/", HTTP_AUTHORIZATION=f"Token {renewed['token']}").status_code == 200


def test_a_password_change_revokes_the_tokens(client, tenants):
    token = get_token(client)["token"]
    login(client, tenants.director)
    response = client.post(reverse("password_change"), {
        "old_password": PASSWORD, "new_password1": "Mat-khau-moi-2026!", "new_password2": "Mat-khau-moi-2026!"})
    assert response.status_code == 302
    assert not Token.objects.filter(key=token).exists()
    assert Client().get("/api/units/", HTTP_AUTHORIZATION=f"Token {token}").status_code in (401, 403)


def test_a_password_set_by_the_administrator_revokes_the_tokens_too(tenants):
    token = Token.objects.create(user=tenants.staff.user)
    membership_save(actor=tenants.admin, membership=tenants.staff, username="cv", full_name="cv",
                    password="Mat-khau-moi-2026!")
    assert not Token.objects.filter(pk=token.pk).exists()
    other = Token.objects.create(user=tenants.head.user)
    tenants.head.user.last_login = timezone.now()
    tenants.head.user.save(update_fields=["last_login"])  # logging in does not revoke
    tenants.head.user.full_name = "Tên mới"
    tenants.head.user.save()
    assert Token.objects.filter(pk=other.pk).exists()


def test_the_owner_lists_and_revokes_tokens_through_the_api(client, tenants):
    token = get_token(client)["token"]
    api = Client()
    auth = {"HTTP_AUTHORIZATION": f"Token {token}"}
    listed = api.get(reverse("api_token"), **auth).json()
    assert [row["id"] for row in listed] == [token[:8]] and listed[0]["expired"] is False
    assert api.delete(reverse("api_token_detail", args=["khong-co-1"]), **auth).status_code == 404
    Token.objects.create(user=tenants.staff.user)
    assert api.delete(reverse("api_token_detail", args=[token[:8]]), **auth).status_code == 204
    assert not Token.objects.filter(user=tenants.director.user).exists()
    assert Token.objects.filter(user=tenants.staff.user).exists()  # someone else's is not touched
    assert api.get("/api/units/", **auth).status_code in (401, 403)


def test_the_owner_manages_tokens_on_a_screen(client, tenants):
    login(client, tenants.director)
    page = client.get(reverse("api_tokens"))
    assert page.status_code == 200 and "Bạn chưa có khóa API nào." in page.content.decode()
    issued = client.post(reverse("api_tokens"), {"issue": "1"})
    token = Token.objects.get(user=tenants.director.user)
    assert token.key in issued.content.decode() and "chỉ hiện một lần" in issued.content.decode()
    listed = client.get(reverse("api_tokens")).content.decode()
    assert token.key[:8] in listed and token.key not in listed and "Đang dùng được" in listed
    foreign = Token.objects.create(user=tenants.staff.user)
    client.post(reverse("api_tokens"), {"revoke": foreign.key[:8]})
    assert Token.objects.filter(pk=foreign.pk).exists()
    client.post(reverse("api_tokens"), {"revoke": token.key[:8]})
    assert not Token.objects.filter(user=tenants.director.user).exists()
