"""One parser for imported documents: used by the review screen, the API and `manage.py extract`.

`extract(text_or_read_result, *, organisation=None) -> dict` returns the JSON of issue #7:

    {"doc_type": "thong_bao_ket_luan" | "bao_cao_dinh_ky" | "other", "issuer": str, "doc_date": "YYYY-MM-DD" | None,
     "tasks": [{"unit", "text", "deadline", "deadline_text", "coordinating_units", ...}],
     "references": [{"kind", "number", "date", "issuer"}], "quantities": [{"text", "value", "what"}],
     "document": {kind, number, symbol, place, date, title, signer, position, ...}}

It is rule-based (no model downloads): the structure of Vietnamese administrative documents (header,
type line, numbered unit headings, bullets, "Nơi nhận", signature block), their vocabulary
(`vocabulary.py`) and the deadline grammar of `directives.deadlines` (never a second date grammar here).
Tasks carry extra keys beside the issue's: `leader` (a leader named in "Giao PGĐ ... chỉ đạo ..."),
`source` ("heading" | "assignment" | "table"), `span` (offsets into `document.text` for highlighting),
and, for tables, `completed_date` and `status`; with an organisation, `unit_id` / `for_organisation`.
The parser never raises on odd text: the worst case is an empty result.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from core.text import fold

from .vocabulary import (
    ABBREVIATED_KINDS,
    COLLECTIVE,
    DOCUMENT_KINDS,
    KNOWN_AGENCIES,
    MEASURE_UNITS,
    NAME_STOPS,
    NOT_QUANTITY_BEFORE,
    SYMBOL_KINDS,
    TYPE_LINES,
    UNIT_HEADS,
)

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
_DATE_NUMERIC = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"
_DATE_LONG = r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"


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


def prepare(raw: str, bold_paragraphs=()) -> Prepared:
    """Clean markup, split paragraphs, re-join paragraphs broken by page breaks, set footnotes apart."""
    raw = unicodedata.normalize("NFC", raw or "")[:MAX_TEXT_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    bold_folded = {fold(clean_inline(b)) for b in bold_paragraphs}
    # text converted from Word keeps bold lines as "**Phòng Quản lý khoa học**": a bold paragraph too
    bold_folded |= {fold(" ".join(clean_inline(m.group(1)).split()))
                    for m in _BOLD_LINE.finditer(raw)}
    items: list[tuple[str, bool, bool]] = []  # (text, footnote, table)
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
                    or (not _TERMINAL.search(previous) and text[0] in "(“\"" and False)
                )
                if joins and not _looks_like_heading(previous):
                    glue = "" if previous.endswith(("-", "/")) else " "
                    items[index] = (previous + glue + text, False, False)
                    continue
        items.append((text, is_footnote, False))
    # body paragraphs first, footnotes after them (they interrupt sentences in PDF text)
    ordered = [item for item in items if not item[1]] + [item for item in items if item[1]]
    text_parts, paragraphs, offset = [], [], 0
    for text, is_footnote, is_table in ordered:
        paragraphs.append(Paragraph(text=text, start=offset, footnote=is_footnote, table=is_table,
                                    bold=fold(text) in bold_folded))
        text_parts.append(text)
        offset += len(text) + 2
    return Prepared(text="\n\n".join(text_parts), paragraphs=paragraphs)


def _looks_like_footnote(text: str) -> bool:
    number = int(re.match(r"\d+", text).group(0))
    return number <= 40 and not re.match(r"^\d+\s+(?:tháng|năm|ngày|nhiệm vụ|đề tài)", text)


def _looks_like_heading(text: str) -> bool:
    return text.isupper() or text.startswith(("Số:", "Số :", "Kính gửi", "Nơi nhận"))


# --- dates -------------------------------------------------------------------------------------------
def make_date(day, month, year) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def find_dates(text: str) -> list[tuple[int, int, dt.date]]:
    found = []
    for pattern in (_DATE_NUMERIC, _DATE_LONG):
        for match in re.finditer(pattern, text, flags=re.I):
            value = make_date(*match.groups())
            if value and 1900 < value.year < 2200:
                found.append((match.start(), match.end(), value))
    return sorted(found)


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


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
    if meta["kind"] is None and meta["symbol"]:
        prefix = meta["symbol"].split("-")[0]
        meta["kind"] = SYMBOL_KINDS.get(prefix) or ("Công văn" if meta["title"] and fold(meta["title"]).startswith("v/v") else None)
    if meta["kind"] is None and meta["title"] and fold(meta["title"]).startswith(("v/v", "ve viec")):
        meta["kind"] = "Công văn"
    meta["issuer"] = _issuer_name(meta, prepared, organisation)
    _signature(paragraphs, meta)
    return meta


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


# --- units and agencies in text ----------------------------------------------------------------------
def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_HEAD_RE = re.compile(rf"(?:{_alternation(UNIT_HEADS)})(?![\wÀ-ỹ])")
_KNOWN_FOLDED = sorted(((fold(name), name) for name in KNOWN_AGENCIES), key=lambda item: -len(item[0]))
_STOP_RE = re.compile(rf"^(?:{_alternation(NAME_STOPS)})(?![\wÀ-ỹ])")
_COLLECTIVE_RE = re.compile(COLLECTIVE)


class UnitIndex:
    """Names of the organisation's units (name, short name, abbreviation, aliases) for matching."""

    def __init__(self, organisation=None, units=None):
        self.organisation = organisation
        self.units = list(units) if units is not None else []
        if organisation is not None and units is None:
            from core.models import Unit

            self.units = list(Unit.objects.filter(organisation=organisation))
        self.names = sorted(
            ((fold(name), name, unit) for unit in self.units for name in unit.names() if len(name) >= 3),
            key=lambda item: -len(item[0]),
        )

    def match(self, text: str):
        if not text or self.organisation is None:
            return None
        from core.unit_matching import match_unit

        return match_unit(self.organisation, text, units=self.units)

    def prefix(self, text: str) -> str | None:
        folded = fold(text)
        for folded_name, _name, _unit in self.names:
            if folded.startswith(folded_name) and (len(folded) == len(folded_name) or not folded[len(folded_name)].isalnum()):
                return text[: _original_length(text, len(folded_name))]
        return None

    def is_organisation(self, text: str) -> bool:
        if self.organisation is None or not text:
            return False
        target = fold(text)
        names = {fold(self.organisation.name), fold(self.organisation.short_name)}
        return target in names or target in {"so khoa hoc va cong nghe", "so kh&cn"} and "khoa hoc" in fold(self.organisation.name)


def _original_length(text: str, folded_length: int) -> int:
    """Length in `text` that folds to `folded_length` characters (fold keeps one char per letter)."""
    count = 0
    for index, char in enumerate(text):
        if count >= folded_length:
            return index
        count += len(fold(char)) if not char.isspace() else 1
    return len(text)


_TITLE = re.compile(r"^(?:Giám đốc|Thủ trưởng|Chủ tịch|Trưởng|Lãnh đạo|Chánh)\s+(?:các\s+)?(?=(?:Sở|UBND|Ủy ban|Phòng|Ban|"
                    r"Văn phòng|Trung tâm|Chi cục|Thanh tra|Công an|Cục|Đài|Báo|Kho bạc|Bảo hiểm|Viện|Hội|sở|phòng)\b)")


