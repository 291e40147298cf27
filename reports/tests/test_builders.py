"""The section builders' general rules, from small hand-built figures (not the demo): what the records hold
reaches the prose, merged, counted as the seeds count ("02" under ten) and never invented."""
from core.documents.layout import blocks_text
from registers.figures import IPCaseRow, LicenceRow, RegisterFigures, VerificationLine
from reports.assembly import ReportData
from reports.assembly.content import _public_units, _standards, _technology
from reports.assembly.prose import Figures


def _text(blocks) -> str:
    return blocks_text(blocks)


def _line(activity, instrument, counted, quantity, description="Dịch vụ TĐC"):
    return VerificationLine(activity=activity, instrument=instrument, counted=counted, quantity=quantity,
                            description=description)


def test_instruments_of_several_types_are_itemised_per_activity_and_batch():
    registers = RegisterFigures(instruments_verified=3665, verification_lines=(
        _line("Kiểm định", "Cân", "chiếc cân", 68),
        _line("Kiểm định", "Cột đo xăng dầu", "cột xăng dầu", 140),
        _line("Kiểm định đối chứng", "Công tơ điện", "chiếc công tơ điện", 1152),
        _line("Kiểm định", "Công tơ điện", "chiếc công tơ điện", 2300),
        _line("Kiểm định", "Pipet", "chiếc pipet", 5, description="Phối hợp kiểm định tại bệnh viện"),
    ))
    text = _text(_public_units(ReportData(registers=registers), Figures()))
    assert ("- Dịch vụ TĐC: kiểm định 68 chiếc cân; kiểm định 140 cột xăng dầu; kiểm định đối chứng 1.152 chiếc "
            "công tơ điện; kiểm định 2.300 chiếc công tơ điện.") in text
    assert "- Phối hợp kiểm định tại bệnh viện: kiểm định 05 chiếc pipet." in text
    # the two electricity-meter activities are not summed into one invented figure
    assert "3.452" not in text


def test_a_single_instrument_line_does_not_repeat_the_total():
    registers = RegisterFigures(instruments_verified=51, verification_lines=(
        _line("Kiểm định", "Phương tiện đo khác (các loại)", "phương tiện đo", 51),))
    text = _text(_public_units(ReportData(registers=registers), Figures()))
    assert text.count("51") == 1


def test_no_facility_count_unless_the_records_give_one():
    without = _text(_public_units(ReportData(registers=RegisterFigures(instruments_verified=51)), Figures()))
    assert "cơ sở" not in without
    given = _text(_public_units(ReportData(registers=RegisterFigures(instruments_verified=147,
                                                                     instrument_facilities=41)), Figures()))
    assert "147 phương tiện đo các loại của 41 cơ sở" in given


def test_ip_cases_of_several_kinds_are_counted_by_applicant_and_purpose():
    cases = (
        IPCaseRow(enterprise="Hợp tác xã A", kind="Chỉ dẫn địa lý", support="Hướng dẫn đăng ký sử dụng",
                  subject="Miến dong"),
        IPCaseRow(enterprise="Hợp tác xã B", kind="Chỉ dẫn địa lý", support="Hướng dẫn đăng ký sử dụng",
                  subject="Miến dong"),
        IPCaseRow(enterprise="Cơ sở sản xuất C", kind="Nhãn hiệu", support="Hướng dẫn hồ sơ", subject="Chè C"),
    )
    text = _text(_technology(ReportData(registers=RegisterFigures(ip_cases_guided=3, ip_cases=cases)), Figures()))
    assert ("cho 03 trường hợp: 02 hợp tác xã đăng ký sử dụng chỉ dẫn địa lý Miến dong; 01 cơ sở đăng ký bảo hộ "
            "nhãn hiệu Chè C.") in text


def test_ip_transfer_is_named_once():
    cases = (IPCaseRow(enterprise="Công ty A", kind="Nhãn hiệu"),
             IPCaseRow(enterprise="Công ty B", kind="Nhãn hiệu", transfer_party="Công ty D"))
    text = _text(_technology(ReportData(registers=RegisterFigures(ip_cases_guided=2, ip_cases=cases)), Figures()))
    assert "Hướng dẫn hồ sơ đăng ký nhãn hiệu cho 02 trường hợp (có 01 trường hợp chuyển nhượng đơn: Công ty D)." in text


