"""Screens of the registers: list, detail, form, delete, history and import for every register, generated
from `registry.REGISTERS` on the generic views of `core`; plus the period figures page."""
import datetime as dt

from django import forms
from django.views.generic import TemplateView

from core.figure_labels import figure_rows
from core.forms import VietnameseDateInput
from core.views.generic import (
    MembershipRequiredMixin, ObjectDeleteView, ObjectDetailView, ObjectEditView, ObjectHistoryView, ObjectListView,
)
from core.views.imports import ImportView

from .filtersets import FILTERSETS
from .forms import FORMS
from .importers import IMPORTERS
from .registry import GROUPS, REGISTERS
from .selectors import register_stats
from .services import register_record_delete, register_record_save
from .tables import TABLES


class RegisterListView(ObjectListView):
    template_name = "registers/record_list.html"
    register = None

    def optimise(self, queryset):
        return queryset.select_related("unit", *self.register.select_related)

    def get_context_data(self, **kwargs):
        from django.urls import reverse

        context = super().get_context_data(**kwargs)
        context["import_url"] = reverse(f"registers:{self.register.model_name}_import")
        return context


class RegisterDetailView(ObjectDetailView):
    register = None

    def get_queryset(self):
        return super().get_queryset().select_related("unit", *self.register.select_related)

    def get_template_names(self):
        names = super().get_template_names()
        return [*names[:-1], "registers/record_detail.html", names[-1]]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.model.__name__ == "RadiationIncident":
            context["timeline"] = self.object.events.order_by("happened_on", "id")
        if hasattr(self.object, "amount_in_words") and self.object.amount_in_words:
            context["amount_words"] = self.object.amount_in_words
        return context


class RegisterEditView(ObjectEditView):
    def get_initial(self):
        initial = super().get_initial()
        for name in ("incident", "facility", "procedure", "plan"):
            if name in self.request.GET:
                initial[name] = self.request.GET[name]
        return initial

    def save(self, form):
        return register_record_save(instance=form.save(commit=False), actor=self.membership)


class RegisterDeleteView(ObjectDeleteView):
    delete_service = register_record_delete


def build_views(register):
    model, name = register.model, register.name
    base = {"model": model, "register": register, "__module__": __name__}
    return {
        "list": type(f"{name}ListView", (RegisterListView,), {
            **base, "table_class": TABLES[model], "filterset_class": FILTERSETS[model]}),
        "detail": type(f"{name}DetailView", (RegisterDetailView,), base),
        "edit": type(f"{name}EditView", (RegisterEditView,), {**base, "form_class": FORMS[model]}),
        "delete": type(f"{name}DeleteView", (RegisterDeleteView,), base),
        "history": type(f"{name}HistoryView", (ObjectHistoryView,), base),
        "import": type(f"{name}ImportView", (ImportView,), {**base, "importer_class": IMPORTERS[model]}),
    }


VIEWS = {register.model: build_views(register) for register in REGISTERS}


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The monthly reporting period that contains `today`: the 15th of last month to the 14th of this one."""
    end = today.replace(day=14) if today.day <= 14 else (today.replace(day=28) + dt.timedelta(days=4)).replace(day=14)
    start = (end.replace(day=1) - dt.timedelta(days=1)).replace(day=15)
    return start, end


class PeriodForm(forms.Form):
    date_from = forms.DateField(label="Từ ngày", widget=VietnameseDateInput(), input_formats=["%d/%m/%Y", "%Y-%m-%d"])
    date_to = forms.DateField(label="Đến ngày", widget=VietnameseDateInput(), input_formats=["%d/%m/%Y", "%Y-%m-%d"])

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_to"] < data["date_from"]:
            raise forms.ValidationError("Ngày kết thúc phải sau ngày bắt đầu.")
        return data


class RegisterIndexView(MembershipRequiredMixin, TemplateView):
    """All registers, grouped, with the period figures computed by the same selectors as the reports."""

    template_name = "registers/index.html"

    def get_context_data(self, **kwargs):
        from django.utils import timezone

        context = super().get_context_data(**kwargs)
        start, end = default_period(timezone.localdate())
        form = PeriodForm(self.request.GET or {"date_from": start.strftime("%d/%m/%Y"), "date_to": end.strftime("%d/%m/%Y")})
        stats = None
        if form.is_valid():
            stats = register_stats(organisation=self.organisation, date_from=form.cleaned_data["date_from"],
                                   date_to=form.cleaned_data["date_to"], membership=self.membership)
        context.update(
            title="Sổ theo dõi quản lý nhà nước", form=form,
            figures=figure_rows("registers", stats or {}),
            groups=[(label, icon, [r for r in REGISTERS if r.group == key]) for key, (label, icon) in GROUPS.items()],
        )
        return context


class FacilityInlineView(MembershipRequiredMixin, TemplateView):
    """A new radiation facility added from another register's form (licence, device, certificate…) without leaving
    it: GET gives the short facility form (htmx), POST saves it through the service and answers the form's facility
    field with the new facility chosen; a mistake answers the short form again with its messages."""

    template_name = "registers/forms/facility_inline.html"

    def _host_form_class(self):
        from django.http import Http404

        from .registry import BY_NAME

        register = BY_NAME.get(self.request.GET.get("form") or self.request.POST.get("form") or "")
        if register is None or "facility" not in register.fields:
            raise Http404
        return FORMS[register.model], register.model_name

    def get(self, request, *args, **kwargs):
        from django.core.exceptions import PermissionDenied

        from core.permissions import ADD, FORBIDDEN_MESSAGE, can

        from .models import RadiationFacility

        if not can(self.membership, ADD, RadiationFacility):
            raise PermissionDenied(FORBIDDEN_MESSAGE)
        _, form_name = self._host_form_class()
        if request.GET.get("bo"):  # "Bỏ": close the short form
            from django.http import HttpResponse

            return HttpResponse("")
        form = FORMS[RadiationFacility](prefix="facility", membership=self.membership)
        return self.render_to_response({"form": form, "form_name": form_name})

    def post(self, request, *args, **kwargs):
        from django.core.exceptions import ValidationError
        from django.http import HttpResponse

        from core.views.generic import add_validation_error

        from .models import RadiationFacility

        from django.core.exceptions import PermissionDenied

        from core.permissions import ADD, FORBIDDEN_MESSAGE, can

        if not can(self.membership, ADD, RadiationFacility):
            raise PermissionDenied(FORBIDDEN_MESSAGE)
        host_form_class, form_name = self._host_form_class()
        form = FORMS[RadiationFacility](request.POST, prefix="facility", membership=self.membership)
        if form.is_valid():
            try:
                facility = register_record_save(instance=form.save(commit=False), actor=self.membership)
            except ValidationError as exc:
                add_validation_error(form, exc)
            else:
                host = host_form_class(membership=self.membership, initial={"facility": facility.pk})
                field = host["facility"]
                field.field.widget.saved = f"Đã thêm cơ sở «{facility.name}» và chọn cho biểu mẫu này."
                return HttpResponse(field.as_widget())
        response = self.render_to_response({"form": form, "form_name": form_name})
        response["HX-Retarget"] = "#facility-inline"
        response["HX-Reswap"] = "innerHTML"
        return response

