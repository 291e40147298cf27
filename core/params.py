"""Reading numbers from the query string and forms: one place for the bounds and the Vietnamese messages.

A bad value raises `BadParameter` (a Django `BadRequest`): screens answer 400 with the message
(`core.middleware.BadParameterMiddleware`), the API answers 400 JSON (`core.api.exceptions`). Never a 500.
"""
from __future__ import annotations

from django import forms
from django.core.exceptions import BadRequest
from django.core.validators import MaxValueValidator, MinValueValidator

YEAR_MIN, YEAR_MAX = 1900, 2100
YEAR_MESSAGE = f"Năm không hợp lệ: hãy nhập một năm từ {YEAR_MIN} đến {YEAR_MAX}."
ID_MESSAGE = "Mã bản ghi không hợp lệ: phải là một số nguyên dương."
MAX_ID = 2**63 - 1  # BigAutoField; larger numbers overflow the database driver


class BadParameter(BadRequest):
    """A query parameter that cannot be used; `str(exc)` is the Vietnamese message shown to the user."""


def parse_int(value, default=None, *, minimum: int | None = None, maximum: int | None = None,
              message: str = "Giá trị không hợp lệ: phải là một số nguyên.") -> int | None:
    """An integer from a query parameter; empty → `default`; anything else out of bounds → `BadParameter`."""
    if value is None or str(value).strip() == "":
        return default
    text = str(value).strip()
    if not (text.isdigit() or (text.startswith("-") and text[1:].isdigit())) or len(text) > 20:
        raise BadParameter(message)
    number = int(text)
    if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
        raise BadParameter(message)
    return number


def parse_year(value, default=None) -> int | None:
    """The one year parser: every `?year=`, `?start_year=` … read outside a form goes through it."""
    return parse_int(value, default, minimum=YEAR_MIN, maximum=YEAR_MAX, message=YEAR_MESSAGE)


def parse_id(value, default=None) -> int | None:
    """A primary key from the query string or a URL (`?unit=abc` → 400, not a 500)."""
    return parse_int(value, default, minimum=1, maximum=MAX_ID, message=ID_MESSAGE)


def year_validators():
    return [MinValueValidator(YEAR_MIN, YEAR_MESSAGE), MaxValueValidator(YEAR_MAX, YEAR_MESSAGE)]


def is_year_name(name: str) -> bool:
    """Fields and filters named like a year (`year`, `start_year`, `meeting_year`, `budget_year`)."""
    return name == "year" or name.endswith("_year")


class YearField(forms.IntegerField):
    """A year typed in a form or a filter: 1900–2100, with a Vietnamese message."""

    default_error_messages = {"invalid": YEAR_MESSAGE, "min_value": YEAR_MESSAGE, "max_value": YEAR_MESSAGE}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", YEAR_MIN)
        kwargs.setdefault("max_value", YEAR_MAX)
        kwargs.pop("step_size", None)
        super().__init__(*args, **kwargs)
        self.localize = False  # "2026", not "2.026"

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        attrs.pop("step", None)
        return attrs


def bound_year_field(field: forms.Field) -> None:
    """Give an existing integer form field the year bounds and message (used by core's base forms)."""
    field.min_value, field.max_value = YEAR_MIN, YEAR_MAX
    field.validators = [v for v in field.validators if not isinstance(v, (MinValueValidator, MaxValueValidator))]
    field.validators += year_validators()
    field.error_messages.update(YearField.default_error_messages)
    field.widget.attrs.update({"min": YEAR_MIN, "max": YEAR_MAX})


def safe_next(request, fallback: str) -> str:
    """The `next` a form sent back (POST, then GET), if it stays on this site; otherwise `fallback`.
    `//evil.example`, `https://evil.example/`, `javascript:` … all fall back (Django's allowed-host check)."""
    from django.utils.http import url_has_allowed_host_and_scheme

    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(candidate, allowed_hosts={request.get_host()},
                                                     require_https=request.is_secure()):
        return candidate
    return fallback