def test_new_radiation_licences_name_how_many_facilities_hold_them():
    licences = (LicenceRow(facility="Phòng khám A", kind="Cấp mới"), LicenceRow(facility="Phòng khám A", kind="Cấp mới"),
                LicenceRow(facility="Bệnh viện B", kind="Gia hạn"))
    registers = RegisterFigures(radiation_licences_issued=2, radiation_licences_renewed=1, radiation_licences=licences)
    text = _text(_technology(ReportData(registers=registers), Figures()))
    assert "cấp 02 giấy phép tiến hành công việc bức xạ cho 01 cơ sở" in text


def test_barcode_guidance_counts_facilities():
    text = _text(_standards(ReportData(registers=RegisterFigures(barcode_registrations=6)), Figures()))
    assert "- Hướng dẫn 06 cơ sở xin cấp mới, cấp lại giấy chứng nhận và đăng ký sử dụng mã số mã vạch." in text


def test_a_completion_with_a_result_document_writes_its_result_line():
    import datetime as dt

    from directives.figures import DirectiveFigures, ResultLine
    from reports.assembly.content import _results

    results = (
        ResultLine(note="Tham mưu UBND tỉnh ban hành", result_document="Quyết định số 12/QĐ-UBND ngày 03/04/2031",
                   text="Quy chế quản lý nhiệm vụ KH&CN cấp tỉnh", completed_on=dt.date(2031, 4, 3)),
        # no action in the unit's words: the task's own words, the document in brackets
        ResultLine(note="", result_document="Công văn số 45/SKHCN-VP ngày 05/04/2031",
                   text="Cung cấp thông tin phục vụ giám sát", completed_on=dt.date(2031, 4, 5)),
        ResultLine(note="Tham mưu UBND tỉnh ban hành", result_document="Quyết định số 12/QĐ-UBND ngày 03/04/2031",
                   text="Quy chế quản lý nhiệm vụ KH&CN cấp tỉnh", completed_on=dt.date(2031, 4, 3)),
    )
    text = _text(_results(ReportData(directives=DirectiveFigures(results=results))))
    assert text.splitlines() == [
        "- Tham mưu UBND tỉnh ban hành Quyết định số 12/QĐ-UBND ngày 03/04/2031 quy chế quản lý nhiệm vụ KH&CN cấp tỉnh.",
        "- Cung cấp thông tin phục vụ giám sát (Công văn số 45/SKHCN-VP ngày 05/04/2031).",
    ]


def test_the_direction_lists_the_own_programme_first_each_task_once():
    from directives.figures import DirectiveFigures, TaskRow
    from reports.assembly.content import _direction
    from reports.periods import compute_period

    upcoming = (
        TaskRow(text="V/v báo cáo tình hình sử dụng chữ ký số", task_category="ubnd_tinh", deadline="20/07/2031"),
        TaskRow(text="Tổ chức Cuộc thi khởi nghiệp năm 2031", task_category="trong_tam", deadline="30/09/2031",
                deadline_text="trong quý III/2031"),
        TaskRow(text="Tổ chức Cuộc thi khởi nghiệp năm 2031", task_category="trong_tam", deadline="30/09/2031"),
    )
    period = compute_period("6thang", "calendar", year=2031)
    lines = _text(_direction(period, ReportData(directives=DirectiveFigures(upcoming=upcoming)))).splitlines()
    assert lines == ["- Tổ chức Cuộc thi khởi nghiệp năm 2031 (hoàn thành trong quý III/2031).",
                     "- Báo cáo tình hình sử dụng chữ ký số (thời hạn 20/07/2031)."]


def test_the_direction_adds_the_units_planned_work_once_after_the_tasks():
    from directives.figures import DirectiveFigures, TaskRow
    from reports.assembly.content import _direction
    from reports.periods import compute_period
    from worklog.figures import WorkLogFigures, WorkLogRow

    planned = (WorkLogRow(kind="other", text="Xuất bản Nông lịch năm 2032", planned=True),
               WorkLogRow(kind="other", text="Tổ chức Cuộc thi khởi nghiệp năm 2031", planned=True),
               WorkLogRow(kind="other", text="Xuất bản Nông lịch năm 2032.", planned=True))
    data = ReportData(directives=DirectiveFigures(upcoming=(
        TaskRow(text="Tổ chức Cuộc thi khởi nghiệp năm 2031", task_category="trong_tam"),)),
        worklog=WorkLogFigures(planned=planned))
    period = compute_period("9thang", "calendar", year=2031)
    assert _text(_direction(period, data)).splitlines() == [
        "- Tổ chức Cuộc thi khởi nghiệp năm 2031.", "- Xuất bản Nông lịch năm 2032."]


