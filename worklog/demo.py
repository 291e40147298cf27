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
    # an action repeated on another day (the same kind of decision published twice) is another entry
    entry = WorkLogEntry.objects.filter(organisation=organisation, text=text, date=fields.get("date")).first()
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
        (tdc, K.EVENT, "Thực hiện treo băng rôn trên các tuyến đường trọng điểm trên địa bàn tỉnh với khẩu hiệu “Tăng cường hoạt động đo lường để phát triển Hạ tầng chất lượng quốc gia”, nhân kỷ niệm ngày Đo lường Việt Nam (20/01)", None, ""),
        (qlkh, K.OTHER, "Tham mưu trình UBND tỉnh thành lập lại Hội đồng sáng kiến tỉnh Ninh Thuận năm 2023 (Tờ trình số 2243/TTr-SKH-CN ngày 28/12/2023)", None, ""),
    ]
    for unit, kind, text, quantity, measure in entries:
        _put(org, text=text, unit=unit, kind=kind, date=D(2024, 1, 10), quantity=_number(quantity),
             measure_unit=measure)
    ttra = units["thanh-tra"]
    more = [  # (unit, kind, day, action, quantity, measure, document number, document date)
        (qlcn, K.STATISTICS, D(2024, 1, 5), "Xây dựng và vận hành hệ thống thông tin, truyền thông; cơ sở dữ liệu quốc "
         "gia khoa học và công nghệ", None, "", "", None),
        (qlcn, K.STATISTICS, D(2024, 1, 12), "Thực hiện công tác thống kê khoa học và công nghệ năm 2023", None, "",
         "", None),
        (qlcn, K.IP_INNOVATION, D(2024, 1, 10), "Thông báo nộp hồ sơ đăng ký chủ trì nhiệm vụ cấp quốc gia thuộc chương "
         "trình phát triển tài sản trí tuệ bắt đầu thực hiện từ năm 2024 đối với nhiệm vụ “Đăng ký bảo hộ và quản lý "
         "chỉ dẫn địa lý cho sản phẩm muối (muối thô) của tỉnh Ninh Thuận”", None, "", "", None),
        (qlcn, K.IP_INNOVATION, D(2024, 1, 5), "Tổ chức ký kết hợp đồng và bàn giao sản phẩm gói thầu “Hỗ trợ doanh "
         "nghiệp nhỏ và vừa năm 2023 trên địa bàn tỉnh Ninh Thuận” đối với doanh nghiệp và Tổng Công ty viễn thông "
         "Mobifone", 4, "doanh nghiệp", "", None),
        (qlcn, K.ADVICE, D(2024, 1, 3), "Tham mưu trình Ủy ban nhân dân tỉnh chỉ đạo Công an tỉnh, Bộ Chỉ huy Quân sự "
         "tỉnh, Sở Khoa học và Công nghệ, Sở Y tế và các đơn vị có liên quan nhanh chóng triển khai các biện pháp tìm "
         "kiếm nguồn phóng xạ Ir-192 bị mất tại xã Lợi Hải, huyện Thuận Bắc (Công văn", None, "", "30/UBND-KTTH",
         D(2024, 1, 3)),
        (qlcn, K.ADVICE, D(2024, 1, 12), "Tham mưu UBND tỉnh báo cáo Bộ Khoa học và Công nghệ về sự cố mất nguồn phóng "
         "xạ Ir-192 trên địa bàn tỉnh (Báo cáo", None, "", "10/BC-UBND", D(2024, 1, 12)),
        (ttra, K.INSPECTION, D(2024, 1, 10), "Phối hợp với UBND thành phố Phan Rang – Tháp Chàm tham gia đoàn kiểm tra "
         "hoạt động thương mại phục vụ tết Nguyên đán 2024, theo Quyết định", None, "", "4360/QĐ-UBND",
         D(2023, 12, 8)),
        (tt, K.PUBLIC_SERVICE, D(2024, 1, 12), "Triển khai thực hiện dịch vụ sự nghiệp công “Xây dựng và vận hành hệ "
         "thống thông tin và truyền thông khoa học và công nghệ”; hoàn thiện hồ sơ nhiệm vụ điều tra thống kê KH&CN",
         None, "", "", None),
    ]
    for unit, kind, day, text, quantity, measure, number, document_date in more:
        _put(org, text=text, unit=unit, kind=kind, date=day, quantity=_number(quantity), measure_unit=measure,
             document_number=number, document_date=document_date)
    _put(org, text="Theo dõi, đôn đốc thực hiện các nhiệm vụ đúng, vượt tiến độ và kịp thời giải quyết, tháo gỡ khó "
         "khăn, vướng mắc (nếu có)", unit=units["van-phong"], kind=K.ADMINISTRATION, date=D(2024, 2, 1),
         status="planned")


