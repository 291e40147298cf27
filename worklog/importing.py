"""Draft work-log entries from a unit's weekly report (.docx, .pdf, .txt): the document import's readers give the
text, each bullet line ("- Tổ chức 02 cuộc kiểm tra …") becomes a draft with a guessed kind (from the line's words,
else its section heading), its quantity and measure ("02 cuộc") and the first document it cites with its date
(docimport's reference extractor). Lines under a "kế hoạch / phương hướng / nhiệm vụ trọng tâm" heading are the
next period's planned work. Nothing is saved here: the drafts are shown for review first."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from core.text import fold
from docimport.errors import DocumentImportError
from docimport.extract.quantities import quantities
from docimport.extract.references import references
from docimport.readers import read_document

from .choices import EntryStatus, WorkKind

BULLET = re.compile(r"^\s*(?:[-–—+•*▪●]|\(?[a-zđ]\))\s*(?P<text>\S.*)$")
HEADING = re.compile(r"^\s*(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?)\s+(?P<text>\S.*)$")
PLANNED_HEADING = re.compile(r"ke hoach|phuong huong|nhiem vu trong tam|du kien|tuan toi|thang toi|ky toi")
# folded words → kind, the first that matches wins (the line first, then its heading)
KIND_WORDS = [
    (WorkKind.COUNCIL, ("hoi dong",)),
    (WorkKind.TECHNOLOGY_APPRAISAL, ("tham dinh cong nghe", "y kien ve cong nghe", "tham dinh du an")),
    (WorkKind.LICENSING, ("cap phep", "giay phep", "cap giay chung nhan", "cap chung chi")),
    (WorkKind.INSPECTION, ("thanh tra", "khieu nai", "to cao", "tiep cong dan", "phap che")),
    (WorkKind.CHECK, ("kiem tra",)),
    (WorkKind.IP_INNOVATION, ("so huu tri tue", "nhan hieu", "chi dan dia ly", "sang kien", "khoi nghiep",
                              "doi moi sang tao")),
    (WorkKind.COMMUNICATION, ("tuyen truyen", "ban tin", "tin, bai", "tin bai", "chuyen muc", "phat song",
                              "truyen hinh", "trang thong tin", "cong thong tin")),
    (WorkKind.STATISTICS, ("thong ke", "co so du lieu", "dieu tra")),
    (WorkKind.PUBLIC_SERVICE, ("kiem dinh", "hieu chuan", "thu nghiem", "dich vu", "san xuat")),
    (WorkKind.TRAINING, ("tap huan", "dao tao", "boi duong")),
    (WorkKind.EVENT, ("hoi nghi", "hoi thao", "toa dam", "su kien", "le ")),
    (WorkKind.COOPERATION, ("hop tac", "phoi hop")),
    (WorkKind.ADMINISTRATION, ("cai cach hanh chinh", "thu tuc hanh chinh", "van thu", "luu tru", "hanh chinh")),
    (WorkKind.ADVICE, ("tham muu", "du thao", "gop y", "xay dung ke hoach", "trinh ubnd", "ban hanh")),
]
# measures of two words ("02 hồ sơ", "05 tin, bài"); otherwise the first word after the number is the measure
TWO_WORD_MEASURES = {"ho so", "hoi dong", "nhiem vu", "doanh nghiep", "co so", "van ban", "san pham", "phuong tien",
                     "tin, bai", "tin bai", "de tai", "du an", "luot nguoi", "hoc vien", "chuong trinh", "chuyen muc"}
MAX_LINES = 200


@dataclass
class Draft:
    text: str
    kind: str
    heading: str = ""
    quantity: Decimal | None = None
    measure_unit: str = ""
    document_number: str = ""
    document_date: dt.date | None = None
    status: str = EntryStatus.DONE

    def initial(self, date: dt.date) -> dict:
        return {"include": True, "date": date, "kind": self.kind, "text": self.text, "quantity": self.quantity,
                "measure_unit": self.measure_unit, "document_number": self.document_number,
                "document_date": self.document_date, "status": self.status, "heading": self.heading}


def guess_kind(text: str, heading: str = "") -> str:
    for words in (fold(text), fold(heading)):
        for kind, keys in KIND_WORDS:
            if any(key in words for key in keys):
                return kind
    return WorkKind.OTHER


def _measure(after: str) -> str:
    """The measure written right after the number: "02 cuộc kiểm tra" → "cuộc", "31 tin, bài lên …" → "tin, bài"."""
    words = after.split()
    two = " ".join(words[:2]).rstrip(",;:.")
    measure = two if fold(two) in TWO_WORD_MEASURES else (words[0] if words else "")
    return measure.strip(",;:.()")[:40]


def _quantity(text: str) -> tuple[Decimal | None, str]:
    for found in quantities(text, exclude=[]):
        start, end = found["span"]
        if not found.get("what") or not re.fullmatch(r"[\d.,]+", text[start:end]):
            continue  # "Số cuộc: 02" style labels have no measure to print
        return Decimal(str(found["value"])), _measure(text[end:])
    return None, ""


def drafts_from_text(text: str, *, reference_date: dt.date | None = None) -> list[Draft]:
    drafts: list[Draft] = []
    heading = ""
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line or line.startswith("|"):
            continue
        bullet = BULLET.match(line)
        if bullet is None:
            numbered = HEADING.match(line)
            if numbered and len(line) <= 160:
                heading = numbered.group("text").rstrip(":.")
            elif line.endswith(":") and len(line) <= 160:
                heading = line.rstrip(":")
            continue
        body = bullet.group("text").strip().rstrip(";.")
        if len(body) < 8:
            continue
        quantity, measure = _quantity(body)
        cited = references(body, reference_date)
        document = cited[0] if cited else {}
        date = document.get("date")
        drafts.append(Draft(
            text=body[:2000], kind=guess_kind(body, heading), heading=heading[:200], quantity=quantity,
            measure_unit=measure, document_number=(document.get("number") or "")[:60],
            document_date=dt.date.fromisoformat(date) if date else None,
            status=EntryStatus.PLANNED if PLANNED_HEADING.search(fold(heading)) else EntryStatus.DONE,
        ))
        if len(drafts) >= MAX_LINES:
            break
    return drafts


def drafts_from_file(data: bytes, filename: str, *, reference_date: dt.date | None = None) -> list[Draft]:
    """The drafts of an uploaded report; a file that cannot be read, or holds no bullet line, raises
    DocumentImportError with the Vietnamese reason."""
    result = read_document(data, filename)
    drafts = drafts_from_text(result.text, reference_date=reference_date)
    if not drafts:
        raise DocumentImportError("Không tìm thấy dòng công việc nào trong tệp: nhật ký đọc các dòng bắt đầu bằng "
                                  "dấu gạch đầu dòng (“-”, “+”, “•”) dưới các mục của báo cáo.", code="empty")
    return drafts
