"""`{% worklog_quick_form unit %}`: the quick form and the latest entries of a unit, on the unit's page."""
from django import template

from core.permissions import ADD, can

from ..forms import QuickEntryForm
from ..models import WorkLogEntry
from ..selectors import entries

register = template.Library()
LATEST = 5


@register.inclusion_tag("worklog/_quick_form.html", takes_context=True)
def worklog_quick_form(context, unit):
    request = context["request"]
    membership = getattr(request, "membership", None)
    if membership is None or unit.organisation_id != membership.organisation_id:
        return {"show": False}
    probe = WorkLogEntry(organisation_id=unit.organisation_id, unit=unit)
    form = None
    if can(membership, ADD, probe):
        form = QuickEntryForm(membership=membership, initial={"unit": unit.pk})
    latest = entries(organisation=membership.organisation, membership=membership).filter(unit=unit)[:LATEST]
    return {"show": True, "form": form, "unit": unit, "latest": latest, "next": request.get_full_path()}
