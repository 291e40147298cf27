"""Demo report rules from the seeds (idempotent): period rule, Nơi nhận, signer of each demo organisation.

Quảng Trị's 6-month report (seed 003, for the HĐND session) counts the statistical cut-off 15/12/2022–14/06/2023; Ninh Thuận's
monthly report (seed 004) uses the statistical cut-off 15th → 14th; Bắc Kạn's 9-month report (seed 002).
"""
from core.models import Organisation
from core.seeding import upsert

from .choices import PeriodRule, ReportKind

RULES = {
    "quang-tri": [
        (ReportKind.HALF_YEAR, PeriodRule.STATISTICAL, "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC", "Nguyễn Hữu Thắng",
         ["Sở Kế hoạch và Đầu tư", "Cục Thống kê", "Giám đốc, các PGĐ Sở", "Lưu: VT, VP"], ""),
        (ReportKind.MONTHLY, PeriodRule.CALENDAR, "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC", "Nguyễn Hữu Thắng",
         ["UBND tỉnh", "Sở Kế hoạch và Đầu tư", "GĐ, các PGĐ Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP"], ""),
    ],
    "bac-kan": [
        (ReportKind.NINE_MONTHS, PeriodRule.STATISTICAL, "GIÁM ĐỐC", "Nguyễn Đình Điệp",
         ["Như trên", "Bộ KH&CN (b/c)", "UBND tỉnh (b/c)", "Ban GĐ Sở", "Các ĐV Khối VHXH", "Các phòng, đơn vị",
          "Lưu: VT"], "Kính gửi: Sở Kế hoạch và Đầu tư."),
    ],
    "ninh-thuan": [
        (ReportKind.MONTHLY, PeriodRule.STATISTICAL, "GIÁM ĐỐC", "Lê Tiến Dũng",
         ["VP UBND tỉnh", "VP HĐND tỉnh", "Sở KH&ĐT", "Cục Thống kê", "GĐ, các PGĐ Sở", "Các phòng, đơn vị",
          "Lưu: VT, VP"], ""),
    ],
}


def load(stdout=None):
    from .models import ReportRule

    written = 0
    for code, rules in RULES.items():
        organisation = Organisation.objects.filter(code=code).first()
        if organisation is None:
            continue
        for kind, period_rule, authority, signer, recipients, addressee in rules:
            _, created = upsert(ReportRule, {"organisation": organisation, "kind": kind}, {
                "period_rule": period_rule, "signer_authority": authority, "signer_name": signer,
                "recipients": "\n".join(recipients), "symbol": f"BC-{organisation.symbol}", "addressee": addressee,
            })
            written += created
    if stdout:
        stdout.write(f"  báo cáo: {written} cấu hình loại báo cáo mới")
    load_outlines(stdout)


