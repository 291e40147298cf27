"""A last look over the finished tasks: sentences the grammar read as assignments that the labels say are not.

Each rule names a class of Vietnamese administrative or news prose; the invented examples are in
`tests/test_not_tasks.py`. The stage only drops tasks, it never edits one."""
from __future__ import annotations

import re

from core.text import fold

from .structure import Paragraph


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(text)))


def _predicate(task: dict) -> str:
    """What the task asks, without the unit the text may open with ("Sở X chủ động …" → "chủ động …")."""
    text, unit = task["text"].strip(), task["unit"].strip()
    if unit and fold(text).startswith(fold(unit)):
        return text[len(unit):].lstrip(" ,")
    return text


# the writer speaking of itself: "Báo X trân trọng đăng toàn văn …", "Tạp chí rất hoan nghênh …", "… xin cảm ơn"
_COURTESY = re.compile(r"(?<![a-z])(?:tran trong|hoan nghenh|cam on|kinh chuc|chuc mung)(?![a-z])")


def _courtesy(task: dict) -> bool:
    head = " ".join(fold(task["text"]).split()[:8])
    return bool(_COURTESY.search(head))


# a meeting told as it went: "Sau khi nghe … báo cáo …, các thành viên Hội đồng xem xét, thảo luận …" (what was
# asked of them comes with an assigning verb, and then the task's text starts after it)
_HEARD = re.compile(r"^sau khi nghe(?![a-z])")


def _meeting_told(task: dict) -> bool:
    return bool(_HEARD.match(fold(task["text"].strip())))


# "Các sở, ngành, địa phương chủ động phối hợp thực hiện các giải pháp …", "… thủ trưởng các cơ quan liên quan
# phối hợp triển khai nhiệm vụ để …": to coordinate with nobody named is a generic line, not a task of its own
_ONLY_COORDINATE = re.compile(r"^(?![^;.:]{0,160}?(?<![a-z])chu tri(?![a-z]))"  # the lead is not only coordinating
                              r"(?:[^;.:]{0,160}?\s)?(?:(?:chu dong|tich cuc|co trach nhiem)\s+)?phoi hop"
                              r"(?:\s+chat che)?\s+(?:trien khai|thuc hien|to chuc thuc hien|to chuc trien khai)"
                              # not when the work is named: "… phối hợp thực hiện tăng cường công tác phòng, chống …"
                              r"(?![a-z])(?!\s+(?:tang cuong|day manh|kiem tra|ra soat|xu ly|bao cao|xay dung|thanh tra|"
                              r"to chuc)(?![a-z]))")
# "… tổ chức thực hiện nghiêm những kiến nghị được nêu trong Kết luận …", "… thực hiện nghiêm chỉ đạo của Thủ tướng
# …": to carry out the document itself is a closing line
_CARRY_OUT_DOCUMENT = re.compile(r"^(?:(?:to chuc|trien khai)\s+)*thuc hien nghiem(?:\s+tuc)?\s+(?:(?:nhung|cac)\s+)?"
                                 r"(?:kien nghi|noi dung|yeu cau|ket luan|chi dao)(?![a-z])[^;]{0,120}$")
# "Sở X là cơ quan đầu mối, tham mưu giúp UBND tỉnh tổ chức thực hiện Kế hoạch.": the role a plan gives, said
# once for the whole plan
_ROLE_FOR_THE_PLAN = re.compile(r"^la (?:co quan|don vi) (?:dau moi|thuong truc)[^;.]{0,80}?to chuc thuc hien "
                                r"(?:ke hoach|chuong trinh|de an|chi thi)[^;]{0,40}$")

# "UBND xã, phường kịp thời báo cáo các nội dung khó khăn, vướng mắc phát sinh … (nếu có) về Sở Xây dựng …": to report
# difficulties should there be any is a condition (corpus README, rule 5), the "nếu có" written after them
_REPORT_DIFFICULTIES_IF_ANY = re.compile(r"^(?:kip thoi\s+)?(?:bao cao|phan anh)(?![a-z])[^;.]{0,120}?(?:kho khan|vuong mac)"
                                         r"[^;.]{0,120}?\(\s*neu co\s*\)")


def _generic(task: dict) -> bool:
    if task.get("deadline") or task.get("source") != "assignment":
        return False
    text = fold(task["text"].strip())
    predicate = fold(_predicate(task)).strip(" .;/")
    return bool(_ONLY_COORDINATE.match(text) or _CARRY_OUT_DOCUMENT.match(predicate)
                or _ROLE_FOR_THE_PLAN.match(predicate) or _REPORT_DIFFICULTIES_IF_ANY.match(predicate))


def _paragraph_of(task: dict, paragraphs: list[Paragraph]) -> int:
    start = task["span"][0]
    for number, paragraph in enumerate(paragraphs):
        if paragraph.start <= start < paragraph.start + max(len(paragraph.text), 1):
            return number
    return -1


def _same_addressees(lead: dict, body: dict) -> bool:
    """The body's unit is the lead's ("các địa phương, tổ chức thủy lợi" in "… chỉ đạo các địa phương, các tổ chức
    thủy lợi …"), or the two name nearly the same units."""
    if any(fold(body["unit"]) == fold(unit) for unit in lead.get("coordinating_units") or ()):
        return False  # "Sở A chủ trì, phối hợp với Sở B …" names B as its partner, not as the one addressed
    head = " ".join(fold(body["unit"]).split()[:3])
    if head and head in fold(lead["text"]):
        return True
    lead_kind, body_kind = fold(lead["unit"]).split()[:1], fold(body["unit"]).split()[:1]
    if lead_kind != body_kind and "cac" not in lead_kind + body_kind:
        return False  # "Phòng Văn hóa và Thông tin" is not "Trung tâm Văn hóa - Thông tin và Thể thao"
    mine, theirs = _words(lead["unit"]), _words(body["unit"])
    return bool(mine and theirs) and len(mine & theirs) >= 0.75 * min(len(mine), len(theirs))


def _lead_repeats(tasks: list[dict], paragraphs: list[Paragraph]) -> set[int]:
    """A lead paragraph that says in other words what a later paragraph assigns to the same units ("Chủ tịch UBND tỉnh
    chỉ đạo các địa phương bố trí đủ người …" ¶ … ¶ "Trước mắt, các địa phương bố trí đủ người …"): the work is
    counted once, where the body says it. `_once` keeps one of two tasks of one unit; this joins a lead whose unit
    is the one giving the order, or a list written differently."""
    where = [_paragraph_of(task, paragraphs) for task in tasks]
    dropped: set[int] = set()
    for i, lead in enumerate(tasks):
        words = _words(_predicate(lead))
        for j, body in enumerate(tasks):
            if j == i or where[j] <= where[i] or j in dropped or "assignment" not in (lead["source"], body["source"]):
                continue
            if lead["deadline"] and body["deadline"] and lead["deadline"] != body["deadline"]:
                continue
            theirs = _words(_predicate(body))
            if words and theirs and len(words & theirs) >= 0.75 * min(len(words), len(theirs)) and \
                    _same_addressees(lead, body):
                dropped.add(i)
                break
    return dropped


def drop_not_tasks(tasks: list[dict], paragraphs: list[Paragraph]) -> list[dict]:
    """The finished tasks less those that are no task (see the rules above)."""
    repeated = _lead_repeats(tasks, paragraphs)
    return [task for number, task in enumerate(tasks)
            if number not in repeated and not _courtesy(task) and not _meeting_told(task) and not _generic(task)]
