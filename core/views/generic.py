"""Reusable screens: list (filters, search, sort, pagination, CSV/XLSX export), detail, form, delete, history.

Every domain app builds its screens from these, so permissions, audit and Vietnamese conventions hold
everywhere. A view never queries `Model.objects.all()`: it goes through `restrict()`.
"""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import DetailView, TemplateView
from django.views.generic.edit import DeleteView, FormView
from django_filters.views import FilterView
from django_tables2 import SingleTableMixin
from django_tables2.export import ExportMixin

from core.audit import history_entries
from core.exports import SafeTableExport
from core.permissions import ADD, CHANGE, DELETE, FORBIDDEN_MESSAGE, VIEW, can


class MembershipRequiredMixin(LoginRequiredMixin):
    """Logged in and a member of an organisation; exposes `self.membership`."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        if getattr(request, "membership", None) is None:
            raise PermissionDenied(_("Tài khoản của bạn chưa được gán vào tổ chức nào. Vui lòng liên hệ quản trị hệ thống."))
        return super().dispatch(request, *args, **kwargs)

    @classmethod
    def may_open(cls, membership) -> bool:
        """May `membership` open this page (without a pk)? The menu asks the view the same question its own
        dispatch answers, so it never offers a page that answers 403."""
        return membership is not None

    @property
    def membership(self):
        return self.request.membership

    @property
    def organisation(self):
        return self.request.membership.organisation


class ModelMetaMixin:
    model = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["opts"] = self.model._meta
        context["may_add"] = can(self.membership, ADD, self.model)
        context["url_names"] = self.url_names()
        return context

    @classmethod
    def url_names(cls) -> dict[str, str]:
        """`app:model_list`, `app:model_add` … derived from the model, as STYLE.md names them."""
        meta = cls.model._meta
        base = f"{meta.app_label}:{meta.model_name}"
        return {action: f"{base}_{action}" for action in ("list", "add", "detail", "edit", "delete", "history")}


class ObjectListView(MembershipRequiredMixin, ModelMetaMixin, ExportMixin, SingleTableMixin, FilterView):
    template_name = "core/object_list.html"
    paginate_by = 25
    export_formats = ("csv", "xlsx")
    export_trigger_param = "export"
    export_class = SafeTableExport  # no cell of an export runs as a formula
    title: str | None = None

    def get_queryset(self):
        queryset = self.model.objects.restrict(self.membership, VIEW)
        query = self.request.GET.get("q")
        if query and hasattr(self.model, "search_text"):
            queryset = queryset.search(query)
        return self.optimise(queryset)

    def optimise(self, queryset):
        return queryset

    max_per_page = 1000

    def get_table_pagination(self, table):
        """`?per_page=` between 1 and `max_per_page`; anything else is a Vietnamese 400 (core.params)."""
        from core.params import parse_int

        paginate = super().get_table_pagination(table)
        parse_int(self.request.GET.get(table.prefixed_per_page_field), minimum=1, maximum=self.max_per_page,
                  message=_("Số dòng mỗi trang không hợp lệ: hãy chọn từ 1 đến %(max)d.") % {"max": self.max_per_page})
        return paginate

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.filterset.is_bound and not self.filterset.is_valid():
            response.status_code = 400  # the page shows the filter's Vietnamese message beside the field
        return response

    def paginate_queryset(self, queryset, page_size):
        """The table paginates (and counts) the rows; ListView's own pagination would count them a second time.
        An out-of-range page shows the last page (django-tables2) instead of a 404."""
        return None, None, queryset, False

    def import_url(self) -> str | None:
        """The register's import screen, when it has one (`<app>:<model>_import`)."""
        from django.urls import NoReverseMatch

        try:
            return reverse(f"{self.model._meta.app_label}:{self.model._meta.model_name}_import")
        except NoReverseMatch:
            return None

    def get_filterset_kwargs(self, filterset_class):
        kwargs = super().get_filterset_kwargs(filterset_class)
        kwargs["request"] = self.request
        return kwargs

    def get_export_filename(self, export_format):
        return f"{self.model._meta.model_name}.{export_format}"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = self.title or self.model._meta.verbose_name_plural.capitalize()
        context["import_url"] = self.import_url() if context["may_add"] else None
        context["query"] = self.request.GET.get("q", "")
        params = self.request.GET.copy()
        params.pop("page", None)
        params.pop(self.export_trigger_param, None)
        context["export_query"] = params.urlencode()
        return context