def test_few_councils_are_named_and_three_of_one_kind_share_one_line_with_the_count():
    from reports.assembly.content import _science
    from reports.periods import compute_period
    from sciencetasks.figures import CouncilRow, ScienceFigures

    acceptance = "Hội đồng tư vấn đánh giá, nghiệm thu"
    rows = (
        CouncilRow(name="Hội đồng KH&CN kiểm tra định kỳ nhiệm vụ Xã thông minh", kind="other", kind_label="Hội đồng khác"),
        CouncilRow(name="HĐ 1", kind="acceptance", kind_label=acceptance, tasks=("Nhiệm vụ A",)),
        CouncilRow(name="HĐ 2", kind="acceptance", kind_label=acceptance, tasks=("Nhiệm vụ B",)),
        CouncilRow(name="HĐ 3", kind="acceptance", kind_label=acceptance, tasks=("Nhiệm vụ C",)),
    )
    science = ScienceFigures(year=2031, councils=4, councils_by_kind={"Hội đồng khác": 1, acceptance: 3},
                             council_rows=rows)
    period = compute_period("thang", "calendar", year=2031, month=3)
    lines = _text(_science(period, ReportData(science=science), Figures())).splitlines()
    assert "- Tổ chức Hội đồng KH&CN kiểm tra định kỳ nhiệm vụ Xã thông minh." in lines
    assert "- Tổ chức 03 Hội đồng tư vấn đánh giá, nghiệm thu các nhiệm vụ: Nhiệm vụ A; Nhiệm vụ B; Nhiệm vụ C." in lines
    # many councils, or a longer period, are counted by kind instead (seed 002's "25 cuộc họp Hội đồng KH&CN (…)")
    many = ScienceFigures(year=2031, councils=25, councils_by_kind={acceptance: 25}, council_rows=rows * 6 + rows[:1])
    text = _text(_science(period, ReportData(science=many), Figures()))
    assert "Tổ chức 25 cuộc họp Hội đồng KH&CN" in text and "HĐ 1" not in text
    year = compute_period("nam", "calendar", year=2031)
    text = _text(_science(year, ReportData(science=science), Figures()))
    assert "Tổ chức 04 cuộc họp Hội đồng KH&CN (01 cuộc họp Hội đồng khác; 03 cuộc họp Hội đồng tư vấn đánh giá, nghiệm thu)." in text


def test_conformity_names_single_products_and_counts_named_enterprises():
    from registers.figures import ConformityRow

    rows = (ConformityRow(enterprise="", product="Cửa đi bằng kim loại", kind="Công bố hợp chuẩn"),
            ConformityRow(enterprise="", product="Đá dăm", kind="Công bố hợp chuẩn"),
            ConformityRow(enterprise="", product="Đá dăm", kind="Công bố hợp chuẩn"))
    text = _text(_standards(ReportData(registers=RegisterFigures(
        conformity_declarations=3, conformity_products=3, conformity_rows=rows)), Figures()))
    assert "03 hồ sơ công bố hợp chuẩn của 03 sản phẩm là cửa đi bằng kim loại, đá dăm." in text
    one = (ConformityRow(enterprise="Công ty Thép", product="Thép xây dựng", kind="Công bố hợp chuẩn"),)
    text = _text(_standards(ReportData(registers=RegisterFigures(
        conformity_declarations=1, conformity_products=4, conformity_rows=one)), Figures()))
    assert "01 hồ sơ công bố hợp chuẩn của 04 sản phẩm của 01 doanh nghiệp." in text


def test_samples_of_no_particular_kind_are_of_all_kinds():
    text = _text(_public_units(ReportData(registers=RegisterFigures(
        samples_tested=44, samples_by_kind={"Khác (các loại)": 44})), Figures()))
    assert "- Thu và phân tích 44 mẫu các loại." in text


