"""The S&T yearly figures in the shared registry (core.figure_labels): labels from `choices.FIGURE_LABELS`, the
keys of the per-level/field/grade/state… breakdowns named by their choices."""
from core.figure_labels import Figure

from .choices import (
    FIGURE_LABELS, CouncilKind, ExtensionKind, Field, Grade, InspectionKind, Level, MoneyKind, State,
)

PART_LABELS = {**dict(Level.choices), **dict(Field.choices), **dict(Grade.choices), **dict(State.choices),
               **dict(InspectionKind.choices), **dict(ExtensionKind.choices), **dict(CouncilKind.choices),
               **dict(MoneyKind.choices)}

FIGURES = {
    "sciencetasks": [
        Figure(key, label, parts=PART_LABELS, kind="amount" if key == "money" else "count")
        for key, label in FIGURE_LABELS.items()
    ],
}
