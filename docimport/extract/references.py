"""Cited documents: kind, number/symbol, date and issuer."""
from __future__ import annotations

import datetime as dt
import re

from core.text import fold

from ..vocabulary import ABBREVIATED_KINDS, DOCUMENT_KINDS, SYMBOL_KINDS
from .dates import _DATE_NUMERIC, iso, make_date
from .units import _alternation

# a kind as written: "Quyết định", "quyết định", "Nghị Quyết" (every word capitalised)
_KIND_RE = _alternation(DOCUMENT_KINDS + [k.lower() for k in DOCUMENT_KINDS] + [k.title() for k in DOCUMENT_KINDS]
                        + list(ABBREVIATED_KINDS))
# "123/CĐ- TTg" (a space by the hyphen) and "546/UBND –VP" (an en dash) are read as written, the space dropped
_NUMBER_SYMBOL = (r"\d+[A-Za-z]?(?:/\d{4})?(?:/|-)(?:[A-ZĐƯƠa-zđ&][\wĐđ&]*)"
                  r"(?:(?:[-/.–]|\s[-–](?=[A-ZĐ])|[-–]\s(?=[A-ZĐ]))[\wĐđ&]+)*")
# "Công văn số 12/UBND-VX", "Kế hoạch: 83/KH-UBND" (a list after a colon), "công văn hỏa tốc số …"
_REFERENCE = re.compile(
    rf"(?<![\wÀ-ỹ])(?P<kind>{_KIND_RE})(?:\s+(?:hỏa tốc|hoả tốc|thượng khẩn|khẩn|mật))?\s*\(?(?:\s*:?\s*(?:số|Số))?\s*:?\s*"
    rf"(?P<number>{_NUMBER_SYMBOL})"
)
# The kind may be followed by what the document is about before its number: "Báo cáo giám sát, đánh giá điều
# chỉnh dự án số 1187/BC-GSĐGĐT" (lower-case words, no other kind between).
_DESCRIBED_REFERENCE = re.compile(
    rf"(?<![\wÀ-ỹ])(?P<kind>{_KIND_RE})(?:[ ,]+(?!(?:{_KIND_RE}|số)(?![\wÀ-ỹ]))[a-zà-ỹđ]+){{1,10}}\s+(?:số|Số)\s*:?\s*"
    rf"(?P<number>{_NUMBER_SYMBOL})"
)
# A number without a symbol is a citation when "số" and its date are written: "Công điện số 81 ngày 20/8/2024".
_NUMBER_ONLY = re.compile(rf"(?<![\wÀ-ỹ])(?P<kind>{_KIND_RE})\s+(?:số|Số)\s*:?\s*(?P<number>\d+)"
                          r"(?=\s*,?\s*\(?\s*ngày\s*\d)")
# … and a formal act cited by its number alone, as news does: "theo quy định của Nghị định 210 …", "Chủ trì cuộc họp về
# kết quả rà soát thực hiện Quyết định 33 …", "Thông tư số 01 của Văn phòng Chính phủ" (not "kế hoạch 4200 ha")
_ACT_NUMBER_ONLY = re.compile(
    r"(?<![\wÀ-ỹ])"
    r"(?P<kind>Nghị định|Thông tư|Chỉ thị|Quyết định|Nghị quyết|Công điện|Công văn|Văn bản|Kế hoạch|Kết luận|"
    r"công điện|công văn|văn bản|quyết định)(?:\s+(?:hỏa tốc|hoả tốc|khẩn))?"
    r"\s+(?:số\s*)?(?P<number>\d{1,5}(?:/(?:19|20)\d{2})?)(?![\d/.,-]\d|[\w/-])"
    r"(?=\s*(?:[,.;)]|$|(?:của|về|ngày|do|năm|và|đã|được|mới|là|nêu|trên|thì|nhằm|để|theo|trong|tại|có|cho|"
    r"truyền đạt|gửi|yêu cầu|phê duyệt|chỉ đạo|đề nghị|hướng dẫn)\s))")