def test_state_checks_are_itemised_with_the_establishments_they_covered():
    from registers.figures import ComplianceRow
    from reports.assembly.content import _standards

    rows = (ComplianceRow(topic="Kiểm tra đồng hồ đo nước tại các đơn vị cấp nước", domain="measurement",
                          establishments=2),
            ComplianceRow(topic="Kiểm tra nhãn hàng hóa tại các cơ sở sản xuất", domain="labelling", establishments=12),
            ComplianceRow(topic="Kiểm tra chất lượng xăng", domain="quality", establishments=8))
    text = _text(_standards(ReportData(registers=RegisterFigures(
        measurement_checks=1, quality_checks=2, compliance_checks=rows)), Figures()))
    assert text.splitlines() == [
        "- Hoàn thành 01 cuộc kiểm tra nhà nước về đo lường, cụ thể:",
        "+ Kiểm tra đồng hồ đo nước tại 02 đơn vị cấp nước.",
        "- Triển khai 02 cuộc kiểm tra về chất lượng, nhãn hàng hóa trên địa bàn tỉnh, cụ thể:",
        "+ Kiểm tra nhãn hàng hóa tại 12 cơ sở sản xuất.",
        "+ Kiểm tra chất lượng xăng (08 cơ sở).",
    ]


def test_opinions_in_the_words_of_their_kind():
    appraisal = RegisterFigures(technology_opinions=5, technology_opinion_kinds=("Thẩm định công nghệ",) * 5)
    assert "- Tham gia ý kiến thẩm định công nghệ 05 dự án đầu tư." in _text(
        _technology(ReportData(registers=appraisal), Figures()))
    mixed = RegisterFigures(technology_opinions=2, technology_opinion_kinds=("Thẩm định công nghệ", "Tham gia ý kiến"))
    assert "- Tham gia ý kiến về 02 dự án có liên quan đến lĩnh vực công nghệ trên địa bàn tỉnh." in _text(
        _technology(ReportData(registers=mixed), Figures()))


def test_dossiers_awaiting_supplements_are_kept_and_inspections_say_whom_they_covered():
    from registers.figures import InspectionRow
    from reports.assembly.content import _inspection, _office
    from worklog.figures import WorkLogFigures, WorkLogRow

    office = RegisterFigures(tthc_received=46, tthc_resolved=40, tthc_on_time=40, tthc_pending=2,
                             tthc_awaiting_supplement=1, tthc_returned=3)
    assert "; 02 hồ sơ đang giải quyết; 01 hồ sơ chờ bổ sung; 03 hồ sơ trả lại." in _text(
        _office(ReportData(registers=office), Figures()))
    inspections = (InspectionRow(topic="A", concluded=True, kind="Thanh tra chuyên ngành", field="Đo lường",
                                 subjects="01 tổ chức"),
                   InspectionRow(topic="B", concluded=True, kind="Thanh tra chuyên ngành", field="Nhiệm vụ KH&CN",
                                 subjects="04 đơn vị"))
    registers = RegisterFigures(inspections_conducted=2, inspections_concluded=2, inspection_subjects=5,
                                inspections=inspections)
    # a unit's inspection entry that is not about petitions leaves the petitions sentence in place
    worklog = WorkLogFigures(entries=(WorkLogRow(kind="inspection", text="Phối hợp kiểm tra thị trường Tết",
                                                 unit_code="thanh-tra"),))
    text = _text(_inspection(ReportData(registers=registers, worklog=worklog), Figures()))
    assert "- Tổng số cuộc thực hiện: 02 cuộc thanh tra chuyên ngành; số cuộc đã ban hành kết luận: 02." in text
    assert "- Những lĩnh vực thanh tra, kiểm tra chủ yếu: đo lường, nhiệm vụ KH&CN." in text
    assert "- Số tổ chức, cá nhân được thanh tra: 01 tổ chức và 04 đơn vị." in text
    assert "không nhận được đơn thư" in text
    petitions = WorkLogFigures(entries=(WorkLogRow(kind="inspection", text="Tiếp công dân định kỳ",
                                                   unit_code="thanh-tra"),))
    assert "không nhận được đơn thư" not in _text(
        _inspection(ReportData(registers=registers, worklog=petitions), Figures()))


def test_work_that_arose_says_so_and_stopped_devices_are_counted():
    import datetime as dt

    from directives.figures import DirectiveFigures, ResultLine
    from reports.assembly.content import _results

    line = ResultLine(note="Xây dựng, trình ban hành", result_document="Văn bản số 9-CTr/TU ngày 09/01/2031",
                      text="Chương trình hành động", completed_on=dt.date(2031, 1, 9), category="phat_sinh")
    assert _text(_results(ReportData(directives=DirectiveFigures(results=(line,))))) == (
        "- Nhiệm vụ phát sinh: Xây dựng, trình ban hành Văn bản số 9-CTr/TU ngày 09/01/2031 chương trình hành động.")
    registers = RegisterFigures(radiation_declarations_new=2, radiation_declarations_stopped=2)
    assert ("tiếp nhận khai báo 02 thiết bị bức xạ; tiếp nhận khai báo dừng hoạt động 02 máy, thiết bị bức xạ."
            in _text(_technology(ReportData(registers=registers), Figures())))


