"""Dates in text and the document's reference date (deadlines themselves: `directives.deadlines`)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .structure import Paragraph

# a stored web page's publication stamp before its text (structure.prepare sets it on a line of its own)
PUBLICATION_STAMP = r"date ((?:19|20)\d{2})-([01]\d)(?:-([0-3]\d))?"
_DATE_NUMERIC = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"
_DATE_LONG = r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"


def make_date(day, month, year) -> dt.date | None:
    """The date, or None when it is none: a day or month out of range, or a year mistyped ("19/8/8021")."""
    try:
        value = dt.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None
    return value if 1900 < value.year < 2200 else None


def find_dates(text: str) -> list[tuple[int, int, dt.date]]:
    found = []
    for pattern in (_DATE_NUMERIC, _DATE_LONG):
        for match in re.finditer(pattern, text, flags=re.I):
            value = make_date(*match.groups())
            if value:
                found.append((match.start(), match.end(), value))
    return sorted(found)


_MONTH_YEAR = re.compile(r"(?<![\wÀ-ỹ])tháng\s+(\d{1,2})\s*(?:[/.\-]|\s+năm\s+)\s*(\d{4})(?!\d)", re.I)


def month_years(text: str) -> list[dt.date]:
    """The first day of each month written with its year ("tháng 3.2017", "tháng 12/2016", "tháng 5 năm 2020")."""
    found = [make_date(1, month, year) for month, year in _MONTH_YEAR.findall(text)]
    return [value for value in found if value and 1900 < value.year < 2200]


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


_OPENING_DAY = re.compile(r"^(?:Ngày|Vào ngày|Sáng ngày|Chiều ngày|Sáng|Chiều)\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*,")


def opening_date(paragraphs: list[Paragraph], reference: dt.date | None = None) -> dt.date | None:
    """The day of what the document opens with: "Ngày 17/02/2025, Sở … tổ chức Hội nghị …" (a meeting's notice).
    With `reference` (the date the text refers to), also a news item's year-less "Ngày 05/12, UBND tỉnh …": in that
    year, or the year before when that would put it after ("Ngày 28/12, …" of a letter due in January)."""
    for paragraph in paragraphs[:12]:
        match = re.match(rf"^(?:Ngày|Vào ngày|Sáng ngày|Chiều ngày)\s+{_DATE_NUMERIC}", paragraph.text)
        if match:
            return make_date(*match.groups())
        short = _OPENING_DAY.match(paragraph.text)
        if short and reference:
            day = make_date(short.group(1), short.group(2), reference.year)
            return make_date(short.group(1), short.group(2), reference.year - 1) if day and day > reference else day
    return None


def own_date(meta: dict, paragraphs: list[Paragraph]) -> dt.date | None:
    """The document's date; else the first date in its opening sentences; else the 1st of its month."""
    if meta.get("date"):
        return meta["date"]
    opening = opening_date(paragraphs)
    if opening is not None:
        return opening
    if meta.get("year"):
        return dt.date(meta["year"], meta.get("month") or 1, 1)
    return None


# a full date that is itself a deadline ("trước ngày 31/3/2017", "chậm nhất ngày …"), folded: not a cited letter's date
_CUED_DATE = re.compile(r"(?<![a-z])(?:truoc|cham nhat|khong qua|han|den het|den)(?:\s+ngay)?\s*$")


def item_reference(text: str, reference: dt.date | None) -> dt.date | None:
    """For a page with no date of its own: the latest full deadline of the task's own words ("… trước ngày 20.2; …
    trước ngày 31/3/2017") gives its year-less deadlines their year before the rest of the page does."""
    from core.text import fold

    dates = [value for start, _, value in find_dates(text) if _CUED_DATE.search(fold(text[max(0, start - 20):start]))]
    return max(dates) if dates else reference


def reference_date(meta: dict, paragraphs: list[Paragraph]) -> dt.date | None:
    """The document's own date (`own_date`); else the latest date the page mentions; else its address's date."""
    own = own_date(meta, paragraphs)
    if own is not None:
        return own
    # a stored page's publication stamp ("date 2025-11-07", "date 2022-12"): the page's own date (LABELING.md 7, 9)
    for paragraph in paragraphs[:3]:
        stamp = re.fullmatch(PUBLICATION_STAMP, paragraph.text)
        if stamp:
            value = make_date(stamp.group(3) or "1", stamp.group(2), stamp.group(1))
            if value:
                return value
    # no date of its own (a page about a document): the latest full date it mentions is the nearest to when it
    # was written, a better year for "trước ngày 18/10" than today's
    texts = [paragraph.text for paragraph in paragraphs if not paragraph.table]
    mentioned = [value for text in texts for _, _, value in find_dates(text)]
    if mentioned:
        return max(mentioned)
    # no full date either: a month with its year ("báo cáo trong tháng 3.2017", "vào tháng 12/2016") still gives the
    # year a news item was written in, better than today's for its "trước ngày 20.2"
    months = [value for text in texts for value in month_years(text)]
    if months:
        return max(months)
    # nothing dated in the text: a news page's address often carries its publication date ("…-20120323095855696.htm",
    # "/2018/11/27/…")
    for paragraph in paragraphs[:2]:
        if paragraph.text.startswith(("http://", "https://")):
            for match in _ADDRESS_DATE.finditer(paragraph.text):
                value = make_date(match.group("d"), match.group("m"), match.group("y"))
                if value and 1990 < value.year < 2100:
                    return value
            month = _ADDRESS_MONTH.search(paragraph.text)  # "/202206/", "/2018/11/": the month it was published
            if month:
                return dt.date(int(month.group("y")), int(month.group("m")), 1)
    # nor in its address: the year its title or lead names ("Dời thời gian tổ chức Techfest 2022", "… năm 2020"), or
    # the lunar year of the Tết it prepares for ("dịp Tết Nguyên Đán Ất Tỵ" is early 2025)
    for text in [text for text in texts if not text.startswith(("http://", "https://"))][:3]:
        year = _NAMED_YEAR.search(text)
        if year:
            return dt.date(int(year.group(1)), 1, 1)
        lunar = lunar_year(text)
        if lunar:
            return dt.date(lunar, 1, 1)
    return None


# the sixty-year cycle: a heavenly stem (the year's last digit) and an earthly branch (the year modulo 12)
_STEMS = {"canh": 0, "tan": 1, "nham": 2, "quy": 3, "giap": 4, "at": 5, "binh": 6, "dinh": 7, "mau": 8, "ky": 9}
_BRANCHES = {"than": 0, "dau": 1, "tuat": 2, "hoi": 3, "suu": 5, "dan": 6, "mao": 7, "meo": 7, "thin": 8, "ngo": 10,
             "mui": 11}
_LUNAR_YEAR = re.compile(r"(?:Tết|Xuân|năm)(?:\s+Nguyên\s+[Đđ]án)?\s+(Canh|Tân|Nhâm|Quý|Giáp|Ất|Bính|Đinh|Mậu|Kỷ)\s+"
                         r"(Thân|Dậu|Tuất|Hợi|Tý|Tí|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi)(?![\wÀ-ỹ])", re.I)


def lunar_year(text: str, today: dt.date | None = None) -> int | None:
    """The solar year in which the named lunar year begins ("Tết Ất Tỵ" → 2025), the latest not after next year."""
    from core.text import fold

    found = _LUNAR_YEAR.search(text)
    if not found:
        return None
    stem, branch = _STEMS[fold(found.group(1))], fold(found.group(2))
    # "Tý"/"Tí" (rat) and "Tỵ"/"Tị" (snake) fold alike: the stem decides, since a stem and a branch pair only when
    # both are even or both odd
    candidates = [4, 9] if branch in ("ty", "ti") else [_BRANCHES[branch]]
    latest = (today or dt.date.today()).year + 1
    years = [year for year in range(latest - 59, latest + 1) if year % 10 == stem and year % 12 in candidates]
    return max(years) if years else None


_NAMED_YEAR = re.compile(r"(?<![\d/.,-])((?:199|20\d)\d)(?![\d/.,-]\d)")


_ADDRESS_MONTH = re.compile(r"/(?P<y>(?:19|20)\d{2})/?(?P<m>0[1-9]|1[0-2])/")
_ADDRESS_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[/-]?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?!\d{1,2}(?!\d))")


