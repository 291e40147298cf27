"""Choices of the foundation: unit kinds and roles."""
from django.db import models


class UnitKind(models.TextChoices):
    BAN_GIAM_DOC = "ban_giam_doc", "Ban Giám đốc"
    VAN_PHONG = "van_phong", "Văn phòng"
    PHONG = "phong", "Phòng"
    THANH_TRA = "thanh_tra", "Thanh tra"
    TRUNG_TAM = "trung_tam", "Trung tâm"
    CHI_CUC = "chi_cuc", "Chi cục"
    QUY = "quy", "Quỹ"
    DOAN_THE = "doan_the", "Đoàn thể"
    KHAC = "khac", "Khác"


class Role(models.TextChoices):
    GIAM_DOC = "giam_doc", "Giám đốc"
    PHO_GIAM_DOC = "pho_giam_doc", "Phó Giám đốc"
    CHANH_VAN_PHONG = "chanh_van_phong", "Chánh Văn phòng"
    TRUONG_DON_VI = "truong_don_vi", "Trưởng/Phó phòng hoặc đơn vị"
    CHUYEN_VIEN = "chuyen_vien", "Chuyên viên"
    VAN_THU = "van_thu", "Văn thư"
    QUAN_TRI = "quan_tri", "Quản trị hệ thống"


# Leaders read and edit everything of their organisation.
LEADER_ROLES = frozenset({Role.GIAM_DOC, Role.PHO_GIAM_DOC, Role.CHANH_VAN_PHONG})
# Director-level leaders: approve extensions, approve and sign reports.
DIRECTOR_ROLES = frozenset({Role.GIAM_DOC, Role.PHO_GIAM_DOC})