_LOCALITY = r"(?:huyện|thị xã|thành phố|quận|thị trấn|xã|phường)"
_LOCAL_GOVERNMENTS = re.compile(
    rf"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:các\s+{_LOCALITY}(?:\s*(?:,|và)\s*{_LOCALITY})*"
    r"|cấp\s+(?:huyện|xã|tỉnh)|các\s+địa phương)(?:\s+(?:trong|trên địa bàn|thuộc|trực thuộc)\s+tỉnh)?(?![\wÀ-ỹ])"
)


# Words that begin like a unit name but are verbs or nouns here: "Tổ chức Hội nghị", "Ban hành Kế hoạch",
# "Báo cáo kết quả", "Thanh tra về tiêu chuẩn" (the unit is "Thanh tra Sở", "Thanh tra tỉnh", "Thanh tra:").
_NOT_AN_AGENCY = re.compile(
    r"^(?:Tổ chức|Ban hành|Báo cáo|Hội nghị|Hội thảo|Hội thi|Trường hợp|Đội ngũ|Bộ chỉ số|Bộ tiêu chí|Bộ công cụ|"
    r"Trạm|Quỹ đất|Cơ quan chủ trì|"
    r"Thanh tra(?!\s*(?:Sở|tỉnh|Bộ|huyện|thành phố|Chính phủ|Nhà nước|viên|[:;,.)]|$)))(?![\wÀ-ỹ])",
    re.I,
)


def read_agency(text: str, index: UnitIndex | None = None, *, allow_comma: bool = True) -> str | None:
    """The unit/agency name at the start of `text` ("Sở Tài chính bố trí ..." → "Sở Tài chính").

    A leading title is skipped ("Giám đốc Sở Tài chính" → "Sở Tài chính"): the unit is what is matched.
    """
    text = text.lstrip()
    title = _TITLE.match(text)
    if title:
        text = text[title.end():]
    if not text:
        return None
    local = _LOCAL_GOVERNMENTS.match(text)
    if local:
        return text[: local.end()].rstrip(" ,")
    folded = fold(text)
    for folded_name, name in _KNOWN_FOLDED:
        if folded.startswith(folded_name) and (len(folded) == len(folded_name) or not folded[len(folded_name)].isalnum()):
            return text[: _original_length(text, len(folded_name))]
    if index is not None:
        found = index.prefix(text)
        if found:
            return found
    collective = _COLLECTIVE_RE.match(text[0].lower() + text[1:])
    if collective:
        return text[: collective.end()]
    if not _HEAD_RE.match(text) or _NOT_AN_AGENCY.match(text):
        return None
    words = re.finditer(r"\S+", text)
    end = 0
    count = 0
    for match in words:
        word = match.group(0)
        rest = text[match.start():]
        if count and (_STOP_RE.match(rest) or word.startswith(("(", "“", '"'))):
            break
        if count and _HEAD_RE.match(rest) and text[end:match.start()].strip() in (",", "và", ";"):
            break
        if count and text[end:match.start()].strip() == "," and (not allow_comma or not word[:1].isupper()):
            break
        bare = word.rstrip(",;:.)(")
        count += 1
        end = match.start() + len(bare)
        if bare != word or count >= 14:
            if word.endswith(",") and count < 14:
                continue
            break
    name = text[:end].strip(" ,;:-–")
    return name or None


def read_agency_list(text: str, index: UnitIndex | None = None) -> list[str]:
    """Units after "phối hợp với": "các phòng: A, B, Văn phòng Sở thực hiện ..." → ["Phòng A", "Phòng B", "Văn phòng Sở"]."""
    units: list[str] = []
    rest = text.lstrip()
    prefix = ""
    listing = re.match(r"^các\s+(phòng|đơn vị|sở|cơ quan)\s*:\s*", rest, flags=re.I)
    if listing:
        prefix = {"phòng": "Phòng ", "sở": "Sở "}.get(listing.group(1).lower(), "")
        rest = rest[listing.end():]
    for _ in range(12):
        rest = rest.lstrip(" ,")
        if not rest:
            break
        name = read_agency(rest, index, allow_comma=not prefix)
        if name is None and prefix and rest[:1].isupper():
            name = read_agency(prefix + rest, index, allow_comma=False)
            if name:
                rest = prefix + rest
        if not name:
            break
        units.append(name)
        rest = rest[len(name):]
        separator = re.match(r"^\s*(?:,|và|;)\s*", rest)
        if not separator or ";" in separator.group(0):
            break
        following = rest[separator.end():]
        if not (following[:1].isupper() or _COLLECTIVE_RE.match(following)):
            break
        rest = following
    return units


_COORDINATION = re.compile(r"(?:phối hợp(?:\s+chặt chẽ)?\s+(?:với|cùng)|cùng với)\s+", re.I)


def coordinating_units(text: str, index: UnitIndex | None = None) -> list[str]:
    found: list[str] = []
    for match in _COORDINATION.finditer(text):
        for unit in read_agency_list(text[match.end():], index):
            if unit not in found:
                found.append(unit)
    return found


# --- tasks -------------------------------------------------------------------------------------------
_HEADING = re.compile(
    r"^(?P<label>(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)]|Điều\s+\d+\.?)\s*"
    r"(?:(?:Đối với|Giao|Về phía|Riêng)\s+)?(?P<body>.+)$"
)
_SECTION_END = re.compile(
    r"^(?:Trên đây|Nơi nhận|Văn phòng Sở thông báo|Văn phòng .{0,40} thông báo|Yêu cầu (?:các|Thủ trưởng)|"
    r"Đề nghị các (?:phòng|đơn vị) (?:nghiêm túc|triển khai)|Thông báo này|Kết luận này|Quyết định này|KT\.|TL\.|TM\.)",
)
_LEADER = re.compile(
    r"\b(?:Giao|giao)\s+(?:cho\s+)?(?:đồng chí\s+|đ/c\s+)?(?P<title>(?:PGĐ|Phó Giám đốc|Giám đốc|Chánh Văn phòng|"
    r"Phó Chủ tịch(?: UBND tỉnh)?|Chủ tịch(?: UBND tỉnh)?)(?:\s+Sở)?\s+)?"
    r"(?P<name>[A-ZĐ][\wÀ-ỹ]+(?:\s+[A-ZĐ][\wÀ-ỹ]+){1,4})\s+(?:trực tiếp\s+)?(?:chỉ đạo|phụ trách|theo dõi)\s+",
)
_ASSIGN = re.compile(r"(?:^|(?<=[\s;:.,]))(?:Giao|giao|Yêu cầu|yêu cầu|Đề nghị|đề nghị|Chỉ đạo|Ủy quyền|Phân công)\s+(?:cho\s+)?")
_BULLET = re.compile(r"^[-+•–—*]\s+")
_BOILERPLATE = re.compile(r"chịu trách nhiệm thi hành|thi hành (?:Quyết định|Chỉ thị|Thông báo) này|có hiệu lực (?:thi hành )?kể từ", re.I)