# deadline words that introduce a due date ("trước ngày …", "chậm nhất …"), folded
_DEADLINE_CUE = re.compile(
    r"^(?:truoc|cham nhat|trong|khong qua|han|xong|hoan thanh|den het|den ngay|dau|giua|cuoi|ngay \d+ hang|hang|dinh ky)"
)


_STRONG_CUE = re.compile(r"^(?:truoc|cham nhat|khong qua|han|xong|hoan thanh|den het|den ngay)")
# the cue may stand before a time of day that the phrase leaves out: "chậm nhất 10h00' ngày 27/4/2020"
_CUE_BEFORE_TIME = re.compile(r"(?:truoc|cham nhat|khong qua|han)\s*(?:\d{1,2}\s*(?:h|gio)\s*\d{0,2}\s*(?:phut)?\W{0,2}\s*)$")


def strongly_cued(flat: str, deadline) -> bool:
    """The phrase says when the work is due ("trước …", "chậm nhất …"), the cue written before a time of day too."""
    from core.text import fold

    if _STRONG_CUE.match(fold(deadline.text)):
        return True
    at = flat.rfind(deadline.text)
    return at >= 0 and bool(_CUE_BEFORE_TIME.search(fold(flat[max(0, at - 30):at])))


# "… gửi về Sở Tài chính trước ngày 30-7 và báo cáo UBND tỉnh trước ngày 5-8", "… báo cáo về Bộ trước ngày 10-6, gửi
# báo cáo tổng hợp … trước ngày 5-7": a second step of the work with a deadline of its own, after a comma or "và"
_NEXT_STEP = re.compile(r"^[^.;]{0,200}?(?:,|\svà|;)\s*(?:đồng thời\s+|sau đó\s+)?(?:gửi|báo cáo|trình|nộp|hoàn thành|"
                        r"tổng hợp|xuất|công bố|cập nhật)(?![\wÀ-ỹ])")


