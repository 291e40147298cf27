"""Demo data of the directives app (idempotent: a second run writes nothing).

1. Seed 001: the notice of the week-7 briefing of 17/02/2025 of Sở KH&CN Quảng Trị, its 19 conclusions with their
   real words and deadlines (the deadline phrase is found in each sentence by `find_deadline`). Follow-up of
   those tasks (which are completed, when) is invented for the demo.
2. Seed 003: Quảng Trị's first half of 2023 as its Phụ lục III/IV reports it — Nhiệm vụ số 47 and 48 of
   Quyết định 109/QĐ-UBND, the late tasks it names (Công văn 1490/UBND-TH, Kế hoạch 228/KH-UBND, Công văn
   6496/UBND-KGVX with their dates and explanations) — plus *invented, plausible* tasks so that
   `directive_summary --org quang-tri --from 2022-12-15 --to 2023-06-14` (the statistical cut-off of Quảng Trị's
   6-month report) gives 58 / 45 / 03 / 0 from the records. Công văn 6496/UBND-KGVX (assigned 20/12/2022, due
   21/12/2022, done 22/12/2022) falls in that period, as the seed lists it. Nhiệm vụ số 47 and 48 come from the
   UBND's Quyết định 109/QĐ-UBND: tasks the province assigned (category UBND tỉnh), counted in Phụ lục IV.
"""
from __future__ import annotations

import datetime as dt

from django.db import transaction

from core.choices import UnitKind
from core.models import Membership, Organisation, Unit
from core.seeding import set_m2m, upsert
from directives.choices import SourceType, TaskCategory
from directives.deadlines import find_deadline, parse_deadline
from directives.models import AssignedTask, Briefing, BriefingReport, Extension, ProgressUpdate, SourceDocument
from directives.choices import ExtensionState

D = dt.date

# --- seed 001 ----------------------------------------------------------------------------------------------------

SEED_001_UNITS = {
    "Văn phòng Sở": "van-phong", "Phòng Quản lý CN&ĐMST": "qlcn-dmst", "Phòng Quản lý khoa học": "qlkh",
    "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng": "tdc", "Phòng Kế hoạch - Tài chính": "khtc",
    "Thanh tra Sở": "thanh-tra", "Các đơn vị thuộc Sở": "cac-don-vi", "Chi đoàn Thanh niên": "chi-doan",
}
SEED_001_TASKS = [
    ("Văn phòng Sở", "Chủ trì, phối hợp với các phòng, đơn vị rà soát, hệ thống chi tiết các nội dung nhiệm vụ là tiêu chí chấm điểm cải cách hành chính và hoàn thành nhiệm vụ để tạo thuận lợi cho công tác đôn đốc, theo dõi thực hiện, hoàn thành trình Giám đốc Sở trong ngày 21/02/2025.", "các phòng, đơn vị"),
    ("Văn phòng Sở", "Giao đồng chí Lê Hùng tham mưu theo dõi, quản trị; phối hợp với các phòng, đơn vị sử dụng tài khoản zalo official account của Sở Khoa học và Công nghệ để phục vụ công tác chuyên môn đảm bảo thông suốt, hiệu quả.", "các phòng, đơn vị"),
    ("Văn phòng Sở", "Giao PGĐ Sở Nguyễn Hữu Thắng chỉ đạo Văn phòng Sở nghiên cứu, tham mưu xây dựng Chính sách thu hút nguồn nhân lực KH&CN chất lượng cao trên địa bàn tỉnh.", ""),
    ("Văn phòng Sở", "Chủ trì, phối hợp với các đơn vị xây dựng kế hoạch tổ chức tuyển dụng viên chức tại các đơn vị thuộc Sở.", "các đơn vị"),
    ("Văn phòng Sở", "Sắp xếp, bố trí phòng làm việc, phòng lưu trữ tài liệu, hoàn thành trước ngày 21/02/2025.", ""),
    ("Văn phòng Sở", "Tham mưu kiện toàn tổ chức bộ máy Quỹ phát triển KH&CN và ĐMST tỉnh và xây dựng quy chế hoạt động theo tinh thần đột phá của Nghị quyết số 57-NQ/TW của Bộ Chính trị và Nghị quyết số 03/NQ-CP của Chính phủ, hoàn thành trước 15/3/2025.", ""),
    ("Phòng Quản lý CN&ĐMST", "Tiếp tục bổ sung, chỉnh sửa, hoàn thiện dự thảo Chính sách đột phá về đổi mới công nghệ, đổi mới sáng tạo, chuyển đổi số gắn với sửa đổi Nghị quyết số 163/2021/NQ-HĐND và Nghị quyết số 36/2024/NQ-HĐND của HĐND tỉnh, để phục vụ cuộc họp lúc 13h30 ngày 18/02/2025.", ""),
    ("Phòng Quản lý CN&ĐMST", "Xây dựng dự thảo đề cương kịch bản tổ chức Lễ hội cà phê, chè vàng và Ngày hội Khởi nghiệp đổi mới sáng tạo, để phục vụ cuộc họp lúc 13h30 ngày 19/02/2025.", ""),
    ("Phòng Quản lý CN&ĐMST", "Tiếp tục bổ sung, chỉnh sửa, hoàn thiện dự thảo Kế hoạch của UBND tỉnh về Duy trì, cải thiện, nâng hạng Bộ chỉ số đổi mới sáng tạo địa phương (PII) của tỉnh năm 2025, để phục vụ cuộc họp lúc 7h30 ngày 18/02/2025.", ""),
    ("Phòng Quản lý khoa học", "Tiếp tục bổ sung, chỉnh sửa, hoàn thiện dự thảo Quy chế quản lý nhiệm vụ KH&CN cấp tỉnh, cấp cơ sở sử dụng ngân sách nhà nước trên địa bàn tỉnh Quảng Trị; hoàn thiện các hồ sơ, thủ tục, tổng hợp ý kiến góp ý để trình UBND tỉnh ban hành đầu tháng 3/2025.", ""),
    ("Phòng Quản lý khoa học", "Tham mưu quản lý nhiệm vụ KH&CN năm 2025, hoàn thiện hồ sơ, thủ tục ký kết hợp đồng thực hiện trước ngày 30/6/2025.", ""),
    ("Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng", "Khẩn trương xây dựng, hoàn thiện dự thảo Kế hoạch của BTV Tỉnh ủy thực hiện Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia đến năm 2030 và những năm tiếp theo để tham mưu BCS Đảng UBND tỉnh trình BTV Tỉnh ủy ban hành trong tháng 3/2025.", ""),
    ("Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng", "Tiếp tục xây dựng Kế hoạch hỗ trợ doanh nghiệp cao năng suất chất lượng sản phẩm hàng hóa tích hợp trong Chính sách đột phá về đổi mới công nghệ, đổi mới sáng tạo, chuyển đổi số do Phòng Quản lý công nghệ và ĐMST xây dựng.", ""),
    ("Phòng Kế hoạch - Tài chính", "Cập nhật, bổ sung kinh phí triển khai các hoạt động tổ chức Lễ hội giới thiệu sản phẩm mang chỉ dẫn địa lý “Cà phê Khe Sanh” và “Chè vàng Quảng Trị” và Ngày hội Khởi nghiệp đổi mới sáng tạo; “Ngày thứ 7 chuyển đổi số cộng đồng”,...", ""),
    ("Thanh tra Sở", "Triển khai có hiệu quả cuộc thanh tra việc chấp hành các quy định của pháp luật về tiêu chuẩn, đo lường, chất lượng trong hoạt động phân phối, kinh doanh xăng dầu, dầu nhờn trên địa bàn tỉnh theo kế hoạch.", ""),
    ("Thanh tra Sở", "Phối hợp với các phòng: Quản lý CN&ĐMST, Quản lý khoa học, Văn phòng Sở thực hiện các hồ sơ, thủ tục, quy trình xây dựng các văn bản quy phạm pháp luật.", "qlcn-dmst,qlkh,van-phong"),
    ("Các đơn vị thuộc Sở", "Phối hợp với Phòng Kế hoạch – Tài chính hoàn thành định mức kinh tế kỹ thuật các dịch vụ sự nghiệp công, trình UBND tỉnh trước ngày 21/02/2025.", "khtc"),
    ("Chi đoàn Thanh niên", "Tiếp tục chỉnh sửa, hoàn thiện Kế hoạch tổ chức “Ngày thứ 7 chuyên đổi số cộng đồng”, trình Giám đốc Sở trong tháng 02/2025.", ""),
    ("Chi đoàn Thanh niên", "Phối hợp với Phòng Quản lý CN&ĐMST, Trung tâm Nghiên cứu, CGCN&ĐMST xây dựng triển khai Kế hoạch tổ chức cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Quảng Trị năm 2025, phần đầu tổ chức vòng chung kết trong khoảng từ 31/7 – 15/8/2025.", "qlcn-dmst,tt-nccgcn"),
]
# invented follow-up of the week-7 conclusions (index → completion date)
SEED_001_DONE = {0: D(2025, 2, 21), 4: D(2025, 2, 20), 6: D(2025, 2, 18), 7: D(2025, 2, 19), 8: D(2025, 2, 18),
                 16: D(2025, 2, 21), 17: D(2025, 2, 27), 9: D(2025, 3, 7), 11: D(2025, 3, 28), 10: D(2025, 6, 25),
                 5: D(2025, 3, 14), 18: D(2025, 8, 15)}
