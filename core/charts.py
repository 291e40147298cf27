"""Chart data for `core/_chart.html` and static/js/charts.js: plain dicts, passed to the page with `json_script`
(never pre-encoded with json.dumps: the template encodes once)."""
from __future__ import annotations

RED, YELLOW, GREEN, GREY, BLUE = "#dc3545", "#ffc107", "#198754", "#6c757d", "#0d6efd"


def bar_chart(labels, datasets, *, horizontal: bool = True, stacked: bool = False) -> dict:
    """`datasets`: [(label, values, colour)], one value per label."""
    return {
        "type": "bar", "horizontal": horizontal, "stacked": stacked, "labels": [str(label) for label in labels],
        "datasets": [{"label": str(label), "data": [int(v or 0) for v in values], "color": colour}
                     for label, values, colour in datasets],
    }
