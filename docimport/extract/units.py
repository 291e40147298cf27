"""Units and agencies named in text: the organisation's unit index, agency names, coordinating units."""
from __future__ import annotations

import re

from core.text import fold

from ..vocabulary import COLLECTIVE, KNOWN_AGENCIES, NAME_STOPS, UNIT_HEADS


UPPER = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"  # the capitals, for character classes


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_HEAD_RE = re.compile(rf"(?:{_alternation(UNIT_HEADS)})(?![\wÀ-ỹ])")
# each written with "&" too, as letters often do ("Sở Giáo dục & Đào tạo", "Sở Tài nguyên & Môi trường")
_KNOWN_FOLDED = sorted(((fold(spelling), spelling) for name in KNOWN_AGENCIES
                        for spelling in dict.fromkeys((name, name.replace(" và ", " & ")))),
                       key=lambda item: -len(item[0]))
_STOP_RE = re.compile(rf"^(?:{_alternation(NAME_STOPS)})(?![\wÀ-ỹ])")
_COLLECTIVE_RE = re.compile(COLLECTIVE)
# Bodies named by their role in the work rather than by name: "đề nghị nhóm nghiên cứu tiếp tục …", "Đoàn kiểm
# tra đề nghị đơn vị chủ trì …", "kính đề nghị quý cơ quan, tổ chức và cá nhân đề xuất …", "Đơn vị tư vấn chuyển …".
_ROLE = re.compile(
    r"^(?:[Qq]uý\s+|[Cc]ác\s+)?(?:[Nn]hóm nghiên cứu|[Đđ]ơn vị chủ trì|[Tt]ổ chức chủ trì|[Cc]hủ nhiệm (?:đề tài|nhiệm vụ|dự án)|"
    r"[Đđ]ơn vị tư vấn|[Nn]hà thầu|[Cc]ơ quan (?:chủ trì )?soạn thảo(?=\s+(?:tiếp thu|hoàn chỉnh|hoàn thiện|chỉnh sửa|"
    r"rà soát|bổ sung|khẩn trương|nghiên cứu|có trách nhiệm|[,;.]))|(?:cơ quan|đơn vị|tổ chức)(?:\s*,\s*(?:cơ quan|đơn vị|tổ chức|doanh nghiệp))*\s*,?\s*và cá nhân)"
    r"(?![\wÀ-ỹ])"
)


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


# A title before the unit is not part of it ("Giám đốc Sở Tài chính" → "Sở Tài chính"); before a collective the
# "các" stays ("Trưởng các phòng, đơn vị" → "các phòng, đơn vị").
_TITLE = re.compile(r"^(?:[Bb]í thư\s*(?:,|và)\s*)?"  # "Bí thư, Chủ tịch Ủy ban nhân dân các tỉnh …": two offices of one body
                    r"(?:Giám đốc|Thủ trưởng|Chủ tịch|Trưởng|Lãnh đạo|Chánh|giám đốc|thủ trưởng|chủ tịch|trưởng|lãnh đạo|"
                    r"[Nn]gười đứng đầu|"
                    # the head of a body is named after it: "Cục trưởng Cục Quản lý thị trường", "Viện trưởng Viện …"
                    r"(?:Cục|Vụ|Viện|Chi cục|Tổng cục|Hiệu|cục|vụ|viện|chi cục|hiệu)\s+trưởng)\s+(?=(?:Sở|UBND|Ủy ban|Phòng|Ban|"
                    r"Văn phòng|Trung tâm|Chi cục|Thanh tra|Công an|Cục|Đài|Báo|Kho bạc|Bảo hiểm|Viện|Hội|sở|phòng|"
                    r"các\s+(?:sở|ban|ngành|phòng|đơn vị|cơ quan|địa phương|Sở|BQL|Ban|Phòng|Trung tâm|trường|hội))(?![\wÀ-ỹ]))")


