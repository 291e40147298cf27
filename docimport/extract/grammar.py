"""The assignment grammar: sentences cut into clauses, their subject units, assigning verbs and predicates; leaders;
lead-ins and their items. Unit headings are read by `headings`, reports' forward-looking sections by `reports`, a
unit the vocabulary does not know by `addressees`."""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.text import fold

from ..vocabulary import COMMUNE_KINDS, DISTRICT_KINDS, DOCUMENT_KINDS
from .addressees import _unnamed_addressee
from .dates import _DEADLINE_CUE, strongly_cued, task_deadline
from .drafts import TaskDraft
from .structure import Paragraph
from .units import _HEAD_RE, _PROPER, _STOP_RE, UPPER, UnitIndex, agency_span, known_name, read_agency

_SECTION_END = re.compile(
    r"^(?:Trên đây|Nơi nhận|Văn phòng Sở thông báo|Văn phòng .{0,40} thông báo|Yêu cầu (?:các|Thủ trưởng)|"
    r"Đề nghị các (?:phòng|đơn vị) (?:nghiêm túc|triển khai)|Thông báo này|Kết luận này|Quyết định này|KT\.|TL\.|TM\.)",
)
_LEADER = re.compile(
    r"\b(?:Giao|giao)\s+(?:cho\s+)?(?:đồng chí\s+|đ/c\s+)?(?P<title>(?:PGĐ|Phó Giám đốc|Giám đốc|Chánh Văn phòng|"
    r"Phó Chủ tịch(?: UBND tỉnh)?|Chủ tịch(?: UBND tỉnh)?)(?:\s+Sở)?\s+)?"
    r"(?P<name>[A-ZĐ][\wÀ-ỹ]+(?:\s+[A-ZĐ][\wÀ-ỹ]+){1,4})\s+(?:trực tiếp\s+)?(?:chỉ đạo|phụ trách|theo dõi)\s+",
)
_BULLET = re.compile(r"^[-+•–—*]\s+")
# "Yêu cầu các …" / "Đề nghị các …" ends a block of unit headings, but it may assign work of its own.
_CLOSING_REQUEST = re.compile(r"^(?:Yêu cầu|Đề nghị)\s")
_BOILERPLATE = re.compile(r"chịu trách nhiệm thi hành|thi hành (?:Quyết định|Chỉ thị|Thông báo) này|có hiệu lực (?:thi hành )?kể từ", re.I)
# The execution article of a decision names officials, not work: "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các
# Sở: …, Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành …" (even when the page cuts it short).
_EXECUTION_ARTICLE = re.compile(r"^Điều\s+\d+\s*[.:]\s*(?:Các ông|Các bà|Ông|Bà|Chánh Văn phòng|Giám đốc|Thủ trưởng|Chủ tịch)\s")


# --- the sentence grammar: subject units, assignment verb, predicate clauses, deadline ---------------------
# A paragraph is cut into sentences, a sentence into clauses at ";". A sentence assigns work when it holds a
# trigger ("Giao", "Yêu cầu", "Đề nghị", "chỉ đạo" …) followed by one or more units (the subject, units joined by
# ",", "và" or ";" before the predicate share it), or — inside a paragraph that already assigns — starts with a
# unit and a verb ("Riêng UBND xã Y hoàn thành …"). A clause after ";" is a new task only when it has its own
# unit and verb; a bare unit there is one more object of the verb ("Sở X đôn đốc A; B; C"). A sentence with no
# unit continues the task before it until that task has a deadline ("… Yêu cầu gửi trước ngày 25/3/2026.").
_TRIGGER = re.compile(
    r"(?:^|(?<=[\s;:.,(“\"‘]))(?:Giao|giao(?!\s+ban(?![\wÀ-ỹ]))|Yêu cầu|yêu cầu|Đề nghị|đề nghị|Chỉ đạo|Ủy quyền|ủy quyền|"
    r"Phân công|phân công|thông báo(?=\s+(?:đến|tới)\s)|(?:[Kk]ính|[Tt]rân trọng)\s+mời(?=\s+(?:các|Quý|quý)\s)|chỉ đạo(?=\s+cho\s)|chỉ đạo(?=\s*:\s*[“\"]?[A-ZĐÀ-Ỹ])|(?<!bản )(?<!kiến )(?<!sự )(?<!tác )(?<!theo )(?<!các )chỉ đạo,(?=\s)|(?:[Vv]ăn bản|[Cc]ông văn)(?:\s+(?:hỏa tốc|hoả tốc|khẩn))?\s+số\s*[\w/.-]+(?:\s+ngày\s+[\d/.-]+)?,?\s+chỉ đạo|(?:[Vv]ăn bản|[Cc]ông văn|[Cc]ông điện|[Cc]hỉ thị)(?:\s+(?:hỏa tốc|hoả tốc|khẩn))?\s+chỉ đạo|(?:nhấn mạnh|lưu ý|khuyến cáo)(?=\s+(?:các|UBND|Sở|sở|Cục|Ban|Phòng|Công an|Trung tâm|Chi cục|Thanh tra|Văn phòng|ngành|huyện|xã|TP|thành phố)\s))(?:\s*:\s*[“\"]?|\s+|(?:(?<=đề nghị)|(?<=yêu cầu)|(?<=Đề nghị)|(?<=Yêu cầu)),\s+)"
    r"(?:(?:(?<=giao )|(?<=Giao ))(?:trách nhiệm|nhiệm vụ)\s+cho\s+|(?<=thông báo )(?:đến|tới)\s+|cho\s+|trước mắt\s*,?\s+)?"
)
# "X chỉ đạo Y làm Z" is X's task; only a lead-in "X chỉ đạo Y như sau:" hands the items to Y. A leader is no unit:
# what a chairman or director "chỉ đạo" a unit to do is that unit's work.
_LEADER_DIRECTS = re.compile(r"(?:(?:Chủ tịch|Giám đốc|Bí thư|Trưởng ban|Thủ tướng|(?<=, )ông|(?<=, )bà)"  # ", ông chỉ đạo …"
                             r"(?:\s+[^\s.;:,]+){0,10}?\s+(?:(?:cũng|vừa)\s+)?"
                             r"|(?:[Đđ]ồng chí|Ông|Bà)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,4}\s+(?:(?:cũng|vừa)\s+)?"  # "Đồng chí Hậu chỉ đạo …"
                             # "… Phó Chủ tịch UBND huyện đánh giá cao …, đồng thời chỉ đạo UBND các xã …"
                             r"|(?:Chủ tịch|Giám đốc|Bí thư|Trưởng ban|Thủ tướng|[Đđ]ồng chí)[^.;:]*?,\s*(?:đồng thời|và|cũng)\s+)"
                             r"(?:(?:đã|vừa)\s+)?(?<!đang )chỉ đạo\s+(?:cho\s+)?")
_DIRECTS = re.compile(r"(?<![\wÀ-ỹ])(?:chỉ đạo|hướng dẫn)\s+")
# a news item's dateline before its first sentence: "Cà Mau - ", "(THPL) - ", "(GLO)- ", "TP.HCM – "
_DATELINE = r"(?:\([^()]{1,30}\)\s*|[A-ZĐ][\wÀ-ỹ.]*(?:\s+[A-ZĐ][\wÀ-ỹ.]*){0,3}\s+)[-–—]\s+"  # "(GLO)- "
_OPENER = re.compile(r"^(?:" + _DATELINE + r")?[“\"‘]?\s*(?:(?:Riêng|Đối với|đối với|Đồng thời|Ngoài ra|Bên cạnh đó|Cùng với đó|Song song đó|Song song với đó|Trong đó|Mặt khác|Theo đó|Cụ thể|Trước mắt|Đặc biệt(?: là)?|Nhất là|Hiện nay|Hiện tại)"
                     r"\s*,?\s*)*")  # a quotation opens the sentence: "“Sở Xây dựng chủ trì …”, Phó Chủ tịch nhấn mạnh"
# "đối với X, <verb> …" names the topic first: X is the subject ("Ngoài ra, đối với UBND huyện, chỉ đạo UBND xã …");
# so does "Riêng X, UBND TP giao kiểm tra …"
_TOPIC = re.compile(r"(?:^|\s)(?:[Đđ]ối với|Riêng)\s*$")
# An adverbial before the unit: "Trên cơ sở báo cáo của các đơn vị, Sở X …", "Sau khi ban hành Kế hoạch, các cơ quan …",
# "yêu cầu: từ ngày 30/4 đến hết ngày 03/5, các đơn vị …".
_ADVERBIAL = re.compile(
    r"\s*:?\s*(?:(?:Trên cơ sở|trên cơ sở|Sau khi|sau khi|Căn cứ|căn cứ|Để|để|Trong thời gian|trong thời gian|Từ ngày|từ ngày|"
    r"Từ nay|từ nay|Trong|trong|Thời gian tới|thời gian tới|Trước|trước|Chậm nhất|chậm nhất|Đến|đến|Khi|khi|Theo đó|Cụ thể|Đồng thời|đồng thời|"
    r"Tiếp thu|Thực hiện|Triển khai|Qua|Về)"
    r"[^,;:]{0,140},\s*)+")
_LONG_ADVERBIAL = re.compile(r"(?:Trên cơ sở|Sau khi|Để|Ngoài|Nhằm)\s")
# what makes the words before the subject not a plain adverbial: a condition ("nếu có phát sinh …, Sở X báo cáo")
# is not an assignment (LABELING.md), and "phối hợp với A, B, UBND các huyện" lists helpers, not a subject
_CONDITION = re.compile(r"(?<![\wÀ-ỹ])(?:nếu|trường hợp)(?![\wÀ-ỹ])", re.I)
_NOT_ADVERBIAL = re.compile(r"(?<![\wÀ-ỹ])(?:nếu|trường hợp|phối hợp|với)(?![\wÀ-ỹ])", re.I)
_ABBREVIATION_DOT = re.compile(r"(?:^|\s)(?:TP|Tp|tp|ThS|TS|PGS|GS|BS|KS|Q|P|TX|tx|Th\.S|đ/c|Đ/c|Ô|Bà|St|Mr|Ms)\.$")
# a stored news page runs a photo's credit into the next sentence: "… Ảnh: Bùi Ngọc Long Chủ tịch UBND tỉnh chỉ đạo …"
_PHOTO_CREDIT = re.compile(rf"(?<![\wÀ-ỹ])Ảnh\s*:\s*(?:[{UPPER}][\wÀ-ỹ]*\s+){{1,4}}?"
                           r"(?=(?:Chủ tịch|Phó Chủ tịch|Phó|UBND|Ủy ban|Sở|Bộ|Giám đốc|Bí thư|Thủ tướng|Theo|Tại|Trong|"
                           r"Ông|Bà|Đồng chí|Lãnh đạo|Các|Đồng thời|Ngoài ra|Trước đó|Hiện nay|Sau khi)\s)")
_SENTENCE_BREAK = re.compile(rf"(?<=[.!?…])[”\")]*\s+(?=[{UPPER}“\"])")
# The end of a lead-in: "… như sau:", "… một số nội dung sau:", "…:" with nothing after the units.
# the remit a body acts by: "theo chức năng, nhiệm vụ được giao", "trong phạm vi thẩm quyền của mình"
_REMIT = (r"(?:theo|trong phạm vi|căn cứ)\s+(?:chức năng|thẩm quyền)[\s,]*(?:nhiệm vụ|quyền hạn)?"
          r"(?:\s+(?:được giao|của (?:đơn vị|ngành|mình)))?")
_LEAD_IN_END = re.compile(r"(?:(?<![\wÀ-ỹ])(?:sau(?: đây)?|như|gồm|thực hiện|triển khai|cụ thể|tham mưu)|^"
                          # "… Công an tỉnh và UBND các huyện theo chức năng nhiệm vụ:": only their remit, then the items
                          rf"|^\s*,?\s*{_REMIT})\s*:\s*$")
# A closing line with no object: "Đề nghị các đơn vị trực thuộc nghiêm túc triển khai thực hiện./."
_GENERIC_PREDICATE = re.compile(
    r"^(?:[\s./,;:-]|nghiem tuc|khan truong|chu dong|kip thoi|to chuc|trien khai|phoi hop|thuc hien|quan tam|"
    r"biet|va|de|theo|dung|dung|day du|noi dung|cac|tren|nay|thong bao|ket luan|y kien|chi dao|van ban|ke hoach|"
    r"quyet dinh|quy dinh|cong van|tinh than|cua|giam doc|thu truong|so|ubnd|tinh|lanh dao|chi thi|cong tac|co lien quan|"
    r"lien quan|thi hanh|tot|nghiem|sau|day|sat|tham khao|tham gia|phan cong|nhiem vu|duoc|giao|thong nhat|"
    r"dia phuong|neu tren|tren day|don vi|co quan|co trach nhiem|chiu trach nhiem|voi|phap luat|hien hanh|tap trung|"
    r"mot so)*$"
)
_SEND = re.compile(r"(?<![\wÀ-ỹ])(?:gửi|chuyển|nộp|báo cáo|qua)\s+(?:về\s+)?(?:cho\s+)?")  # "… báo cáo … qua Sở X"
_PURPOSE = re.compile(r",?\s+(?P<word>(?:để|cho)\s+)(?=(?:sở|Sở|phòng|Phòng|đơn vị|cơ quan|ban|Ban|UBND|[a-zđà-ỹ]))")


