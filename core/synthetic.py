"""Synthetic organisations, units and people for benchmarks (`manage.py generate_data`). Deterministic from `rng`.

`organisation_create(index=, rng=)` makes the organisation `gen-<index>`; `generate()` (the extension point every
app implements) fills it with the usual structure of a Sở KH&CN and about 60 people.
"""
from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from simple_history.utils import bulk_create_with_history

from core.choices import Role, UnitKind
from core.models import Membership, Organisation, Unit

#: all generated accounts share this password (hashed once): log in as gen1.gd, gen1.cv001 …
PASSWORD = "sokhcn-demo-2025"

PROVINCES = [
    "Quảng Trị", "Bắc Kạn", "Ninh Thuận", "Hà Giang", "Lào Cai", "Điện Biên", "Sơn La", "Yên Bái", "Tuyên Quang",
    "Thái Nguyên", "Quảng Bình", "Thừa Thiên Huế", "Quảng Nam", "Kon Tum", "Gia Lai", "Đắk Lắk", "Lâm Đồng",
    "Bình Thuận", "Đồng Tháp", "An Giang", "Kiên Giang", "Cà Mau", "Bạc Liêu", "Sóc Trăng",
]
UNITS = [
    ("ban-giam-doc", "Ban Giám đốc Sở", "Ban Giám đốc", "BGĐ", UnitKind.BAN_GIAM_DOC, 0),
    ("van-phong", "Văn phòng Sở", "Văn phòng Sở", "VP", UnitKind.VAN_PHONG, 9),
    ("qlkh", "Phòng Quản lý khoa học", "Phòng QLKH", "QLKH", UnitKind.PHONG, 7),
    ("qlcn", "Phòng Quản lý Công nghệ và Đổi mới sáng tạo", "Phòng QLCN&ĐMST", "QLCN", UnitKind.PHONG, 7),
    ("tdc", "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng", "Phòng Quản lý TĐC", "TĐC", UnitKind.PHONG, 6),
    ("khtc", "Phòng Kế hoạch - Tài chính", "Phòng KH-TC", "KHTC", UnitKind.PHONG, 5),
    ("thanh-tra", "Thanh tra Sở", "Thanh tra Sở", "TTra", UnitKind.THANH_TRA, 4),
    ("tt-ud", "Trung tâm Ứng dụng tiến bộ Khoa học và Công nghệ", "Trung tâm Ứng dụng KH&CN", "TTUD",
     UnitKind.TRUNG_TAM, 8),
    ("tt-kt", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng", "Trung tâm Kỹ thuật TĐC", "TTKT",
     UnitKind.TRUNG_TAM, 6),
    ("chi-doan", "Chi đoàn Thanh niên", "Chi đoàn Thanh niên", "CĐTN", UnitKind.DOAN_THE, 0),
]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Lường", "Đinh", "Trương", "Mai"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đình", "Ngọc", "Minh", "Thanh", "Quốc", "Xuân", "Thu", "Đức", "Hồng", "Tiến"]
GIVEN = ["An", "Bình", "Châu", "Dũng", "Điệp", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khoa", "Lâm", "Lan",
         "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Nhung", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thắng",
         "Thảo", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến"]


def person_name(rng) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def organisation_create(*, index: int, rng) -> Organisation:
    """The organisation `gen-<index>` (a province name chosen by `rng`)."""
    province = rng.choice(PROVINCES)
    return Organisation.objects.create(
        code=f"gen-{index}",
        name=f"Sở Khoa học và Công nghệ tỉnh {province} (tổng hợp {index})",
        short_name=f"Sở KH&CN {province} ({index})",
        province=province,
        governing_body=f"UBND TỈNH {province.upper()}",
        symbol="SKHCN",
        place_name=province,
    )


def generate(*, organisation: Organisation, years: int, rng, stdout=None) -> None:
    """Units and about 60 people (one Giám đốc, three Phó Giám đốc, a head and staff per unit, văn thư, quản trị)."""
    founded = dt.date(2008, 1, 1)
    units = []
    for order, (code, name, short, abbreviation, kind, _staff) in enumerate(UNITS, start=1):
        unit = Unit(organisation=organisation, code=code, name=name, short_name=short, abbreviation=abbreviation,
                    kind=kind, display_order=order * 10, valid_from=founded)
        unit.search_text = unit.build_search_text()
        units.append(unit)
    bulk_create_with_history(units, Unit)
    units = {unit.code: unit for unit in Unit.objects.filter(organisation=organisation)}

    prefix = organisation.code.replace("-", "")
    password = make_password(PASSWORD)
    people = []  # (username, full name, position, unit code, roles)
    people.append((f"{prefix}.gd", person_name(rng), "Giám đốc", "ban-giam-doc", [Role.GIAM_DOC]))
    for number in range(1, 4):
        people.append((f"{prefix}.pgd{number}", person_name(rng), "Phó Giám đốc", "ban-giam-doc", [Role.PHO_GIAM_DOC]))
    people.append((f"{prefix}.cvp", person_name(rng), "Chánh Văn phòng", "van-phong", [Role.CHANH_VAN_PHONG]))
    people.append((f"{prefix}.vt", person_name(rng), "Văn thư", "van-phong", [Role.VAN_THU]))
    people.append((f"{prefix}.qt", person_name(rng), "Quản trị hệ thống", "van-phong", [Role.QUAN_TRI]))
    counter = 0
    for code, name, _short, _abbr, kind, staff in UNITS:
        if not staff:
            continue
        if code != "van-phong":
            counter += 1
            head = "Chánh Thanh tra" if kind == UnitKind.THANH_TRA else (
                "Giám đốc Trung tâm" if kind == UnitKind.TRUNG_TAM else "Trưởng phòng")
            people.append((f"{prefix}.tp{counter:02d}", person_name(rng), f"{head}", code, [Role.TRUONG_DON_VI]))
        for _ in range(staff + rng.randrange(3)):
            counter += 1
            people.append((f"{prefix}.cv{counter:03d}", person_name(rng), f"Chuyên viên {name}", code, [Role.CHUYEN_VIEN]))

    User = get_user_model()
    User.objects.bulk_create([
        User(username=username, full_name=full_name, password=password, email=f"{username}@sokhcn.invalid")
        for username, full_name, *_ in people
    ], batch_size=500)
    users = {user.username: user for user in User.objects.filter(username__in=[p[0] for p in people])}
    memberships = []
    for order, (username, _name, position, unit_code, roles) in enumerate(people, start=1):
        membership = Membership(organisation=organisation, user=users[username], unit=units[unit_code],
                                position=position, roles=roles, display_order=order)
        membership.search_text = membership.build_search_text()
        memberships.append(membership)
    bulk_create_with_history(memberships, Membership, batch_size=500)
    # each deputy director is in charge of a few units
    deputies = list(Membership.objects.filter(organisation=organisation, roles__icontains=Role.PHO_GIAM_DOC)
                    .order_by("display_order"))
    working = [unit for code, unit in units.items() if code not in {"ban-giam-doc", "chi-doan"}]
    for index, unit in enumerate(working):
        deputies[index % len(deputies)].units_in_charge.add(unit)
    if stdout:
        stdout.write(f"  {organisation.code}: {len(units)} đơn vị, {len(memberships)} cán bộ")
