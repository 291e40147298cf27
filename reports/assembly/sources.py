"""The outline's sources: each key of `outline.SOURCES` → the builder of `content` (or `tables`) that writes it,
and `build_content`, the generated content of every source an outline uses. The builders' bodies stay in
`content`; this module only picks and orders them."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from core.documents.layout import para
from core.formatting import format_date

from ..periods import Period
from . import tables
from .collect import ReportData
from .content import (
    APP_LABELS,
    APP_OF_SECTION,
    Content,
    _appendices,
    _assessment,
    _directives,
    _direction,
    _inspection,
    _office,
    _public_units,
    _results,
    _science,
    _standards,
    _technology,
    activity_blocks,
)
from .outline import ACTIVITY_SECTIONS, SECTION_SPECS, WORK_LOG_KINDS
from .prose import Figures

log = logging.getLogger(__name__)


def _activity_source(kind):
    return lambda ctx: activity_blocks(ctx.data, (kind,))


@dataclass
class _Context:
    organisation: object
    period: Period
    data: ReportData
    figures: Figures
    own: object = None


# The outline's sources (reports.assembly.outline.SOURCES) → the builder that writes them.
SECTION_BUILDERS = {
    "tham_muu": lambda ctx: _results(ctx.data),
    "khoa_hoc": lambda ctx: _science(ctx.period, ctx.data, ctx.figures),
    "cong_nghe": lambda ctx: _technology(ctx.data, ctx.figures),
    "tdc": lambda ctx: _standards(ctx.data, ctx.figures),
    "thanh_tra": lambda ctx: _inspection(ctx.data, ctx.figures),
    "van_phong": lambda ctx: _office(ctx.data, ctx.figures),
    "don_vi": lambda ctx: _public_units(ctx.data, ctx.figures),
    "nhiem_vu_ubnd": lambda ctx: _directives(ctx.period, ctx.data, ctx.figures),
    "nhiem_vu_so": lambda ctx: tables.own_tasks_section(ctx.own, ctx.period, ctx.figures),
    "bang_chuong_trinh": lambda ctx: tables.programme_table(ctx.organisation, ctx.period),
    **{f"work_log-{kind}": _activity_source(kind) for kind in WORK_LOG_KINDS},
}
APPENDIX_BUILDERS = {
    "phu_luc_iii": lambda ctx: tables.work_programme_appendix(ctx.organisation, ctx.period),
    "phu_luc_iv": lambda ctx: _appendices(ctx.period, ctx.data),
    "phu_luc_nhiem_vu_so": lambda ctx: tables.own_tasks_appendix(ctx.own, ctx.period),
}
LEGACY_SOURCES = [key for key, _title, _units in SECTION_SPECS]


VERIFYING_UNITS = ("tt-ktdc", "chi-cuc-tdc", "tt-tdc")  # who does the kiểm định, thử nghiệm counted in the registers


EMPTY_SECTION = "- Trong kỳ, hệ thống chưa ghi nhận hoạt động thuộc mục này."


def _say_when_empty(outline, sections) -> None:
    """A leaf section of the outline whose source gave nothing says so (never a bare heading); the line is keyed
    "nothing", so that it gives way to a unit's own text there. A section with sub-sections is their heading."""
    items = list(outline.sections or [])
    for index, item in enumerate(items):
        key = unit_source_key(item)
        has_children = index + 1 < len(items) and int(items[index + 1].get("level", 1)) > int(item.get("level", 1))
        if key in sections and not sections[key] and not has_children:
            sections[key] = [para(EMPTY_SECTION, key="nothing")]


def unit_source_key(item: dict) -> str:
    """The content key of an outline node: its source, or "don_vi@<unit code>" for one centre's own part."""
    source = item.get("source", "")
    if source == "don_vi" and item.get("units"):
        return f"don_vi@{item['units'][0]}"
    return source