_RECIPIENTS = re.compile(r"^(?:Kính gửi|Nơi nhận)")


# Who assigns in a province: its People's Committee (and its chairman), the city's in a centrally-run city.
_PROVINCIAL = re.compile(rf"^(?:UBND|Ủy ban nhân dân) (?:tỉnh|thành phố|TP)(?:\.?\s*[{UPPER}][\wÀ-ỹ.]*)*$")  # "UBND tỉnh Cà Mau"
# the central government: a ministry, the Government, the Prime Minister; a Party committee directs as they do
_CENTRAL = re.compile(r"^(?:Bộ\s+(?!Chỉ huy)[A-ZĐ]|Chính phủ$|Thủ tướng(?: Chính phủ)?$"
                      r"|(?:Ban Thường vụ\s+)?(?:Tỉnh|Huyện|Thị|Thành)\s+ủy(?:\s+[A-ZĐ][\wÀ-ỹ]*)*$)")  # a Party committee too
_ASSIGNER_VERB = re.compile(r"(?:chỉ đạo|giao|yêu cầu|đề nghị|ban hành|thông báo|phân công)\s+(?:cho\s+)?")
# One People's Committee (not "UBND các huyện") and what it does as the assigning government.
_ONE_COMMITTEE = re.compile(r"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố|TP|huyện|thị xã|quận)(?![\wÀ-ỹ])(?!\s*,)")
_DECIDES = re.compile(r"^(?:đồng ý|thống nhất|nhất trí|chấp thuận|cho phép|thành lập|phê duyệt|quyết định|ban hành|"
                      r"tổ chức (?:phiên |cuộc )?họp|tổ chức hội nghị|họp|đánh giá kết quả|sẽ)(?![\wÀ-ỹ])")
_BARE_KIND = re.compile(r"(?:cơ quan|đơn vị|tổ chức|địa phương|doanh nghiệp|ban quản lý dự án|chủ đầu tư|nhà thầu)(?:\s+(?:ngang bộ|thuộc Chính phủ|trung ương|"
                        r"Trung ương|liên quan|có liên quan|trực thuộc))?(?=\s*[,;]|\s+và\s|\s+(?:thực hiện|có trách nhiệm|chủ động|quyết liệt|khẩn trương|tập trung)\b)")
_PLACE_AFTER = re.compile(r"\s+(?:trên địa bàn|trong|thuộc)\s+(?:tỉnh|huyện|thành phố|thị xã)(?![\wÀ-ỹ])(?=\s*[,;]|\s+và\s)")
_REQUESTS_APPROVAL = re.compile(r"^(?:phê duyệt|xem xét|quyết định|cho ý kiến|chấp thuận|ban hành)(?![\wÀ-ỹ])")
# An adverb between the subject and its assigning verb: "cũng", "đã", "vừa", "tiếp tục", "cũng đã" …
_ADVERB_BEFORE_VERB = re.compile(r"^(?:(?:cũng|đã|vừa|tiếp tục|còn)\s+)+(?=(?:chỉ đạo|giao|yêu cầu|đề nghị|phân công)\s)")
# "UBND huyện, các xã, thị trấn": the committee and the localities under it are one unit, not a list of two
_LOWER_LOCALITIES = re.compile(r"các\s+(?:xã|phường|thị trấn|huyện|quận|thị xã)(?![\wÀ-ỹ])")
# "các Ban HĐND huyện" (a capitalised kind and a name, not "các phòng GDĐT"): a collective of named bodies ends where the next unit begins ("…, UBND huyện, …")
_NAMED_COLLECTIVE = re.compile(rf"^[Cc]ác\s+[{UPPER}][^\s,;]*\s+[{UPPER}]")
_TITLE_AHEAD = re.compile(r"(?:Chủ tịch|chủ tịch|Giám đốc|giám đốc|Thủ trưởng|thủ trưởng|Trưởng|trưởng|Lãnh đạo|lãnh đạo)\s")


@dataclass
class _Group:
    """Units sharing one predicate: text = sentence[start:end]."""

    units: list[tuple[str, int]]
    start: int
    end: int
    object_list: bool = False
    period: str = ""  # a period named before the speaker ("Trong tháng 11, …"), put before the text


# "Về giải pháp trong tháng 11, ông A đề nghị Sở X …", "Trong tháng 12, UBND tỉnh giao Sở Y …": a month named in the
# sentence's opening clause, before the speaker and the request verb, is when the requested work falls
_OPENING_PERIOD = re.compile(r"^[^,;:]{0,80}?(?<![\wÀ-ỹ])[Tt]rong\s+(tháng\s+\d{1,2}(?:\s*(?:/|-|năm)\s*\d{4})?)\s*,")


def sentences(text: str, start: int = 0) -> list[tuple[int, str]]:
    """(offset, sentence) of `text[start:]`; a period after "TP", "ThS", "đ/c" … does not end a sentence."""
    out, position = [], start
    breaks = [(m.start(), m.end()) for m in _SENTENCE_BREAK.finditer(text, start)
              if not _ABBREVIATION_DOT.search(text[max(start, m.start() - 6): m.start()])]
    breaks += [(m.end(), m.end()) for m in _PHOTO_CREDIT.finditer(text, start)]
    for break_start, break_end in sorted(breaks):
        if break_start < position:
            continue
        piece = text[position: break_start]
        if piece.strip():
            out.append((position, piece))
        position = break_end
    if text[position:].strip():
        out.append((position, text[position:]))
    return out


_HUMBLE = re.compile(r"\sxin$")
_HUMBLE_VERB = re.compile(r"\s*(?:xin|kính)(?![\wÀ-ỹ])")  # "Ban Tổ chức xin gửi …", "Phòng X kính chuyển …"
# a quotation cut short with "…" and going on in lower case with the next assignment: "… gói thầu số 7… giao cho Sở Y
# chủ trì …" parts two clauses as ";" does
_ELLIPSIS_ASSIGNS = re.compile(r"(?:…|\.\.\.)(?=\s*(?:giao|yêu cầu|đề nghị)\s)")
# a second subject inside one sentence: "Công an tỉnh bảo đảm an ninh mạng, trong khi Sở KH&CN chủ trì …"
_CLAUSE_CONJUNCTION = re.compile(r"(?:trong khi|còn|đồng thời)\s*,?\s+")
_SECOND_SUBJECT = re.compile(r",(?=\s*(?:trong khi|còn)\s+)")
# the chair's own dated decision after a ";" ("…; thống nhất dời thời gian tổ chức sang ngày 19 và 20-8"): it ends the
# task before it, whose deadline its date is not ("thống nhất với Sở Y …" is still the task's work)
_DECISION_CLAUSE = re.compile(r"(?:thống nhất|đồng ý|nhất trí|chấp thuận)(?!\s+với)(?![\wÀ-ỹ])")


_DIRECTS_OBJECTS = re.compile(r"\s*(?:đôn đốc|chỉ đạo|hướng dẫn|nhắc nhở)\s+")


def _only_directs_units(clause: str, index: UnitIndex) -> bool:
    """The clause is a directing verb and the units it directs, nothing else ("đôn đốc các sở, ngành liên quan"):
    the units of the next clause are more of its objects, and what they are to do is still the subject's task."""
    verb = _DIRECTS_OBJECTS.match(clause)
    if not verb:
        return False
    units, end = _subjects(clause, verb.end(), index, after_semicolon=False)
    return bool(units) and not clause[end:].strip(" ,.")


# the readers addressed with respect: "kính đề nghị quý cơ quan, ban, ngành, huyện, thành phố quan tâm, hỗ trợ …"
# "Quý cơ quan, đơn vị", "Quý Sở", "Quý Cơ quan": the letter's addressees, however they are asked ("… có ý kiến góp ý")
_HONORIFIC = re.compile(r"\s*[Qq]u[ýí]\s+"
                        r"(?:[Cc]ơ quan|[Đđ]ơn vị|Sở|Bộ|Ban|Cục|Tổng cục|[Tt]rường|[Dd]oanh nghiệp|[Đđ]ịa phương)"
                        r"(?:\s*,\s*(?:cơ quan|đơn vị|ban|ngành|đoàn thể|địa phương|huyện|"
                        r"thị xã|thành phố|tổ chức|doanh nghiệp)(?![\wÀ-ỹ]))*(?![\wÀ-ỹ])")


def _honorific(text: str) -> tuple[str, int, int] | None:
    found = _HONORIFIC.match(text)
    if not found:
        return None
    begin = len(found.group(0)) - len(found.group(0).lstrip())
    return found.group(0).strip(), begin, found.end()


_INLINE_LEAD = re.compile(r"(?<![\wÀ-ỹ])(?:như sau|sau đây|sau|trọng tâm|cụ thể)\s*:\s*")


def _inline_clauses(text: str, s_start: int, sentence: str, index: UnitIndex) -> list[_Group]:
    """Groups of the ";" items after a lead-in's colon inside one sentence that open with a unit and a verb."""
    lead = _INLINE_LEAD.search(sentence)
    if not lead:
        return []
    end = s_start + len(sentence.rstrip())
    starts = [s_start + lead.end()] + [at + 1 for at in _top_level_semicolons(text, s_start + lead.end(), end)]
    groups = []
    for position, begin in enumerate(starts):
        stop = starts[position + 1] - 1 if position + 1 < len(starts) else end
        clause = text[begin:stop]
        units, unit_end = _subjects(clause, 0, index, after_semicolon=False)
        after = clause[unit_end:].lstrip()
        if units and units[0][1] <= 2 and _STOP_RE.match(after) and not _PAST.match(after):
            groups.append(_Group(units=[(n, begin + a) for n, a in units], start=begin + units[0][1], end=stop))
        elif groups and not units and _STOP_RE.match(clause.lstrip()) and not _has_due_date(text[groups[-1].start: groups[-1].end]):
            groups[-1].end = stop  # "…: Sở X chủ trì rà soát …; gửi báo cáo về Bộ Y trước ngày 15/12": the same unit's work
    return groups


def _top_level_semicolons(text: str, start: int, end: int) -> list[int]:
    depth, found = 0, []
    for offset in range(start, end):
        char = text[offset]
        if char in "(“":
            depth += 1
        elif char in ")”" and depth:
            depth -= 1
        elif char == ";" and not depth:
            found.append(offset)
    return found