class ObjectMixin(MembershipRequiredMixin, ModelMetaMixin):
    """Fetch one object the user may see; another organisation's object is simply "not found"."""

    required_action = VIEW

    def get_queryset(self):
        return self.model.objects.restrict(self.membership, VIEW)

    def get_object(self, queryset=None):
        obj = get_object_or_404(queryset if queryset is not None else self.get_queryset(), pk=self.kwargs["pk"])
        if not can(self.membership, self.required_action, obj):
            raise PermissionDenied(FORBIDDEN_MESSAGE)
        return obj


class ObjectDetailView(ObjectMixin, DetailView):
    template_name = "core/object_detail.html"
    detail_fields: tuple[str, ...] | None = None

    def get_template_names(self):
        meta = self.model._meta
        return [f"{meta.app_label}/{meta.model_name}_detail.html", self.template_name]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["may_change"] = can(self.membership, CHANGE, self.object)
        context["may_delete"] = can(self.membership, DELETE, self.object)
        context["field_rows"] = field_rows(self.object, self.detail_fields)
        context.setdefault("title", object_title(self.object))
        return context


def object_title(obj, action: str = "") -> str:
    """The browser tab's title for one record: "Giấy phép bức xạ: 99/GP-SKHCN-MH", "Xóa …", "Lịch sử …"."""
    from django.utils.text import Truncator

    name = f"{obj._meta.verbose_name.capitalize()}: {Truncator(str(obj)).chars(70)}"
    return f"{action} {name[0].lower()}{name[1:]}" if action else name


def field_rows(obj, names=None):
    """(label, display value) for the detail page."""
    rows = []
    for field in obj._meta.fields:
        if names is None and (not field.editable or field.name in {"id", "organisation"}):
            continue
        if names is not None and field.name not in names:
            continue
        rows.append((field.verbose_name, display_value(obj, field)))
    for field in obj._meta.many_to_many:
        if (names is None or field.name in names) and obj.pk:
            rows.append((field.verbose_name, ", ".join(str(o) for o in getattr(obj, field.name).all())))
    return rows


def display_value(obj, field):
    from core.formatting import format_date, format_datetime, format_number, format_year, is_year_field
    import datetime as dt
    from decimal import Decimal

    if field.choices:
        return getattr(obj, f"get_{field.name}_display")()
    value = getattr(obj, field.name)
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return _("Có") if value else _("Không")
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, int) and is_year_field(field):
        return format_year(value)
    if isinstance(value, (int, Decimal)) and not field.is_relation:
        return format_number(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):  # {"2023": 500000000} → 2023: 500.000.000 (never a dict dump on a page)
        return "; ".join(f"{k}: {format_number(v) if isinstance(v, (int, Decimal)) else v}" for k, v in value.items())
    return str(value)


