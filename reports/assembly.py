"""Report content assembled from the data, in the structure of seeds 000, 002, 003 and 004.

Numbers come only from the other apps' selectors (one truth): `directives.selectors.directive_summary`,
`sciencetasks.selectors.year_stats` and `registers.selectors.register_stats` (+ their detail lists for
footnotes). `collect()` calls them; `build_content()` turns the numbers into seed-like sentences:
Vietnamese dates and numbers, counts under ten as "02", amounts with words. A period without data says
so in words.

Every number in a sentence is a run tagged with its figure key, so the web view links it to the records
it counts (the `figures` dict of the content keeps the label, the value and those records).
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field

from core.documents.layout import heading, para, run, section, table
from core.formatting import amount_in_words, format_amount, format_count, format_date, format_number

from .periods import Period

log = logging.getLogger(__name__)

# Sections in the order of the seeds; each with the unit codes that usually own it (first match wins).
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


# --------------------------------------------------------------------------------------- collecting
@dataclass
class ReportData:
    directives: dict = field(default_factory=dict)
    upcoming: list = field(default_factory=list)
    science: dict = field(default_factory=dict)
    registers: dict = field(default_factory=dict)
    register_details: dict = field(default_factory=dict)
    licences_expiring: list = field(default_factory=list)
    sources: dict = field(default_factory=dict)  # which selectors answered (for the web view)
    errors: list = field(default_factory=list)  # (app, message) of selectors that failed


def _call(module_name: str, function_name: str, **kwargs):
    """Call another app's selector if it exists yet (the apps are built in parallel)."""
    from importlib import import_module

    try:
        module = import_module(module_name)
    except ImportError:
        return None
    function = getattr(module, function_name, None)
    if function is None:
        return None
    try:
        return function(**kwargs)
    except Exception as exc:  # noqa: BLE001 - one failing app must not sink the whole report
        log.exception("selector %s.%s failed", module_name, function_name)
        ERRORS.append((module_name.split(".")[0], f"{function_name}: {exc}"))
        return None


ERRORS: list = []


def collect(organisation, period: Period) -> ReportData:
    data = ReportData()
    ERRORS.clear()
    start, end = period.start, period.end
    value = _call("directives.selectors", "directive_summary", organisation=organisation, date_from=start,
                  date_to=end)
    if value is not None:
        data.directives = dict(value)
        data.sources["directives"] = True
    for name in ("upcoming_tasks", "open_tasks"):
        value = _call("directives.selectors", name, organisation=organisation, date_from=end + dt.timedelta(days=1),
                      date_to=end + dt.timedelta(days=62)) if name == "upcoming_tasks" else None
        if value:
            data.upcoming = list(value)[:30]
            break
    value = _call("sciencetasks.selectors", "year_stats", organisation=organisation, year=period.end.year, date_to=end)
    if value is not None:
        data.science = dict(value)
        data.sources["sciencetasks"] = True
        details = _call("sciencetasks.selectors", "year_details", organisation=organisation, year=period.end.year,
                        date_to=end)
        if details:
            data.science["details"] = dict(details)
    value = _call("registers.selectors", "register_stats", organisation=organisation, date_from=start, date_to=end)
    if value is not None:
        data.registers = dict(value)
        data.sources["registers"] = True
        details = _call("registers.selectors", "register_details", organisation=organisation, date_from=start,
                        date_to=end)
        data.register_details = dict(details or {})
        expiring = _call("registers.selectors", "licences_expiring", organisation=organisation, today=end)
        data.licences_expiring = list(expiring or [])[:50]
    data.errors = list(ERRORS)
    return data


# ------------------------------------------------------------------------------------------- helpers
def count(value) -> int:
    """A count from whatever a selector returns: int, list/queryset (its length), {"count"/"total"}."""
    if value is None:
        return 0
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, dict):
        for key in ("count", "total", "value", "assigned"):
            if key in value:
                return count(value[key])
        return 0
    try:
        return len(value)
    except TypeError:
        return 0


def pairs(value) -> list[tuple[str, int]]:
    """[(label, count)] from a dict {label: n}, a list of dicts or of tuples."""
    if not value:
        return []
    if isinstance(value, dict):
        return [(str(k), count(v)) for k, v in value.items() if count(v)]
    out = []
    for item in value:
        if isinstance(item, dict):
            label = item.get("label") or item.get("name") or item.get("field") or item.get("level") or ""
            out.append((str(label), count(item.get("count", item.get("total", item.get("value"))))))
        elif isinstance(item, (list, tuple)) and len(item) >= 2:
            out.append((str(item[0]), count(item[1])))
    return [(label, n) for label, n in out if n]


NAME_KEYS = ("short_name", "name", "title", "project", "text", "content", "subject", "facility", "enterprise")


def names(value) -> list[str]:
    if not value or isinstance(value, (int, float)):
        return []
    out = []
    for item in value:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict):
            for key in NAME_KEYS:
                if item.get(key):
                    out.append(str(item[key]))
                    break
        else:
            out.append(str(getattr(item, "short_name", "") or item))
    return [name.strip() for name in out if name and name.strip()]


def pick(item, *keys, default=""):
    if isinstance(item, dict):
        for key in keys:
            if item.get(key) not in (None, ""):
                return item[key]
        return default
    for key in keys:
        value = getattr(item, key, None)
        if value not in (None, ""):
            return value
    return default


def as_text(value) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return format_date(value)
    if value is None:
        return ""
    return str(value)


def table_count(value: int) -> str:
    """Counts in the appendix tables, as seed 003 writes them: "58", "03", "0"."""
    return "0" if not value else format_count(value)


def _record(item) -> dict:
    """A counted record for the web view: its text and, when the selector gives one, its URL."""
    if isinstance(item, dict):
        text = pick(item, "text", "title", "short_name", "name", "project", "topic", "facility", "enterprise")
        parts = [as_text(pick(item, "source"))] if item.get("source") else []
        return {"text": " — ".join([*parts, as_text(text)]) if parts else as_text(text), "url": item.get("url", "")}
    return {"text": as_text(item), "url": ""}