BRIEFING_OPENING = (
    "Trong tuần vừa qua, các phòng, đơn vị đã tích cực, khẩn trương triển khai có hiệu quả, đúng tiến độ các nhiệm vụ "
    "được giao tại Thông báo Kết luận của Giám đốc Sở tại Hội nghị trực báo và Chương trình công tác trọng tâm năm 2025 "
    "của Sở. Giám đốc Sở đánh giá cao những chuyển biến tích cực trong tác phong, lề lối làm việc của các phòng, đơn vị, "
    "đặc biệt là các đồng chí Trưởng các phòng, đơn vị. Trong tuần tới, Giám đốc Sở giao nhiệm vụ trọng tâm cho các "
    "phòng, đơn vị như sau:"
)

# --- seed 003 ----------------------------------------------------------------------------------------------------

EXPLANATION_SOFTWARE = ("Phần mềm theo dõi thực hiện nhiệm vụ của UBND tỉnh vận hành đôi lúc chưa thông suốt dẫn đến "
                        "việc báo cáo thực hiện nhiệm vụ của đơn vị chưa kịp thời.")
EXPLANATION_228 = (
    "Phần mềm theo dõi thực hiện nhiệm vụ của UBND tỉnh chỉ hiện thị những việc đã giao trong năm 2023, không hiển thị "
    "những nhiệm vụ đã giao trong năm 2022 mà thời hạn hoàn thành là năm 2023 nên Sở đã trả lời trên hệ thống chậm mặc "
    "dù đã hoàn thành sớm (Kế hoạch rà soát, kiểm tra và xử lý văn bản quy phạm pháp luật số 03/KH-SKHCN ngày "
    "11/01/2023) nhưng đến 31/01/2023 được hướng dẫn mới trả lời trên hệ thống nên dẫn đến chậm."
)
EXPLANATION_URGENT = ("Văn bản giao thời gian xử lý quá gấp, trong khi công tác nghiên cứu, tổng hợp xử lý số liệu cần "
                      "nhiều thời gian dẫn đến công tác xử lý không kịp thời. " + EXPLANATION_SOFTWARE)

# (doc type, number, date, issuer, summary, unit, task text, assigned, deadline words, completed, explanation, extra)
SEED_003_TASKS = [
    (SourceType.QUYET_DINH, "109/QĐ-UBND", D(2023, 1, 16), "UBND tỉnh",
     "Ban hành Chương trình công tác trọng tâm năm 2023 của UBND tỉnh", "qlcn-dmst",
     "Nhiệm vụ số 47: Triển khai thực hiện Chương trình Hỗ trợ khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh đến năm 2025",
     D(2023, 1, 16), "cả năm 2023", D(2023, 12, 29), "", {"item": "47"}),
    (SourceType.QUYET_DINH, "109/QĐ-UBND", D(2023, 1, 16), "UBND tỉnh",
     "Ban hành Chương trình công tác trọng tâm năm 2023 của UBND tỉnh", "qlcn-dmst",
     "Nhiệm vụ số 48: Triển khai thực hiện Chương trình phát triển thị trường khoa học và công nghệ và doanh nghiệp khoa "
     "học và công nghệ", D(2023, 1, 16), "cả năm 2023", D(2023, 12, 29), "", {"item": "48"}),
    (SourceType.CONG_VAN, "1490/UBND-TH", D(2023, 4, 6), "UBND tỉnh",
     "V/v tham gia ý kiến đối với dự thảo Báo cáo đánh giá giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII",
     "van-phong",
     "V/v tham gia ý kiến đối với dự thảo Báo cáo đánh giá giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII",
     D(2023, 4, 6), "trước ngày 10/4/2023", D(2023, 4, 11), EXPLANATION_SOFTWARE, {}),
    (SourceType.KE_HOACH, "228/KH-UBND", D(2022, 12, 26), "UBND tỉnh",
     "Kế hoạch kiểm tra, xử lý văn bản quy phạm pháp luật năm 2023", "thanh-tra",
     "Kế hoạch kiểm tra, xử lý văn bản quy phạm pháp luật năm 2023", D(2022, 12, 26), "trước ngày 14/01/2023",
     D(2023, 1, 31), EXPLANATION_228, {}),
    (SourceType.CONG_VAN, "6496/UBND-KGVX", D(2022, 12, 20), "UBND tỉnh",
     "V/v rà soát, báo cáo kết quả thực hiện các nhiệm vụ được giao trong năm 2022", "van-phong",
     "V/v rà soát, báo cáo kết quả thực hiện các nhiệm vụ được giao trong năm 2022", D(2022, 12, 20),
     "trước ngày 21/12/2022", D(2022, 12, 22), EXPLANATION_URGENT, {}),
]

