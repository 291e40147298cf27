"""Synthetic organisations, units and people for benchmarks (`manage.py generate_data`). Deterministic from `rng`.

`organisation_create(index=, rng=)` makes the organisation `gen-<index>`; `generate()` (the extension point every
app implements) fills it with the usual structure of a Sở KH&CN and about 60 people.
"""
from __future__ import annotations

import datetime as dt
import functools
import operator

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import connection, models
from simple_history.utils import bulk_create_with_history

from core import text
from core.choices import Role, UnitKind
from core.models import Membership, Organisation, Unit

#: all generated accounts share this password (hashed once): log in as gen1.gd, gen1.cv001 …
PASSWORD = "sokhcn-demo-2025"

#: the 34 provinces and cities since the 2025 merger (Nghị quyết 202/2025/QH15); organisation k takes the k-th
PROVINCES = [
    "Quảng Trị", "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
    "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng",
    "Ninh Bình", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai",
    "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
]
CITIES = {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
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


def bulk_insert(model, objects, *, batch_size: int = 2000) -> int:
    """Insert `objects` (unsaved instances of `model`) as fast as the database allows; returns how many.

    PostgreSQL: one `COPY … FROM STDIN` (psycopg 3) streaming the rows — several times faster than INSERTs for
    the hundreds of thousands of rows of a national data set; the instances get no primary key (use
    `bulk_create` for the few models whose ids the generator needs next). Elsewhere (SQLite): `bulk_create`,
    unchanged. Field defaults and `auto_now(_add)` values are filled in the same way `bulk_create` does.
    """
    objects = list(objects)
    if not objects:
        return 0
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objects, batch_size=batch_size)
        return len(objects)
    from django.db import connections

    db = connections["default"]  # the wrapper itself: the `connection` proxy costs a lookup per attribute
    fields = [field for field in model._meta.concrete_fields
              if not field.primary_key and not getattr(field, "generated", False)]
    # psycopg adapts str/int/date/Decimal/None itself: read those attributes directly; only the fields that
    # change on save (auto_now) or need Django's conversion (JSON, …) go through pre_save/get_db_prep_save
    plain = (models.CharField, models.TextField, models.IntegerField, models.DateField, models.DecimalField,
             models.BooleanField, models.ForeignKey)
    readers = []
    for field in fields:
        if isinstance(field, plain) and type(field).__module__.startswith("django.db.models") \
                and not isinstance(field, models.DateTimeField) and not getattr(field, "auto_now_add", False) \
                and not getattr(field, "auto_now", False):
            readers.append(operator.attrgetter(field.attname))
        else:
            readers.append(lambda obj, field=field: field.get_db_prep_save(field.pre_save(obj, True), db))
    columns = ", ".join(db.ops.quote_name(field.column) for field in fields)
    sql = f"COPY {db.ops.quote_name(model._meta.db_table)} ({columns}) FROM STDIN"
    db.ensure_connection()
    with db.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for obj in objects:
            copy.write_row([read(obj) for read in readers])
    return len(objects)


@functools.lru_cache(maxsize=100_000)
def _fold_word(word: str) -> str:
    return text.fold(word)


@functools.lru_cache(maxsize=100_000)
def _marked_word(word: str) -> str:
    return text.marked(word)


def search_text(obj) -> str:
    """`obj.build_search_text()`, computed word by word with memoised words: generated rows repeat a small
    vocabulary, and folding every character of millions of rows was a third of the generator's time. Folding and
    NFC never act across whitespace, so the result is the same string (pinned in core/tests/test_synthetic.py)."""
    parts = []
    for name in obj.SEARCH_FIELDS:
        value = obj
        for attr in name.split("__"):
            value = getattr(value, attr, None) if value is not None else None
        if value:
            parts.append(str(value))
    words = " ".join(parts).split()
    folded = " ".join(_fold_word(word) for word in words)
    marks = " ".join(_marked_word(word) for word in words)
    return f"{folded} {text.SEPARATOR} {marks}" if folded != marks else folded


def analyze(*models) -> None:
    """Refresh PostgreSQL's planner statistics after a bulk load (autovacuum would, a minute later; a benchmark
    queries at once). Without them the planner takes the new tables for empty."""
    if connection.vendor == "postgresql" and models:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE " + ", ".join(connection.ops.quote_name(m._meta.db_table) for m in models))


def analyze_all() -> None:
    """ANALYZE the whole database after a load (PostgreSQL only)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def person_name(rng) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def organisation_create(*, index: int, rng) -> Organisation:
    """The organisation `gen-<index>` (the index-th province, then round again)."""
    province = PROVINCES[(index - 1) % len(PROVINCES)]
    level = "thành phố" if province in CITIES else "tỉnh"
    return Organisation.objects.create(
        code=f"gen-{index}",
        name=f"Sở Khoa học và Công nghệ {level} {province} (tổng hợp {index})",
        short_name=f"Sở KH&CN {province} ({index})",
        province=province,
        governing_body=f"UBND {level.upper()} {province.upper()}",
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
