"""The registers' period figures (`selectors.FIGURES`) in the shared registry (core.figure_labels): what each is
called on the screens, in the reports and in the API documentation."""
from core.figure_labels import Figure

from .choices import InstrumentType, IPKind, SampleKind

_F = Figure

FIGURES = {
    "registers": [
        # đo lường, chất lượng
        _F("instruments_verified", "Phương tiện đo được kiểm định, hiệu chuẩn, thử nghiệm"),
        _F("instruments_passed", "Phương tiện đo đạt yêu cầu"),
        _F("instruments_failed", "Phương tiện đo không đạt yêu cầu"),
        _F("instrument_facilities", "Cơ sở, khách hàng có phương tiện đo được kiểm định"),
        _F("instruments_by_type", "Phương tiện đo được kiểm định, theo loại", parts=dict(InstrumentType.choices)),
        _F("samples_tested", "Mẫu được thử nghiệm"),
        _F("samples_by_kind", "Mẫu thử nghiệm, theo loại mẫu", parts=dict(SampleKind.choices)),
        _F("measurement_checks", "Cuộc kiểm tra nhà nước về đo lường"),
        _F("quality_checks", "Cuộc kiểm tra nhà nước về chất lượng, nhãn hàng hóa",
           help="kể cả kiểm tra tổng hợp về tiêu chuẩn, đo lường, chất lượng"),
        _F("quality_check_establishments", "Cơ sở được kiểm tra về đo lường, chất lượng"),
        _F("quality_violations", "Cơ sở vi phạm qua kiểm tra đo lường, chất lượng"),
        _F("quality_fines", "Tiền xử phạt qua kiểm tra đo lường, chất lượng", kind="amount"),
        # an toàn bức xạ
        _F("radiation_licences_issued", "Giấy phép tiến hành công việc bức xạ cấp mới"),
        _F("radiation_licences_renewed", "Giấy phép tiến hành công việc bức xạ gia hạn"),
        _F("radiation_licences_amended", "Giấy phép tiến hành công việc bức xạ sửa đổi, bổ sung"),
        _F("radiation_licences_returned", "Hồ sơ cấp giấy phép bị trả lại hoặc từ chối"),
        _F("radiation_certificates", "Chứng chỉ nhân viên bức xạ được cấp"),
        _F("radiation_declarations_new", "Khai báo thiết bị bức xạ mới"),
        _F("radiation_declarations_stopped", "Khai báo ngừng sử dụng thiết bị bức xạ"),
        _F("radiation_checks", "Cuộc kiểm tra về an toàn bức xạ"),
        _F("radiation_check_facilities", "Cơ sở được kiểm tra về an toàn bức xạ"),
        _F("radiation_incidents", "Sự cố bức xạ"),
        # tiêu chuẩn, hợp chuẩn hợp quy, mã số mã vạch, năng suất chất lượng
        _F("conformity_declarations", "Hồ sơ công bố hợp chuẩn, hợp quy được tiếp nhận, cấp thông báo"),
        _F("conformity_products", "Sản phẩm, hàng hóa được công bố hợp chuẩn, hợp quy"),
        _F("conformity_enterprises", "Doanh nghiệp công bố hợp chuẩn, hợp quy"),
        _F("barcode_registrations", "Hồ sơ đăng ký mã số, mã vạch"),
        _F("standards_added", "Tiêu chuẩn bổ sung vào kho trong kỳ"),
        _F("standards_total", "Tổng số tiêu chuẩn trong kho tại cuối kỳ",
           help="theo lần cập nhật gần nhất đến ngày cuối kỳ"),
        _F("quality_programme_activities", "Hoạt động nâng cao năng suất, chất lượng"),
        # sở hữu trí tuệ, sáng kiến, đổi mới sáng tạo, công nghệ
        _F("ip_cases_guided", "Trường hợp được hướng dẫn, hỗ trợ xác lập quyền sở hữu công nghiệp",
           help="nhãn hiệu, chỉ dẫn địa lý, kiểu dáng, sáng chế"),
        _F("ip_cases_by_kind", "Hướng dẫn, hỗ trợ sở hữu công nghiệp, theo đối tượng", parts=dict(IPKind.choices)),
        _F("ip_transfers", "Hợp đồng chuyển giao quyền sở hữu công nghiệp"),
        _F("ip_projects", "Dự án hỗ trợ phát triển tài sản trí tuệ"),
        _F("initiatives_recognised", "Sáng kiến được công nhận"),
        _F("initiative_persons", "Tác giả sáng kiến được công nhận"),
        _F("innovation_activities", "Hoạt động hỗ trợ khởi nghiệp, đổi mới sáng tạo"),
        _F("technology_opinions", "Hồ sơ thẩm định, góp ý về công nghệ"),
        # thanh tra, khiếu nại, tố cáo
        _F("inspection_plans", "Kế hoạch thanh tra, kiểm tra"),
        _F("inspections_conducted", "Cuộc thanh tra, kiểm tra bắt đầu hoặc kết luận trong kỳ"),
        _F("inspections_concluded", "Cuộc thanh tra, kiểm tra đã có kết luận"),
        _F("inspection_subjects", "Đối tượng được thanh tra, kiểm tra"),
        _F("inspection_instruments_checked", "Phương tiện đo được kiểm tra trong các cuộc thanh tra, kiểm tra phối hợp"),
        _F("amount_withdrawn", "Số tiền kiến nghị thu hồi", kind="amount"),
        _F("amount_reduced", "Số tiền kiến nghị giảm trừ thanh toán", kind="amount"),
        _F("amount_recovered", "Số tiền thu hồi hoặc giảm trừ thanh toán theo kết luận thanh tra", kind="amount"),
        _F("amount_recovered_words", "Số tiền thu hồi, giảm trừ (bằng chữ)", kind="text"),
        _F("inspection_fines", "Tiền xử phạt vi phạm hành chính qua thanh tra", kind="amount"),
        _F("complaints", "Đơn khiếu nại nhận trong kỳ"),
        _F("denunciations", "Đơn tố cáo nhận trong kỳ"),
        _F("petitions", "Đơn kiến nghị, phản ánh"),
        _F("petitions_total", "Tổng số đơn thư nhận trong kỳ"),
        # thủ tục hành chính
        _F("tthc_received", "Hồ sơ thủ tục hành chính tiếp nhận trong kỳ"),
        _F("tthc_resolved", "Hồ sơ đã giải quyết"),
        _F("tthc_early", "Hồ sơ giải quyết trước hạn", help="đã tính trong số đúng hạn"),
        _F("tthc_on_time", "Hồ sơ giải quyết đúng hạn", help="kể cả trước hạn"),
        _F("tthc_late", "Hồ sơ giải quyết quá hạn"),
        _F("tthc_pending", "Hồ sơ đang giải quyết, còn trong hạn tại cuối kỳ"),
        _F("tthc_pending_overdue", "Hồ sơ đang giải quyết, đã quá hạn tại cuối kỳ"),
        _F("tthc_awaiting_supplement", "Hồ sơ chờ bổ sung"),
        _F("tthc_returned", "Hồ sơ trả lại"),
        _F("tthc_on_time_rate", "Tỷ lệ hồ sơ giải quyết đúng hạn", kind="rate",
           help="kể cả trước hạn, trên số hồ sơ đã giải quyết; để trống khi chưa giải quyết hồ sơ nào"),
    ],
}