def labelled(value: dict | None, choices_path: str) -> dict:
    """{code: n} → {label: n} using another app's choices (e.g. "sciencetasks.choices.Level")."""
    if not isinstance(value, dict):
        return value or {}
    from importlib import import_module

    module_name, _, class_name = choices_path.rpartition(".")
    try:
        labels = {code: str(label) for code, label in getattr(import_module(module_name), class_name).choices}
    except (ImportError, AttributeError):
        labels = {}
    return {labels.get(code, code): n for code, n in value.items()}


class Figures:
    """The figures of one report: key → label, value, records counted (for the web view's links)."""

    def __init__(self):
        self.items: dict[str, dict] = {}

    def add(self, key: str, label: str, value, records=None, source: str = "") -> str:
        self.items[key] = {"label": label, "value": count(value) if not isinstance(value, str) else value,
                           "records": [_record(r) for r in (records or [])][:200], "source": source}
        return key


PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)(?::(amount))?\}")


def sentence(template: str, values: dict, figures: Figures, *, footnote: str | None = None,
             indent: bool = True) -> dict:
    """A paragraph from "… {instruments_verified} phương tiện đo …": every {key} becomes a figure run
    ("02" under ten, 1.234 otherwise); {key:amount} becomes "45.998.409 đồng (Bốn mươi … đồng)"."""
    runs = []
    position = 0
    for match in PLACEHOLDER.finditer(template):
        if match.start() > position:
            runs.append(run(template[position:match.start()]))
        key, style = match.group(1), match.group(2)
        value = values.get(key, 0)
        if style == "amount":
            runs.append(run(format_amount(value), figure=key))
            runs.append(run(f" ({amount_in_words(value)})"))
        else:
            number = count(value)
            runs.append(run(format_count(number) if number else "0", figure=key))
        position = match.end()
    if position < len(template):
        runs.append(run(template[position:]))
    if footnote:
        # the footnote mark goes after the last figure/text but before a final period
        last = runs[-1]
        if last["text"].endswith(".") and not last.get("figure"):
            last["text"] = last["text"][:-1]
            runs.append(run("", footnote=footnote))
            runs.append(run("."))
        else:
            runs.append(run("", footnote=footnote))
    return para(*runs, indent=indent)


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def joined(items) -> str:
    """ "a", "a và b", "a, b và c" (as the seeds enumerate)."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


def numbered(items) -> str:
    """ "(1) …; (2) …." as seed 004's footnotes list named records."""
    items = [str(item).strip().rstrip(".;") for item in items if item and str(item).strip()]
    return "; ".join(f"({index}) {item}" for index, item in enumerate(items, 1)) + "." if items else ""


def listing(items, limit: int = 40) -> str:
    items = [item for item in items if item]
    text = "; ".join(items[:limit])
    if len(items) > limit:
        text += f"; và {format_count(len(items) - limit)} trường hợp khác"
    return text + "." if text else ""


# --------------------------------------------------------------------------------------- the sections
@dataclass
class Content:
    sections: dict  # key -> list of blocks (generated)
    appendices: list
    figures: dict
    assessment: list
    direction: list
    has_data: bool
    intro: list


def build_content(organisation, period: Period, data: ReportData) -> Content:
    figures = Figures()
    builders = {
        "tham_muu": lambda: [],
        "khoa_hoc": lambda: _science(period, data, figures),
        "cong_nghe": lambda: _technology(data, figures),
        "tdc": lambda: _standards(data, figures),
        "thanh_tra": lambda: _inspection(data, figures),
        "van_phong": lambda: _office(data, figures),
        "don_vi": lambda: _public_units(data, figures),
        "nhiem_vu_ubnd": lambda: _directives(period, data, figures),
    }
    sections = {}
    for key, _title, _units in SECTION_SPECS:
        try:
            sections[key] = builders[key]()
        except Exception:  # a selector with an unexpected shape must not sink the whole report
            log.exception("report section %s failed", key)
            sections[key] = [para("(Chưa tổng hợp được số liệu phần này do lỗi dữ liệu; đề nghị đơn vị kiểm tra.)")]
    for activity_section, key in ACTIVITY_SECTIONS.items():
        extra = activity_blocks(data, (activity_section,))
        if extra:
            kept = [block for block in sections.get(key, []) if block.get("key") != "nothing"]
            sections[key] = kept + extra
    section_apps = {"khoa_hoc": "sciencetasks", "nhiem_vu_ubnd": "directives", "cong_nghe": "registers",
                    "tdc": "registers", "thanh_tra": "registers", "van_phong": "registers", "don_vi": "registers"}
    for key, app in section_apps.items():
        failures = [message for failed_app, message in data.errors if failed_app == app]
        if failures:
            sections[key] = [para(f"(Chưa lấy được đầy đủ số liệu từ phân hệ {app}: {failures[0]}. Đề nghị quản "
                                  "trị hệ thống kiểm tra rồi tạo lại số liệu.)")] + sections[key]
    has_data = any(item["value"] for item in figures.items.values() if isinstance(item["value"], int))
    intro = []
    if not has_data:
        intro.append(para(
            f"Trong kỳ báo cáo (từ ngày {format_date(period.start)} đến ngày {format_date(period.end)}), "
            "chưa có số liệu nào được cập nhật trên hệ thống: không phát sinh nhiệm vụ được giao, nhiệm vụ "
            "khoa học và công nghệ hay hồ sơ, kết quả kiểm định nào. Các phòng, đơn vị bổ sung nội dung hoạt "
            "động trong kỳ (nếu có)."
        ))
    return Content(
        sections=sections,
        appendices=_appendices(period, data, figures),
        figures=figures.items,
        assessment=_assessment(period, data, figures, has_data),
        direction=_direction(period, data),
        has_data=has_data,
        intro=intro,
    )