def _subjects(text: str, position: int, index: UnitIndex, *, after_semicolon: bool = True):
    """Units named from `position` on, joined by ",", "và" (not before "các …") or ";": ([(name, start)], end)."""
    units: list[tuple[str, int]] = []
    listed = False  # after a ";" of the list: a member no unit word names may follow
    shared = None  # the head a member written without it shares with the unit before ("Sở Tài chính, NN&PTNT")
    while len(units) < 15:
        listing = _listed_agencies(text, position, index)
        if listing:
            # "UBND các huyện …; các sở: Xây dựng, Giao thông vận tải, Công Thương …": one unit for each Sở named
            names, cursor = listing
            at = position + len(text[position:]) - len(text[position:].lstrip())
            units += [(name, at) for name in names]
            position = cursor
            separator = re.match(r"\s*(;|,|và)\s*", text[position:])
            if not separator or not agency_span(text[position + separator.end():], index):
                break
            position += separator.end()
            continue
        found = agency_span(text[position:], index) or _honorific(text[position:]) or (
            listed and _listed_member(text[position:])) or (shared and _shared_head_member(text[position:], shared, index))
        shared = None
        if not found:
            break
        name, begin, end = found
        titled = re.search(r",\s*(?=" + _TITLE_AHEAD.pattern + ")", name)
        if titled:  # "Ban An toàn giao thông huyện, Thủ trưởng các cơ quan, đơn vị …": a title begins the next unit
            name, end = name[: titled.start()], begin + titled.start()
        place = _PLACE_AFTER.match(text, position + end)
        if place:  # "các cơ quan trung ương trên địa bàn tỉnh": where they are belongs to the unit
            name, end = name + place.group(0), end + len(place.group(0))
        units.append((name, position + begin))
        position += end
        if _COMMITTEE_OF_PLACE.match(name):
            # "Ủy ban nhân dân thị xã Hương Thủy, thị xã Hương Trà và thành phố Huế": one head shared by the
            # localities named after it is one unit (LABELING.md 2)
            level = _place_level(name)  # "UBND huyện A, xã B": the commune of the district is a body of its own
            while (more := _MORE_PLACES.match(text, position)) and _place_level(more.group("kind")) == level:
                position = more.end()
            units[-1] = (text[units[-1][1]:position], units[-1][1])
        members = re.match(r"\s*:\s*", text[position:]) if name.lower().startswith("các ") else None
        if members and agency_span(text[position + members.end():], index, allow_comma=False):
            # "các ngành liên quan: Chi cục Thống kê, Phòng Nông nghiệp …, UBND các xã tiến hành …": the bodies
            # listed are the units
            units.pop()
            position += members.end()
            continue
        note = re.match(r"\s*\([^()]{1,80}\)", text[position:])  # "Phòng QLKH (PGĐ Nguyễn Văn A phụ trách)"
        if note:
            position += note.end()
        # "yêu cầu Công an tỉnh, Sở Y tế và đề nghị Liên đoàn Lao động tỉnh tiếp tục …": one list, one predicate
        separator = re.match(r"\s*(;|,|và)\s*(?:(?:đề nghị|yêu cầu)\s+)?", text[position:])
        if not separator or (separator.group(1) == ";" and not after_semicolon):
            break
        following = text[position + separator.end():]
        nxt = agency_span(following, index)
        if not nxt and separator.group(1) == "," and units[-1][0].lower().startswith("các"):
            # "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ": more kinds of the same collective, in lower case
            kind = _BARE_KIND.match(following)
            if kind:
                nxt = (following[: kind.end()], 0, kind.end())
        if not nxt and separator.group(1) == ",":
            # "Phòng Quản lý Khoa học, phòng quản lý công nghệ-SHTT có trách nhiệm …": the same kind of unit again,
            # its head written in lower case
            head = re.match(r"(phòng|ban|sở|trung tâm|chi cục)\s+[\wÀ-ỹ]", following)
            if head and units[-1][0].lower().startswith(head.group(1) + " "):
                nxt = agency_span(following[0].upper() + following[1:], index)
                if nxt:
                    text = text[:position + separator.end()] + following[0].upper() + following[1:]
        if not nxt and separator.group(1) in (",", "và"):
            # "giao Sở Tài chính, NN&PTNT, Tài nguyên - môi trường theo dõi …": the Sở of each name
            head = re.match(r"(Sở|Bộ)\s", units[-1][0])
            nxt = _shared_head_member(following, head.group(1), index) if head else None
            shared = head.group(1) if nxt else None
        if not nxt and separator.group(1) == ";" and after_semicolon:
            # "đề nghị các sở, ngành; doanh nghiệp, tổ chức khoa học và công nghệ trong tỉnh xây dựng …": a member
            # of the list that no unit word names, read up to the shared verb
            nxt = _listed_member(following)
        if not nxt:
            break
        if following[nxt[1]:].lower().startswith("các") and not units[-1][0].lower().startswith("các") and (
                separator.group(1) == "và" and not _same_kind(units[-1][0], following[nxt[1]:]) or
                separator.group(1) == "," and _ONE_COMMITTEE.match(units[-1][0]) and
                _LOWER_LOCALITIES.match(following[nxt[1]:])):
            break  # "Sở Tài chính và các cơ quan liên quan": those help, they do not lead; but bodies of the named one's
            # kind are its peers ("Sở Nội vụ và các sở, ngành liên quan"), and a comma goes on listing ("Thường trực
            # HĐND huyện, các Ban HĐND huyện, UBND huyện …")
        if separator.group(1) != ";" and units[-1][0].lower().startswith("các") and not _TITLE_AHEAD.match(following) \
                and not _NAMED_COLLECTIVE.match(units[-1][0]):
            # a collective and what follows it is one unit: "các cơ quan, ban, ngành, đoàn thể, UBND các xã, thị
            # trấn", "các cơ quan liên quan và UBND các huyện"
            name, begin = units[-1]
            position += separator.end() + nxt[2]
            place = _PLACE_AFTER.match(text, position)
            if place:
                position = place.end()
            units[-1] = (text[begin:position], begin)
            separator = re.match(r"\s*(;)\s*", text[position:])
            if not separator:  # "…, các cơ quan trung ương trên địa bàn tỉnh, Chủ tịch UBND các huyện": a new titled unit
                separator = re.match(r"\s*(,)\s*(?=" + _TITLE_AHEAD.pattern + ")", text[position:])
            if not separator or not (agency_span(text[position + separator.end():], index) or (
                    separator.group(1) == ";" and after_semicolon and _listed_member(text[position + separator.end():]))):
                break
        listed = separator.group(1) == ";" and after_semicolon
        position += separator.end()
    return units, position


def _kinds_of_locality(*, dot_optional: bool = False) -> str:
    """The vocabulary's kinds of locality as one alternation; "TP" may be written without its dot after "UBND"."""
    return "|".join(re.escape(kind) + ("?" if dot_optional and kind.endswith(".") else "")
                    for kind in DISTRICT_KINDS + COMMUNE_KINDS)


_LOCALITY_KIND = _kinds_of_locality()
_COMMITTEE_OF_PLACE = re.compile(rf"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:{_kinds_of_locality(dot_optional=True)})"
                                 rf"\s*[{UPPER}]")
_MORE_PLACES = re.compile(rf"\s*(?:,|và)\s*(?P<kind>{_LOCALITY_KIND})\s*{_PROPER}(?![\wÀ-ỹ])")
_KIND_OF_LOCALITY = re.compile(rf"(?<![\wÀ-ỹ])({_LOCALITY_KIND})(?![\wÀ-ỹ])")


def _place_level(name: str) -> str:
    """"district" or "commune": the level of the first locality a name opens with (after its committee)."""
    kind = _KIND_OF_LOCALITY.search(name)
    return "commune" if kind and kind.group(1) in COMMUNE_KINDS else "district"


def _shared_head_member(text: str, head: str, index: UnitIndex) -> tuple[str, int, int] | None:
    """("Sở NN&PTNT", 0, end) for "NN&PTNT, …" after "Sở Tài chính, ": a capitalised name that is no unit of its
    own, read with the head of the unit before it; end is measured in `text`."""
    if not text[:1].isupper() or agency_span(text, index):
        return None
    name = read_agency(f"{head} {text}", index, allow_comma=False)
    if not name or len(name) <= len(head) + 1 or len(name.split()) > 8:
        return None
    return name, 0, len(name) - len(head) - 1


def _same_kind(name: str, collective: str) -> bool:
    """"Sở Nội vụ" and "các sở, ngành …": the collective names bodies of the unit's own kind."""
    kind = name.split()[0].lower() if name.split() else ""
    return bool(kind) and fold(collective).startswith(f"cac {fold(kind)}")


def _listed_member(text: str) -> tuple[str, int, int] | None:
    """(name, start, end) of a member of a ";" list of units that no unit word names (see _unnamed_addressee)."""
    unnamed = _unnamed_addressee(text, 0, listed=True)
    if not unnamed:
        return None
    return unnamed[0], unnamed[1] - len(unnamed[0]), unnamed[1]


def _has_due_date(text: str) -> bool:
    deadline = task_deadline(text)
    return bool(deadline and (deadline.due_date or deadline.recurring))


_PLACE_TAIL = re.compile(rf"^\s*(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận)\s+(?:[{UPPER}][\wÀ-ỹ]*\s*)+")


def _names_only(rest: str, index: UnitIndex) -> bool:
    """Nothing but more names follows the units ("… giao Sở X tỉnh Y, UBND các huyện," where the stored page is cut):
    no work is named, so there is no task."""
    for _ in range(12):
        rest = rest.strip(" ,;.…")
        if not rest:
            return True
        place = _PLACE_TAIL.match(rest)
        named = agency_span(rest, index) if not place else None
        if place:
            rest = rest[place.end():]
        elif named and named[1] == 0 and (len(rest) == named[2] or rest[named[2]] in " ,;.…"):
            rest = rest[named[2]:]
        else:
            return False
    return False


def _second_dated_work(before: str, clause: str) -> bool:
    """The clause after ";" is work of its own: both it and the clauses before it give a firm deadline, and it opens
    with a verb."""
    verb = clause.lstrip(" ,")
    return bool(_STOP_RE.match(verb)) and not _PAST.match(verb) and _has_firm_due_date(before) and \
        _has_firm_due_date(clause)


def _has_firm_due_date(text: str) -> bool:
    """A deadline other than a period ("… kết quả từ ngày 30/01 đến ngày 24/4"): a period may be what the work is
    about, so the paragraph after it may still say when the work is due."""
    deadline = task_deadline(text)
    return bool(deadline and (deadline.recurring or (deadline.due_date and deadline.kind != "range")))


# the unit speaks or looks ahead, nothing is asked of it: "Sở GD-ĐT lưu ý …", "Sở sẽ sử dụng số liệu …", a news
# report's "UBND huyện cho hay …"
_SPEAKER = re.compile(r"^\s*,?\s*(?:sẽ|lưu ý|cho biết|cho hay|nhấn mạnh|ghi nhận|đánh giá cao|nhắc nhở)(?![\wÀ-ỹ])", re.I)
# a unit named right after "đề nghị", "yêu cầu" or "giao" is asked: "đề nghị Sở X ghi nhận ý kiến …, lưu ý …" is work
_ASKED_OF = re.compile(r"(?<![\wÀ-ỹ])(?:[Gg]iao|[Yy]êu cầu|[Đđ]ề nghị)\s+(?:cho\s+)?$")
# "… có trách nhiệm phối hợp chặt chẽ với Sở Y tế trong việc triển khai Kế hoạch", "… chủ động phối hợp với Sở Công
# Thương để thực hiện có hiệu quả công tác …": helping the lead unit carry out its work, not a task of their own
_COORDINATION_ONLY = re.compile(
    r"^[\s,]*(?:theo chuc nang,?\s*nhiem vu(?:,?\s*quyen han)?(?:\s*duoc giao)?\s*,?\s*)?"
    r"(?:(?:co|chiu) trach nhiem|chu dong|tich cuc)\s+"
    r"phoi hop(?:\s+chat che)?\s+voi\s+[^;.]{1,80}?\s+(?:trong\s+(?:viec|qua trinh)|de)\s+"
    r"(?:to chuc\s+)?(?:trien khai|thuc hien|to chuc)(?:\s+(?:co hieu qua|tot|nghiem))?(?=\s)"
    r"[^;]{0,160}$")
# "Trong đó, tập trung vào một số nhiệm vụ trọng tâm: …", "Cụ thể, các nhiệm vụ sau: …": the work of the units just
# named follows the colon, as items
_FOCUS_ITEMS = re.compile(r"^\s*(?:Trong đó|Cụ thể|Theo đó)\s*,?\s*"
                          r"(?:tập trung(?:\s+vào)?\s+|thực hiện\s+|triển khai\s+)?"
                          r"(?:một số|các|những)?\s*(?:nhiệm vụ|nội dung|giải pháp)(?:\s+[\wÀ-ỹ]+){0,4}?\s*:\s*")
_REQUIREMENTS_FOLLOW = re.compile(r"(?<![\wÀ-ỹ])(?:(?:với|theo|đảm bảo|bảo đảm)\s+(?:các|những)\s+yêu cầu"
                                  r"(?:\s+cụ thể)?|(?:nộp|gửi)\s+hồ sơ[^:;.]{0,80}?)(?:\s+như)?\s+sau\s*:\s*$")
# ("… nộp hồ sơ đề nghị như sau:" ¶ "Thành phần hồ sơ: …" ¶ "Số lượng: 02 bộ": the items describe the one dossier)
# an item that is a round of its own ("Đợt 1: Nộp trước ngày 01/5/2018 …", "Đợt 2: …"): a task, not a part
_ROUND = re.compile(r"^\W*(?:Đợt|Lần|Giai đoạn)\s+(?:\d+|[IVX]+)\s*[:.,-]")
# an item that only cites a document: the bases of what is asked, listed under it
_CITATION_ITEM = re.compile(rf"^\W*(?:{'|'.join(sorted(DOCUMENT_KINDS, key=len, reverse=True))})"
                            r"\s+(?:số\s*)?\d+[^\s,;]*\s+(?:ngày|của)\s")
