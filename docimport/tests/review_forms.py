"""The review page's form as a browser would post it: every field with the value the page shows (tests override
the ones the reviewer changes)."""
from __future__ import annotations

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.fields: dict[str, list[str]] = {}
        self._select: str | None = None
        self._textarea: str | None = None
        self._text: list[str] = []

    def _add(self, name, value):
        self.fields.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.inside = True
        if not self.inside or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file", "search"):
            if attrs.get("type") in ("checkbox", "radio"):
                if "checked" in attrs:
                    self._add(name, attrs.get("value", "on"))
            else:
                self._add(name, attrs.get("value", ""))
        elif tag == "select" and name:
            self._select = name
            self.fields.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in attrs:
            self._add(self._select, attrs.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea, self._text = name, []

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea:
            # the HTML parser keeps the newline browsers drop right after <textarea>
            self._add(self._textarea, "".join(self._text).removeprefix("\n"))
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self._text.append(data)


def page_form(html: str, form_id: str = "review-form") -> dict[str, list[str]]:
    """name → values of the form as shown (checked boxes only, selected options, textarea text)."""
    reader = _FormReader(form_id)
    reader.feed(html)
    return {name: values for name, values in reader.fields.items() if values}


def with_changes(form: dict[str, list[str]], **changes) -> dict:
    """The posted data: `form` with fields replaced (a value None removes the field, e.g. an unticked box)."""
    data = dict(form)
    for name, value in changes.items():
        name = name.replace("__", "-")
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value if isinstance(value, list) else [value]
    return data


def management(count: int) -> dict[str, str]:
    """The formset's management form for a review of `count` tasks (for tests that post only a few fields)."""
    return {"task-TOTAL_FORMS": str(count), "task-INITIAL_FORMS": str(count), "task-MIN_NUM_FORMS": "0",
            "task-MAX_NUM_FORMS": str(count)}