# --- seed 002: Bắc Kạn, 9 tháng đầu năm 2023 -----------------------------------------------------------------------
def _bac_kan(org, units):
    qlcn, tt = units["qlcn"], units["tt-ud"]
    entries = [
        (qlcn, K.COMMUNICATION, "Phát sóng chuyên mục KH&CN trên sóng Đài Phát thanh và Truyền hình Bắc Kạn", 33, 48, "số"),
        (qlcn, K.COMMUNICATION, "Cung cấp tin, bài viết cho Ban Tuyên giáo Tỉnh ủy đăng trên Bản tin xây dựng đảng", 5, None, "tin, bài"),
        (qlcn, K.COMMUNICATION, "Cấp Nông lịch năm 2023 cho các sở, UBND các xã, huyện, thành phố", 5000, None, "cuốn"),
        (qlcn, K.TRAINING, "Tổ chức lớp tập huấn ứng phó sự cố bức xạ cho các cơ sở sử dụng thiết bị X-quang y tế", 1, None, "lớp"),
        (tt, K.PUBLIC_SERVICE, "Sản xuất giống nấm cung ứng cho các hộ nuôi trồng nấm", 2050, 4000, "kg"),
        (tt, K.PUBLIC_SERVICE, "Sản xuất bịch nấm thương phẩm", 10000, 15000, "bịch"),
        (tt, K.PUBLIC_SERVICE, "Đo điện trở tiếp địa", 71, None, "hệ thống"),
        (tt, K.PUBLIC_SERVICE, "Kiểm xạ phòng chụp máy X-quang", 4, None, "phòng"),
        (tt, K.TRAINING, "Tham gia tập huấn chuyển giao kỹ thuật chăn nuôi lợn bản địa bằng thảo dược tại xã Yên Dương, huyện Ba Bể với học viên tham gia", 30, None, "học viên"),
    ]
    for unit, kind, text, quantity, target, measure in entries:
        _put(org, text=text, unit=unit, kind=kind, date=D(2023, 1, 3), end_date=D(2023, 8, 31),
             quantity=_number(quantity), planned_quantity=_number(target), measure_unit=measure)
    _bac_kan_more(org, units)


