"""Issue 11, single sign-on: OpenID Connect against a real provider started inside the test run
(django-oauth-toolkit served by pytest-django's live server on loopback), driven over HTTP like a browser.

The provider is reached as http://127.0.0.1:<port>/o/…, the site as http://localhost:<port>/: two hosts, so two
separate cookie jars, as with a real provider elsewhere.
"""
from __future__ import annotations

import re

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.contrib.auth import get_user_model
from django.urls import reverse
from oauth2_provider.oauth2_validators import OAuth2Validator

from core.choices import Role
from core.models import Membership
from core.sso import UNKNOWN_MESSAGE
from core.testing import PASSWORD, TenantFixture, make_member

pytestmark = [pytest.mark.urls("core.tests.oidc_urls")]

CLIENT_ID, CLIENT_SECRET = "sokhcn-test", "bi-mat-cua-ung-dung-2026"
# What the provider says about its users: e-mail and username as the province's platform knows them.
CLAIMS = {
    "idp.giamdoc": {"email": "GD@example.test", "preferred_username": "tinh.giamdoc"},
    "idp.chuyenvien": {"email": "", "preferred_username": "cv"},
    "idp.nguoila": {"email": "nguoi-la@example.test", "preferred_username": "nguoi-la"},
    "idp.root": {"email": "root@example.test", "preferred_username": "root"},
}


class ClaimsValidator(OAuth2Validator):
    oidc_claim_scope = {**OAuth2Validator.oidc_claim_scope, "email": "email", "preferred_username": "profile"}

    def get_additional_claims(self, request):
        return dict(CLAIMS.get(request.user.username, {}))


def rsa_key() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


@pytest.fixture
def provider(live_server, settings):
    from oauth2_provider.models import Application

    port = live_server.url.rsplit(":", 1)[1]
    op, site = f"http://127.0.0.1:{port}", f"http://localhost:{port}"
    settings.OAUTH2_PROVIDER = {
        "OIDC_ENABLED": True, "OIDC_RSA_PRIVATE_KEY": rsa_key(), "PKCE_REQUIRED": True,
        "SCOPES": {"openid": "OpenID Connect", "email": "Thư điện tử", "profile": "Hồ sơ"},
        "OAUTH2_VALIDATOR_CLASS": "core.tests.test_sso.ClaimsValidator",
    }
    settings.OIDC_RP_CLIENT_ID, settings.OIDC_RP_CLIENT_SECRET = CLIENT_ID, CLIENT_SECRET
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{op}/o/authorize/"
    settings.OIDC_OP_TOKEN_ENDPOINT = f"{op}/o/token/"
    settings.OIDC_OP_USER_ENDPOINT = f"{op}/o/userinfo/"
    settings.OIDC_OP_JWKS_ENDPOINT = f"{op}/o/.well-known/jwks.json"
    settings.SSO_PROVIDER_NAME = "Cổng dịch vụ công tỉnh"
    Application.objects.create(
        name="sokhcn", client_id=CLIENT_ID, client_secret=CLIENT_SECRET, user=None,
        client_type=Application.CLIENT_CONFIDENTIAL, authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
        redirect_uris=f"{site}{reverse('sso_callback')}", algorithm=Application.RS256_ALGORITHM,
        skip_authorization=True,
    )
    User = get_user_model()
    for username in CLAIMS:  # the provider's own accounts (no membership: they are not members of any Sở)
        User.objects.create_user(username=username, password=PASSWORD, email="")
    tenants = TenantFixture()
    root = make_member(tenants.org, "root", [Role.QUAN_TRI])
    User.objects.filter(pk=root.user_id).update(is_superuser=True)
    return {"op": op, "site": site, "tenants": tenants}


def csrf_post(browser, url, data):
    page = browser.get(url, timeout=30).text
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    return browser.post(url, data={**data, "csrfmiddlewaretoken": token}, headers={"Referer": url}, timeout=30)


def single_sign_on(provider, idp_username):
    """A browser: logged in at the provider, then "Đăng nhập một lần" on the site."""
    browser = requests.Session()
    csrf_post(browser, f"{provider['op']}/dang-nhap/", {"username": idp_username, "password": PASSWORD})
    return browser, browser.get(f"{provider['site']}{reverse('sso_start')}", timeout=30)


@pytest.mark.django_db(transaction=True)
def test_a_provider_user_logs_in_as_the_member_with_the_same_email(provider):
    before = (get_user_model().objects.count(), Membership.objects.count())
    login_page = requests.get(f"{provider['site']}/dang-nhap/", timeout=30).text
    assert "Đăng nhập một lần (Cổng dịch vụ công tỉnh)" in login_page
    browser, landed = single_sign_on(provider, "idp.giamdoc")
    assert landed.status_code == 200, landed.text[:500]
    assert landed.url == f"{provider['site']}/"
    assert "_auth_user_id" not in landed.text
    whoami = browser.get(f"{provider['site']}/he-thong/can-bo/", timeout=30)
    assert whoami.status_code == 200 and "Đăng xuất" in whoami.text
    from django.contrib.sessions.models import Session

    sessions = [s.get_decoded() for s in Session.objects.all()]
    gd = get_user_model().objects.get(username="gd")
    assert any(s.get("_auth_user_id") == str(gd.pk) for s in sessions)
    assert (get_user_model().objects.count(), Membership.objects.count()) == before  # nothing created
    gd.refresh_from_db()
    assert gd.email == "gd@example.test"  # nor rewritten


@pytest.mark.django_db(transaction=True)
def test_the_username_maps_when_the_provider_has_no_email(provider):
    from django.contrib.sessions.models import Session

    browser, landed = single_sign_on(provider, "idp.chuyenvien")
    assert landed.status_code == 200 and landed.url == f"{provider['site']}/"
    cv = get_user_model().objects.get(username="cv")
    assert any(s.get_decoded().get("_auth_user_id") == str(cv.pk) for s in Session.objects.all())


@pytest.mark.django_db(transaction=True)
def test_an_unknown_person_gets_a_vietnamese_message_and_nothing_is_created(provider):
    before = (get_user_model().objects.count(), Membership.objects.count())
    browser, landed = single_sign_on(provider, "idp.nguoila")
    assert landed.url.startswith(f"{provider['site']}/dang-nhap/")
    assert UNKNOWN_MESSAGE.format(who="nguoi-la@example.test").split("“")[0] in landed.text
    assert "nguoi-la@example.test" in landed.text
    assert (get_user_model().objects.count(), Membership.objects.count()) == before
    assert browser.get(f"{provider['site']}/", allow_redirects=False, timeout=30).status_code == 302  # still out


@pytest.mark.django_db(transaction=True)
def test_a_superuser_is_never_reached_through_single_sign_on(provider):
    browser, landed = single_sign_on(provider, "idp.root")
    assert landed.url.startswith(f"{provider['site']}/dang-nhap/")
    assert browser.get(f"{provider['site']}/", allow_redirects=False, timeout=30).status_code == 302


@pytest.mark.django_db(transaction=True)
def test_local_accounts_keep_working_beside_single_sign_on(provider):
    browser = requests.Session()
    response = csrf_post(browser, f"{provider['site']}/dang-nhap/", {"username": "gd", "password": PASSWORD})
    assert response.status_code == 200 and response.url == f"{provider['site']}/"


def test_no_button_and_no_route_when_not_configured(client, db):
    page = client.get(reverse("login")).content.decode()
    assert "Đăng nhập một lần" not in page
    assert client.get(reverse("sso_start")).status_code == 404
    assert client.get(reverse("sso_callback")).status_code == 404
