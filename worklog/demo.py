"""Demo work-log entries from the seeds, written through the services. Idempotent: a second run writes nothing.

Dated like registers/demo.py: Ninh Thuận in January 2024 (seed 004), Bắc Kạn over 01/01–31/08/2023 (seed 002),
Quảng Trị in February 2025 (seed 000), so both the 15→14 and the calendar periods hold them.
"""
import datetime as dt
from decimal import Decimal

from django.db import transaction

from core.models import Organisation, Unit
from core.permissions import system_membership

from .choices import WorkKind as K
from .models import WorkLogEntry
from .services import entry_create, entry_update

D = dt.date


def _put(organisation, *, text, **fields):
    """Create through the service, or update only what differs (so a second run records nothing)."""
    actor = system_membership(organisation)
    entry = WorkLogEntry.objects.filter(organisation=organisation, text=text).first()
    if entry is None:
        return entry_create(actor=actor, text=text, **fields)
    changed = {name: value for name, value in fields.items() if _stored(entry, name) != _plain(value)}
    if changed:
        entry_update(entry=entry, actor=actor, **changed)
    return entry


def _stored(entry, name):
    return getattr(entry, entry._meta.get_field(name).attname)


def _plain(value):
    return value.pk if hasattr(value, "pk") else value


def _number(value):
    return Decimal(str(value)) if value is not None else None


@transaction.atomic
def load(stdout=None):
    loaded = []
    for code, loader in (("ninh-thuan", _ninh_thuan), ("bac-kan", _bac_kan), ("quang-tri", _quang_tri)):
        organisation = Organisation.objects.filter(code=code).first()
        if organisation is None:
            continue
        loader(organisation, {u.code: u for u in Unit.objects.filter(organisation=organisation)})
        loaded.append(organisation.short_name)
    if stdout:
        stdout.write(f"  nhật ký công tác: {', '.join(loaded)}")


# --- seed 004: Ninh Thuận, tháng 01/2024 ---------------------------------------------------------------------------
def _ninh_thuan(org, units):
    tt, qlcn, tdc, qlkh = units["tt-ud"], units["qlcn"], units["chi-cuc-tdc"], units["qlkh"]
    entries = [
        (tt, K.COMMUNICATION, "Phối hợp với Đài Phát thanh và Truyền hình tỉnh xây dựng và phát sóng chương trình TKC", 1, "chương trình"),
        (tt, K.COMMUNICATION, "Bản tin Sản phẩm đặc thù trên Đài Phát thanh và Truyền hình tỉnh", 1, "bản tin"),
        (tt, K.COMMUNICATION, "Tọa đàm về hoạt động đổi mới sáng tạo trên địa bàn tỉnh", 1, "tọa đàm"),
        (tt, K.COMMUNICATION, "Tổng hợp và biên soạn bản tin khoa học và công nghệ", 4, "số"),
        (tt, K.COMMUNICATION, "Cập nhật bản tin khởi nghiệp đổi mới sáng tạo", 14, "bản tin"),
        (tt, K.COMMUNICATION, "Cập nhật tin tức sự kiện trong nước và ngoài nước", 28, "tin"),
        (tt, K.PUBLIC_SERVICE, "Sản xuất và tiêu thụ chế phẩm EM", 1000, "lít"),
        (qlcn, K.OTHER, "Tham mưu Ban Chỉ huy UPSC BXHN tỉnh ban hành báo cáo kết quả diễn tập ứng phó sự cố bức xạ, sự cố hạt nhân năm 2023 (Báo cáo số 2252/BC-BCHUPSC ngày 29/12/2023)", None, ""),
        (tdc, K.EVENT, "Treo băng rôn “Tăng cường hoạt động đo lường để phát triển Hạ tầng chất lượng quốc gia” nhân ngày Đo lường Việt Nam (20/01)", None, ""),
        (qlkh, K.OTHER, "Tham mưu trình UBND tỉnh thành lập lại Hội đồng sáng kiến tỉnh Ninh Thuận năm 2023 (Tờ trình số 2243/TTr-SKH-CN ngày 28/12/2023)", None, ""),
    ]
    for unit, kind, text, quantity, measure in entries:
        _put(org, text=text, unit=unit, kind=kind, date=D(2024, 1, 10), quantity=_number(quantity),
             measure_unit=measure)


