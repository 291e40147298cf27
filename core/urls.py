from django.urls import path

from core.routing import crud_urls
from core.views import calendar, jobs, screens, search

app_name = "core"

urlpatterns = [
    path("to-chuc/", screens.OrganisationView.as_view(), name="organisation"),
    path("tim-kiem/", search.SearchView.as_view(), name="search"),
    path("to-chuc/<int:pk>/", screens.OrganisationView.as_view(), name="organisation_detail"),
    path("to-chuc/chuyen/", screens.switch_organisation, name="switch_organisation"),
    path("cong-viec/", jobs.JobListView.as_view(), name="job_list"),
    path("lich/", calendar.CalendarView.as_view(), name="calendar"),
    path("lich/<str:token>.ics", calendar.feed, name="calendar_feed"),
    path("cong-viec/<int:pk>/", jobs.JobDetailView.as_view(), name="job_detail"),
    path("cong-viec/<int:pk>/tai-ve/", jobs.JobDownloadView.as_view(), name="job_download"),
    path("don-vi/nhap/", screens.UnitImportView.as_view(), name="unit_import"),
    *crud_urls(
        "don-vi", "unit", list_view=screens.UnitListView, detail_view=screens.UnitDetailView,
        edit_view=screens.UnitEditView, delete_view=screens.UnitDeleteView, history_view=screens.UnitHistoryView,
    ),
    *crud_urls(
        "can-bo", "membership", list_view=screens.MembershipListView, detail_view=screens.MembershipDetailView,
        edit_view=screens.MembershipEditView, delete_view=screens.MembershipDeleteView,
        history_view=screens.MembershipHistoryView,
    ),
]