@dataclass
class TaskDraft:
    unit: str
    text: str
    start: int
    source: str
    leader: str | None = None
    deadline_source: str | None = None
    extra: dict = field(default_factory=dict)


def _heading_unit(paragraph: Paragraph, index: UnitIndex) -> tuple[str, str, str, int] | None:
    """(label, unit, inline task text, body offset) when the paragraph is a numbered unit heading."""
    text = paragraph.text
    match = _HEADING.match(text)
    if match:
        label, body, body_start = match.group("label"), match.group("body"), match.start("body")
    elif paragraph.bold or text.endswith(":"):
        label, body, body_start = "", text, 0
    else:
        return None
    if _LISTING.match(body) and _listed_agencies(body, 0, index):
        return None  # "Giao các sở: Tài chính, Nội vụ …" names several units: an assignment, not a heading
    unit = read_agency(body, index)
    if not unit and body.isupper() and len(body) < 120:
        lowered = body[:1] + body[1:].lower()
        unit = read_agency(lowered, index)
        unit = body[: len(unit)] if unit else None
    if not unit:
        return None
    offset = body.find(unit)
    unit_end = (offset if offset >= 0 else 0) + len(unit)
    rest = body[unit_end:]
    note = re.match(r"^\s*\([^()]{1,80}\)", rest)  # "Phòng QLKH (PGĐ Nguyễn Văn A phụ trách):"
    if note:
        rest = rest[note.end():]
        unit_end += note.end()
    stripped = rest.strip()
    if not stripped or stripped in (":", "."):
        if len(unit.split()) > 16:
            return None
        return label, unit, "", len(text)
    if stripped.startswith(":"):
        after_colon = rest.split(":", 1)[1]
        inline = after_colon.strip()
        return label, unit, inline, body_start + unit_end + rest.index(":") + 1 + (len(after_colon) - len(after_colon.lstrip()))
    return None


def _label_level(label: str) -> int:
    if not label:
        return 9
    if re.match(r"^[IVXLC]+[.)]$", label):
        return 0
    if label.startswith("Điều"):
        return 0
    if re.match(r"^[a-zđ][.)]$", label):
        return 3
    return 1 + label.count(".") - (1 if label.endswith(".") else 0)


def _assigns_elsewhere(text: str, index: UnitIndex, unit: str) -> bool:
    """A plain paragraph "Giao Phòng X chủ trì ..." / "Phòng X chủ trì ..." naming another unit than the heading's."""
    trigger = _ASSIGN.match(text)
    rest = text[trigger.end():] if trigger else text
    if trigger and _LEADER.match(text):
        return True
    name = read_agency(rest, index)
    if not name or name.lower().startswith("các") or fold(name) == fold(unit):
        return False
    after = rest[rest.find(name) + len(name):] if name in rest else ""
    return bool(trigger) or bool(after[:1] == " " and _STOP_RE.match(after.lstrip()))


def heading_tasks(paragraphs: list[Paragraph], index: UnitIndex) -> tuple[list[TaskDraft], set[int]]:
    """Tasks under unit headings ("1. Văn phòng Sở:" followed by "- ..." items)."""
    tasks: list[TaskDraft] = []
    used: set[int] = set()
    current: tuple[str, int] | None = None  # (unit, level)
    parent: TaskDraft | None = None
    for number, paragraph in enumerate(paragraphs):
        if paragraph.table or paragraph.footnote:
            continue
        text = paragraph.text
        if _SECTION_END.match(text):
            current, parent = None, None
            continue
        heading = _heading_unit(paragraph, index)
        if heading is None and text.isupper():
            current, parent = None, None
            continue
        if heading:
            label, unit, inline, inline_start = heading
            current = (unit, _label_level(label))
            parent = None
            used.add(number)
            if inline:
                tasks.append(TaskDraft(unit=unit, text=inline, start=paragraph.start + inline_start, source="heading"))
            continue
        match = _HEADING.match(text)
        if match and current is not None and _label_level(match.group("label")) <= current[1]:
            current, parent = None, None  # a numbered heading that is not a unit closes the block
            continue
        if current is None:
            continue
        if not match and not _BULLET.match(text) and _assigns_elsewhere(text, index, current[0]):
            current, parent = None, None  # "Giao Phòng X chủ trì ..." after the last unit's items
            continue
        used.add(number)
        bullet = _BULLET.match(text)
        body = text[bullet.end():] if bullet else text
        offset = paragraph.start + (bullet.end() if bullet else 0)
        if match and not bullet:
            body, offset = text[match.start("body"):], paragraph.start + match.start("body")
        is_sub = bool(bullet) and bullet.group(0).strip() == "+"
        if is_sub and parent is not None and parent.text.rstrip().endswith(":"):
            parent.text = parent.text.rstrip() + " " + body
            continue
        draft = TaskDraft(unit=current[0], text=body, start=offset, source="heading")
        tasks.append(draft)
        parent = draft
    return tasks, used


def assignment_tasks(paragraphs: list[Paragraph], index: UnitIndex, skip: set[int]) -> list[TaskDraft]:
    """"Giao Sở A chủ trì ...; Sở B ...": every assignment in a letter, decision or plan."""
    tasks: list[TaskDraft] = []
    for number, paragraph in enumerate(paragraphs):
        if number in skip or paragraph.table or paragraph.footnote:
            continue
        text = paragraph.text
        if _BOILERPLATE.search(text) or _SECTION_END.match(text):
            continue
        leader = _LEADER.match(text, _numbering_end(text))
        if leader:
            unit = read_agency(text[leader.end():], index)
            if unit:
                start = leader.start()
                tasks.append(TaskDraft(unit=unit, text=text[start:].strip(), start=paragraph.start + start,
                                       source="assignment", leader=leader.group("name")))
                continue
        triggers = list(_ASSIGN.finditer(text))
        start = _numbering_end(text)
        if start and not triggers:
            body = text[start:]
            lead = read_agency(body, index)
            rest = body[body.find(lead) + len(lead):] if lead and lead in body else ""
            if lead and not lead.lower().startswith("các") and rest.startswith(":") and len(rest.strip(" :;.")) > 10:
                inline = rest[1:]
                offset = start + body.find(lead) + len(lead) + 1 + (len(inline) - len(inline.lstrip()))
                tasks.append(TaskDraft(unit=lead, text=inline.strip(), start=paragraph.start + offset, source="assignment"))
                continue
            if lead and not lead.lower().startswith("các") and rest[:1] == " " and _STOP_RE.match(rest.lstrip()):
                triggers = [_Position(start)]
        elif not start and not triggers and _plain_assignment(text, index):
            triggers = [_Position(0)]
        for trigger in triggers:
            listed = _listed_agencies(text, trigger.end(), index)
            if listed:  # "Giao các sở: Tài chính, Kế hoạch và Đầu tư theo chức năng ..." → one task per Sở
                names, _ = listed
                body_start = trigger.end()
                body = text[body_start:].strip()
                for name in names:
                    tasks.append(TaskDraft(unit=name, text=body, start=paragraph.start + body_start, source="assignment"))
                break
            unit = read_agency(text[trigger.end():], index)
            if not unit:
                continue
            if unit.lower().startswith("các") and (len(unit.split()) <= 2 or text.rstrip().endswith(":")):
                continue  # "yêu cầu các cơ quan, đơn vị thực hiện một số nội dung sau:"
            clauses = _clauses(text, trigger.start())
            first = True
            for clause_start, clause in clauses:
                lead = clause
                lead_offset = 0
                again = re.match(r"^(?:Giao|giao|Yêu cầu|Đề nghị|Chỉ đạo)\s+(?:cho\s+)?", lead)
                if again:
                    lead, lead_offset = lead[again.end():], again.end()
                agency = unit if first else read_agency(lead, index)
                if first:
                    body_offset = clause.find(unit)
                    body = clause[body_offset:] if body_offset >= 0 else clause
                    clause_offset = clause_start + max(body_offset, 0)
                elif agency:
                    body, clause_offset = lead, clause_start + lead_offset
                else:
                    if tasks:
                        tasks[-1].text = tasks[-1].text.rstrip(" ;") + "; " + clause
                    continue
                first = False
                units = [agency]
                after = body[len(agency):]
                while True:  # "Giao Sở A, Sở B thực hiện" → one task per unit
                    more = re.match(r"^\s*(?:,|và)\s*", after)
                    if not more:
                        break
                    other = read_agency(after[more.end():], index)
                    if not other or other.startswith("các"):
                        break
                    units.append(other)
                    after = after[more.end() + len(other):]
                for name in units:
                    tasks.append(TaskDraft(unit=name, text=body.strip(), start=paragraph.start + clause_offset,
                                           source="assignment"))
            break
    return tasks