# --- seed 002: Bắc Kạn, 9 tháng đầu năm 2023 -----------------------------------------------------------------------
def _bac_kan(org, units):
    qlcn, tt = units["qlcn"], units["tt-ud"]
    entries = [
        (qlcn, K.COMMUNICATION, "Phát sóng chuyên mục KH&CN trên sóng Đài Phát thanh và Truyền hình Bắc Kạn", 33, 48, "số"),
        (qlcn, K.COMMUNICATION, "Cung cấp tin, bài viết cho Ban Tuyên giáo Tỉnh ủy đăng trên Bản tin xây dựng đảng", 5, None, "tin, bài"),
        (qlcn, K.COMMUNICATION, "Cấp Nông lịch năm 2023 cho các sở, UBND các xã, huyện, thành phố", 5000, None, "cuốn"),
        (qlcn, K.TRAINING, "Lớp tập huấn ứng phó sự cố bức xạ cho các cơ sở sử dụng thiết bị X-quang y tế", 1, None, "lớp"),
        (tt, K.PUBLIC_SERVICE, "Sản xuất giống nấm cung ứng cho các hộ nuôi trồng nấm", 2050, 4000, "kg"),
        (tt, K.PUBLIC_SERVICE, "Sản xuất bịch nấm thương phẩm", 10000, 15000, "bịch"),
        (tt, K.PUBLIC_SERVICE, "Đo điện trở tiếp địa", 71, None, "hệ thống"),
        (tt, K.PUBLIC_SERVICE, "Kiểm xạ phòng chụp máy X-quang", 4, None, "phòng"),
        (tt, K.TRAINING, "Tập huấn chuyển giao kỹ thuật chăn nuôi lợn bản địa bằng thảo dược tại xã Yên Dương, huyện Ba Bể", 30, None, "học viên"),
    ]
    for unit, kind, text, quantity, target, measure in entries:
        _put(org, text=text, unit=unit, kind=kind, date=D(2023, 1, 3), end_date=D(2023, 8, 31),
             quantity=_number(quantity), planned_quantity=_number(target), measure_unit=measure)