# The Sở's own tasks completed in a seed's period, with their completion records (action in the unit's words, the
# result document, the subject): the report's "tham mưu" lines are written from them. Category: the Sở's own
# (nhiệm vụ trọng tâm), so they never reach Phụ lục IV. Assigned dates are invented (a month before completion);
# completion dates are the documents' dates, or invented within the period where the seed gives none (seed
# 000's before the week-8 briefing, whose 19 tasks are counted on their own).
# (unit, completed, note, result document, subject)
SEED_RESULTS = [
    # seed 003, Quảng Trị, 6 tháng đầu năm 2023, section 1
    ("van-phong", D(2023, 1, 20), "Tham mưu UBND tỉnh ban hành", "Quyết định số 03/2023/QĐ-UBND",
     "về Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ tỉnh Quảng Trị"),
    ("van-phong", D(2023, 2, 3), "Tham mưu UBND tỉnh ban hành", "Quyết định số 207/QĐ-UBND",
     "về việc giải thể Chi cục Tiêu chuẩn Đo lường Chất lượng thuộc Sở Khoa học và Công nghệ Quảng Trị"),
    ("tt-nccgcn", D(2023, 4, 19), "Tham mưu UBND tỉnh ban hành", "Quyết định số 759/QĐ-UBND ngày 19/04/2023",
     "phân bổ kinh phí thực hiện năm 2023 Đề án “Ứng dụng chế phẩm vi sinh vật trong sản xuất nông nghiệp giai "
     "đoạn 2021 - 2025, định hướng đến năm 2030 trên địa bàn tỉnh Quảng Trị”"),
    ("van-phong", D(2023, 4, 12), "Tham mưu UBND tỉnh ban hành", "Quyết định số 707/QĐ-UBND ngày 12/04/2023",
     "về việc đổi tên Trung tâm Nghiên cứu, Ứng dụng và Thông tin Khoa học và Công nghệ thành Trung tâm Nghiên cứu, "
     "Chuyển giao công nghệ và Đổi mới sáng tạo thuộc Sở Khoa học và Công nghệ"),
    ("qlcn-dmst", D(2023, 5, 19), "Tham mưu UBND tỉnh ban hành", "Quyết định số 1048/QĐ-UBND ngày 19/05/2023",
     "ban hành Chương trình phát triển thị trường KH&CN, doanh nghiệp KH&CN tỉnh Quảng Trị đến năm 2030"),
    ("van-phong", D(2023, 6, 5), "Tham mưu UBND tỉnh ban hành", "Quyết định số 1163/QĐ-UBND ngày 05/06/2023",
     "về việc ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm Kỹ thuật Tiêu chuẩn "
     "Đo lường Chất lượng tỉnh Quảng Trị"),
    ("van-phong", D(2023, 6, 5), "Tham mưu UBND tỉnh ban hành", "Quyết định số 1164/QĐ-UBND ngày 05/06/2023",
     "ban hành Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm Nghiên cứu, Chuyển giao công "
     "nghệ và Đổi mới sáng tạo"),
    ("qlkh", D(2023, 3, 28), "Trình BCS Đảng UBND tỉnh trình Ban Thường vụ Tỉnh ủy ban hành", "",
     "Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính "
     "trị về phát triển và ứng dụng công nghệ sinh học phục vụ phát triển bền vững đất nước trong tình hình mới"),
    ("qlcn-dmst", D(2023, 5, 18), "Tham mưu UBND tỉnh xây dựng", "Báo cáo số 90/BC-UBND ngày 18/05/2023",
     "về thực hiện chính sách, pháp luật về phát triển thị trường khoa học và công nghệ giai đoạn 2018-2022, phục vụ "
     "giám sát chuyên đề của Ủy ban Khoa học, Công nghệ và Môi trường"),
    # seed 000, Quảng Trị, tháng 02/2025, section 1
    ("van-phong", D(2025, 2, 12), "Trình Ban Cán sự Đảng UBND tỉnh trình BTV Tỉnh ủy", "",
     "dự thảo Quyết định thành lập Ban Chỉ đạo về phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số "
     "tỉnh Quảng Trị"),
    ("van-phong", D(2025, 2, 7), "Tham mưu UBND tỉnh ban hành", "Quyết định số 290/QĐ-SKHCCN ngày 07/02/2025",
     "công bố Danh mục thủ tục hành chính ban hành mới; sửa đổi, bổ sung thuộc phạm vi chức năng quản lý của Sở Khoa "
     "học và Công nghệ tỉnh Quảng Trị"),
    ("qlcn-dmst", D(2025, 2, 10), "Trình UBND tỉnh xem xét, đề nghị HĐND tỉnh xây dựng", "",
     "Nghị quyết về một số chính sách hỗ trợ đột phá phát triển khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số "
     "trên địa bàn tỉnh Quảng Trị"),
    ("van-phong", D(2025, 2, 11), "Trình UBND tỉnh", "",
     "dự thảo Kế hoạch của UBND tỉnh thực hiện phong trào “bình dân học vụ số” trên địa bàn tỉnh"),
    ("van-phong", D(2025, 2, 13), "Trình Sở Tư pháp thẩm định", "",
     "dự thảo Quyết định của UBND tỉnh Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và "
     "Công nghệ"),
    ("van-phong", D(2025, 2, 14), "Xây dựng, đề xuất", "",
     "nhiệm vụ, giải pháp thực hiện phương án tăng trưởng kinh tế hai con số năm 2025"),
]

# seed 000's priorities for March 2025: the Sở's own tasks due then (assigned after the week-8 briefing)
SEED_000_PRIORITIES = [
    ("van-phong", "Trình UBND tỉnh các dự thảo văn bản: Quyết định của UBND tỉnh Quy định chức năng, nhiệm vụ, quyền "
     "hạn và cơ cấu tổ chức của Sở Khoa học và Công nghệ; Kế hoạch của UBND tỉnh thực hiện phong trào “bình dân học vụ "
     "số” trên địa bàn tỉnh; Kế hoạch của UBND tỉnh về Duy trì, cải thiện, nâng hạng Bộ chỉ số đổi mới sáng tạo địa "
     "phương (PII) của tỉnh năm 2025; Quyết định của UBND tỉnh ban hành Quy chế quản lý nhiệm vụ KH&CN cấp tỉnh, cấp cơ "
     "sở sử dụng ngân sách nhà nước trên địa bàn tỉnh Quảng Trị; Quyết định của UBND tỉnh ban hành định mức kinh tế kỹ "
     "thuật các dịch vụ sự nghiệp công lĩnh vực KH&CN"),
    ("qlkh", "Tổ chức Phiên họp Hội đồng KH&CN tỉnh năm 2025"),
    ("thanh-tra", "Thanh tra về tiêu chuẩn, đo lường, chất lượng đối với các tổ chức kinh doanh xăng dầu trên địa bàn "
     "tỉnh Quảng Trị"),
    ("qlkh", "Thẩm định, ký kết hợp đồng thực hiện các nhiệm vụ dịch vụ công năm 2025 của các đơn vị sự nghiệp KH&CN"),
    ("khtc", "Trình UBND tỉnh bố trí kinh phí hoạt động KH&CN năm 2025"),
    ("qlcn-dmst", "Triển khai kế hoạch tổ chức cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Quảng Trị năm 2025"),
]

