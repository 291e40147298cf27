"""Choices of the document import; each value has a badge colour for the screens."""
from django.db import models


class ImportStatus(models.TextChoices):
    DRAFT = "draft", "Chờ rà soát"
    ACCEPTED = "accepted", "Đã nhận vào hệ thống"
    DISCARDED = "discarded", "Đã bỏ"


STATUS_BADGES = {ImportStatus.DRAFT: "warning", ImportStatus.ACCEPTED: "success", ImportStatus.DISCARDED: "secondary"}


class DocType(models.TextChoices):
    THONG_BAO_KET_LUAN = "thong_bao_ket_luan", "Thông báo kết luận"
    BAO_CAO_DINH_KY = "bao_cao_dinh_ky", "Báo cáo định kỳ"
    OTHER = "other", "Văn bản khác"