_LISTING = re.compile(r"\s*(?:cho\s+)?các\s+(sở|phòng|ban|đơn vị|cơ quan)(?:\s*,\s*ngành)?\s*:\s*", re.I)


def _listed_agencies(text: str, position: int, index: UnitIndex) -> tuple[list[str], int] | None:
    """"các sở: Tài chính, Kế hoạch và Đầu tư theo …" → (["Sở Tài chính", "Sở Kế hoạch và Đầu tư"], offset of "theo")."""
    listing = _LISTING.match(text, position)
    if not listing:
        return None
    prefix = {"sở": "Sở ", "phòng": "Phòng ", "ban": "Ban "}.get(listing.group(1).lower(), "")
    names, cursor = [], listing.end()
    for _ in range(15):
        rest = text[cursor:]
        if not rest[:1].isupper():
            break
        name = read_agency(prefix + rest if prefix and not rest.startswith(prefix) else rest, index, allow_comma=False)
        if not name:
            break
        consumed = len(name) - (len(prefix) if prefix and not rest.startswith(prefix) else 0)
        if consumed <= 0:
            break
        names.append(name)
        cursor += consumed
        separator = re.match(r"\s*(?:,|và)\s*", text[cursor:])
        if not separator or not text[cursor + separator.end():][:1].isupper():
            break
        cursor += separator.end()
    return (names, cursor) if names else None


_PAST = re.compile(r"^(?:đã|đang|được|là|có|vẫn|chưa|cũng|thì|và|với|tại|trong|của|về)(?![\wÀ-ỹ])")


def _plain_assignment(text: str, index: UnitIndex) -> bool:
    """An unnumbered paragraph "Các cơ quan, đơn vị báo cáo … trước ngày 20 hằng quý": a unit, an action verb
    and a deadline phrase. Narrative ("Sở Tài chính đã bố trí …") and sentences without a deadline are not."""
    from directives.deadlines import find_deadline

    lead = read_agency(text, index)
    if not lead or not text.startswith(lead):
        return False
    rest = text[len(lead):]
    if rest[:1] != " " or not _STOP_RE.match(rest.lstrip()) or _PAST.match(rest.lstrip()):
        return False
    try:
        deadline = find_deadline(rest)
    except Exception:  # the phrase parser never should
        return False
    return bool(deadline and (deadline.due_date or deadline.recurring) and deadline.kind != "relative"
                and _DEADLINE_CUE.match(fold(deadline.text)))


class _Position:
    """A stand-in for a regex match that starts and ends at one offset."""

    def __init__(self, offset: int):
        self.offset = offset

    def start(self) -> int:
        return self.offset

    def end(self) -> int:
        return self.offset


def _numbering_end(text: str) -> int:
    numbered = re.match(r"^(?:(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)]|[-+•])\s*", text)
    return numbered.end() if numbered else 0


def _clauses(text: str, start: int) -> list[tuple[int, str]]:
    out, position = [], start
    for part in re.split(r"(;)", text[start:]):
        if part == ";":
            position += 1
            continue
        stripped = part.strip()
        if stripped:
            out.append((position + (len(part) - len(part.lstrip())), stripped))
        position += len(part)
    return out


# --- reports: the forward-looking section ("phương hướng, nhiệm vụ …", "nhiệm vụ trọng tâm tháng tới") ----
_FORWARD_HEADING = re.compile(
    r"phuong huong|nhiem vu trong tam|nhiem vu,? giai phap|(?:nhiem vu|ke hoach|chuong trinh) (?:cong tac )?"
    r"(?:thoi gian toi|tuan toi|thang toi|quy toi|nam toi|tuan \d|thang \d|quy [ivx\d]|nam \d|\d+ thang (?:cuoi|dau))"
)
_DEADLINE_CUE = re.compile(
    r"^(?:truoc|cham nhat|trong|khong qua|han|xong|hoan thanh|den het|den ngay|dau|giua|cuoi|ngay \d+ hang|hang|dinh ky)"
)


_STRONG_CUE = re.compile(r"^(?:truoc|cham nhat|khong qua|han|xong|hoan thanh|den het|den ngay)")


def _section_level(text: str) -> int | None:
    """0 for "II. …"/"B. …"/an upper-case line (a section of a report), None for anything else."""
    if re.match(r"^(?:[IVXLC]+|[A-ZĐ])[.)]\s", text) or (text.isupper() and len(text) < 200):
        return 0
    return None