def _nothing(text: str) -> list[dict]:
    return [para(f"- Trong kỳ, không phát sinh {text}.", key="nothing")]


def _science(period, data, figures) -> list[dict]:
    s = data.science
    if not s:
        return _nothing("số liệu về nhiệm vụ khoa học và công nghệ") if "sciencetasks" in data.sources else []
    year = period.end.year
    managed, carried, new = count(s.get("managed")), count(s.get("carried_over")), count(s.get("new"))
    detail = s.get("details") or {}
    figures.add("st_managed", f"Nhiệm vụ KH&CN quản lý năm {year}", managed, names(s.get("managed")) or
                names(detail.get("managed")), "sciencetasks")
    figures.add("st_carried_over", "Nhiệm vụ chuyển tiếp", carried, names(s.get("carried_over")) or
                names(detail.get("carried_over")), "sciencetasks")
    figures.add("st_new", f"Nhiệm vụ thực hiện từ năm {year}", new, names(s.get("new")) or names(detail.get("new")),
                "sciencetasks")
    values = {"st_managed": managed, "st_carried_over": carried, "st_new": new}
    blocks = []
    if not managed:
        blocks += _nothing("số liệu về nhiệm vụ khoa học và công nghệ")
    else:
        levels = pairs(labelled(s.get("by_level"), "sciencetasks.choices.Level"))
        level_names = [lower_first(label) for label, _ in levels]
        footnote = None
        if len(levels) == 1:
            scope = " " + level_names[0].replace("chương trình", "thuộc chương trình")
        else:
            scope = ""
            if levels:
                footnote = "Trong đó: " + joined(f"{format_count(n)} nhiệm vụ {name}" for name, (_, n) in
                                                zip(level_names, levels)) + "."
        if carried and new:
            text = (f"Năm {year}, Sở Khoa học và Công nghệ quản lý {{st_managed}} nhiệm vụ khoa học và công nghệ"
                    f"{scope} ({{st_carried_over}} nhiệm vụ chuyển tiếp; {{st_new}} nhiệm vụ thực hiện từ năm {year}).")
        elif carried:
            text = (f"Năm {year}, Sở Khoa học và Công nghệ quản lý {{st_managed}} nhiệm vụ khoa học và công nghệ"
                    f"{scope} chuyển tiếp từ các năm trước.")
        else:
            text = (f"Năm {year}, Sở Khoa học và Công nghệ quản lý {{st_managed}} nhiệm vụ khoa học và công nghệ"
                    f"{scope} thực hiện từ năm {year}.")
        blocks.append(sentence(text, values, figures, footnote=footnote))
    accepted = s.get("accepted")
    n_accepted = count(accepted)
    if n_accepted:
        figures.add("st_accepted", "Nhiệm vụ được nghiệm thu", n_accepted, names(accepted) or
                    names(detail.get("accepted")), "sciencetasks")
        grades = pairs(labelled(s.get("accepted_by_grade"), "sciencetasks.choices.Grade"))
        grade_text = ""
        if grades:
            if len(grades) == 1:
                grade_text = f", kết quả xếp loại \"{grades[0][0]}\""
            else:
                grade_text = ", kết quả: " + joined(f"{format_count(n)} nhiệm vụ xếp loại \"{label}\"" for label, n in grades)
        accepted_names = names(accepted) or names(detail.get("accepted"))
        named = f" ({'; '.join(accepted_names)})" if accepted_names and len(accepted_names) <= 8 else ""
        blocks.append(sentence(f"- Tổ chức nghiệm thu {{st_accepted}} đề tài, dự án{named}{grade_text}.",
                               {"st_accepted": n_accepted}, figures))
    for key, label, template in (
        ("inspections", "Lượt kiểm tra tiến độ", "- Tổ chức kiểm tra tiến độ định kỳ, đột xuất {st_inspections} lượt đề tài, dự án."),
        ("extended", "Nhiệm vụ được gia hạn", "- Gia hạn thời gian thực hiện {st_extended} nhiệm vụ{names}."),
        ("stopped", "Nhiệm vụ dừng thực hiện", "- Dừng thực hiện {st_stopped} nhiệm vụ{names}."),
    ):
        value = s.get(key)
        n = count(value)
        if not n:
            continue
        item_names = names(value) or names(detail.get(key))
        figures.add(f"st_{key}", label, n, item_names, "sciencetasks")
        named = f" ({'; '.join(item_names)})" if item_names and len(item_names) <= 8 else ""
        blocks.append(sentence(template.replace("{names}", named), {f"st_{key}": n}, figures))
    registered = s.get("registered")
    if count(registered):
        reg_names = names(registered) or names(detail.get("registered"))
        reg_titles = [pick(item, "title", "short_name") for item in (detail.get("registered") or [])
                      if isinstance(item, dict)]
        figures.add("st_registered", "Giấy chứng nhận đăng ký kết quả", count(registered), reg_names, "sciencetasks")
        blocks.append(sentence(
            "- Cấp {st_registered} Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ.",
            {"st_registered": count(registered)}, figures, footnote=numbered(reg_titles) or listing(reg_names) or None))
    proposals = count(s.get("proposals_next_year"))
    if proposals:
        figures.add("st_proposals", f"Đề xuất đặt hàng nhiệm vụ năm {year + 1}", proposals,
                    names(s.get("proposals_next_year")), "sciencetasks")
        by_field = pairs(labelled(s.get("proposals_next_year_by_field"), "sciencetasks.choices.Field"))
        field_text = f" ({'; '.join(f'{label[0].lower() + label[1:]} {n}' for label, n in by_field)})" if by_field else ""
        text = (f"- Nhiệm vụ thực hiện từ năm {year + 1}: có {{st_proposals}} nhiệm vụ của các tổ chức, cá nhân "
                f"đề xuất đặt hàng{field_text}.")
        selected = count(s.get("selected_next_year"))
        values = {"st_proposals": proposals}
        if selected:
            figures.add("st_selected", f"Nhiệm vụ được xác định thực hiện từ năm {year + 1}", selected,
                        names(s.get("selected_next_year")), "sciencetasks")
            values["st_selected"] = selected
            text += (f" Hội đồng Khoa học và Công nghệ tỉnh xác định được {{st_selected}} nhiệm vụ thực hiện "
                     f"từ năm {year + 1}.")
        blocks.append(sentence(text, values, figures))
    return blocks


