"""The demo's rolling layer: this fortnight's briefing tasks, dated from the day `load_demo` runs.

The seed-bound demo lies in 2023–2025; without this layer every card of the home page is empty on the day the
demo is installed. Each organisation gets one Giám đốc's notice issued ten days ago whose tasks are overdue, due
this week, done late with an explanation, done on time, or waiting for an extension decision. The texts are
invented (typical of a Sở's weekly conclusions); the dates move with the day, and a second run on the same day
writes nothing.
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction

from core.models import Membership, Organisation, Unit
from core.seeding import set_m2m, upsert
from directives.choices import DeadlineKind, ExtensionState, SourceType, TaskCategory
from directives.models import AssignedTask, Extension, SourceDocument

NOTICE_NUMBER = "TB-GB/SKHCN"  # the stable key of the rolling notice (its real number is given when it is issued)
CONFIRMED_ITEMS = {7}  # completions the Giám đốc has already confirmed; the others wait in the queue

# (unit codes in preference order, text, due in days from today, completed days from today or None,
#  explanation when late, extension request: (requested days ago, new due in days) or None)
TASKS = (
    (("van-phong",), "Tổng hợp kết quả công tác tháng {last_month} và xây dựng kế hoạch công tác tháng {month} của Sở, "
     "trình Giám đốc Sở trước khi gửi UBND tỉnh.", -2, None, "", None),
    (("qlkh",), "Hoàn thiện hồ sơ trình UBND tỉnh phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng "
     "thực hiện từ năm {next_year}.", 3, None, "", None),
    (("qlkh",), "Tổ chức Hội đồng tư vấn đánh giá, nghiệm thu kết quả thực hiện các nhiệm vụ KH&CN cấp tỉnh đã nộp hồ "
     "sơ đánh giá.", -6, -3, "Chủ nhiệm nhiệm vụ nộp bổ sung hồ sơ chậm 03 ngày so với kế hoạch.", None),
    (("qlcn-dmst", "qlcn"), "Thẩm định công nghệ các dự án đầu tư sử dụng vốn đầu tư công theo đề nghị của Sở Kế "
     "hoạch và Đầu tư.", 5, None, "", None),
    (("tdc", "chi-cuc-tdc"), "Kiểm tra nhà nước về đo lường đối với cột đo xăng dầu tại các cửa hàng bán lẻ trên địa "
     "bàn tỉnh, báo cáo kết quả.", -1, None, "", None),
    (("thanh-tra",), "Xây dựng kế hoạch thanh tra, kiểm tra năm {next_year} của Sở, trình Giám đốc Sở phê duyệt.",
     4, None, "", (1, 25)),
    (("van-phong",), "Rà soát, cập nhật danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở trên Cổng dịch "
     "vụ công của tỉnh.", -2, -4, "", None),
    (("van-phong",), "Cập nhật thông tin hoạt động của Sở lên Cổng thông tin điện tử của Sở.", -9, -6,
     "Chờ các phòng, đơn vị cung cấp đủ thông tin, hình ảnh.", None),
    (("qlkh",), "Báo cáo tình hình thực hiện các nhiệm vụ KH&CN cấp quốc gia triển khai trên địa bàn tỉnh.", 20, None,
     "", None),
    # done today, before its deadline: the month's on-time rate has a figure even on the first day of a month
    (("van-phong",), "Chuẩn bị nội dung, tài liệu phục vụ cuộc họp giao ban tuần của Lãnh đạo Sở.", 1, 0, "", None),
)


def _unit(units: dict[str, Unit], codes) -> Unit | None:
    return next((units[code] for code in codes if code in units), None)


def _staff_of(organisation, unit: Unit) -> list[Membership]:
    """The unit's Chuyên viên (else its head): who the demo gives the task to, so "my tasks" has content."""
    members = list(Membership.objects.filter(organisation=organisation, unit=unit, is_active=True))
    staff = [m for m in members if "chuyen_vien" in (m.roles or [])]
    return staff or [m for m in members if "truong_don_vi" in (m.roles or [])]


def _director(organisation) -> Membership | None:
    # roles is a JSON list: filtered in Python so the same code runs on SQLite and PostgreSQL
    return next((m for m in Membership.objects.filter(organisation=organisation, is_active=True)
                 if "giam_doc" in (m.roles or [])), None)


@transaction.atomic
def load(*, today: dt.date, stdout=None):
    for organisation in Organisation.objects.filter(code__in=("quang-tri", "bac-kan", "ninh-thuan")):
        _load(organisation, today)
    if stdout:
        stdout.write(f"  lớp dữ liệu mẫu theo ngày {today:%d/%m/%Y}: "
                     f"{AssignedTask.objects.filter(source__number=NOTICE_NUMBER).count()} nhiệm vụ đang theo dõi")


def _load(organisation, today: dt.date) -> None:
    units = {unit.code: unit for unit in Unit.objects.filter(organisation=organisation)}
    director = _director(organisation)
    issued_on = today - dt.timedelta(days=10)
    notice, _ = upsert(SourceDocument, {"organisation": organisation, "doc_type": SourceType.THONG_BAO_KET_LUAN,
                                        "number": NOTICE_NUMBER},
                       {"issued_on": issued_on, "issuer": "Giám đốc Sở",
                        "summary": "Kết luận của Giám đốc Sở tại Hội nghị giao ban tuần (dữ liệu minh họa, ngày "
                                   "theo ngày nạp dữ liệu mẫu)"})
    names = {"last_month": f"{(today.replace(day=1) - dt.timedelta(days=1)).month:02d}",
             "month": f"{today.month:02d}", "next_year": str(today.year + 1)}
    for order, (codes, text, due_in, done_in, explanation, extension) in enumerate(TASKS, start=1):
        unit = _unit(units, codes)
        if unit is None:
            continue
        due = today + dt.timedelta(days=due_in)
        completed = today + dt.timedelta(days=done_in) if done_in is not None else None
        task, _ = upsert(AssignedTask, {"organisation": organisation, "source": notice, "item_number": str(order)}, {
            "text": text.format(**names), "lead_unit": unit, "assigned_on": issued_on,
            "category": TaskCategory.GIAM_DOC, "deadline_text": f"trước ngày {due:%d/%m/%Y}",
            "deadline_kind": DeadlineKind.DATE, "due_date": due, "completed_on": completed,
            "progress": 100 if completed else 40, "explanation": explanation, "leader": director,
            "result_document": "Báo cáo gửi Giám đốc Sở" if completed else "",
            "completion_confirmed_on": today - dt.timedelta(days=1) if completed and order in CONFIRMED_ITEMS else None,
            "completion_confirmed_by": director if completed and order in CONFIRMED_ITEMS else None,
        })
        set_m2m(task.assignees, _staff_of(organisation, unit))
        if extension:
            requested_ago, new_due_in = extension
            upsert(Extension, {"task": task}, {
                "requested_on": today - dt.timedelta(days=requested_ago),
                "new_due_date": today + dt.timedelta(days=new_due_in), "state": ExtensionState.PENDING,
                "reason": "Chờ ý kiến góp ý của các phòng, đơn vị về dự thảo kế hoạch.",
                "requested_by": (_staff_of(organisation, unit) or [None])[0],
            })