def forward_tasks(paragraphs: list[Paragraph], index: UnitIndex, default_unit: str,
                  reference: dt.date | None) -> list[TaskDraft]:
    """Tasks of a report's forward-looking section, only when a unit or a deadline is stated.

    Items under "III. PHƯƠNG HƯỚNG, NHIỆM VỤ …" or "II. NHIỆM VỤ TRỌNG TÂM THÁNG 4" become tasks when they name
    a unit (a unit heading, "Giao Phòng X …", "Phòng X hoàn thiện …") or carry a deadline phrase ("trước ngày
    20/4/2024", "trong tháng 4/2024"): the issuer is their unit then. Results already achieved (the other
    sections) and items with neither a unit nor a deadline are never tasks."""
    from directives.deadlines import find_deadline

    sections: list[list[Paragraph]] = []
    current: list[Paragraph] | None = None
    for paragraph in paragraphs:
        if paragraph.table or paragraph.footnote:
            continue
        text = paragraph.text
        if _SECTION_END.match(text) or text.startswith(("Nơi nhận", "PHỤ LỤC", "Phụ lục")):
            current = None
            continue
        if _section_level(text) is not None:
            title = fold(re.sub(r"^(?:[IVXLC]+|[A-ZĐ])[.)]\s*", "", text))
            current = [] if _FORWARD_HEADING.search(title) and not title.startswith(
                ("ket qua", "danh gia", "tinh hinh", "kien nghi", "de xuat")) else None
            if current is not None:
                sections.append(current)
            continue
        if current is not None:
            current.append(paragraph)
    drafts: list[TaskDraft] = []
    for section in sections:
        found, used = heading_tasks(section, index)
        found += assignment_tasks(section, index, used)
        covered = {draft.start for draft in found}
        drafts += found
        for number, paragraph in enumerate(section):
            if number in used or any(paragraph.start <= start < paragraph.start + len(paragraph.text) for start in covered):
                continue
            body_start = _numbering_end(paragraph.text)
            body = paragraph.text[body_start:].strip()
            if not body or body.endswith(":") or len(body) < 15:
                continue
            try:
                deadline = find_deadline(body, reference_date=reference)
            except Exception:  # the phrase parser never should; one odd item must not stop the import
                deadline = None
            if deadline is None or deadline.kind == "relative" or not _DEADLINE_CUE.match(fold(deadline.text)):
                continue
            if deadline.kind in ("year", "half_year") and not _STRONG_CUE.match(fold(deadline.text)):
                continue  # "thực hiện trong năm 2024" says when the work falls, not when it is due
            if deadline.due_date is None and not deadline.recurring:
                continue
            if deadline.due_date and reference and deadline.due_date < reference - dt.timedelta(days=31):
                continue  # a date in the past is a result, not a deadline
            drafts.append(TaskDraft(unit=default_unit, text=body, start=paragraph.start + body_start, source="report"))
    return drafts


# --- tables ------------------------------------------------------------------------------------------
_COLUMN_ROLES = [
    ("stt", lambda h: h in {"stt", "tt", "so tt", "so thu tu"}),
    ("source", lambda h: h.startswith("van ban giao") or h.startswith("van ban")),
    ("content", lambda h: h.startswith(("noi dung", "ten nhiem vu", "ten cong viec", "nhiem vu", "cong viec",
                                        "ten de tai", "ten du an", "nhom nhiem vu", "giai phap", "hoat dong"))),
    ("coordinating", lambda h: "phoi hop" in h),
    ("unit", lambda h: h.startswith(("don vi chu tri", "co quan chu tri", "don vi thuc hien", "co quan thuc hien",
                                      "chu tri", "don vi", "co quan"))),
    ("assigned_deadline", lambda h: h.startswith(("thoi han giao", "han giao"))),
    ("completion", lambda h: h.startswith(("thoi han hoan thanh", "ngay hoan thanh", "thoi gian hoan thanh thuc te"))),
    ("deadline", lambda h: h.startswith(("thoi han", "tien do", "thoi gian", "du kien thoi han", "han xu ly", "han hoan thanh"))),
    ("status", lambda h: h.startswith(("tinh hinh", "ket qua", "trang thai"))),
]


def _header_roles(folded: list[str]) -> dict[str, int] | None:
    """Column roles when a table row is the header of a task table: a content column ("Nội dung", "Nhiệm vụ",
    "Tên nhiệm vụ" …) and at least one of unit, deadline, status, in any order; otherwise None."""
    if len(folded) < 3 or re.fullmatch(r"\d+[.)]?|[ivxlc]+", folded[0] or "-"):
        return None
    if any(len(name) > 80 for name in folded):
        return None
    roles: dict[str, int] = {}
    for position, name in enumerate(folded):
        for role, test in _COLUMN_ROLES:
            if role not in roles and test(name):
                roles[role] = position
                break
    if "content" not in roles or not ({"unit", "deadline", "assigned_deadline", "completion", "status"} & roles.keys()):
        return None
    return roles


def split_row(line: str) -> list[str]:
    if "\t" in line:
        cells = line.split("\t")
    else:
        cells = line.strip().strip("|").split("|")
    return [" ".join(clean_inline(cell).split()) for cell in cells]


def tables(paragraphs: list[Paragraph]) -> list[list[tuple[Paragraph, list[str]]]]:
    groups, current = [], []
    for paragraph in paragraphs:
        if paragraph.footnote:
            continue
        if paragraph.table:
            cells = split_row(paragraph.text)
            if all(re.fullmatch(r":?-{2,}:?|", cell) for cell in cells):
                continue
            current.append((paragraph, cells))
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def table_tasks(paragraphs: list[Paragraph], default_unit: str, reference: dt.date | None) -> list[TaskDraft]:
    from directives.deadlines import find_deadline, parse_deadline

    tasks: list[TaskDraft] = []
    for group in tables(paragraphs):
        roles: dict[str, int] = {}
        header: list[str] | None = None
        rows: list[tuple[Paragraph, list[str]]] = []
        for paragraph, cells in group:
            folded = [fold(cell).strip(" :*()") for cell in cells]
            found = _header_roles(folded)
            if found is not None:
                if header is not None and folded == header:
                    continue  # header repeated on the next page
                header = folded
                roles = found
                if "completion" in roles and "assigned_deadline" not in roles and "deadline" not in roles:
                    roles["deadline"] = roles.pop("completion")
                if "assigned_deadline" in roles:
                    roles["deadline"] = roles.pop("assigned_deadline")
                continue
            if header is None or "content" not in roles:
                continue
            first = cells[0].strip() if cells else ""
            if not first and rows and len(cells) >= 2:
                previous = rows[-1][1]
                for position, cell in enumerate(cells):
                    if cell and position < len(previous):
                        previous[position] = (previous[position] + " " + cell).strip()
                continue
            rows.append((paragraph, list(cells)))
        if "content" not in roles or not ({"deadline", "unit", "status"} & roles.keys()):
            continue
        for paragraph, cells in rows:
            def cell(role):
                position = roles.get(role)
                return cells[position].strip() if position is not None and position < len(cells) else ""

            number, content = cell("stt") or (cells[0] if cells else ""), cell("content")
            if not re.fullmatch(r"\d+[.)]?", number.strip()):
                continue  # group rows ("I", "Quý I/2023") and totals
            if not content or fold(content).strip(" .") in {"khong", "0", "khong co", ""}:
                continue
            deadline_cell = cell("deadline")
            deadline = find_deadline(deadline_cell, reference_date=reference) if deadline_cell else None
            if deadline_cell and deadline is None:
                parsed = parse_deadline(deadline_cell, reference_date=reference)
                deadline = parsed if parsed.due_date or parsed.recurring else None
            completion_cell = cell("completion")
            completed = None
            if completion_cell:
                dates = find_dates(completion_cell)
                completed = dates[0][2] if dates else None
            status = cell("status")
            if completed is None and status and "hoan thanh" in fold(status) and "chua hoan thanh" not in fold(status):
                dates = find_dates(status)
                completed = dates[-1][2] if dates else None
            text = content
            if cell("source"):
                text = f"{content} ({cell('source')})"
            draft = TaskDraft(unit=cell("unit") or default_unit, text=text, start=paragraph.start, source="table")
            draft.extra = {
                "deadline_obj": deadline, "completed_date": iso(completed), "status": status or None,
                "coordinating_units": [u.strip() for u in re.split(r"[;,]", cell("coordinating")) if u.strip()],
                "assigning_document": cell("source") or None,
            }
            tasks.append(draft)
    return tasks


