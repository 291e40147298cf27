"""A unit the vocabulary does not know, named by the sentence's shape."""
from __future__ import annotations

import re

from .units import _NOUN_PHRASE, _STOP_RE, UPPER, _goes_on_name

# After an assigning verb, the short noun phrase up to the first action verb is the addressee even when no unit
# word is recognised: "đề nghị tổ công tác liên ngành khẩn trương …", "yêu cầu đơn vị thi công dự án bổ sung …",
# "đề nghị nhà cung cấp dịch vụ rà soát …". It must open like a body (a kind of body, "các …", a capitalised name),
# not a person ("đồng chí", "ông", "bà") nor a thing ("các nội dung", "Kế hoạch"), and end at an action verb, not
# at a preposition or an auxiliary ("như", "để", "được", "đã").
_ADDRESSEE_OPENER = re.compile(
    r"(?:các\s+|những\s+|từng\s+|mỗi\s+)?(?:cơ quan|đơn vị|tổ chức|chủ nhiệm|chủ đầu tư|chủ dự án|nhà thầu|nhà cung cấp|ban|tổ|"
    r"nhóm|hội đồng|đoàn|doanh nghiệp|công ty|hợp tác xã|trường|trạm|đội|bộ phận|thành viên|lực lượng|chính quyền|"
    r"cấp ủy|ngành chức năng|ngành|địa phương)(?![\wÀ-ỹ])"
    rf"|các\s+[a-zđà-ỹ]+(?![\wÀ-ỹ])|[{UPPER}][\wÀ-ỹ&-]*"
)
# what follows "các" or a capital that is a person, a title or a thing, not a body
_NOT_ADDRESSEE = re.compile(
    r"(?:[Cc]ác\s+|[Nn]hững\s+|[Tt]ất cả\s+)?"
    r"(?:đồng chí|ông|bà|anh|chị|em|cán bộ|công chức|viên chức|người|cá nhân|hộ|học sinh|nhân dân|"
    r"nội dung|nhiệm vụ|văn bản|hồ sơ|ý kiến|chỉ tiêu|công việc|công trình|dự án|đề tài|kế hoạch|giải pháp|biện pháp|"
    r"chương trình|hoạt động|vấn đề|kiến nghị|đề xuất|sản phẩm|thủ tục|số liệu|tài liệu|báo cáo|quy định|chính sách|"
    r"mục tiêu|kết quả|trường hợp|khoản|điều|năm|tháng|ngày|lần|bước|đại biểu|thí sinh|gia đình|"
    r"Đồng chí|Ông|Bà|Anh|Chị|Phó|Giám đốc|Chủ tịch|Trưởng|Thủ trưởng|Bí thư|Chánh|Lãnh đạo|Đ/c|đ/c|PGĐ|GĐ|"
    r"Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Trịnh|Lương|Mai|Tạ|"
    r"Hội nghị|Hội thảo|Quyết định|Kế hoạch|Công văn|Thông báo|Chỉ thị|Nghị quyết|Thông tư|Nghị định|Văn bản|Báo cáo|"
    r"Tờ trình|Chương trình|Dự án|Đề án|Nhà nước|Chính phủ|Trung ương|Thủ tướng|Tỉnh|UBND|Ủy ban|Uỷ ban|"
    # a condition or a time opening the sentence: "Nếu sở ngành nào chậm trễ phải kịp thời báo cáo …"
    r"Nếu|Khi|Trường hợp|Trong trường hợp)(?![\wÀ-ỹ])"
)
# an adverbial of basis after the addressee: what it works from, then its verb
_BASIS = re.compile(r"(?:trên cơ sở|căn cứ(?: vào)?)\s")
_LISTED_KIND_BEFORE = re.compile(r"(?:,|(?<![\wÀ-ỹ])(?:trung tâm|viện|trường|tổ chức|cơ quan|đơn vị|doanh nghiệp))\s*$")
# a verb right after a kind of body names its role: "cơ quan chủ trì", "đơn vị thực hiện dự án", "đơn vị tư vấn"
_ROLE_VERB = re.compile(r"(?:cơ quan|đơn vị|tổ chức|doanh nghiệp|nhà thầu)\s+(?=(?:chủ trì|thực hiện|tư vấn|quản lý|thi công|"
                        r"giám sát|tiếp nhận|cung cấp|sử dụng)(?![\wÀ-ỹ]))")