# a proper name of one to four capitalised syllables ("Quy Nhơn", "Bà Rịa Vũng Tàu")
_PROPER = r"[A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ][a-zđà-ỹ]*(?:\s+[A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ][a-zđà-ỹ]*){0,3}"
# "huyện, thị, thành phố" and "huyện, thành, thị" shorten "thị xã" and "thành phố" in lists
_LOCALITY = r"(?:huyện|thị xã|thành phố|quận|thị trấn|xã|phường|(?:thị|thành)(?![\wÀ-ỹ])(?!\s+(?:xã|phố|trấn|ủy|viên)))"
_LOCAL_GOVERNMENTS = re.compile(
    # "UBND các tỉnh, thành phố trực thuộc Trung ương": a ministry's letter to the provinces
    # "… các huyện, thị xã và thành phố Huế": the last of them may be named
    rf"^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:các\s+(?:tỉnh|{_LOCALITY})(?:\s*(?:,|và)\s*{_LOCALITY})*"
    rf"(?:(?<=thành phố)\s+{_PROPER})?"
    rf"|{_LOCALITY}(?:\s*(?:,|và)\s*{_LOCALITY})+"  # "Ủy ban nhân dân huyện, thành phố" (a list: not "UBND huyện X")
    r"|cấp\s+(?:huyện|xã|tỉnh)|các\s+cấp|các\s+địa phương)(?:\s+(?:trong|trên địa bàn|thuộc|trực thuộc)\s+(?:tỉnh|[Tt]rung ương))?(?![\wÀ-ỹ])"
)
# A unit word written in lower case after the verb: "giao phòng Kiểm soát thủ tục hành chính".
_LOWER_HEAD = re.compile(r"^(?:văn phòng|phòng|sở|ban quản lý|ban|trung tâm|chi cục|thanh tra|ủy ban nhân dân|cục|cơ quan|ngành)"
                         r"\s+(?=[A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ])")
# "các" + a kind of body that is not in COLLECTIVE: "Các BQL khu kinh tế", "các chủ đầu tư", "các trường học".
_OPEN_COLLECTIVE = re.compile(
    r"^[Cc]ác\s+(?:[A-ZĐ][A-ZĐ&]{1,}(?![\wÀ-ỹ])|chủ đầu tư|doanh nghiệp|trường|hội|hợp tác xã|xã|phường|thị trấn|"
    r"ban quản lý|Ban Quản lý|Ban quản lý|chi cục|Chi cục|trung tâm|Trung tâm|đoàn thể|tổ chức|nhà đầu tư|"
    r"bệnh viện|cơ sở|thành viên|tổ|nhóm|Hội đồng|hội đồng|Ban Chỉ đạo|ban chỉ đạo|Bộ|bộ|Tổng công ty|công ty|"
    # a university's faculties and institutes, the heads of research projects
    r"Khoa(?!\s+học)|khoa(?!\s+học)|Viện|viện|chủ nhiệm đề tài|Chủ nhiệm đề tài|"
    # provinces named after "các": "Các tỉnh Lào Cai và Phú Thọ nhanh chóng sơ tán …"
    r"tỉnh(?=\s+[A-ZĐ]))(?![\wÀ-ỹ])"
)


# Words that begin like a unit name but are verbs or nouns here: "Tổ chức Hội nghị", "Ban hành Kế hoạch",
# "Báo cáo kết quả", "Thanh tra về tiêu chuẩn" (the unit is "Thanh tra Sở", "Thanh tra tỉnh", "Thanh tra:").
_NOT_AN_AGENCY = re.compile(
    r"^(?:Tổ chức|Ban hành|Báo cáo|Hội nghị|Hội thảo|Hội thi|Trường hợp|Đội ngũ|Bộ chỉ số|Bộ tiêu chí|Bộ công cụ|"
    r"Trạm|Quỹ đất|Cơ quan chủ trì|"
    r"Thanh tra(?!\s*(?:Sở|tỉnh|Bộ|huyện|thành phố|Chính phủ|Nhà nước|viên|[:;,.)]|$)))(?![\wÀ-ỹ])",
    re.I,
)
# a sector is a unit by the name of its field ("Ngành Y tế"), not "ngành chức năng", "ngành Trung ương"
_NOT_A_SECTOR = re.compile(r"^[Nn]gành\s+(?:Trung ương|[a-zđà-ỹ])")


