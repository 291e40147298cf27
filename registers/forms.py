"""ModelForms of the registers, generated from `registry.REGISTERS` (`RadiationLicenceForm`, …)."""
from django import forms
from django.core.exceptions import ValidationError

from core.forms import OrganisationModelForm

from .registry import REGISTERS
from .services import _check_same_organisation, _check_unique


class RegisterRecordForm(OrganisationModelForm):
    """Base form: the member's unit is the default owner; duplicates are reported on the field."""

    def __init__(self, *args, membership, **kwargs):
        super().__init__(*args, membership=membership, **kwargs)
        unit_field = self.fields.get("unit")
        if unit_field is not None and not self.instance.pk and getattr(membership, "unit_id", None):
            if unit_field.queryset.filter(pk=membership.unit_id).exists():
                self.initial.setdefault("unit", membership.unit_id)
        for field in self.fields.values():
            if isinstance(field.widget, forms.Textarea):
                field.widget.attrs.setdefault("rows", 3)

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
