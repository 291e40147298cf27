"""The work log's vocabulary: the kinds of work the seeds' reports list (report outlines map them to sections)."""
from django.db import models


class WorkKind(models.TextChoices):
    ADVICE = "advice", "Tham mưu văn bản"
    COUNCIL = "council", "Hội đồng KH&CN"
    TECHNOLOGY_APPRAISAL = "technology_appraisal", "Thẩm định công nghệ"
    LICENSING = "licensing", "Cấp phép, cấp giấy chứng nhận"
    IP_INNOVATION = "ip_innovation", "Sở hữu trí tuệ, đổi mới sáng tạo"
    CHECK = "check", "Kiểm tra"
    INSPECTION = "inspection", "Thanh tra, pháp chế, tiếp công dân"
    COMMUNICATION = "communication", "Truyền thông, thông tin KH&CN"
    STATISTICS = "statistics", "Thống kê, cơ sở dữ liệu KH&CN"
    PUBLIC_SERVICE = "public_service", "Dịch vụ sự nghiệp công"
    COOPERATION = "cooperation", "Hợp tác"
    TRAINING = "training", "Đào tạo, tập huấn"
    EVENT = "event", "Hội nghị, hội thảo, sự kiện"
    ADMINISTRATION = "administration", "Hành chính, văn phòng, cải cách hành chính"
    OTHER = "other", "Khác"


class EntryStatus(models.TextChoices):
    DONE = "done", "Đã thực hiện"
    PLANNED = "planned", "Dự kiến (kỳ tới)"
