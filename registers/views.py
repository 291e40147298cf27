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
