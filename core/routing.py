"""URL helpers shared by the domain apps."""
from django.urls import path


def crud_urls(prefix: str, name: str, *, list_view, detail_view, edit_view, delete_view=None, history_view=None):
    """list, add, detail, edit, delete and history URLs named `<name>_<action>` (STYLE.md)."""
    patterns = [
        path(f"{prefix}/", list_view.as_view(), name=f"{name}_list"),
        path(f"{prefix}/them/", edit_view.as_view(), name=f"{name}_add"),
        path(f"{prefix}/<int:pk>/", detail_view.as_view(), name=f"{name}_detail"),
        path(f"{prefix}/<int:pk>/sua/", edit_view.as_view(), name=f"{name}_edit"),
    ]
    if delete_view is not None:
        patterns.append(path(f"{prefix}/<int:pk>/xoa/", delete_view.as_view(), name=f"{name}_delete"))
    if history_view is not None:
        patterns.append(path(f"{prefix}/<int:pk>/lich-su/", history_view.as_view(), name=f"{name}_history"))
    return patterns
