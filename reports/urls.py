from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("", views.ReportListView.as_view(), name="report_list"),
    path("<int:pk>/", views.ReportDetailView.as_view(), name="report_detail"),
    path("<int:pk>/bien-tap/", views.ReportEditView.as_view(), name="report_edit"),
    path("<int:pk>/phan/<slug:key>/", views.SectionUpdateView.as_view(), name="section_update"),
    path("<int:pk>/thao-tac/<slug:action>/", views.ReportActionView.as_view(), name="report_action"),
    path("<int:pk>/tai-ve.<str:fmt>", views.ReportDownloadView.as_view(), name="report_download"),
    path("<int:pk>/so-lieu/<slug:key>/", views.FigureView.as_view(), name="figure"),
    path("<int:pk>/phien-ban/<int:number>/", views.VersionDiffView.as_view(), name="report_version"),
    path("<int:pk>/phien-ban/<int:number>/tai-ve.docx", views.VersionDownloadView.as_view(), name="version_download"),
    path("de-cuong/", views.OutlineListView.as_view(), name="outline_list"),
    path("de-cuong/<int:pk>/sua/", views.OutlineEditView.as_view(), name="outline_edit"),
    path("de-cuong/phien-ban/<int:pk>/", views.OutlineVersionView.as_view(), name="outline_version"),
    path("mau/", views.TemplateListView.as_view(), name="reporttemplate_list"),
    path("mau/mac-dinh.docx", views.DefaultTemplateView.as_view(), name="default_template"),
]
