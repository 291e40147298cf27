"""Screens of the foundation: home dashboard, organisation switcher, units, people."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from core.importers import UnitImporter
from core.filtersets import MembershipFilterSet, UnitFilterSet
from core.middleware import SESSION_KEY
from core.model_forms import MembershipForm, UnitForm
from core.models import Membership, Organisation, Unit
from core.params import safe_next
from core.permissions import memberships_of
from core.registry import app_modules
from core.queues import worklist
from core.tables import MembershipTable, UnitTable

from .imports import ImportView
from .generic import (
    MembershipRequiredMixin,
    ObjectDeleteView,
    ObjectDetailView,
    ObjectEditView,
    ObjectHistoryView,
    ObjectListView,
)


class HomeView(MembershipRequiredMixin, TemplateView):
    template_name = "core/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        widgets = []
        for module in app_modules("dashboard"):
            widgets.extend(module.widgets(self.request))
        context["widgets"] = sorted(widgets, key=lambda widget: widget.get("order", 100))
        context["queues"] = worklist(self.membership, timezone.localdate())
        return context


@login_required
@require_POST
def switch_organisation(request):
    target = request.POST.get("organisation")
    membership = memberships_of(request.user).filter(organisation_id=target).first()
    if membership is None:
        raise PermissionDenied("Bạn không thuộc tổ chức này.")
    request.session[SESSION_KEY] = membership.organisation_id
    messages.info(request, f"Đang làm việc với {membership.organisation}.")
    return HttpResponseRedirect(safe_next(request, reverse("home")))


class OrganisationView(MembershipRequiredMixin, TemplateView):
    template_name = "core/organisation_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        organisation = self.organisation
        context["organisation"] = organisation
        context["units"] = Unit.objects.restrict(self.membership).select_related("parent")
        context["predecessors"] = Organisation.objects.filter(superseded_by=organisation)
        return context


class UnitListView(ObjectListView):
    model = Unit
    table_class = UnitTable
    filterset_class = UnitFilterSet

    def optimise(self, queryset):
        return queryset.select_related("parent")


class UnitDetailView(ObjectDetailView):
    model = Unit

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["members"] = self.object.members.select_related("user").filter(is_active=True)
        return context


class UnitEditView(ObjectEditView):
    model = Unit
    form_class = UnitForm

    def save(self, form):
        from core.services import unit_save

        return unit_save(actor=self.membership, unit=form.save(commit=False))


class UnitImportView(ImportView):
    importer_class = UnitImporter
    model = Unit


class UnitDeleteView(ObjectDeleteView):
    model = Unit


class UnitHistoryView(ObjectHistoryView):
    model = Unit


class MembershipListView(ObjectListView):
    model = Membership
    table_class = MembershipTable
    filterset_class = MembershipFilterSet

    def optimise(self, queryset):
        return queryset.select_related("user", "unit")


class MembershipDetailView(ObjectDetailView):
    model = Membership
    detail_fields = ("user", "unit", "position", "roles", "units_in_charge", "is_active")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["field_rows"] = [
            ("Họ và tên", self.object.user.full_name),
            ("Tên đăng nhập", self.object.user.username),
            ("Thư điện tử", self.object.user.email),
            ("Đơn vị", self.object.unit or ""),
            ("Chức vụ", self.object.position),
            ("Vai trò", self.object.role_labels()),
            ("Đơn vị phụ trách", ", ".join(str(u) for u in self.object.units_in_charge.all())),
            ("Đang công tác", "Có" if self.object.is_active else "Không"),
        ]
        return context


class MembershipEditView(ObjectEditView):
    model = Membership
    form_class = MembershipForm


class MembershipDeleteView(ObjectDeleteView):
    model = Membership


class MembershipHistoryView(ObjectHistoryView):
    model = Membership
