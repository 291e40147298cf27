"""Text helpers for Vietnamese: diacritic folding for search and matching."""
import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Lower-case, strip diacritics, map đ→d and collapse spaces.

    "NGHIỆM THU", "nghiệm thu" and "nghiem thu" all fold to "nghiem thu"; this is what makes
    search diacritic-insensitive on SQLite and PostgreSQL alike (we store the folded text).
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFD", str(text))
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    text = text.replace("đ", "d").replace("Đ", "D").lower()
    return _SPACES.sub(" ", text).strip()