def _reg(data, figures, key, label, details=None):
    value = data.registers.get(key, 0) or 0
    figures.add(key, label, value, details or [], "registers")
    return value


def _technology(data, figures) -> list[dict]:
    if not data.registers:
        return []
    r, d = data.registers, data.register_details
    blocks = []
    opinions = _reg(data, figures, "technology_opinions", "Dự án được tham gia ý kiến về công nghệ",
                    names(d.get("technology_opinions")))
    if opinions:
        blocks.append(sentence("- Tham gia ý kiến về công nghệ đối với {technology_opinions} dự án đầu tư.", r, figures,
                               footnote=listing(names(d.get("technology_opinions"))) or None))
    ip = _reg(data, figures, "ip_cases_guided", "Trường hợp được hướng dẫn về sở hữu trí tuệ",
              [pick(x, "enterprise", "subject") for x in d.get("ip_cases") or []])
    if ip:
        ip_kinds = {str(pick(x, "kind")) for x in d.get("ip_cases") or [] if pick(x, "kind")}
        what = f"đăng ký {lower_first(ip_kinds.pop())}" if len(ip_kinds) == 1 else \
            "đăng ký bảo hộ quyền sở hữu công nghiệp"
        blocks.append(sentence("- Hướng dẫn hồ sơ " + what + " cho {ip_cases_guided} trường hợp.",
                               r, figures, footnote=listing([pick(x, "enterprise", "subject") for x in d.get("ip_cases") or []]) or None))
    licence_rows = d.get("radiation_licences") or []
    issued = _reg(data, figures, "radiation_licences_issued", "Giấy phép tiến hành công việc bức xạ cấp mới",
                  [pick(x, "facility") for x in licence_rows if pick(x, "kind") == "Cấp mới"])
    renewed = _reg(data, figures, "radiation_licences_renewed", "Giấy phép gia hạn",
                   [pick(x, "facility") for x in licence_rows if pick(x, "kind") == "Gia hạn"])
    certificates = _reg(data, figures, "radiation_certificates", "Chứng chỉ nhân viên bức xạ")
    declarations = _reg(data, figures, "radiation_declarations_new", "Thiết bị X-quang được khai báo")
    returned = _reg(data, figures, "radiation_licences_returned", "Hồ sơ cấp giấy phép trả lại")
    if issued or renewed or certificates or declarations or returned:
        parts = []
        if declarations:
            parts.append("tiếp nhận khai báo {radiation_declarations_new} thiết bị bức xạ")
        if certificates:
            parts.append("cấp chứng chỉ cho {radiation_certificates} nhân viên bức xạ")
        if issued:
            parts.append("cấp {radiation_licences_issued} giấy phép tiến hành công việc bức xạ")
        if renewed:
            parts.append("cấp {radiation_licences_renewed} giấy phép (gia hạn)")
        if returned:
            parts.append("trả lại {radiation_licences_returned} hồ sơ cấp giấy phép")
        text = "- Công tác an toàn bức xạ: " + "; ".join(parts) + "."
        blocks.append(sentence(text, r, figures,
                               footnote=listing([f"{pick(x, 'facility')} ({pick(x, 'kind').lower()})"
                                                 for x in licence_rows]) or None))
    incidents = _reg(data, figures, "radiation_incidents", "Sự cố bức xạ", names(d.get("incidents")))
    if incidents:
        blocks.append(sentence("- Tham mưu xử lý {radiation_incidents} sự cố bức xạ trên địa bàn tỉnh.", r, figures,
                               footnote=listing(names(d.get("incidents"))) or None))
    initiatives = _reg(data, figures, "initiatives_recognised", "Sáng kiến được công nhận")
    if initiatives:
        blocks.append(sentence("- Tham mưu công nhận {initiatives_recognised} sáng kiến cấp tỉnh.", r, figures))
    if not blocks:
        blocks = _nothing("hồ sơ về công nghệ, sở hữu trí tuệ và an toàn bức xạ")
    return blocks


def _standards(data, figures) -> list[dict]:
    if not data.registers:
        return []
    r, d = data.registers, data.register_details
    blocks = []
    conformity_rows = d.get("conformity_declarations") or []
    declarations = _reg(data, figures, "conformity_declarations", "Hồ sơ công bố hợp chuẩn, hợp quy",
                        [f"{pick(x, 'enterprise')}: {pick(x, 'product')}" for x in conformity_rows])
    if declarations:
        _reg(data, figures, "conformity_products", "Sản phẩm công bố hợp chuẩn, hợp quy")
        conformity_kinds = {str(pick(x, "kind")) for x in conformity_rows if pick(x, "kind")}
        what = lower_first(conformity_kinds.pop()) if len(conformity_kinds) == 1 else "công bố hợp chuẩn, hợp quy"
        text = "- Tiếp nhận, thẩm tra và cấp Thông báo cho {conformity_declarations} hồ sơ " + what
        if r.get("conformity_products"):
            text += " của {conformity_products} sản phẩm"
        notices = [pick(x, "notice") for x in conformity_rows]
        blocks.append(sentence(text + ".", r, figures, footnote=listing(notices) or None))
    added = _reg(data, figures, "standards_added", "Tiêu chuẩn quốc gia cập nhật vào kho")
    if added:
        _reg(data, figures, "standards_total", "Tổng số tiêu chuẩn quốc gia trong kho")
        text = "- Cập nhật {standards_added} Tiêu chuẩn quốc gia vào kho tài liệu Tiêu chuẩn"
        if r.get("standards_total"):
            text += ", nâng tổng số Tiêu chuẩn quốc gia trong kho lên {standards_total} Tiêu chuẩn"
        blocks.append(sentence(text + ".", r, figures))
    checks = _reg(data, figures, "quality_checks", "Cuộc kiểm tra chất lượng, nhãn hàng hóa",
                  [pick(x, "topic") for x in d.get("compliance_checks") or []])
    measurement = _reg(data, figures, "measurement_checks", "Cuộc kiểm tra nhà nước về đo lường")
    if checks or measurement:
        parts = []
        if measurement:
            parts.append("{measurement_checks} cuộc kiểm tra nhà nước về đo lường")
        if checks:
            parts.append("{quality_checks} cuộc kiểm tra về chất lượng, nhãn hàng hóa")
        blocks.append(sentence("- Hoàn thành " + " và ".join(parts) + ".", r, figures,
                               footnote=listing([pick(x, "topic") for x in d.get("compliance_checks") or []]) or None))
    barcodes = _reg(data, figures, "barcode_registrations", "Hồ sơ mã số mã vạch")
    if barcodes:
        blocks.append(sentence("- Hướng dẫn {barcode_registrations} cơ sở đăng ký, cấp lại mã số mã vạch.", r, figures))
    if not blocks:
        blocks = _nothing("hồ sơ về tiêu chuẩn, đo lường, chất lượng")
    return blocks