# invented, plausible letters and plans of UBND tỉnh for the first half of 2023
PLAUSIBLE_SUBJECTS = [
    ("qlkh", "báo cáo kết quả thực hiện nhiệm vụ KH&CN cấp tỉnh năm 2022"),
    ("qlcn-dmst", "tham gia ý kiến dự thảo Đề án phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo"),
    ("tdc", "tăng cường kiểm tra chất lượng hàng hóa, đo lường trong dịp Tết Nguyên đán Quý Mão 2023"),
    ("van-phong", "báo cáo công tác cải cách hành chính quý I năm 2023"),
    ("khtc", "báo cáo tình hình thực hiện dự toán ngân sách nhà nước quý I năm 2023"),
    ("thanh-tra", "báo cáo công tác tiếp công dân, giải quyết khiếu nại, tố cáo quý I năm 2023"),
    ("qlkh", "đề xuất đặt hàng nhiệm vụ KH&CN cấp quốc gia năm 2024"),
    ("qlcn-dmst", "rà soát tình hình chuyển giao, ứng dụng công nghệ trong doanh nghiệp"),
    ("tdc", "triển khai Chương trình quốc gia nâng cao năng suất và chất lượng sản phẩm, hàng hóa"),
    ("van-phong", "báo cáo kết quả thực hiện Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính"),
    ("khtc", "đề xuất kế hoạch đầu tư công trung hạn lĩnh vực KH&CN"),
    ("qlkh", "tham gia ý kiến dự thảo Quy định quản lý nhiệm vụ KH&CN cấp cơ sở"),
    ("qlcn-dmst", "báo cáo tình hình phát triển thị trường KH&CN giai đoạn 2018-2022"),
    ("tdc", "báo cáo công tác quản lý nhà nước về đo lường đối với cột đo xăng dầu"),
    ("van-phong", "báo cáo tình hình thực hiện Đề án 06 tại Sở"),
    ("thanh-tra", "báo cáo kết quả thanh tra chuyên ngành tiêu chuẩn, đo lường, chất lượng"),
    ("qlkh", "báo cáo đánh giá hiệu quả Nghị quyết số 163/2021/NQ-HĐND"),
    ("qlcn-dmst", "tham gia ý kiến hồ sơ thẩm định công nghệ dự án đầu tư"),
    ("tdc", "rà soát tiêu chuẩn quốc gia, quy chuẩn kỹ thuật địa phương"),
    ("van-phong", "báo cáo tình hình sử dụng chữ ký số và văn bản điện tử"),
    ("khtc", "báo cáo quyết toán kinh phí sự nghiệp KH&CN năm 2022"),
]


# seed 003, section 1 and its footnotes 1 and 2: what the Sở issued to carry out the Government's monthly
# resolutions and the documents of the Tỉnh ủy, HĐND and UBND tỉnh it implemented in the first half of 2023.
# Each is one of the Sở's own tasks with its completion record (completion dates are the result documents'
# dates, or invented within the period where the seed gives none); the task's words name what it implements.
SEED_003_OWN = [
    ("van-phong", D(2023, 5, 23), "Ban hành", "Công văn số 434/SKH-CN-VP ngày 23/05/2023",
     "triển khai thực hiện Nghị quyết phiên họp Chính phủ thường kỳ tháng 4 năm 2023"),
    ("van-phong", D(2023, 4, 14), "Ban hành", "Công văn số 298/SKH-CN-VP ngày 14/04/2023",
     "triển khai thực hiện Nghị quyết phiên họp Chính phủ thường kỳ tháng 03 năm 2023"),
    ("van-phong", D(2023, 3, 15), "Ban hành", "Công văn số 185/SKH-CN-VP ngày 15/03/2023",
     "triển khai thực hiện Nghị quyết phiên họp Chính phủ thường kỳ tháng 02 năm 2023"),
    ("van-phong", D(2023, 2, 13), "Ban hành", "Công văn số 87/SKH-CN-VP ngày 13/02/2023",
     "triển khai thực hiện Nghị quyết phiên họp Chính phủ thường kỳ tháng 01 năm 2023"),
    ("van-phong", D(2023, 3, 1), "Ban hành văn bản và tổ chức thực hiện", "",
     "Quyết định số 281/QĐ-UBND ngày 17/02/2023 của UBND tỉnh về việc ban hành Kế hoạch thực hiện Chương trình hành "
     "động số 47-CTr/TU ngày 01/12/2022 của BCH Đảng bộ tỉnh khóa XVII"),
    ("van-phong", D(2023, 2, 24), "Ban hành văn bản và tổ chức thực hiện", "",
     "Kế hoạch số 29/KH-UBND ngày 09/02/2023 của UBND tỉnh về thực hiện Chương trình hành động số 46-CTr/TU ngày "
     "01/12/2022 của Tỉnh ủy"),
    ("van-phong", D(2023, 1, 10), "Ban hành văn bản và tổ chức thực hiện", "",
     "Chỉ thị số 24-CT/TU ngày 14/12/2022 của BTV Tỉnh ủy về Đề án 06"),
    ("thanh-tra", D(2023, 3, 31), "Ban hành văn bản và tổ chức thực hiện", "",
     "Thông báo kết luận số 454-TB/TU ngày 17/3/2023 của Thường trực Tỉnh ủy về công tác tiếp công dân và giải quyết "
     "đơn thư, rà soát các vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài"),
    ("tdc", D(2023, 5, 26), "Ban hành văn bản và tổ chức thực hiện", "",
     "Kế hoạch số 112/KH-UBND ngày 12/5/2023 của UBND tỉnh về triển khai thực hiện Chỉ thị số 17-CT/TW ngày "
     "21/10/2022 của Ban Bí thư về tăng cường bảo đảm an ninh, an toàn thực phẩm trong tình hình mới"),
    ("khtc", D(2023, 1, 20), "Ban hành văn bản và tổ chức thực hiện", "",
     "Quyết định số 64/QĐ-UBND ngày 11/01/2023 của UBND tỉnh về việc ban hành Chương trình hành động thực hiện Nghị "
     "quyết số 01/NQ-CP ngày 06/01/2023 của Chính phủ, Kết luận số 372-KL/TU ngày 06/12/2022 của Tỉnh ủy và Nghị "
     "quyết số 80/2022/NQ-HĐND ngày 09/12/2022 của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2023"),
    ("khtc", D(2023, 4, 20), "Ban hành văn bản và tổ chức thực hiện", "",
     "Kế hoạch số 64/KH-UBND ngày 08/4/2022 của UBND tỉnh về Chương trình phục hồi và phát triển kinh tế - xã hội "
     "tỉnh Quảng Trị"),
]

