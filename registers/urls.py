from django.urls import path

from core.routing import crud_urls

from .registry import REGISTERS
from .views import VIEWS, FacilityInlineView, RegisterIndexView

app_name = "registers"

urlpatterns = [
    path("", RegisterIndexView.as_view(), name="index"),
    path("co-so-buc-xa/them-nhanh/", FacilityInlineView.as_view(), name="facility_inline"),
]
for register in REGISTERS:
    views = VIEWS[register.model]
    urlpatterns += crud_urls(
        register.slug, register.model_name, list_view=views["list"], detail_view=views["detail"],
        edit_view=views["edit"], delete_view=views["delete"], history_view=views["history"],
    )
    urlpatterns.append(path(f"{register.slug}/nhap/", views["import"].as_view(), name=f"{register.model_name}_import"))
