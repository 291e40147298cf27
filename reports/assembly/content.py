"""Report content from the typed figures: the sections in the structure of seeds 000, 002, 003 and 004, the
appendix (Phụ lục IV), the assessment and the direction. Every number in a sentence is a figure run tagged with
its key, so the web view links it to the records it counts."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from core import figure_labels
from core.documents.layout import heading, para, run, section, table
from core.formatting import format_count
from sciencetasks.choices import Level

from .outline import PUBLIC_UNIT_ACTIVITY_SECTIONS, activity_field
from .prose import joined, listing, lower_first, numbered, sentence, small_count, table_count

log = logging.getLogger(__name__)


@dataclass
class Content:
    sections: dict  # key -> list of blocks (generated)
    appendices: list
    figures: dict
    assessment: list
    direction: list
    has_data: bool
    intro: list


PROVINCE_LEVEL = str(Level.TINH.label)  # "Cấp tỉnh": the breakdowns of sciencetasks.figures are keyed by label
APP_OF_SECTION = {"khoa_hoc": "sciencetasks", "nhiem_vu_ubnd": "directives", "cong_nghe": "registers",
                  "tdc": "registers", "thanh_tra": "registers", "van_phong": "registers", "don_vi": "registers"}
APP_LABELS = {"directives": "nhiệm vụ được giao", "sciencetasks": "nhiệm vụ KH&CN", "registers": "sổ theo dõi"}


def _nothing(text: str) -> list[dict]:
    return [para(f"- Trong kỳ, không phát sinh {text}.", key="nothing")]


def _names(tasks) -> list[str]:
    return [task.short_name for task in tasks if task.short_name]


# ------------------------------------------------------------------------------------------- science
def _science(period, data, figures) -> list[dict]:
    s = data.science
    if s is None:
        return []
    year = period.end.year
    figures.add("st_managed", f"Nhiệm vụ KH&CN quản lý năm {year}", s.managed)
    figures.add("st_carried_over", "Nhiệm vụ chuyển tiếp", s.carried_over)
    figures.add("st_new", f"Nhiệm vụ thực hiện từ năm {year}", s.new)
    values = {"st_managed": s.managed, "st_carried_over": s.carried_over, "st_new": s.new}
    blocks = []
    if not s.managed:
        blocks += _nothing("số liệu về nhiệm vụ khoa học và công nghệ")
    else:
        levels = list(s.by_level.items())
        level_names = [lower_first(label) for label, _ in levels]
        footnote = None
        if len(levels) == 1:
            scope = " " + level_names[0].replace("chương trình", "thuộc chương trình")
        else:
            scope = ""
            if s.carried_over and s.new and len(s.carried_over_by_level) > 1:
                # seed 002 footnotes the carried-over tasks by level, with those only coordinated
                footnote = "Trong đó: " + _levels_text(s.carried_over_by_level,
                                                       s.carried_over_coordinated_by_level) + "."
            elif levels:
                footnote = "Trong đó: " + joined(f"{format_count(n)} nhiệm vụ {name}" for name, (_, n) in
                                                zip(level_names, levels)) + "."
        if s.carried_over and s.new:
            text = (f"Năm {year}, Sở Khoa học và Công nghệ quản lý {{st_managed}} nhiệm vụ khoa học và công nghệ"
                    f"{scope} ({{st_carried_over}} nhiệm vụ chuyển tiếp; {{st_new}} nhiệm vụ thực hiện từ năm {year}).")
        elif s.carried_over:
            text = (f"Năm {year}, Sở Khoa học và Công nghệ quản lý {{st_managed}} nhiệm vụ khoa học và công nghệ"
                    f"{scope} chuyển tiếp từ các năm trước.")
        else:
            text = (f"Năm {year}, Sở Khoa học và Công nghệ quản lý {{st_managed}} nhiệm vụ khoa học và công nghệ"
                    f"{scope} thực hiện từ năm {year}.")
        blocks.append(sentence(text, values, figures, footnote=footnote))
    if s.accepted:
        accepted_names = _names(s.accepted_tasks)
        figures.add("st_accepted", "Nhiệm vụ được nghiệm thu", s.accepted, accepted_names)
        grades = list(s.accepted_by_grade.items())
        grade_text = ""
        if grades:
            if len(grades) == 1:
                grade_text = f", kết quả xếp loại \"{grades[0][0]}\""
            else:
                grade_text = ", kết quả: " + joined(f"{format_count(n)} nhiệm vụ xếp loại \"{label}\"" for label, n in grades)
        named = f" ({'; '.join(accepted_names)})" if accepted_names and len(accepted_names) <= 8 else ""
        blocks.append(sentence(f"- Tổ chức nghiệm thu {{st_accepted}} đề tài, dự án{named}{grade_text}.",
                               {"st_accepted": s.accepted}, figures))
    if (s.councils and s.council_rows and len(s.council_rows) == s.councils and s.councils <= ITEMISED_COUNCILS
            and period.kind in ITEMISED_COUNCIL_REPORTS):
        # seed 000 (a month): each council named as its founding decision names it; several of one kind in one line
        figures.add("st_councils", "Cuộc họp Hội đồng KH&CN", s.councils, [row.name for row in s.council_rows])
        blocks += _council_lines(s.council_rows)
    elif s.councils:
        # seed 002: "tổ chức 25 cuộc họp Hội đồng KH&CN (07 cuộc họp Hội đồng tư vấn giao trực tiếp; 05 Hội đồng …)"
        figures.add("st_councils", "Cuộc họp Hội đồng KH&CN", s.councils)
        # each kind says what is counted ("07 cuộc họp Hội đồng tư vấn giao trực tiếp; …", seed 002)
        kinds = [f"{format_count(n)} cuộc họp {label}" for label, n in s.councils_by_kind.items() if n]
        detail = f" ({'; '.join(kinds)})" if len(kinds) > 1 else (f" ({kinds[0].split(' ', 3)[3]})" if kinds else "")
        blocks.append(sentence(f"- Tổ chức {{st_councils}} cuộc họp Hội đồng KH&CN{detail}.",
                               {"st_councils": s.councils}, figures))
    province = PROVINCE_LEVEL
    others = {label: n for label, n in s.inspections_by_level.items() if label != province and n}
    own, rest = s.inspections_by_level.get(province, 0), sum(others.values())
    if s.inspections:
        # all three figures whatever the sentence shows: a quarter whose months inspected one level each prints
        # the split, and its figures must still be the sums of the months' (same keys in every period)
        figures.add("st_inspections", "Lượt kiểm tra tiến độ", s.inspections)
        figures.add("st_inspections_province", "Lượt kiểm tra tiến độ nhiệm vụ cấp tỉnh", own)
        figures.add("st_inspections_other", "Lượt kiểm tra nhiệm vụ cấp quốc gia và chương trình khác", rest)
    split = bool(s.inspections and own and rest)
    if split:
        # seed 002 splits them: "25 lượt đề tài, dự án" (cấp tỉnh) and "03 lượt" (quốc gia, nông thôn miền núi, …)
        names = joined(lower_first(label) for label in others)
        blocks.append(sentence("- Tổ chức kiểm tra tiến độ định kỳ, đột xuất {st_inspections_province} lượt đề tài, dự "
                               f"án cấp tỉnh; kiểm tra {{st_inspections_other}} lượt đề tài, dự án ({names}).",
                               {"st_inspections_province": own, "st_inspections_other": rest}, figures))
    inspections = 0 if split else s.inspections
    for key, value, tasks, label, template in (
        ("inspections", inspections, (), "Lượt kiểm tra tiến độ",
         "- Tổ chức kiểm tra tiến độ định kỳ, đột xuất {st_inspections} lượt đề tài, dự án."),
        ("extended", s.extended, s.extended_tasks, "Nhiệm vụ được gia hạn",
         "- Gia hạn thời gian thực hiện {st_extended} nhiệm vụ{names}."),
        ("stopped", s.stopped, s.stopped_tasks, "Nhiệm vụ dừng thực hiện", "- Dừng thực hiện {st_stopped} nhiệm vụ{names}."),
    ):
        if not value:
            continue
        item_names = _names(tasks)
        figures.add(f"st_{key}", label, value, item_names)
        named = f" ({'; '.join(item_names)})" if item_names and len(item_names) <= 8 else ""
        blocks.append(sentence(template.replace("{names}", named), {f"st_{key}": value}, figures))
    blocks += _programme_lines(year, s, figures)
    if s.registered:
        reg_names = _names(s.registered_tasks)
        reg_titles = [task.title or task.short_name for task in s.registered_tasks]
        figures.add("st_registered", "Giấy chứng nhận đăng ký kết quả", s.registered, reg_names)
        blocks.append(sentence(
            "- Cấp {st_registered} Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ.",
            {"st_registered": s.registered}, figures, footnote=numbered(reg_titles) or None))
    if s.proposals_next_year:
        figures.add("st_proposals", f"Đề xuất đặt hàng nhiệm vụ năm {year + 1}", s.proposals_next_year)
        by_field = list(s.proposals_next_year_by_field.items())
        field_text = f" ({'; '.join(f'{lower_first(label)} {n}' for label, n in by_field)})" if by_field else ""
        text = (f"- Nhiệm vụ thực hiện từ năm {year + 1}: có {{st_proposals}} nhiệm vụ của các tổ chức, cá nhân "
                f"đề xuất đặt hàng{field_text}.")
        values = {"st_proposals": s.proposals_next_year}
        if s.selected_next_year:
            figures.add("st_selected", f"Nhiệm vụ được xác định thực hiện từ năm {year + 1}", s.selected_next_year)
            values["st_selected"] = s.selected_next_year
            text += (f" Hội đồng Khoa học và Công nghệ tỉnh xác định được {{st_selected}} nhiệm vụ thực hiện "
                     f"từ năm {year + 1}.")
        blocks.append(sentence(text, values, figures))
    return blocks


def _levels_text(by_level: dict, coordinated_by_level: dict) -> str:
    """ "22 nhiệm vụ cấp tỉnh, 06 nhiệm vụ chương trình nông thôn miền núi (trong đó 04 dự án phối hợp quản lý)"."""
    parts = []
    for label, n in by_level.items():
        part = f"{format_count(n)} nhiệm vụ {lower_first(label)}"
        if coordinated_by_level.get(label):
            part += f" (trong đó {format_count(coordinated_by_level[label])} dự án phối hợp quản lý)"
        parts.append(part)
    return joined(parts)


def _programme_lines(year, s, figures) -> list[dict]:
    """What the seeds say of the managed tasks beyond the counts: results recognised, the tasks only coordinated
    with the Ministry (and those stopped), the year's new tasks contracted (seed 002)."""
    blocks = []
    recognised = _names(s.recognised_tasks)
    if recognised:
        figures.add("st_recognised", "Đề tài, dự án được công nhận kết quả", len(recognised), recognised)
        named = f" ({'; '.join(recognised)})" if len(recognised) <= 8 else ""
        blocks.append(sentence(f"- Công nhận kết quả {{st_recognised}} đề tài, dự án{named}.",
                               {"st_recognised": len(recognised)}, figures))
    if s.coordinated:
        what = "dự án" if s.coordinated_all_projects else "nhiệm vụ"
        figures.add("st_coordinated", "Nhiệm vụ do Trung ương quản lý, Sở phối hợp theo dõi", len(s.coordinated),
                    _names(s.coordinated))
        values = {"st_coordinated": len(s.coordinated)}
        stopped = ""
        if s.coordinated_stopped:
            figures.add("st_coordinated_stopped", "Nhiệm vụ do Trung ương quản lý đã dừng thực hiện",
                        s.coordinated_stopped)
            values["st_coordinated_stopped"] = s.coordinated_stopped
            stopped = f" ({{st_coordinated_stopped}} {what} đã dừng thực hiện trong kỳ)"
        blocks.append(sentence(f"- Phối hợp với Bộ Khoa học và Công nghệ theo dõi {{st_coordinated}} {what} do "
                               f"Trung ương quản lý{stopped}.", values, figures,
                               footnote=numbered([task.title or task.short_name for task in s.coordinated]) or None))
    if s.new_contracted:
        figures.add("st_new_contracted", f"Nhiệm vụ thực hiện từ năm {year} đã ký hợp đồng", s.new_contracted)
        # seed 002: "Nhiệm vụ thực hiện từ năm 2023 (09 nhiệm vụ cấp tỉnh): … 07 đề tài, dự án được … phê duyệt"
        levels = f" ({_levels_text(s.new_by_level, {})})" if s.new_by_level else ""
        blocks.append(sentence(
            f"- Nhiệm vụ thực hiện từ năm {year}{levels}: {{st_new_contracted}} đề tài, dự án được phê duyệt thuyết minh, dự "
            "toán kinh phí và ký hợp đồng triển khai thực hiện.", {"st_new_contracted": s.new_contracted}, figures))
    return blocks