class ObjectEditView(ObjectMixin, FormView):
    """Create (no pk) or update (pk). Subclasses write through a service by overriding `save()`."""

    template_name = "core/object_form.html"
    form_class = None
    success_message = _("Đã lưu.")
    #: optimistic concurrency: "record" refuses a save when anything of the record changed since the form was
    #: opened; "form_fields" only when a field this form edits changed (follow-up actions elsewhere do not count)
    stale_when = "record"

    def dispatch(self, request, *args, **kwargs):
        self.object = None
        return super().dispatch(request, *args, **kwargs)

    def setup_object(self):
        if "pk" in self.kwargs:
            self.required_action = CHANGE
            self.object = self.get_object()
        elif not self.may_open(self.membership):
            raise PermissionDenied(FORBIDDEN_MESSAGE)

    @classmethod
    def may_open(cls, membership) -> bool:
        return membership is not None and can(membership, ADD, cls.model)

    def get(self, request, *args, **kwargs):
        self.setup_object()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.setup_object()
        return super().post(request, *args, **kwargs)

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["membership"] = self.membership
        kwargs["instance"] = self.object
        return kwargs

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if self.object is not None:
            # optimistic concurrency (core/concurrency.py): the version the form was opened at
            from django import forms

            from core.concurrency import VERSION_FIELD, form_token

            form.fields[VERSION_FIELD] = forms.CharField(widget=forms.HiddenInput, required=False,
                                                         initial=form_token(self.object))
        return form

    def save(self, form):
        return form.save()

    def check_version(self, form):
        """Refuse a save made on a stale version; the re-rendered form then carries the current version."""
        from core.concurrency import VERSION_FIELD, check_form_version, form_token

        if self.object is None or VERSION_FIELD not in form.fields:
            return
        form.cleaned_data.pop(VERSION_FIELD, None)  # not a field of the record: services never see it
        try:
            fields = set(form.fields) if self.stale_when == "form_fields" else None
            check_form_version(form.data.get(VERSION_FIELD), self.object, fields=fields)
        except ValidationError:
            current = type(self.object)._base_manager.filter(pk=self.object.pk).first()
            if current is not None:
                form.data = form.data.copy()
                form.data[VERSION_FIELD] = form_token(current)
            raise

    def form_valid(self, form):
        adding = form.instance.pk is None
        try:
            with transaction.atomic():
                self.check_version(form)
                obj = self.save(form)
                if form.instance.pk and not can(self.membership, CHANGE, obj):
                    # e.g. a staff member moved the record to a unit they do not own
                    transaction.set_rollback(True)
                    raise PermissionDenied(FORBIDDEN_MESSAGE)
        except ValidationError as exc:
            # a rule checked by the service: shown beside its field (or above the form), nothing saved
            add_validation_error(form, exc)
            if adding:
                form.instance.pk = None
                form.instance._state.adding = True
            return self.form_invalid(form)
        messages.success(self.request, self.success_message)
        return HttpResponseRedirect(self.get_success_url(obj))

    def get_success_url(self, obj=None):
        if obj is not None and hasattr(obj, "get_absolute_url"):
            return obj.get_absolute_url()
        return reverse(self.url_names()["list"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["object"] = self.object
        context["title"] = (
            _("Sửa %(name)s") % {"name": self.model._meta.verbose_name}
            if self.object
            else _("Thêm %(name)s") % {"name": self.model._meta.verbose_name}
        )
        return context


def add_validation_error(form, exc: ValidationError) -> None:
    """Show a service's ValidationError beside its field, or above the form."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc)


class ObjectDeleteView(ObjectMixin, DeleteView):
    template_name = "core/object_confirm_delete.html"
    required_action = DELETE

    #: the entity's `<entity>_delete(*, actor, obj)` service; default `core.deletion.object_delete`
    delete_service = None

    def form_valid(self, form):
        from django.db.models import ProtectedError

        from core.deletion import delete_service_of

        try:
            with transaction.atomic():
                delete_service_of(self)(actor=self.membership, obj=self.object)
        except ProtectedError as exc:
            from core.errors import protected_reason

            messages.error(self.request, protected_reason(exc))
            return HttpResponseRedirect(self.object.get_absolute_url())
        messages.success(self.request, _("Đã xóa."))
        return HttpResponseRedirect(reverse(self.url_names()["list"]))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("title", object_title(self.object, "Xóa"))
        return context


class ObjectHistoryView(MembershipRequiredMixin, ModelMetaMixin, TemplateView):
    """Who changed what and when, old → new; still readable after the object is deleted."""

    template_name = "core/object_history.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        records = self.model.history.filter(id=self.kwargs["pk"], organisation_id=self.organisation.pk)
        if not records.exists():
            raise Http404
        latest = records.first()
        live = self.model.objects.filter(pk=self.kwargs["pk"]).first()
        if live is not None and not can(self.membership, VIEW, live):
            raise PermissionDenied(FORBIDDEN_MESSAGE)
        context["object"] = live
        context["label"] = str(live) if live else str(latest.instance)
        context.setdefault("title", object_title(live or latest.instance, "Lịch sử thay đổi"))
        context["entries"] = history_entries(records)
        return context
