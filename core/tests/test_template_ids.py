"""Ids written into pages are never localized: with the thousand separator on, id 1234 reads "1.234" and the
value posted back, or the link followed, names nothing."""
import re
from pathlib import Path

from django.conf import settings

# {{ x.pk }}, {{ x.id }}, {{ x.unit_id }} with no filter: localized by the template engine
# (a widget's `attrs.id` is an HTML id, a string)
RAW_ID = re.compile(r"\{\{\s*(?![\w.]*attrs\.id\b)[\w.]+\.(?:pk|id|\w+_id)\s*\}\}")


def test_no_template_writes_a_raw_id():
    base = Path(settings.BASE_DIR)
    found = []
    for path in base.rglob("templates/**/*"):
        if ".venv" in path.parts or not path.is_file() or path.suffix not in {".html", ".txt", ".ics", ".xml"}:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found += [f"{path.relative_to(base)}:{number}: {match}" for match in RAW_ID.findall(line)]
    assert found == [], "viết id kèm |stringformat:\"s\" (hoặc |unlocalize):\n" + "\n".join(found)
