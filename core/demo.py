"""Demo organisations, units and people from the seeds (../shared/seeds). Idempotent.

Quảng Trị's units and leaders are those named in seeds 000, 001 and 003. Bắc Kạn (seed 002, Giám đốc
Nguyễn Đình Điệp) and Ninh Thuận (seed 004, Giám đốc Lê Tiến Dũng) name few units: theirs follow the
usual structure of a Sở KH&CN of that time.
"""
import datetime as dt

from django.contrib.auth import get_user_model
from django.db import transaction

from core.choices import Role, UnitKind
from core.models import Membership, Organisation, Unit
from core.seeding import set_m2m, upsert

DEMO_PASSWORD = "sokhcn-demo-2025"

ORGANISATIONS = [
    {
        "code": "quang-tri",
        "name": "Sở Khoa học và Công nghệ tỉnh Quảng Trị",
        "short_name": "Sở KH&CN Quảng Trị",
        "province": "Quảng Trị",
        "governing_body": "UBND TỈNH QUẢNG TRỊ",
        "symbol": "SKHCN",
        "place_name": "Quảng Trị",
        "units": [
            ("ban-giam-doc", "Ban Giám đốc Sở", "Ban Giám đốc", "BGĐ", UnitKind.BAN_GIAM_DOC, ""),
            ("van-phong", "Văn phòng Sở", "Văn phòng Sở", "VP", UnitKind.VAN_PHONG, "Văn phòng"),
            ("qlcn-dmst", "Phòng Quản lý Công nghệ và Đổi mới sáng tạo", "Phòng Quản lý CN&ĐMST", "QLCN",
             UnitKind.PHONG, "Phòng Quản lý công nghệ và ĐMST\nPhòng QLCN&ĐMST\nPhòng Quản lý CN và ĐMST"),
            ("qlkh", "Phòng Quản lý khoa học", "Phòng QLKH", "QLKH", UnitKind.PHONG, "Phòng Quản lý KH"),
            ("tdc", "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng", "Phòng Quản lý TĐC", "TĐC", UnitKind.PHONG,
             "Phòng TĐC\nPhòng Quản lý Tiêu chuẩn - Đo lường - Chất lượng"),
            ("khtc", "Phòng Kế hoạch - Tài chính", "Phòng KH-TC", "KHTC", UnitKind.PHONG,
             "Phòng Kế hoạch – Tài chính\nPhòng Kế hoạch Tài chính"),
            ("thanh-tra", "Thanh tra Sở", "Thanh tra Sở", "TTra", UnitKind.THANH_TRA, "Thanh tra"),
            ("tt-nccgcn", "Trung tâm Nghiên cứu, Chuyển giao công nghệ và Đổi mới sáng tạo",
             "Trung tâm Nghiên cứu, CGCN&ĐMST", "TTNC", UnitKind.TRUNG_TAM,
             "Trung tâm Nghiên cứu, CGCN và ĐMST\nTrung tâm Nghiên cứu, Ứng dụng và Thông tin KH&CN"),
            ("tt-ktdc", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng", "Trung tâm Kỹ thuật TĐC", "TTKT",
             UnitKind.TRUNG_TAM, "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh Quảng Trị"),
            ("chi-doan", "Chi đoàn Thanh niên", "Chi đoàn Thanh niên", "CĐTN", UnitKind.DOAN_THE, "Chi đoàn"),
        ],
        "people": [
            ("giamdoc", "Trần Ngọc Lâm", "Giám đốc", "ban-giam-doc", [Role.GIAM_DOC], []),
            ("phogiamdoc", "Nguyễn Hữu Thắng", "Phó Giám đốc", "ban-giam-doc", [Role.PHO_GIAM_DOC],
             ["van-phong", "qlkh", "qlcn-dmst", "tt-nccgcn"]),
            ("chanhvanphong", "Trần Thị Nhung", "Chánh Văn phòng", "van-phong", [Role.CHANH_VAN_PHONG], []),
            ("truongphong", "Hoàng Văn Minh", "Trưởng phòng Quản lý khoa học", "qlkh", [Role.TRUONG_DON_VI], []),
            ("chuyenvien", "Lê Hùng", "Chuyên viên Văn phòng", "van-phong", [Role.CHUYEN_VIEN], []),
            ("chuyenvien.qlkh", "Nguyễn Thị Hà", "Chuyên viên Phòng Quản lý khoa học", "qlkh", [Role.CHUYEN_VIEN], []),
            ("vanthu", "Phạm Thị Lan", "Văn thư", "van-phong", [Role.VAN_THU], []),
            ("quantri", "Võ Đình Khoa", "Quản trị hệ thống", "van-phong", [Role.QUAN_TRI], []),
        ],
    },
    {
        "code": "bac-kan",
        "name": "Sở Khoa học và Công nghệ tỉnh Bắc Kạn",
        "short_name": "Sở KH&CN Bắc Kạn",
        "province": "Bắc Kạn",
        "governing_body": "UBND TỈNH BẮC KẠN",
        "symbol": "SKHCN",
        "place_name": "Bắc Kạn",
        # Bắc Kạn merged into Thái Nguyên on 01/07/2025: its records stay readable under this name.
        "valid_to": dt.date(2025, 6, 30),
        "units": [
            ("ban-giam-doc", "Ban Giám đốc Sở", "Ban Giám đốc", "BGĐ", UnitKind.BAN_GIAM_DOC, ""),
            ("van-phong", "Văn phòng Sở", "Văn phòng Sở", "VP", UnitKind.VAN_PHONG, ""),
            ("qlkh", "Phòng Quản lý Khoa học", "Phòng QLKH", "QLKH", UnitKind.PHONG, ""),
            ("qlcn", "Phòng Quản lý Công nghệ và Chuyên ngành", "Phòng QLCN&CN", "QLCN", UnitKind.PHONG,
             "Phòng Quản lý chuyên ngành"),
            ("thanh-tra", "Thanh tra Sở", "Thanh tra Sở", "TTra", UnitKind.THANH_TRA, "Thanh tra"),
            ("chi-cuc-tdc", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Chi cục TĐC", "TĐC", UnitKind.CHI_CUC, ""),
            ("tt-ud", "Trung tâm Ứng dụng tiến bộ Khoa học và Công nghệ", "Trung tâm Ứng dụng tiến bộ KH&CN", "TTUD",
             UnitKind.TRUNG_TAM, "Trung tâm"),
        ],
        "people": [
            ("bk.giamdoc", "Nguyễn Đình Điệp", "Giám đốc", "ban-giam-doc", [Role.GIAM_DOC], []),
            ("bk.qlkh", "Lường Thị Mai", "Trưởng phòng Quản lý Khoa học", "qlkh", [Role.TRUONG_DON_VI], []),
        ],
    },
    {
        "code": "ninh-thuan",
        "name": "Sở Khoa học và Công nghệ tỉnh Ninh Thuận",
        "short_name": "Sở KH&CN Ninh Thuận",
        "province": "Ninh Thuận",
        "governing_body": "UBND TỈNH NINH THUẬN",
        "symbol": "SKHCN",
        "place_name": "Ninh Thuận",
        # Ninh Thuận merged into Khánh Hòa on 01/07/2025.
        "valid_to": dt.date(2025, 6, 30),
        "units": [
            ("ban-giam-doc", "Ban Giám đốc Sở", "Ban Giám đốc", "BGĐ", UnitKind.BAN_GIAM_DOC, ""),
            ("van-phong", "Văn phòng Sở", "Văn phòng Sở", "VP", UnitKind.VAN_PHONG, ""),
            ("qlkh", "Phòng Quản lý Khoa học", "Phòng QLKH", "QLKH", UnitKind.PHONG, ""),
            ("qlcn", "Phòng Quản lý Công nghệ và Thông tin", "Phòng QLCN&TT", "QLCN", UnitKind.PHONG, ""),
            ("thanh-tra", "Thanh tra Sở", "Thanh tra Sở", "TTra", UnitKind.THANH_TRA, ""),
            ("chi-cuc-tdc", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Chi cục TĐC", "TĐC", UnitKind.CHI_CUC, ""),
            ("tt-ud", "Trung tâm Ứng dụng tiến bộ Khoa học và Công nghệ", "Trung tâm Ứng dụng tiến bộ KH&CN", "TTUD",
             UnitKind.TRUNG_TAM, ""),
        ],
        "people": [
            ("nt.giamdoc", "Lê Tiến Dũng", "Giám đốc", "ban-giam-doc", [Role.GIAM_DOC], []),
            ("nt.qlkh", "Trương Thị Hồng", "Trưởng phòng Quản lý Khoa học", "qlkh", [Role.TRUONG_DON_VI], []),
        ],
    },
]


@transaction.atomic
def load(stdout=None):
    User = get_user_model()
    for spec in ORGANISATIONS:
        organisation, _ = upsert(
            Organisation, {"code": spec["code"]},
            {
                key: spec.get(key)
                for key in ("name", "short_name", "province", "governing_body", "symbol", "place_name", "valid_to")
            },
        )
        units = {}
        for order, (code, name, short, abbr, kind, aliases) in enumerate(spec["units"], start=1):
            units[code], _ = upsert(
                Unit, {"organisation": organisation, "code": code},
                {"name": name, "short_name": short, "abbreviation": abbr, "kind": kind,
                          "aliases": aliases, "display_order": order * 10},
            )
        for order, (username, full_name, position, unit_code, roles, in_charge) in enumerate(spec["people"], start=1):
            user = _demo_user(User, username, full_name)
            membership, _ = upsert(
                Membership, {"user": user, "organisation": organisation},
                {"unit": units[unit_code], "position": position, "roles": list(roles),
                          "display_order": order * 10, "is_active": True},
            )
            set_m2m(membership.units_in_charge, [units[c] for c in in_charge if c in units])
    admin = _demo_user(User, "admin", "Quản trị viên", superuser=True)
    for organisation in Organisation.objects.filter(code__in=[spec["code"] for spec in ORGANISATIONS]):
        Membership.objects.get_or_create(
            user=admin, organisation=organisation,
            defaults={"position": "Quản trị hệ thống", "roles": [Role.QUAN_TRI], "display_order": 999},
        )
    if stdout:
        stdout.write(f"  {Organisation.objects.count()} tổ chức, {Unit.objects.count()} đơn vị, {Membership.objects.count()} cán bộ")


def _demo_user(User, username, full_name, superuser=False):
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User(username=username, full_name=full_name, email=f"{username}@sokhcn.local")
        user.set_password(DEMO_PASSWORD)
        user.is_superuser = user.is_staff = superuser
        user.save()
    return user


def demo_accounts() -> list[tuple[str, str, str]]:
    """(username, full name and role, organisation) for the README and `load_demo`'s output."""
    rows = []
    for spec in ORGANISATIONS:
        for username, full_name, position, *_ in spec["people"]:
            rows.append((username, f"{full_name} — {position}", spec["short_name"]))
    rows.append(("admin", "Quản trị viên (superuser, cả ba tổ chức)", "tất cả"))
    return rows