_STEP_VERB = re.compile(r"\s*,?\s*(?:phải\s+|sẽ\s+)?(?:gửi|báo cáo|trình|nộp|hoàn thành|tổng hợp|công bố)(?![\wÀ-ỹ])")


def earlier_step_deadline(text: str, deadline, reference: dt.date | None = None):
    """The deadline of an earlier step of the same sentence's work, when the last deadline (`deadline`) belongs to a
    step of its own: both strongly cued dates, the later step opening after a comma or "và"; else None."""
    flat = " ".join(str(text or "").split())
    if deadline is None or deadline.due_date is None or deadline.recurring or not strongly_cued(flat, deadline):
        return None
    at = flat.rfind(deadline.text)
    if at < 0:
        return None
    earlier = task_deadline(flat[:at], reference)
    if earlier is None or earlier.due_date is None or earlier.recurring or earlier.kind == "range" or \
            not strongly_cued(flat[:at], earlier) or earlier.due_date >= deadline.due_date:
        return None
    between = flat[flat[:at].rfind(earlier.text) + len(earlier.text): at]
    after = flat[at + len(deadline.text):]
    # "… phải báo cáo sơ bộ … và trước ngày 16-11 phải báo cáo chính thức …": the step's verb after its date
    step_after = re.search(r"(?:,|\svà)\s*$", between) and _STEP_VERB.match(after)
    return earlier if _NEXT_STEP.match(between) or step_after else None