def _inspection(data, figures) -> list[dict]:
    if not data.registers:
        return []
    r, d = data.registers, data.register_details
    blocks = []
    rows = d.get("inspections") or []
    concluded = _reg(data, figures, "inspections_concluded", "Cuộc thanh tra đã ban hành kết luận",
                     [pick(x, "topic") for x in rows if pick(x, "concluded", default=False)])
    conducted = _reg(data, figures, "inspections_conducted", "Cuộc thanh tra, kiểm tra thực hiện",
                     [pick(x, "topic") for x in rows])
    if conducted or concluded:
        # seed 002: "Tổng số cuộc thực hiện: 02 cuộc …", "Số cuộc đã ban hành kết luận: 02."; a zero reads "không có"
        text = "- Tổng số cuộc thanh tra, kiểm tra thực hiện: {inspections_conducted} cuộc" if conducted else \
            "- Trong kỳ, không tiến hành cuộc thanh tra, kiểm tra mới"
        text += "; số cuộc đã ban hành kết luận: {inspections_concluded}." if concluded else \
            "; số cuộc đã ban hành kết luận: không có."
        blocks.append(sentence(text, r, figures, footnote=listing([pick(x, "topic") for x in rows]) or None))
    subjects = _reg(data, figures, "inspection_subjects", "Tổ chức, cá nhân được thanh tra")
    if subjects:
        blocks.append(sentence("- Số tổ chức, cá nhân được thanh tra, kiểm tra: {inspection_subjects}.", r, figures))
    instruments = _reg(data, figures, "inspection_instruments_checked", "Phương tiện đo được kiểm tra tính pháp lý")
    if instruments:
        blocks.append(sentence("- Kiểm tra tính pháp lý của {inspection_instruments_checked} phương tiện đo các loại.",
                               r, figures))
    amount = int(r.get("amount_recovered") or 0)
    if amount:
        figures.add("amount_recovered", "Số tiền giảm trừ, thu hồi qua thanh tra", amount, [], "registers")
        blocks.append(sentence("- Kết quả thanh tra: giảm trừ, thu hồi số tiền là {amount_recovered:amount}.", r, figures))
    petitions = _reg(data, figures, "petitions_total", "Đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh")
    if petitions:
        blocks.append(sentence("- Tiếp nhận {petitions_total} đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh.", r, figures))
    else:
        blocks.append(para("- Công tác tiếp công dân, giải quyết khiếu nại, tố cáo: trong kỳ, Sở không nhận được đơn "
                           "thư phản ánh, kiến nghị, khiếu nại, tố cáo thuộc lĩnh vực quản lý."))
    return blocks


def _office(data, figures) -> list[dict]:
    if not data.registers:
        return []
    r = data.registers
    received = _reg(data, figures, "tthc_received", "Hồ sơ TTHC tiếp nhận")
    if not received:
        return _nothing("hồ sơ thủ tục hành chính")
    for key, label in (("tthc_resolved", "Hồ sơ TTHC đã giải quyết"), ("tthc_on_time", "Hồ sơ giải quyết đúng hạn"),
                       ("tthc_early", "Hồ sơ giải quyết trước hạn"), ("tthc_late", "Hồ sơ giải quyết quá hạn"),
                       ("tthc_pending", "Hồ sơ đang giải quyết"), ("tthc_returned", "Hồ sơ trả lại")):
        _reg(data, figures, key, label)
    on_time = int(r.get("tthc_on_time") or 0) + int(r.get("tthc_early") or 0)
    figures.add("tthc_on_time_total", "Hồ sơ giải quyết đúng hạn, trước hạn", on_time, [], "registers")
    values = dict(r, tthc_on_time_total=on_time)
    resolved = int(r.get("tthc_resolved") or 0)
    late, pending, returned = (int(r.get(key) or 0) for key in ("tthc_late", "tthc_pending", "tthc_returned"))
    if resolved == received and on_time == resolved and not (late or pending or returned):
        return [sentence("- Tiếp nhận và giải quyết đúng hạn, trước hạn {tthc_received} hồ sơ thủ tục hành chính "
                         "(đạt 100%).", values, figures)]
    text = "- Tiếp nhận {tthc_received} hồ sơ thủ tục hành chính"
    if resolved:
        if on_time == resolved:
            text += "; đã giải quyết đúng hạn, trước hạn {tthc_resolved} hồ sơ"
        else:
            text += "; đã giải quyết {tthc_resolved} hồ sơ"
            parts = []
            if on_time:
                parts.append("{tthc_on_time_total} hồ sơ đúng hạn, trước hạn")
            if late:
                parts.append("{tthc_late} hồ sơ quá hạn")
            if parts:
                text += ", trong đó " + " và ".join(parts)
    if pending:
        text += "; {tthc_pending} hồ sơ đang giải quyết"
    if returned:
        text += "; {tthc_returned} hồ sơ trả lại"
    return [sentence(text + ".", values, figures)]