# stops that are no action: the phrase is not followed by a predicate
_NO_ACTION = re.compile(r"(?:để|nhằm|trong|trước|theo|về|cùng|là|được|đã|sẽ|đang|có|tại|trên|với|cho|từ|đến|khi|nếu|"
                        r"thì|mà|như|gồm|vừa|dự kiến|cũng|cấp|đồng ý|nhất trí|chấp thuận|"
                        r"ghi nhận|hoan nghênh|biểu dương|lưu ý|thống nhất|giao|đề nghị|yêu cầu|phân công|hợp đồng|"
                        r"thanh tra|ứng dụng|phát triển|quyết toán|thanh toán|tạm ứng|căn cứ)(?![\wÀ-ỹ])")


def _unnamed_addressee(text: str, position: int, *, listed: bool = False) -> tuple[str, int] | None:
    """(phrase, end) of a short addressee at `position` that no unit word names, ending before an action verb.

    `listed`: one more member of a list of units parted by ";" ("đề nghị các sở, ngành; doanh nghiệp, tổ chức
    khoa học trong và ngoài tỉnh đề xuất …"): its own commas, "và" and where it works go on it, up to the verb."""
    start = position + len(text[position:]) - len(text[position:].lstrip())
    rest = text[start:]
    opener = _ADDRESSEE_OPENER.match(rest)
    if not opener or _NOT_ADDRESSEE.match(rest):
        return None
    organise = re.match(r"[Tt]ổ chức\s+", rest)
    if organise and _STOP_RE.match(rest[organise.end():]):
        return None  # "Đề nghị tổ chức thực hiện đầu tư …": the verb "organise", then its object; no body is named
    role = _ROLE_VERB.match(rest)
    skip = role.end() if role else 0
    for attempt in ((skip, 0) if skip else (0,)):
        words = 0
        for word in re.finditer(r"\S+", rest):
            if word.start() < max(attempt, opener.end()):  # "nhà cung cấp": the kind's own words are no verb
                words += 1
                continue
            if words and _STOP_RE.match(rest[word.start():]) and not (role and attempt and word.start() == role.end()) \
                    and not (_NOUN_PHRASE.match(rest[word.start():]) and not listed) and not _goes_on_name(rest[: word.start()], rest[word.start():]):
                phrase = rest[: word.start()].rstrip()
                if phrase.lower() == "tổ chức":
                    break  # "phân công tổ chức thực hiện": the verb "organise", not a body
                if listed and (_NO_ACTION.match(rest[word.start():]) or _LISTED_KIND_BEFORE.search(rest[: word.start()])):
                    # "… tổ chức khoa học trong và ngoài tỉnh": where the member works goes on it; "doanh nghiệp, tổ
                    # chức …", "trung tâm nghiên cứu": a word after a comma or a kind is a noun, not the verb
                    words += 1
                    continue
                if re.search(r"[;:()“”\"]" if listed else r"[,;:.()“”\"]", phrase.rstrip(".…")):
                    break
                if _NO_ACTION.match(rest[word.start():]) and not (
                        _BASIS.match(rest[word.start():]) and _verb_follows(rest[word.start():].split(".")[0], 2)):
                    break  # but "yêu cầu từng thành viên tổ công tác trên cơ sở nhiệm vụ được phân công khẩn trương …"
                    # names the addressee, then the basis of its work
                phrase = phrase.rstrip(" .…")
                if re.search(r"(?<![\wÀ-ỹ])(?:không|chưa|chẳng)$", phrase):
                    return None  # "Các tổ công tác này không phải là …": what a body is not, no work
                return phrase, start + len(phrase)
            words += 1
            # a few words: a capitalised name after the kind may be long ("thành viên Ban Chỉ đạo … huyện")
            named = any(w[:1].isupper() for w in rest[: word.end()].split()[1:])
            if words > (20 if listed else 16 if named else 10) or \
                    re.search(r"[;:()“”\"]$" if listed else r"[,;:.()“”\"]$", word.group(0)) or \
                    listed and re.search(r"(?<!\.)\.$", word.group(0)):
                break
    return None


def _verb_follows(text: str, skip: int) -> bool:
    """An action verb among the words of `text` after its first `skip` words."""
    return any(_STOP_RE.match(text[w.start():]) and not _NO_ACTION.match(text[w.start():])
               for w in list(re.finditer(r"\S+", text))[skip:])
