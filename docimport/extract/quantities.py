"""Figures: numbers followed by what they count, counts in parentheses, labelled counts, table cells."""
from __future__ import annotations

import re

from core.text import fold

from ..vocabulary import DOCUMENT_KINDS, MEASURE_UNITS, NOT_QUANTITY_BEFORE
from .structure import _SUPERSCRIPT, Paragraph
from .tables import tables

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
# The parts of a legal text ("Thông tư gồm 4 chương, 14 điều") describe the document, they count no work or object.
_DOCUMENT_PARTS = {"chương", "điều", "khoản", "điểm", "mục", "phụ lục"}
# A number names rather than counts after a designator: "(mẫu 01)", "biểu 02", "đợt 7" (the seventh round).
_DESIGNATORS = {"mẫu", "biểu", "đợt", "phụ lục"}
# A count is of a noun: "2 thực hiện", "7 được …" (after a place "xã Phước Cát 2", a round "đợt 7") start a predicate.
_NOT_A_NOUN = re.compile(r"^(?:được|đã|đang|sẽ|là|và|thực hiện|có|không|chưa|đạt|cũng|vẫn|phải|cần)(?![\wÀ-ỹ])", re.I)
# "ít nhất 2 lần/năm", "3 lần mỗi tháng": a frequency, not a count
_FREQUENCY = re.compile(r"^lần\s*(?:/|mỗi|một|trên|trong)\s*(?:năm|tháng|quý|tuần|ngày)(?![\wÀ-ỹ])", re.I)
# a page's furniture: "cms-view-count: 30417", "Lượt xem: 1.234"
_COUNTER_LABEL = re.compile(r"(?:^|[\s|])(?:[a-z]+(?:[-_][a-z]+){2,}|(?i:lượt (?:xem|truy cập|đọc)))\s*$")


def _same_statement(text: str, end: int) -> str:
    """The number's next words, folded: the lead and the body saying "hoàn thành 32 chỉ tiêu chủ yếu …" are one count."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(re.sub(r"^/\d+", "", text[end:end + 80])))[:6])  # "32/32 chỉ tiêu"


def _excluded_by_previous(before_line: str, raw: str) -> bool:
    words = re.findall(r"[\wÀ-ỹ]+", before_line[-40:])
    adjacent = re.search(r"([\wÀ-ỹ]+)[ ]*$", before_line)
    if not adjacent:
        return False
    previous = adjacent.group(1).lower()
    bigram = " ".join(w.lower() for w in words[-2:])
    padded = raw.startswith("0") and len(raw) >= 2
    if previous == "đạo" and re.search(r"(?<![\wÀ-ỹ])chỉ đạo[ ]*$", before_line):
        return False  # the verb: "chỉ đạo 3 xã còn lại …"; the name keeps its capital: "Ban Chỉ đạo 138"
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
        if re.fullmatch(r"(?:19|20)\d\d", raw) and not attached and (
                re.search(r"(?:(?<![\wÀ-ỹ])(?:năm|giai đoạn|học|vụ|đến|tới)|[\-–:])\s*$", before_line, re.I)
                or re.match(r"^\s*(?:(?:và|của|do|để|theo|đến|trở|nhằm|trên|tại|trong)(?![\wÀ-ỹ])|[,;.)]|$)", after)):
            continue  # "giai đoạn 2016 - 2020", "năm học 2025 - 2026 và …", "Lễ hội Xuân: 2019": a year, not "2000 hộ"
        if _excluded_by_previous(before_line, raw):
            continue
        designator = re.search(r"([\wÀ-ỹ]+(?: lục)?)\s*$", before_line)
        if designator and designator.group(1).lower() in _DESIGNATORS:
            continue
        phrase_start = after.lstrip(" ")
        noun = re.match(r"(?:phụ lục|[\wÀ-ỹ]+)", phrase_start) if after[:1] == " " else None
        if noun and (noun.group(0).lower() in _DOCUMENT_PARTS or _NOT_A_NOUN.match(phrase_start)
                     or _FREQUENCY.match(phrase_start)):
            continue
        if noun and re.match(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+ ){1,3}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:[,;.)]|\s*$)", phrase_start):
            continue  # "08 Trần Phú, Phường 7": a street number, the words after it a name
        if _COUNTER_LABEL.search(before_line.rstrip(" :")):
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
    # A headline and a lead that repeat the body's figure count it once (a report restating a figure in another
    # section counts it again): what the first paragraphs say is not counted again below.
    lead_end = _lead_end(text)
    said: set[tuple] = set()
    once = []
    for found in results:
        statement = (found["value"], _same_statement(text, found["span"][1]))
        if statement in said:
            continue
        if found["span"][0] < lead_end:
            said.add(statement)
        once.append(found)
    return once


def _lead_end(text: str) -> int:
    """Where the third paragraph after a page's address ends: the headline, the sapo, the first body paragraph."""
    position, seen = 0, 0
    for line in re.finditer(r"[^\n]+", text):
        if line.group(0).startswith(("http://", "https://")) or not line.group(0).strip():
            continue
        seen += 1
        position = line.end()
        if seen == 3:
            break
    return position


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