# Words of NAME_STOPS that are nouns inside a name: "Ban An toàn giao thông tỉnh", "Ban Quản lý dự án đầu tư xây
# dựng tỉnh:", "Phòng Nông nghiệp và phát triển nông thôn".
_NOUN_PHRASE = re.compile(
    r"^(?:giao thông|phát triển nông thôn|xây dựng(?=\s+(?:tỉnh|huyện|thành phố|thị xã|quận)(?![\wÀ-ỹ])|\s*[,;:.]|\s*$))"
)


# Words that read as verbs but go on a name after these: "Ban quản lý dự án", "Ban QLDA đầu tư xây dựng các công
# trình …", "Ban Quản lý dự án đầu tư xây dựng khu vực huyện" (the investment in building is what the board manages).
# "công trình" is a noun ("trình" alone is the verb "submit"). (words before, word that goes on the name)
_IN_NAME = (
    (re.compile(r"^(?:[Cc]ác\s+)?(?:[Bb]an|[Pp]hòng)\s+$"), re.compile(r"quản lý(?![\wÀ-ỹ])")),
    (re.compile(r"(?:dự án|QLDA|DA)\s+đầu tư\s+$"), re.compile(r"xây dựng(?![\wÀ-ỹ])")),
    (re.compile(r"(?<![\wÀ-ỹ])công\s+$"), re.compile(r"trình(?![\wÀ-ỹ])")),
    # "đơn vị sự nghiệp công lập": public ("lập" alone is the verb "draw up")
    (re.compile(r"sự nghiệp\s+công\s+$"), re.compile(r"lập(?![\wÀ-ỹ])")),
    # "Ban chỉ đạo phòng, chống dịch Covid-19 các cấp": the steering board, and the boards of every level
    (re.compile(r"(?<![\wÀ-ỹ])[Bb]an\s+$"), re.compile(r"chỉ (?:đạo|huy)(?![\wÀ-ỹ])")),
    (re.compile(r"(?<![\wÀ-ỹ])các\s+$"), re.compile(r"cấp(?![\wÀ-ỹ])")),
    # "Cục Hàng không Việt Nam", "Phòng không - Không quân": aviation, air defence ("không" alone is "not")
    (re.compile(r"(?<![\wÀ-ỹ])(?:[Hh]àng|[Pp]hòng)\s+$"), re.compile(r"không(?![\wÀ-ỹ])")),
)
# "phòng, chống" is one word of a name ("Ban chỉ đạo phòng, chống dịch"): the comma does not end it
_PREVENT_AND_FIGHT = re.compile(r"(?<![\wÀ-ỹ])phòng\s*,\s*$")


def _goes_on_name(before: str, rest: str) -> bool:
    return any(prefix.search(before) and word.match(rest) for prefix, word in _IN_NAME)


_PERSON_TITLE = re.compile(r"(?:Phó|Trưởng|Giám đốc|Chủ tịch|Thủ trưởng|Chánh|Bí thư)(?![\wÀ-ỹ])")


def known_name(name: str, index: UnitIndex | None = None) -> bool:
    """The whole name is one the vocabulary or the organisation knows ("Sở Tài chính", "Công an tỉnh"), so it ends
    where it ends whatever word follows."""
    folded = fold(name)
    if any(folded == known for known, _ in _KNOWN_FOLDED):
        return True
    return index is not None and index.prefix(name) == name


def read_agency(text: str, index: UnitIndex | None = None, *, allow_comma: bool = True) -> str | None:
    """The unit/agency name at the start of `text` ("Sở Tài chính bố trí ..." → "Sở Tài chính").

    A leading title is skipped ("Giám đốc Sở Tài chính" → "Sở Tài chính"): the unit is what is matched; a unit
    word in lower case is capitalised ("phòng Kiểm soát …" → "Phòng Kiểm soát …").
    """
    found = agency_span(text, index, allow_comma=allow_comma)
    return found[0] if found else None


