"""URLconf of the single sign-on test: the site, plus django-oauth-toolkit as the province's OIDC provider."""
from django.urls import include, path

from sokhcn.urls import urlpatterns as site

urlpatterns = [path("o/", include("oauth2_provider.urls", namespace="oauth2_provider")), *site]