# a week's or a month's report names each of its councils (seed 000); longer periods, or more councils than this,
# count them by kind (seed 002's 9 months: "25 cuộc họp Hội đồng KH&CN (07 …; 05 …)")
ITEMISED_COUNCILS = 8
ITEMISED_COUNCIL_REPORTS = ("tuan", "thang")
MERGED_COUNCILS = 3  # from this many councils of one kind, they share one line


def _council_lines(rows) -> list[dict]:
    """ "- Tổ chức Hội đồng KH&CN tư vấn đánh giá, kiểm tra định kỳ đối với nhiệm vụ …", one line per council;
    councils of one kind from MERGED_COUNCILS on: "- Tổ chức 03 Hội đồng tư vấn đánh giá, nghiệm thu các nhiệm
    vụ: A; B; C." (in the order they met)."""
    groups: dict[str, list] = {}
    for row in rows:
        groups.setdefault(row.kind, []).append(row)
    blocks = []
    for kind_rows in groups.values():
        if len(kind_rows) >= MERGED_COUNCILS:
            subjects = [subject for row in kind_rows for subject in (row.tasks or (row.name,))]
            blocks.append(para(f"- Tổ chức {format_count(len(kind_rows))} {kind_rows[0].kind_label} các nhiệm vụ: "
                               + "; ".join(dict.fromkeys(subjects)) + "."))
            continue
        for row in kind_rows:
            name = row.name.strip().rstrip(".")
            blocks.append(para(f"- Tổ chức {name[:1].lower()}{name[1:]}."
                               if not name.lower().startswith("hội đồng") else f"- Tổ chức {name}."))
    return blocks