_KIND_PAIR = re.compile(r"(?:Cơ quan|Đơn vị)\s*,\s*(?:cơ quan|đơn vị|địa phương|doanh nghiệp)(?![\wÀ-ỹ])")


def agency_span(text: str, index: UnitIndex | None = None, *, allow_comma: bool = True) -> tuple[str, int, int] | None:
    """(name, start, end) of the unit named at the start of `text`; offsets in `text` (title and spaces skipped)."""
    start = len(text) - len(text.lstrip())
    title = _TITLE.match(text, start) if start else _TITLE.match(text)
    if title:
        start = title.end()
    every = re.match(r"[Tt]ất cả\s+(?=các\s)", text[start:])
    if every:  # "yêu cầu tất cả các bộ, ngành, địa phương …": the collective itself
        start += every.end()
    doubled = re.match(r"[Cc]ác\s+(?=(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+các\s)", text[start:])
    if doubled:  # "các UBND các huyện, thị xã": the committees of the districts
        start += doubled.end()
    rest = text[start:]
    if not rest:
        return None
    pair = _KIND_PAIR.match(rest)
    if pair:  # "Cơ quan, đơn vị trường học báo cáo …": two kinds of body named as one addressee, then its words
        end = pair.end()
        for _ in range(3):
            word = re.match(r"\s+([a-zđà-ỹ]+)(?![\wÀ-ỹ])", rest[end:])
            if not word or _STOP_RE.match(rest[end + 1:].lstrip()):
                break
            end += word.end()
        return rest[:end], start, start + end
    lowered = _LOWER_HEAD.match(rest)
    if lowered:
        name = _read_name(rest[0].upper() + rest[1:], index, allow_comma)
        return (name, start, start + len(name)) if name else None
    name = _read_name(rest, index, allow_comma)
    return (name, start, start + len(name)) if name else None


# An administrative level that opens a sentence does the work of every body of that level: "- Cấp xã hoàn thành
# và báo cáo kết quả trước ngày …", "Cấp huyện tổng hợp …" (not a heading "Cấp tỉnh:", nor lower-case "cấp" = grant).
_LEVEL = re.compile(r"^Cấp\s+(?:xã|huyện|tỉnh|cơ sở)(?![\wÀ-ỹ])(?!\s*[:(])")


# A bare kind after "và" goes on a collective (not "và các …", which names a body of its own, nor a kind
# followed by its own name): "các sở, ngành và địa phương có trách nhiệm …".
_JOINED_KIND = re.compile(r" và (?:(?:các )?(?:địa phương|đơn vị|ngành|cơ quan|đoàn thể|tổ chức)"
                          r"(?: (?:trực thuộc|liên quan|có liên quan|chuyên môn))?)(?=[\s,;:.]|$)(?! [A-ZĐ])")

# A kind after a comma in a collective ("các sở, ban ngành, đơn vị cấp tỉnh"; COLLECTIVE takes the commas only
# right after the first kind), not a kind followed by its own name ("…, phòng Kinh tế").
_LISTED_KIND = re.compile(r"\s*,\s*(?:đơn vị|cơ quan|ngành|ban ngành|sở|ban|phòng|địa phương|đoàn thể|tổ chức|hội|"
                          r"doanh nghiệp)"
                          r"(?=[\s,;:.]|$)(?!\s+[A-ZĐ])")
