from django.urls import path

from . import views

app_name = "docimport"

urlpatterns = [
    path("van-ban/", views.ImportedDocumentListView.as_view(), name="importeddocument_list"),
    path("tai-len/", views.UploadView.as_view(), name="importeddocument_add"),
    path("tai-len/bang-tinh/", views.SpreadsheetImportView.as_view(), name="spreadsheet_import"),
    path("van-ban/<int:pk>/", views.ReviewView.as_view(), name="importeddocument_detail"),
    path("van-ban/<int:pk>/ra-soat/", views.ReviewView.as_view(), name="importeddocument_edit"),
    path("van-ban/<int:pk>/xoa/", views.ImportedDocumentDeleteView.as_view(), name="importeddocument_delete"),
    path("van-ban/<int:pk>/trang/<int:page>/", views.PageImageView.as_view(), name="importeddocument_page"),
    path("van-ban/<int:pk>/lich-su/", views.ImportedDocumentHistoryView.as_view(), name="importeddocument_history"),
]
