"""ModelForms of the registers, generated from `registry.REGISTERS` (`RadiationLicenceForm`, …)."""
from django import forms
from django.core.exceptions import ValidationError

from core.forms import OrganisationModelForm

from .registry import REGISTERS
from .services import _check_same_organisation, _check_unique


class FacilitySelect(forms.Select):
    """The facility select with a "Thêm cơ sở mới" button: htmx loads a short facility form in place, saves it
    through the service and swaps the select back in with the new facility chosen (no inline script: strict CSP).
    Without JavaScript the link opens the facility form on its own page."""

    template_name = "registers/forms/facility_select.html"

    def __init__(self, *args, form_name: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.form_name = form_name

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["form_name"] = self.form_name
        context["saved"] = getattr(self, "saved", "")
        return context


class RegisterRecordForm(OrganisationModelForm):
    """Base form: the member's unit is the default owner; duplicates are reported on the field."""

    def __init__(self, *args, membership, **kwargs):
        super().__init__(*args, membership=membership, **kwargs)
        self._offer_new_facility(membership)
        unit_field = self.fields.get("unit")
        if unit_field is not None and not self.instance.pk and getattr(membership, "unit_id", None):
            if unit_field.queryset.filter(pk=membership.unit_id).exists():
                self.initial.setdefault("unit", membership.unit_id)
        for field in self.fields.values():
            if isinstance(field.widget, forms.Textarea):
                field.widget.attrs.setdefault("rows", 3)

    def _offer_new_facility(self, membership):
        from core.permissions import ADD, can

        from .models import RadiationFacility

        field = self.fields.get("facility")
        if not isinstance(field, forms.ModelChoiceField) or field.queryset.model is not RadiationFacility:
            return
        if not can(membership, ADD, RadiationFacility):
            return
        widget = FacilitySelect(attrs=field.widget.attrs, form_name=self._meta.model._meta.model_name)
        widget.choices = field.choices
        widget.is_required = field.required
        field.widget = widget

    def _post_clean(self):
        super()._post_clean()
        for check in (_check_same_organisation, _check_unique):
            try:
                check(self.instance)
            except ValidationError as exc:
                self._update_errors(exc)


def build_form(register):
    meta = type("Meta", (), {"model": register.model, "fields": list(register.form_fields)})
    return type(f"{register.name}Form", (RegisterRecordForm,), {"Meta": meta, "__module__": __name__})


FORMS = {register.model: build_form(register) for register in REGISTERS}
globals().update({cls.__name__: cls for cls in FORMS.values()})
