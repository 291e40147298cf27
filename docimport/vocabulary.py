"""Vocabulary of Vietnamese administrative documents that the extractor relies on.

Kept apart from the grammar so that it can grow with new documents without touching the parser:
document kinds, the words that begin a unit or agency name, well-known provincial agencies, and the
verbs that end a name ("Sở Tài chính | bố trí kinh phí").
"""
from __future__ import annotations

# Document kinds, longest first. The value is the kind as written in Vietnamese.
DOCUMENT_KINDS = [
    "Thông tư liên tịch", "Nghị quyết liên tịch", "Thông báo kết luận", "Chương trình hành động",
    "Quyết định", "Nghị quyết", "Nghị định", "Thông tư", "Chỉ thị", "Kế hoạch", "Công văn", "Công điện",
    "Thông báo", "Kết luận", "Báo cáo", "Tờ trình", "Chương trình", "Hướng dẫn", "Quy định", "Quy chế",
    "Văn bản", "Giấy phép", "Đề án", "Sắc lệnh", "Pháp lệnh", "Thông tri", "Lệnh", "Luật", "Giấy mời",
    "Biên bản", "Thông điệp", "Quy chế phối hợp",
]

# Type abbreviation in a document symbol ("12/BC-SKHCN") → kind.
SYMBOL_KINDS = {
    "BC": "Báo cáo", "TB": "Thông báo", "QĐ": "Quyết định", "KH": "Kế hoạch", "CTr": "Chương trình",
    "TTr": "Tờ trình", "CT": "Chỉ thị", "NQ": "Nghị quyết", "NĐ": "Nghị định", "TT": "Thông tư", "GP": "Giấy phép",
    "HD": "Hướng dẫn", "KL": "Kết luận", "QC": "Quy chế", "QyĐ": "Quy định", "CĐ": "Công điện", "GM": "Giấy mời",
    "BB": "Biên bản", "ĐA": "Đề án",
}

# Abbreviated kinds written before a number ("QĐ số 45/QĐ-UBND", "CV số 12/SKHCN-VP").
ABBREVIATED_KINDS = {
    "QĐ": "Quyết định", "CV": "Công văn", "KH": "Kế hoạch", "TB": "Thông báo", "NQ": "Nghị quyết",
    "NĐ": "Nghị định", "TT": "Thông tư", "CT": "Chỉ thị", "BC": "Báo cáo", "TTr": "Tờ trình", "VB": "Văn bản",
    "KL": "Kết luận", "CTr": "Chương trình", "HD": "Hướng dẫn",
}

# Upper-case type line at the top of a document → kind.
TYPE_LINES = [
    "THÔNG BÁO", "BÁO CÁO", "QUYẾT ĐỊNH", "KẾ HOẠCH", "CÔNG VĂN", "CHỈ THỊ", "TỜ TRÌNH", "CHƯƠNG TRÌNH",
    "NGHỊ QUYẾT", "GIẤY MỜI", "BIÊN BẢN", "HƯỚNG DẪN", "ĐỀ ÁN", "QUY CHẾ", "QUY ĐỊNH", "CÔNG ĐIỆN", "KẾT LUẬN",
]