# seed 003's priorities for the second half of 2023: the Sở's own tasks due then (its work programme)
SEED_003_PRIORITIES = [
    ("qlcn-dmst", "Tổ chức thực hiện Nghị quyết số 163/2021/NQ-HĐND ngày 09/12/2021 của HĐND tỉnh Quy định một số "
     "chính sách hỗ trợ ứng dụng, nhân rộng các kết quả khoa học và công nghệ trên địa bàn tỉnh giai đoạn 2022-2026"),
    ("qlcn-dmst", "Tổ chức thực hiện Kế hoạch số 5807/KH-UBND ngày 17/12/2020 của UBND tỉnh triển khai thực hiện Nghị "
     "quyết số 50/NQ-CP ngày 17/4/2020 của Chính phủ và Kế hoạch số 190-KH/TU ngày 12/8/2020 của BTV Tỉnh ủy về việc "
     "thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham "
     "gia cuộc cách mạng công nghiệp lần thứ tư"),
    ("qlcn-dmst", "Tổ chức thực hiện Kế hoạch số 155/KH-UBND ngày 03/08/2022 thực hiện Chương trình phát triển tài sản "
     "trí tuệ tỉnh Quảng Trị đến năm 2030: khảo sát về tình hình sử dụng nhãn hiệu tập thể, nhãn hiệu chứng nhận các "
     "sản phẩm đặc sản địa phương"),
    ("tdc", "Tổ chức thực hiện Kế hoạch số 88/KH-UBND ngày 10/5/2022 của UBND tỉnh Triển khai Chương trình hỗ trợ doanh "
     "nghiệp tỉnh Quảng Trị nâng cao năng suất và chất lượng sản phẩm, hàng hóa dựa trên nền tảng khoa học, công nghệ "
     "và đổi mới sáng tạo giai đoạn 2021-2030"),
    ("qlcn-dmst", "Tổ chức thực hiện Chương trình Hỗ trợ khởi nghiệp đổi mới sáng tạo trên địa bàn tỉnh Quảng Trị đến "
     "năm 2025; ban hành và triển khai Kế hoạch tổ chức Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Quảng Trị năm 2023"),
    ("qlcn-dmst", "Tổ chức thực hiện Chương trình phát triển thị trường KH&CN, doanh nghiệp KH&CN tỉnh Quảng Trị đến năm "
     "2030"),
    ("qlkh", "Triển khai có hiệu quả các nhiệm vụ nghiên cứu ứng dụng, chuyển giao các tiến bộ KH&CN phục vụ sản xuất "
     "và đời sống, chú trọng ứng dụng công nghệ cao, các công nghệ chủ chốt của cuộc cách mạng công nghiệp lần thứ tư; "
     "kiện toàn Hội đồng KH&CN tỉnh"),
    ("tdc", "Theo dõi, nắm bắt kịp thời tình hình, những khó khăn, vướng mắc của doanh nghiệp để triển khai các giải "
     "pháp tháo gỡ khó khăn; khảo sát nhu cầu của doanh nghiệp về khoa học công nghệ và đổi mới sáng tạo"),
    ("qlcn-dmst", "Triển khai có hiệu quả các chính sách hỗ trợ doanh nghiệp trong lĩnh vực KH&CN: hỗ trợ ứng dụng, "
     "nhân rộng các kết quả KH&CN; hỗ trợ doanh nghiệp xây dựng và phát triển tài sản trí tuệ, nâng cao năng suất "
     "chất lượng, vay vốn ưu đãi tại Quỹ phát triển KH&CN của tỉnh"),
    ("thanh-tra", "Tổ chức có hiệu quả các cuộc kiểm tra, thanh tra trong lĩnh vực tiêu chuẩn đo lường chất lượng, sở "
     "hữu trí tuệ, an toàn bức xạ, tập trung vào các lĩnh vực quan trọng, thiết yếu trong hoạt động sản xuất, kinh "
     "doanh của doanh nghiệp"),
]

# --- seed 004: Ninh Thuận, tháng 01/2024 (15/12/2023–14/01/2024) ---------------------------------------------------
# (unit, completed, note, result document, subject, category)
SEED_004_RESULTS = [
    ("qlkh", D(2024, 1, 10), "Dự thảo", "",
     "báo cáo kết quả hợp tác về khoa học, công nghệ giữa Ủy ban nhân dân tỉnh Ninh Thuận với Viện Hàn Lâm Khoa học và "
     "Công nghệ Việt Nam giai đoạn 2018 – 2022 và phương hướng hợp tác giai đoạn 2023 – 2030; dự thảo Thỏa thuận Hợp "
     "tác về Khoa học và Công nghệ giữa Ủy ban nhân dân tỉnh Ninh Thuận và Viện Hàn lâm Khoa học và Công nghệ Việt Nam "
     "giai đoạn đến năm 2030", TaskCategory.UBND_TINH),
    ("qlkh", D(2024, 1, 9), "Xây dựng Chương trình hành động của Ban Thường vụ Tỉnh ủy, được BTV Tỉnh ủy thống nhất, "
     "ban hành tại", "Văn bản số 239-CTr/TU ngày 09/01/2024",
     "thực hiện Nghị quyết số 36-NQ/TW, ngày 30/01/2023 của Bộ Chính trị về phát triển và ứng dụng công nghệ sinh học "
     "phục vụ phát triển bền vững đất nước trong tình hình mới", TaskCategory.PHAT_SINH),
    ("van-phong", D(2024, 1, 12), "Xây dựng, xác lập", "",
     "49 nhiệm vụ trọng tâm của ngành cần tập trung thực hiện trong năm 2024, căn cứ Nghị quyết số 28-NQ/TU ngày "
     "07/12/2023 của Ban Chấp hành Đảng bộ tỉnh khóa XIV, Nghị quyết số 55/NQ-HĐND ngày 14/12/2023 của Hội đồng nhân "
     "dân tỉnh và Quyết định số 36/QĐ-UBND ngày 12/01/2024 của UBND tỉnh", TaskCategory.TRONG_TAM),
    ("qlkh", D(2024, 1, 8), "Thực hiện báo cáo", "",
     "kết quả thực hiện nhiệm vụ năm 2023 theo Kế hoạch số 1275/KH-UBND ngày 29/3/2022 của UBND tỉnh về việc ứng "
     "dụng, chuyển giao, nhân rộng kết quả khoa học và công nghệ phục vụ phát triển kinh tế - xã hội trên địa bàn tỉnh "
     "Ninh Thuận, giai đoạn 2022 – 2025", TaskCategory.TRONG_TAM),
    ("qlcn", D(2024, 1, 12), "Thực hiện", "Báo cáo số 93/BC-SKHCh ngày 15/01/2023",
     "tình hình thực hiện Nghị quyết số 50/NQ-CP ngày 17/4/2020 của Chính phủ ban hành Chương trình hành động của "
     "Chính phủ thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ "
     "động tham gia cuộc Cách mạng công nghiệp lần thứ tư và Chỉ thị số 16/CT-TTg ngày 04/5/2017 về việc tăng cường "
     "năng lực tiếp cận cuộc cách mạng công nghiệp lần thứ tư", TaskCategory.TRONG_TAM),
    ("qlkh", D(2023, 12, 19), "", "Công văn số 2185/SKH-CN-QCN ngày 19/12/2023",
     "Cung cấp thông tin đại diện lãnh đạo tham gia Hội đồng xét duyệt sáng kiến cấp tỉnh năm 2023",
     TaskCategory.TRONG_TAM),
    ("thanh-tra", D(2023, 12, 25), "Ban hành", "Kế hoạch số 2224/KH-SKH-CN ngày 25/12/2023",
     "triển khai thực hiện nhiệm vụ công tác thanh tra năm 2024", TaskCategory.TRONG_TAM),
    ("thanh-tra", D(2024, 1, 5), "Công tác pháp chế: thực hiện báo cáo", "",
     "kết quả hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 – 2023; kết quả kiểm tra, xử lý, rà soát, hệ thống hóa "
     "văn bản quy phạm pháp luật năm 2023 thuộc lĩnh vực khoa học và công nghệ; ban hành Kế hoạch rà soát, hệ thống "
     "hóa văn bản quy phạm pháp luật năm 2024", TaskCategory.TRONG_TAM),
    ("van-phong", D(2023, 12, 25), "", "Công văn số 2219/SKH&CN-QCN ngày 25/12/2023",
     "Triển khai thực hiện đồng bộ các nhiệm vụ cải cách hành chính nhà nước ngành KH&CN năm 2024: ban hành 05 Kế "
     "hoạch cải cách hành chính năm 2024; rà soát, đẩy mạnh phân cấp TTHC và cắt giảm, đơn giản hóa TTHC nội bộ",
     TaskCategory.TRONG_TAM),
]