# Numbers that share the symbol written after the last: "các Quyết định số 547, 548/QĐ-TTg", "Kết luận thanh tra số: 09,
# 10, 11, 12/KL-TTr ngày 20/6/2024", "công văn số 614, 615, 616-CV/VPTW" (one citation each, one date for all)
_SHARED_SYMBOL = re.compile(
    rf"(?<![\wÀ-ỹ])(?P<kind>{_KIND_RE})(?:\s+[a-zà-ỹđ]+){{0,3}}\s+(?:số|Số)\s*:?\s*"
    r"(?P<list>\d+(?:\s*,\s*\d+)*)\s*(?:,|và)\s*(?P<number>\d+)(?P<symbol>[/-][A-ZĐ][\wĐđ&]*(?:[-/.][\wĐđ&]+)*)")
# Two numbers glued where their separator was lost: "83/KH-UBND82/KH-UBND"
_GLUED_NUMBER = re.compile(r"(?<=[A-ZĐ])(?=\d+/[A-ZĐ])")
# (a place may close the symbol before the date: "Nghị quyết 10/2016/NQ-HĐND tỉnh ngày 7/12/2016")
_REF_DATE = re.compile(rf"^\s*(?:,|[-–](?=\s*\d))?\s*\(?\s*(?:\d\s+(?=ngày))?(?:(?:tỉnh|thành phố|TP)\s+(?=ngày))?"
                       rf"(?:ban hành\s+)?(?:ngày\s*[,.]?\s*)?"
                       rf"(?:{_DATE_NUMERIC}|(?:ngày\s+)?(\d{{1,2}})\s*tháng\s*(\d{{1,2}})\s*năm\s*(\d{{4}}))", re.I)
# "… số 4079/UBND-KT ngày 19/6 về việc …": a date without its year, the year of the document
_REF_DATE_NO_YEAR = re.compile(r"^\s*,?\s*ngày\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?![/.\-]?\s*\d)", re.I)
# "… số 4382/GDĐT-KHTC, số 4383/GDĐT-KHTC ngày 14/12/2018": more numbers of the same kind, one date for all
_MORE_NUMBERS = re.compile(r"\s*(?:,|và)\s*(?:số\s*)?(?P<number>\d+[A-Za-z]?(?:/\d{4})?/[A-ZĐ][\wĐđ&]*(?:[-/.][\wĐđ&]+)*)")
_DATE_AFTER_ISSUER = re.compile(r"^\s*,?\s*(?:của|do)\s+(?:(?!\s(?:về|tại|theo|trên|trong|để|nhằm|đến|gửi|việc)\s)"
                                r"[^,;.:“\"]){2,80}?\s+(?:(?:ban hành|ký)\s+)?(?:vào\s+)?ngày\s*"
                                # "… của Chính phủ ngày 03 tháng 12 năm 2007"
                                r"(?:(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"
                                r"|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))")
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


# "Ngày 03/8, UBND tỉnh ban hành Công văn số …": the date opens the sentence that cites the document.
# Also after a comma or a news dateline, with the time of day, without the comma after the date: "…, ngày 25/9/2023,
# Văn phòng UBND tỉnh có Công văn số …", "(TGCT) Ngày 31/3/2020, …", "Chiều 24.8, UBND tỉnh ban hành Công điện số …",
# "Ngày 07 tháng 4 năm 2020 Sở Du lịch ban hành văn bản số …" (a dot inside "TP. Hà Nội" is no sentence end).
_DATE_BEFORE = re.compile(r"(?:^|(?<=[.;:\n)\-–—])|,)\s*"
                          r"(?:(?:Sáng|Chiều|Trưa|Tối|sáng|chiều|trưa|tối|Hôm qua|hôm qua)\s+(?:ngày\s+)?|Ngày\s+|Vào ngày\s+|"
                          r"Hôm nay,? ngày\s+|(?<=[,;])\s*ngày\s+)(\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*"
                          r"(\d{1,2})(?:\s*(?:[/.-]|\s+năm\s+)\s*(\d{4}))?\s*,?\s+"
                          r"(?P<between>(?:[^.;\n]|\.(?=\S)|(?<=TP)\.|(?<=Tp)\.|(?<=TX)\.){0,100})$")
