"""One registry of figure labels: what every figure a selector computes is called in Vietnamese.

The screens (`figure_rows`), the reports and the API's documentation (`describe`) read the same labels, so a figure
is named the same everywhere and no selector key (`carried_over`, `instruments_verified`) reaches a page.

An app declares its figures in `<app>/labels.py`:

    FIGURES = {"sciencetasks": [Figure("managed", "Nhiệm vụ quản lý trong năm"), ...]}

`parts` names the keys of a figure whose value is a dict ({"water": 51} → "Mẫu nước: 51"): a dict, or a callable
key → label (choices' labels). `kind` says how the value reads: count, amount (đồng), rate (%) or text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping

from django.utils.functional import lazy

from core.formatting import format_amount, format_number


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    help: str = ""
    parts: Mapping | Callable | None = None
    kind: str = "count"
    extra: dict = field(default_factory=dict)

    def part_label(self, part) -> str:
        if callable(self.parts):
            return str(self.parts(part))
        if self.parts is not None and part in self.parts:
            return str(self.parts[part])
        return str(part)


_REGISTRY: dict[str, dict[str, Figure]] = {}
_LOADED = False


def register(namespace: str, figures) -> None:
    _REGISTRY.setdefault(namespace, {}).update({figure.key: figure for figure in figures})


def _load() -> None:
    global _LOADED
    if _LOADED:
        return
    from core.registry import app_modules

    for module in app_modules("labels"):
        for namespace, figures in getattr(module, "FIGURES", {}).items():
            register(namespace, figures)
    _LOADED = True


def figures(namespace: str) -> dict[str, Figure]:
    _load()
    return _REGISTRY.get(namespace, {})


def get(namespace: str, key: str) -> Figure:
    """The figure; an unregistered key is a programming error (a test walks every selector key)."""
    try:
        return figures(namespace)[key]
    except KeyError:
        raise KeyError(f"figure {namespace}.{key} has no Vietnamese label in any <app>/labels.py") from None


def label(namespace: str, key: str) -> str:
    return get(namespace, key).label


def format_value(figure: Figure, value) -> str:
    """The value as a reader writes it: 1.234, 45.998.409 đồng, 92,5 %, "Mẫu nước: 51; Mẫu thực phẩm: 41"."""
    if value is None or value == {}:
        return "—"
    if isinstance(value, dict):
        # "; " between parts: labels themselves contain commas ("Khoa học y, dược")
        return "; ".join(f"{figure.part_label(k)}: {_scalar(figure, v)}" for k, v in value.items())
    return _scalar(figure, value)


def _scalar(figure: Figure, value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if figure.kind == "amount":
        return format_amount(value)
    if figure.kind == "rate":
        return f"{format_number(value, 1 if value != int(value) else 0)} %"
    if isinstance(value, float) and value != int(value):
        return format_number(value, 1)
    return format_number(value)


def figure_rows(namespace: str, stats: Mapping, skip=()) -> list[dict]:
    """[{key, label, help, value, text}] for a selector's result, in its order (`skip`: keys that are not figures)."""
    rows = []
    for key, value in stats.items():
        if key in skip:
            continue
        figure = get(namespace, key)
        rows.append({"key": key, "label": figure.label, "help": figure.help, "value": value,
                     "text": format_value(figure, value)})
    return rows


def describe(namespace: str, intro: str = "") -> str:
    """Markdown for an API operation's description: every key of the response with its Vietnamese label."""
    lines = [intro, ""] if intro else []
    for figure in figures(namespace).values():
        text = f"- `{figure.key}`: {figure.label}"
        if figure.help:
            text += f" ({figure.help})"
        lines.append(text)
    return "\n".join(lines)


# For decorators evaluated at import time (drf-spectacular's extend_schema): built when the schema is rendered.
describe_lazy = lazy(describe, str)
