"""Reusable form widgets.

`SearchableSelectMultiple`: a many-to-many choice (units, people) as a list of checkboxes with a search box above
it. Server-rendered; a small local script (`core/static/core/searchable-multiselect.js`, no inline script, so it
works under a strict Content-Security-Policy) shows the search box, filters the options as the user types and
sums up what is chosen. Without the script it is a plain checkbox list, so the form still works.

Search follows the marks a user typed: "khoa hoc" finds "Khoa học", "khoa học" finds only "khoa học".
"""
from django import forms


class SearchableSelectMultiple(forms.CheckboxSelectMultiple):
    template_name = "core/widgets/searchable_select_multiple.html"

    def __init__(self, attrs=None, choices=(), placeholder: str = "Gõ để tìm…"):
        super().__init__(attrs=attrs, choices=choices)
        self.placeholder = placeholder

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["placeholder"] = self.placeholder
        return context