# --- references --------------------------------------------------------------------------------------
_KIND_RE = _alternation(DOCUMENT_KINDS + [k.lower() for k in DOCUMENT_KINDS] + list(ABBREVIATED_KINDS))
_REFERENCE = re.compile(
    rf"(?<![\wÀ-ỹ])(?P<kind>{_KIND_RE})(?:\s+(?:số|Số)\s*:?)?\s*"
    r"(?P<number>\d+[A-Za-z]?(?:/\d{4})?(?:/|-)(?:[A-ZĐƯƠa-zđ&][\wĐđ&]*)(?:[-/.][\wĐđ&]+)*)"
)
_REF_DATE = re.compile(rf"^\s*,?\s*(?:ban hành\s+)?(?:ngày\s*)?(?:{_DATE_NUMERIC}|(?:ngày\s+)?(\d{{1,2}})\s+tháng\s+(\d{{1,2}})\s+năm\s+(\d{{4}}))", re.I)
_ISSUER = re.compile(r"^\s*,?\s*của\s+(?P<issuer>[^,;.:()“\"]+)")
_ISSUER_STOP = re.compile(
    r"\s(?:về|quy định|ban hành|phê duyệt|hướng dẫn|triển khai|thực hiện|tại|trong|đối với|để|nhằm|theo|đến|"
    r"giai đoạn|khóa|khoá|Khóa|chỉ đạo|gửi|V/v|v/v|năm \d{4}|trên|với|cho|ngày|số|tiếp tục|đã|được|"
    r"còn|Triển khai|sửa đổi|lần|và (?:các|ý kiến|" + _KIND_RE + r")|" + _KIND_RE + r")(?![\wÀ-ỹ])"
)
_SYMBOL_ISSUERS = {
    "UBND": "UBND tỉnh", "CP": "Chính phủ", "TTg": "Thủ tướng Chính phủ", "HĐND": "HĐND tỉnh", "QH": "Quốc hội",
    "TU": "Tỉnh ủy", "BKHCN": "Bộ Khoa học và Công nghệ", "UBTVQH": "Ủy ban Thường vụ Quốc hội",
}


def references(text: str) -> list[dict]:
    found: dict[str, dict] = {}
    order: list[str] = []
    for match in _REFERENCE.finditer(text):
        number = match.group("number").rstrip(".-/")
        tail = text[match.end():]
        date = None
        glued = re.search(r"(\d{1,2}/\d{1,2}/\d{4})$", number)
        if glued and re.search(r"[A-Za-zĐđ]\d{1,2}/\d{1,2}/\d{4}$", number):
            date = make_date(*glued.group(1).split("/"))
            number = number[: glued.start()].rstrip("-/")
        if not re.search(r"[A-Za-zĐđ]", number):
            continue
        date_match = _REF_DATE.match(tail)
        if date is None and date_match:
            groups = [g for g in date_match.groups() if g is not None]
            date = make_date(*groups[:3]) if len(groups) >= 3 else None
            tail = tail[date_match.end():]
        issuer = None
        issuer_match = _ISSUER.match(tail)
        if issuer_match:
            candidate = issuer_match.group("issuer")
            stop = _ISSUER_STOP.search(" " + candidate)
            candidate = (" " + candidate)[: stop.start()] if stop else " " + candidate
            candidate = candidate.strip()
            if candidate and candidate[:1].isupper() and len(candidate.split()) <= 9:
                issuer = candidate
        if issuer is None:
            code = number.rsplit("-", 1)[-1] if "-" in number else number.rsplit("/", 1)[-1]
            issuer = _SYMBOL_ISSUERS.get(code)
        kind = match.group("kind")
        kind = ABBREVIATED_KINDS.get(kind) or kind[0].upper() + kind[1:]
        type_code = re.match(r"^\d+-([A-Za-zĐđ]+)/", number) or re.match(r"^\d+(?:/\d{4})?/([A-Za-zĐđ]+)-", number)
        if type_code and type_code.group(1) in SYMBOL_KINDS:
            symbol_kind = SYMBOL_KINDS[type_code.group(1)]
            if fold(symbol_kind) not in fold(kind) and not (kind in {"Văn bản", "Công văn"} and symbol_kind == "Công văn"):
                kind = symbol_kind
        key = fold(number).replace(" ", "")
        if key in found:
            entry = found[key]
            entry["date"] = entry["date"] or iso(date)
            entry["issuer"] = entry["issuer"] or issuer
            continue
        found[key] = {"kind": kind, "number": number, "date": iso(date), "issuer": issuer,
                      "span": [match.start(), match.end()]}
        order.append(key)
    return [found[key] for key in order]


# --- quantities --------------------------------------------------------------------------------------
_NUMBER = re.compile(r"(?<![\w/.,\-–:])(?P<number>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?P<attached>[a-zA-Z²³%]*)(?![\w]|[.,]\d)")
_UNIT_ATTACHED = set(MEASURE_UNITS)
_WHAT_STOP = re.compile(
    r"\s(?:của|tại|trên|cho|trong|với|theo|đã|được|và|thuộc|đến|từ|là|gồm|về|để|do|có|nhằm|bằng|ở|khi|sang|"
    r"đang|chưa|thì|như|vào|đối|hiện|qua|tham|thực|các|cấp\s+(?:tỉnh|cơ sở|quốc|huyện|bộ)(?!\w)|trực)(?!\w)"
)
_KIND_WORDS = {kind.lower() for kind in DOCUMENT_KINDS}
_LEVEL_WORDS = {"cấp", "hạng", "loại", "nhóm", "đội", "vòng", "tầng", "mục", "tổ", "kênh", "lô", "khu", "quận",
                "phường", "ấp", "thôn", "tờ", "bản", "phòng", "tập", "chương", "phần", "bước", "giai"}
_TIME_AFTER = {"năm", "tháng", "ngày", "giờ", "phút", "tuần", "quý", "giây", "h", "tuổi"}


def _excluded_by_previous(before_line: str, raw: str) -> bool:
    words = re.findall(r"[\wÀ-ỹ]+", before_line[-40:])
    adjacent = re.search(r"([\wÀ-ỹ]+)[ ]*$", before_line)
    if not adjacent:
        return False
    previous = adjacent.group(1).lower()
    bigram = " ".join(w.lower() for w in words[-2:])
    padded = raw.startswith("0") and len(raw) >= 2
    if previous in NOT_QUANTITY_BEFORE:
        return True
    if (previous in _KIND_WORDS or bigram in _KIND_WORDS) and not padded:
        return True  # "Nghị định 35", but "Hướng dẫn 02 hợp tác xã"
    if previous in _LEVEL_WORDS and not padded and len(raw) == 1:
        return True
    return False