# ----------------------------------------------------------------------------------------- registers
def _reg(r, figures, key, records=()):
    """A registers figure of the period, labelled as the registers screen and the API documentation label it."""
    value = getattr(r, key)
    figures.add(key, figure_labels.get("registers", key).label, value, records)
    return value


def _technology(data, figures) -> list[dict]:
    r = data.registers
    if r is None:
        return []
    values = r.numbers()
    blocks = []
    opinions = _reg(r, figures, "technology_opinions",
                    r.technology_opinion_projects)
    if opinions:
        kinds = set(r.technology_opinion_kinds)
        # in the seeds' words for what the opinions were: seed 000 appraisals, seed 002 adjustments, seed 004 opinions
        template = OPINION_SENTENCES.get(kinds.pop() if len(kinds) == 1 else "",
                                         "- Tham gia ý kiến về {technology_opinions} dự án có liên quan đến lĩnh vực "
                                         "công nghệ trên địa bàn tỉnh.")
        blocks.append(sentence(template, values,
                               figures, footnote=listing(r.technology_opinion_projects) or None))
    ip_names = [row.enterprise or row.subject for row in r.ip_cases]
    if _reg(r, figures, "ip_cases_guided", ip_names):
        ip_kinds = {row.kind for row in r.ip_cases if row.kind}
        transfers = [row.transfer_party for row in r.ip_cases if row.transfer_party]
        if len(ip_kinds) == 1:
            text = f"- Hướng dẫn hồ sơ đăng ký {lower_first(ip_kinds.pop())} cho {{ip_cases_guided}} trường hợp"
        else:
            text = ("- Hướng dẫn hồ sơ sở hữu công nghiệp cho {ip_cases_guided} trường hợp: "
                    + "; ".join(_ip_groups(r.ip_cases)))
        if transfers:
            # seed 004: "(có 01 trường hợp chuyển nhượng đơn: Công ty TNHH Tảo Spirulina Miền Đất)"
            named = "; ".join(party for party in transfers if party != "-")
            text += f" (có {format_count(len(transfers))} trường hợp chuyển nhượng đơn" + (f": {named})" if named else ")")
        blocks.append(sentence(text + ".", values, figures, footnote=listing(ip_names) or None))
    licences = r.radiation_licences
    issued = _reg(r, figures, "radiation_licences_issued",
                  [row.facility for row in licences if row.kind == "Cấp mới"])
    renewed = _reg(r, figures, "radiation_licences_renewed",
                   [row.facility for row in licences if row.kind == "Gia hạn"])
    certificates = _reg(r, figures, "radiation_certificates")
    declarations = _reg(r, figures, "radiation_declarations_new")
    returned = _reg(r, figures, "radiation_licences_returned")
    stopped = r.radiation_declarations_stopped and _reg(r, figures, "radiation_declarations_stopped")
    if issued or renewed or certificates or declarations or returned or stopped:
        parts = []
        if declarations:
            parts.append("tiếp nhận khai báo {radiation_declarations_new} thiết bị bức xạ")
        if stopped:
            # seed 002: "Tiếp nhận khai báo dừng hoạt động 02 máy X-quang"
            parts.append("tiếp nhận khai báo dừng hoạt động {radiation_declarations_stopped} máy, thiết bị bức xạ")
        if certificates:
            parts.append("cấp chứng chỉ cho {radiation_certificates} nhân viên bức xạ")
        if issued:
            # seed 000: "cấp phép tiến hành công việc bức xạ cho 01 cơ sở" (the facilities the licences name)
            holders = {row.facility for row in licences if row.kind == "Cấp mới" and row.facility}
            parts.append("cấp {radiation_licences_issued} giấy phép tiến hành công việc bức xạ"
                         + (f" cho {format_count(len(holders))} cơ sở" if holders else ""))
        if renewed:
            parts.append("cấp {radiation_licences_renewed} giấy phép (gia hạn)")
        if returned:
            parts.append("trả lại {radiation_licences_returned} hồ sơ cấp giấy phép")
        blocks.append(sentence("- Công tác an toàn bức xạ: " + "; ".join(parts) + ".", values, figures,
                               footnote=listing([f"{row.facility} ({row.kind.lower()})" for row in licences]) or None))
    for row in r.compliance_checks:
        if row.domain == "radiation":
            line = _check_line(row)
            blocks.append(para(f"- Tổ chức {line[:1].lower()}{line[1:]}."))
    if _reg(r, figures, "radiation_incidents", r.incident_titles):
        blocks.append(sentence("- Tham mưu xử lý {radiation_incidents} sự cố bức xạ trên địa bàn tỉnh.", values,
                               figures, footnote=listing(r.incident_titles) or None))
    if _reg(r, figures, "initiatives_recognised"):
        blocks.append(sentence("- Tham mưu công nhận {initiatives_recognised} sáng kiến cấp tỉnh.", values, figures))
    if not blocks:
        blocks = _nothing("hồ sơ về công nghệ, sở hữu trí tuệ và an toàn bức xạ")
    return blocks


