"""Amounts of money (đồng) typed and shown as Vietnamese write them: 1.200.000.000.

`MoneyField` is the one form field for every amount: `OrganisationModelForm` gives it to each model field whose
label ends with "(đồng)" (an integer or a decimal without decimals), plain forms use it directly. It accepts
"1.200.000.000", "1200000000", "1 200 000 000" and "1.200.000.000 đồng", and shows the stored value with dots.
A localised number input would read the dots as decimals ("1.200.000.000" became "01.200000000").
"""
from __future__ import annotations

import re
from decimal import Decimal

from django import forms
from django.db import models

from core.formatting import format_number

_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")  # 1.200.000.000
_PLAIN = re.compile(r"\d+")
EXAMPLE = "1.200.000.000"


def is_money_field(model_field) -> bool:
    """The project's convention: an amount's label says its unit, "(đồng)"."""
    if not isinstance(model_field, (models.IntegerField, models.DecimalField)) or model_field.choices:
        return False
    if isinstance(model_field, models.DecimalField) and model_field.decimal_places:
        return False
    return str(model_field.verbose_name).rstrip().endswith("(đồng)")


def parse_money(value) -> int | None:
    """The amount in đồng, None for an empty value; ValueError with a Vietnamese message otherwise."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError("Số tiền không hợp lệ.")
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal):
        if value != value.to_integral_value():
            raise ValueError("Số tiền tính bằng đồng, không có phần lẻ.")
        return int(value)
    text = str(value).strip().lower()
    for unit in ("đồng", "vnđ", "vnd", "đ"):
        if text.endswith(unit):
            text = text[: -len(unit)].strip()
    text = re.sub(r"[\s\u00a0]+", "", text)
    if not text:
        return None
    negative = text.startswith("-")
    digits = text.lstrip("-")
    if _GROUPED.fullmatch(digits):
        number = int(digits.replace(".", ""))
    elif _PLAIN.fullmatch(digits):
        number = int(digits)
    elif re.fullmatch(r"\d+(,\d+)", digits) or re.fullmatch(r"[\d.]+,\d+", digits):
        raise ValueError("Số tiền tính bằng đồng, không có phần lẻ sau dấu phẩy.")
    else:
        raise ValueError(f"Số tiền “{value}” không đúng cách viết: nhập các chữ số, nhóm ba số cách nhau bằng dấu "
                         f"chấm, ví dụ {EXAMPLE}.")
    return -number if negative else number


class MoneyInput(forms.TextInput):
    """A text input (not type=number: the browser would localise it) that shows 1.200.000.000."""

    def __init__(self, attrs=None):
        attrs = {"inputmode": "numeric", "autocomplete": "off", "placeholder": EXAMPLE, "class": "form-control text-end",
                 "data-money": "", **(attrs or {})}
        super().__init__(attrs)

    def format_value(self, value):
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            return format_number(value)
        return super().format_value(value)


class MoneyField(forms.Field):
    widget = MoneyInput
    default_error_messages = {"negative": "Số tiền không được âm."}

    def __init__(self, *, allow_negative: bool = False, max_value: int | None = None, **kwargs):
        for name in ("max_digits", "decimal_places", "min_value", "step_size", "localize"):
            kwargs.pop(name, None)
        self.allow_negative, self.max_value = allow_negative, max_value
        super().__init__(**kwargs)

    def to_python(self, value):
        try:
            return parse_money(value)
        except ValueError as exc:
            raise forms.ValidationError(str(exc), code="invalid") from None

    def validate(self, value):
        super().validate(value)
        if value is not None and value < 0 and not self.allow_negative:
            raise forms.ValidationError(self.error_messages["negative"], code="negative")
        if value is not None and self.max_value is not None and value > self.max_value:
            raise forms.ValidationError(f"Số tiền không được vượt quá {format_number(self.max_value)} đồng.",
                                        code="max_value")

    def has_changed(self, initial, data):
        try:
            return parse_money(initial) != parse_money(data)
        except ValueError:
            return True

    @classmethod
    def for_model_field(cls, model_field, form_field) -> "MoneyField":
        """Replace the default form field of an amount, keeping its label, help text, requiredness and initial."""
        max_value = None
        if isinstance(model_field, models.DecimalField) and model_field.max_digits:
            max_value = 10 ** model_field.max_digits - 1
        elif isinstance(model_field, models.BigIntegerField):
            max_value = 2 ** 63 - 1
        return cls(label=form_field.label, help_text=form_field.help_text or f"Ví dụ: {EXAMPLE}",
                   required=form_field.required, initial=form_field.initial, max_value=max_value,
                   disabled=form_field.disabled)


def use_money_fields(form) -> None:
    """Give every amount of a ModelForm the money field (called by `OrganisationModelForm`)."""
    meta = form._meta.model._meta
    for name, field in list(form.fields.items()):
        try:
            model_field = meta.get_field(name)
        except Exception:
            continue
        if is_money_field(model_field) and not isinstance(field, MoneyField):
            form.fields[name] = MoneyField.for_model_field(model_field, field)
        elif isinstance(model_field, models.JSONField) and name.endswith("_by_year"):
            form.fields[name] = YearAmountsField(label=field.label, required=field.required, initial=field.initial)


class YearAmountsField(forms.Field):
    """Amounts per year ({"2023": 500000000} in the database) typed one year a line: "2023: 500.000.000"."""

    widget = forms.Textarea

    def __init__(self, **kwargs):
        for name in ("encoder", "decoder", "max_length"):
            kwargs.pop(name, None)
        kwargs.setdefault("help_text", "Mỗi năm một dòng, ví dụ: 2023: 500.000.000")
        super().__init__(**kwargs)
        self.widget.attrs.update({"rows": 3, "placeholder": "2023: 500.000.000\n2024: 300.000.000"})

    def prepare_value(self, value):
        if isinstance(value, dict):
            return "\n".join(f"{year}: {format_number(amount)}" for year, amount in value.items())
        return value

    def to_python(self, value):
        if isinstance(value, dict):
            return value
        result = {}
        for line in re.split(r"[\n;]+", str(value or "")):
            line = line.strip()
            if not line:
                continue
            match = re.fullmatch(r"(?:năm\s*)?(\d{4})\s*[:=\-–]\s*(.+)", line, re.I)
            if not match:
                raise forms.ValidationError(f"Dòng “{line}” không đúng dạng “năm: số tiền”, ví dụ 2023: 500.000.000.")
            try:
                amount = parse_money(match.group(2))
            except ValueError as exc:
                raise forms.ValidationError(f"Năm {match.group(1)}: {exc}") from None
            if match.group(1) in result:
                raise forms.ValidationError(f"Năm {match.group(1)} được nhập hai lần.")
            result[match.group(1)] = amount or 0
        return result

    def has_changed(self, initial, data):
        try:
            return (initial or {}) != self.to_python(data)
        except forms.ValidationError:
            return True