def test_carried_over_tasks_by_level_coordinated_recognised_and_new_contracted_as_seed_002():
    from reports.assembly.content import _science
    from reports.periods import compute_period
    from sciencetasks.figures import NamedTask, ScienceFigures

    science = ScienceFigures(
        year=2031, managed=12, carried_over=9, new=3,
        by_level={"Cấp tỉnh": 8, "Chương trình nông thôn miền núi": 4},
        carried_over_by_level={"Cấp tỉnh": 5, "Chương trình nông thôn miền núi": 4},
        carried_over_coordinated_by_level={"Chương trình nông thôn miền núi": 2},
        new_by_level={"Cấp tỉnh": 3},
        coordinated=(NamedTask("Dự án X", "Dự án X đầy đủ"), NamedTask("Dự án Y", "Dự án Y đầy đủ")),
        coordinated_all_projects=True, coordinated_stopped=1,
        recognised_tasks=(NamedTask("Đề tài A"), NamedTask("Đề tài B")), new_contracted=2)
    period = compute_period("9thang", "calendar", year=2031)
    blocks = _science(period, ReportData(science=science), Figures())
    text = _text(blocks)
    footnotes = [r["footnote"] for b in blocks for r in b.get("runs", []) if r.get("footnote")]
    # the footnote splits the carried-over tasks (09), not all the managed ones (12)
    assert ("Trong đó: 05 nhiệm vụ cấp tỉnh và 04 nhiệm vụ chương trình nông thôn miền núi (trong đó 02 dự án phối "
            "hợp quản lý).") in footnotes
    assert "- Công nhận kết quả 02 đề tài, dự án (Đề tài A; Đề tài B)." in text
    assert ("- Phối hợp với Bộ Khoa học và Công nghệ theo dõi 02 dự án do Trung ương quản lý (01 dự án đã dừng thực "
            "hiện trong kỳ).") in text
    assert "(1) Dự án X đầy đủ; (2) Dự án Y đầy đủ." in footnotes
    assert ("- Nhiệm vụ thực hiện từ năm 2031 (03 nhiệm vụ cấp tỉnh): 02 đề tài, dự án được phê duyệt thuyết minh, "
            "dự toán kinh phí và ký hợp đồng triển khai thực hiện.") in text
    # nothing of it when the records hold none
    bare = _text(_science(period, ReportData(science=ScienceFigures(year=2031, managed=3, carried_over=3)), Figures()))
    assert "Trung ương" not in bare and "Công nhận" not in bare and "ký hợp đồng" not in bare


def test_a_units_entries_of_one_mergeable_kind_become_one_line_others_stay_apart():
    from reports.assembly.content import activity_blocks
    from worklog.figures import WorkLogFigures, WorkLogRow

    def entry(kind, text, unit="tt", quantity="", measure=""):
        return WorkLogRow(kind=kind, text=text, unit_code=unit, quantity=quantity, measure_unit=measure)

    sections = {"information", "general"}  # fields of work (outline.activity_field): communication, advice of van-phong
    entries = (
        entry("communication", "Xuất bản bản tin KH&CN số 05/2031"),
        entry("advice", "Tham mưu kế hoạch A", unit="van-phong"),
        entry("communication", "Thực hiện chuyên mục KH&CN trên Đài PT-TH", quantity="2", measure="chuyên mục"),
        entry("communication", "Cập nhật tin, bài lên Trang Thông tin KH&CN", quantity="31", measure="tin, bài"),
        entry("advice", "Tham mưu kế hoạch B", unit="van-phong"),
        entry("advice", "Tham mưu kế hoạch C", unit="van-phong"),
        entry("communication", "Cập nhật video lên Trang Thông tin KH&CN", unit="vp"),
    )
    lines = _text(activity_blocks(ReportData(worklog=WorkLogFigures(entries=entries)), sections)).splitlines()
    assert lines[0] == ("- Triển khai các hoạt động truyền thông KH&CN: xuất bản bản tin KH&CN số 05/2031; thực hiện "
                        "02 chuyên mục KH&CN trên Đài PT-TH; cập nhật 31 tin, bài lên Trang Thông tin KH&CN.")
    # advice entries keep one line each; another unit's single entry is not merged into the first unit's
    assert lines[1:] == ["- Tham mưu kế hoạch A.", "- Tham mưu kế hoạch B.", "- Tham mưu kế hoạch C.",
                         "- Cập nhật video lên Trang Thông tin KH&CN."]
    # under three entries of the kind, each keeps its own line
    two = _text(activity_blocks(ReportData(worklog=WorkLogFigures(entries=entries[:3])), sections))
    assert "Triển khai các hoạt động" not in two and "- Xuất bản bản tin KH&CN số 05/2031." in two


