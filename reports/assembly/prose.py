"""Prose in the seeds' words: sentences whose numbers are figure runs ("02" under ten, 1.234 otherwise, amounts
with words), enumerations, footnote lists; and the figures registry (key → label, value, records counted)."""
from __future__ import annotations

import re

from core.documents.layout import para, run
from core.formatting import amount_in_words, format_amount, format_count


def table_count(value: int) -> str:
    """Counts in the appendix tables, as seed 003 writes them: "58", "03", "0"."""
    return "0" if not value else format_count(value)


class Figures:
    """The figures of one report: key → label, value, records counted (for the web view's links).

    `records`: texts, or (text, url) pairs."""

    def __init__(self):
        self.items: dict[str, dict] = {}

    def add(self, key: str, label: str, value: int, records=()) -> str:
        rows = [{"text": r, "url": ""} if isinstance(r, str) else {"text": r[0], "url": r[1]} for r in records]
        self.items[key] = {"label": label, "value": value, "records": rows[:200]}
        return key


PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)(?::(amount))?\}")


def sentence(template: str, values: dict, figures: Figures, *, footnote: str | None = None,
             indent: bool = True) -> dict:
    """A paragraph from "… {instruments_verified} phương tiện đo …": every {key} becomes a figure run
    ("02" under ten, 1.234 otherwise); {key:amount} becomes "45.998.409 đồng (Bốn mươi … đồng)".
    A placeholder without a value is a programming error (KeyError), never a silent 0."""
    runs = []
    position = 0
    for match in PLACEHOLDER.finditer(template):
        if match.start() > position:
            runs.append(run(template[position:match.start()]))
        key, style = match.group(1), match.group(2)
        value = values[key]
        if style == "amount":
            runs.append(run(format_amount(value), figure=key))
            runs.append(run(f" ({amount_in_words(value)})"))
        else:
            runs.append(run(format_count(value) if value else "0", figure=key))
        position = match.end()
    if position < len(template):
        runs.append(run(template[position:]))
    if footnote:
        # the footnote mark goes after the last figure/text but before a final period
        last = runs[-1]
        if last["text"].endswith(".") and not last.get("figure"):
            last["text"] = last["text"][:-1]
            runs.append(run("", footnote=footnote))
            runs.append(run("."))
        else:
            runs.append(run("", footnote=footnote))
    return para(*runs, indent=indent)


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def joined(items) -> str:
    """ "a", "a và b", "a, b và c" (as the seeds enumerate)."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


def numbered(items) -> str:
    """ "(1) …; (2) …." as seed 004's footnotes list named records."""
    items = [str(item).strip().rstrip(".;") for item in items if item and str(item).strip()]
    return "; ".join(f"({index}) {item}" for index, item in enumerate(items, 1)) + "." if items else ""


def listing(items, limit: int = 40) -> str:
    items = [item for item in items if item]
    text = "; ".join(items[:limit])
    if len(items) > limit:
        text += f"; và {format_count(len(items) - limit)} trường hợp khác"
    return text + "." if text else ""


def small_count(text: str) -> str:
    """ "1" → "01" (counts under ten in report text); "1.000", "2,3" and words are left alone."""
    return format_count(int(text)) if text.isdigit() and int(text) < 10 else text


def narrative_blocks(text: str) -> list[dict]:
    """A unit's narrative: one paragraph per non-empty line."""
    return [para(line.strip()) for line in (text or "").splitlines() if line.strip()]
