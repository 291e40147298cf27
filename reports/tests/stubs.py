"""Hand-built figures (the typed results of directives/sciencetasks/registers `figures.py`), for fast tests."""
from directives.figures import DirectiveFigures, TaskCounts, TaskRow
from registers.figures import RegisterFigures
from reports.assembly import ReportData
from sciencetasks.figures import NamedTask, ScienceFigures


def seed_data() -> ReportData:
    """Seed 003's Phụ lục IV, seed 002's S&T figures and seed 004's measurement figures in one period."""
    return ReportData(
        directives=DirectiveFigures(
            totals=TaskCounts(assigned=58, completed=45, completed_late=3, overdue_not_completed=0, in_progress=13),
            by_category={"van_ban": TaskCounts(assigned=58, completed=45, completed_late=3, in_progress=13),
                         "ket_luan": TaskCounts()},
            completed_late=(
                TaskRow(source="Công văn số 1490/UBND-TH ngày 06/4/2023",
                        text="V/v tham gia ý kiến đối với dự thảo Báo cáo đánh giá giữa nhiệm kỳ",
                        deadline="10/04/2023", completed_on="11/04/2023",
                        explanation="Phần mềm theo dõi vận hành chưa thông suốt.", url="/directives/1/"),
                TaskRow(source="Kế hoạch số 228/KH-UBND ngày 26/12/2022",
                        text="Kế hoạch kiểm tra, xử lý văn bản QPPL năm 2023", deadline="14/01/2023",
                        completed_on="31/01/2023", url="/directives/2/"),
                TaskRow(source="Công văn số 6496/UBND-KGVX ngày 20/12/2022", text="V/v rà soát, báo cáo",
                        deadline="21/12/2022", completed_on="22/12/2022"),
            ),
            upcoming=(TaskRow(text="Trình UBND tỉnh dự thảo Quy chế quản lý nhiệm vụ KH&CN", unit="Phòng QLKH",
                              deadline="15/03/2025"),),
        ),
        science=ScienceFigures(
            year=2023, managed=40, carried_over=31, new=9,
            by_level={"Cấp tỉnh": 31, "Chương trình nông thôn miền núi": 6, "Cấp quốc gia": 2,
                      "Chương trình phát triển tài sản trí tuệ": 1},
            accepted=4, accepted_by_grade={"Khá": 4}, extended=2, stopped=1, registered=6, inspections=25,
            proposals_next_year=75,
            proposals_next_year_by_field={"Khoa học nông nghiệp": 30, "Khoa học kỹ thuật và công nghệ": 20,
                                          "Khoa học y, dược": 12, "Khoa học xã hội": 13},
            selected_next_year=10,
            registered_tasks=(NamedTask(short_name="Cam sành"), NamedTask(short_name="Hoài Sơn, Địa Hoàng")),
        ),
        registers=RegisterFigures(
            instruments_verified=147, instruments_passed=134, instruments_failed=13, instrument_facilities=41,
            samples_tested=92, samples_by_kind={"Nước và nước thải": 51, "Thực phẩm": 41},
            radiation_licences_issued=3, radiation_licences_renewed=6, radiation_certificates=3,
            conformity_declarations=3, conformity_products=3, standards_added=147, standards_total=1007,
            tthc_received=46, tthc_resolved=43, tthc_on_time=40, tthc_early=0, tthc_late=0, tthc_returned=3,
            inspections_conducted=2, inspections_concluded=2, inspection_subjects=5, amount_recovered=45998409,
            technology_opinions=3, ip_cases_guided=3,
            technology_opinion_projects=("Nhà máy chế biến Thảo dược", "Thủy điện tích năng Phước Hòa",
                                         "Nhà máy BIOVALLEY"),
        ),
    )


def empty_data() -> ReportData:
    return ReportData(directives=DirectiveFigures(), science=ScienceFigures(), registers=RegisterFigures())
