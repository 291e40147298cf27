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


# --- search that respects the marks a user typed ------------------------------------------------------------------
#
# A searchable row stores `search_text` = folded text, then (when the text has any diacritics) SEPARATOR and the
# text lower-cased with its marks. A query word without marks ("nam") is looked up folded and finds "nấm", "năm",
# "Nam"; a word with marks ("nấm") must appear with exactly those marks in the marked part, so it finds "nấm" only.
# A row written without any marks ("Phong Dao tao") has no marked part and is matched folded by every query, so
# text typed without diacritics stays findable. Both are one LIKE '%…%' per word on SQLite and PostgreSQL.

SEPARATOR = "\x1f"


def marked(text: str | None) -> str:
    """Lower-case with the diacritics kept (NFC) and spaces collapsed: "NẤM Rơm" → "nấm rơm"."""
    if not text:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", str(text)).lower()).strip()


def has_marks(text: str) -> bool:
    return fold(text) != marked(text)


def search_index(text: str | None) -> str:
    """What `SearchableModel.search_text` stores for `text`."""
    folded = fold(text)
    return f"{folded} {SEPARATOR} {marked(text)}" if text and has_marks(text) else folded


def search_terms(query: str | None) -> list[tuple[str, bool]]:
    """[(term, exact)]: each word of the query, marked words kept with their marks (exact=True), others folded."""
    terms = []
    # a NUL typed (or fuzzed) into the box: PostgreSQL refuses it in any literal, so it is a blank like others
    query = (query or "").replace("\x00", " ")
    for word in marked(query).split():
        terms.append((word, True) if has_marks(word) else (fold(word), False))
    return terms


def text_matches(query: str | None, text: str | None) -> bool:
    """The same rule in Python, for the few lists that are not stored with a `search_text`."""
    index = search_index(text)
    folded_part, _, marked_part = index.partition(SEPARATOR)
    for term, exact in search_terms(query):
        if exact and marked_part:
            if term not in marked_part:
                return False
        elif (fold(term) if exact else term) not in folded_part:
            return False
    return True
