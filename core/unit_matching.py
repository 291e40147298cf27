"""Find the organisation's unit that a piece of text names: "Phòng QLKH", "Phòng Quản lý CN&ĐMST", "TĐC"...

Used by every importer (CSV/XLSX rows, imported documents). Comparison is on folded text (no diacritics,
lower case) after expanding the abbreviations Departments use, then fuzzy (RapidFuzz) as a last resort.
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from core.text import fold

# Folded abbreviation → folded expansion. Longer keys first so "kh&cn" wins over "cn".
ABBREVIATIONS = {
    "kh&cn": "khoa hoc va cong nghe",
    "khcn": "khoa hoc va cong nghe",
    "cn&dmst": "cong nghe va doi moi sang tao",
    "dmst": "doi moi sang tao",
    "cgcn": "chuyen giao cong nghe",
    "tdc": "tieu chuan do luong chat luong",
    "tc-dl-cl": "tieu chuan do luong chat luong",
    "kh-tc": "ke hoach tai chinh",
    "khtc": "ke hoach tai chinh",
    "qlkh": "quan ly khoa hoc",
    "qlcn": "quan ly cong nghe",
    "ql": "quan ly",
    "kh": "khoa hoc",
    "cn": "cong nghe",
    "vp": "van phong",
    "tt": "trung tam",
    "ttra": "thanh tra",
    "ubnd": "uy ban nhan dan",
}
_ABBREVIATION_RE = re.compile(
    r"(?<![\w&-])(" + "|".join(re.escape(key) for key in sorted(ABBREVIATIONS, key=len, reverse=True)) + r")(?![\w&-])"
)
_NOISE_RE = re.compile(r"[\s\-–—:;,.()\"“”]+")
MIN_FUZZY_SCORE = 90


def normalise_unit_name(text: str | None) -> str:
    """Folded, abbreviations expanded, dashes/punctuation as spaces, "&" as "và"."""
    folded = fold(text)
    folded = _ABBREVIATION_RE.sub(lambda m: ABBREVIATIONS[m.group(1)], folded)
    folded = folded.replace("&", " va ")
    folded = _NOISE_RE.sub(" ", folded).strip()
    return re.sub(r"\bso\b$", "", folded).strip()  # "Văn phòng Sở" = "Văn phòng"


def match_unit(organisation, text: str | None, *, units=None, min_score: int = MIN_FUZZY_SCORE):
    """The unit `text` names in `organisation`, or None. Pass `units` to match against a preloaded list."""
    wanted = normalise_unit_name(text)
    if not wanted:
        return None
    if units is None:
        from core.models import Unit

        units = list(Unit.objects.filter(organisation=organisation))
    folded_wanted = fold(text).strip(" :.")
    best, best_score = None, 0.0
    for unit in units:
        for name in unit.names():
            if fold(name) == folded_wanted:
                return unit
            candidate = normalise_unit_name(name)
            if candidate == wanted:
                return unit
            score = fuzz.token_sort_ratio(candidate, wanted)
            if score > best_score:
                best, best_score = unit, score
    return best if best_score >= min_score else None
