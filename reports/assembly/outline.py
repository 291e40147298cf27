"""The outline of a report: its sections in the order of the seeds, each with the unit codes that usually own it
(first match wins) and the report section key the units' recorded activities go to."""

SECTION_SPECS = [
    ("tham_muu", "Công tác tham mưu, xây dựng cơ chế, chính sách", ["van-phong"]),
    ("khoa_hoc", "Công tác quản lý khoa học", ["qlkh"]),
    ("cong_nghe", "Công tác quản lý công nghệ, sở hữu trí tuệ, an toàn bức xạ và đổi mới sáng tạo",
     ["qlcn-dmst", "qlcn"]),
    ("tdc", "Công tác quản lý tiêu chuẩn, đo lường, chất lượng", ["tdc", "chi-cuc-tdc"]),
    ("thanh_tra", "Công tác thanh tra, giải quyết khiếu nại, tố cáo", ["thanh-tra"]),
    ("van_phong", "Công tác văn phòng, cải cách hành chính và thủ tục hành chính", ["van-phong"]),
    ("don_vi", "Hoạt động của các đơn vị sự nghiệp công lập", ["tt-ktdc", "tt-nccgcn", "tt-ud"]),
    ("nhiem_vu_ubnd", "Kết quả thực hiện các nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao", ["van-phong"]),
]
ROMAN = ["I", "II", "III", "IV", "V", "VI"]

# the field of work of a work-log entry (worklog.WorkKind, by its unit when any unit does that kind) → the report
# section that prints it
ACTIVITY_SECTIONS = {"science": "khoa_hoc", "technology": "cong_nghe", "standards": "tdc", "inspection": "thanh_tra",
                     "office": "van_phong", "general": "tham_muu"}
PUBLIC_UNIT_ACTIVITY_SECTIONS = ("public_service", "information", "other", "")
KIND_FIELDS = {"council": "science", "technology_appraisal": "technology", "licensing": "technology",
               "ip_innovation": "technology", "inspection": "inspection", "communication": "information",
               "statistics": "information", "public_service": "public_service", "administration": "office"}
# advice, checks, training, events, cooperation… belong to the field of the unit that did them
UNIT_FIELDS = {"van-phong": "general", "qlkh": "science", "qlcn-dmst": "technology", "qlcn": "technology",
               "tdc": "standards", "chi-cuc-tdc": "standards", "thanh-tra": "inspection"}


def activity_field(row) -> str:
    """The field of work a work-log row belongs to ("science", "information"…; "other" for a centre's own work)."""
    return KIND_FIELDS.get(row.kind) or UNIT_FIELDS.get(row.unit_code, "other")