# seed 004's priorities for February 2024: the Sở's tasks due then
SEED_004_PRIORITIES = [
    ("van-phong", "Tập trung triển khai các nhiệm vụ, giải pháp tại Nghị quyết số 14-NQ/TU của Tỉnh ủy; Nghị quyết số "
     "36/NQ-HĐND của HĐND tỉnh, Quyết định số 472/QĐ-UBND của UBND tỉnh về đẩy mạnh ứng dụng, phát triển khoa học, "
     "công nghệ và đổi mới sáng tạo đến năm 2025, định hướng đến năm 2030"),
    ("van-phong", "Triển khai nhiệm vụ trọng tâm, đột phá thuộc lĩnh vực KH&CN đề xuất UBND tỉnh đưa vào Kế hoạch triển "
     "khai những nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế-xã hội của tỉnh (Quyết định số "
     "03/QĐ-SKH&CN ngày 09/01/2023)"),
    ("van-phong", "Thực hiện đồng bộ các nội dung Kế hoạch cải cách hành chính nhà nước thuộc lĩnh vực KH&CN; chỉ đạo "
     "thực hiện nghiêm túc Chỉ thị số 57-CT/TU của Tỉnh ủy về việc chấn chỉnh lề lối làm việc, tăng cường kỷ luật, kỷ "
     "cương hành chính trên địa bàn tỉnh"),
    ("qlkh", "Tham mưu UBND tỉnh các thủ tục tổ chức tổng kết chương trình hợp tác về khoa học, công nghệ giữa Ủy ban "
     "nhân dân tỉnh Ninh Thuận với Viện Hàn Lâm Khoa học và Công nghệ Việt Nam giai đoạn 2018 - 2022; ký kết thỏa "
     "thuận Hợp tác về Khoa học và Công nghệ giai đoạn đến năm 2030"),
    ("qlkh", "Tiếp tục tổ chức theo dõi, quản lý đúng quy trình, quy định các nhiệm vụ KH&CN; tổ chức nghiệm thu 02 "
     "nhiệm vụ KH&CN cấp tỉnh; tập hợp danh mục đề xuất đặt hàng nhiệm vụ KH&CN thực hiện mới trong năm 2024"),
    ("qlcn", "Tham mưu UBND tỉnh ban hành Kế hoạch triển khai thực hiện trong năm 2024 đối với các lĩnh vực sở hữu trí "
     "tuệ, hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo, Tiêu chuẩn – Đo lường – Chất lượng"),
    ("qlcn", "Phối hợp với Viện Nghiên cứu và Phát triển Kinh tế tuần hoàn tổ chức Hội thảo “Công nghệ làm lạnh đột "
     "phá - Giải pháp hiệu quả về kinh tế và môi trường”"),
]

# --- seed 002: Bắc Kạn, 9 tháng đầu năm 2023 -------------------------------------------------------------------------
BK_2519 = ("Quyết định số 2519/QĐ-UBND", "2519/QĐ-UBND", D(2022, 12, 23),
           "ban hành Chương trình hành động thực hiện Kế hoạch phát triển KTXH, đảm bảo quốc phòng - an ninh năm 2023")
# (unit, task, deadline words, completed, result document, progress note) — seed 002's table A.I
SEED_002_PROGRAMME = [
    ("qlkh", "Tham mưu ban hành Quyết định của Ủy ban nhân dân tỉnh sửa đổi, bổ sung hoặc thay thế Quyết định số "
     "731/QĐ-UBND ngày 10/5/2019 của UBND tỉnh quy định về đánh giá, công nhận sáng kiến, đề tài nghiên cứu khoa học "
     "của các cá nhân để làm căn cứ xét tặng các danh hiệu thi đua, hình thức khen thưởng", "tháng 3 năm 2023",
     D(2023, 4, 24), "Quyết định số 713/QĐ-UBND ngày 24/4/2023", ""),
    ("chi-cuc-tdc", "Nhiệm vụ chuyển đổi số năm 2023 “Xây dựng hệ thống truy xuất nguồn gốc sản phẩm hàng hoá trên địa "
     "bàn tỉnh Bắc Kạn”", "tháng 12 năm 2023", None, "",
     "Đã trình Sở Thông tin và truyền thông thẩm định đề cương và dự toán chi tiết."),
]
SEED_002_RESULTS = [
    ("qlkh", D(2023, 6, 30), "Tham mưu 01 văn bản QPPL:", "",
     "Quyết định của UBND tỉnh về phân cấp thẩm quyền xử lý tài sản trang bị đối với nhiệm vụ khoa học và công nghệ sử "
     "dụng vốn nhà nước thuộc phạm vi quản lý của tỉnh Bắc Kạn", TaskCategory.TRONG_TAM),
    ("qlkh", D(2023, 5, 15), "Tham mưu UBND tỉnh ban hành", "",
     "Kế hoạch khoa học, công nghệ và đổi mới sáng tạo đến năm 2025", TaskCategory.TRONG_TAM),
    ("qlkh", D(2023, 7, 20), "Tham mưu cho UBND tỉnh đề xuất với Bộ Nông nghiệp và Phát triển nông thôn", "",
     "danh mục 03 dự án thuộc Chương trình khoa học và công nghệ xây dựng nông thôn mới giai đoạn 2021-2025; kết quả, "
     "được Bộ Nông nghiệp và Phát triển nông thôn phê duyệt 01 nhiệm vụ liên vùng", TaskCategory.TRONG_TAM),
    ("qlkh", D(2023, 4, 10), "Ban hành", "",
     "Kế hoạch đánh giá hiệu quả duy trì, nhân rộng các đề tài, dự án sau nghiệm thu từ 2016-2022; tổ chức khảo sát, "
     "đánh giá hiệu quả nhân rộng các đề tài, dự án giai đoạn 2016-2022 trên địa bàn tỉnh", TaskCategory.TRONG_TAM),
    ("qlkh", D(2023, 8, 15), "Tham mưu xây dựng", "",
     "Chương trình hành động thực hiện Nghị quyết số 36-NQ/TW ngày 30 tháng 01 năm 2023 của Bộ Chính trị về phát "
     "triển và ứng dụng công nghệ sinh học phục vụ phát triển bền vững đất nước trong tình hình mới của Tỉnh ủy",
     TaskCategory.PHAT_SINH),
]


