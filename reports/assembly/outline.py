"""The outline of a report, stored as data (`reports.ReportOutline`): the title pattern, the opening, a tree of
numbered sections with their headings as the organisation's own reports write them, and for each section the
source that feeds it (a key of `SOURCES`) or none (a heading over its children, or a part a unit writes itself).

The tree is a flat list in reading order, each node with its depth (`level`, 1 = the roman parts "I.", "II.");
its numbers are computed from that order and the outline's numbering styles, never typed, so two sections
cannot carry the same number. Editors write one line per section, e.g.

    I. KẾT QUẢ CÔNG TÁC THÁNG {tháng} NĂM {năm}
    1. Công tác tham mưu, tổng hợp | Kết quả tham mưu
    2. Công tác quản lý các hoạt động KH&CN
    2.1. Công tác quản lý KH&CN cấp tỉnh và cấp cơ sở | Nhiệm vụ KH&CN

the number typed only tells the depth (it is renumbered), the text after "|" names the source (its Vietnamese
name as listed on the screen) and, optionally, after a second "|", the unit that writes the part.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

# The historical fixed sections (the generic default outline keeps them, with these keys): key, heading, units.
SECTION_SPECS = [
    ("tham_muu", "Công tác tham mưu, xây dựng cơ chế, chính sách", ["van-phong"]),
    ("khoa_hoc", "Công tác quản lý khoa học", ["qlkh"]),
    ("cong_nghe", "Công tác quản lý công nghệ, sở hữu trí tuệ, an toàn bức xạ và đổi mới sáng tạo",
     ["qlcn-dmst", "qlcn"]),
    ("tdc", "Công tác quản lý tiêu chuẩn, đo lường, chất lượng", ["tdc", "chi-cuc-tdc"]),
    ("thanh_tra", "Công tác thanh tra, giải quyết khiếu nại, tố cáo", ["thanh-tra"]),
    ("van_phong", "Công tác văn phòng, cải cách hành chính và thủ tục hành chính", ["van-phong"]),
    ("don_vi", "Hoạt động của các đơn vị sự nghiệp công lập", ["tt-ktdc", "tt-nccgcn", "tt-ud"]),
    ("nhiem_vu_ubnd", "Kết quả thực hiện các nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao", ["van-phong"]),
]
ROMAN = ["I", "II", "III", "IV", "V", "VI"]

# the field of work of a work-log entry (worklog.WorkKind, by its unit when any unit does that kind) → the report
# section that prints it
ACTIVITY_SECTIONS = {"science": "khoa_hoc", "technology": "cong_nghe", "standards": "tdc", "inspection": "thanh_tra",
                     "office": "van_phong", "general": "tham_muu"}
PUBLIC_UNIT_ACTIVITY_SECTIONS = ("public_service", "information", "other", "")
KIND_FIELDS = {"council": "science", "technology_appraisal": "technology", "licensing": "technology",
               "ip_innovation": "technology", "inspection": "inspection", "communication": "information",
               "statistics": "information", "public_service": "public_service", "administration": "office"}
# advice, checks, training, events, cooperation… belong to the field of the unit that did them
UNIT_FIELDS = {"van-phong": "general", "qlkh": "science", "qlcn-dmst": "technology", "qlcn": "technology",
               "tdc": "standards", "chi-cuc-tdc": "standards", "thanh-tra": "inspection"}


def activity_field(row) -> str:
    """The field of work a work-log row belongs to ("science", "information"…; "other" for a centre's own work)."""
    return KIND_FIELDS.get(row.kind) or UNIT_FIELDS.get(row.unit_code, "other")


# The units' recorded activities by kind ("work_log:<kind>"), the names shown to editors.
WORK_LOG_KINDS = {
    "general": "Nhật ký công tác: tham mưu, tổng hợp",
    "science": "Nhật ký công tác: quản lý khoa học",
    "technology": "Nhật ký công tác: công nghệ, SHTT, ATBX",
    "standards": "Nhật ký công tác: tiêu chuẩn đo lường chất lượng",
    "inspection": "Nhật ký công tác: thanh tra, pháp chế",
    "information": "Nhật ký công tác: thông tin, thống kê KH&CN",
    "public_service": "Nhật ký công tác: dịch vụ sự nghiệp",
    "office": "Nhật ký công tác: văn phòng, cải cách hành chính",
    "other": "Nhật ký công tác: khác",
}


@dataclass(frozen=True)
class Source:
    key: str
    label: str  # what editors read and type
    units: tuple[str, ...] = ()  # unit codes that usually write the part (first present wins)
    appendix: bool = False  # an appendix table (printed after the signature), not a body section


SOURCES: dict[str, Source] = {s.key: s for s in [
    Source("tham_muu", "Kết quả tham mưu", ("van-phong",)),
    Source("khoa_hoc", "Nhiệm vụ KH&CN", ("qlkh",)),
    Source("cong_nghe", "Công nghệ, sở hữu trí tuệ, an toàn bức xạ", ("qlcn-dmst", "qlcn")),
    Source("tdc", "Tiêu chuẩn đo lường chất lượng", ("tdc", "chi-cuc-tdc")),
    Source("thanh_tra", "Thanh tra", ("thanh-tra",)),
    Source("van_phong", "Văn phòng, thủ tục hành chính", ("van-phong",)),
    Source("don_vi", "Đơn vị sự nghiệp", ("tt-ktdc", "tt-nccgcn", "tt-ud")),
    Source("nhiem_vu_ubnd", "Nhiệm vụ UBND tỉnh giao", ("van-phong",)),
    Source("nhiem_vu_so", "Nhiệm vụ do Sở giao", ("van-phong",)),
    Source("bang_chuong_trinh", "Bảng nhiệm vụ UBND tỉnh giao: nội dung, tiến độ, kết quả", ("van-phong",)),
    Source("danh_gia", "Đánh giá chung"),
    Source("phuong_huong", "Phương hướng kỳ tới"),
    *[Source(f"work_log-{kind}", label) for kind, label in WORK_LOG_KINDS.items()],
    Source("phu_luc_iii", "Phụ lục III: nhiệm vụ trong chương trình công tác của UBND tỉnh", appendix=True),
    Source("phu_luc_iv", "Phụ lục IV: nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao", appendix=True),
    Source("phu_luc_nhiem_vu_so", "Phụ lục: nhiệm vụ do Sở giao", appendix=True),
]}
SELF_WRITTEN = "Đơn vị tự viết"
_LABEL_TO_KEY = {source.label.casefold(): source.key for source in SOURCES.values()}

# Numbering styles of the levels: roman "I.", upper "A.", arabic "1.", dotted "2.1." (the arabic path), lower "a)"
NUMBERING_CHOICES = [
    ("roman,arabic,dotted,dotted", "I. → 1. → 1.1. → 1.1.1."),
    ("upper,roman,arabic,lower", "A. → I. → 1. → a)"),
    ("roman,arabic,lower,dotted", "I. → 1. → a) → …"),
]
NUMBERING_LABELS = dict(NUMBERING_CHOICES)

# Placeholders of the title, the opening, the headings and the closing line: Vietnamese names (and English aliases).
PLACEHOLDERS = {
    "kỳ": "kỳ báo cáo, ví dụ “tháng 02/2025”, “6 tháng đầu năm 2023”",
    "KỲ": "kỳ báo cáo viết hoa",
    "kỳ sau": "kỳ tiếp theo, ví dụ “tháng 03/2025”",
    "KỲ SAU": "kỳ tiếp theo viết hoa",
    "tháng": "tháng của kỳ (01, 02 có số 0 đứng trước, từ 3 trở đi không)",
    "tháng sau": "tháng tiếp theo",
    "mm": "tháng của kỳ, hai chữ số (01 … 12)",
    "mm sau": "tháng tiếp theo, hai chữ số",
    "năm": "năm của kỳ",
    "năm sau": "năm của tháng tiếp theo",
}
ALIASES = {"period": "kỳ", "PERIOD": "KỲ", "next_period": "kỳ sau", "NEXT_PERIOD": "KỲ SAU", "month": "tháng",
           "next_month": "tháng sau", "next_mm": "mm sau", "year": "năm", "yyyy": "năm", "next_year": "năm sau",
           "next_yyyy": "năm sau", "kỳ tới": "kỳ sau", "KỲ TỚI": "KỲ SAU", "tháng tới": "tháng sau",
           "năm tới": "năm sau"}


class OutlineProblem(ValueError):
    """A refused outline; `messages` are for the editor (Vietnamese)."""

    def __init__(self, messages):
        self.messages = list(messages)
        super().__init__(" ".join(self.messages))


@dataclass
class Node:
    key: str
    level: int
    heading: str
    source: str = ""
    units: list[str] = field(default_factory=list)
    self_written: bool = False
    style: str = ""  # the node's own numbering style where its report numbers it unlike its level (seed 002's C. → 1.)

    def as_dict(self) -> dict:
        data = {"key": self.key, "level": self.level, "heading": self.heading, "source": self.source,
                "units": list(self.units), "self_written": self.self_written}
        if self.style:
            data["style"] = self.style
        return data

    @classmethod
    def of(cls, data: dict) -> "Node":
        return cls(key=data["key"], level=int(data["level"]), heading=data["heading"], source=data.get("source", ""),
                   units=list(data.get("units", [])), self_written=bool(data.get("self_written")),
                   style=data.get("style", ""))


# ------------------------------------------------------------------------------------------------ placeholders
def placeholder_names(text: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(text or "") if name is not None]


def check_placeholders(text: str, where: str) -> list[str]:
    problems = []
    try:
        names = placeholder_names(text)
    except ValueError:
        return [f"{where}: dấu ngoặc {{ }} không khớp."]
    for name in names:
        if name not in PLACEHOLDERS and name not in ALIASES:
            problems.append(f"{where}: không có biến {{{name}}}; các biến dùng được: "
                            + ", ".join(f"{{{n}}}" for n in PLACEHOLDERS) + ".")
    return problems


def _month_text(month: int) -> str:
    return f"{month:02d}" if month <= 2 else str(month)


def placeholder_values(period) -> dict:
    month, year = period.end.month, period.end.year
    next_month, next_year = (1, year + 1) if month == 12 else (month + 1, year)
    values = {"kỳ": period.label, "KỲ": period.label.upper(), "kỳ sau": period.next_label,
              "KỲ SAU": period.next_label.upper(), "tháng": _month_text(month), "tháng sau": _month_text(next_month),
              "mm": f"{month:02d}", "mm sau": f"{next_month:02d}", "năm": str(year), "năm sau": str(next_year)}
    values.update({alias: values[name] for alias, name in ALIASES.items()})
    return values


def fill(text: str, period) -> str:
    """`text` with its placeholders replaced (an unknown one is left as typed: validation refuses it on save)."""
    values = placeholder_values(period)

    def replace(match):
        return values.get(match.group(1), match.group(0))

    return re.sub(r"\{([^{}]+)\}", replace, text or "")


# --------------------------------------------------------------------------------------------------- numbering
def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letter(n: int) -> str:
    letters = "abcdeghiklmnopqrstuvxy"  # the Vietnamese alphabet's order without đ, f, j, w, z
    return letters[(n - 1) % len(letters)]


def styles_of(numbering: str) -> list[str]:
    styles = [s.strip() for s in (numbering or "").split(",") if s.strip()]
    return styles or ["roman", "arabic", "dotted", "dotted"]


def marker(styles: list[str], path: list[int], style: str = "") -> str:
    """The number of the node at `path` (its counters from level 1): "I.", "2.", "2.1.", "A.", "a)"."""
    level = len(path)
    style = style or styles[min(level, len(styles)) - 1]
    n = path[-1]
    if style == "roman":
        return f"{_roman(n)}."
    if style == "upper":
        return f"{_letter(n).upper()}."
    if style == "lower":
        return f"{_letter(n)})"
    if style == "dotted":
        first = level
        while first > 1 and styles[min(first - 1, len(styles)) - 1] in ("arabic", "dotted"):
            first -= 1
        return ".".join(str(part) for part in path[first - 1:]) + "."
    return f"{n}."


def numbered(nodes, styles: list[str]) -> list[tuple[object, str]]:
    """(node, its number) in order: the numbers follow the tree, whatever was typed."""
    counters: list[int] = []
    out = []
    for node in nodes:
        level = node.level
        counters = counters[:level]
        while len(counters) < level:
            counters.append(0)
        counters[level - 1] += 1
        out.append((node, marker(styles, counters, getattr(node, "style", ""))))
    return out


_MARKER = re.compile(r"^\s*(?P<mark>(?:\d+(?:\.\d+)*\.?)|(?:[IVXLC]+\.)|(?:[A-Z]\.)|(?:[a-zđ]\)))\s+(?P<rest>\S.*)$")


def _shape_levels(mark: str, styles: list[str]) -> list[int]:
    """The levels whose style can write `mark`."""
    mark = mark.rstrip(".)")
    levels = []
    for index, style in enumerate(styles, start=1):
        if style == "roman" and re.fullmatch(r"[IVXLC]+", mark):
            levels.append(index)
        elif style == "upper" and re.fullmatch(r"[A-Z]", mark):
            levels.append(index)
        elif style == "lower" and re.fullmatch(r"[a-zđ]", mark):
            levels.append(index)
        elif style in ("arabic", "dotted") and re.fullmatch(r"\d+(\.\d+)*", mark):
            parts = mark.count(".") + 1
            first = index
            while first > 1 and styles[first - 2] in ("arabic", "dotted"):
                first -= 1
            if index - first + 1 == parts:
                levels.append(index)
    return levels


def _style_of_mark(mark: str) -> str:
    mark = mark.rstrip(".)")
    if re.fullmatch(r"\d+", mark):
        return "arabic"
    if re.fullmatch(r"[IVXLC]+", mark):
        return "roman"
    if re.fullmatch(r"[A-Z]", mark):
        return "upper"
    if re.fullmatch(r"[a-zđ]", mark):
        return "lower"
    return ""


# ------------------------------------------------------------------------------------------------ text editing
def _source_key(text: str) -> str | None:
    text = text.strip()
    if text in SOURCES:
        return text
    return _LABEL_TO_KEY.get(text.casefold())


def parse_lines(text: str, numbering: str, unit_codes: dict | None = None) -> tuple[list[Node], list[Node]]:
    """(body nodes, appendix nodes) from the editor's lines. Raises OutlineProblem listing every bad line."""
    styles = styles_of(numbering)
    unit_codes = unit_codes or {}  # unit name or code (casefolded) → code
    problems, nodes, appendices = [], [], []
    counters: list[int] = []
    sibling_styles: list[str] = []
    for number, raw in enumerate((text or "").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        parts = [part.strip() for part in line.split("|")]
        head, source_text, unit_text = parts[0], (parts[1] if len(parts) > 1 else ""), \
            (parts[2] if len(parts) > 2 else "")
        if len(parts) > 3:
            problems.append(f"Dòng {number}: có quá nhiều dấu “|” (tối đa: tiêu đề | nguồn | đơn vị).")
            continue
        key = _source_key(source_text) if source_text and source_text.casefold() != SELF_WRITTEN.casefold() else ""
        if key is None:
            problems.append(f"Dòng {number}: không có nguồn nội dung “{source_text}”. Chọn một nguồn trong danh "
                            "sách bên cạnh, hoặc ghi “Đơn vị tự viết”.")
            continue
        self_written = source_text.casefold() == SELF_WRITTEN.casefold()
        units = []
        if unit_text:
            code = unit_codes.get(unit_text.casefold())
            if code is None:
                problems.append(f"Dòng {number}: không có đơn vị “{unit_text}” trong tổ chức.")
                continue
            units = [code]
        if key and SOURCES[key].appendix:
            appendices.append(Node(key="", level=1, heading=head, source=key, units=units))
            continue
        match = _MARKER.match(head)
        if not match:
            problems.append(f"Dòng {number}: thiếu số thứ tự ở đầu dòng (ví dụ “I.”, “1.”, “2.1.”, “a)”): “{head}”.")
            continue
        mark, heading = match.group("mark"), match.group("rest").strip()
        previous = len(counters)
        level, style = None, ""
        # the number expected next wins: a sibling keeps its elder's own style ("2." after "1." under "C."), and
        # "C." after "B." is the next part, not roman 100
        for candidate in range(min(previous + 1, len(styles)), 0, -1):
            own = sibling_styles[candidate - 1] if candidate <= previous else ""
            path = (counters[:candidate] + [0] * candidate)[:candidate]
            path[-1] += 1
            if marker(styles, path, own).rstrip(".)") == mark.rstrip(".)"):
                level, style = candidate, own
                break
        if level is None:
            candidates = [lv for lv in _shape_levels(mark, styles) if lv <= previous + 1]
            if not candidates and "." not in mark.rstrip("."):
                # numbered unlike its level ("1." right under "C."): a sub-section with its own style
                style = _style_of_mark(mark)
                candidates = [previous + 1] if style and previous + 1 <= len(styles) else []
            if not candidates:
                problems.append(f"Dòng {number}: số “{mark}” không đúng cấp: mục con phải nằm ngay dưới một mục cha.")
                continue
            level = max(candidates)
        counters = counters[:level]
        sibling_styles = sibling_styles[:level]
        while len(counters) < level:
            counters.append(0)
            sibling_styles.append("")
        counters[level - 1] += 1
        sibling_styles[level - 1] = style
        nodes.append(Node(key="", level=level, heading=heading, source=key, units=units, self_written=self_written,
                          style=style))
    if problems:
        raise OutlineProblem(problems)
    return nodes, appendices


def to_lines(nodes: list[Node], appendices: list[Node], numbering: str, unit_names: dict | None = None) -> str:
    """The editor's lines of an outline (inverse of `parse_lines`)."""
    unit_names = unit_names or {}
    lines = []
    for node, number in numbered(nodes, styles_of(numbering)):
        lines.append(_line(f"{'    ' * (node.level - 1)}{number} {node.heading}", node, unit_names))
    for node in appendices:
        lines.append(_line(node.heading, node, unit_names))
    return "\n".join(lines)


def _line(head: str, node: Node, unit_names: dict) -> str:
    source = SOURCES[node.source].label if node.source in SOURCES else (SELF_WRITTEN if node.self_written else "")
    unit = unit_names.get(node.units[0], node.units[0]) if node.units else ""
    parts = [head, source, unit] if unit else ([head, source] if source else [head])
    return " | ".join(parts)


def validate(nodes: list[Node], appendices: list[Node], *, title: str = "", opening: str = "",
             closing: str = "") -> list[str]:
    """Everything wrong with an outline, in Vietnamese (empty: it is fine)."""
    problems = []
    if not nodes:
        problems.append("Đề cương chưa có mục nào.")
    if not (title or "").strip():
        problems.append("Chưa có mẫu trích yếu.")
    problems += check_placeholders(title, "Trích yếu")
    problems += check_placeholders(opening, "Đoạn mở đầu")
    problems += check_placeholders(closing, "Câu kết")
    previous = 0
    for index, node in enumerate(nodes):
        name = f"Mục “{node.heading}”"
        if node.level < 1 or node.level > previous + 1:
            problems.append(f"{name}: sai cấp (mục con phải nằm ngay dưới một mục cha).")
        previous = node.level
        if node.source and node.source not in SOURCES:
            problems.append(f"{name}: không có nguồn nội dung “{node.source}”.")
        elif node.source and SOURCES[node.source].appendix:
            problems.append(f"{name}: “{SOURCES[node.source].label}” là phụ lục, không phải một mục của thân báo cáo.")
        has_children = index + 1 < len(nodes) and nodes[index + 1].level > node.level
        if not node.source and not has_children and not node.self_written:
            problems.append(f"{name}: chưa có nguồn nội dung, không có mục con và không ghi “{SELF_WRITTEN}”.")
        if not node.heading.strip():
            problems.append("Có mục chưa có tiêu đề.")
        problems += check_placeholders(node.heading, name)
    for node in appendices:
        if node.source not in SOURCES or not SOURCES[node.source].appendix:
            problems.append(f"Phụ lục “{node.heading}”: không có nguồn phụ lục “{node.source}”.")
    return problems


def assign_keys(nodes: list[Node], appendices: list[Node]) -> None:
    """Stable, unique keys (the report sections' keys): the source's key when it is free, else "muc-<n>"."""
    used = set()
    for index, node in enumerate([*nodes, *appendices], start=1):
        key = node.source.replace(":", "-") if node.source else ""
        if not key or key in used:
            key = f"muc-{index}"
        used.add(key)
        node.key = key


# ------------------------------------------------------------------------------------------------ defaults
@dataclass
class OutlineDraft:
    """An outline before it is stored: what `ReportOutline` holds."""

    title: str
    nodes: list[Node]
    appendices: list[Node] = field(default_factory=list)
    opening: str = ""
    closing: str = ""
    numbering: str = "roman,arabic,dotted,dotted"


GENERIC_CLOSING = ("Trên đây là báo cáo kết quả hoạt động khoa học và công nghệ {kỳ} và phương hướng, nhiệm vụ "
                   "{kỳ sau} của Sở Khoa học và Công nghệ./.")
GENERIC_TITLES = {
    "tuan": "Kết quả công tác {kỳ}\nvà nhiệm vụ trọng tâm {kỳ sau}",
    "thang": "Kết quả hoạt động khoa học và công nghệ {kỳ},\nphương hướng nhiệm vụ {kỳ sau}",
    "quy": "Kết quả hoạt động khoa học và công nghệ {kỳ}\nvà nhiệm vụ {kỳ sau}",
    "6thang": "Kết quả hoạt động KH&CN {kỳ}\nvà nhiệm vụ, giải pháp {kỳ sau}",
    "9thang": "Kết quả hoạt động khoa học và công nghệ {kỳ}\nvà nhiệm vụ trọng tâm {kỳ sau}",
    "nam": "Kết quả hoạt động khoa học và công nghệ {kỳ}\nvà phương hướng, nhiệm vụ {kỳ sau}",
    "dotxuat": "Kết quả hoạt động khoa học và công nghệ {kỳ}",
}


def generic_default(kind: str) -> OutlineDraft:
    """The outline of an organisation that has not written its own: the sections every Sở reports."""
    nodes = [Node("", 1, "KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ {KỲ}")]
    nodes += [Node("", 2, heading, key) for key, heading, _units in SECTION_SPECS]
    nodes += [Node("", 1, "ĐÁNH GIÁ CHUNG", "danh_gia"),
              Node("", 1, "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM {KỲ SAU}", "phuong_huong")]
    appendices = [Node("", 1, "Phụ lục IV", "phu_luc_iv")]
    draft = OutlineDraft(title=GENERIC_TITLES.get(kind, GENERIC_TITLES["dotxuat"]), nodes=nodes,
                         appendices=appendices, closing=GENERIC_CLOSING)
    assign_keys(draft.nodes, draft.appendices)
    return draft


def draft_from_lines(title: str, lines: str, *, numbering: str = "roman,arabic,dotted,dotted", opening: str = "",
                     closing: str = "", unit_codes: dict | None = None) -> OutlineDraft:
    """An outline written as an editor would write it (the demo organisations' defaults)."""
    nodes, appendices = parse_lines(lines, numbering, unit_codes)
    assign_keys(nodes, appendices)
    return OutlineDraft(title=title, nodes=nodes, appendices=appendices, opening=opening, closing=closing,
                        numbering=numbering)