# Words that begin the name of a unit of a Department or of a provincial agency.
UNIT_HEADS = [
    "Văn phòng UBND", "Văn phòng Ủy ban nhân dân", "Văn phòng", "Phòng", "Thanh tra", "Trung tâm", "Chi cục",
    "Chi đoàn", "Đoàn Thanh niên", "Đoàn thanh niên", "Công đoàn", "Chi bộ", "Đảng ủy", "Ban Quản lý", "Ban",
    "Quỹ", "Sở", "Ủy ban nhân dân", "UBND", "Công an", "Bộ Chỉ huy", "Cục", "Kho bạc", "Đài", "Báo", "Hội",
    "Liên hiệp", "Liên minh", "Liên đoàn", "Tỉnh đoàn", "Viện", "Trường", "Bệnh viện", "Bảo hiểm xã hội", "Ngân hàng",
    "Tổ", "Bộ phận", "Đội", "Quản lý thị trường", "Cục Quản lý thị trường", "Chi cục Quản lý thị trường", "Hội đồng", "Trạm", "Tạp chí", "Bộ", "Tổng cục", "Thường trực", "Lãnh đạo",
    "Các phòng", "Các đơn vị", "Các Sở", "Các sở", "Các cơ quan", "Các Phòng", "Các ban", "Chánh Văn phòng",
    "Chánh Thanh tra", "Trưởng phòng", "Trưởng các phòng", "Giám đốc Trung tâm", "Giám đốc các", "Cơ quan",
    "Khối", "Hợp tác xã", "Doanh nghiệp", "Chủ tịch UBND", "Tỉnh ủy", "HĐND", "Hội đồng nhân dân",
    # bodies of kinds seen first in the unseen batches: associations, high-tech and economic zones
    "Hiệp hội", "Hiệp Hội", "Khu Công nghệ cao", "Khu công nghệ cao", "Khu Kinh tế", "Khu kinh tế",
    # the Fatherland Front as news shortens it, disease control centres, companies
    "UB MTTQ", "Ủy ban MTTQ", "Ủy ban Mặt trận Tổ quốc", "Uỷ ban Mặt trận Tổ quốc", "MTTQ", "CDC", "Công ty", "BQL", "BQLDA",
    # universities and academies that a ministry's letter addresses beside the ministries ("Đại học Quốc gia …")
    "Đại học", "Học viện",
    # a locality's government and the forces news pages name as bodies ("Chính quyền huyện Lý Sơn khẩn trương …")
    "Chính quyền", "Lực lượng",
    # bodies every sector has, named by their kind: a school, the provinces a ministry addresses, a forest ranger
    # station
    "Nhà trường", "Các trường", "Các tỉnh", "Hạt Kiểm lâm", "Hạt kiểm lâm",
    # a sector named by its field ("Ngành Y tế cần chủ động …", "đối với ngành Giáo dục")
    "Ngành",
    # groups of state companies; the Party's committees of a district, town or city, and its branches
    "Tập đoàn", "Tổng công ty", "Huyện ủy", "Thị ủy", "Thành ủy", "Đảng bộ", "Ủy ban bầu cử",
]

# Well-known provincial agencies (matched before the generic rule; "Sở Lao động, Thương binh và Xã hội"
# has a comma, "Sở Nông nghiệp và Phát triển nông thôn" lower-case words).
KNOWN_AGENCIES = [
    "Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Công Thương", "Sở Công thương",
    "Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường", "Sở Giao thông vận tải",
    "Sở Xây dựng", "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông",
    "Sở Lao động, Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Văn hóa và Thể thao", "Sở Du lịch", "Sở Khoa học và Công nghệ", "Sở KH&CN", "Sở Giáo dục và Đào tạo",
    "Sở Y tế", "Sở Ngoại vụ", "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh", "Văn phòng UBND tỉnh",
    "Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    "Ban Quản lý Khu kinh tế tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Cục Thống kê tỉnh", "Cục Thống kê",
    "Cục Thuế tỉnh", "Kho bạc Nhà nước tỉnh", "Bảo hiểm xã hội tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
    "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh",
    "UBND các huyện, thị xã, thành phố", "UBND các huyện, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố",
    "UBND các huyện, thị xã", "Bộ Khoa học và Công nghệ", "Bộ KH&CN",
]

# Collective phrases that stand for a group of units ("phối hợp với các phòng, đơn vị ...").
COLLECTIVE = r"các\s+(?:ban quản lý dự án|ban quản lý|phòng|đơn vị|cơ quan|sở|ban|ngành|địa phương|tổ chức|huyện|đồng chí|Sở|Phòng|bộ|cấp)" \
             r"(?:\s*,\s*(?:các\s+)?(?:phòng|đơn vị|cơ quan|sở|ban|ngành|địa phương|tổ chức|đoàn thể|hội|Sở))*" \
             r"(?:\s+(?:chuyên môn|có liên quan|liên quan|thuộc Sở|trực thuộc Sở|trực thuộc|thuộc tỉnh))?"