OPINION_SENTENCES = {
    "Thẩm định công nghệ": "- Tham gia ý kiến thẩm định công nghệ {technology_opinions} dự án đầu tư.",
    "Góp ý điều chỉnh chủ trương, dự án": "- Công tác quản lý công nghệ: cho ý kiến góp ý điều chỉnh chủ trương đầu tư "
                                          "và dự án đối với {technology_opinions} dự án.",
    "Góp ý chủ trương đầu tư": "- Cho ý kiến góp ý chủ trương đầu tư đối với {technology_opinions} dự án.",
}
ITEMISED_CHECKS = 12  # up to this many state checks, each is its own line with how many establishments
CHECKED = re.compile(r"(?<!\w)(các\s+)?(cơ sở|đơn vị|doanh nghiệp|tổ chức|hộ kinh doanh)(?!\w)", re.IGNORECASE)


def _check_line(row) -> str:
    """A state check with the establishments it covered, counted where the topic names them ("… đối với các cơ sở
    sử dụng thiết bị X-quang" → "đối với 05 cơ sở sử dụng …"); "(… 09 cơ sở)" at the end otherwise."""
    topic = row.topic.strip().rstrip(".;")
    if not row.establishments:
        return topic
    count = format_count(row.establishments)
    found = CHECKED.search(topic)
    if found:
        return f"{topic[:found.start()]}{count} {topic[found.start() + len(found.group(1) or ''):]}"
    return f"{topic} ({count} cơ sở)"


IP_HOLDERS = (("hợp tác xã", "hợp tác xã"), ("cơ sở", "cơ sở"), ("công ty", "doanh nghiệp"),
              ("doanh nghiệp", "doanh nghiệp"), ("hộ kinh doanh", "hộ kinh doanh"))


def _ip_groups(cases) -> list[str]:
    """IP cases of several kinds, counted by who applied and for what, in the order handled: "02 hợp tác xã
    đăng ký sử dụng chỉ dẫn địa lý Miến dong Bắc Kạn", "01 cơ sở đăng ký bảo hộ nhãn hiệu Chè Thạch đen"."""
    groups: dict[tuple, int] = {}
    for case in cases:
        name = (case.enterprise or "").lower()
        holder = next((noun for prefix, noun in IP_HOLDERS if name.startswith(prefix)), "trường hợp")
        action = "đăng ký sử dụng" if "sử dụng" in case.support.lower() else "đăng ký bảo hộ"
        what = " ".join(part for part in (action, lower_first(case.kind) or "quyền sở hữu công nghiệp",
                                          case.subject) if part)
        groups[(holder, what)] = groups.get((holder, what), 0) + 1
    return [f"{format_count(n)} {holder} {what}" for (holder, what), n in groups.items()]


def _standards(data, figures) -> list[dict]:
    r = data.registers
    if r is None:
        return []
    values = r.numbers()
    blocks = []
    rows = r.conformity_rows
    if _reg(r, figures, "conformity_declarations",
            [f"{row.enterprise}: {row.product}" for row in rows]):
        _reg(r, figures, "conformity_products")
        kinds = {row.kind for row in rows if row.kind}
        what = lower_first(kinds.pop()) if len(kinds) == 1 else "công bố hợp chuẩn, hợp quy"
        text = "- Tiếp nhận, thẩm tra và cấp Thông báo cho {conformity_declarations} hồ sơ " + what
        if r.conformity_products:
            text += " của {conformity_products} sản phẩm"
            names = list(dict.fromkeys(lower_first(row.product) for row in rows if row.product))
            if r.conformity_products == len(rows) and names:
                # one product a dossier: seed 004 names them ("03 sản phẩm là cửa đi bằng kim loại, đá dăm")
                text += " là " + ", ".join(names)
        enterprises = {row.enterprise for row in rows}
        if all(enterprises):
            # every dossier names its enterprise (seed 000: "… 04 sản phẩm của 01 doanh nghiệp")
            text += f" của {format_count(len(enterprises))} doanh nghiệp"
        blocks.append(sentence(text + ".", values, figures, footnote=listing([row.notice for row in rows]) or None))
    if _reg(r, figures, "standards_added"):
        _reg(r, figures, "standards_total")
        text = "- Cập nhật {standards_added} Tiêu chuẩn quốc gia vào kho tài liệu Tiêu chuẩn"
        if r.standards_total:
            text += ", nâng tổng số Tiêu chuẩn quốc gia trong kho lên {standards_total} Tiêu chuẩn"
        blocks.append(sentence(text + ".", values, figures))
    checks = _reg(r, figures, "quality_checks", r.compliance_topics)
    measurement = _reg(r, figures, "measurement_checks")
    if checks or measurement:
        parts = []
        if measurement:
            parts.append("{measurement_checks} cuộc kiểm tra nhà nước về đo lường")
        if checks:
            parts.append("{quality_checks} cuộc kiểm tra về chất lượng, nhãn hàng hóa")
        own = [row for row in r.compliance_checks if row.domain != "radiation"]
        by_measurement = [row for row in own if row.domain == "measurement"]
        others = [row for row in own if row.domain != "measurement"]
        if 0 < len(own) <= ITEMISED_CHECKS and len(by_measurement) == measurement and len(others) == checks:
            # seed 002: "Hoàn thành 04 cuộc kiểm tra nhà nước về đo lường cụ thể: + …" and "Triển khai 04 cuộc
            # kiểm tra về chất lượng trên địa bàn tỉnh. Cụ thể: …", each check with the establishments it covered
            if measurement:
                blocks.append(sentence("- Hoàn thành {measurement_checks} cuộc kiểm tra nhà nước về đo lường, cụ thể:",
                                       values, figures))
                blocks += [para(f"+ {_check_line(row)}.") for row in by_measurement]
            if checks:
                blocks.append(sentence("- Triển khai {quality_checks} cuộc kiểm tra về chất lượng, nhãn hàng hóa trên "
                                       "địa bàn tỉnh, cụ thể:", values, figures))
                blocks += [para(f"+ {_check_line(row)}.") for row in others]
        else:
            blocks.append(sentence("- Hoàn thành " + " và ".join(parts) + ".", values, figures,
                                   footnote=listing(r.compliance_topics) or None))
    if _reg(r, figures, "barcode_registrations"):
        blocks.append(sentence("- Hướng dẫn {barcode_registrations} cơ sở xin cấp mới, cấp lại giấy chứng nhận và đăng "
                               "ký sử dụng mã số mã vạch.", values, figures))
    if not blocks:
        blocks = _nothing("hồ sơ về tiêu chuẩn, đo lường, chất lượng")
    return blocks