def test_tthc_dossiers_are_counted_by_procedure_when_few_procedures():
    from reports.assembly.content import _office

    def office(procedures, received=3):
        registers = RegisterFigures(tthc_received=received, tthc_resolved=received, tthc_on_time=received,
                                    tthc_procedures=procedures)
        return _text(_office(ReportData(registers=registers), Figures()))

    assert office((("Đăng ký kết quả thực hiện nhiệm vụ KH&CN", 3),)) == (
        "- Tiếp nhận và giải quyết đúng hạn, trước hạn 03 hồ sơ TTHC về đăng ký kết quả thực hiện nhiệm vụ KH&CN "
        "(đạt 100%).")
    assert office((("Cấp giấy phép A", 2), ("Gia hạn giấy phép B", 1))) == (
        "- Tiếp nhận và giải quyết đúng hạn, trước hạn 03 hồ sơ thủ tục hành chính (đạt 100%): 02 hồ sơ về cấp giấy "
        "phép A; 01 hồ sơ về gia hạn giấy phép B.")
    # the early ones are among those on time: 03 resolved, 02 of them early, is 100%, never "06 đúng hạn"
    early = RegisterFigures(tthc_received=3, tthc_resolved=3, tthc_on_time=3, tthc_early=2)
    assert _text(_office(ReportData(registers=early), Figures())) == (
        "- Tiếp nhận và giải quyết đúng hạn, trước hạn 03 hồ sơ thủ tục hành chính (đạt 100%).")
    late = RegisterFigures(tthc_received=4, tthc_resolved=4, tthc_on_time=3, tthc_early=2, tthc_late=1)
    assert "trong đó 03 hồ sơ đúng hạn, trước hạn và 01 hồ sơ quá hạn" in _text(_office(ReportData(registers=late),
                                                                                          Figures()))
    # many procedures: only the count
    many = tuple((f"Thủ tục {n}", 1) for n in range(4))
    assert office(many, received=4) == ("- Tiếp nhận và giải quyết đúng hạn, trước hạn 04 hồ sơ thủ tục hành chính "
                                        "(đạt 100%).")


def test_an_empty_leaf_section_says_so_and_a_parent_stays_a_heading():
    from types import SimpleNamespace

    from reports.assembly.sources import EMPTY_SECTION, _say_when_empty

    outline = SimpleNamespace(sections=[
        {"key": "a", "level": 1, "heading": "I. Kết quả", "source": "tham_muu"},
        {"key": "b", "level": 2, "heading": "1. Khoa học", "source": "khoa_hoc"},
        {"key": "c", "level": 2, "heading": "2. Công nghệ", "source": "cong_nghe"},
    ])
    sections = {"tham_muu": [], "khoa_hoc": [], "cong_nghe": [{"kind": "paragraph", "runs": [{"text": "- Việc."}]}]}
    _say_when_empty(outline, sections)
    assert sections["tham_muu"] == []  # it heads sub-sections
    assert _text(sections["khoa_hoc"]) == EMPTY_SECTION and sections["khoa_hoc"][0]["key"] == "nothing"
    assert _text(sections["cong_nghe"]) == "- Việc."


def test_a_period_whose_only_records_are_result_lines_has_data():
    import datetime as dt

    from directives.figures import DirectiveFigures, ResultLine
    from reports.assembly.sources import build_content
    from reports.periods import compute_period

    period = compute_period("thang", "calendar", year=2031, month=3)
    line = ResultLine(note="Tham mưu UBND tỉnh ban hành", result_document="Quyết định số 9/QĐ-UBND",
                      text="Kế hoạch A", completed_on=dt.date(2031, 3, 5))
    content = build_content(None, period, ReportData(directives=DirectiveFigures(results=(line,))))
    assert content.has_data and not content.intro
    assert not build_content(None, period, ReportData(directives=DirectiveFigures())).has_data