# --- seed 000: Quảng Trị, tháng 02/2025 ----------------------------------------------------------------------------
def _quang_tri(org, units):
    ttnc, qlcn, tdc, ttra = units["tt-nccgcn"], units["qlcn-dmst"], units["tdc"], units["thanh-tra"]
    entries = [
        (K.COMMUNICATION, "Xuất bản bản tin Thông tin KH&CN số 02/2025 lên Cổng Thông tin điện tử KH&CN", 1, "số"),
        (K.COMMUNICATION, "Thực hiện chuyên mục KH&CN số 3 và số 4 trên Đài PT-TH", 2, "chuyên mục"),
        (K.COMMUNICATION, "Thực hiện chuyên mục KH&CN trên Báo Quảng Trị", 1, "chuyên mục"),
        (K.COMMUNICATION, "Cập nhật tin, bài lên Trang Thông tin KH&CN", 31, "tin, bài"),
        (K.COMMUNICATION, "Cập nhật văn bản lên Trang Thông tin KH&CN", 43, "văn bản"),
        (K.STATISTICS, "Thu thập, lưu trữ, công bố thông tin nhiệm vụ KH&CN vào Cơ sở dữ liệu quốc gia về KH&CN", 2, "nhiệm vụ"),
        (K.PUBLIC_SERVICE, "Sản xuất và cung ứng chế phẩm vi sinh vật (Đề án ứng dụng chế phẩm vi sinh vật trong sản xuất nông nghiệp)", "2.3", "tấn"),
        (K.PUBLIC_SERVICE, "Sản xuất bình chồi cây giống Lan Hồ điệp", 100, "bình"),
        (K.PUBLIC_SERVICE, "Sản xuất và thu hoạch Đông trùng Hạ thảo", 3000, "hộp"),
        (K.PUBLIC_SERVICE, "Sản xuất giống nấm cấp 2, cấp 3 các loại", 327, "kg"),
        (K.STATISTICS, "Khảo sát đơn vị trên địa bàn tỉnh để hỗ trợ chuyển giao công nghệ", 2, "đơn vị"),
    ]
    for kind, text, quantity, measure in entries:
        _put(org, text=text, unit=ttnc, kind=kind, date=D(2025, 2, 14), quantity=_number(quantity),
             measure_unit=measure)
    # seed 000, sections 2.1–2.4: what the units recorded doing in February 2025 (no quantity: the seed gives none)
    work = [
        (units.get("qlkh"), K.ADVICE, "Xây dựng dự thảo Quyết định của UBND tỉnh ban hành Quy chế quản lý "
         "nhiệm vụ KH&CN cấp tỉnh, cấp cơ sở sử dụng ngân sách nhà nước trên địa bàn tỉnh Quảng Trị"),
        (qlcn, K.IP_INNOVATION, "Hướng dẫn các tổ chức, cá nhân đăng ký thực hiện Nghị quyết số "
         "163/2021/NQ-HĐND ngày 09/12/2021 của HĐND tỉnh và Nghị quyết số 36/2024/NQ-HĐND ngày 10/5/2024 của HĐND tỉnh"),
        (qlcn, K.ADVICE, "Tham mưu UBND tỉnh dự thảo báo cáo tình hình thực hiện chiến lược sở hữu trí "
         "tuệ đến năm 2030 trên địa bàn tỉnh năm 2024 gửi Bộ Khoa học và Công nghệ"),
        (qlcn, K.IP_INNOVATION, "Xây dựng Kế hoạch tổ chức Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Quảng Trị "
         "năm 2025"),
        (tdc, K.ADVICE, "Xây dựng dự thảo Kế hoạch của BTV Tỉnh ủy thực hiện Chỉ thị số 38-CT/TW ngày "
         "30/7/2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia đến năm 2030 và những "
         "năm tiếp theo"),
        (tdc, K.OTHER, "Triển khai kế hoạch hoạt động Giải thưởng Chất lượng Quốc gia năm 2025: đề nghị "
         "các cơ quan quản lý tuyển chọn, giới thiệu doanh nghiệp tham gia; khảo sát các tổ chức, doanh nghiệp có nhu cầu "
         "tham gia"),
        (tdc, K.OTHER, "Xây dựng kế hoạch hỗ trợ doanh nghiệp nâng cao năng suất chất lượng hàng hoá trên "
         "địa bàn tỉnh"),
        (tdc, K.OTHER, "Xây dựng mẫu phiếu khảo sát nhu cầu áp dụng các công cụ quản lý tiên tiến, chuyển "
         "đổi số, đổi mới công nghệ, chuyển giao công nghệ"),
        (ttra, K.INSPECTION, "Thông báo kế hoạch thanh tra năm 2025 gửi các đối tượng thanh tra"),
        (ttra, K.INSPECTION, "Triển khai công tác nội chính, phòng, chống tham nhũng, tiêu cực năm 2025"),
        (ttra, K.INSPECTION, "Triển khai công tác pháp chế: Ban hành và triển khai Kế hoạch thực hiện công tác "
         "thi hành pháp luật về xử lý vi phạm hành chính năm 2025; Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật "
         "năm 2025; Kế hoạch theo dõi tình hình thi hành pháp luật năm 2025"),
    ]
    for unit, kind, text in work:
        if unit is not None:
            _put(org, text=text, unit=unit, kind=kind, date=D(2025, 2, 20))
