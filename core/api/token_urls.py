from django.urls import path

from .tokens import TokenDetailView, TokenView

urlpatterns = [
    path("", TokenView.as_view(), name="api_token"),
    path("<str:token_id>/", TokenDetailView.as_view(), name="api_token_detail"),
]