# Where the bodies of a collective sit or belong: "Trung ương", "đóng trên địa bàn tỉnh", "trên địa bàn huyện",
# "thuộc Chính phủ".
_SEAT = re.compile(r" (?:[Tt]rung ương(?![\wÀ-ỹ])(?!\s+(?:Đảng|Hội|Mặt trận))|(?:đóng )?(?:trên|trong) địa bàn"
                   r"(?: (?:tỉnh|huyện|thành phố|thị xã|xã|phường))?"
                   # "cơ quan thuộc Chính phủ", "các đơn vị trực thuộc Sở" (not "thuộc Sở Tài chính": a name of its own)
                   r"|(?:trực )?thuộc (?:Chính phủ|Bộ|Sở|UBND tỉnh|UBND huyện|Ủy ban nhân dân tỉnh|tỉnh)(?!\s+[A-ZĐ]))"
                   r"(?=[\s,;:.]|$)")


# A unit of every locality goes on through the list of localities: "Trung tâm y tế các huyện, thành phố, thị xã",
# "Cục Quản lý thị trường các tỉnh, thành phố trực thuộc Trung ương", "UBND các quận-huyện", "Sở Du lịch các
# tỉnh/thành", "các phòng, ban, cơ quan thành phố và các xã, phường". Only after "các <locality>": "Sở Y tế,
# huyện …" is two bodies.
_PLURAL_LOCALITY = re.compile(rf"(?<![\wÀ-ỹ])[Cc]ác\s+(?:tỉnh|{_LOCALITY})$")
_MORE_LOCALITIES = re.compile(
    rf"(?:(?:\s*[,/]\s*|-|\s+và\s+)(?:các\s+)?(?:tỉnh|{_LOCALITY})(?![\wÀ-ỹ])(?!\s+[A-ZĐ]))+"
    r"(?:\s+(?:trực thuộc Trung ương|trong tỉnh|trên địa bàn tỉnh)(?![\wÀ-ỹ]))?"
)

_NAMED_LOCALITIES = re.compile(rf"\s*:\s*{_PROPER}(?:(?:\s*,\s*|\s+và\s+){_PROPER})+(?![\wÀ-ỹ])")


# A locality named without its committee stands for it where a unit is expected: "đề nghị huyện Củ Chi tập trung
# …", "Huyện Khánh Vĩnh chỉ đạo xã …" (its proper name capitalised, word by word).
# News shortens them: "H.Tuy Phong", "TP.Phan Thiết", "TX. Hương Thủy".
_PLACE_UNIT = re.compile(
    r"^(?:(?:[Hh]uyện|[Xx]ã|[Tt]hành phố|[Tt]hị xã|[Qq]uận|[Pp]hường|[Tt]hị trấn|[Tt]ỉnh)\s+|(?:H|TP|Tp|TX|Q)\.\s?)"
    r"[A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ][a-zđà-ỹ]*"
    r"(?:\s+[A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ][a-zđà-ỹ]*){0,3}(?![\wÀ-ỹ])"
)


# the province or city a known body belongs to: "Sở Tài nguyên và Môi trường TP.Hồ Chí Minh", "Sở Y tế tỉnh Cà Mau"
_OWN_PLACE = re.compile(
    r"\s*(?:(?:tỉnh|thành phố|TP\.?|Tp\.?)\s*)(?=[A-ZĐÀ-Ỹ])[A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ][\wÀ-ỹ]*"
    r"(?:\s+[A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ][a-zđà-ỹ]*){0,3}(?![\wÀ-ỹ])"
)


def _read_name(text: str, index: UnitIndex | None, allow_comma: bool) -> str | None:
    name = _read_bare_name(text, index, allow_comma)
    if name and text.startswith(name) and name.startswith("Sở "):
        place = _OWN_PLACE.match(text, len(name))
        if place:
            name = text[: place.end()]
    if name and text.startswith(name) and not _PLURAL_LOCALITY.search(name):
        # a body of each province or district: "Sở Du lịch các tỉnh/thành", "Sở Y tế các tỉnh, thành phố …"
        plural = re.match(rf"\s+các\s+(?:tỉnh|{_LOCALITY})(?![\wÀ-ỹ])(?!\s+[A-ZĐ])", text[len(name):])
        if plural:
            name = text[: len(name) + plural.end()]
    if name and _PLURAL_LOCALITY.search(name) and text.startswith(name):
        more = _MORE_LOCALITIES.match(text, len(name))
        if more:
            return text[: more.end()]
        named = _NAMED_LOCALITIES.match(text, len(name))
        if named:  # "UBND các huyện: U Minh, Phú Tân và Năm Căn": the localities meant
            return text[: named.end()]
    return name