def _public_units(data, figures) -> list[dict]:
    if not data.registers:
        return []
    r, d = data.registers, data.register_details
    blocks = []
    verifications = d.get("verifications") or []
    verified = _reg(data, figures, "instruments_verified", "Phương tiện đo được kiểm định, hiệu chuẩn, thử nghiệm",
                    [f"{pick(x, 'label')}: {pick(x, 'quantity')}" for x in verifications])
    if verified:
        _reg(data, figures, "instrument_facilities", "Cơ sở có phương tiện đo được kiểm định")
        _reg(data, figures, "instruments_passed", "Phương tiện đo đạt yêu cầu kỹ thuật")
        _reg(data, figures, "instruments_failed", "Phương tiện đo không đạt yêu cầu kỹ thuật")
        text = "- Kiểm định, hiệu chuẩn và thử nghiệm {instruments_verified} phương tiện đo các loại"
        if r.get("instrument_facilities"):
            text += " của {instrument_facilities} cơ sở"
        passed, failed = int(r.get("instruments_passed") or 0), int(r.get("instruments_failed") or 0)
        if passed and failed:
            text += ", {instruments_passed} đạt, {instruments_failed} không đạt yêu cầu kỹ thuật"
        elif passed:
            text += ", tất cả đạt yêu cầu kỹ thuật" if passed == verified else \
                ", {instruments_passed} đạt yêu cầu kỹ thuật"
        elif failed:
            text += ", {instruments_failed} không đạt yêu cầu kỹ thuật"
        by_type = [f"{format_count(count(pick(x, 'quantity', default=0)))} {lower_first(str(pick(x, 'label')))}"
                   for x in verifications if count(pick(x, 'quantity', default=0))]
        blocks.append(sentence(text + ".", r, figures,
                               footnote=("Trong đó: " + listing(by_type)) if len(by_type) > 1 else None))
    samples = _reg(data, figures, "samples_tested", "Mẫu thử nghiệm, phân tích")
    if samples:
        kinds = pairs(r.get("samples_by_kind"))
        labels = _sample_labels()
        if len(kinds) == 1:
            text = "- Thu và phân tích {samples_tested} mẫu " + labels.get(kinds[0][0], kinds[0][0]).lower() + "."
        else:
            kind_text = ", ".join(f"{format_count(n)} mẫu {labels.get(k, k).lower()}" for k, n in kinds)
            text = "- Thu và phân tích {samples_tested} mẫu" + (f" ({kind_text})" if kind_text else "") + "."
        blocks.append(sentence(text, r, figures))
    blocks += activity_blocks(data, ("public_service", "information", "other", ""))
    if not blocks:
        blocks = _nothing("số liệu kiểm định, thử nghiệm của các đơn vị sự nghiệp")
    return blocks


ACTIVITY_SECTIONS = {"science": "khoa_hoc", "technology": "cong_nghe", "standards": "tdc", "inspection": "thanh_tra",
                     "office": "van_phong", "general": "tham_muu"}


def activity_sentence(item) -> str:
    """A unit's recorded activity as a seed-like line: "- Cập nhật 14 bản tin khởi nghiệp …",
    "- Sản xuất bịch nấm thương phẩm: 10.000/15.000 bịch", "- Đo điện trở tiếp địa: 71 hệ thống"."""
    text = str(pick(item, "text")).strip().rstrip(".;")
    if not text:
        return ""
    quantity, measure, target = (_small_count(str(pick(item, key)).strip())
                                 for key in ("quantity", "measure_unit", "target"))
    if quantity and target:
        text += f": {quantity}/{target} {measure}".rstrip()
    elif quantity and measure:
        text += f": {quantity} {measure}"
    return f"- {text}."


def _small_count(text: str) -> str:
    """ "1" → "01" (counts under ten in report text); "1.000", "2,3" and words are left alone."""
    return format_count(int(text)) if text.isdigit() and int(text) < 10 else text


def activity_blocks(data, sections) -> list[dict]:
    """The units' recorded activities (registers.UnitActivity) of the given report sections."""
    blocks = []
    for item in (data.register_details.get("unit_activities") or [])[:60]:
        if str(pick(item, "section")) in sections:
            line = activity_sentence(item)
            if line:
                blocks.append(para(line))
    return blocks


def _sample_labels() -> dict:
    try:
        from registers.choices import SampleKind

        return {value: str(label) for value, label in SampleKind.choices}
    except ImportError:
        return {}


def _directive_groups(summary) -> tuple[dict, dict]:
    """Split by_category into (I) decisions, plans, letters… and (II) conclusion notices."""
    zero = {"assigned": 0, "completed": 0, "completed_late": 0, "overdue_not_completed": 0}
    by_category = summary.get("by_category") or {}
    items = by_category.items() if isinstance(by_category, dict) else [
        (pick(x, "category", "key", "label"), x) for x in by_category]
    group_one, group_two = dict(zero), dict(zero)
    found = False
    for key, value in items:
        if not isinstance(value, dict):
            continue
        found = True
        target = group_two if re.search(r"ket.?luan|conclusion|thong.?bao", str(key).lower()) else group_one
        for field_name in zero:
            target[field_name] += count(value.get(field_name))
    if not found:
        for field_name in zero:
            group_one[field_name] = count(summary.get(field_name))
    return group_one, group_two


