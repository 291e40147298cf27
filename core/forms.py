"""Base form for domain records: organisation set from the user, choices limited to the organisation."""
from django import forms
from django.utils import timezone

from core.models import OrganisationScopedModel, Unit
from core.params import bound_year_field, is_year_name
from core.money import use_money_fields
from core.permissions import UnitRecordPolicy, policy_for

DATE_FORMAT = "%d/%m/%Y"
INACTIVE_UNIT_MESSAGE = (
    "Đơn vị đã chọn không dùng được: đơn vị đã ngừng hoạt động, không thuộc tổ chức này hoặc nằm ngoài phạm vi "
    "của bạn. Hãy chọn một đơn vị đang hoạt động."
)
OTHER_ORGANISATION_MESSAGE = "Lựa chọn không hợp lệ: bản ghi này không tồn tại hoặc không thuộc tổ chức của bạn."


class VietnameseDateInput(forms.DateInput):
    """dd/mm/yyyy typed as text: predictable whatever the browser's language."""

    def __init__(self, attrs=None):
        attrs = {"placeholder": "dd/mm/yyyy", "class": "form-control vn-date", "autocomplete": "off", **(attrs or {})}
        super().__init__(attrs=attrs, format=DATE_FORMAT)


def style_fields(form):
    for field in form.fields.values():
        widget = field.widget
        if isinstance(widget, forms.DateInput) and not isinstance(widget, VietnameseDateInput):
            field.widget = VietnameseDateInput(attrs=widget.attrs)
            field.input_formats = [DATE_FORMAT, "%Y-%m-%d"]
            widget = field.widget
        css = "form-check-input" if isinstance(widget, forms.CheckboxInput) else (
            "form-select" if isinstance(widget, forms.Select) and not isinstance(widget, forms.SelectMultiple) else "form-control"
        )
        if isinstance(widget, forms.CheckboxSelectMultiple):
            continue
        widget.attrs.setdefault("class", css)


class OrganisationModelForm(forms.ModelForm):
    """A ModelForm for an `OrganisationScopedModel`.

    - the organisation comes from the user's membership, never from the request data;
    - every foreign key to an organisation-scoped model offers only the organisation's rows;
    - units offered for new work are the active ones (the current value stays selectable);
    - staff who are not leaders may only choose their own units for the owning unit.
    """

    def __init__(self, *args, membership, **kwargs):
        self.membership = membership
        super().__init__(*args, **kwargs)
        if not self.instance.pk:
            self.instance.organisation = membership.organisation
        today = timezone.localdate()
        policy = policy_for(self._meta.model)
        owner_field = policy.unit_lookup if isinstance(policy, UnitRecordPolicy) else None
        for name, field in self.fields.items():
            if isinstance(field, forms.IntegerField) and is_year_name(name):
                bound_year_field(field)  # start_year=99999 is refused with a message, like every year
            queryset = getattr(field, "queryset", None)
            if queryset is None or not issubclass(queryset.model, OrganisationScopedModel):
                continue
            queryset = queryset.filter(organisation=membership.organisation)
            if queryset.model is Unit:
                current = self.initial.get(name)
                current_ids = current if isinstance(current, (list, tuple)) else [current]
                current_ids = [getattr(c, "pk", c) for c in current_ids if c]
                queryset = queryset.filter(pk__in=Unit.objects.active_on_or_ids(today, current_ids))
                if name == owner_field and not membership.is_leader and not policy.all_writer_roles:
                    queryset = queryset.filter(pk__in=membership.scope_unit_ids() | set(current_ids))
                field.error_messages["invalid_choice"] = INACTIVE_UNIT_MESSAGE
                field.error_messages["invalid_pk_value"] = INACTIVE_UNIT_MESSAGE
            else:
                field.error_messages["invalid_choice"] = OTHER_ORGANISATION_MESSAGE
                field.error_messages["invalid_pk_value"] = OTHER_ORGANISATION_MESSAGE
            field.queryset = queryset
        use_money_fields(self)  # amounts typed and shown as 1.200.000.000 (core/money.py)
        style_fields(self)
