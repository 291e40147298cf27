"""One gate (issue 10): every write of a screen or the API goes through the entity's service. Checked on the routed
classes themselves, so a new edit view or viewset that saves directly fails here."""
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import URLResolver, get_resolver
from rest_framework import mixins

from core.views.generic import ObjectEditView

LIBRARY = ("rest_framework.", "django.")
#: core's bases: they only wrap (transaction, If-Match) or refuse; they never save
BASES = ("core.api.viewsets", "core.views.generic")


def _patterns(resolver=None):
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern)
        else:
            yield pattern


def _owner(cls, name):
    return next(klass for klass in cls.__mro__ if name in klass.__dict__).__module__


def _own(cls, *names) -> bool:
    """Does a project class (not a library's, not core's bases) define one of `names`?"""
    return any(not _owner(cls, name).startswith(LIBRARY + BASES) for name in names if hasattr(cls, name))


def routed(kind):
    seen = []
    for pattern in _patterns():
        cls = getattr(pattern.callback, "cls" if kind == "api" else "view_class", None)
        if cls is not None and cls not in seen:
            seen.append(cls)
    return seen


def test_every_api_write_goes_through_a_service():
    writers = [cls for cls in routed("api") if issubclass(cls, (mixins.CreateModelMixin, mixins.UpdateModelMixin))]
    assert len(writers) >= 30  # units, directives, science tasks, registers, work log, reports
    direct = []
    for cls in writers:
        if issubclass(cls, mixins.CreateModelMixin) and not _own(cls, "create", "perform_create"):
            direct.append(f"{cls.__module__}.{cls.__name__}: create")
        if issubclass(cls, mixins.UpdateModelMixin) and not _own(cls, "perform_update", "partial_update"):
            direct.append(f"{cls.__module__}.{cls.__name__}: update")
    assert direct == []


def test_every_edit_screen_goes_through_a_service():
    views = [cls for cls in routed("web") if issubclass(cls, ObjectEditView)]
    assert len(views) >= 25
    direct = [f"{cls.__module__}.{cls.__name__}" for cls in views
              if not _own(cls, "save") and not _own(cls.form_class, "save")]  # MembershipForm.save calls its service
    assert direct == []


def test_the_base_viewset_refuses_to_save_without_a_service():
    from core.api.viewsets import OrganisationScopedViewSet

    with pytest.raises(ImproperlyConfigured):
        OrganisationScopedViewSet().perform_create(serializer=None)
    with pytest.raises(ImproperlyConfigured):
        OrganisationScopedViewSet().perform_update(serializer=None)