PETITION_WORDS = re.compile(r"công dân|khiếu nại|tố cáo|đơn thư|phản ánh|kiến nghị", re.IGNORECASE)


def _inspection(data, figures) -> list[dict]:
    r = data.registers
    if r is None:
        return []
    values = r.numbers()
    blocks = []
    topics = [row.topic for row in r.inspections]
    concluded = _reg(r, figures, "inspections_concluded",
                     [row.topic for row in r.inspections if row.concluded])
    conducted = _reg(r, figures, "inspections_conducted", topics)
    kinds = {row.kind for row in r.inspections}
    if conducted or concluded:
        # seed 002: "Tổng số cuộc thực hiện: 02 cuộc …", "Số cuộc đã ban hành kết luận: 02."; a zero reads "không có"
        text = "- Tổng số cuộc thanh tra, kiểm tra thực hiện: {inspections_conducted} cuộc" if conducted else \
            "- Trong kỳ, không tiến hành cuộc thanh tra, kiểm tra mới"
        if conducted and len(kinds) == 1 and "chuyên ngành" in next(iter(kinds)).lower():
            text = "- Tổng số cuộc thực hiện: {inspections_conducted} cuộc thanh tra chuyên ngành"
        text += "; số cuộc đã ban hành kết luận: {inspections_concluded}." if concluded else \
            "; số cuộc đã ban hành kết luận: không có."
        blocks.append(sentence(text, values, figures, footnote=listing(topics) or None))
    fields = list(dict.fromkeys(lower_first(row.field) for row in r.inspections if row.field))
    if fields:
        blocks.append(para("- Những lĩnh vực thanh tra, kiểm tra chủ yếu: " + ", ".join(fields) + "."))
    if _reg(r, figures, "inspection_subjects"):
        subjects = [row.subjects for row in r.inspections]
        if all(re.match(r"\d+\s+\w", subject) for subject in subjects):
            # every inspection says whom it covered ("01 tổ chức", "04 đơn vị"): the seeds' words, not a bare total
            blocks.append(sentence("- Số tổ chức, cá nhân được thanh tra: " + " và ".join(subjects) + ".", values,
                                   figures))
        else:
            blocks.append(sentence("- Số tổ chức, cá nhân được thanh tra, kiểm tra: {inspection_subjects}.", values,
                                   figures))
    if _reg(r, figures, "inspection_instruments_checked"):
        blocks.append(sentence("- Kiểm tra tính pháp lý của {inspection_instruments_checked} phương tiện đo các loại.",
                               values, figures))
    if _reg(r, figures, "amount_recovered"):
        blocks.append(sentence("- Kết quả thanh tra: giảm trừ, thu hồi số tiền là {amount_recovered:amount}.", values,
                               figures))
    if _reg(r, figures, "petitions_total"):
        blocks.append(sentence("- Tiếp nhận {petitions_total} đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh.", values,
                               figures))
    elif not any(activity_field(row) == "inspection" and PETITION_WORDS.search(row.text)
                 for row in (data.worklog.entries if data.worklog else ())):
        # never "không nhận được đơn thư" next to a unit's own line about petitions
        blocks.append(para("- Công tác tiếp công dân, giải quyết khiếu nại, tố cáo: trong kỳ, Sở không nhận được đơn "
                           "thư phản ánh, kiến nghị, khiếu nại, tố cáo thuộc lĩnh vực quản lý."))
    return blocks


NAMED_PROCEDURES = 3  # from more procedures in a period, the dossiers are only counted


def _office(data, figures) -> list[dict]:
    r = data.registers
    if r is None:
        return []
    received = _reg(r, figures, "tthc_received")
    if not received:
        return _nothing("hồ sơ thủ tục hành chính")
    for key in ("tthc_resolved", "tthc_on_time", "tthc_early", "tthc_late", "tthc_pending", "tthc_returned"):
        _reg(r, figures, key)
    on_time = r.tthc_on_time  # counts the early ones too (registers.labels: "kể cả trước hạn")
    figures.add("tthc_on_time_total", "Hồ sơ giải quyết đúng hạn, trước hạn", on_time)
    values = dict(r.numbers(), tthc_on_time_total=on_time)
    resolved, late, pending, returned = r.tthc_resolved, r.tthc_late, r.tthc_pending, r.tthc_returned
    # a few procedures are named (seed 004: "03 hồ sơ TTHC về đăng ký kết quả thực hiện nhiệm vụ …"); many, counted
    procedures = [(name.replace("{", "(").replace("}", ")"), n) for name, n in r.tthc_procedures if name]
    what, split = "hồ sơ thủ tục hành chính", ""
    if len(procedures) == 1 and procedures[0][1] == received:
        what = f"hồ sơ TTHC về {lower_first(procedures[0][0])}"
    elif 1 < len(procedures) <= NAMED_PROCEDURES and sum(n for _, n in procedures) == received:
        split = "; ".join(f"{format_count(n)} hồ sơ về {lower_first(name)}" for name, n in procedures)
    if resolved == received and on_time == resolved and not (late or pending or returned):
        return [sentence(f"- Tiếp nhận và giải quyết đúng hạn, trước hạn {{tthc_received}} {what} (đạt 100%)"
                         + (f": {split}." if split else "."), values, figures)]
    text = f"- Tiếp nhận {{tthc_received}} {what}" + (f" ({split})" if split else "")
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
    if r.tthc_awaiting_supplement:
        _reg(r, figures, "tthc_awaiting_supplement")
        text += "; {tthc_awaiting_supplement} hồ sơ chờ bổ sung"
    if returned:
        text += "; {tthc_returned} hồ sơ trả lại"
    return [sentence(text + ".", values, figures)]


