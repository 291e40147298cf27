"""Template filters for Vietnamese conventions (loaded as a builtin in every template)."""
from django import template

from core import formatting
from core.permissions import can as can_do

register = template.Library()


@register.filter
def vn_date(value):
    """dd/mm/yyyy from a date, or from an ISO text ("2024-07-30") such as extracted or stored JSON data keeps."""
    if isinstance(value, str):
        return formatting.format_iso_date(value)
    return formatting.format_date(value)


@register.filter
def vn_datetime(value):
    return formatting.format_datetime(value)


@register.filter
def vn_number(value, decimals=0):
    try:
        return formatting.format_number(value, int(decimals))
    except (TypeError, ValueError):
        return value


@register.filter
def vn_count(value):
    return formatting.format_count(value)


@register.filter
def vn_amount(value):
    return formatting.format_amount(value)


@register.filter
def amount_words(value):
    return formatting.amount_in_words(value) if value is not None else ""


@register.simple_tag(takes_context=True)
def can(context, action, obj):
    """{% can "change" object as may_edit %}"""
    request = context.get("request")
    return can_do(getattr(request, "membership", None), action, obj)


@register.filter
def verbose_name(obj):
    return obj._meta.verbose_name


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.filter
def vn_year(value):
    """2025, never the localised 2.025 a bare {{ year }} prints."""
    try:
        return formatting.format_year(value)
    except (TypeError, ValueError):
        return value