def _public_units_by_unit(ctx, outline) -> dict:
    """Seed 000's "3.1. Trung tâm …", "3.2. Trung tâm …": the public units' part split by unit. The activities go to
    their unit's node (the rest to the first); the verification figures to the kiểm định centre's node."""
    import dataclasses

    codes = [item["units"][0] for item in outline.sections or [] if unit_source_key(item).startswith("don_vi@")]
    r = ctx.data.registers
    if not codes or r is None:
        return {}
    verifying = next((code for code in codes if code in VERIFYING_UNITS), codes[0])
    out = {}
    # the kiểm định centre last: the figures it counts are registered once, with their real values
    for code in sorted(codes, key=lambda code: code == verifying):
        log = ctx.data.worklog
        rows = tuple(row for row in (log.entries if log else ())
                     if row.unit_code == code or (code == codes[0] and row.unit_code not in codes))
        changes = {}
        if code != verifying:
            changes.update(instruments_verified=0, samples_tested=0, verifications=())
        part = dataclasses.replace(r, **changes)
        own_log = dataclasses.replace(log, entries=rows) if log else None
        out[f"don_vi@{code}"] = _public_units(dataclasses.replace(ctx.data, registers=part, worklog=own_log),
                                              ctx.figures)
    return out


def build_content(organisation, period: Period, data: ReportData, outline=None) -> Content:
    """The generated content of every source the outline uses (`outline`: a `reports.ReportOutline`; None: the
    historical fixed sections and Phụ lục IV). `Content.sections` is keyed by source."""
    figures = Figures()
    if outline is not None:
        used = [item.get("source", "") for item in outline.sections or []]
        appendix_sources = [item.get("source", "") for item in outline.appendices or []]
    else:
        used, appendix_sources = list(LEGACY_SOURCES), ["phu_luc_iv"]
    used = [key for key in dict.fromkeys(used) if key in SECTION_BUILDERS]
    ctx = _Context(organisation, period, data, figures)
    if "nhiem_vu_so" in used or "phu_luc_nhiem_vu_so" in appendix_sources:
        try:
            ctx.own = tables.own_task_figures(organisation, period)
        except Exception as exc:  # noqa: BLE001 - one failing figure must not sink the whole report
            log.exception("own task figures failed")
            data.errors.append(("directives", f"{type(exc).__name__}: {exc}"))
    sections = {key: SECTION_BUILDERS[key](ctx) for key in used}
    if outline is not None:
        sections.update(_public_units_by_unit(ctx, outline))
    for activity_section, key in ACTIVITY_SECTIONS.items():
        if key not in sections or f"work_log-{activity_section}" in sections:
            continue  # an outline that gives the kind its own section prints it there, once
        extra = activity_blocks(data, (activity_section,))
        if extra:
            kept = [block for block in sections.get(key, []) if block.get("key") != "nothing"]
            sections[key] = kept + extra
    for key, app in APP_OF_SECTION.items():
        failures = [message for failed_app, message in data.errors if failed_app == app]
        if failures and key in sections:
            sections[key] = [para(f"(Chưa lấy được số liệu {APP_LABELS[app]}: {failures[0]}. Đề nghị quản trị hệ "
                                  "thống kiểm tra rồi tạo lại số liệu.)")] + sections[key]
    if outline is not None:
        _say_when_empty(outline, sections)
    # records written as lines (results, work-log entries) are data too, even when no figure counts them
    has_data = (any(item["value"] for item in figures.items.values())
                or bool(data.worklog is not None and data.worklog.entries)
                or bool(data.directives is not None and data.directives.results))
    intro = []
    if not has_data:
        intro.append(para(
            f"Trong kỳ báo cáo (từ ngày {format_date(period.start)} đến ngày {format_date(period.end)}), "
            "chưa có số liệu nào được cập nhật trên hệ thống: không phát sinh nhiệm vụ được giao, nhiệm vụ "
            "khoa học và công nghệ hay hồ sơ, kết quả kiểm định nào. Các phòng, đơn vị bổ sung nội dung hoạt "
            "động trong kỳ (nếu có)."
        ))
    appendices = []
    for key in appendix_sources:
        if key in APPENDIX_BUILDERS:
            appendices += APPENDIX_BUILDERS[key](ctx)
    return Content(
        sections=sections,
        appendices=appendices,
        figures=figures.items,
        assessment=_assessment(period, data, figures, has_data),
        direction=_direction(period, data),
        has_data=has_data,
        intro=intro,
    )
