"""Text preparation (markup, paragraphs, page-break re-joining, footnotes) and document metadata
(header, type line, title, signature block, recipients)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from core.text import fold

from ..vocabulary import KNOWN_AGENCIES, NAME_STOPS, SYMBOL_KINDS, TYPE_LINES
from .dates import PUBLICATION_STAMP, make_date

MAX_TEXT_CHARS = 3_000_000


# --- text preparation --------------------------------------------------------------------------------
_MARKUP = re.compile(r"</?(?:i|b|u|em|strong|sup|sub|br)\s*/?>", re.I)
_EMPHASIS = re.compile(r"(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*])")
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FOOTNOTE_START = re.compile(rf"^(?:[{_SUPERSCRIPT}]+|\d{{1,2}}(?=\s+[A-ZĐÀ-Ỹ(“\"]))\s*(?=\S)")
_ITEM_START = re.compile(
    r"^(?:[-+•–—*]\s+|(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)]\s*(?=\S)|\(\d+\)\s|Điều\s+\d+)"
)
_BOLD_LINE = re.compile(r"^[ \t]*\*\*([^*\n]{2,200}?)\*\*[ \t]*:?[ \t]*$", re.M)
_TERMINAL = re.compile(r"[.:;!?…]\s*[”\")]*\s*$")


@dataclass
class Paragraph:
    text: str
    start: int  # offset in the prepared text
    footnote: bool = False
    table: bool = False
    bold: bool = False


@dataclass
class Prepared:
    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)


def clean_inline(text: str) -> str:
    text = _MARKUP.sub("", text)
    text = _EMPHASIS.sub("", text)
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "").replace("\xa0", " ")
    return text


def _is_table_line(line: str) -> bool:
    return "\t" in line or (line.lstrip().startswith("|") and line.count("|") >= 3)


# Old tone placement in open syllables ("hoà", "Uỷ", "thuý") → the placement the vocabulary is written in
# ("hòa", "Ủy", "thúy"); "hoàn", "quý" are the same in both and untouched.
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_TONED_O = "òóỏõọ"
_TONED_U = "ùúủũụ"
_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\wÀ-ỹ])")
# A verb glued to the next word by a lost space: "giaoPhòng" → "giao Phòng" (a whole lower-case word then a
# capitalised word; "ThS", "QyĐ", "iPhone" do not match).
_WORD = re.compile(r"[^\W\d_]{4,}")
# "21/ 5", "05 /9", "318 /UBND-KT": spaces typed around the slash of a date or a number-symbol.
# "2584/SNN&PTNT- TT&BVTV": a space after a hyphen inside a document's symbol
# ("1632 / CĐ - TTg", "1060 / VPCP - KGVX": spaces on both sides, as a legal database prints them)
# "103/BKH-KTĐP &LT": a space before the "&" of a symbol
_AMPERSAND_SPACE = re.compile(r"(?<=\d/)([A-ZĐ]{2,}(?:-[A-ZĐ]{2,})*)[ \t]+&(?=[A-ZĐ])")
_HYPHEN_SPACE = re.compile(r"(\d+/[A-ZĐ&]{2,}[a-z]?(?:-[A-ZĐ&]{2,}[a-z]?)*)[ \t]*-[ \t]+(?=[A-ZĐ&]{2,}[a-z]?(?![\wÀ-ỹ]))")
# The people's committee and council written in title case ("Ủy ban Nhân dân", "Ủy Ban Nhân Dân", "Hội đồng Nhân
# dân"), as news pages do: the vocabulary writes them in sentence case.
_TITLE_CASED_COMMITTEE = re.compile(r"(?<![\wÀ-ỹ])(Ủy|Hội)\s+(Ban|ban|Đồng|đồng)\s+(Nhân|nhân)\s+(Dân|dân)(?![\wÀ-ỹ])")


def _committee_case(match: re.Match) -> str:
    head, kind = match.group(1), match.group(2)
    return f"{head} {kind.lower()} nhân dân" if (head == "Ủy") == (kind.lower() == "ban") else match.group(0)


_SLASH_SPACE = re.compile(r"(?<=\d)[ \t]*/[ \t]*(?=\d)|(?<=\d)[ \t]+/(?=[A-ZĐ])|(?<=\d)[ \t]*/[ \t]+(?=[A-ZĐ]{2,}[a-z]?[ \t]*[-/])")

# A known unit name glued to the verb after it by a lost space: "Sở Tài nguyên và Môi trườngchủ trì" → "… trường
# chủ trì". A Vietnamese syllable never goes on after the last syllable of a name, so letters right after a known
# name that begin a verb of NAME_STOPS (two letters or more, not a preposition) are the next word.
_GLUE_VERBS = [w for w in NAME_STOPS if len(w) >= 3 and w not in {"trong", "trước", "theo", "cùng", "được", "đến",
                                                                 "khi", "nếu", "thì", "như", "với", "cho", "tại",
                                                                 "trên", "từ", "mà", "gồm", "để", "nhằm", "sẽ", "đã",
                                                                 "đang", "có", "là", "cũng", "vừa"}]
_GLUED_NAME = re.compile(
    r"(?<![\wÀ-ỹ])(?:" + "|".join(re.escape(n) for n in sorted(set(KNOWN_AGENCIES), key=len, reverse=True)) + r")"
    r"(?=(?:" + "|".join(re.escape(w) for w in sorted(set(_GLUE_VERBS), key=len, reverse=True)) + r")(?![\wÀ-ỹ]))"
)


def _retone(match: re.Match) -> str:
    vowel, toned = match.group(1), match.group(2)
    lower = toned.lower()
    for base, marks in _TONED.items():
        if lower in marks:
            if (vowel.lower() == "o" and base in "ae") or (vowel.lower() == "u" and base == "y"):
                tone = marks.index(lower)
                new_vowel = (_TONED_O if vowel.lower() == "o" else _TONED_U)[tone]
                new_vowel = new_vowel.upper() if vowel.isupper() else new_vowel
                bare = base.upper() if toned.isupper() else base
                return new_vowel + bare
    return match.group(0)


def _unglue(match: re.Match) -> str:
    word = match.group(0)
    for cut in range(2, len(word) - 1):
        if word[cut].isupper():
            head, tail = word[:cut], word[cut:]
            return f"{head} {tail}" if head.islower() and tail.istitle() and len(tail) >= 2 else word
    return word


def normalise_spelling(text: str) -> str:
    """Spelling variants that change no meaning but hide names from matching (see the patterns above)."""
    text = _OLD_TONE.sub(_retone, text)
    text = _TITLE_CASED_COMMITTEE.sub(_committee_case, text)
    text = _WORD.sub(_unglue, text)
    text = _GLUED_NAME.sub(lambda match: match.group(0) + " ", text)
    text = _SLASH_SPACE.sub("/", text)
    text = _AMPERSAND_SPACE.sub(r"\1&", text)
    return _HYPHEN_SPACE.sub(r"\1-", text)


def prepare(raw: str, bold_paragraphs=()) -> Prepared:
    """Clean markup, split paragraphs, re-join paragraphs broken by page breaks, set footnotes apart."""
    raw = unicodedata.normalize("NFC", raw or "")[:MAX_TEXT_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    raw = normalise_spelling(raw)
    raw = _PUBLICATION_STAMP.sub(r"\1\n", raw)
    raw = _GLUED_RECIPIENTS.sub("\n", raw)
    bold_folded = {fold(clean_inline(b)) for b in bold_paragraphs}
    # text converted from Word keeps bold lines as "**Phòng Quản lý khoa học**": a bold paragraph too
    bold_folded |= {fold(" ".join(clean_inline(m.group(1)).split()))
                    for m in _BOLD_LINE.finditer(raw)}
    items: list[tuple[str, bool, bool]] = []  # (text, footnote, table)
    width = _wrap_width(raw)
    last_line = 0  # length of the last physical line of items[-1]
    for line in raw.split("\n"):
        if _is_table_line(line):
            items.append((clean_inline(line).rstrip(), False, True))
            continue
        text = " ".join(clean_inline(line).split())
        if not text:
            continue
        is_footnote = bool(_FOOTNOTE_START.match(text)) and not re.match(r"^\d+\.", text)
        # "1 Trong đó: ..." right after a paragraph that does not end a sentence is a footnote;
        # a superscript start always is.
        if is_footnote and text[0] in "0123456789":
            is_footnote = _looks_like_footnote(text)
        if not is_footnote and items:
            # re-join a paragraph broken by a page break: the previous one does not end a sentence and this
            # one starts in lower case, with a digit or closing a hyphenated symbol
            index = len(items) - 1
            while index >= 0 and items[index][1]:
                index -= 1
            if index >= 0 and not items[index][2]:
                previous = items[index][0]
                joins = not _ITEM_START.match(text) and (
                    text[0].islower() or (text[0].isdigit() and not _TERMINAL.search(previous))
                    or (previous.endswith(("-", "/")) and not _TERMINAL.search(previous))
                    # a text wrapped at a fixed width (a legal database page, a PDF): a full line that does
                    # not end a sentence goes on in the next one even when that starts with a capital
                    # ("… Trưởng các ban, ngành, đơn vị cấp tỉnh," / "Chủ tịch UBND các huyện …"); a short
                    # line ("1. Văn phòng Sở", a headline) is never glued to what follows
                    or (width and index == len(items) - 1 and last_line >= 0.6 * width and text[0].isupper()
                        and not text.isupper() and not _TERMINAL.search(previous)
                        and not previous.startswith(("http://", "https://")))
                )
                if joins and not _looks_like_heading(previous) and not _WEB_ADDRESS.match(previous):
                    # a page's address ending in "/" or "-" is no word cut at its hyphen
                    glue = "" if previous.endswith(("-", "/")) else " "
                    items[index] = (previous + glue + text, False, False)
                    last_line = len(text)
                    continue
        items.append((text, is_footnote, False))
        last_line = len(text)
    # body paragraphs first, footnotes after them (they interrupt sentences in PDF text)
    ordered = [item for item in items if not item[1]] + [item for item in items if item[1]]
    text_parts, paragraphs, offset = [], [], 0
    for text, is_footnote, is_table in ordered:
        paragraphs.append(Paragraph(text=text, start=offset, footnote=is_footnote, table=is_table,
                                    bold=fold(text) in bold_folded))
        text_parts.append(text)
        offset += len(text) + 2
    return Prepared(text="\n\n".join(text_parts), paragraphs=paragraphs)


# a page that lost the letter's line breaks: "… để Bộ Y tế biết, thực hiện./.Nơi nhận:" – the recipients are a block
# of their own
_GLUED_RECIPIENTS = re.compile(r"(?<=[.!?;])[ \t]*(?=Nơi nhận\s*:)")
_WEB_ADDRESS = re.compile(r"^https?://\S+$")
# a stored web page's publication stamp before its text ("date 2025-11-07 Ngày 7-11, Chủ tịch UBND …"): a line of
# its own, so that the first sentence opens cleanly and the date can date the page (dates.reference_date)
_PUBLICATION_STAMP = re.compile(rf"^[ \t]*({PUBLICATION_STAMP})(?:[ \t]+(?=\S)|[ \t]*$)", re.M)


def _wrap_width(raw: str) -> int:
    """The line width of a text wrapped at a fixed width, or 0: the median length of lines that a lower-case line
    continues, when at least a fifth of the lines (and three or more) are continued that way."""
    lines = [" ".join(clean_inline(line).split()) for line in raw.split("\n") if not _is_table_line(line)]
    lines = [line for line in lines if line]
    wrapped = sorted(len(previous) for previous, line in zip(lines, lines[1:])
                     if line[0].islower() and not _TERMINAL.search(previous) and not _looks_like_heading(previous))
    if len(wrapped) < 3 or len(wrapped) < 0.2 * len(lines):
        return 0
    return wrapped[len(wrapped) // 2]


def _looks_like_footnote(text: str) -> bool:
    number = int(re.match(r"\d+", text).group(0))
    return number <= 40 and not re.match(r"^\d+\s+(?:tháng|năm|ngày|nhiệm vụ|đề tài)", text)


def _looks_like_heading(text: str) -> bool:
    return text.isupper() or text.startswith(("Số:", "Số :", "Kính gửi", "Nơi nhận"))


# --- document metadata -------------------------------------------------------------------------------
_NUMBER_LINE = re.compile(r"^Số\s*:?\s*(?P<number>\d*)\s*/\s*(?P<symbol>[\wĐđ&\-/.]+)", re.I)
_PLACE_DATE = re.compile(
    r"^(?P<place>[A-ZĐÀ-Ỹ][^\d,]{1,40}),\s*ngày\s*(?P<day>\d{1,2})?\s*tháng\s*(?P<month>\d{1,2})?\s*năm\s*(?P<year>\d{4})",
)
_SIGN_AUTHORITY = re.compile(r"^(?:(?:KT|TL|TM|TUQ|Q|PT)\s*\.\s*)", re.I)


def document_metadata(prepared: Prepared, organisation=None) -> dict:
    paragraphs = [p for p in prepared.paragraphs if not p.footnote and not p.table]
    head = paragraphs[:20]
    header_lines: list[str] = []
    meta = {"kind": None, "number": None, "symbol": None, "place": None, "date": None, "year": None, "month": None,
            "title": None, "issuer": None, "governing_body": None, "signer": None, "position": None,
            "authority": None, "recipients": []}
    for index, paragraph in enumerate(head):
        text = paragraph.text
        if meta["symbol"] is None and (match := _NUMBER_LINE.match(text)):
            meta["number"] = match.group("number") or None
            meta["symbol"] = match.group("symbol").strip(".")
            continue
        if meta["place"] is None and (match := _PLACE_DATE.match(text)):
            meta["place"] = match.group("place").strip()
            meta["year"] = int(match.group("year"))
            meta["month"] = int(match.group("month")) if match.group("month") else None
            meta["date"] = make_date(match.group("day"), match.group("month"), match.group("year"))
            continue
        upper = text.upper()
        if meta["kind"] is None:
            for type_line in TYPE_LINES:
                if upper.startswith(type_line) and (text[: len(type_line)].isupper()):
                    rest = text[len(type_line):].strip(" *:")
                    meta["kind"] = type_line.capitalize()
                    title = rest if rest else _title_after(head, index)
                    meta["title"] = title
                    break
            if meta["kind"]:
                continue
        if index < 6 and text.isupper() and meta["symbol"] is None:
            header_lines.append(text)
        if meta["title"] is None and re.match(r"^(?:V/v|Về việc)\b", text, re.I):
            meta["title"] = text
    _header(header_lines, meta)
    if meta["place"] is None and meta["date"] is None:
        _dateline(head[:5], meta)
    if meta["kind"] is None and meta["symbol"]:
        prefix = meta["symbol"].split("-")[0]
        meta["kind"] = SYMBOL_KINDS.get(prefix) or ("Công văn" if meta["title"] and fold(meta["title"]).startswith("v/v") else None)
    if meta["kind"] is None and meta["title"] and fold(meta["title"]).startswith(("v/v", "ve viec")):
        meta["kind"] = "Công văn"
    meta["issuer"] = _issuer_name(meta, prepared, organisation)
    _signature(paragraphs, meta)
    return meta


# A news page: "14:30, 05/09/2023", "Thứ Ba, 05/09/2023 14:30 (GMT+7)" on a line of its own.
_DATELINE = re.compile(
    r"^(?:(?:Cập nhật|Cập nhật lúc|Đăng lúc|Ngày đăng|Ngày cập nhật|Thời gian|Đăng ngày|Ngày)\s*:?\s*(?:lúc)?\s*)?"
    r"(?:\d{1,2}[:h]\d{2}\s*,?\s*)?(?:(?:Thứ\s+\S+|Chủ nhật)\s*,?\s*(?:ngày\s+)?)?(\d{1,2})/(\d{1,2})/(\d{4})"
    r"(?:\s*[,|-]?\s*\d{1,2}[:h]\d{2})?(?:\s*\(?GMT\s*[+-]?\d{1,2}(?::\d{2})?\)?)?\s*$", re.I)


def _dateline(paragraphs: list[Paragraph], meta: dict) -> None:
    """The publication date of a news page is its date (and the year of dates written without one)."""
    for paragraph in paragraphs:
        found = _DATELINE.match(paragraph.text)
        if found and (value := make_date(*found.groups())):
            meta.update(date=value, year=value.year, month=value.month)
            return


def _header(lines: list[str], meta: dict) -> None:
    """"UBND TỈNH QUẢNG TRỊ / SỞ KHOA HỌC VÀ CÔNG NGHỆ" or "ỦY BAN NHÂN DÂN / TỈNH NINH THUẬN"."""
    lines = [line for line in lines if not line.startswith(("CỘNG HÒA", "CỘNG HOÀ", "ĐỘC LẬP", "Độc lập"))]
    joined: list[str] = []
    for line in lines:
        if joined and re.match(r"^(?:TỈNH|THÀNH PHỐ|HUYỆN)\s", line) and not re.search(r"(?:TỈNH|THÀNH PHỐ)\s+\S", joined[-1]):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    for line in joined:
        if re.match(r"^(?:UBND|ỦY BAN NHÂN DÂN|BỘ|TỈNH ỦY)\b", line) and meta["governing_body"] is None:
            meta["governing_body"] = line
        elif re.match(r"^(?:SỞ|BAN|VĂN PHÒNG|CHI CỤC|TRUNG TÂM|CỤC)\b", line):
            meta["issuer"] = line
    if meta["issuer"] is None and meta["governing_body"] and meta["governing_body"].startswith(("UBND", "ỦY BAN")):
        meta["issuer"] = meta["governing_body"]


def _title_after(head: list[Paragraph], index: int) -> str | None:
    lines = []
    for paragraph in head[index + 1: index + 4]:
        text = paragraph.text
        if _PLACE_DATE.match(text) or text.startswith(("Kính gửi", "Căn cứ", "Thực hiện", "Ngày ")) or len(text) > 300:
            break
        lines.append(text)
        if not text.startswith("(") and len(lines) >= 1 and not text.endswith((",", "và")):
            # one title line (plus an optional parenthesised note)
            nxt = head[head.index(paragraph) + 1].text if head.index(paragraph) + 1 < len(head) else ""
            if not nxt.startswith("("):
                break
    return " ".join(lines) or None


def _issuer_name(meta: dict, prepared: Prepared, organisation) -> str:
    issuing = meta.get("issuer")
    province = meta.get("place") or ""
    if meta.get("governing_body"):
        found = re.search(r"(?:TỈNH|THÀNH PHỐ)\s+(.+)$", meta["governing_body"])
        if found:
            province = found.group(1).title()
    if issuing:
        name = issuing.capitalize()
        name = re.sub(r"\b(khoa học và công nghệ)\b", "Khoa học và Công nghệ", name)
        name = re.sub(r"^ubnd\b", "Ủy ban nhân dân", name, flags=re.I)
        name = re.sub(r"\b(tỉnh|thành phố)\s+(.+)$", lambda m: f"{m.group(1)} {m.group(2).title()}", name)
        if name.startswith("Sở") and province and fold(province) not in fold(name):
            name = f"{name} tỉnh {province}"
        return name
    symbol = meta.get("symbol") or ""
    issuer_code = symbol.split("-", 1)[1] if "-" in symbol else ""
    code = fold(issuer_code).replace("&", "")
    if code.startswith(("skhcn", "skh-cn", "skhchn", "skhccn", "skhvcn")) or "khoa hoc va cong nghe" in fold(prepared.text[:3000]):
        base = "Sở Khoa học và Công nghệ"
    elif code.startswith("ubnd"):
        base = "Ủy ban nhân dân"
    elif organisation is not None:
        return organisation.name
    else:
        base = ""
    if base and province:
        return f"{base} tỉnh {province}"
    if not base and organisation is not None:
        return organisation.name
    return base


def _signature(paragraphs: list[Paragraph], meta: dict) -> None:
    """The signature block: authority ("KT. GIÁM ĐỐC"), position and the signer's name."""
    end = len(paragraphs)
    for index, paragraph in enumerate(paragraphs):
        if re.match(r"^PHỤ LỤC\b", paragraph.text):
            end = index
            break
    recipients_at = None
    for index in range(end - 1, -1, -1):
        if paragraphs[index].text.startswith("Nơi nhận"):
            recipients_at = index
            break
    lines: list[str] = []
    for paragraph in paragraphs[(recipients_at or 0):end]:
        lines.extend(part.strip() for part in paragraph.text.split("\n") if part.strip())
    if recipients_at is not None:
        meta["recipients"] = [line.lstrip("-+ ").rstrip(";.") for line in lines[1:] if line.startswith(("-", "+"))]
    for index in range(len(lines) - 1, 0, -1):
        line = lines[index]
        if _is_person_name(line) and index >= 1 and lines[index - 1].isupper():
            block = []
            back = index - 1
            while back >= 0 and lines[back].isupper() and len(block) < 4:
                block.insert(0, lines[back])
                back -= 1
            meta["signer"] = line
            authority = [b for b in block if _SIGN_AUTHORITY.match(b)]
            positions = [b for b in block if not _SIGN_AUTHORITY.match(b)]
            if authority:
                meta["authority"] = " ".join(authority)
            position = positions[-1] if positions else _SIGN_AUTHORITY.sub("", block[-1])
            meta["position"] = position.capitalize().replace("giám đốc", "Giám đốc").replace("văn phòng", "Văn phòng")
            return


def _is_person_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and not w.isupper() for w in words) and not re.search(r"[\d:;,.]", text)


def classify(meta: dict, text: str) -> str:
    kind = fold(meta.get("kind") or "")
    title = fold(meta.get("title") or "")
    symbol = fold(meta.get("symbol") or "")
    if kind == "thong bao" or symbol.startswith("tb"):
        if "ket luan" in title or "y kien chi dao" in title or "ket luan" in fold(text[:3000]):
            return "thong_bao_ket_luan"
        return "other"
    if kind == "bao cao" or symbol.startswith("bc"):
        return "bao_cao_dinh_ky"
    return "other"