def _directives(period, data, figures) -> list[dict]:
    summary = data.directives
    if not summary:
        return []
    details = summary.get("details") or {}
    late_rows = details.get("completed_late") or []
    overdue_rows = details.get("overdue_not_completed") or []
    values = {key: count(summary.get(key)) for key in ("assigned", "completed", "completed_late",
                                                         "overdue_not_completed", "in_progress")}
    figures.add("dt_assigned", "Nhiệm vụ UBND tỉnh giao", values["assigned"], names(details.get("assigned")), "directives")
    figures.add("dt_completed", "Nhiệm vụ đã hoàn thành", values["completed"], names(details.get("completed")), "directives")
    figures.add("dt_completed_late", "Nhiệm vụ hoàn thành nhưng quá hạn", values["completed_late"],
                late_rows, "directives")
    figures.add("dt_overdue", "Nhiệm vụ quá hạn chưa hoàn thành", values["overdue_not_completed"],
                overdue_rows, "directives")
    figures.add("dt_in_progress", "Nhiệm vụ đang thực hiện", values["in_progress"], names(details.get("in_progress")),
                "directives")
    if not values["assigned"]:
        return [para(f"- Trong {period.label}, không phát sinh nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao.")]
    v = {"dt_assigned": values["assigned"], "dt_completed": values["completed"],
         "dt_completed_late": values["completed_late"], "dt_overdue": values["overdue_not_completed"],
         "dt_in_progress": values["in_progress"]}
    # seed 003: "Tổng số nhiệm vụ được giao: 02 nhiệm vụ. … Tổng số nhiệm vụ chưa hoàn thành: không có."
    text = "- Tổng số nhiệm vụ được giao: {dt_assigned} nhiệm vụ"
    if values["completed"]:
        text += "; đã hoàn thành {dt_completed} nhiệm vụ"
        if values["completed_late"]:
            text += " (trong đó {dt_completed_late} nhiệm vụ hoàn thành nhưng quá hạn)"
    else:
        text += "; chưa có nhiệm vụ hoàn thành"
    if values["in_progress"]:
        text += "; đang thực hiện {dt_in_progress} nhiệm vụ"
    if values["overdue_not_completed"]:
        text += "; quá hạn chưa hoàn thành {dt_overdue} nhiệm vụ."
    else:
        text += "; nhiệm vụ quá hạn chưa hoàn thành: không có."
    blocks = [sentence(text, v, figures), para("(Chi tiết tại Phụ lục IV kèm theo).")]
    return blocks


def _appendices(period, data, figures) -> list[dict]:
    summary = data.directives
    if not summary or not count(summary.get("assigned")):
        return []
    one, two = _directive_groups(summary)
    total = {key: one[key] + two[key] for key in one}
    details = summary.get("details") or {}
    difficulties = summary.get("difficulties") or ""
    blocks = [section("landscape")]
    blocks.append(para(run("Phụ lục IV", bold=True), indent=False, align="center"))
    blocks.append(para(run("BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ UBND TỈNH, CHỦ TỊCH UBND TỈNH GIAO", bold=True),
                       indent=False, align="center"))
    blocks.append(para(run(period.label.upper(), bold=True), indent=False, align="center"))
    blocks.append(para(run("(Kèm theo Báo cáo số      /BC-SKHCN của Sở Khoa học và Công nghệ)", italic=True),
                       indent=False, align="center"))
    blocks.append(para(run("I. KẾT QUẢ THỰC HIỆN", bold=True), indent=False, align="left"))
    cols = [("STT", 1.3), ("Tổng số nhiệm vụ được giao", 3.2), ("Tổng số nhiệm vụ đã hoàn thành", 3.2),
            ("Tổng số nhiệm vụ đã hoàn thành nhưng quá hạn (*)", 3.6), ("Tổng số nhiệm vụ chưa hoàn thành (**)", 3.6),
            ("Khó khăn, vướng mắc và kiến nghị, đề xuất", 10.7)]

    def counts(group):
        return [table_count(group["assigned"]), table_count(group["completed"]), table_count(group["completed_late"]),
                table_count(group["overdue_not_completed"])]

    rows = [
        {"cells": ["I", "Nhiệm vụ giao tại các Quyết định, Kế hoạch, Công văn... của UBND tỉnh", "", "", "", ""],
         "bold": True},
        {"cells": ["Cộng", *counts(one), difficulties], "bold": False},
        {"cells": ["II", "Nhiệm vụ giao tại các Thông báo Kết luận của Lãnh đạo UBND tỉnh", "", "", "", ""],
         "bold": True},
        {"cells": ["Cộng", *counts(two), ""], "bold": False},
        {"cells": ["Tổng cộng I+II", *counts(total), ""], "bold": True},
    ]
    blocks.append(table(cols, rows))
    blocks.append(para(run("II. CHI TIẾT CÁC NHIỆM VỤ QUÁ HẠN ĐÃ HOÀN THÀNH (*)", bold=True), indent=False, align="left"))
    late_cols = [("STT", 1.2), ("Văn bản giao nhiệm vụ", 4.5), ("Nội dung nhiệm vụ được giao", 7.0),
                 ("Thời hạn giao", 2.6), ("Thời hạn hoàn thành", 2.6), ("Giải trình nguyên nhân/ kiến nghị, đề xuất", 7.7)]
    late = details.get("completed_late") or []
    late_rows = [[str(i), as_text(pick(x, "document", "source", "assigning_document")),
                  as_text(pick(x, "content", "title", "text")), as_text(pick(x, "deadline", "due", "due_date")),
                  as_text(pick(x, "completed_on", "completed", "completed_date")),
                  as_text(pick(x, "explanation", "cause", "reason", "note"))] for i, x in enumerate(late, 1)]
    if not late_rows:
        late_rows = [["1", "Không", "", "", "", ""]]
    late_rows.append({"cells": ["Tổng cộng", table_count(len(late)), "", "", "", ""], "bold": True})
    blocks.append(table(late_cols, late_rows))
    blocks.append(para(run("III. CHI TIẾT CÁC NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH (**)", bold=True), indent=False,
                       align="left"))
    overdue_cols = [("STT", 1.2), ("Văn bản giao nhiệm vụ", 4.5), ("Nội dung nhiệm vụ được giao", 7.0),
                    ("Tình hình thực hiện", 4.0), ("Dự kiến thời hạn hoàn thành", 2.6),
                    ("Giải trình nguyên nhân/ kiến nghị, đề xuất", 6.3)]
    overdue = details.get("overdue_not_completed") or []
    overdue_rows = [[str(i), as_text(pick(x, "document", "source", "assigning_document")),
                     as_text(pick(x, "content", "title", "text")), as_text(pick(x, "progress", "status_text", "status")),
                     as_text(pick(x, "expected_on", "expected", "deadline")),
                     as_text(pick(x, "explanation", "cause", "reason", "note"))] for i, x in enumerate(overdue, 1)]
    if not overdue_rows:
        overdue_rows = [["1", "Không", "", "", "", ""]]
    overdue_rows.append({"cells": ["Tổng số", table_count(len(overdue)), "", "", "", ""], "bold": True})
    blocks.append(table(overdue_cols, overdue_rows))
    return blocks


