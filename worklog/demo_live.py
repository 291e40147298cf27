"""The demo's rolling layer for the work log: what the units wrote down during the period of the monthly report
just ended (`reports.demo_live.period_just_ended`), dated inside it — the Văn phòng's advice and support to
enterprises, the centre's communication work and its public-service production, in the words of seeds 000 and 004.

Invented texts (typical of a Sở's monthly report, noted on each entry); the dates move with the day, and a second
run on the same day writes nothing.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import transaction

from core.models import Organisation
from core.seeding import first_unit, upsert
from worklog.choices import EntryStatus, WorkKind
from worklog.models import WorkLogEntry

NOTE = "Dữ liệu minh họa: nội dung và ngày do hệ thống đặt trong kỳ báo cáo tháng vừa qua."
OFFICE_UNITS = ("van-phong",)
CENTRE_UNITS = ("tt-nccgcn", "tt-ud")  # the centre for S&T application and communication of each demo Sở
# (units in preference order, days after the period's first day, kind, text, quantity, measure unit)
ENTRIES = (
    (OFFICE_UNITS, 4, WorkKind.ADVICE, "Tham mưu UBND tỉnh dự thảo Kế hoạch triển khai Chương trình hỗ trợ doanh "
     "nghiệp đổi mới công nghệ, nâng cao năng suất chất lượng sản phẩm, hàng hóa trên địa bàn tỉnh", None, ""),
    (OFFICE_UNITS, 13, WorkKind.COOPERATION, "Hướng dẫn doanh nghiệp, hợp tác xã đăng ký hỗ trợ ứng dụng tiến "
     "bộ khoa học và công nghệ, xây dựng và phát triển tài sản trí tuệ", 6, "doanh nghiệp, hợp tác xã"),
    (CENTRE_UNITS, 3, WorkKind.COMMUNICATION, "Cập nhật tin, bài lên Cổng Thông tin điện tử KH&CN của Sở", 18,
     "tin, bài"),
    (CENTRE_UNITS, 10, WorkKind.COMMUNICATION, "Thực hiện chuyên mục KH&CN trên Đài Phát thanh - Truyền hình tỉnh",
     2, "chuyên mục"),
    (CENTRE_UNITS, 17, WorkKind.COMMUNICATION, "Xuất bản bản tin Thông tin KH&CN", 1, "bản tin"),
    (CENTRE_UNITS, 20, WorkKind.PUBLIC_SERVICE, "Sản xuất và cung ứng chế phẩm vi sinh xử lý phụ phẩm nông nghiệp",
     Decimal("1.5"), "tấn"),
)


@transaction.atomic
def load(*, today: dt.date, stdout=None):
    from reports.demo_live import day_in_period, period_just_ended

    written = 0
    for organisation in Organisation.objects.filter(code__in=("quang-tri", "bac-kan", "ninh-thuan")):
        period = period_just_ended(organisation, today)
        for codes, offset, kind, text, quantity, measure in ENTRIES:
            unit = first_unit(organisation, codes)
            if unit is None:
                continue
            upsert(WorkLogEntry, {"organisation": organisation, "unit": unit, "kind": kind, "text": text}, {
                "date": day_in_period(period, offset, today), "quantity": quantity, "measure_unit": measure,
                "status": EntryStatus.DONE, "note": NOTE,
            })
            written += 1
    if stdout:
        stdout.write(f"  nhật ký công tác của kỳ báo cáo tháng vừa qua: {written} mục")