# --- which date phrase of a task sentence is its deadline -------------------------------------------------
# `directives.deadlines.find_deadline` reads the last date phrase of a sentence. In a task sentence some date
# phrases say when something starts or happens, not when the work is due: a start ("tạm dừng đến trường kể từ
# ngày 12/05/2021"), the day of the meeting that gave the order ("tại hội nghị giao ban ngày 24/9"), the days off ("cho
# học sinh nghỉ học ngày 18 và 19.9"), an occasion ("trong dịp nghỉ Lễ Quốc khánh 02/9/2023"), the year the work falls in
# ("ứng phó
# … trong năm 2022", "kỳ họp giữa năm 2017") or an open period ("trong tháng 5 và các tháng tiếp theo"). Those are
# skipped and the phrase before them is tried; a date followed by "hàng năm", or after "định kỳ hàng năm trước ngày",
# is a recurrence.
# what a relative deadline counts from when it is not the document itself ("kể từ ngày ký", "kể từ ngày nhận được
# văn bản này", "kể từ ngày ban hành" count from it)
_ANCHORED_ELSEWHERE = re.compile(r"(?:ngay|tuan|thang)(?: lam viec)?\s*,?\s*(?:ke tu|tinh tu|sau khi|sau|tu)\s+"
                                 r"(?!(?:(?:ngay|khi) )?(?:ky|ban hanh|nhan duoc)|(?:ngay )?(?:van ban|cong van|thong bao|"
                                 r"quyet dinh|ke hoach) nay)")
_START_BEFORE = re.compile(r"(?:(?<![\wÀ-ỹ])(?:kể từ|bắt đầu từ|bắt đầu|từ)\s*(?:ngày\s*)?|(?<![\wÀ-ỹ])dịp\s+[^,;.:]{0,40}|"
                           r"(?<![\wÀ-ỹ])(?:hưởng ứng|kỷ niệm|chào mừng)\s+(?:[Nn]gày|[Tt]uần lễ)\s+[^,;.:()]{0,50}|"
                           r"(?<![\wÀ-ỹ])(?:chỉ đạo|kết luận|phát biểu|nhấn mạnh)(?![\wÀ-ỹ])[^.;]{0,80}?\stại\s+"
                           r"(?:hội nghị|cuộc họp|phiên họp|buổi làm việc|buổi họp|kỳ họp)(?:\s+[\wÀ-ỹ]+){0,4}?\s+"
                           r"(?:vào\s+)?(?:ngày\s*)?|"
                           r"(?<![\wÀ-ỹ])nghỉ(?:\s+(?:học|làm|làm việc))?\s+ngày\s*"
                           r"(?:\d{1,2}(?:[/.]\d{1,2})?\s*(?:và|,|-)\s*)?|"
                           r"(?<![\wÀ-ỹ])số\s*)$", re.I)  # "… tại Thông báo số 25/2/2021": a citation, not a date
# the date of a document cited: "… đã thống nhất tại Biên bản làm việc ngày 09/7/2018", "Công văn số 1153 (ngày 25.6)"
_CITED_ON = re.compile(r"(?<![\wÀ-ỹ])(?:[Bb]iên bản|Thông báo|[Cc]ông văn|Văn bản|Kế hoạch|Quyết định|Nghị quyết|"
                       r"Tờ trình|Báo cáo|Chỉ thị|[Cc]ông điện)(?:\s+(?:làm việc|họp|kiểm tra|số\s*\S+))?"
                       # "… công văn số 651 do UBND tỉnh ban hành vào ngày 15/5/2018"
                       r"(?:\s+(?:do|của)\s+[^,;.()]{2,40}?\s+(?:ban hành|ký|gửi)(?:\s+vào)?)?\s*\(?\s*(?:ngày\s*)?$")
# the date after a number with its symbol is that document's, whatever names it ("các Công điện: số 2620/CĐ-TTg ngày
# 19/12/2014, số 115 CĐ-TTg ngày 23/1/2015")
_CITED_NUMBER = re.compile(r"(?<![\wÀ-ỹ])số\s*\d+(?:\s*[/-]\s*[\w.&/-]+|\s+[A-ZĐ]{2,}[\w/.&-]*)\s*,?\s*\(?\s*(?:ngày\s*)?$")
_YEARS_SPAN = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:1[89]|20)\d{2})\s*[-–]\s*$")
# "trong tháng 5 và các tháng tiếp theo", "… và những tháng cuối năm 2022": an open period, no due date
_OPEN_AFTER = re.compile(r"^\s*(?:và|,)\s*(?:(?:các|những)\s+(?:tháng|tuần|quý)(?![\wÀ-ỹ])|"
                         r"(?:các|những)\s+năm\s+(?:tiếp theo|tới|sau))", re.I)