_ADVISES = re.compile(r"(?<![\wÀ-ỹ])tham mưu(?:\s+[\wÀ-ỹ]+){0,6}?\s*:\s*$")
# "Tỉnh Thừa Thiên Huế cũng đã lên kế hoạch di dời … trước 19 giờ ngày 17.9": a body telling what it has done does not
# continue the task before it, nor give it that date
_NARRATES_DONE = re.compile(rf"^[“\"]?[{UPPER}][\wÀ-ỹ.&]*"
                            rf"(?:\s+(?:[{UPPER}][\wÀ-ỹ.&]*|[-–]|tỉnh|huyện|thành phố|thị xã|xã|phường|quận)){{0,8}}"
                            r"\s+(?:cũng\s+)?(?:đã|đang|vừa)\s+(?!được\s+giao)")
_MEETING_NARRATION = re.compile(r"^\s*Tại (?:cuộc họp|hội nghị|buổi làm việc|phiên họp|buổi họp)(?![\wÀ-ỹ])", re.I)
_REPORTED = re.compile(r"^\s*(?:huyện\s+|tỉnh\s+)?(?:báo cáo (?:kết quả|tình hình)|trình bày|cho biết|phát biểu|thông tin)"
                       r"(?![\wÀ-ỹ])", re.I)
# a bare collective that points back at units the paragraph has named ("các địa phương", "các đơn vị")
_ANAPHORIC = re.compile(r"^(?:cac\s+)?(?:dia phuong|don vi|co quan)(?:\s*(?:,|va)\s*(?:cac\s+)?(?:dia phuong|don vi|co quan))*$")
# a subject that points back to the units just named: "Các địa phương này", "các đơn vị nêu trên", "các sở nói trên"
_POINTS_BACK = re.compile(r"(?<![\wÀ-ỹ])(?:này|nêu trên|nói trên|kể trên|trên)$")
# a paragraph wholly in brackets is an aside, not a new statement
_ASIDE = re.compile(r"^\s*\([^()]{1,80}\)\s*\.?\s*$")


# "… triển khai thực hiện và báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) nếu có vấn đề phát sinh": reporting only
# what may go wrong adds no work to a generic predicate
_REPORT_IF_ANY = re.compile(r"\s*(?:,|và)?\s*(?:kịp thời\s+)?(?:báo cáo|phản ánh|đề xuất)[^.;]{0,80}?\s(?:nếu|khi|trường hợp)\s+có\s"
                            r"[^.;]{0,80}(?:vướng mắc|khó khăn|phát sinh|vượt thẩm quyền)[^.;]{0,40}[.;]?\s*$")


# "UBND tỉnh trả lời:" before the answer's paragraphs: who speaks, the work is in what follows
_SPEECH_ONLY = re.compile(r"^\s*(?:tra loi|co y kien(?: chi dao)?|ket luan|cho biet|neu|phat bieu|giai trinh)(?: nhu sau)?\s*:\s*$")


def _is_generic(predicate: str) -> bool:
    if _has_due_date(predicate) or re.search(r"(?<![\wÀ-ỹ])số\s*\d|\d+\s*/\s*[A-ZĐ]", predicate):
        return False  # "… triển khai thực hiện nghiêm túc Công điện số 81 …": a named document is an object
    condition = _REPORT_IF_ANY.search(predicate)
    if condition and condition.start() > 0:
        predicate = predicate[: condition.start()]
    return bool(_GENERIC_PREDICATE.match(fold(predicate)))


_DATE_LABEL = re.compile(r"(?:(?:Từ|Trước|Đến|Trong|Chậm nhất)\s+(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
                         r"(?:\s*(?:đến|-|–)\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?|"
                         r"(?:Tháng|Trong tháng)\s+\d{1,2}(?:\s*[/.-]\s*\d{4})?|"
                         r"Ngày\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|"
                         r"Quý\s+(?:I{1,3}|IV|[1-4])(?:\s*[/.-]\s*\d{4})?)\s*:\s*(?=[A-ZĐ])")
_OBLIGED = re.compile(r"\s*(?:cũng\s+)?(?:cần phải|phải|cần|có trách nhiệm|chịu trách nhiệm)\s+"
                      r"(?!là\s|được\s|có\s)[a-zđà-ỹ]")
_EARLIER = re.compile(r"^\s*Trước đó\s*,")
# a speaker telling what was already done: "cho biết: UBND huyện đã yêu cầu …" (the trigger follows this)
_LEGAL_BASIS = re.compile(r"^\W*Căn cứ\s")
_CITED_TITLE = re.compile(r"(?<![\wÀ-ỹ])(?:về việc|[Vv]/[Vv])\s*$")
# a piece of work handed to a unit named after it, at the end of the sentence
_WORK_GIVEN_TO = re.compile(r"(?<![\wÀ-ỹ])[Gg]iao\s+(?:nhiệm vụ|công tác|trách nhiệm|việc)\s+(?![Cc]ho\s)[^;:]{5,200}?\s+cho\s+")
_TOLD_AS_DONE = re.compile(r"(?<![\wÀ-ỹ])(?:cho biết|cho hay|thông tin)\s*:?[^;]{0,80}?(?<![\wÀ-ỹ])đã\s+$")


def _sentence_subject(sentence: str, index: UnitIndex, assigning: bool, numbered: bool):
    """(units, end of the subject, start of an adverbial before them or None), or None when nothing is assigned."""
    if _EARLIER.match(sentence):
        return None  # "Trước đó, ngày 11.12, Sở X có công văn gửi các đơn vị đề nghị …": what was asked before
    handed = _WORK_GIVEN_TO.search(sentence)
    if handed:  # "… giao công tác bảo đảm an ninh đại hội cho lực lượng công an huyện.": the work named first
        found = agency_span(sentence[handed.end():], index)
        if found and not sentence[handed.end() + found[2]:].strip(" .;,"):
            name, begin, _ = found
            return [(name, handed.end() + begin)], handed.start() + len("giao"), handed.start()
    for trigger in _TRIGGER.finditer(sentence):
        if sentence.count("(", 0, trigger.start()) > sentence.count(")", 0, trigger.start()):
            continue  # "(nguồn đơn: … gửi đến Chủ tịch UBND tỉnh, giao Ban Tiếp công dân tỉnh xử lý)": an aside
        if _TOLD_AS_DONE.search(sentence[:trigger.start()]):
            continue  # "Ông A cho biết: UBND huyện đã yêu cầu các đơn vị kiểm điểm …": what was already asked
        if _CITED_TITLE.search(sentence[:trigger.start()]) and _LEGAL_BASIS.match(sentence):
            continue  # "Căn cứ … Công văn số 1734/UBND-KGVX … về việc giao Sở X …": the title of a document cited
        leaders = list(_LEADER_DIRECTS.finditer(sentence, 0, trigger.start()))
        relay = leaders[-1] if leaders else None
        if relay:
            found = agency_span(sentence[relay.end():trigger.start()], index)
            if found and not sentence[relay.end() + found[2]:trigger.start()].strip():
                # "Chủ tịch TP chỉ đạo Sở Y tế yêu cầu các cơ sở …": the body the leader directs relays the request;
                # it is the one addressed (corpus README, rule 2)
                return [(found[0], relay.end() + found[1])], relay.end() + found[2], None
        units, end = _subjects(sentence, trigger.end(), index)
        lead = None
        if not units:
            adverbial = _ADVERBIAL.match(sentence, trigger.end())
            if adverbial:
                units, end = _subjects(sentence, adverbial.end(), index)
                lead = len(sentence[:adverbial.start()]) + len(adverbial.group(0)) - len(adverbial.group(0).lstrip(" :"))
        if not units and not trigger.group(0).startswith("Chỉ đạo") and not (
                trigger.group(0).lower().startswith("giao") and re.match(r"\s*ban(?![\wÀ-ỹ])", sentence[trigger.end():])):
            # not "Chỉ đạo các lực lượng …" opening a sentence (the work of the unit before it) nor "giao ban" (a
            # briefing meeting)
            unnamed = _unnamed_addressee(sentence, trigger.end())
            if unnamed:  # "đề nghị tổ công tác liên ngành khẩn trương …": the sentence's shape names the addressee
                units, end = [(unnamed[0], unnamed[1] - len(unnamed[0]))], unnamed[1]
        if not units:
            addressed = _addressees_before(sentence, trigger, index)
            if addressed:  # "… đã ký công văn gửi các Sở A, Sở B và UBND huyện C, yêu cầu kiểm điểm …"
                units, end, lead = addressed, trigger.end(), trigger.end()
        if units and re.match(r"\s*(?:nhưng|song|chưa)(?![\wÀ-ỹ])", sentence[end:]):
            continue  # "… nhiều văn bản chỉ đạo UBND thành phố nhưng chưa được giải quyết": what was not done
        if units and len(units) == 1 and _ONE_COMMITTEE.match(units[0][0]) and \
                _REQUESTS_APPROVAL.match(sentence[end:].lstrip()):
            continue  # "… lập tờ trình đề nghị UBND huyện phê duyệt Dự án": asking the committee, not assigning
        if units:
            return units, end, lead
    leader = _LEADER_DIRECTS.search(sentence)
    if leader:
        units, end = _subjects(sentence, leader.end(), index)
        verb = sentence[end:].lstrip()
        if units and units[0][1] == leader.end() and _STOP_RE.match(verb) and not _PAST.match(verb):
            return units, end, None  # "…, ông A – Phó Chủ tịch UBND huyện chỉ đạo Phòng X phối hợp …": X's work
    if _LEAD_IN_END.search(sentence):
        for directs in _DIRECTS.finditer(sentence):
            units, end = _subjects(sentence, directs.end(), index)
            if units and _LEAD_IN_END.match(sentence[end:].strip()) or (units and _LEAD_IN_END.search(sentence[end:])
                                                                       and len(sentence[end:]) < 200):
                return units, end, None
    opener = _OPENER.match(sentence)
    begin = opener.end() if opener else 0
    lead = None
    label = _DATE_LABEL.match(sentence, begin)
    if label:  # "Tháng 3/2021: Các Khoa triển khai kiểm tra …": a timetable's step, its date first
        lead, begin = begin, label.end()
    sentence_begin = begin
    adverbial = _ADVERBIAL.match(sentence, begin)
    if adverbial and adverbial.start() == begin:
        if _CONDITION.search(adverbial.group(0)):
            return None  # "Trong quá trình triển khai nếu có phát sinh …, Sở X báo cáo …": conditional, not a task
        lead = begin if lead is None else lead
        begin = adverbial.end()
    units, end = _subjects(sentence, begin, index)
    if (not units or units[0][1] - begin > 30) and _LONG_ADVERBIAL.match(sentence, sentence_begin):
        begin = sentence_begin
        # the adverbial has commas of its own: "Trên cơ sở báo cáo của các đơn vị, địa phương, Sở Kế hoạch và Đầu
        # tư tổng hợp …", "Ngoài công tác tuyên truyền, UBND huyện X phải …": the unit after the comma that is
        # followed by a verb is the subject
        lead = begin
        for comma in re.finditer(r",\s*", sentence[begin: begin + 250]):
            at = begin + comma.end()
            units, end = _subjects(sentence, at, index)
            after = sentence[end:].lstrip()
            if _NOT_ADVERBIAL.search(sentence[sentence_begin:at]):
                units = []
                break
            if units and units[0][1] == at and _STOP_RE.match(after) and not _PAST.match(after) and \
                    not re.match(r"cấp (?:tỉnh|huyện|xã|cơ sở)", after):
                begin = at
                break
            units = []
    if not units and assigning:
        # "Đồng thời, chủ đầu tư các dự án phải hoàn tất thủ tục …", "Xã, phường phải tổ chức giao ban …": in a text
        # that assigns, a body the vocabulary does not know is named by the obligation that follows it
        unnamed = _unnamed_addressee(sentence, begin)
        if unnamed and _OBLIGED.match(sentence, unnamed[1]) and unnamed[1] - len(unnamed[0]) - begin <= 3:
            return [(unnamed[0], unnamed[1] - len(unnamed[0]))], unnamed[1], lead
    if not units or units[0][1] - begin > 30:
        return None
    rest = sentence[end:].lstrip()
    if opener and _TOPIC.search(opener.group(0).rstrip(" ,")) and begin == opener.end():
        topic = _topic_then_assigner(sentence, begin, index)
        if topic:  # "Đối với Sở X, UBND tỉnh yêu cầu phải kiểm tra …"
            units, end = [topic[0]], topic[1]
            rest, lead = sentence[end:], end  # the text is the topic's work, from the verb on
        elif rest.startswith(","):
            rest = rest[1:].lstrip()
            end = len(sentence) - len(rest)
    adverb = _ADVERB_BEFORE_VERB.match(rest)
    if adverb:  # "UBND TP cũng chỉ đạo Sở A, Sở B …", "Sở X đã giao …": the adverb belongs to the assigning verb
        rest = rest[adverb.end():]
        end = len(sentence) - len(rest)
    where = _WHERE_THEY_ARE.match(rest)
    if where:  # "các xã, HTX trên địa bàn huyện đã gieo cấy …": where they are, then the verb
        rest = rest[where.end():]
        end = len(sentence) - len(rest)
    remit = _REMIT_ASIDE.match(rest)
    if remit and _STOP_RE.match(rest[remit.end():]):
        rest = rest[remit.end():]
        end = len(sentence) - len(rest)
    passive = _PASSIVE_AGENT.match(rest)
    if passive and agency_span(passive.group("agent"), index) and _STOP_RE.match(rest[passive.end():]) and \
            not _PAST.match(rest[passive.end():]):
        # "Sở X được UBND tỉnh giao chủ trì …": the agent between "được" and "giao" assigns, X does the work
        rest = rest[passive.end():]
        end = len(sentence) - len(rest)
    basis = _BASIS_ASIDE.match(rest)
    if basis and basis.group("qualifier").strip() and len(units) == 1:
        units = [(units[0][0] + " " + basis.group("qualifier").strip(), units[0][1])]  # "UBND các huyện trọng điểm"
    if _TALLY.match(rest):
        return None  # "Trong đó, Sở Y tế: 3 đề tài, dự án; …": what each unit received, counted, not asked
    if not (_STOP_RE.match(rest) or rest.startswith(":") or basis or (
            rest[:1].islower() and known_name(units[-1][0], index) and _ACTION_WORD.match(rest))) or _PAST.match(rest):
        return None
    if len(units[0][0].split()) == 1 and units[0][0] in ("Sở", "Ban", "Phòng", "Trung tâm", "Chi cục", "Hội", "Tổ"):
        return None  # "Sở đánh giá cao …": the issuer speaking of itself
    if not re.search(r"[.;:!?…]\s*[”\")]*\s*$", sentence) and len(sentence.split()) < 30 and not numbered:
        return None  # a headline ("UBND huyện Phước Sơn họp thường kỳ tháng 2"), not an assignment
    if len(units) == 1 and _ONE_COMMITTEE.match(units[0][0]) and _DECIDES.match(rest):
        return None  # "UBND tỉnh đồng ý …", "UBND huyện phê duyệt Dự án": the government deciding, not a task
    assigner = _ASSIGNER_VERB.match(rest)
    if assigner and not agency_span(rest[assigner.end():], index) and (
            _ONE_COMMITTEE.match(units[0][0]) or not (assigner.group(0).startswith("chỉ đạo") or
                                                      re.match(r"thông báo\s+cho\s", assigner.group(0)))):
        # "UBND tỉnh chỉ đạo tổng kết …", "UBND tỉnh giao 833 nhiệm vụ …": who assigns, not a task; but "Sở GTVT
        # chỉ đạo lực lượng thanh tra …" is the work of the Sở, "Các Khoa thông báo cho các giảng viên …" the faculties
        return None
    central, provincial = _CENTRAL.match(units[0][0]), _PROVINCIAL.match(units[0][0])
    if assigner and (central or provincial) and len(units) == 1:
        # "Bộ GDĐT chỉ đạo các cơ sở giáo dục tổ chức …", "UBND tỉnh chỉ đạo các UBND huyện tổ chức …": who
        # directs does not do the work, the units it names do; but a province named in full directing "các sở,
        # ngành" is the addressee of a government letter doing its part
        at = end + (len(sentence[end:]) - len(rest)) + assigner.end()
        objects, objects_end = _subjects(sentence, at, index)
        if objects and (central or units[0][0] in ("UBND tỉnh", "UBND thành phố", "UBND TP", "Ủy ban nhân dân tỉnh",
                                                   "Ủy ban nhân dân thành phố")
                        or not objects[0][0].lower().startswith("các")):
            return objects, objects_end, None
    # a unit then a verb, at the start of a sentence of a document that assigns: "Sở X chủ trì …",
    # "Các sở, ngành liên quan có trách nhiệm …", "Công an tỉnh bố trí lực lượng …"
    return units, end, lead