# seed 002's other work of January–August 2023, one entry per activity as the units logged it: (unit code, kind,
# day, action, quantity, measure, document number, document date). Dates the seed does not give are invented
# within the period.
BAC_KAN_WORK = [
    ("qlkh", K.CHECK, D(2023, 5, 10), "Tổ chức làm việc với các huyện, thành phố về tình hình triển khai các nhiệm vụ "
     "khoa học và công nghệ, công tác duy trì, nhân rộng kết quả thực hiện các đề tài, dự án", 8, "huyện", "", None),
    ("qlkh", K.CHECK, D(2023, 8, 10), "Làm việc 01 cuộc với Phòng Kinh tế thành phố và Phòng Kinh tế - Hạ tầng các "
     "huyện để xây dựng kế hoạch năm 2024", None, "", "", None),
    ("qlkh", K.COUNCIL, D(2023, 2, 10), "Hoạt động của Hội đồng KH&CN: tham mưu ban hành Kế hoạch hoạt động năm 2023 "
     "của Hội đồng KH&CN tỉnh; kiện toàn thành viên Hội đồng KH&CN tỉnh khi có sự thay đổi", None, "", "", None),
    ("qlkh", K.ADVICE, D(2023, 6, 5), "Tham mưu cho UBND tỉnh chỉ đạo một số sở, ngành, UBND các huyện thành phố kế "
     "thừa kết quả nghiên cứu các dự án ứng dụng công nghệ thông tin trong xây dựng các nhiệm vụ chuyển đổi số", None,
     "", "", None),
    ("qlkh", K.ADVICE, D(2023, 3, 20), "Theo dõi, tham mưu UBND tỉnh đôn đốc các đơn vị xây dựng Kế hoạch thực hiện "
     "Chỉ thị số 24-CT/TU ngày 14/11/2022 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với việc "
     "triển khai các nhiệm vụ khoa học và công nghệ", None, "", "", None),
    ("qlcn", K.LICENSING, D(2023, 7, 12), "Cấp Giấy chứng nhận hoạt động chi nhánh cho Trung tâm Tâm lý giáo dục An "
     "Bắc Kạn", None, "", "", None),
    ("qlcn", K.TECHNOLOGY_APPRAISAL, D(2023, 4, 18), "Công tác Quản lý công nghệ: tổng hợp báo cáo theo Kế hoạch số "
     "365/KH-UBND về cuộc cách mạng 4.0 của UBND tỉnh; đề nghị UBND tỉnh giao Sở xây dựng dự thảo quyết định ban "
     "hành Quy chế phối hợp quản lý nhà nước về quản lý công nghệ trên địa bàn tỉnh Bắc Kạn", None, "", "", None),
    ("qlcn", K.COMMUNICATION, D(2023, 8, 20), "Duy trì hoạt động trang website Sở Khoa học và Công nghệ, thường xuyên "
     "cập nhật tin, bài, ảnh tuyên truyền các chủ trương, chính sách pháp luật của đảng, nhà nước", None, "", "", None),
    ("qlcn", K.COMMUNICATION, D(2023, 1, 16), "Xây dựng Kế hoạch phối hợp giữa Sở Khoa học và Công nghệ với Đài Phát "
     "thanh và Truyền hình Bắc Kạn về tuyên truyền về công tác khoa học và công nghệ", None, "", "", None),
    ("qlcn", K.STATISTICS, D(2023, 3, 15), "Báo cáo về thực hiện các quy định về thông tin, thống kê khoa học và công "
     "nghệ gửi Cục Thông tin khoa học và công nghệ quốc gia; tổng hợp, báo cáo thống kê khoa học và công nghệ năm "
     "2022", None, "", "", None),
    ("qlcn", K.IP_INNOVATION, D(2023, 6, 15), "Sở hữu trí tuệ, khởi nghiệp ĐMST, sáng kiến: tiếp tục phối hợp với "
     "Viện nông hóa thổ nhưỡng triển khai dự án chỉ dẫn địa lý Bí xanh thơm Bắc Kạn", None, "", "", None),
    ("qlcn", K.IP_INNOVATION, D(2023, 5, 5), "Ban hành Kế hoạch tổ chức Hội thảo chuyên đề và Cuộc thi Khởi nghiệp đổi "
     "mới sáng tạo tỉnh Bắc Kạn lần thứ 3, năm 2023; Quyết định thành lập Ban tổ chức cuộc thi; Thể lệ cuộc thi",
     None, "", "", None),
    ("qlcn", K.IP_INNOVATION, D(2023, 8, 1), "Xét, công nhận hiệu quả áp dụng và phạm vi ảnh hưởng của sáng kiến cấp "
     "tỉnh 02 đợt, năm 2023: UBND tỉnh ban hành Quyết định công nhận 03 sáng kiến của 14 cá nhân", None, "", "", None),
    ("qlcn", K.EVENT, D(2023, 7, 25), "Tổ chức Hội thảo về KH, ĐMST", 1, "Hội thảo", "", None),
    ("qlcn", K.IP_INNOVATION, D(2023, 8, 25), "Thực hiện nhiệm vụ chuyển đổi số “Xây dựng hệ thống thông tin và cơ sở "
     "dữ liệu quản lý khoa học và công nghệ tỉnh”: cài đặt trên hạ tầng của Trung tâm dữ liệu của tỉnh, kiểm thử, cấp "
     "tài khoản cho các phòng, đơn vị", None, "", "", None),
    ("qlcn", K.ADVICE, D(2023, 2, 20), "Công tác an toàn bức xạ trên địa bàn tỉnh được đảm bảo, chủ động hướng dẫn các "
     "đơn vị, cơ sở sử dụng thiết bị X-quang y tế trên địa bàn tỉnh", None, "", "", None),
    ("chi-cuc-tdc", K.LICENSING, D(2023, 4, 19), "Hoàn thành việc xin cấp phép tiến hành công việc bức xạ (Lưu giữ "
     "nguồn phóng xạ đã qua sử dụng) đã được cấp giấy phép", None, "", "327/GP-ATBXHN", D(2023, 4, 19)),
    ("chi-cuc-tdc", K.CHECK, D(2023, 6, 20), "Triển khai các nhiệm vụ tăng cường, đổi mới hoạt động đo lường hỗ trợ "
     "doanh nghiệp trên địa bàn tỉnh năm 2023: tổng hợp doanh nghiệp, tổ chức, cá nhân đăng ký hỗ trợ kiểm định, hiệu "
     "chỉnh phương tiện đo", None, "", "", None),
    ("chi-cuc-tdc", K.ADVICE, D(2023, 7, 5), "Báo cáo kết quả thực hiện đề án theo quyết định số 996/QĐ-TTg của Thủ "
     "tướng Chính phủ về tăng cường đổi mới hoạt động đo lường hỗ trợ doanh nghiệp Việt nam nâng cao năng lực cạnh "
     "tranh và hội nhập quốc tế", None, "", "", None),
    ("chi-cuc-tdc", K.ADVICE, D(2023, 1, 31), "Tham mưu cho UBND tỉnh ban hành Kế hoạch về việc duy trì, áp dụng và cải "
     "tiến hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm 2023 của tỉnh", None, "",
     "46/KH-UBND", D(2023, 1, 31)),
    ("chi-cuc-tdc", K.OTHER, D(2023, 5, 22), "Hướng dẫn ghi nhãn hàng hóa, đăng ký mã số mã vạch cho sản phẩm rượu "
     "thóc xã Tân Lập; hướng dẫn trình tự, hồ sơ công bố hợp chuẩn, hợp quy và xây dựng tiêu chuẩn cơ sở", None, "",
     "", None),
    ("chi-cuc-tdc", K.OTHER, D(2023, 6, 1), "Tư vấn hướng dẫn, hỗ trợ tổ chức, cá nhân cập nhật dữ liệu phù hợp các "
     "tiêu chuẩn Việt Nam về truy xuất nguồn gốc trên địa bàn tỉnh", 14, "tổ chức, cá nhân", "", None),
    ("chi-cuc-tdc", K.TRAINING, D(2023, 7, 1), "Triển khai hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản "
     "phẩm hàng hóa năm 2023: công chức (Sở Công thương, Sở NN&PTNT) hoàn thành khóa học chuyên gia năng suất", 2,
     "công chức", "", None),
    ("chi-cuc-tdc", K.CHECK, D(2023, 3, 8), "Cử công chức tham gia cùng Đội Quản lý thị trường số 1 về kiểm tra xăng "
     "dầu; tham gia tiêu hủy tang vật vi phạm hành chính tại Đội QLTT số 3", None, "", "", None),
    ("chi-cuc-tdc", K.OTHER, D(2023, 8, 28), "Triển khai, thực hiện đầy đủ theo nội dung các văn bản chuyên môn, các "
     "báo cáo, góp ý các dự thảo thông tư, chương trình, kế hoạch liên quan đến tiêu chuẩn đo lường chất lượng", None,
     "", "", None),
    ("thanh-tra", K.INSPECTION, D(2023, 1, 12), "Xây dựng Kế hoạch về Công tác phổ biến, giáo dục pháp luật; hòa giải "
     "ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2023", None, "", "", None),
    ("thanh-tra", K.INSPECTION, D(2023, 8, 18), "Thực hiện rà soát văn bản quy phạm pháp luật theo yêu cầu tại Nghị "
     "quyết số 101/2023/QH15; thực hiện các báo cáo công tác thanh tra, kiểm tra hành chính, chuyên ngành", None, "",
     "", None),
    ("thanh-tra", K.INSPECTION, D(2023, 6, 28), "Triển khai đầy đủ các văn bản chỉ đạo của tỉnh đối với công tác tiếp "
     "công dân, giải quyết khiếu nại, tố cáo; tuyên truyền phổ biến Luật Tiếp công dân, Luật Khiếu nại, Luật tố cáo",
     None, "", "", None),
    ("van-phong", K.ADMINISTRATION, D(2023, 1, 20), "Tổng hợp - hành chính: thực hiện tổng hợp, báo cáo định kì, đột "
     "xuất đúng tiến độ; tổ chức Hội nghị tổng kết công tác khoa học và công nghệ năm 2022, Hội nghị CCVCNLD năm 2023",
     None, "", "", None),
    ("van-phong", K.ADMINISTRATION, D(2023, 4, 20), "Tổ chức cán bộ: thực hiện đầy đủ các chế độ, chính sách đối với "
     "CCVCNLD; hoàn thành thi tuyển tuyển dụng viên chức sự nghiệp", None, "", "", None),
    ("van-phong", K.ADMINISTRATION, D(2023, 3, 28), "Báo cáo kết quả kiểm điểm và đánh giá, xếp loại chất lượng hàng "
     "năm đối với tập thể, cá nhân cán bộ lãnh đạo, quản lý Sở theo Quy định 132-QĐ/TW và Hướng dẫn số 21-HD/BTCTW",
     None, "", "", None),
    ("van-phong", K.ADMINISTRATION, D(2023, 5, 3), "Thực hiện thủ tục nghỉ thai sản đối với lao động hợp đồng", 1,
     "lao động hợp đồng", "", None),
    ("van-phong", K.ADMINISTRATION, D(2023, 5, 18), "Bổ nhiệm lại vị trí phó giám đốc Sở", 1, "vị trí phó giám đốc Sở",
     "", None),
    ("van-phong", K.ADMINISTRATION, D(2023, 6, 12), "Tổ chức tuyển dụng (thi tuyển) và ban hành Quyết định tuyển viên "
     "chức", 1, "viên chức", "", None),
    ("van-phong", K.ADMINISTRATION, D(2023, 7, 3), "Chuyển đổi vị trí việc làm đối với công chức", 6, "công chức", "",
     None),
    ("van-phong", K.ADMINISTRATION, D(2023, 7, 3), "Tăng cường đối với công chức", 1, "công chức", "", None),
    ("van-phong", K.ADMINISTRATION, D(2023, 4, 26), "Thi đua khen thưởng: lập hồ sơ đề nghị khen thưởng tập thể, cá "
     "nhân có thành tích trong công tác quản lý SHTT và được Bộ KH&CN tặng Bằng khen", None, "", "", None),
    ("van-phong", K.ADMINISTRATION, D(2023, 8, 5), "Biểu dương, nhân rộng điển hình tiên tiến ngành KH&CN: cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh", 1, "cá nhân",
     "", None),
    ("van-phong", K.ADMINISTRATION, D(2023, 3, 10), "Công tác CCHC: giải trình, bổ sung tài liệu kiểm chứng để đánh giá "
     "CCHC năm 2022, kết quả xếp loại Tốt, đứng vị trí thứ 6/19 sở, ngành", None, "", "", None),
    ("van-phong", K.ADMINISTRATION, D(2023, 7, 12), "Công bố, công khai thủ tục hành chính mới ban hành", 10,
     "thủ tục hành chính", "1264/QĐ-UBND", D(2023, 7, 12)),
    ("van-phong", K.ADMINISTRATION, D(2023, 8, 30), "Công bố, công khai thủ tục hành chính mới ban hành", None, "",
     "1578/QĐ-UBND", D(2023, 8, 30)),
    ("van-phong", K.ADMINISTRATION, D(2023, 8, 31), "Bãi bỏ, sửa đổi bổ sung thủ tục hành chính", 7,
     "thủ tục hành chính", "1592/QĐ-UBND", D(2023, 8, 31)),
    ("van-phong", K.ADMINISTRATION, D(2023, 7, 28), "Bãi bỏ thủ tục hành chính", None, "", "1367/QĐ-UBND",
     D(2023, 7, 28)),
    ("van-phong", K.ADMINISTRATION, D(2023, 6, 22), "Tổ chức thẩm định giá mua sắm vật tư, phân bón, cây giống đối với "
     "các dự án Chè shan tuyết Chợ Mới, ngô sinh khối, Thạch đen Na Rì", 3, "dự án", "", None),
    ("van-phong", K.ADMINISTRATION, D(2023, 8, 24), "Thẩm định kinh phí dự án", 7, "dự án", "", None),
    ("van-phong", K.ADMINISTRATION, D(2023, 7, 20), "Hoàn thành thủ tục mua sắm 01 xe ô tô; hoàn thành sửa chữa nhà "
     "làm việc 02 tầng", None, "", "", None),
    ("van-phong", K.ADMINISTRATION, D(2023, 3, 2), "Nhiệm vụ khác: xây dựng kế hoạch thực hiện dân chủ, dân vận chính "
     "quyền, xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc; cử thành viên tham gia Ban Chỉ đạo 138 tỉnh", None,
     "", "", None),
    ("tt-ud", K.PUBLIC_SERVICE, D(2023, 6, 15), "Tiếp tục hoàn thiện quy trình thử nghiệm các loại chế phẩm sinh học "
     "BiO-BK1, BiO-BK2, BiO-BK3", None, "", "", None),
    ("tt-ud", K.PUBLIC_SERVICE, D(2023, 5, 16), "Nhân bịch chồi, nhân tạo hoàn chỉnh 1.250 cây dâu tây, xuất bán 1.000 "
     "cây dâu tây", 120, "bịch chồi", "", None),
    ("tt-ud", K.PUBLIC_SERVICE, D(2023, 6, 16), "Nhân bịch chồi, xuất bán 5.000 cây mạ lan Kim Tuyền", 420, "bịch chồi",
     "", None),
    ("tt-ud", K.PUBLIC_SERVICE, D(2023, 7, 16), "Nhân bịch chồi Bạch Đàn", 5, "bịch chồi", "", None),
    ("tt-ud", K.PUBLIC_SERVICE, D(2023, 7, 17), "Nhân bịch chồi cây Keo", 7, "bịch chồi cây Keo", "", None),
    ("tt-ud", K.PUBLIC_SERVICE, D(2023, 4, 20), "Chăm sóc, duy trì, dịch vụ các loài hoa lan của vườn hoa lan tại Trung "
     "tâm; nhân giống bằng phương pháp tách thân 10 chậu lan Phi Điệp, 7 giò lan Hạc Vỹ", None, "", "", None),
    ("tt-ud", K.PUBLIC_SERVICE, D(2023, 8, 8), "Nghiên cứu khác: sơ chế, chế biến một số loại nông sản bản địa tạo giá "
     "trị kinh tế (khoai lang sấy dẻo, cam sấy dẻo, cam sấy lạnh)", None, "", "", None),
    ("tt-ud", K.PUBLIC_SERVICE, D(2023, 7, 6), "Kết quả thực hiện 02 dự án KH&CN cấp tỉnh: dự án nấm dược liệu Linh "
     "Chi, Vân Chi đã nghiệm thu, xếp loại “Khá”; hoàn thiện hồ sơ đề nghị nghiệm thu đề tài chủng vi sinh vật gốc",
     None, "", "", None),
    ("tt-ud", K.COOPERATION, D(2023, 6, 26), "Tiếp tục phối hợp với Trung tâm dịch vụ huyện Chợ Đồn thực hiện đề tài "
     "Nghiên cứu và phát triển cây Đào toáng tại xã Nam Cường; theo dõi, giám sát 02 mô hình trồng hoa lan, chăn nuôi "
     "lợn bằng thảo dược", None, "", "", None),
    ("tt-ud", K.PUBLIC_SERVICE, D(2023, 5, 30), "Đối với mô hình sản xuất lúa thực hiện theo Nghị định số 35/2015/NĐ-CP "
     "ngày 13/4/2015 của Chính phủ: chỉ đạo các hộ cấy lúa, chăm sóc bón thúc, cấp phát thuốc BVTV", None, "", "",
     None),
    ("tt-ud", K.COOPERATION, D(2023, 8, 15), "Dịch vụ tư vấn, chuyển giao khoa học và công nghệ: tư vấn liên kết với "
     "hợp tác xã thực hiện dự án liên kết sản xuất và tiêu thụ sản phẩm", 4, "hợp tác xã", "", None),
    ("tt-ud", K.OTHER, D(2023, 3, 5), "Công tác khác: Trung tâm đề xuất nhiệm vụ khoa học và công nghệ cấp tỉnh năm "
     "2024 (Dự án Xây dựng mô hình ứng dụng công nghệ cao tưới nhỏ giọt của Israel)", 1, "nhiệm vụ khoa học",
     "", None),
    ("tt-ud", K.TRAINING, D(2023, 8, 22), "Cử viên chức tham gia lớp Phương pháp đo điện trở cách điện", 1,
     "viên chức", "", None),
    ("tt-ud", K.OTHER, D(2023, 9, 12), "Trung tâm có đề tài được phê duyệt thuyết minh đề tài nghiên cứu khoa học và "
     "công nghệ cấp cơ sở", 1, "đề tài", "", None),
]