def _plausible_tasks():
    """42 tasks done on time, 11 still running at 14/06/2023 (one of them assigned before the period), 1 cancelled;
    all assigned within the statistical cut-off 15/12/2022–14/06/2023."""
    suffixes = [("UBND-TH", SourceType.CONG_VAN), ("UBND-KGVX", SourceType.CONG_VAN), ("UBND-KT", SourceType.CONG_VAN),
                ("KH-UBND", SourceType.KE_HOACH), ("UBND-NC", SourceType.CONG_VAN), ("QĐ-UBND", SourceType.QUYET_DINH)]
    rows = []
    for index in range(42):
        unit, subject = PLAUSIBLE_SUBJECTS[index % len(PLAUSIBLE_SUBJECTS)]
        suffix, doc_type = suffixes[index % len(suffixes)]
        assigned = D(2022, 12, 16) + dt.timedelta(days=index * 3)
        due = assigned + dt.timedelta(days=10 + index % 8)
        done = due - dt.timedelta(days=index % 3)
        extra = {}
        if index == 5:
            # extended before the deadline, done after the original date but before the new one: on time
            extra = {"extension": (due + dt.timedelta(days=7), due - dt.timedelta(days=2))}
            done = due + dt.timedelta(days=4)
        rows.append((doc_type, f"{310 + index * 37}/{suffix}", assigned, "UBND tỉnh", f"V/v {subject}", unit,
                     f"V/v {subject}", assigned, f"trước ngày {due.day:02d}/{due.month:02d}/{due.year}", done, "", extra))
    running = [
        (D(2022, 11, 15), "quý III/2023", D(2023, 9, 20)),  # cross-year: assigned in 2022, open on 01/01/2023
        (D(2023, 5, 10), "trong tháng 7/2023", D(2023, 7, 25)),
        (D(2023, 5, 22), "trước ngày 15/7/2023", D(2023, 7, 14)),
        (D(2023, 6, 1), "cuối tháng 8/2023", D(2023, 8, 30)),
        (D(2023, 6, 8), "quý III/2023", D(2023, 9, 28)),
        (D(2023, 6, 12), "6 tháng cuối năm 2023", D(2023, 12, 20)),
        (D(2023, 2, 20), "cả năm 2023", D(2023, 12, 25)),
        (D(2023, 3, 15), "cả năm 2023", D(2023, 12, 22)),
        (D(2023, 6, 5), "trước ngày 14/6/2023", None),  # due on the last day: still in progress on 14/06
        (D(2023, 6, 9), "trong tháng 7/2023", D(2023, 7, 20)),
        (D(2023, 4, 3), "trong quý IV/2023", D(2023, 11, 30)),
    ]
    for index, (assigned, words, done) in enumerate(running):
        unit, subject = PLAUSIBLE_SUBJECTS[(index + 7) % len(PLAUSIBLE_SUBJECTS)]
        suffix, doc_type = suffixes[(index + 3) % len(suffixes)]
        number = f"{5100 + index * 41}/{suffix}" if assigned.year == 2022 else f"{2900 + index * 43}/{suffix}"
        extra = {}
        if words == "trước ngày 14/6/2023":
            extra = {"completed_after": D(2023, 7, 3), "explanation": "Chờ số liệu của các huyện, thị xã, thành phố."}
        rows.append((doc_type, number, assigned, "UBND tỉnh", f"V/v {subject} (đợt {index + 2})", unit,
                     f"V/v {subject} (đợt {index + 2})", assigned, words, done, "", extra))
    rows.append((SourceType.CONG_VAN, "1234/UBND-KT", D(2023, 3, 20), "UBND tỉnh",
                 "V/v chuẩn bị nội dung làm việc với Đoàn công tác của Bộ KH&CN", "van-phong",
                 "V/v chuẩn bị nội dung làm việc với Đoàn công tác của Bộ KH&CN", D(2023, 3, 20), "trước ngày 05/4/2023",
                 None, "", {"cancel": (D(2023, 3, 30), "Đoàn công tác của Bộ KH&CN hoãn chuyến làm việc.")}))
    return rows


def _document(organisation, doc_type, number, issued_on, issuer, summary):
    document, _ = upsert(SourceDocument, {"organisation": organisation, "number": number, "issued_on": issued_on},
                         {"doc_type": doc_type, "issuer": issuer, "summary": summary})
    return document


def _task(organisation, *, source, text, unit, assigned_on, words, category, **fields):
    deadline = parse_deadline(words, reference_date=source.issued_on if source else assigned_on, base_date=assigned_on)
    defaults = {
        "lead_unit": unit, "assigned_on": assigned_on, "category": category, "deadline_text": deadline.text,
        "deadline_kind": deadline.kind, "due_date": deadline.due_date, "due_time": deadline.due_time,
        "window_start": deadline.start_date, **fields,
    }
    task, _ = upsert(AssignedTask, {"organisation": organisation, "source": source, "text": text}, defaults)
    return task


def _extension(task, new_due, approved_on, decided_by):
    upsert(Extension, {"task": task, "new_due_date": new_due},
           {"requested_on": approved_on, "reason": "Cần thêm thời gian tổng hợp ý kiến của các đơn vị.",
            "state": ExtensionState.APPROVED, "decided_on": approved_on, "decided_by": decided_by,
            "decided_by_name": str(decided_by) if decided_by else ""})
    if approved_on <= (task.due_date or approved_on):
        upsert(AssignedTask, {"pk": task.pk}, {"extended_to": new_due, "extended_since": approved_on})


def _own_results(organisation, units, rows, leader):
    """The Sở's own tasks with their completion records; a task is entered a month before it was done."""
    for unit_code, completed, note, document, subject, *category in rows:
        _task(organisation, source=None, text=subject[:1].upper() + subject[1:], unit=units[unit_code],
              assigned_on=completed - dt.timedelta(days=30), words="",
              category=category[0] if category else TaskCategory.TRONG_TAM, completed_on=completed,
              result_document=document, completion_note=note, progress=100, leader=leader)


def _priorities(organisation, units, rows, assigned_on, words, leader, done_on=None):
    """The next period's work programme; `done_on`: when the units completed it (invented, within that period,
    so that a later report does not carry it as overdue)."""
    for unit_code, text in rows:
        if unit_code in units:
            _task(organisation, source=None, text=text, unit=units[unit_code], assigned_on=assigned_on, words=words,
                  category=TaskCategory.TRONG_TAM, leader=leader, completed_on=done_on, progress=100 if done_on else 0)