def _assessment(period, data, figures, has_data) -> list[dict]:
    blocks = [heading("1. Ưu điểm", 2)]
    if has_data:
        blocks.append(para(
            f"Trong {period.label}, nhìn chung các hoạt động khoa học, công nghệ và đổi mới sáng tạo được triển khai "
            "thực hiện đảm bảo theo kế hoạch đề ra. Công tác quản lý, giám sát tiến độ thực hiện các đề tài, dự án "
            "được thực hiện thường xuyên; các hồ sơ, thủ tục được tiếp nhận và giải quyết theo quy định."))
    else:
        blocks.append(para(f"Trong {period.label}, chưa có số liệu để đánh giá; các phòng, đơn vị bổ sung nhận xét."))
    weaknesses = []
    summary = data.directives or {}
    overdue = count(summary.get("overdue_not_completed"))
    late = count(summary.get("completed_late"))
    if overdue:
        weaknesses.append(sentence("- Còn {dt_overdue} nhiệm vụ UBND tỉnh giao quá hạn chưa hoàn thành.",
                                   {"dt_overdue": overdue}, figures))
    if late:
        weaknesses.append(sentence("- Có {dt_completed_late} nhiệm vụ hoàn thành nhưng quá hạn so với thời hạn giao.",
                                   {"dt_completed_late": late}, figures))
    extended = count((data.science or {}).get("extended"))
    if extended:
        weaknesses.append(sentence("- Một số nhiệm vụ khoa học và công nghệ đến hạn nghiệm thu nhưng phải gia hạn thời "
                                   "gian thực hiện ({st_extended} nhiệm vụ).", {"st_extended": extended}, figures))
    late_advances = count((data.science or {}).get("late_advances"))
    if late_advances:
        figures.add("st_late_advances", "Khoản tạm ứng chậm thanh toán", late_advances,
                    names((data.science or {}).get("late_advances")), "sciencetasks")
        weaknesses.append(sentence("- Việc thanh toán tạm ứng kinh phí của một số cơ quan chủ trì còn chậm "
                                   "({st_late_advances} khoản tạm ứng quá hạn thanh toán).",
                                   {"st_late_advances": late_advances}, figures))
    tthc_late = int((data.registers or {}).get("tthc_late") or 0)
    if tthc_late:
        weaknesses.append(sentence("- Còn {tthc_late} hồ sơ thủ tục hành chính giải quyết quá hạn.",
                                   {"tthc_late": tthc_late}, figures))
    expiring = data.licences_expiring
    if expiring:
        facilities = [str(pick(x, "facility")) for x in expiring]
        figures.add("licences_expiring", "Giấy phép bức xạ sắp hết hạn", len(expiring), facilities, "registers")
        weaknesses.append(sentence("- Có {licences_expiring} giấy phép tiến hành công việc bức xạ sắp hết hạn, cần đôn "
                                   "đốc cơ sở làm hồ sơ gia hạn trước 45 ngày.", {"licences_expiring": len(expiring)},
                                   figures, footnote=listing(facilities) or None))
    blocks.append(heading("2. Hạn chế và nguyên nhân", 2))
    if weaknesses:
        blocks += weaknesses
    else:
        blocks.append(para("- Số liệu theo dõi trên hệ thống không ghi nhận nhiệm vụ quá hạn hay hồ sơ giải quyết "
                           "chậm trong kỳ."))
    return blocks


def _direction(period, data) -> list[dict]:
    blocks = []
    for item in data.upcoming[:15]:
        content = re.sub(r"^\s*(V/v|về việc)\s+", "", as_text(pick(item, "content", "title", "text")),
                         flags=re.IGNORECASE).strip()
        if not content:
            continue
        content = content[:1].upper() + content[1:]
        unit = as_text(pick(item, "unit", "lead_unit", "unit_name"))
        deadline = as_text(pick(item, "deadline_text", "deadline", "due"))
        if deadline[:1].isdigit():
            deadline = f"thời hạn {deadline}"
        elif deadline:
            deadline = f"hoàn thành {deadline}"
        suffix = ", ".join(part for part in (f"{unit} chủ trì" if unit else "", deadline) if part)
        blocks.append(para(f"- {content.rstrip('.')}" + (f" ({suffix})." if suffix else ".")))
    science = data.science or {}
    due = names(science.get("due_for_acceptance"))
    if due:
        blocks.append(para(f"- Tổ chức nghiệm thu {format_count(len(due))} nhiệm vụ khoa học và công nghệ đến hạn: "
                           + "; ".join(due) + "."))
    if not blocks:
        blocks.append(para(f"- Tiếp tục triển khai các nhiệm vụ theo kế hoạch {period.next_label}; theo dõi, đôn đốc "
                           "thực hiện các nhiệm vụ đúng tiến độ và kịp thời tháo gỡ khó khăn, vướng mắc."))
    return blocks


def narrative_blocks(text: str) -> list[dict]:
    """A unit's narrative: one paragraph per non-empty line."""
    return [para(line.strip()) for line in (text or "").splitlines() if line.strip()]


def format_figure(value) -> str:
    return format_number(value) if isinstance(value, int) else str(value)