def _number_value(raw: str) -> float | int:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
        raw = raw.replace(".", "")
    value = float(raw.replace(",", "."))
    return int(value) if value.is_integer() else value


def quantities(text: str, exclude: list[tuple[int, int]]) -> list[dict]:
    """Numbers that count something: "147 phương tiện đo", "45.998.409 đồng", "Số cuộc ...: 02", "(22)"."""
    results = []
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if any(a <= start < b for a, b in exclude):
            continue
        raw, attached = match.group("number"), match.group("attached")
        if attached and attached not in _UNIT_ATTACHED:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        before_line = text[line_start:start]
        after = text[end:]
        if not before_line.strip() and re.match(r"^\s*[.)]", after[:2]):
            continue  # "1." heading numbers
        if re.match(r"^[\-–]\s*\d", after[:3]):
            continue  # "2021-2025"
        if _excluded_by_previous(before_line, raw):
            continue
        adjacent = re.search(r"([\wÀ-ỹ]+)[ ]*$", before_line)
        if adjacent and adjacent.group(1).isupper() and len(adjacent.group(1)) >= 2 and not re.match(r"^ +[a-zà-ỹđ]", after):
            continue  # "VILAS 380", "ISO 9001", "BCĐ 138"
        value = _number_value(raw)
        if (before_line[-1:] == "(" and after[:1] == ")" and before_line[-3:-1].strip()[-1:].isalpha()
                and re.match(r"^\)(?:[,;:.]|\s+[a-zà-ỹđ]|\s*$)", after[:3])):
            # "Nhiệm vụ cấp tỉnh (22)": a count of what precedes
            what = " ".join(re.findall(r"[\wÀ-ỹ&]+", before_line[:-1])[-4:])
            results.append({"text": f"{what} ({raw})", "value": value, "what": what, "span": [start, end + 1]})
            continue
        fraction = re.match(r"^/(\d{1,3}(?:\.\d{3})+|\d+)", after)
        if fraction:
            numerator, denominator = raw, fraction.group(1)
            if numerator.isdigit() and denominator.isdigit() and 1 <= int(numerator) <= 31 and 1 <= int(denominator) <= 12:
                continue  # "(27/7)", "26/4": a day of the year
            after = after[fraction.end():]
            unit = re.match(r"^([a-zA-Z²³%]+)", after)
            if unit and unit.group(1) in _UNIT_ATTACHED:
                attached, after = unit.group(1), after[unit.end():]
        if attached:
            phrase_after = re.match(r"^ *([^\W\d][^\n,;:.()\t|]*)", after)
            what = attached + ((" " + _what(phrase_after.group(1))) if phrase_after else "")
            results.append({"text": f"{raw}{what}" if attached == "%" else f"{raw} {what}", "value": value,
                            "what": what, "span": [start, end]})
            continue
        phrase = re.match(r"^ +([^\W\d][^\n,;:.()\t|]*)", after)
        first_word = phrase.group(1).split()[0].lower() if phrase and phrase.group(1).split() else ""
        if phrase and (first_word in _TIME_AFTER or (first_word == "số" and not fraction) or re.match(r"^h\d", first_word)):
            continue
        if phrase:
            what = _what(phrase.group(1))
            if first_word in {"chiếc", "cái", "con", "bộ"}:
                label = re.search(r"([\wÀ-ỹ][\wÀ-ỹ ,\-]{2,60}):\s*$", before_line)
                if label:
                    what = f"{what} {label.group(1).strip()}"
            if what:
                results.append({"text": f"{raw} {what}", "value": value, "what": what, "span": [start, end]})
            continue
        # no noun after the number: "Số cuộc đã ban hành kết luận: 02.", "khoa học nông nghiệp 30;",
        # "đúng hạn là 40/46,"
        label = re.search(r"([\wÀ-ỹ][\wÀ-ỹ ,]{2,80}?)(?::|\s+là)?\s*$", before_line)
        words = [w.lower() for w in re.findall(r"[\wÀ-ỹ]+", before_line[-30:])]
        if words and (words[-1] in _KIND_WORDS or " ".join(words[-2:]) in _KIND_WORDS):
            continue
        in_parentheses = before_line.rfind("(") > before_line.rfind(")") and re.search(
            r"[(,;]\s*[^\W\d][\wÀ-ỹ ]{1,30}$", before_line.rstrip())  # "(đúng hạn 17, quá hạn 02)"
        if label and re.match(r"^\s*(?:[.;,)]|$)", after[:2]) and (":" in before_line[-3:] or fraction
                                                                 or re.match(r"^\s*[;)]", after[:2])
                                                                 or (in_parentheses and after[:1] == ",")):
            what = " ".join(label.group(1).replace(",", " ").split()[-6:])
            if what and what.split()[-1].lower() not in _TIME_AFTER:
                results.append({"text": f"{what}: {raw}", "value": value, "what": what, "span": [start, end]})
    return results


def table_quantities(paragraphs: list[Paragraph]) -> list[dict]:
    """Numbers standing alone in table cells ("Cộng | 58 | 45 | 03"): the column header says what they count."""
    results = []
    for group in tables(paragraphs):
        header: list[str] | None = None
        seen: set[tuple[str, str]] = set()
        for paragraph, cells in group:
            numeric = [bool(re.fullmatch(r"\d{1,3}(?:\.\d{3})*(?:,\d+)?", cell.strip())) for cell in cells]
            if header is None:
                first = cells[0].strip() if cells else ""
                if not any(numeric) and sum(1 for cell in cells if cell.strip()) >= 2 and not re.fullmatch(r"[IVXLC]+|\d+", first):
                    header = cells
                continue
            if not any(numeric[1:]):
                continue
            if header is not None and [fold(c) for c in cells] == [fold(h) for h in header]:
                continue
            for position, cell in enumerate(cells):
                raw = cell.strip()
                if position == 0 or not numeric[position] or _number_value(raw) == 0:
                    continue
                what = header[position] if position < len(header) else ""
                if not what or fold(what).startswith(("stt", "tt")):
                    continue
                key = (fold(what), raw)
                if key in seen:
                    continue
                seen.add(key)
                offset = paragraph.text.find(raw)
                results.append({"text": f"{what}: {raw}", "value": _number_value(raw), "what": what,
                                "span": [paragraph.start + max(offset, 0), paragraph.start + max(offset, 0) + len(raw)]})
    return results


def _what(phrase: str) -> str:
    phrase = re.sub(rf"[{_SUPERSCRIPT}]+", "", phrase).strip()
    first = phrase.split(" ", 1)
    if len(first) == 2:
        stop = _WHAT_STOP.search(" " + first[1])
        if stop:
            phrase = first[0] + " " + (" " + first[1])[: stop.start()].strip()
    words = phrase.split()
    return " ".join(words[:5])


# --- the whole document ------------------------------------------------------------------------------
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


