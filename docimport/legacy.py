"""Legacy Vietnamese encodings still found in older files: TCVN3 (ABC) and VNI, detected and converted.

Both are 8-bit "font encodings": the bytes mean Vietnamese letters only when shown in a .VnTime (TCVN3)
or VNI-Times (VNI) font. We meet them in two shapes:

- raw bytes of an old .txt file (decode with latin-1: one character per byte, nothing lost);
- text that a modern tool already decoded as Windows-1252 (a .docx typed in a .VnTime font, a UTF-8
  file someone pasted into), e.g. "Th«ng b¸o" for "Thông báo".

`to_unicode(text)` tries the candidates and keeps the one whose words look most like Vietnamese
syllables (see `syllable_score`), so Unicode text is never "converted" by mistake.

Tables: TCVN 5712:1993 VN3, the code points of the .VnTime fonts: lower-case letters and Ă Â Ê Ô Ơ Ư Đ,
plus the capitals with tone marks that VN1 places above 0xA0 (they clash with nothing). Other capitals
with tone marks were typed in the upper-case .VnTimeH fonts with the lower-case codes, so they come back
in lower case; VN1's capitals in 0x80–0x9F are not used because that range holds Windows-1252
punctuation (“ ” – …) in real files. VNI writes a base letter followed by one mark
character, e.g. "aù" = "á", "oà" = "ồ", "ô" = "ơ", "ñ" = "đ".
"""
from __future__ import annotations

import re
import unicodedata

# --- TCVN3 / TCVN 5712 -------------------------------------------------------------------------------
# byte -> Unicode (VN3, plus VN1's capitals above 0xA0).
_TCVN3_PAIRS = """
A1 Ă  A2 Â  A3 Ê  A4 Ô  A5 Ơ  A6 Ư  A7 Đ
A8 ă  A9 â  AA ê  AB ô  AC ơ  AD ư  AE đ
B5 à  B6 ả  B7 ã  B8 á  B9 ạ
BB ằ  BC ẳ  BD ẵ  BE ắ  C6 ặ
C7 ầ  C8 ẩ  C9 ẫ  CA ấ  CB ậ
CC è  CE ẻ  CF ẽ  D0 é  D1 ẹ
D2 ề  D3 ể  D4 ễ  D5 ế  D6 ệ
D7 ì  D8 ỉ  DC ĩ  DD í  DE ị
DF ò  E1 ỏ  E2 õ  E3 ó  E4 ọ
E5 ồ  E6 ổ  E7 ỗ  E8 ố  E9 ộ
EA ờ  EB ở  EC ỡ  ED ớ  EE ợ
EF ù  F1 ủ  F2 ũ  F3 ú  F4 ụ
F5 ừ  F6 ử  F7 ữ  F8 ứ  F9 ự
FA ỳ  FB ỷ  FC ỹ  FD ý  FE ỵ
AF Ằ  BA Ẳ  BF Ẵ  C0 Ắ  C1 Ầ  C2 Ẩ  C3 Ẫ  C4 Ấ  C5 Ề  CD Ể  D9 Ễ  DA Ế  DB Ồ  E0 Ổ  F0 Ỗ  FF Ố
"""
TCVN3_DECODE: dict[int, str] = {}
for _code, _char in re.findall(r"([0-9A-F]{2}) (\S)", _TCVN3_PAIRS):
    TCVN3_DECODE[int(_code, 16)] = _char
TCVN3_ENCODE: dict[str, int] = {char: code for code, char in TCVN3_DECODE.items()}

# --- VNI ---------------------------------------------------------------------------------------------
_TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # none, sắc, huyền, hỏi, ngã, nặng
_VNI_TONE_MARKS = ("", "ù", "ø", "û", "õ", "ï")  # after a, e, o, u, y, ơ (ô), ư (ö)
_VNI_HAT_MARKS = ("â", "á", "à", "å", "ã", "ä")  # â, ê, ô: circumflex + tone
_VNI_BREVE_MARKS = ("ê", "é", "è", "ú", "ü", "ë")  # ă: breve + tone
_VNI_I = ("i", "í", "ì", "æ", "ó", "ò")


def _build_vni() -> dict[str, str]:
    table: dict[str, str] = {}
    bases = {
        # unicode base (without tone): (vni base letter, marks)
        "a": ("a", _VNI_TONE_MARKS), "ă": ("a", _VNI_BREVE_MARKS), "â": ("a", _VNI_HAT_MARKS),
        "e": ("e", _VNI_TONE_MARKS), "ê": ("e", _VNI_HAT_MARKS),
        "o": ("o", _VNI_TONE_MARKS), "ô": ("o", _VNI_HAT_MARKS), "ơ": ("ô", _VNI_TONE_MARKS),
        "u": ("u", _VNI_TONE_MARKS), "ư": ("ö", _VNI_TONE_MARKS),
        "y": ("y", _VNI_TONE_MARKS),
    }
    for base, (letter, marks) in bases.items():
        for tone, mark in zip(_TONES, marks):
            char = unicodedata.normalize("NFC", base + tone)
            table[char] = letter + mark
    for tone, vni in zip(_TONES, _VNI_I):
        table[unicodedata.normalize("NFC", "i" + tone)] = vni
    table["ỵ"] = "î"
    table["đ"] = "ñ"
    upper = {}
    for char, vni in table.items():
        upper[char.upper()] = vni.upper()
    table.update(upper)
    # plain letters map to themselves: drop them
    return {char: vni for char, vni in table.items() if char != vni}


VNI_ENCODE: dict[str, str] = _build_vni()
VNI_DECODE: dict[str, str] = {vni: char for char, vni in VNI_ENCODE.items()}
_VNI_PATTERN = re.compile("|".join(re.escape(seq) for seq in sorted(VNI_DECODE, key=len, reverse=True)))