def _public_units(data, figures) -> list[dict]:
    r = data.registers
    if r is None:
        return []
    values = r.numbers()
    blocks = []
    verified = _reg(r, figures, "instruments_verified",
                    [f"{row.label}: {row.quantity}" for row in r.verifications])
    if verified:
        _reg(r, figures, "instrument_facilities")
        _reg(r, figures, "instruments_passed")
        _reg(r, figures, "instruments_failed")
        text = "- Kiểm định, hiệu chuẩn và thử nghiệm {instruments_verified} phương tiện đo các loại"
        if r.instrument_facilities:
            text += " của {instrument_facilities} cơ sở"
        passed, failed = r.instruments_passed, r.instruments_failed
        if passed and failed:
            text += ", {instruments_passed} đạt, {instruments_failed} không đạt yêu cầu kỹ thuật"
        elif passed:
            text += ", tất cả đạt yêu cầu kỹ thuật" if passed == verified else \
                ", {instruments_passed} đạt yêu cầu kỹ thuật"
        elif failed:
            text += ", {instruments_failed} không đạt yêu cầu kỹ thuật"
        blocks.append(sentence(text + ".", values, figures))
        blocks += _verification_lines(r.verification_lines)
    if _reg(r, figures, "samples_tested"):
        kinds = list(r.samples_by_kind.items())
        if len(kinds) == 1:
            # "Khác (các loại)" is no kind: seed 000 "44 mẫu các loại"
            label = kinds[0][0].lower()
            text = "- Thu và phân tích {samples_tested} mẫu " + ("các loại" if label.startswith("khác") else label) + "."
        else:
            kind_text = ", ".join(f"{format_count(n)} mẫu {label.lower()}" for label, n in kinds)
            text = "- Thu và phân tích {samples_tested} mẫu" + (f" ({kind_text})" if kind_text else "") + "."
        blocks.append(sentence(text, values, figures))
    blocks += activity_blocks(data, PUBLIC_UNIT_ACTIVITY_SECTIONS)
    if not blocks:
        blocks = _nothing("số liệu kiểm định, thử nghiệm của các đơn vị sự nghiệp")
    return blocks


def _verification_lines(lines) -> list[dict]:
    """The verification work itemised as the units record it, one line per batch description: "- Dịch vụ TĐC 9
    tháng năm 2023: kiểm định 68 chiếc cân; kiểm định đối chứng 1.152 chiếc công tơ điện; …" (one instrument
    type of one activity summed; nothing when a single line would repeat the total)."""
    lines = [line for line in lines if line.quantity]
    if len(lines) < 2:
        return []
    groups: dict[str, list] = {}
    for line in lines:
        groups.setdefault(line.description.strip().rstrip(".:;"), []).append(line)
    blocks = []
    for description, items in groups.items():
        parts = "; ".join(f"{lower_first(item.activity)} {format_count(item.quantity)} {item.counted}" for item in items)
        lead = description or "Trong đó"
        blocks.append(para(f"- {lead[:1].upper()}{lead[1:]}: {parts}."))
    return blocks


def activity_sentence(row) -> str:
    """A work-log entry as a seed-like line: "- Cập nhật 14 bản tin khởi nghiệp …",
    "- Sản xuất bịch nấm thương phẩm: 10.000/15.000 bịch", "- Đo điện trở tiếp địa: 71 hệ thống",
    "- Tham mưu UBND tỉnh ban hành Quyết định số 1048/QĐ-UBND ngày 19/05/2023 ban hành …"."""
    text = row.text.strip().rstrip(".;")
    if not text:
        return ""
    text = _with_document(text, row)
    quantity, measure, target = (small_count(value.strip()) for value in (row.quantity, row.measure_unit, row.target))
    named = re.search(r"(?<!\w)" + re.escape(measure) + r"(?!\w)", text) if measure else None
    if quantity and target:
        text += f": {quantity}/{target} {measure}".rstrip()
    elif quantity and named:
        # the seeds put the count before what it counts: "Cập nhật 31 tin, bài …", "Sản xuất 100 bình chồi …";
        # a count already typed there ("Tổ chức 04 Hội đồng …", an imported line) is not written twice
        if not re.search(r"\d\s*$", text[:named.start()]):
            text = f"{text[:named.start()]}{quantity} {text[named.start():]}"
    elif quantity and measure:
        text += f": {quantity} {measure}"
    return f"- {text}."


def _with_document(text: str, row) -> str:
    """The entry's document where the seeds write it: after its kind named in the text ("ban hành Quyết định số …
    ngày … ban hành …"), else in brackets at the end; nothing when the text already gives the number."""
    reference = row.document_reference
    if not reference or row.document_number in text:
        return text
    kind = row.document_kind
    named = re.search(r"(?<!\w)" + re.escape(kind) + r"(?!\w)", text) if kind else None
    if named:
        return f"{text[:named.end()]} {reference}{text[named.end():]}"
    return f"{text} ({kind or 'Văn bản'} {reference})"


def activity_blocks(data, sections) -> list[dict]:
    """The work-log entries (worklog) whose field of work (`outline.activity_field`) is one of `sections`."""
    if data.worklog is None:
        return []
    rows = [row for row in data.worklog.entries if activity_field(row) in sections]
    groups: dict[tuple, list] = {}
    for row in rows[:60]:
        groups.setdefault((row.kind, row.unit_code), []).append(row)
    blocks = []
    for (kind, _), group in groups.items():
        # a unit's many entries of one kind the seeds write as one line (seed 000: "Triển khai các hoạt động
        # truyền thông KH&CN. Xuất bản …; Thực hiện 02 chuyên mục …; …"), at the place of the first one
        lines = [line for line in (activity_sentence(row) for row in group) if line]
        lead = MERGED_ACTIVITY_LEADS.get(kind)
        if lead and len(lines) >= MERGED_ENTRIES:
            items = [lower_first(line[2:].rstrip(".")) for line in lines]
            blocks.append(para(f"- {lead}: " + "; ".join(dict.fromkeys(items)) + "."))
        else:
            blocks += [para(line) for line in lines]
    return blocks


