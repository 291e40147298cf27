"""Hand-built selector outputs (the shapes of directives/sciencetasks/registers selectors), for fast tests."""
from reports.assembly import ReportData


def seed_data() -> ReportData:
    """Seed 003's Phụ lục IV, seed 002's S&T figures and seed 004's measurement figures in one period."""
    return ReportData(
        directives={
            "assigned": 58, "completed": 45, "completed_late": 3, "overdue_not_completed": 0, "in_progress": 13,
            "cancelled": 0,
            "by_category": {
                "van_ban": {"label": "Nhiệm vụ giao tại các Quyết định, Kế hoạch, Công văn...", "assigned": 58,
                            "completed": 45, "completed_late": 3, "overdue_not_completed": 0, "in_progress": 13},
                "ket_luan": {"label": "Nhiệm vụ giao tại các Thông báo kết luận", "assigned": 0, "completed": 0,
                             "completed_late": 0, "overdue_not_completed": 0, "in_progress": 0},
            },
            "details": {
                "completed_late": [
                    {"source": "Công văn số 1490/UBND-TH ngày 06/4/2023",
                     "text": "V/v tham gia ý kiến đối với dự thảo Báo cáo đánh giá giữa nhiệm kỳ",
                     "deadline": "10/04/2023", "completed_on": "11/04/2023",
                     "explanation": "Phần mềm theo dõi vận hành chưa thông suốt.", "url": "/directives/1/"},
                    {"source": "Kế hoạch số 228/KH-UBND ngày 26/12/2022",
                     "text": "Kế hoạch kiểm tra, xử lý văn bản QPPL năm 2023", "deadline": "14/01/2023",
                     "completed_on": "31/01/2023", "explanation": "", "url": "/directives/2/"},
                    {"source": "Công văn số 6496/UBND-KGVX ngày 20/12/2022", "text": "V/v rà soát, báo cáo",
                     "deadline": "21/12/2022", "completed_on": "22/12/2022", "explanation": "", "url": ""},
                ],
                "overdue_not_completed": [],
            },
        },
        science={
            "managed": 40, "carried_over": 31, "new": 9,
            "by_level": {"tinh": 31, "nong_thon_mien_nui": 6, "quoc_gia": 2, "tai_san_tri_tue": 1},
            "accepted": 4, "accepted_by_grade": {"kha": 4}, "extended": 2, "stopped": 1, "registered": 6,
            "inspections": 25, "proposals_next_year": 75,
            "proposals_next_year_by_field": {"nong_nghiep": 30, "ky_thuat_cong_nghe": 20, "y_duoc": 12, "xa_hoi": 13},
            "selected_next_year": 10,
            "details": {"registered": [{"short_name": "Cam sành"}, {"short_name": "Hoài Sơn, Địa Hoàng"}]},
        },
        registers={
            "instruments_verified": 147, "instruments_passed": 134, "instruments_failed": 13,
            "instrument_facilities": 41, "samples_tested": 92, "samples_by_kind": {"water": 51, "food": 41},
            "radiation_licences_issued": 3, "radiation_licences_renewed": 6, "radiation_certificates": 3,
            "conformity_declarations": 3, "conformity_products": 3, "standards_added": 147, "standards_total": 1007,
            "tthc_received": 46, "tthc_resolved": 43, "tthc_on_time": 40, "tthc_early": 0, "tthc_late": 0,
            "tthc_returned": 3, "inspections_conducted": 2, "inspections_concluded": 2, "inspection_subjects": 5,
            "amount_recovered": 45998409, "technology_opinions": 3, "ip_cases_guided": 3,
        },
        register_details={"technology_opinions": [{"project": "Nhà máy chế biến Thảo dược"},
                                                  {"project": "Thủy điện tích năng Phước Hòa"},
                                                  {"project": "Nhà máy BIOVALLEY"}]},
        upcoming=[{"text": "Trình UBND tỉnh dự thảo Quy chế quản lý nhiệm vụ KH&CN", "unit": "Phòng QLKH",
                   "deadline": "15/03/2025"}],
        sources={"directives": True, "sciencetasks": True, "registers": True},
    )


def empty_data() -> ReportData:
    return ReportData(directives={"assigned": 0, "completed": 0, "completed_late": 0, "overdue_not_completed": 0,
                                  "in_progress": 0, "by_category": {}, "details": {}},
                      science={"managed": 0, "carried_over": 0, "new": 0}, registers={},
                      sources={"directives": True, "sciencetasks": True, "registers": True})