# a citation just before, joined to this one: "ban hành Kết luận số 11/KL-TT và Kết luận số 12/KL-TT" (one date for
# both)
_JOINED_BEFORE = re.compile(r"(?:[A-ZĐa-zđ][\wÀ-ỹ]*\s+){0,3}số\s*:?\s*\S+\s*(?:,|và)\s*$")


# a number with its symbol just before ", ngày …": the date is that citation's ("Kế hoạch số 79-KH/TU, ngày 14/8/2019 của
# Tỉnh ủy về thực hiện Chỉ thị 35-CT/TW")
_CITED_JUST_BEFORE = re.compile(r"\d+[A-Za-z]?\s*[/-]\s*[A-ZĐ][\wĐđ&/.-]*\s*$")


def _date_before(text: str, start: int, reference: dt.date | None) -> dt.date | None:
    window = max(0, start - 140)
    found = _DATE_BEFORE.search(text[window: start])
    if found and _CITED_JUST_BEFORE.search(text[max(0, window + found.start() - 60): window + found.start()]):
        return None
    between = _JOINED_BEFORE.sub("", found.group("between")) if found else ""
    # a count ("đã gửi 02 công văn số …") is no date; another number or date between them is
    if not found or _REFERENCE.search(between) or re.search(r"\d\s*[/.-]\s*\d|số\s*\d", between) or \
            re.search(rf"(?<![\wÀ-ỹ])(?:{_KIND_RE})(?![\wÀ-ỹ])", between) or \
            re.search(r"(?<![\wÀ-ỹ])(?:nhận được|tiếp nhận)(?![\wÀ-ỹ])", between):
        # "ngày 23-8, cơ quan … nhận được Thông báo số 81/TB-UBND": the day it arrived, not its date; "Ngày 17-8, UBND
        # tỉnh có văn bản gửi Sở X yêu cầu nghiên cứu Chỉ thị số 22": the date of the letter that cites it
        return None
    year = found.group(3) or (reference.year if reference else None)
    return make_date(found.group(1), found.group(2), year) if year else None


# A citation without a kind word, in parentheses with its date: "… tại khu vực nông thôn (3585/VP-KTN, ngày
# 23/10/2017)". A number/symbol with an issuing body's code and a date is a document; its kind comes from the
# symbol ("…/QĐ-…" a Quyết định), else it is a Công văn (numbered letters have no type code).
_BARE_REFERENCE = re.compile(
    r"(?<=\()\s*(?P<number>\d+/[A-ZĐ][\wĐđ&]*(?:-[\wĐđ&]+)+)(?=\s*,\s*(?:ban hành\s+)?ngày\s*\d)"
)


class _Bare:
    """A stand-in for a `_REFERENCE` match of a citation without a kind word (or with a number only)."""

    def __init__(self, match: re.Match, kind: str | None = None):
        self._match = match
        self.kind = kind

    def start(self) -> int:
        return self._match.start("number") if self.kind is None else self._match.start()

    def end(self) -> int:
        return self._match.end("number")

    def group(self, name):
        if name == "kind":
            return self.kind or "Công văn"
        return self._match.group(name)