# a unit and a count after its colon: a tally of what it has or received ("Sở Y tế: 3 đề tài"), no instruction
_TALLY = re.compile(r"^:\s*\d")


_SENT_TO = re.compile(r"(?<![\wÀ-ỹ])g[ửở]i\s+(?:(?:tới|đến|cho)\s+)?")  # "gởi": the South's spelling


def _addressees_before(sentence: str, trigger: re.Match, index: UnitIndex) -> list[tuple[str, int]] | None:
    """The units a letter is sent to when the request after them names nobody: "… ký công văn gửi các Sở A, Sở B và
    UBND huyện C, yêu cầu kiểm điểm …", "… có văn bản gửi Sở X yêu cầu khẩn trương …" (the list ends before the
    verb)."""
    if not trigger.group(0)[:1].islower():
        return None
    for sent in reversed(list(_SENT_TO.finditer(sentence, 0, trigger.start()))):
        at = sent.end()
        plural = re.match(r"các\s+(?=(?:Sở|Ban|Phòng|Bộ)\s)", sentence[at:])  # "các Sở A, Sở B": the named ones
        units, end = _subjects(sentence, at + (plural.end() if plural else 0), index)
        if units and re.fullmatch(r"\s*,?\s*", sentence[end: trigger.start()]):
            return units
    return None


# after a name the vocabulary knows, a word the verb list lacks may still be the verb ("Sở Tài chính vận động …",
# "Công an tỉnh siết chặt …"), unless it is a function word, a copula or a speech verb
_ACTION_WORD = re.compile(
    r"(?!(?:và|của|cũng|thì|là|được|bị|đã|đang|vừa|mới|sẽ|có|không|chưa|với|tại|trong|trên|theo|về|cho|từ|đến|các|những|"
    r"này|đó|nhưng|hoặc|hay|mà|do|bởi|vì|nên|thuộc|tỉnh|huyện|cho biết|cho hay|nói|nêu|nhận định|thông tin|phát biểu|"
    r"khẳng định|ghi nhận|đánh giá|trả lời|giải thích|kiến nghị|đề xuất|báo cáo|trình bày|truyền đạt|nhận|tiếp|luôn|vẫn|còn|rất|"
    r"năm|tháng|ngày|số|sáng|chiều|tối|hôm)(?![\wÀ-ỹ]))[a-zđà-ỹ]+(?![\wÀ-ỹ])"
)


# the unit that asks after the topic, its name possibly going on after a dot ("UBND TP. Hải Phòng"), and its verb
_TOPIC_ASSIGNER_VERB = re.compile(r"[^,;:]{0,40}?\s(?:(?:cũng|đã|vừa|tiếp tục)\s+)*(?:yêu cầu|giao|đề nghị|chỉ đạo)\s+")


# the basis of the work set between the subject and its verb: "UBND các huyện trọng điểm, căn cứ vào chỉ tiêu được
# giao, … tổ chức rà soát …" (a qualifier in lower case before the comma still belongs to the subject)
_BASIS_ASIDE = re.compile(r"^(?P<qualifier>(?:[a-zđà-ỹ]+\s+)?[a-zđà-ỹ]*),\s*(?:căn cứ|trên cơ sở)\s")
_WHERE_THEY_ARE = re.compile(r"^(?:trên địa bàn|thuộc|trong)\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường)(?:\s+[A-ZĐ][\wÀ-ỹ]*)*\s+(?=\S)")
# "Các cơ quan chuyên môn, theo chức năng nhiệm vụ, chủ động …": the remit set between the subject and its verb
_REMIT_ASIDE = re.compile(rf"^,?\s*{_REMIT}\s*,\s*")


def _topic_then_assigner(sentence: str, begin: int, index: UnitIndex) -> tuple[tuple[str, int], int] | None:
    """"Đối với Sở X, UBND tỉnh yêu cầu phải kiểm tra …": ((X, its offset), where X's work begins) when the unit that
    asks and its verb stand between the topic and the work (no other unit named after the verb)."""
    topic = agency_span(sentence[begin:], index, allow_comma=False)
    if not topic:
        return None
    comma = re.match(r"\s*,\s*", sentence[begin + topic[2]:])
    if not comma:
        return None
    at = begin + topic[2] + comma.end()
    assigner = agency_span(sentence[at:], index, allow_comma=False)
    if not assigner or assigner[1] != 0:
        return None
    verb = _TOPIC_ASSIGNER_VERB.match(sentence, at + assigner[2])
    if not verb or agency_span(sentence[verb.end():], index) or not _STOP_RE.match(sentence[verb.end():]):
        return None
    return (topic[0], begin + topic[1]), verb.end()


def _implied(text: str, index: UnitIndex) -> tuple[int, str, int] | None:
    """"… gửi Sở Xây dựng trước ngày 12-10 để sở thẩm định, trình UBND tỉnh trước ngày 22-10": (cut, unit,
    start of the implied task) when what follows "để" is work of the unit sent to, with its own deadline."""
    for send in _SEND.finditer(text):
        found = agency_span(text[send.end():], index)
        if not found:
            continue
        after = send.end() + found[2]
        purpose = _PURPOSE.search(text, after)
        if not purpose or purpose.start() - after > 120:
            continue
        if _has_due_date(text[send.start(): purpose.start()]) and _has_due_date(text[purpose.end():]):
            return purpose.start(), found[0], purpose.start("word")
    return None


# a second request inside the sentence: "… thực hiện việc xác định công chức … và yêu cầu Bộ Nội vụ tổng hợp, báo
# cáo Thủ tướng trước ngày 30-8": the unit asked second has a task of its own, and the date is its deadline
_SECOND_REQUEST = re.compile(r"(?:,\s*|\s+)(?:và|đồng thời)\s+(?:giao|yêu cầu|đề nghị)\s+(?:cho\s+)?")


def _second_request(text: str, index: UnitIndex, predicate_start: int) -> tuple[int, str, int] | None:
    """(cut, unit, start of its task) of a second request inside the sentence after the first units' predicate has
    begun (before it, "yêu cầu Công an tỉnh và đề nghị Liên đoàn Lao động tỉnh tiếp tục …" is one list), else None."""
    for request in _SECOND_REQUEST.finditer(text, predicate_start):
        found = agency_span(text[request.end():], index)
        verb = text[request.end() + found[2]:].lstrip() if found else ""
        if found and _STOP_RE.match(verb) and not _PAST.match(verb):
            after_unit = request.end() + found[2]
            return request.start(), found[0], after_unit + len(text[after_unit:]) - len(verb)
    return None


_FORWARD = re.compile(r"(?<![\wÀ-ỹ])chuyển\s+(?:đến|tới|cho)\s+")


def _forwarded(text: str, offset: int, index: UnitIndex) -> list[TaskDraft]:
    """"… phân loại kiến nghị chuyển đến các cơ quan, đơn vị có liên quan nghiên cứu trả lời, giải đáp trước ngày
    30/9": the units the work is forwarded to have a task of their own when they get a verb and a deadline."""
    found: list[TaskDraft] = []
    for forward in _FORWARD.finditer(text):
        units, end = _subjects(text, forward.end(), index)
        rest = text[end:]
        verb = rest.lstrip()
        sentence_end = re.search(r"[.;](?:\s|$)", rest)
        clause = rest[: sentence_end.start() + 1] if sentence_end else rest
        if units and _STOP_RE.match(verb) and not _PAST.match(verb) and _has_due_date(clause):
            begin = end + len(rest) - len(verb)
            found += [TaskDraft(unit=name, text=text[begin: end + len(clause)].strip(" ;"), start=offset + begin,
                                source="assignment") for name, _ in units]
    return found


_SINGLING_OUT = re.compile(r"[,;]\s*(?:trong đó|nhất là|đặc biệt là)\s*,?\s+")


def _singled_out(text: str, offset: int, index: UnitIndex) -> list[TaskDraft]:
    """"… các sở, ngành, địa phương quyết tâm thực hiện, trong đó Sở X, phường Y chuẩn bị sẵn sàng …": the units
    singled out have the work after their names as a task of their own."""
    found: list[TaskDraft] = []
    for single in _SINGLING_OUT.finditer(text):
        units, end = _subjects(text, single.end(), index)
        verb = text[end:].lstrip()
        if not units or units[0][1] != single.end() or not _STOP_RE.match(verb) or _PAST.match(verb):
            continue
        begin = len(text) - len(verb)
        sentence_end = re.search(r"[.;](?:\s|$)", verb)
        clause = verb[: sentence_end.start() + 1] if sentence_end else verb
        found += [TaskDraft(unit=name, text=clause.strip(" ;"), start=offset + begin, source="assignment")
                  for name, _ in units]
    return found