# seed 002's programme for the fourth quarter of 2023, entered as planned work
BAC_KAN_PLANNED = [
    ("qlkh", "Các nhiệm vụ chuyển tiếp: tăng cường bám nắm tình hình thực hiện các đề tài, dự án; kiểm tra định kỳ, "
     "đột xuất; nghiệm thu cấp tỉnh 05 đề tài, dự án"),
    ("qlkh", "Các nhiệm vụ thực hiện từ năm 2023: theo dõi, đôn đốc các nhiệm vụ đã ký hợp đồng triển khai; thực hiện "
     "các thủ tục để trình phê duyệt đối với 02 nhiệm vụ bổ sung thực hiện từ năm 2023"),
    ("qlkh", "Xử lý số liệu điều tra, tổ chức các hội thảo khoa học và tổng kết, đánh giá Quy chế ứng dụng, nhân rộng "
     "đề tài, dự án KH&CN ban hành tại Quyết định số 25/2017/QĐ-UBND ngày 29/8/2017"),
    ("qlkh", "Theo dõi các đơn vị, địa phương trong thực hiện Chỉ thị số 24-CT/TU ngày 14/11/2022 của Ban Thường vụ "
     "Tỉnh ủy và báo cáo UBND tỉnh kết quả thực hiện năm 2023"),
    ("qlkh", "Theo dõi, kiểm tra hoạt động các tổ chức khoa học và công nghệ trên địa bàn; tăng cường hoạt động khoa "
     "học và công nghệ cơ sở"),
    ("qlcn", "Tham mưu ban hành văn bản quy phạm pháp luật về Quy chế phối hợp quản lý nhà nước về công nghệ trên địa "
     "bàn tỉnh"),
    ("qlcn", "Tiếp tục triển khai thực hiện các nhiệm vụ quản lý nhà nước về công nghệ - thị trường công nghệ, thông "
     "tin KH&CN, SHTT, ATBX; triển khai Chương trình hỗ trợ tài sản trí tuệ (hỗ trợ 10 doanh nghiệp, HTX); tổ chức "
     "tập huấn 01 lớp về điều tra thống kê đánh giá trình độ công nghệ; 01 lớp về nâng cao năng lực quản lý chỉ dẫn "
     "địa lý"),
    ("qlcn", "Phối hợp với các đơn vị liên quan xây dựng tin bài, chuyên mục về hoạt động KH&CN trên địa bàn tỉnh; "
     "xuất bản Nông lịch Bắc Kạn năm 2024"),
    ("qlcn", "Hướng dẫn, hỗ trợ doanh nghiệp thành lập doanh nghiệp khoa học công nghệ; hỗ trợ đăng ký xác lập quyền "
     "sở hữu trí tuệ"),
    ("qlcn", "Tổ chức xét, đánh giá phạm vi ảnh hưởng và hiệu quả áp dụng của sáng kiến đề tài của các cá nhân trên "
     "địa bàn tỉnh năm 2023"),
    ("thanh-tra", "Tham mưu tạm dừng hoặc chuyển 03 cuộc thanh tra theo kế hoạch năm 2023 sang năm 2024 (Luật Thanh "
     "tra năm 2022 có hiệu lực từ ngày 01/7/2023)"),
    ("thanh-tra", "Tiếp tục thực hiện các nhiệm vụ về theo dõi thi hành pháp luật, rà soát hệ thống văn bản quy phạm "
     "pháp luật, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng"),
    ("chi-cuc-tdc", "Tham mưu triển khai công tác kiểm tra về đo lường đối với phương tiện đo nhóm 2 taxi met"),
    ("chi-cuc-tdc", "Tiếp tục hướng dẫn, hỗ trợ 14 tổ chức, cá nhân cập nhật dữ liệu phù hợp các tiêu chuẩn Việt Nam "
     "về truy xuất nguồn gốc trên địa bàn tỉnh"),
    ("chi-cuc-tdc", "Tiếp tục tham mưu triển khai các nhiệm vụ về nâng cao năng suất chất lượng sản phẩm, hàng hóa; "
     "tăng cường đổi mới hoạt động đo lường tại doanh nghiệp"),
    ("chi-cuc-tdc", "Tiếp tục tham mưu danh mục các trang thiết bị phục vụ công tác tiêu chuẩn đo lường chất lượng cần "
     "đầu tư"),
    ("chi-cuc-tdc", "Tiếp tục tham mưu các nhiệm vụ trong triển khai xây dựng cổng thông tin truy xuất nguồn gốc cho "
     "các sản phẩm hàng hóa trên địa bàn tỉnh"),
    ("chi-cuc-tdc", "Tham mưu triển khai kiểm tra chất lượng sản phẩm hàng hóa vào dịp tết trung thu"),
    ("chi-cuc-tdc", "Hướng dẫn đăng ký quyền sử dụng mã số mã vạch, tiêu chuẩn cơ sở khi các tổ chức, cá nhân có nhu "
     "cầu"),
    ("van-phong", "Tổng hợp - hành chính, thi đua khen thưởng: thực hiện tổng hợp, báo cáo định kì, đột xuất; tổ chức "
     "đánh giá thi đua khen thưởng năm 2023"),
    ("van-phong", "Tổ chức cán bộ: tiếp tục thực hiện điều động, bổ nhiệm các vị trí lãnh đạo cấp phòng và trung tâm"),
    ("van-phong", "Công tác CCHC: trình công bố, công khai TTHC thay đổi, tiếp nhận và giải quyết hồ sơ TTHC đúng hạn; "
     "chuẩn bị hồ sơ chấm điểm CCHC năm 2023"),
    ("van-phong", "Nhiệm vụ khác: báo cáo năm các nội dung về công tác thanh niên, bình đẳng giới, dân chủ"),
    ("tt-ud", "Sản xuất nấm theo kế hoạch và mùa vụ cung ứng theo nhu cầu của khách hàng; chăm sóc vườn lan của đề tài"),
    ("tt-ud", "Hoàn thành các thủ tục nghiệm thu đề tài Chế phẩm sinh học; phối hợp với 02 đơn vị chủ trì triển khai 02 "
     "nhiệm vụ (01 cấp Quốc gia; 01 cấp tỉnh)"),
    ("tt-ud", "Tiếp tục tham gia tư vấn các dự án liên kết sản xuất và tiêu thụ sản phẩm nông nghiệp năm 2023 cho các "
     "hợp tác xã"),
    ("tt-ud", "Đối với nhà nuôi trồng Lan: xây dựng phương án chuyển đổi công năng sử dụng để thử nghiệm một số loại "
     "cây ăn quả, cây rau"),
    ("tt-ud", "Tiếp tục kiểm định đối chứng công tơ điện, kiểm định cân theo nhu cầu của khách hàng; kiểm định định kỳ "
     "phương tiện đo nhóm 2 theo quy định"),
    ("tt-ud", "Tham gia các lớp đào tạo, tập huấn phù hợp với nhu cầu của đơn vị"),
    ("tt-ud", "Xây dựng định mức kinh tế kỹ thuật, định mức chi phí đối với các danh mục sự nghiệp công sử dụng ngân "
     "sách nhà nước thuộc lĩnh vực khoa học và công nghệ"),
    ("tt-ud", "Tiếp tục triển khai thực hiện hỗ trợ mô hình trồng lúa theo Nghị định 35 của Chính phủ"),
]