# --- conversion --------------------------------------------------------------------------------------
def _byte_code(char: str) -> int | None:
    """The byte a legacy font character came from (latin-1, or Windows-1252 for 0x80–0x9F)."""
    code = ord(char)
    if code < 256:
        return code
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return None


def _restore_cp1252(char: str) -> str:
    """C1 control characters from latin-1 decoding are Windows-1252 punctuation (“ ” – …)."""
    code = ord(char)
    if 0x80 <= code <= 0x9F:
        return bytes([code]).decode("cp1252", errors="ignore") or char
    return char


def tcvn3_to_unicode(text: str) -> str:
    out = []
    for char in text:
        code = _byte_code(char)
        if code is not None and code in TCVN3_DECODE and (code >= 0x80 or char == chr(code)):
            out.append(TCVN3_DECODE[code])
        else:
            out.append(_restore_cp1252(char))
    return unicodedata.normalize("NFC", "".join(out))


def _legacy_byte(char: str) -> bytes:
    try:
        return char.encode("cp1252")
    except UnicodeEncodeError:
        return char.encode("latin-1", errors="replace")


def unicode_to_tcvn3(text: str) -> bytes:
    """For tests and sample files: Unicode → TCVN3 bytes (capitals without a VN3 code as in .VnTimeH)."""
    text = unicodedata.normalize("NFC", text)
    out = bytearray()
    for char in text:
        if char in TCVN3_ENCODE:
            out.append(TCVN3_ENCODE[char])
        elif char.lower() in TCVN3_ENCODE:
            out.append(TCVN3_ENCODE[char.lower()])
        else:
            out.extend(_legacy_byte(char))
    return bytes(out)


def _to_latin_domain(text: str) -> str:
    """Characters decoded as Windows-1252 back to one-char-per-byte (latin-1) form."""
    out = []
    for char in text:
        code = _byte_code(char)
        out.append(chr(code) if code is not None else char)
    return "".join(out)


def vni_to_unicode(text: str) -> str:
    text = _to_latin_domain(text)
    converted = _VNI_PATTERN.sub(lambda m: VNI_DECODE[m.group(0)], text)
    return unicodedata.normalize("NFC", "".join(_restore_cp1252(char) for char in converted))


def unicode_to_vni(text: str) -> bytes:
    text = unicodedata.normalize("NFC", text)
    return b"".join(VNI_ENCODE[char].encode("latin-1") if char in VNI_ENCODE else _legacy_byte(char) for char in text)


# --- detection ---------------------------------------------------------------------------------------
_VIET_LOWER = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
_LETTERS = set(_VIET_LOWER + _VIET_LOWER.upper() + "bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ")
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_NUCLEI_OPEN = (
    "a ă â e ê i o ô ơ u ư y ia iê oa oă oe ua uâ uê uô uơ uy ưa ươ yê uyê uya oo"
).split()
_NUCLEI_CLOSED = (
    "ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu iêu oai oay oeo uây uôi ươi ươu uyu yêu uai uao"
).split()
_INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
_FINAL = "(?:ng|nh|ch|c|m|n|p|t)"
_SYLLABLE = re.compile(
    rf"^{_INITIAL}(?:(?:{'|'.join(sorted(_NUCLEI_OPEN, key=len, reverse=True))}){_FINAL}?"
    rf"|(?:{'|'.join(sorted(_NUCLEI_CLOSED, key=len, reverse=True))}))$"
)
_WORD = re.compile(r"[^\s.,;:!?()\[\]\"'“”‘’/\-–—0-9…*|⁰¹²³⁴⁵⁶⁷⁸⁹]+")
# Letters that only Unicode text can hold: a line with one of them is never legacy-encoded.
_UNICODE_ONLY = re.compile("[\u1ea0-\u1ef9ăĂơƠưƯđĐĩĨũŨ]")


def is_vietnamese_syllable(word: str) -> bool:
    if not (word.islower() or word.isupper() or (word[:1].isupper() and word[1:].islower())):
        return False  # "bỔi" is a wrong guess, "Bài", "bài" and "BÀI" are words
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for ch in decomposed if ch in _TONE_MARKS)
    if tones > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    if "gi" in bare[:2] and len(bare) > 2 and _SYLLABLE.match("g" + bare[1:]) is None and _SYLLABLE.match(bare):
        return True
    return bool(_SYLLABLE.match(bare))


def syllable_score(text: str) -> tuple[int, int]:
    """(words that are Vietnamese syllables, words with a non-ASCII character): higher first is better."""
    good = total = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        total += 1
        if all(ch in _LETTERS for ch in word) and is_vietnamese_syllable(word):
            good += 1
    return good, total


def detect_and_convert(text: str) -> tuple[str, str]:
    """Return (Unicode text, encoding name: "unicode" | "tcvn3" | "vni")."""
    text = unicodedata.normalize("NFC", text)
    if _UNICODE_ONLY.search(text):
        return text, "unicode"
    base_good, base_total = syllable_score(text)
    if base_total == 0 or base_good == base_total:
        return text, "unicode"
    best = (base_good - (base_total - base_good), "unicode", text)
    for name, convert in (("tcvn3", tcvn3_to_unicode), ("vni", vni_to_unicode)):
        converted = convert(text)
        good, total = syllable_score(converted)
        score = good - (total - good)
        if score > best[0]:
            best = (score, name, converted)
    return best[2], best[1]


def to_unicode(text: str) -> str:
    """Convert legacy-encoded paragraphs to Unicode, paragraph by paragraph (files mix them)."""
    if text.isascii():
        return text
    return "\n".join(detect_and_convert(line)[0] for line in text.split("\n"))