# The demo organisations' outlines, written as their editors would on the "Đề cương báo cáo" screen: the headings of
# their own reports (seeds 000 and 003 for Quảng Trị, 002 for Bắc Kạn, 004 for Ninh Thuận); the content under each
# heading comes from the records.
OUTLINES = {
    ("quang-tri", ReportKind.MONTHLY): {
        "title": "Kết quả công tác tháng {tháng} và kế hoạch tháng {tháng sau} năm {năm sau}",
        "lines": """
I. KẾT QUẢ CÔNG TÁC THÁNG {tháng} NĂM {năm}
1. Công tác tham mưu, tổng hợp | Kết quả tham mưu
2. Công tác quản lý các hoạt động KH&CN
2.1. Công tác quản lý KH&CN cấp tỉnh và cấp cơ sở | Nhiệm vụ KH&CN
2.2. Công tác quản lý nhà nước về công nghệ, sở hữu trí tuệ, an toàn bức xạ hạt nhân và khởi nghiệp đổi mới sáng tạo | Công nghệ, sở hữu trí tuệ, an toàn bức xạ
2.3. Công tác quản lý nhà nước về tiêu chuẩn đo lường chất lượng | Tiêu chuẩn đo lường chất lượng
2.4. Công tác thanh tra | Thanh tra
3. Hoạt động của các đơn vị sự nghiệp
3.1. Trung tâm Nghiên cứu, Chuyển giao công nghệ và Đổi mới sáng tạo | Đơn vị sự nghiệp | tt-nccgcn
3.2. Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng | Đơn vị sự nghiệp | tt-ktdc
II. NHIỆM VỤ TRỌNG TÂM THÁNG {tháng sau} NĂM {năm sau} | Phương hướng kỳ tới
""",
    },
    ("quang-tri", ReportKind.HALF_YEAR): {
        "title": "Kết quả hoạt động KH&CN 6 tháng đầu năm\nvà nhiệm vụ, giải pháp 6 tháng cuối năm {năm}",
        "lines": """
I. KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ {KỲ}
1. Công tác tham mưu Tỉnh ủy, UBND ban hành và triển khai các văn bản chỉ đạo, quản lý KH&CN trên địa bàn tỉnh | Kết quả tham mưu
2. Công tác nghiên cứu ứng dụng, đổi mới công nghệ trong doanh nghiệp, chuyển giao tiến bộ KH&CN vào thực tiễn sản xuất | Nhiệm vụ KH&CN
3. Công tác triển khai thực hiện Chương trình phát triển tài sản trí tuệ đến năm 2030 | Công nghệ, sở hữu trí tuệ, an toàn bức xạ
4. Công tác quản lý công nghệ và thị trường công nghệ, hỗ trợ phát triển doanh nghiệp KH&CN, phát triển thị trường KH&CN; hỗ trợ khởi nghiệp đổi mới sáng tạo | Đơn vị tự viết | qlcn-dmst
5. Công tác hỗ trợ doanh nghiệp nâng cao năng suất chất lượng dựa nền tảng khoa học, công nghệ và đổi mới sáng tạo | Tiêu chuẩn đo lường chất lượng
II. ĐÁNH GIÁ CHUNG | Đánh giá chung
III. PHƯƠNG HƯỚNG, NHIỆM VỤ {KỲ SAU} | Phương hướng kỳ tới
Phụ lục III | Phụ lục III: nhiệm vụ trong chương trình công tác của UBND tỉnh
Phụ lục IV | Phụ lục IV: nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao
""",
    },
    ("bac-kan", ReportKind.NINE_MONTHS): {
        "numbering": "upper,roman,arabic,lower",
        "title": "Kết quả thực hiện Quyết định số 2519/QĐ-UBND ngày 23/12/2022 của UBND tỉnh, Nghị quyết số 11/NQ-CP "
                 "của Chính phủ và tình hình kinh tế - xã hội {kỳ} của Sở Khoa học và Công nghệ",
        "opening": "Thực hiện Thông tư số 13/2021/TT-BKHCHN ngày 30/12/2021 của Bộ Khoa học và Công nghệ quy định chế "
                   "độ báo cáo định kỳ thuộc phạm vi quản lý nhà nước của Bộ Khoa học và Công nghệ; Quyết định số "
                   "19/2019/QĐ-UBND ngày 14/10/2019 của UBND tỉnh Bắc Kạn về việc ban hành quy định chế độ báo cáo "
                   "định kỳ thực hiện trên địa bàn tỉnh.\nSở Khoa học và Công nghệ báo cáo kết quả thực hiện Quyết định "
                   "số 2519/QĐ-UBND ngày 23/12/2022 của UBND tỉnh, Nghị quyết số 11/NQ-CP của Chính phủ và tình hình "
                   "kinh tế - xã hội {kỳ} như sau:",
        "lines": """
A. KẾT QUẢ THỰC HIỆN
I. Kết quả thực hiện các nhiệm vụ tại Quyết định số 2519/QĐ-UBND ngày 23/12/2022 của UBND tỉnh ban hành Chương trình hành động thực hiện Kế hoạch phát triển KTXH, đảm bảo quốc phòng - an ninh năm 2023 | Bảng nhiệm vụ UBND tỉnh giao: nội dung, tiến độ, kết quả
II. Kết quả thực hiện Nghị quyết số 11/NQ-CP của Chính phủ | Đơn vị tự viết | van-phong
III. Kết quả thực hiện nhiệm vụ {kỳ}
1. Tham mưu xây dựng cơ chế, chính sách | Kết quả tham mưu
2. Công tác quản lý khoa học | Nhiệm vụ KH&CN
3. Công tác quản lý công nghệ và chuyên ngành | Công nghệ, sở hữu trí tuệ, an toàn bức xạ
4. Công tác tiêu chuẩn đo lường chất lượng | Tiêu chuẩn đo lường chất lượng
5. Công tác thanh tra | Thanh tra
6. Công tác Văn phòng | Văn phòng, thủ tục hành chính
7. Công tác ứng dụng KH-CN và Tiêu chuẩn đo lường chất lượng | Đơn vị sự nghiệp
B. ĐÁNH GIÁ CHUNG | Đánh giá chung
C. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM {năm} | Phương hướng kỳ tới
1. Quản lý khoa học | Đơn vị tự viết | qlkh
2. Quản lý công nghệ và chuyên ngành | Đơn vị tự viết | qlcn
3. Công tác thanh tra | Đơn vị tự viết | thanh-tra
4. Quản lý tiêu chuẩn - đo lường - chất lượng | Đơn vị tự viết | chi-cuc-tdc
5. Công tác văn phòng, kế hoạch tài chính | Đơn vị tự viết | van-phong
6. Công tác ứng dụng KH-CN và Tiêu chuẩn Đo lường Chất lượng | Đơn vị tự viết | tt-ud
Phụ lục IV | Phụ lục IV: nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao
""",
    },
    ("ninh-thuan", ReportKind.MONTHLY): {
        "title": "Kết quả hoạt động khoa học và công nghệ tháng {mm}/{năm}, phương hướng nhiệm vụ tháng "
                 "{mm sau}/{năm sau}",
        "lines": """
I. KẾT QUẢ HOẠT ĐỘNG KH&CN THÁNG {mm}/{năm}
1. Triển khai thực hiện nhiệm vụ trọng tâm do UBND tỉnh giao: | Nhiệm vụ UBND tỉnh giao
2. Triển khai thực hiện nhiệm vụ trọng tâm do Sở xác lập: | Nhiệm vụ do Sở giao
3. Các nhiệm vụ theo lĩnh vực quản lý:
3.1. Hoạt động nghiên cứu khoa học; ứng dụng, chuyển giao, nhân rộng kết quả khoa học và công nghệ: | Nhiệm vụ KH&CN
3.2. Hoạt động Quản lý công nghệ và chuyên ngành: | Công nghệ, sở hữu trí tuệ, an toàn bức xạ
3.3. Hoạt động hỗ trợ doanh nghiệp, tổ chức, cá nhân trong hoạt động KH, CN & ĐMST: | Kết quả tham mưu
3.4. Hoạt động thông tin, thống kê khoa học và công nghệ: | Đơn vị tự viết | tt-ud
3.5. Hoạt động thanh tra, kiểm tra; giải quyết khiếu nại, tố cáo: | Thanh tra
3.6. Hoạt động tiêu chuẩn đo lường chất lượng: | Tiêu chuẩn đo lường chất lượng
3.7. Hoạt của đơn vị sự nghiệp công lập: | Đơn vị sự nghiệp
3.8. Công tác cải cách hành chính: | Văn phòng, thủ tục hành chính
II. ĐÁNH GIÁ CHUNG | Đánh giá chung
III. PHƯƠNG HƯỚNG NHIỆM VỤ TRỌNG TÂM THÁNG {mm sau}/{năm sau} | Phương hướng kỳ tới
""",
    },
}


def load_outlines(stdout=None):
    """The demo organisations' outlines (idempotent: an organisation that already has one keeps it)."""
    from .assembly.outline import draft_from_lines
    from .services.outlines import current_outline, install_default, unit_lookup

    written = 0
    for (code, kind), spec in OUTLINES.items():
        organisation = Organisation.objects.filter(code=code).first()
        if organisation is None or current_outline(organisation, kind) is not None:
            continue
        draft = draft_from_lines(spec["title"], spec["lines"], numbering=spec.get("numbering", "roman,arabic,dotted,dotted"),
                                 opening=spec.get("opening", ""), closing=spec.get("closing", ""),
                                 unit_codes=unit_lookup(organisation)[0])
        install_default(organisation, kind, draft, note="Đề cương theo báo cáo của Sở")
        written += 1
    if stdout:
        stdout.write(f"  báo cáo: {written} đề cương báo cáo mới")

