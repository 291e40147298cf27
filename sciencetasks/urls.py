from django.urls import path

from core.routing import crud_urls

from . import views

app_name = "sciencetasks"

urlpatterns = [
    path("", views.ScienceTaskListView.as_view(), name="index"),
    path("bang/", views.BoardView.as_view(), name="board"),
    path("so-lieu/", views.YearStatsView.as_view(), name="year_stats"),
    path("nhap/", views.ScienceTaskImportView.as_view(), name="sciencetask_import"),
    path("nhiem-vu/<int:pk>/buoc/", views.StepCreateView.as_view(), name="step_add"),
    path("nhiem-vu/<int:pk>/buoc/bieu-mau/", views.StepCreateView.as_view(), name="step_form"),
    path("nhiem-vu/<int:pk>/kinh-phi/", views.MoneyCreateView.as_view(), name="money_add"),
    *crud_urls("nhiem-vu", "sciencetask", list_view=views.ScienceTaskListView, detail_view=views.ScienceTaskDetailView,
               edit_view=views.ScienceTaskEditView, delete_view=views.ScienceTaskDeleteView,
               history_view=views.ScienceTaskHistoryView),
    path("hoi-dong/<int:pk>/thanh-vien/", views.CouncilMemberAddView.as_view(), name="council_member_add"),
    path("hoi-dong/<int:pk>/thanh-vien/<int:member_pk>/diem/", views.CouncilMemberScoreView.as_view(),
         name="council_member_score"),
    path("hoi-dong/<int:pk>/ket-luan/", views.CouncilConcludeView.as_view(), name="council_conclude"),
    *crud_urls("hoi-dong", "council", list_view=views.CouncilListView, detail_view=views.CouncilDetailView,
               edit_view=views.CouncilEditView, delete_view=views.CouncilDeleteView, history_view=views.CouncilHistoryView),
]
