from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from core.registry import app_modules
from core.sso import sso_callback, sso_start
from core.views.auth import ApiTokenView, LoginView
from core.views.media import media_file
from core.views.screens import HomeView

router = DefaultRouter()
for routes in app_modules("api.routes"):
    for prefix, viewset, basename in routes.ROUTES:
        router.register(prefix, viewset, basename=basename)

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("dang-nhap/", LoginView.as_view(), name="login"),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("doi-mat-khau/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("doi-mat-khau/xong/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("tai-khoan/khoa-api/", ApiTokenView.as_view(), name="api_tokens"),
    path("dang-nhap-mot-lan/", sso_start, name="sso_start"),
    path("dang-nhap-mot-lan/callback/", sso_callback, name="sso_callback"),
    path("he-thong/", include("core.urls")),
    path("api/", include(router.urls)),
    path("api/auth/token/", include("core.api.token_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # Swagger UI from our own static files (drf-spectacular-sidecar: intranets are offline); its start script is a
    # separate file, so the site's CSP holds here too.
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="api_docs"),
    path("quan-tri/", admin.site.urls),
]

for app in settings.PROJECT_APPS[1:]:
    urlpatterns.append(path(f"{app}/", include(f"{app}.urls")))

# Uploaded files: only for members who may view the record that holds them (core/views/media.py).
urlpatterns.append(path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media_file, name="media_file"))
