from django.urls import path

from core.routing import crud_urls

from . import views

app_name = "worklog"

urlpatterns = [
    path("don-vi/<int:unit_pk>/ghi-nhanh/", views.QuickEntryView.as_view(), name="quick_entry"),
    path("nhap-bao-cao/", views.WorkLogImportView.as_view(), name="import"),
    *crud_urls("muc", "worklogentry", list_view=views.WorkLogEntryListView, detail_view=views.WorkLogEntryDetailView,
               edit_view=views.WorkLogEntryEditView, delete_view=views.WorkLogEntryDeleteView,
               history_view=views.WorkLogEntryHistoryView),
]