# a kind after a comma written with a capital, not followed by a name of its own: ", Ban, ngành" (", Ban Quản lý …"
# names a body)
_CAPITAL_KIND = re.compile(r"(?<=,\s)(?:Ban|Ngành|Sở|Phòng|Đơn vị|Cơ quan|Địa phương|Đoàn thể|Hội|Tổ chức)"
                           r"(?=[\s,;:.]|$)(?!\s+[A-ZĐÀÁẢÃẠĂÂÈÉẺẼẸÊÌÍỈĨỊÒÓỎÕỌÔƠÙÚỦŨỤƯỲÝỶỸỴ])")


# a counted collective: "đề nghị 4 bộ, ngành nêu trên khẩn trương …", "03 đơn vị chưa báo cáo …", "yêu cầu hai địa
# phương quan tâm …" (read as "các …")
_COUNTED = re.compile(r"^(?:\d{1,3}|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười)\s+"  # "hai địa phương"
                      r"(?=(?:bộ|sở|ngành|đơn vị|cơ quan|địa phương|xã|phường|huyện|tỉnh|doanh nghiệp|trường)"
                      r"(?![\wÀ-ỹ]))")


def _read_bare_name(text: str, index: UnitIndex | None, allow_comma: bool) -> str | None:
    counted = _COUNTED.match(text)
    if counted:
        name = _read_bare_name("các " + text[counted.end():], index, allow_comma)
        return text[: counted.end()] + name[len("các "):] if name and name.startswith("các ") else None
    local = _LOCAL_GOVERNMENTS.match(text)
    if local:
        return text[: local.end()].rstrip(" ,")
    level = _LEVEL.match(text)
    if level:
        return level.group(0)
    folded = fold(text)
    for folded_name, name in _KNOWN_FOLDED:
        if folded.startswith(folded_name) and (len(folded) == len(folded_name) or not folded[len(folded_name)].isalnum()):
            return text[: _original_length(text, len(folded_name))]
    if index is not None:
        found = index.prefix(text)
        if found:
            return found
    role = _ROLE.match(text)
    if role:
        return text[: role.end()]
    # "các Đơn vị", "Các Phòng", "Các Sở, Ban, Ngành": the kind written with a capital is the same collective
    probe = _CAPITAL_KIND.sub(lambda kind: kind.group(0).lower(), text)
    collective = _COLLECTIVE_RE.match(probe[0].lower() + probe[1:4] + probe[4:5].lower() + probe[5:]) if \
        text[:4].lower() == "các " else _COLLECTIVE_RE.match(probe[0].lower() + probe[1:])
    if collective:  # the kind may go on in lower case: "các ban quản lý dự án", "các cơ quan báo chí"
        text_as_read, text = text, probe
        end = collective.end()
        while len(text[:end].split()) < 12:
            level = re.match(r" cấp (?:tỉnh|huyện|xã|cơ sở)(?![\wÀ-ỹ])", text[end:])
            if level:  # "các ban, ngành cấp tỉnh": "cấp" is the level here, not the verb
                end += level.end()
                continue
            kind = _LISTED_KIND.match(text, end)
            if kind:  # "các sở, ban ngành, đơn vị cấp tỉnh": a kind after a comma goes on the list
                end = kind.end()
                continue
            seat = _SEAT.match(text, end)
            if seat:  # "các cơ quan Trung ương đóng trên địa bàn tỉnh": where the bodies sit
                end = seat.end()
                continue
            joined = _JOINED_KIND.match(text, end)
            if joined:  # "các sở, ngành và địa phương", "các phòng chuyên môn và đơn vị trực thuộc": one collective
                end = joined.end()
                continue
            above = re.match(r" (?:nêu|kể|có tên|nói)(?: ở)? trên(?![\wÀ-ỹ])", text[end:]) or (
                re.match(r" trên(?=[\s,;.]|$)", text[end:]) if _STOP_RE.match(text[end + 5:].lstrip(" ,")) else None)
            if above:  # "các đơn vị nêu trên", "4 bộ, ngành kể trên", "các đơn vị trên khẩn trương …": named before
                end += above.end()
                break
            word = re.match(r" ([a-zđà-ỹ]+|[A-ZĐ][A-ZĐ&]+)(?=[\s,;:.]|$)", text[end:])  # "các phòng GDĐT"
            if (not word or not (word.group(1).islower() or word.group(1).isupper())
                    or _STOP_RE.match(text[end + 1:]) and not _goes_on_name(text[:end + 1], text[end + 1:])
                    or word.group(1) in ("và", "hoặc", "của", "cùng", "hay", "chưa", "đã", "đang", "không", "vừa", "sẽ", "chỉ")):
                break  # "các đơn vị chưa gửi báo cáo …": what they have not done is no part of the name
            end += word.end()
        return text_as_read[:end]
    if not (_HEAD_RE.match(text) or _OPEN_COLLECTIVE.match(text)) or _NOT_AN_AGENCY.match(text) or \
            _NOT_A_SECTOR.match(text):
        place = _PLACE_UNIT.match(text)
        return place.group(0).rstrip() if place else None
    words = re.finditer(r"\S+", text)
    end = 0
    count = 0
    for match in words:
        word = match.group(0)
        rest = text[match.start():]
        if count and (_STOP_RE.match(rest) and not _NOUN_PHRASE.match(rest) and not _goes_on_name(text[:match.start()], rest)
                      or word.startswith(("(", "“", '"'))):
            break
        if count and _HEAD_RE.match(rest) and text[end:match.start()].strip() in (",", "và", ";"):
            break
        if count and text[end:match.start()].strip() == "," and (not allow_comma or not word[:1].isupper()) \
                and not (word.startswith("chống") and _PREVENT_AND_FIGHT.search(text[:match.start()])):
            break
        if count and text[end:match.start()].strip() == ";":
            break
        if count and text[end:match.start()].strip() == "," and _PERSON_TITLE.match(rest):
            break  # "Cục Quản lý thị trường tỉnh, Phó Trưởng ban …": the next is a person's title
        if count and text[:match.start()].rstrip().endswith("-") and re.match(r"[Cc]ơ quan\s+[Tt]hường trực", rest):
            break  # "Sở Giao thông - Vận tải - Cơ quan Thường trực Ban An toàn giao thông": its role, in apposition
        if count and word == "và" and (_HEAD_RE.match(text[match.end():].lstrip())
                                       or _PERSON_TITLE.match(text[match.end():].lstrip())):
            break  # "Sở Khoa học & Công nghệ và Sở Tài chính": two units
        bare = word.rstrip(",;:.)(")
        count += 1
        end = match.start() + len(bare)
        # long names exist: "Thường trực Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh"
        if bare != word or count >= 18:
            if word.endswith(",") and count < 18:
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


# "Giao đồng chí Lê Hùng tham mưu …", "đ/c Nguyễn Văn A chủ trì …": the persons a task names (its assignees).
_PERSON = re.compile(r"(?<![\wÀ-ỹ])(?:đồng chí|Đồng chí|đ/c|Đ/c)\s+(?P<name>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4})")
_TITLE_WORDS = {"Giám", "Phó", "Trưởng", "Chánh", "Chủ", "Bí", "Thủ", "Chi", "Lãnh", "Tổ", "Thành", "Ủy"}


def persons_named(text: str) -> list[str]:
    found: list[str] = []
    for match in _PERSON.finditer(text or ""):
        words = match.group("name").split()
        if words[0] in _TITLE_WORDS:
            continue  # "đồng chí Giám đốc Sở": a title, not a name
        name = " ".join(words[:4])
        if name not in found:
            found.append(name)
    return found