# the kinds of work whose entries merge into one line, with the line's lead; from this many entries of one unit
MERGED_ACTIVITY_LEADS = {"communication": "Triển khai các hoạt động truyền thông KH&CN"}
MERGED_ENTRIES = 3


# ---------------------------------------------------------------------------------------- directives
def _results(data) -> list[dict]:
    """The Sở's advisory work written from the completion records of its tasks ("Tham mưu UBND tỉnh ban hành
    Quyết định số … ngày …"), each once."""
    if data.directives is None:
        return []
    lines = dict.fromkeys(result.sentence() for result in data.directives.results)
    return [para(f"- {line}") for line in lines]



def _task_records(rows) -> list[tuple[str, str]]:
    return [(f"{row.source} — {row.text}" if row.source else row.text, row.url) for row in rows]


def _directives(period, data, figures) -> list[dict]:
    d = data.directives
    if d is None:
        return []
    t = d.totals
    figures.add("dt_assigned", "Nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao", t.assigned)
    figures.add("dt_completed", "Nhiệm vụ đã hoàn thành", t.completed)
    figures.add("dt_completed_late", "Nhiệm vụ hoàn thành nhưng quá hạn", t.completed_late,
                _task_records(d.completed_late))
    figures.add("dt_overdue", "Nhiệm vụ quá hạn chưa hoàn thành", t.overdue_not_completed,
                _task_records(d.overdue_not_completed))
    figures.add("dt_in_progress", "Nhiệm vụ đang thực hiện", t.in_progress)
    if not t.assigned:
        return [para(f"- Trong {period.label}, không phát sinh nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao.")]
    v = {"dt_assigned": t.assigned, "dt_completed": t.completed, "dt_completed_late": t.completed_late,
         "dt_overdue": t.overdue_not_completed, "dt_in_progress": t.in_progress}
    # seed 003: "Tổng số nhiệm vụ được giao: 02 nhiệm vụ. … Tổng số nhiệm vụ chưa hoàn thành: không có."
    text = "- Tổng số nhiệm vụ được giao: {dt_assigned} nhiệm vụ"
    if t.completed:
        text += "; đã hoàn thành {dt_completed} nhiệm vụ"
        if t.completed_late:
            text += " (trong đó {dt_completed_late} nhiệm vụ hoàn thành nhưng quá hạn)"
    else:
        text += "; chưa có nhiệm vụ hoàn thành"
    if t.in_progress:
        text += "; đang thực hiện {dt_in_progress} nhiệm vụ"
    if t.overdue_not_completed:
        text += "; quá hạn chưa hoàn thành {dt_overdue} nhiệm vụ."
    else:
        text += "; nhiệm vụ quá hạn chưa hoàn thành: không có."
    return [sentence(text, v, figures), para("(Chi tiết tại Phụ lục IV kèm theo).")]


GROUP_TITLES = {"van_ban": "Nhiệm vụ giao tại các Quyết định, Kế hoạch, Công văn... của UBND tỉnh",
                "ket_luan": "Nhiệm vụ giao tại các Thông báo Kết luận của Lãnh đạo UBND tỉnh"}


def _grouped_rows(tasks, cells) -> list:
    """Seed 003's detail tables: group I (decisions, plans, letters; a task without a source document counts there
    as in the summary), group II (conclusion notices), each numbered from 1, "Không" when a group has none."""
    rows = []
    for mark, category in (("I", "van_ban"), ("II", "ket_luan")):
        rows.append({"cells": [mark, GROUP_TITLES[category]], "bold": True, "group": True})
        members = [task for task in tasks if (task.category == "ket_luan") == (category == "ket_luan")]
        rows += [[str(index), *cells(task)] for index, task in enumerate(members, 1)] or [["1", "Không"]]
    return rows


def _appendices(period, data) -> list[dict]:
    """Phụ lục IV: only the tasks the province (UBND tỉnh, Chủ tịch UBND tỉnh) assigned."""
    d = data.directives
    if d is None or not d.totals.assigned:
        return []
    from directives.figures import TaskCounts

    zero = TaskCounts()
    conclusions = d.by_category.get("ket_luan", zero)
    documents = d.totals + TaskCounts(**{name: -getattr(conclusions, name) for name in (
        "assigned", "completed", "completed_late", "overdue_not_completed", "in_progress", "cancelled")})
    blocks = [section("landscape")]
    blocks.append(para(run("Phụ lục IV", bold=True), indent=False, align="center"))
    blocks.append(para(run("BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ UBND TỈNH, CHỦ TỊCH UBND TỈNH GIAO", bold=True),
                       indent=False, align="center"))
    blocks.append(para(run(period.label.upper(), bold=True), indent=False, align="center"))
    blocks.append(para(run("(Kèm theo Báo cáo số      /BC-SKHCN của Sở Khoa học và Công nghệ)", italic=True),
                       indent=False, align="center"))
    blocks.append(para(run("I. KẾT QUẢ THỰC HIỆN", bold=True), indent=False, align="left"))
    # the STT column holds "Tổng cộng I+II" on one line (seed 003's layout)
    cols = [("STT", 2.6), ("Tổng số nhiệm vụ được giao", 3.2), ("Tổng số nhiệm vụ đã hoàn thành", 3.2),
            ("Tổng số nhiệm vụ đã hoàn thành nhưng quá hạn (*)", 3.6), ("Tổng số nhiệm vụ chưa hoàn thành (**)", 3.6),
            ("Khó khăn, vướng mắc và kiến nghị, đề xuất", 9.4)]

    def counts(group):
        return [table_count(group.assigned), table_count(group.completed), table_count(group.completed_late),
                table_count(group.overdue_not_completed)]

    rows = [
        {"cells": ["I", GROUP_TITLES["van_ban"]], "bold": True, "group": True},
        {"cells": ["Cộng", *counts(documents), d.difficulties], "bold": False},
        {"cells": ["II", GROUP_TITLES["ket_luan"]], "bold": True, "group": True},
        {"cells": ["Cộng", *counts(conclusions), ""], "bold": False},
        {"cells": ["Tổng cộng I+II", *counts(d.totals), ""], "bold": True},
    ]
    blocks.append(table(cols, rows))
    blocks.append(para(run("II. CHI TIẾT CÁC NHIỆM VỤ QUÁ HẠN ĐÃ HOÀN THÀNH (*)", bold=True), indent=False, align="left"))
    late_cols = [("STT", 2.2), ("Văn bản giao nhiệm vụ", 4.5), ("Nội dung nhiệm vụ được giao", 7.0),
                 ("Thời hạn giao", 2.6), ("Thời hạn hoàn thành", 2.6), ("Giải trình nguyên nhân/ kiến nghị, đề xuất", 6.7)]
    late_rows = _grouped_rows(d.completed_late, lambda row: [row.source, row.text, row.deadline, row.completed_on,
                                                             row.explanation])
    late_rows.append({"cells": ["Tổng cộng", table_count(len(d.completed_late)), "", "", "", ""], "bold": True})
    blocks.append(table(late_cols, late_rows))
    blocks.append(para(run("III. CHI TIẾT CÁC NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH (**)", bold=True), indent=False,
                       align="left"))
    overdue_cols = [("STT", 2.2), ("Văn bản giao nhiệm vụ", 4.5), ("Nội dung nhiệm vụ được giao", 7.0),
                    ("Tình hình thực hiện", 4.0), ("Dự kiến thời hạn hoàn thành", 2.6),
                    ("Giải trình nguyên nhân/ kiến nghị, đề xuất", 5.3)]
    overdue_rows = _grouped_rows(d.overdue_not_completed, lambda row: [row.source, row.text, row.progress,
                                                                       row.deadline, row.explanation])
    overdue_rows.append({"cells": ["Tổng số", table_count(len(d.overdue_not_completed)), "", "", "", ""], "bold": True})
    blocks.append(table(overdue_cols, overdue_rows))
    return blocks