def _leader(organisation):
    return (Membership.objects.filter(organisation=organisation, unit__code="ban-giam-doc")
            .select_related("user").order_by("id").first())


def _load_ninh_thuan(organisation):
    units = {unit.code: unit for unit in Unit.objects.filter(organisation=organisation)}
    director = _leader(organisation)
    _own_results(organisation, units, SEED_004_RESULTS, director)
    _priorities(organisation, units, SEED_004_PRIORITIES, D(2024, 1, 15), "trong tháng 02/2024", director,
                done_on=D(2024, 2, 27))


def _load_bac_kan(organisation):
    units = {unit.code: unit for unit in Unit.objects.filter(organisation=organisation)}
    director = _leader(organisation)
    label, number, issued_on, summary = BK_2519
    source = _document(organisation, SourceType.QUYET_DINH, number, issued_on, "UBND tỉnh", summary)
    for unit_code, text, words, completed, document, progress_note in SEED_002_PROGRAMME:
        task = _task(organisation, source=source, text=text, unit=units[unit_code], assigned_on=issued_on,
                     words=words, category=TaskCategory.UBND_TINH, completed_on=completed, result_document=document,
                     progress=100 if completed else 40, leader=director)
        if progress_note:
            upsert(ProgressUpdate, {"task": task, "reported_on": D(2023, 9, 10)}, {"note": progress_note, "percent": 40})
    _own_results(organisation, units, SEED_002_RESULTS, director)


@transaction.atomic
def load(stdout=None):
    for code, loader in (("bac-kan", _load_bac_kan), ("ninh-thuan", _load_ninh_thuan)):
        other = Organisation.objects.filter(code=code).first()
        if other is not None:
            loader(other)
    organisation = Organisation.objects.filter(code="quang-tri").first()
    if organisation is None:
        return
    units = {unit.code: unit for unit in Unit.objects.filter(organisation=organisation)}
    units["cac-don-vi"], _ = upsert(
        Unit, {"organisation": organisation, "code": "cac-don-vi"},
        {"name": "Các đơn vị thuộc Sở", "short_name": "Các đơn vị thuộc Sở", "kind": UnitKind.KHAC,
         "display_order": 95, "aliases": "Các phòng, đơn vị thuộc Sở"},
    )
    people = {m.user.username: m for m in Membership.objects.filter(organisation=organisation).select_related("user")}
    director, deputy = people.get("giamdoc"), people.get("phogiamdoc")

    # 1. seed 001: the week-7 briefing of 2025
    briefing, _ = upsert(Briefing, {"organisation": organisation, "year": 2025, "week_number": 7}, {
        "held_on": D(2025, 2, 17), "title": "Hội nghị trực báo", "chair": director,
        "participants": "Ban Giám đốc Sở; Trưởng các phòng, đơn vị thuộc Sở; các đồng chí: Bí thư Chi đoàn; cán bộ Tổ chức",
        "opening": BRIEFING_OPENING,
    })
    notice, _ = upsert(SourceDocument, {"organisation": organisation, "doc_type": SourceType.THONG_BAO_KET_LUAN,
                                        "number": "", "issued_on": D(2025, 2, 17)},
                       {"issuer": "Giám đốc Sở",
                        "summary": "Kết luận của Giám đốc Sở Khoa học và Công nghệ tại Hội nghị trực báo tuần 7 năm 2025"})
    if briefing.notice_id != notice.pk:
        upsert(Briefing, {"pk": briefing.pk}, {"notice": notice})
    for order, (unit_name, text, coordinating) in enumerate(SEED_001_TASKS):
        found = find_deadline(text, reference_date=D(2025, 2, 17))
        unit = units[SEED_001_UNITS[unit_name]]
        coordinating_units = [units[c] for c in coordinating.split(",") if c in units] if "," in coordinating or coordinating in units else []
        done = SEED_001_DONE.get(order)
        task = _task(organisation, source=notice, text=text, unit=unit, assigned_on=D(2025, 2, 17),
                     words=found.text if found else "", category=TaskCategory.GIAM_DOC, briefing=briefing,
                     briefing_order=order + 1, leader=deputy if "Nguyễn Hữu Thắng" in text else director,
                     coordinating_text=coordinating if coordinating and not coordinating_units else "",
                     completed_on=done, progress=100 if done else 0)
        set_m2m(task.coordinating_units, coordinating_units)
    reports = {
        "van-phong": ("Tổng hợp kết quả công tác tuần 6; hoàn thành báo cáo cải cách hành chính.",
                      "Rà soát tiêu chí chấm điểm cải cách hành chính; bố trí phòng làm việc."),
        "qlcn-dmst": ("Hoàn thiện dự thảo Chính sách đột phá về đổi mới công nghệ, đổi mới sáng tạo, chuyển đổi số.",
                      "Chuẩn bị nội dung các cuộc họp ngày 18 và 19/02/2025."),
    }
    for code, (results, plan) in reports.items():
        upsert(BriefingReport, {"briefing": briefing, "unit": units[code]},
               {"last_week_results": results, "next_week_plan": plan})

    # 2. seed 003: the first half of 2023
    for doc_type, number, issued_on, issuer, summary, unit_code, text, assigned, words, done, explanation, extra in (
            SEED_003_TASKS + _plausible_tasks()):
        source = _document(organisation, doc_type, number, issued_on, issuer, summary)
        cancel = extra.get("cancel")
        completed = extra.get("completed_after") or done
        task = _task(organisation, source=source, text=text, unit=units[unit_code], assigned_on=assigned, words=words,
                     category=extra.get("category", TaskCategory.UBND_TINH), item_number=extra.get("item", ""),
                     completed_on=completed, explanation=extra.get("explanation", explanation),
                     progress=100 if completed else 50, leader=deputy if unit_code in ("qlkh", "qlcn-dmst") else director,
                     cancelled_on=cancel[0] if cancel else None, cancel_reason=cancel[1] if cancel else "")
        if "extension" in extra:
            new_due, approved_on = extra["extension"]
            _extension(task, new_due, approved_on, director)
    # 3. the Sở's own tasks with their completion records (seeds 003 and 000)
    for unit_code, completed, note, document, subject in SEED_RESULTS:
        _task(organisation, source=None, text=subject[:1].upper() + subject[1:], unit=units[unit_code],
              assigned_on=completed - dt.timedelta(days=30), words="", category=TaskCategory.TRONG_TAM,
              completed_on=completed, result_document=document, completion_note=note, progress=100, leader=director)
    _own_results(organisation, units, SEED_003_OWN, director)
    _priorities(organisation, units, SEED_000_PRIORITIES, D(2025, 2, 24), "trong tháng 3/2025", director)
    _priorities(organisation, units, SEED_003_PRIORITIES, D(2023, 6, 10), "6 tháng cuối năm 2023", director,
                done_on=D(2023, 12, 20))
    if stdout:
        stdout.write(f"  {AssignedTask.objects.filter(organisation=organisation).count()} nhiệm vụ được giao, "
                     f"{SourceDocument.objects.filter(organisation=organisation).count()} văn bản giao (Quảng Trị)")


__all__ = ["load"]