# Lower-case words that end a unit name: what follows is the task ("Sở Tài chính | bố trí kinh phí").
NAME_STOPS = [
    "chủ trì", "phối hợp", "thực hiện", "xây dựng", "tham mưu", "triển khai", "tổ chức", "hoàn thành",
    "hoàn thiện", "rà soát", "báo cáo", "trình", "nghiên cứu", "kiểm tra", "theo dõi", "đôn đốc", "tổng hợp",
    "chuẩn bị", "cập nhật", "bổ sung", "chỉnh sửa", "đề xuất", "hướng dẫn", "tiếp tục", "khẩn trương",
    "giải quyết", "xử lý", "thẩm định", "lập", "soạn thảo", "dự thảo", "đánh giá", "phê duyệt", "ban hành",
    "góp ý", "tham gia", "bố trí", "sắp xếp", "kiện toàn", "tuyên truyền", "phổ biến", "khảo sát", "điều tra",
    "hỗ trợ", "cân đối", "chỉ đạo", "có trách nhiệm", "chịu trách nhiệm", "căn cứ", "quan tâm", "phụ trách",
    "làm việc", "gửi", "cung cấp", "tiếp nhận", "thông báo", "sử dụng", "quản lý", "tăng cường", "đẩy mạnh",
    "nâng cao", "thống nhất", "duy trì", "ký", "cấp", "mua sắm", "lựa chọn", "phân bổ", "vận hành", "bảo đảm",
    "đảm bảo", "rút kinh nghiệm", "nghiêm túc", "kịp thời", "để", "nhằm", "trong", "trước", "theo", "về",
    "cùng", "tiến hành", "giám sát", "tập trung", "khắc phục", "chủ động", "tích cực", "sớm", "cử", "bàn giao",
    "chuyển", "công bố", "giao", "là", "được", "đã", "sẽ", "đang", "có", "tại", "trên", "với", "cho", "từ",
    "đến", "khi", "nếu", "thì", "mà", "như", "gồm", "tiếp thu", "hoàn chỉnh", "phân công", "đề nghị", "yêu cầu",
    "biên soạn", "chấn chỉnh", "lấy ý kiến", "thẩm tra", "thanh tra", "quyết toán", "thanh toán", "tạm ứng",
    "hợp đồng", "nghiệm thu", "ứng dụng", "chuyển giao", "phát triển", "đăng ký", "in", "phát hành", "đăng",
    "rà", "soát xét", "phối", "thu thập", "tuyển chọn", "tuyển dụng", "mời", "họp", "trả lời", "giải trình",
    "thường xuyên", "có nhiệm vụ", "cần", "phải", "định kỳ", "nâng", "bám sát", "quán triệt", "nắm",
    "mở", "thành lập", "vừa", "dự kiến", "đồng ý", "nhất trí", "chấp thuận", "ghi nhận", "hoan nghênh", "biểu dương", "lưu ý", "thống nhất",
    "cũng", "xem xét", "chú trọng",
    # verbs first seen after a unit in unseen pages ("các sở, ngành, địa phương quyết tâm thực hiện …")
    "quyết tâm", "nỗ lực", "phấn đấu", "tạo điều kiện", "xác định", "giải ngân", "đăng tải", "niêm yết", "kiểm điểm",
    "làm rõ", "vào cuộc", "đẩy nhanh", "ưu tiên", "quyết liệt", "truy vết", "ngăn chặn", "thu hồi", "đưa",
    "kính",  # "Phòng Quản lý Khoa học kính đề nghị …"
    "nhưng",  # "… UBND thành phố Đông Hà nhưng chưa được xem xét"
    "phát huy",  # "các phòng chuyên môn phát huy các kết quả đạt được"
    "không",  # "Các tổ công tác này không phải là …", "Sở X không được đề xuất …"
    "tiêm phòng",  # "các địa phương trong tỉnh tiêm phòng vụ xuân cho đàn gia súc"
    "liên hệ",  # "các ban quản lý dự án liên hệ Kho bạc Nhà nước đối chiếu …"
    # "các trường THPT nhận hồ sơ …", "Sở GTVT làm đầu mối …", "UBND xã kết luận …", "chính quyền … di dời …"
    "nhận hồ sơ", "làm đầu mối", "kết luận", "xét tuyển", "công khai", "di dời", "sơ tán", "tháo dỡ",
    "huy động", "lên phương án", "xác minh", "chấm dứt", "tạm dừng", "thu dọn",
    "ra quân", "khởi công", "cắt cử",
    "xét",  # "Nhà trường xét công nhận …"
    "khuyến cáo", "nộp",
]

# Collective nouns that count ("40 nhiệm vụ") versus periods and positions that do not ("9 tháng", "lần thứ 7").
TIME_WORDS = {"năm", "tháng", "ngày", "giờ", "phút", "tuần", "quý", "h", "giây"}
NOT_QUANTITY_BEFORE = {
    "năm", "tháng", "ngày", "tuần", "quý", "số", "thứ", "lần", "khóa", "khoá", "kỳ", "điều", "khoản", "lục", "đoạn",
    "đến", "từ", "giờ", "phút", "trang", "phiên", "đạo", "hiệu", "mã", "lớp", "khối", "ô", "câu",
}
# the kinds of locality below a province, as written before a place's name ("huyện A", "TX. B", "phường C"): a
# district's level, then a commune's
DISTRICT_KINDS = ["huyện", "thị xã", "thành phố", "quận", "TP.", "TX."]
COMMUNE_KINDS = ["xã", "phường", "thị trấn"]

MEASURE_UNITS = ["ha", "kg", "tấn", "lít", "m²", "m2", "m³", "m3", "km", "đồng", "triệu", "tỷ", "%", "MW", "kW", "kWh"]