def reference_date(meta: dict, paragraphs: list[Paragraph]) -> dt.date | None:
    """The document's date; else the first date in its opening sentences; else the 1st of its month."""
    if meta.get("date"):
        return meta["date"]
    for paragraph in paragraphs[:12]:
        match = re.match(rf"^(?:Ngày|Vào ngày|Sáng ngày|Chiều ngày)\s+{_DATE_NUMERIC}", paragraph.text)
        if match:
            return make_date(*match.groups())
    if meta.get("year"):
        return dt.date(meta["year"], meta.get("month") or 1, 1)
    return None


def _finish_task(draft: TaskDraft, index: UnitIndex, reference: dt.date | None) -> dict:
    from directives.deadlines import find_deadline

    text = draft.text.strip()
    unit = draft.unit.strip(" :")
    leader = draft.leader
    leader_match = _LEADER.search(text)
    if leader_match:
        leader = leader_match.group("name")
        named = read_agency(text[leader_match.end():], index)
        if named and not named.startswith("các"):
            unit = named
    deadline = draft.extra.get("deadline_obj") if draft.source == "table" else None
    if draft.source != "table":
        try:
            deadline = find_deadline(text, reference_date=reference)
            if deadline is not None and deadline.due_date is None and deadline.text in text:
                earlier = find_deadline(text[: text.rindex(deadline.text)], reference_date=reference)
                if earlier is not None and earlier.due_date is not None:
                    deadline = earlier
        except Exception:  # the phrase parser never should; the importer must not fail on one task
            deadline = None
    coordination = draft.extra.get("coordinating_units") if draft.source == "table" else None
    if coordination is None or not coordination:
        coordination = coordinating_units(text, index)
    coordination = [c for c in coordination if fold(c) != fold(unit)]
    task = {
        "unit": unit,
        "text": text,
        "deadline": iso(deadline.due_date) if deadline and deadline.due_date else None,
        "deadline_text": deadline.text if deadline else None,
        "coordinating_units": coordination,
        "leader": leader,
        "source": draft.source,
        "span": [draft.start, draft.start + len(draft.text)],
    }
    if deadline is not None:
        task["deadline_kind"] = deadline.kind
        task["recurring"] = bool(deadline.recurring)
        task["deadline_time"] = deadline.due_time.strftime("%H:%M") if deadline.due_time else None
    if draft.source == "table":
        task["completed_date"] = draft.extra.get("completed_date")
        task["status"] = draft.extra.get("status")
        task["assigning_document"] = draft.extra.get("assigning_document")
    if index.organisation is not None:
        matched = index.match(unit)
        task["unit_id"] = matched.pk if matched else None
        task["unit_name"] = matched.name if matched else None
        task["for_organisation"] = bool(matched) or index.is_organisation(unit)
    return task


def extract(source, *, organisation=None, units=None) -> dict:
    """Extract document metadata, tasks, references and quantities (see the module docstring)."""
    raw = getattr(source, "text", source)
    bold = getattr(source, "bold_paragraphs", ()) or ()
    if not isinstance(raw, str):
        raw = "" if raw is None else str(raw)
    prepared = prepare(raw, bold)
    paragraphs = prepared.paragraphs
    index = UnitIndex(organisation, units)
    meta = document_metadata(prepared, organisation)
    doc_type = classify(meta, prepared.text)
    reference = reference_date(meta, paragraphs)

    drafts: list[TaskDraft] = []
    used: set[int] = set()
    default_unit = meta.get("issuer") or (organisation.name if organisation is not None else "")
    default_unit = re.sub(r"\s+tỉnh\s+.+$", "", default_unit) if default_unit.startswith("Sở") else default_unit
    if doc_type != "bao_cao_dinh_ky":
        drafts, used = heading_tasks(paragraphs, index)
        drafts += assignment_tasks(paragraphs, index, used)
    else:
        drafts += forward_tasks(paragraphs, index, default_unit, reference)
    drafts += table_tasks(paragraphs, default_unit, reference)
    drafts.sort(key=lambda d: d.start)
    tasks = [_finish_task(draft, index, reference) for draft in drafts if draft.text.strip()]

    refs = references(prepared.text)
    exclude = [tuple(ref["span"]) for ref in refs]
    for match in _REFERENCE.finditer(prepared.text):
        date_match = _REF_DATE.match(prepared.text[match.end():])
        exclude.append((match.start(), match.end() + (date_match.end() if date_match else 0)))
    exclude += [(start, end) for start, end, _ in find_dates(prepared.text)]
    for paragraph in paragraphs:
        if paragraph.table:
            cells = split_row(paragraph.text)
            if cells and re.fullmatch(r"\d+[.)]?|[IVX]+", cells[0].strip()):
                first = paragraph.text.find(cells[0].strip())
                exclude.append((paragraph.start + first, paragraph.start + first + len(cells[0].strip())))
    for paragraph in paragraphs:
        marker = _FOOTNOTE_START.match(paragraph.text) if paragraph.footnote else None
        if marker:
            exclude.append((paragraph.start, paragraph.start + marker.end()))
    figures = quantities(prepared.text, exclude) + table_quantities(paragraphs)
    figures.sort(key=lambda q: q["span"][0])

    document = {
        "kind": meta["kind"], "number": meta["number"], "symbol": meta["symbol"],
        "number_symbol": (f"{meta['number'] or ''}/{meta['symbol']}" if meta["symbol"] else None),
        "place": meta["place"], "date": iso(meta["date"]), "title": meta["title"],
        "summary": meta["title"], "signer": meta["signer"], "position": meta["position"],
        "authority": meta["authority"], "recipients": meta["recipients"],
        "reference_date": iso(reference), "text": prepared.text,
    }
    return {
        "doc_type": doc_type,
        "issuer": meta["issuer"] or "",
        "doc_date": iso(meta["date"]),
        "tasks": tasks,
        "references": refs,
        "quantities": figures,
        "document": document,
    }


SCHEMA_KEYS = ("doc_type", "issuer", "doc_date", "tasks", "references", "quantities")
TASK_KEYS = ("unit", "text", "deadline", "deadline_text", "coordinating_units")
REFERENCE_KEYS = ("kind", "number", "date", "issuer")
QUANTITY_KEYS = ("text", "value", "what")


def public_json(result: dict, *, verbose: bool = False, with_text: bool = False) -> dict:
    """The dict as the CLI and the API print it.

    By default exactly the issue's schema (doc_type, issuer, doc_date, tasks[unit, text, deadline, deadline_text,
    coordinating_units], references[kind, number, date, issuer], quantities[text, value, what]). `verbose` keeps
    the extras (document metadata, spans, leader, source, completion, unit_id …); the document text only with
    `with_text`."""
    if not verbose:
        output = {key: result.get(key) for key in SCHEMA_KEYS}
        for kind, keys in (("tasks", TASK_KEYS), ("references", REFERENCE_KEYS), ("quantities", QUANTITY_KEYS)):
            output[kind] = [{key: item.get(key) for key in keys} for item in result.get(kind) or []]
        for task in output["tasks"]:
            task["coordinating_units"] = list(task["coordinating_units"] or [])
        return output
    output = dict(result)
    document = dict(output.get("document") or {})
    if not with_text:
        document.pop("text", None)
    output["document"] = document
    return output