def _bac_kan_more(org, units):
    for code, kind, day, text, quantity, measure, number, document_date in BAC_KAN_WORK:
        _put(org, text=text, unit=units[code], kind=kind, date=day, quantity=_number(quantity), measure_unit=measure,
             document_number=number, document_date=document_date)
    for code, text in BAC_KAN_PLANNED:
        _put(org, text=text, unit=units[code], kind=K.OTHER, date=D(2023, 10, 2), status="planned")


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
        (K.PUBLIC_SERVICE, "Sản xuất và cung ứng chế phẩm vi sinh vật (Đề án ứng dụng chế phẩm vi sinh vật trong sản xuất nông nghiệp)", "2.3", "tấn chế phẩm"),
        (K.COMMUNICATION, "Cập nhật thông báo, lịch công tác của Sở, các đơn vị lên Trang Thông tin KH&CN", 2, "thông báo"),
        (K.COMMUNICATION, "Cập nhật video chuyên mục KH&CN lên Trang Thông tin KH&CN", 2, "video"),
        (K.STATISTICS, "Triển khai công tác thống kê KH&CN: thực hiện công tác thống kê ngành KH&CN trên địa bàn tỉnh năm 2024 gửi Cục Thông tin KH&CN Quốc gia và thống kê KH&CN cấp tỉnh năm 2024 gửi Cục Thống kê tỉnh", None, ""),
        (K.PUBLIC_SERVICE, "Triển khai các nhiệm vụ nghiên cứu, ứng dụng: “Vận hành và duy trì hoạt động các mô hình tại Trạm Nghiên cứu, Ứng dụng KH&CN Bắc Hướng Hóa”; “Xây dựng mô hình trồng thử nghiệm cây Ngải cứu tại Quảng Trị”", None, ""),
        (K.PUBLIC_SERVICE, "Hoạt động dịch vụ: sản xuất bình chồi cây giống Lan Hồ điệp", 100, "bình"),
        (K.PUBLIC_SERVICE, "Thực hiện các đề tài, dự án KH&CN các cấp", None, ""),
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
    # seed 003 (first half of 2023): the start-up support of Phòng QLCN&ĐMST
    _put(org, text="Tư vấn hỗ trợ ươm tạo, đáp ứng điều kiện để thành lập doanh nghiệp KH&CN cho đơn vị (Hợp tác xã "
         "Dược liệu Trường Sơn và Công ty TNHH Định Sơn - Cao Dược liệu Mai Thị Thủy)", unit=qlcn,
         kind=K.IP_INNOVATION, date=D(2023, 5, 25), quantity=_number(2), measure_unit="đơn vị")
    ttkt = units.get("tt-ktdc")
    if ttkt is not None:
        _put(org, text="Tổ chức triển khai thực hiện kế hoạch hoạt động sự nghiệp phục vụ quản lý nhà nước về tiêu "
             "chuẩn, đo lường, chất lượng sản phẩm hàng hóa trên địa bàn tỉnh; phối hợp với các cơ quan liên quan "
             "trong công tác kiểm tra, thanh tra chuyên ngành", unit=ttkt, kind=K.PUBLIC_SERVICE, date=D(2025, 2, 12))
        _put(org, text="Thực hiện các đề tài, dự án KH&CN các cấp", unit=ttkt, kind=K.PUBLIC_SERVICE,
             date=D(2025, 2, 13))