def references(text: str, reference: dt.date | None = None) -> list[dict]:
    """Cited documents; `reference` (the document's date) gives the year of a date written without one."""
    found: dict[str, dict] = {}
    order: list[str] = []
    pending: list[tuple[str, re.Match, int]] = [(m.group("number"), m, m.end()) for m in _REFERENCE.finditer(text)]
    covered = [(m.start("number"), m.end()) for _, m, _ in pending]
    described = [m for m in _DESCRIBED_REFERENCE.finditer(text)
                 if not any(start <= m.start("number") < end for start, end in covered)]
    pending += [(m.group("number"), m, m.end()) for m in described]
    covered += [(m.start("number"), m.end()) for m in described]
    bare = [_Bare(m) for m in _BARE_REFERENCE.finditer(text)
            if not any(start <= m.start("number") < end for start, end in covered)]
    bare += [_Bare(m, m.group("kind")) for m in _NUMBER_ONLY.finditer(text)]
    for shared in _SHARED_SYMBOL.finditer(text):
        numbers = re.findall(r"\d+", shared.group("list"))
        if not any(start <= shared.start("number") < end for start, end in covered):
            numbers.append(shared.group("number"))  # the last one is not read yet either
        cited = _Bare(shared, shared.group("kind"))
        pending += [(number + shared.group("symbol"), cited, shared.end()) for number in numbers]
        covered.append((shared.start("list"), shared.end()))
    seen = {m.start() for m in bare}
    full = {number.split("/")[0].split("-")[0] for number, _, _ in pending}  # "Thông tư 28" after "Thông tư 28/2013/…"
    bare += [_Bare(m, m.group("kind")) for m in _ACT_NUMBER_ONLY.finditer(text) if m.start() not in seen and
             m.group("number") not in full and not any(start <= m.start("number") < end for start, end in covered)]
    pending += [(m.group("number"), m, m.end()) for m in bare]
    pending = sorted(pending, key=lambda item: item[1].start())
    position = 0
    while position < len(pending):
        raw_number, match, number_end = pending[position]
        position += 1
        listed = _MORE_NUMBERS.match(text, number_end)
        if listed and not any(p[2] == listed.end() for p in pending):
            pending.insert(position, (listed.group("number"), match, listed.end()))
        number = re.sub(r"(?<=[A-ZĐ]{2})[a-zà-ỹđ]{3,}$", "", re.sub(r"\s+", "", raw_number)).rstrip(".-/")  # "TT-BKHCNthay" (a lost space)
        glued_numbers = _GLUED_NUMBER.split(number, maxsplit=1)
        if len(glued_numbers) == 2:
            number = glued_numbers[0]
            pending.insert(position, (glued_numbers[1], match, number_end))  # the date after both is both's
        tail = text[number_end:]
        following = _MORE_NUMBERS.match(tail)
        while following:  # the date written after the last number of a list is every number's date
            tail = tail[following.end():]
            following = _MORE_NUMBERS.match(tail)
        date = None
        glued = re.search(r"(\d{1,2}/\d{1,2}/\d{4})$", number)
        if glued and re.search(r"[A-Za-zĐđ]\d{1,2}/\d{1,2}/\d{4}$", number):
            date = make_date(*glued.group(1).split("/"))
            number = number[: glued.start()].rstrip("-/")
        if not re.search(r"[A-Za-zĐđ]", number) and not (isinstance(match, _Bare) and match.kind):
            continue
        date_match = _REF_DATE.match(tail)
        if date is None and date_match:
            groups = [g for g in date_match.groups() if g is not None]
            date = make_date(*groups[:3]) if len(groups) >= 3 else None
            tail = tail[date_match.end():]
        if date is None and reference is not None and (short := _REF_DATE_NO_YEAR.match(tail)):
            date = make_date(short.group(1), short.group(2), reference.year)
            tail = tail[short.end():]
        more = _MORE_NUMBERS.match(tail) if date_match and date is not None else None
        if more and re.match(r"\s*(?:,|và)\s*số", tail):
            # "các công văn số 250/BXD-KHTC ngày 25/01/2021, số 1730/BXD-KHTC ngày 17/5/2021": the next one, dated too
            more_end = len(text) - len(tail) + more.end()
            if not any(item[2] == more_end for item in pending):
                pending.insert(position, (more.group("number"), match, more_end))
        after_issuer = _DATE_AFTER_ISSUER.match(tail) if date is None else None
        if after_issuer and re.search(rf"(?<![\wÀ-ỹ])(?:{_KIND_RE})(?![\wÀ-ỹ])", after_issuer.group(0)):
            after_issuer = None  # "… của Thủ tướng và Chỉ thị số 05/CT-UBND ngày 31-3-2020": the next one's date
        if after_issuer:
            # "Quyết định số 718/QĐ-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo (GDĐT) ngày 15/3/2022", "công văn số
            # 651 do UBND tỉnh ban hành vào ngày 15/5/2018"
            date = make_date(*[group for group in after_issuer.groups() if group is not None])
        if date is None:
            date = _date_before(text, match.start(), reference)
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
        if key not in found and (with_year := _cited_with_its_year(key, found)):
            key = with_year  # "Nghị định số 53/NĐ-CP" after "Nghị định số 53/2006/NĐ-CP": cited again, shorter
        if key not in found and (longer := next((k for k in found if k.startswith(key + "-")), None)):
            key = longer  # "Nguồn: Công văn 3412/BXD" after "công văn 3412/BXD-KHTC": the same, cut short
        if key in found:
            entry = found[key]
            entry["date"] = entry["date"] or iso(date)
            entry["issuer"] = entry["issuer"] or issuer
            continue
        found[key] = {"kind": kind, "number": number, "date": iso(date), "issuer": issuer,
                      "span": [match.start(), match.end()]}
        order.append(key)
    own = _headline_number(text, found)
    return [found[key] for key in order if key != own]


