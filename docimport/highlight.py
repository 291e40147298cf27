"""Split the document text into pieces that carry the classes of the extracted items covering them."""
from __future__ import annotations


def highlight(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """(piece of text, space-separated classes) covering `text` in order; overlapping spans nest."""
    text = text or ""
    bounds = {0, len(text)}
    clean = []
    for start, end, css in spans:
        start, end = max(0, int(start)), min(len(text), int(end))
        if end > start:
            clean.append((start, end, css))
            bounds.update((start, end))
    points = sorted(bounds)
    pieces = []
    for left, right in zip(points, points[1:]):
        classes = [css for start, end, css in clean if start <= left and right <= end]
        pieces.append((text[left:right], " ".join(dict.fromkeys(" ".join(classes).split()))))
    return pieces