_RECURRING_AFTER = re.compile(r"^\s*(?:(?:và|,)\s*(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s+)?(?:hàng|hằng)\s+(?:năm|tháng|quý|tuần)",
                              re.I)
# "Định kỳ hàng năm trước ngày 10 tháng 12 …", "hằng quý, trước ngày 15 của tháng cuối quý": the period word comes first
_RECURRING_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:hàng|hằng)\s+(?:năm|tháng|quý|tuần)\s*,?\s*(?:(?:trước|vào|chậm nhất|"
                               r"muộn nhất|trong)\s+)?(?:ngày\s*)?$", re.I)
_PERIOD_KINDS = ("year", "half_year")
_CUE_JUST_BEFORE = re.compile(r"(?:trước|chậm nhất|không quá|hạn(?: chót| cuối)?(?: là)?|đến hết)\s*$", re.I)
# the work is to be finished within the period: "đảm bảo hoàn thành công trình trong năm 2018" gives 31/12/2018; a
# period that qualifies the object ("các nhiệm vụ có thời hạn hoàn thành trong năm 2025") does not
_COMPLETED_WITHIN = re.compile(r"(?<![\wÀ-ỹ])(?<!thời hạn )(?<!hạn )(?:hoàn thành|hoàn tất|xong)(?:\s+[\wÀ-ỹ]+){0,12}\s*$", re.I)


def task_deadline(text: str, reference_date: dt.date | None = None):
    """The deadline of a task sentence (a `directives.deadlines.Deadline`) or None; see above."""
    from directives.deadlines import Deadline, find_deadline

    from core.text import fold

    flat = " ".join(str(text or "").split())
    for _ in range(4):
        try:
            deadline = find_deadline(flat, reference_date=reference_date)
        except Exception:  # the phrase parser never should; one odd sentence must not stop the import
            return None
        if deadline is None:
            return None
        at = flat.rfind(deadline.text)
        if at < 0:
            return deadline
        before, after = flat[:at], flat[at + len(deadline.text):]
        if _RECURRING_BEFORE.search(before[-40:]) and deadline.due_date is not None:
            return Deadline(text=deadline.text, kind="recurring", due_date=None, recurring=True)
        if _RECURRING_AFTER.match(after) and deadline.due_date is not None:
            tail = _RECURRING_AFTER.match(after)
            return Deadline(text=(deadline.text + after[: tail.end()]).strip(), kind="recurring", due_date=None,
                            recurring=True)
        folded = fold(deadline.text)
        # a month named bare ("nhiệm vụ công tác tháng 02/2021") is the period the work belongs to; a month is a
        # deadline "trong tháng …", or after "hoàn thành"
        bare_month = deadline.kind == "month" and folded.startswith("thang") and \
            not _CUE_JUST_BEFORE.search(before[-16:]) and not (not before.strip() and after.lstrip().startswith(":"))
        # (a timetable's step opens with its month: "Tháng 3/2021: Các Khoa kiểm tra …" is due in that month)
        weak_period = (deadline.kind in _PERIOD_KINDS and not _STRONG_CUE.match(folded) or bare_month) and \
            not _COMPLETED_WITHIN.search(before[-80:])
        span = _YEARS_SPAN.search(before[-16:])
        if span and deadline.due_date is not None and int(span.group(1)) < deadline.due_date.year - 1:
            flat = before + " " * len(deadline.text) + after  # "(2/9/1945 - 2/9/2019)": the years an anniversary spans
            continue
        if not (_START_BEFORE.search(before[-160:]) or _CITED_ON.search(before[-60:]) or
                _CITED_NUMBER.search(before[-60:]) or _OPEN_AFTER.match(after)
                or weak_period):
            if deadline.kind == "relative" and _ANCHORED_ELSEWHERE.search(fold(deadline.text)):
                # "… khởi công trong 12 tháng kể từ khi được giao đất": counted from an event, not from the letter
                return dataclasses.replace(deadline, due_date=None)
            return deadline
        flat = before + " " * len(deadline.text) + after  # not a deadline: try the phrase before it
    return None
