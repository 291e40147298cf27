from django.urls import path

from core.routing import crud_urls
from directives import views

app_name = "directives"

urlpatterns = [
    path("cua-toi/", views.MyTaskListView.as_view(), name="my_tasks"),
    path("don-vi/", views.UnitTaskListView.as_view(), name="unit_tasks"),
    path("lich/", views.DeadlineCalendarView.as_view(), name="calendar"),
    path("tong-hop/", views.SummaryView.as_view(), name="summary"),
    path("nhap/", views.DirectiveImportView.as_view(), name="import"),
    path("nhiem-vu/thao-tac-nhieu/", views.BulkActionView.as_view(), name="bulk"),
    path("nhiem-vu/<int:pk>/thao-tac/<slug:action>/", views.TaskActionView.as_view(), name="task_action"),
    *crud_urls("nhiem-vu", "assignedtask", list_view=views.AssignedTaskListView,
               detail_view=views.AssignedTaskDetailView, edit_view=views.AssignedTaskEditView,
               delete_view=views.AssignedTaskDeleteView, history_view=views.AssignedTaskHistoryView),
    *crud_urls("van-ban", "sourcedocument", list_view=views.SourceDocumentListView,
               detail_view=views.SourceDocumentDetailView, edit_view=views.SourceDocumentEditView,
               delete_view=views.SourceDocumentDeleteView, history_view=views.SourceDocumentHistoryView),
    *crud_urls("giao-ban", "briefing", list_view=views.BriefingListView, detail_view=views.BriefingDetailView,
               edit_view=views.BriefingEditView, delete_view=views.BriefingDeleteView,
               history_view=views.BriefingHistoryView),
    path("giao-ban/<int:pk>/thong-bao.docx", views.MeetingNoticeDocxView.as_view(), name="meeting_notice_docx"),
    path("giao-ban/<int:pk>/them/<slug:action>/", views.BriefingActionView.as_view(), name="briefing_action"),
]