def _cited_with_its_year(key: str, found: dict) -> str | None:
    """The one earlier citation that is `key` ("53/nđ-cp") with its year written ("53/2006/nđ-cp")."""
    short = re.fullmatch(r"(\d+)/(\D.*)", key)
    if not short:
        return None
    candidates = [other for other in found if re.fullmatch(rf"{short.group(1)}/\d{{4}}/{re.escape(short.group(2))}", other)]
    return candidates[0] if len(candidates) == 1 else None


# a legal database's headline before the document's own: "Nội dung toàn văn Công văn 7599/VPCP-KTTH …"
_FULL_TEXT_OF = re.compile(r"^(?:Nội dung toàn văn|Toàn văn|Xem toàn văn)\s+", re.IGNORECASE)
# the page's own number line, as a letter prints it ("Số: 0155/KH-UBND") or a legal database's card does ("| Số hiệu |
# 0155/KH-UBND |")
_OWN_NUMBER_LINE = re.compile(r"^[|\s]*(?:Số hiệu|Số|SỐ)\s*[:|]", re.IGNORECASE)


def _headline_number(text: str, found: dict) -> str | None:
    """The page's own number: its headline is "Thông báo số 1463/TB-SKHCN về việc …" and no other line cites that
    number (a news item about a document cites it in its body, and there it is a reference)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    opening = [line for line in lines if not re.fullmatch(r"https?://\S+", line)][:2]
    if len(lines) < 3:
        return None  # a sentence, not a page with a headline and a body
    for line in opening:
        headline = _REFERENCE.match(_FULL_TEXT_OF.sub("", line))
        if not headline or ";" in line or len(line.split()) > 40:
            continue  # a headline is one short phrase
        key = fold(headline.group("number")).replace(" ", "")
        citing = [other for other in lines if key in fold(other).replace(" ", "")]
        if key in found and all(_OWN_NUMBER_LINE.match(other) or (m := _REFERENCE.match(_FULL_TEXT_OF.sub("", other)))
                                and fold(m.group("number")).replace(" ", "") == key for other in citing):
            return key
    return None