def paragraph_tasks(text: str, offset: int, index: UnitIndex, *, numbered: bool = False, plain: bool = False):
    """Drafts of one paragraph, and the units of a lead-in ("… chỉ đạo các đơn vị như sau:") when it is one."""
    drafts: list[TaskDraft] = []
    groups: list[_Group] = []  # the open groups of the last assigning sentence
    assigning = plain
    lead_in: list[str] | None = None
    lead_drafts: list[TaskDraft] = []
    advises = merges = False
    for s_start, sentence in sentences(text, _numbering_end(text)):
        subject = _sentence_subject(sentence, index, assigning, numbered)
        inline = _inline_clauses(text, s_start, sentence, index) if subject is None else []
        if inline:
            # "… nhấn mạnh một số nhiệm vụ trọng tâm như sau: tiếp tục …; các phòng chuyên môn chỉ đạo tuyển sinh
            # …": an item after the lead-in's colon that names its own unit and verb is that unit's task
            groups = inline
            _emit(drafts, groups, text, offset, index)
            continue
        focus = _FOCUS_ITEMS.match(sentence) if subject is None and groups else None
        if focus and len(sentence) - focus.end() > 20:
            # "… các cơ quan, đơn vị … tiếp tục thực hiện nghiêm chỉ đạo …. Trong đó, tập trung vào một số nhiệm vụ
            # trọng tâm: Theo dõi chặt chẽ …" ¶ "Triển khai lực lượng …": each item is one more task of the units
            names = list(dict.fromkeys(name for group in groups for name, _ in group.units))
            first = s_start + focus.end()
            drafts += [TaskDraft(unit=name, text=text[first:].strip(), start=offset + first, source="assignment")
                       for name in names]
            lead_in = LeadIn(names, [])
            groups = []
            break
        if subject is None:
            if groups and not any(_has_due_date(text[g.start:g.end]) for g in groups) and not (
                    _NARRATES_DONE.match(sentence) and not _TRIGGER.search(sentence)):
                for group in groups:  # the sentence continues the task before it
                    group.end = s_start + len(sentence.rstrip())
            continue
        units, subject_end, lead = subject  # lead: where an adverbial before the units begins (its dates count)
        if all(fold(name) == "cac dong chi" for name, _ in units) or _HUMBLE.search(units[-1][0]) or \
                _HUMBLE_VERB.match(sentence[subject_end:]):
            # "Đề nghị các đồng chí tham gia dự họp cho ý kiến …": the people present, no body is named; "Ban Tổ
            # chức Hội thi xin gửi tài liệu …": the issuer offering, nothing is asked of it
            continue
        if _MEETING_NARRATION.match(text) and not _TRIGGER.search(sentence) and _REPORTED.match(sentence[subject_end:]):
            continue  # "Tại cuộc họp, Phòng X báo cáo kết quả …": what was said at the meeting, not what it asked
        anaphoric = drafts and all(_ANAPHORIC.match(fold(name)) for name, _ in units) and not all(
            _ANAPHORIC.match(fold(d.unit)) for d in drafts)
        if groups and (all(_POINTS_BACK.search(name) for name, _ in units) or anaphoric and _has_due_date(sentence)) \
                and not any(_has_due_date(text[group.start:group.end]) for group in groups):
            # "… Trên cơ sở đó, các cơ quan, đơn vị lập báo cáo …, gửi Sở Tài chính trước ngày 15/5": the same too
            for group in groups:  # "… yêu cầu UBND các huyện A, B … kiểm tra …. Các địa phương này phải báo cáo …
                group.end = s_start + len(sentence.rstrip())  # trước ngày 15.11": the same units' work goes on
            continue
        if anaphoric and not _OBLIGED.match(sentence, subject_end):
            continue  # "Giao UBND huyện A … . Yêu cầu các địa phương thành lập Tổ kiểm tra …": the same units again
        rest = sentence[subject_end:]
        if _LEAD_IN_END.search(rest) and text.rstrip().endswith(":") and s_start + len(sentence.rstrip()) >= len(text.rstrip()):
            lead_in = [name for name, _ in units]  # the items that follow are these units' tasks
            advises = bool(_ADVISES.search(rest))
            merges = bool(_REQUIREMENTS_FOLLOW.search(rest))
            # when no item follows (a section heading, the page's end), the lead-in itself is their task
            first = s_start + (lead if lead is not None else units[0][1])
            lead_drafts = [TaskDraft(unit=name, text=text[first:].strip(), start=offset + first, source="assignment")
                           for name, _ in units]
            groups = []
            continue
        if _names_only(rest, index):
            continue  # "… giao Sở X, UBND các huyện," cut where the page's stored text ends: no work is named
        assigning = True
        end = s_start + len(sentence.rstrip())
        first = s_start + (lead if lead is not None else units[0][1])
        groups = [_Group(units=[(n, s_start + a) for n, a in units], start=first, end=end)]
        period = _OPENING_PERIOD.match(sentence[: units[0][1]]) if lead is None else None
        if period and _TRIGGER.search(sentence, period.end(), units[0][1]):
            groups[0].period = f"Trong {period.group(1)}, "
        semicolons = sorted(_top_level_semicolons(text, s_start + subject_end, end) + [
            conjunction.start() for conjunction in _SECOND_SUBJECT.finditer(text, s_start + subject_end, end)] + [
            ellipsis.start() for ellipsis in _ELLIPSIS_ASSIGNS.finditer(text, s_start + subject_end, end)])
        previous_start = s_start + subject_end
        for position, semicolon in enumerate(semicolons):
            if _only_directs_units(text[previous_start:semicolon], index):
                groups[-1].object_list = True  # "Sở X đôn đốc các sở, ngành; UBND các huyện khẩn trương …": one task
            previous_start = semicolon + 1
            clause = text[semicolon + 1: semicolons[position + 1] if position + 1 < len(semicolons) else end]
            lead = len(clause) - len(clause.lstrip())
            conjunction = _CLAUSE_CONJUNCTION.match(clause, lead)
            if conjunction:  # "…, trong khi Sở KH&CN chủ trì …", "; đồng thời Sở Tài chính bố trí …"
                lead = conjunction.end()
            decided = _DECISION_CLAUSE.match(clause, lead) and task_deadline(clause)
            if decided and decided.due_date:
                end = semicolon
                break
            trigger = _TRIGGER.match(clause, lead)
            at = trigger.end() if trigger else lead
            own, own_end = _subjects(clause, at, index, after_semicolon=False)
            after = clause[own_end:].lstrip()
            current = groups[-1]
            if own and not current.object_list and (_STOP_RE.match(after) or after.startswith(":")) and \
                    not _PAST.match(after) and not _TALLY.match(after):
                current.end = semicolon
                groups.append(_Group(units=[(n, semicolon + 1 + a) for n, a in own], start=semicolon + 1 + own[0][1],
                                     end=end))
            elif own and not after.strip(" ,.;"):
                current.object_list = True  # "Sở X đôn đốc A; B; C": the list is the verb's object
            elif not own and _second_dated_work(text[current.start: semicolon], clause):
                # "Sở X kiểm tra …, báo cáo trong tháng 3; xem xét kiểm điểm …, báo cáo trong tháng 2": the clause
                # after a dated one with its own deadline is a second task of the same units
                current.end = semicolon
                begin = semicolon + 1 + lead
                groups.append(_Group(units=[(n, begin - len(n)) for n, _ in current.units], start=begin, end=end))
        for group in groups:
            group.end = min(group.end, end)
        _emit(drafts, groups, text, offset, index)
    # a continued sentence may have extended a group after its drafts were made: the texts are read last
    for draft in drafts:
        group = draft.extra.pop("group", None)
        if group is not None:
            draft.text = group.period + text[group.start: group.end].strip(" ;")
    if lead_in is not None:
        lead_in = LeadIn(lead_in, lead_drafts)
        lead_in.advises, lead_in.merges = advises, merges
    return [draft for draft in drafts if draft.text.strip()], lead_in


class LeadIn(list):
    """The units of a lead-in ("… yêu cầu các sở, các huyện … như sau:"), with the lead-in's own drafts for them
    (`drafts`), used when no item follows it."""

    def __init__(self, units, drafts):
        super().__init__(units)
        self.drafts = drafts
        self.marked = False  # an item had its number or dash: a paragraph without one is no new item
        self.marker = None  # the kind of number the lead-in's own paragraph opens with: a point of that kind ends it
        self.last: list[TaskDraft] = []  # the drafts of the last item
        self.listing = False  # the last item ends with ":" ("2. Cung cấp số liệu cụ thể về:"): what follows is its list
        self.advises = False  # "Phòng X tham mưu:": what its items ask of others is what X proposes, X's task
        self.merges = False  # "… với các yêu cầu sau:": the items are the parts of the lead-in's one task


def _emit(drafts: list[TaskDraft], groups: list[_Group], text: str, offset: int, index: UnitIndex) -> None:
    for group in groups:
        group.drafts = []
        body = text[group.start: group.end]
        last_unit_end = group.units[-1][1] + len(group.units[-1][0]) - group.start
        predicate = body[last_unit_end:]
        first_unit = group.units[0][1]
        if not predicate.strip(" .;,") and first_unit > group.start:
            predicate = text[group.start: first_unit]  # "giao công tác … cho <unit>.": the work comes first
        speaker = _SPEAKER.match(predicate) and not _ASKED_OF.search(text[max(0, first_unit - 30): first_unit])
        if _is_generic(predicate) or speaker or _SPEECH_ONLY.match(fold(predicate)) or (
                _COORDINATION_ONLY.match(fold(predicate)) and not _has_due_date(predicate)):
            continue
        implied = _implied(body, index) or _second_request(body, index, last_unit_end)
        extra = None
        if implied:
            cut, unit, begin = implied
            extra = TaskDraft(unit=unit, text=body[begin:].strip(" ,;."), start=offset + group.start + begin,
                              source="assignment")
            group.end = group.start + cut
        for name, _start in group.units:
            draft = TaskDraft(unit=name, text="", start=offset + group.start, source="assignment")
            draft.extra["group"] = group
            group.drafts.append(draft)
            drafts.append(draft)
        if extra:
            drafts.append(extra)
        drafts.extend(_forwarded(body, offset + group.start, index))
        drafts.extend(_singled_out(body, offset + group.start, index))


# the marks an item opens with, by kind: "1.", "a)", "(1)", "1.1." (a point's sub-points)
_ITEM_MARK = re.compile(r"^(?:(?P<number>\d{1,2}[.)])|(?P<letter>[a-zđ][.)])|(?P<parenthesised>\(\d{1,2}\))|"
                        r"(?P<subnumber>\d{1,2}(?:\.\d{1,2})+\.?))\s+")


def _marker(text: str) -> str | None:
    """The kind of a paragraph's number or dash ("1.", "a)", "(1)", "1.1.", "-"), None without one."""
    if _BULLET.match(text):
        return "dash"
    mark = _ITEM_MARK.match(text)
    return mark.lastgroup if mark else None


def _bullet_body(text: str) -> tuple[str, int] | None:
    bullet = _BULLET.match(text) or _ITEM_MARK.match(text)
    return (text[bullet.end():], bullet.end()) if bullet else None