# ------------------------------------------------------------------------------ assessment, direction
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
    totals = data.directives.totals if data.directives is not None else None
    if totals is not None and totals.overdue_not_completed:
        weaknesses.append(sentence("- Còn {dt_overdue} nhiệm vụ UBND tỉnh giao quá hạn chưa hoàn thành.",
                                   {"dt_overdue": totals.overdue_not_completed}, figures))
    if totals is not None and totals.completed_late:
        weaknesses.append(sentence("- Có {dt_completed_late} nhiệm vụ hoàn thành nhưng quá hạn so với thời hạn giao.",
                                   {"dt_completed_late": totals.completed_late}, figures))
    s = data.science
    if s is not None and s.extended:
        weaknesses.append(sentence("- Một số nhiệm vụ khoa học và công nghệ đến hạn nghiệm thu nhưng phải gia hạn thời "
                                   "gian thực hiện ({st_extended} nhiệm vụ).", {"st_extended": s.extended}, figures))
    if s is not None and s.late_advances:
        figures.add("st_late_advances", "Khoản tạm ứng chậm thanh toán", s.late_advances, s.late_advance_names)
        weaknesses.append(sentence("- Việc thanh toán tạm ứng kinh phí của một số cơ quan chủ trì còn chậm "
                                   "({st_late_advances} khoản tạm ứng quá hạn thanh toán).",
                                   {"st_late_advances": s.late_advances}, figures))
    r = data.registers
    if r is not None and r.tthc_late:
        weaknesses.append(sentence("- Còn {tthc_late} hồ sơ thủ tục hành chính giải quyết quá hạn.",
                                   {"tthc_late": r.tthc_late}, figures))
    if r is not None and r.licences_expiring:
        facilities = list(r.licences_expiring)
        figures.add("licences_expiring", "Giấy phép bức xạ sắp hết hạn", len(facilities), facilities)
        weaknesses.append(sentence("- Có {licences_expiring} giấy phép tiến hành công việc bức xạ sắp hết hạn, cần đôn "
                                   "đốc cơ sở làm hồ sơ gia hạn trước 45 ngày.", {"licences_expiring": len(facilities)},
                                   figures, footnote=listing(facilities) or None))
    blocks.append(heading("2. Hạn chế và nguyên nhân", 2))
    if weaknesses:
        blocks += weaknesses
    else:
        blocks.append(para("- Số liệu theo dõi trên hệ thống không ghi nhận nhiệm vụ quá hạn hay hồ sơ giải quyết "
                           "chậm trong kỳ."))
    return blocks


# the direction's tasks: the Sở's own work programme for the next period first, then what the Giám đốc and the
# province assigned; the first DIRECTION_TASKS of them (reports.assembly.collect asks directives for no more)
DIRECTION_FIRST = {"trong_tam": 0, "giam_doc": 1, "phat_sinh": 1}
DIRECTION_TASKS = 15


def _direction(period, data) -> list[dict]:
    blocks = []
    seen = set()
    upcoming = data.directives.upcoming if data.directives is not None else ()
    last = max(DIRECTION_FIRST.values()) + 1
    upcoming = sorted(upcoming, key=lambda row: DIRECTION_FIRST.get(row.task_category, last))
    for row in upcoming[:DIRECTION_TASKS]:
        content = re.sub(r"^\s*(V/v|về việc)\s+", "", row.text, flags=re.IGNORECASE).strip()
        if not content or content.lower() in seen:  # each priority once
            continue
        seen.add(content.lower())
        content = content[:1].upper() + content[1:]
        deadline_text = row.deadline_text or row.deadline
        if deadline_text[:1].isdigit():
            deadline_text = f"thời hạn {deadline_text}"
        elif deadline_text:
            deadline_text = f"hoàn thành {deadline_text}"
        # a deadline already in the task's own words is not printed twice
        if any(words and words in content for words in (row.deadline, row.deadline_text)):
            deadline_text = ""
        suffix = ", ".join(part for part in (f"{row.unit} chủ trì" if row.unit else "", deadline_text) if part)
        blocks.append(para(f"- {content.rstrip('.')}" + (f" ({suffix})." if suffix else ".")))
    # then the work the units planned for the next period in their work logs, each once
    for row in (data.worklog.planned if getattr(data, "worklog", None) is not None else ())[:40]:
        content = row.text.strip().rstrip(".;")
        if not content or content.lower() in seen:
            continue
        seen.add(content.lower())
        blocks.append(para(f"- {content[:1].upper()}{content[1:]}."))
    if not blocks:
        blocks.append(para(f"- Tiếp tục triển khai các nhiệm vụ theo kế hoạch {period.next_label}; theo dõi, đôn đốc "
                           "thực hiện các nhiệm vụ đúng tiến độ và kịp thời tháo gỡ khó khăn, vướng mắc."))
    return blocks