def assignment_tasks(paragraphs: list[Paragraph], index: UnitIndex, skip: set[int]) -> list[TaskDraft]:
    """"Giao Sở A chủ trì ...; Sở B ...": every assignment in a letter, decision or plan (the grammar above)."""
    tasks: list[TaskDraft] = []
    lead_in: list[str] | None = None
    recipients = False
    undated: list[TaskDraft] = []  # the last paragraph's drafts without a deadline
    between: list[str] = []  # a paragraph that assigns nothing, after them
    last_found: list[TaskDraft] = []  # the drafts of the paragraph before
    last_text = ""
    pending: list[TaskDraft] = []  # the undated drafts of the last paragraph that assigned, and where it stands
    pending_at = 0
    addressees: list[str] = []  # the units a letter told of was sent to ("đã gửi công văn … tới UBND các tỉnh")
    opinion_at = None  # how many drafts came before "… Chủ tịch UBND tỉnh có ý kiến:" (the lead and background)
    for number, paragraph in enumerate(paragraphs):
        if opinion_at is None and _OPINION_FOLLOWS.search(paragraph.text):
            opinion_at = len(tasks)
        if last_found and _NOT_DONE_YET.match(paragraph.text):
            # "Ngày 08/4, … giao Sở X trả lời đơn …" ¶ "Tuy nhiên, đến nay Sở X chưa trình …": the earlier
            # assignment is recounted, and what the letter asks now comes after
            tasks = [task for task in tasks if not any(task is old for old in last_found)]
        previous_found, previous_text, last_found, last_text = last_found, last_text, [], ""
        previous_undated, undated = undated, []  # only the paragraph right after them may give their deadline
        if previous_undated and _ASIDE.match(paragraph.text):
            undated = previous_undated  # "(Có đề cương chi tiết gửi kèm)" between a task and its deadline
            continue
        if number in skip or paragraph.table or paragraph.footnote:
            lead_in = None  # its items are unit headings or rows: they carry the tasks
            continue
        text = paragraph.text
        if _EARLIER.match(text) and len(sentences(text)) == 1:
            continue  # background: it neither assigns nor gives the task before it a deadline
        if pending and number - pending_at <= 10 and _DEADLINE_LABEL.match(text) and _has_firm_due_date(text) and \
                not _TRIGGER.search(text):
            # a call for proposals: "… đề nghị các sở, ngành … đề xuất nhiệm vụ …" ¶ (what the file holds, where it
            # goes) ¶ "Thời hạn cuối cùng nhận hồ sơ: ngày 20 tháng 4 năm 2020": the label says when the work is due
            for draft in pending:
                if not _has_firm_due_date(draft.text):
                    words = [p.text.strip() for p in paragraphs[pending_at + 1: number + 1]
                             if not p.table and not p.footnote and p.text.strip() not in draft.text]
                    draft.text = " ".join([draft.text.rstrip()] + words)
            pending = []
            continue
        if lead_in is not None and not lead_in.marked and _CAPTION.match(text) and _bullet_body(text) is None:
            continue  # "… các nội dung sau:" ¶ "Tàu cá vào bờ tránh trú bão" (a photo's caption) ¶ "Tiếp tục …"
        if lead_in is not None and _bullet_body(text) is None and not _unmarked_item(text, index) and \
                not _opens_with_own_unit(text, index):
            # a lead-in with no item after it; but "… tổ chức thực hiện các nội dung sau:" ¶ "UBND các huyện chỉ
            # đạo …" ¶ "Công an tỉnh chủ trì …": the items name their own units, like unit headings
            tasks += lead_in.drafts
        if _RECIPIENTS.match(text):
            recipients = not _RECIPIENTS.match(text).group(0).startswith("Kính") or bool(re.match(r"^Kính gửi\s*:?\s*$", text))
            continue
        if recipients:
            if _BULLET.match(text):
                continue  # "- Các sở: KH&CN, TC, …" under "Kính gửi:" / "Nơi nhận:" names readers, not tasks
            recipients = False
        if lead_in is not None:
            item = _bullet_body(text)
            if item is not None and lead_in.marker and _marker(text) == lead_in.marker:
                item = None  # "3. … Chi cục X tham mưu:" ¶ "- …" ¶ "4. Giao …": the next point is no item of the third
                tasks += lead_in.drafts
                lead_in.drafts = []
            lead_in.marked = lead_in.marked or item is not None
            if item is None and not lead_in.marked and _unmarked_item(text, index):
                item = (text, 0)  # the page lost the item's dash: "yêu cầu các đơn vị:" ¶ "Tiến hành rà soát …"
            if item is None and lead_in.listing and \
                    not _TRIGGER.search(text) and not _opens_with_own_unit(text, index) and len(text) < 400:
                # "2. Cung cấp số liệu cụ thể về:" ¶ "Biểu 1: …" ¶ "Biểu 2: …" ¶ "3. Đề xuất …": what the item lists
                # belongs to it, and the items go on after it
                for draft in lead_in.last:
                    draft.text = draft.text.rstrip() + " " + text.strip()
                continue
            if item is not None and lead_in.merges and lead_in.drafts and not _ROUND.match(item[0]):
                # "… tổ chức xây dựng đề xuất … với các yêu cầu sau:" ¶ "1. Hồ sơ …" ¶ "2. Thời hạn gửi đề xuất: Trước
                # …": the items are the parts of the one task
                for draft in lead_in.drafts:
                    draft.text = draft.text.rstrip() + " " + text.strip()
                continue
            if item is not None and _CITATION_ITEM.match(item[0]):
                continue  # "- Nghị quyết số 13-NQ/TU ngày … của Ban Thường vụ …": a basis listed, no work
            if item is not None:
                lead_in.drafts = []  # the items carry the tasks
                body, at = item
                own = [] if lead_in.advises else paragraph_tasks(body, paragraph.start + at, index, numbered=True)[0]
                if not own:
                    own = [TaskDraft(unit=unit, text=body.strip(), start=paragraph.start + at, source="assignment")
                           for unit in lead_in]
                tasks += own
                lead_in.last, lead_in.listing = own, body.rstrip().endswith(":")
                # "… các nội dung sau:" ¶ "1. Báo cáo …" ¶ "2. Xây dựng …" ¶ "(Báo cáo) gửi về Sở trước ngày …": a
                # paragraph after the items that only says when they are due closes every undated item
                undated = previous_undated + [draft for draft in own if not _has_firm_due_date(draft.text)]
                continue
            lead_in = None
        if _BOILERPLATE.search(text) or _EXECUTION_ARTICLE.match(text) or (
                _SECTION_END.match(text) and not _CLOSING_REQUEST.match(text)):
            continue  # a closing request ("Yêu cầu các đơn vị …") is read: a generic one has no object and is dropped
        leader = _LEADER.match(text, _numbering_end(text))
        if leader:
            unit = read_agency(text[leader.end():], index)
            if unit:
                start = leader.start()
                tasks.append(TaskDraft(unit=unit, text=text[start:].strip(), start=paragraph.start + start,
                                       source="assignment", leader=leader.group("name")))
                continue
        start = _numbering_end(text)
        trigger = _TRIGGER.search(text)
        # "Giao các sở: Tài chính, Kế hoạch và Đầu tư theo chức năng ..." → one task per Sở; the list may open the
        # paragraph and go on after ";" ("Các sở: Giao thông vận tải, Y tế; Công an tỉnh; UBND các huyện … khẩn trương …")
        opens_list = _LISTING.match(text, start)  # "Các sở: …", "Bộ trưởng các Bộ: Quốc phòng, Công an …"
        at = start if opens_list else (trigger.end() if trigger else start)
        listed = _listed_agencies(text, at, index) if trigger or opens_list else None
        if listed:
            names, cursor = listed
            more = re.match(r"\s*;\s*", text[cursor:])
            if more:
                others, cursor_end = _subjects(text, cursor + more.end(), index)
                names = names + [name for name, _ in others]
                cursor = cursor_end if others else cursor
            if _LEAD_IN_END.match(text[cursor:].rstrip()):
                # "Chủ tịch UBND tỉnh yêu cầu: Các Sở: A, B; Công an tỉnh và UBND các huyện theo chức năng nhiệm
                # vụ:" ¶ "Tiếp tục …" ¶ "Tăng cường …": the items that follow are each one more task of every unit
                drafts = [TaskDraft(unit=name, text=text[at:].strip(), start=paragraph.start + at, source="assignment")
                          for name in names]
                lead_in = LeadIn(names, drafts)
                lead_in.marker = _marker(text)
                continue
            if not opens_list or not _PAST.match(text[cursor:].lstrip()):
                body = text[at:]
                second = _second_request(body, index, cursor - at)
                if second:
                    cut, unit, begin = second
                    body, second_draft = body[:cut], TaskDraft(unit=unit, text=body[begin:].strip(" ,;."),
                                                               start=paragraph.start + at + begin, source="assignment")
                tasks += [TaskDraft(unit=name, text=body.strip(), start=paragraph.start + at, source="assignment")
                          for name in names]
                if second:
                    tasks.append(second_draft)
                continue
        if start and not trigger:
            body = text[start:]
            lead = read_agency(body, index)
            rest = body[body.find(lead) + len(lead):] if lead and lead in body else ""
            if lead and not lead.lower().startswith("các") and rest.startswith(":") and len(rest.strip(" :;.")) > 10 \
                    and not _TALLY.match(rest):
                inline = rest[1:]
                at = start + body.find(lead) + len(lead) + 1 + (len(inline) - len(inline.lstrip()))
                tasks.append(TaskDraft(unit=lead, text=inline.strip(), start=paragraph.start + at, source="assignment"))
                continue
        plain = not trigger and not start and _plain_assignment(text, index)
        found, lead_in = paragraph_tasks(text, paragraph.start, index, numbered=bool(start), plain=plain)
        if lead_in is not None:
            lead_in.marker = _marker(text)
        found = [item for draft in found for item in _inline_items(draft)]
        not_yet = next((paragraph.start + at for at, sentence in sentences(text)[1:] if _NOT_DONE_YET.match(sentence)), None)
        if not_yet is not None:
            # "… giao Sở X khẩn trương báo cáo kết quả. Tuy nhiên, đến nay Sở X chưa có báo cáo": recounted, not asked
            found = [draft for draft in found if draft.start >= not_yet]
        plain_paragraph = lead_in is None and not trigger and not start
        if (found or lead_in is not None) and previous_found and _FOLLOWS_UP.match(text) and \
                _REPORTS_ISSUING.search(previous_text):
            # a news lead "UBND tỉnh vừa ban hành công văn yêu cầu các ngành, địa phương …" ¶ "Theo đó, UBND tỉnh
            # giao Sở A, Sở B …": the lead sums up the document whose assignments follow; they are counted once
            tasks = [task for task in tasks if not any(task is old for old in previous_found)]
            named = [draft.unit for draft in previous_found if not _POINTS_BACK.search(draft.unit)]
            if named and found and all(_POINTS_BACK.search(draft.unit) for draft in found):
                # "… chỉ đạo Công an tỉnh, Sở TNMT, Sở KHCN kiểm tra …" ¶ "Theo đó, … yêu cầu các đơn vị trên khẩn
                # trương … trước ngày 30/8": the units the body points back to are the lead's
                found = [TaskDraft(unit=unit, text=draft.text, start=draft.start, source=draft.source)
                         for draft in found for unit in dict.fromkeys(named)]
        if previous_undated and plain_paragraph and not found and _CONTINUES.match(text) and \
                not _NARRATIVE.search(text):
            # "… giao Sở X chỉ đạo khẩn trương tổ chức lại giao thông …" ¶ "Đồng thời triển khai …; báo cáo kết quả
            # trong tháng 12/2016.": a paragraph with no subject of its own goes on with the same unit's work
            for draft in previous_undated:
                draft.text = " ".join([draft.text.rstrip()] + between + [text.strip()])
            undated = [draft for draft in previous_undated if not _has_firm_due_date(draft.text)]
            between, last_found, last_text = [], previous_undated, text
            continue
        # "… đề nghị gửi về Sở trước ngày 10/5": a request verb that names nobody does not make a new task
        if previous_undated and (plain_paragraph or (lead_in is None and not start and not found)) and (
                (not found and _deadline_only(text, index)) or (found and _says_only_when(found, index))):
            closing, due = [text.strip()], task_deadline(text)
            if due is not None and len({draft.text for draft in previous_undated}) > 1:
                # several items close with one deadline: each keeps its own words and takes only the date, else
                # the long closing paragraph would make them read as one task
                closing, between = [f"Thời hạn: {due.text}."], []
            for draft in previous_undated:  # "… báo cáo gửi UBND tỉnh." ¶ "Báo cáo gửi về UBND tỉnh trước ngày 05/6."
                draft.text = " ".join([draft.text.rstrip()] + between + closing)
            between = []
            continue
        if previous_undated and plain_paragraph and not found and not between and len(text) < 600 and \
                not _NARRATIVE.search(text):
            # one paragraph that assigns nothing (a condition, a description of the form) may stand between a task
            # and the paragraph that says when it is due: "… theo mẫu (mẫu 01);" ¶ "Trong quá trình …, nếu có …" ¶
            # "Phiếu thông tin gửi về Sở … trước ngày 31/10."; what has been done ("Năm 2025, tỉnh đã giải quyết …")
            # is news, and parts them
            undated, between = previous_undated, [text.strip()]
            continue
        if not found and not previous_undated and lead_in is None and addressees and _deadline_only(text, index) \
                and _SEND_REQUEST.search(text):
            # "… đã gửi công văn tới UBND các tỉnh, thành phố …" ¶ "Ý kiến … xin gửi về Tổng cục X trước ngày …": the
            # passive request is asked of those the letter went to
            tasks += [TaskDraft(unit=name, text=text.strip(), start=paragraph.start, source="assignment")
                      for name in addressees]
            addressees = []
            continue
        addressees = _letter_addressees(text, index) or addressees
        between = []
        tasks += found
        if found:
            pending, pending_at = [draft for draft in found if not _has_firm_due_date(draft.text)], number
        undated = [draft for draft in found if not _has_firm_due_date(draft.text)] if found else []
        last_found, last_text = found, text
    if lead_in is not None:
        tasks += lead_in.drafts
    if opinion_at and len(tasks) > opinion_at:
        # what comes before "Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến:" is the page's lead ("UBND tỉnh chỉ đạo
        # giao Sở X …") and the request received; the opinion after it says the same in the words that count
        tasks = tasks[opinion_at:]
    return tasks


# a paragraph that is a deadline's label: "Thời hạn cuối cùng nhận hồ sơ: ngày …", "Hạn nộp hồ sơ: trước ngày …"
_DEADLINE_LABEL = re.compile(r"^[\W\d]{0,4}(?:Thời hạn|Hạn chót|Hạn|Thời gian)(?: cuối cùng)?\s+(?:nhận|nộp|gửi|tiếp nhận)"
                             r"[^:]{0,60}:\s*\S")
_FOLLOWS_UP = re.compile(r"^(?:Theo đó|Cụ thể|Nội dung (?:văn bản|công văn|công điện|chỉ thị|thông báo|kế hoạch)"
                         r"(?:\s+(?:nêu|nêu rõ|ghi rõ))?\s*:)(?![\wÀ-ỹ])")
_REPORTS_ISSUING = re.compile(r"(?<![\wÀ-ỹ])(?:ban hành|ký|có|gửi)\s+(?:ban hành\s+)?(?:công văn|văn bản|chỉ thị|công điện|"
                              r"thông báo|kế hoạch|quyết định)(?![\wÀ-ỹ])", re.I)
# a paragraph that opens by going on with the work before it, without a subject of its own
_CONTINUES = re.compile(r"^(?:Đồng thời|Bên cạnh đó|Ngoài ra|Mặt khác)\s*,?\s+(?=[a-zđà-ỹ])")
_NOT_DONE_YET = re.compile(r"^(?:Tuy nhiên|Nhưng)?\s*,?\s*(?:đến nay|tính đến nay|cho đến nay|đến thời điểm này)"
                           r"[^.]{0,120}?(?<![\wÀ-ỹ])(?:vẫn\s+)?chưa(?![\wÀ-ỹ])", re.I)
_OPINION_FOLLOWS = re.compile(r"(?<![\wÀ-ỹ])(?:có ý kiến(?: chỉ đạo)?|kết luận|chỉ đạo)(?: như sau)?\s*:\s*$", re.I)


_LISTING = re.compile(r"\s*(?:cho\s+)?(?:(?:Giám đốc|giám đốc|Thủ trưởng|thủ trưởng|Bộ trưởng|bộ trưởng)\s+)?các\s+(sở|phòng|ban|bộ|đơn vị|cơ quan)(?:\s*,\s*ngành)?\s*:\s*", re.I)
# … and without the colon, the names right after the kind: "Các sở Xây dựng, Tài chính, Công thương … phối hợp"
_BARE_LISTING = re.compile(r"\s*(?:cho\s+)?[Cc]ác\s+(sở|Sở|phòng|Phòng|bộ|Bộ)\s+(?=[A-ZĐ])")


_INLINE_ITEM = re.compile(r"(?:^|(?<=[\s:;.]))\((\d{1,2})\)\s+")
# a short line with no end stop in a stored news page: a photo's caption
_CAPTION = re.compile(r"^[^.;:!?…]{10,90}$")
_NOT_AN_ITEM = re.compile(r"^(?:Trong quá trình|Trường hợp|Nếu|Khi|Trên đây|Đề nghị|Yêu cầu|Giao|Ngày|Theo đó|Tác giả|Nguồn)(?![\wÀ-ỹ])")


def _inline_items(draft: TaskDraft) -> list[TaskDraft]:
    """"yêu cầu các cơ quan, đơn vị: (1) Tăng cường …; (2) Đôn đốc …": one task per numbered item."""
    colon = draft.text.find(":")
    if colon < 0:
        return [draft]
    markers = [m for m in _INLINE_ITEM.finditer(draft.text, colon)]
    numbers = [int(m.group(1)) for m in markers]
    if len(markers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return [draft]
    items = []
    for position, marker in enumerate(markers):
        end = markers[position + 1].start() if position + 1 < len(markers) else len(draft.text)
        body = draft.text[marker.end():end].strip(" ;,")
        if body:
            items.append(TaskDraft(unit=draft.unit, text=body, start=draft.start + marker.end(), source=draft.source,
                                   leader=draft.leader))
    return items or [draft]


def _unmarked_item(text: str, index: UnitIndex) -> bool:
    """An item of a lead-in whose dash was lost: an instruction starting with a capitalised verb phrase, no unit
    of its own, not a condition ("Trong quá trình …, trường hợp …") nor a signature."""
    return (len(text) > 30 and text[:1].isupper() and not text.isupper() and not _NOT_AN_ITEM.match(text)
            and not agency_span(text, index) and not _TRIGGER.match(text)
            # a long item may have lost its end where the stored page was cut
            and (bool(re.search(r"[.;]\s*$", text)) or len(text) > 150))


_NARRATIVE = re.compile(r"(?<![\wÀ-ỹ])(?:đã|vừa|đang)(?![\wÀ-ỹ])")


def _opens_with_own_unit(text: str, index: UnitIndex) -> bool:
    """The paragraph starts with its units and a verb ("Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh chủ trì …")."""
    units, end = _subjects(text, 0, index)
    if not units or units[0][1] > 3:
        return False
    rest = text[end:].lstrip()
    return bool(_STOP_RE.match(rest)) and not _PAST.match(rest)


def _says_only_when(found: list[TaskDraft], index: UnitIndex) -> bool:
    """A paragraph whose only subject is a bare collective pointing back ("Các đơn vị thực hiện trước ngày 24/3.")
    and whose predicate says nothing but when: the deadline of the tasks before it, not a task of its own."""
    for draft in found:
        if not _ANAPHORIC.match(fold(draft.unit)):
            return False
        deadline = task_deadline(draft.text)
        if deadline is None or deadline.due_date is None or deadline.text not in draft.text:
            return False
        predicate = draft.text.replace(deadline.text, " ")
        predicate = predicate[predicate.find(draft.unit) + len(draft.unit):] if draft.unit in predicate else predicate
        if not _GENERIC_PREDICATE.match(fold(predicate)):
            return False
    return bool(found)


# a letter sent to its readers: "… đã gửi 02 công văn số … tới UBND các tỉnh, thành phố và cơ quan liên quan về …"
_LETTER_SENT = re.compile(r"(?<![\wÀ-ỹ])gửi\s+(?:\S+\s+){0,2}(?:công văn|văn bản|thư|phiếu)[^.;:]{0,120}?\s(?:tới|đến)\s+")
# what is asked without naming who sends: "… xin gửi về …", "… đề nghị gửi đến …"
_SEND_REQUEST = re.compile(r"(?<![\wÀ-ỹ])gửi\s+(?:về|đến|tới)\s+")


def _letter_addressees(text: str, index: UnitIndex) -> list[str]:
    """The units a letter was sent to, as a page tells it ("đã gửi công văn số … tới UBND các tỉnh …")."""
    sent = _LETTER_SENT.search(text)
    if not sent:
        return []
    units, _ = _subjects(text, sent.end(), index)
    return [name for name, _ in units]


def _deadline_only(text: str, index: UnitIndex) -> bool:
    """A paragraph that only says when the work before it is due: no unit at its start, a deadline introduced by
    "trước", "chậm nhất", "hoàn thành" … ("Báo cáo gửi bằng văn bản về UBND tỉnh trước ngày 05/6/2017.")."""
    deadline = task_deadline(text)
    if deadline is None or deadline.due_date is None or not strongly_cued(" ".join(text.split()), deadline):
        return False
    return len(text) < 400 and not agency_span(text, index) and not _PAST.match(text)


def _listed_agencies(text: str, position: int, index: UnitIndex) -> tuple[list[str], int] | None:
    """"các sở: Tài chính, Kế hoạch và Đầu tư theo …" → (["Sở Tài chính", "Sở Kế hoạch và Đầu tư"], offset of "theo")."""
    listing = _LISTING.match(text, position)
    bare = not listing
    listing = listing or _BARE_LISTING.match(text, position)
    if not listing:
        return None
    # "các đơn vị: Y tế, Công an thành phố, …", "Các sở, ngành: Y tế, …, Công an tỉnh, Ban quản lý Khu kinh tế": a
    # bare name is a Sở's
    prefix = {"sở": "Sở ", "phòng": "Phòng ", "ban": "Ban ", "bộ": "Bộ ", "đơn vị": "Sở ", "cơ quan": "Sở "}.get(
        listing.group(1).lower(), "")
    names, cursor = [], listing.end()
    for _ in range(15):
        rest = text[cursor:]
        # among ministries a bare "Công an" is Bộ Công an, but a member with its own title is a body of its own
        # ("Bộ trưởng các Bộ: Công thương, …, Chủ tịch Viện Khoa học và Công nghệ Việt Nam")
        titled = _TITLE_AHEAD.match(rest)
        own = agency_span(rest[titled.end():], index, allow_comma=False) if titled else None
        if own:
            own = (own[0], titled.end() + own[1], titled.end() + own[2])
        elif _NAMED_MEMBER.match(rest) and not (prefix == "Bộ " and not re.match(r"(?:UBND|Ủy ban)\s", rest)):
            own = agency_span(rest, index, allow_comma=False)
        locality = _PROPER_NAME.match(rest) if names and re.match(r"(?:UBND|Ủy ban)\s", names[-1]) else None
        if own and own[1] <= 12:  # a body named in full, its title skipped ("Chủ tịch UBND quận, huyện")
            name, consumed = own[0], own[2]
        elif locality and not _NAMED_MEMBER.match(rest):
            # "UBND 3 huyện Lộc Ninh, Bù Đốp, Bù Gia Mập": the committee's localities go on
            names[-1] = names[-1] + text[cursor - len(separator.group(0)): cursor] + locality.group(0)
            cursor += locality.end()
            separator = re.match(r"\s*(?:,|và)\s*", text[cursor:])
            if not separator or not (text[cursor + separator.end():][:1].isupper()):
                break
            cursor += separator.end()
            continue
        else:
            if not rest[:1].isupper():
                break
            prefixed = prefix and not rest.startswith(prefix)
            name = read_agency(prefix + rest if prefixed else rest, index, allow_comma=False)
            if not name:
                break
            consumed = len(name) - (len(prefix) if prefixed else 0)
            if consumed <= 0:
                break
        names.append(name)
        cursor += consumed
        separator = re.match(r"\s*(?:,|và)\s*", text[cursor:])
        if not separator or not (text[cursor + separator.end():][:1].isupper() or
                                 _NAMED_MEMBER.match(text[cursor + separator.end():])):
            break
        cursor += separator.end()
    if bare and len(names) == 1:
        # "các Sở Khoa học và Công nghệ" (of every province) is one kind of body, not a listing
        begin = listing.start() + re.search(r"[Cc]ác", listing.group(0)).start()
        names = [text[begin:cursor]]
    return (names, cursor) if names else None


_PROPER_NAME = re.compile(rf"{_PROPER}(?![\wÀ-ỹ])")
# a member of a listing named with a head of the vocabulary ("Công an tỉnh", "Cục hải quan", "UBND 3 huyện …"),
# or with a title before it ("Chủ tịch UBND quận, huyện")
_NAMED_MEMBER = re.compile(r"(?:(?:Chủ tịch|Giám đốc|Thủ trưởng|Trưởng|Chỉ huy trưởng)\s+)?" + _HEAD_RE.pattern)


_PASSIVE_AGENT = re.compile(r"^(?:(?:vừa|đã|cũng|mới)\s+)?được\s+(?P<agent>[^,;.:]{2,80}?)\s+(?:giao|phân công|ủy quyền|uỷ quyền)(?:\s+cho)?\s+")
# narration, not an assignment, after a unit; but "X được yêu cầu …", "X cũng cần …" and "X không được …" (forbids)
# are instructions
_PAST = re.compile(r"^(?:đã|đang|vừa|dự kiến|được(?!\s+(?:giao|yêu cầu|chỉ đạo|đề nghị|phân công)\s)|là|nhưng|"
                   r"có(?!\s+(?:nhiệm vụ|trách nhiệm|văn bản))|vẫn|chưa|"
                   r"cũng(?!\s+(?:cần|phải|có trách nhiệm|chịu trách nhiệm)\s)|thì|và|với|tại|trong|của|về|"
                   r"không(?!\s+được))(?![\wÀ-ỹ])")


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


def _numbering_end(text: str) -> int:
    numbered = re.match(r"^(?:(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])[.)]|[-+•])\s*", text)
    return numbered.end() if numbered else 0
