"""Every write of the reports app: create, unit edits, compile, approve, issue, regenerate, templates.

Workflow: `report_create` (units' sections pre-filled from the data) → `section_update` by each unit →
`report_compile` by the Văn phòng (a version) → `report_approve` by a leader → `report_issue` (number and
date; the .docx is frozen in the last version). An issued report never changes; `report_regenerate`
(before issue) refreshes the figures from the data and writes a new version.
"""
from __future__ import annotations

import copy
import datetime as dt
import difflib

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from core.choices import Role, UnitKind
from core.documents import layout
from core.documents import templates as doc_templates
from core.formatting import format_date, long_date
from core.models import Membership, Unit
from core.models.events import record_event

from . import assembly
from .choices import KIND_TITLES, PeriodRule, ReportKind, ReportStatus
from .models import Report, ReportRule, ReportSection, ReportTemplate, ReportVersion
from .periods import Period, adhoc_period, compute_period

FROZEN_MESSAGE = "Báo cáo đã ban hành: số liệu và nội dung không được thay đổi. Hãy tạo báo cáo mới nếu cần."
DEFAULT_RECIPIENTS = [
    "UBND tỉnh (b/c)", "Sở Kế hoạch và Đầu tư", "Cục Thống kê", "Giám đốc, các PGĐ Sở",
    "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP",
]


class ReportError(ValidationError):
    """A refused report action; the message is for the user."""


# ------------------------------------------------------------------------------------------ permissions
def may_compile(membership) -> bool:
    """Leaders and the Văn phòng compile, regenerate and create reports."""
    if membership is None or not membership.is_active:
        return False
    return membership.is_leader or bool(membership.unit_id and membership.unit.kind == UnitKind.VAN_PHONG)


def may_approve(membership) -> bool:
    return membership is not None and membership.is_active and membership.is_director


def may_issue(membership) -> bool:
    return may_approve(membership) or (membership is not None and membership.is_active and membership.is_clerk)


def may_edit_section(membership, section: ReportSection) -> bool:
    if membership is None or not membership.is_active or membership.organisation_id != section.organisation_id:
        return False
    if may_compile(membership):
        return True
    return bool(section.unit_id) and section.unit_id in membership.scope_unit_ids() and membership.has_role(
        Role.TRUONG_DON_VI, Role.CHUYEN_VIEN)


def _require(allowed: bool, message: str = "Bạn không có quyền thực hiện thao tác này."):
    if not allowed:
        raise PermissionDenied(message)


def _require_not_frozen(report: Report):
    if report.is_frozen:
        raise ReportError(FROZEN_MESSAGE)


# -------------------------------------------------------------------------------------------- rules
def rule_for(organisation, kind: str) -> ReportRule:
    """The organisation's rule for a kind, or an unsaved default (statistical period, the director signs)."""
    rule = ReportRule.objects.filter(organisation=organisation, kind=kind).first()
    if rule is not None:
        return rule
    director = _director(organisation)
    return ReportRule(
        organisation=organisation, kind=kind,
        period_rule=organisation.setting("reports.period_rule", PeriodRule.STATISTICAL),
        recipients="\n".join(organisation.setting("reports.recipients", DEFAULT_RECIPIENTS)),
        signer_authority="GIÁM ĐỐC", signer_name=str(director.user) if director else "",
        symbol=f"BC-{organisation.symbol}",
    )


def _director(organisation):
    for membership in Membership.objects.filter(organisation=organisation, is_active=True).select_related("user"):
        if Role.GIAM_DOC in (membership.roles or []):
            return membership
    return None


def period_for(organisation, kind: str, *, year: int | None = None, month: int | None = None,
               quarter: int | None = None, week: int | None = None, date_from: dt.date | None = None,
               date_to: dt.date | None = None, label: str = "") -> Period:
    """The period of a report, under the organisation's rule for the kind. Ad hoc reports take their own dates
    (e.g. "phục vụ kỳ họp HĐND": from 01/01 to the session's cut-off). Raises ValueError with a message for
    the user."""
    if kind not in ReportKind.values:
        raise ValueError(f"Loại báo cáo không hợp lệ: {kind}.")
    if kind == ReportKind.ADHOC:
        if not date_from or not date_to:
            raise ValueError("Báo cáo đột xuất cần ngày đầu kỳ và ngày cuối kỳ.")
        return adhoc_period(date_from, date_to, label)
    if not year or not 2000 <= year <= 2100:
        raise ValueError("Cần năm báo cáo (ví dụ 2024).")
    return compute_period(kind, rule_for(organisation, kind).period_rule, year=year, month=month, quarter=quarter,
                          week=week)


# ----------------------------------------------------------------------------------------- creating
def _unit_for(organisation, codes, cache):
    for code in codes:
        if code in cache:
            return cache[code]
    return None


def _title_lines(kind: str, period: Period) -> list[str]:
    return [line.format(label=period.label, next=period.next_label) for line in KIND_TITLES[kind]]


def _default_subtitle(kind: str, period: Period, rule: ReportRule) -> str:
    if rule.subtitle:
        return rule.subtitle
    if kind == ReportKind.WEEKLY:
        return f"(Từ ngày {format_date(period.start)} đến ngày {format_date(period.end)})"
    return ""


@transaction.atomic
def report_create(*, organisation, kind: str, period: Period, actor=None, membership=None, data=None,
                  title: str = "", subtitle: str | None = None, addressee: str | None = None,
                  opening: str = "") -> Report:
    """A new report for a period, its sections pre-filled from the data (`data` overrides the selectors).
    `title`, `subtitle` ("(Báo cáo phục vụ kỳ họp thứ 18 HĐND tỉnh Khóa VIII)") and `addressee` override the
    kind's defaults (ad hoc reports)."""
    if membership is not None:
        _require(may_compile(membership), "Chỉ lãnh đạo Sở hoặc Văn phòng được tạo báo cáo.")
    if kind not in ReportKind.values:
        raise ReportError(f"Loại báo cáo không hợp lệ: {kind}.")
    rule = rule_for(organisation, kind)
    title = "\n".join(line.strip() for line in (title or "").splitlines() if line.strip())
    report = Report.objects.create(
        organisation=organisation, kind=kind, period_start=period.start, period_end=period.end,
        period_label=period.label, next_period_label=period.next_label,
        title=title or "\n".join(_title_lines(kind, period)),
        subtitle=(subtitle if subtitle is not None else _default_subtitle(kind, period, rule)).strip(),
        addressee=(addressee if addressee is not None else rule.addressee).strip(), opening=(opening or "").strip(),
        symbol=rule.symbol or f"BC-{organisation.symbol}",
        recipients=[line.strip() for line in rule.recipients.splitlines() if line.strip()],
        signer_authority=[part.strip() for part in rule.signer_authority.split("|") if part.strip()],
        signer_name=rule.signer_name, created_by=actor if getattr(actor, "pk", None) else None,
    )
    units = {u.code: u for u in Unit.objects.filter(organisation=organisation)}
    for order, (key, title, codes) in enumerate(assembly.SECTION_SPECS, start=1):
        ReportSection.objects.create(organisation=organisation, report=report, key=key, order=order * 10,
                                     heading=title, unit=_unit_for(organisation, codes, units))
    _generate(report, period, data=data)
    record_event(organisation=organisation, kind="REPORT_CREATED", subject=report, actor=actor,
                 period=period.label, report_kind=kind)
    return report


def report_create_for_period(*, organisation, kind: str, membership=None, actor=None, year: int | None = None,
                             month: int | None = None, quarter: int | None = None, week: int | None = None,
                             date_from: dt.date | None = None, date_to: dt.date | None = None, label: str = "",
                             title: str = "", subtitle: str | None = None, opening: str = "", data=None) -> Report:
    """What the screen, the API and the CLI call: the period from its parts, then `report_create`."""
    if membership is not None:
        _require(may_compile(membership), "Chỉ lãnh đạo Sở hoặc Văn phòng được tạo báo cáo.")
    try:
        period = period_for(organisation, kind, year=year, month=month, quarter=quarter, week=week,
                            date_from=date_from, date_to=date_to, label=label)
    except ValueError as exc:
        raise ReportError(str(exc)) from None
    if subtitle and not subtitle.strip().startswith("("):
        subtitle = f"({subtitle.strip()})"
    if subtitle and len(subtitle) > 255:
        raise ReportError("Dòng ghi chú dưới trích yếu dài quá 255 ký tự.")
    if len(period.label) > 100:
        raise ReportError("Tên kỳ báo cáo dài quá 100 ký tự.")
    if title and len(title) > 500:
        raise ReportError("Trích yếu dài quá 500 ký tự.")
    return report_create(organisation=organisation, kind=kind, period=period, membership=membership,
                         actor=actor if actor is not None else getattr(membership, "user", None), data=data,
                         title=title, subtitle=subtitle or None, opening=opening)


def _period_of(report: Report) -> Period:
    return Period(report.kind, report.period_start, report.period_end, report.period_label,
                  report.next_period_label, report.period_end.year)


def _generate(report: Report, period: Period, data=None) -> None:
    data = data if data is not None else assembly.collect(report.organisation, period)
    content = assembly.build_content(report.organisation, period, data)
    for section_obj in report.sections.all():
        generated = content.sections.get(section_obj.key, [])
        if section_obj.generated != generated:
            section_obj.generated = generated
            section_obj.save(update_fields=["generated", "updated_at"])
    report.generated = {
        "figures": content.figures, "appendices": content.appendices, "assessment": content.assessment,
        "direction": content.direction, "intro": content.intro, "has_data": content.has_data,
        "sources": sorted(data.sources),
    }
    report.generated_at = timezone.now()
    report.save(update_fields=["generated", "generated_at", "updated_at"])


@transaction.atomic
def section_update(*, section: ReportSection, membership, narrative: str, include_generated: bool = True) -> ReportSection:
    section = ReportSection.objects.select_for_update().select_related("report").get(pk=section.pk)
    _require_not_frozen(section.report)
    _require(may_edit_section(membership, section), "Bạn chỉ được sửa phần báo cáo của phòng, đơn vị mình.")
    section.narrative = narrative.strip()
    section.include_generated = include_generated
    section.updated_by = membership.user
    section.save()
    record_event(organisation=section.organisation, kind="REPORT_SECTION_UPDATED", subject=section.report,
                 actor=membership.user, section=section.key)
    return section


@transaction.atomic
def report_update_text(*, report: Report, membership, title: str | None = None, subtitle: str | None = None,
                       opening: str | None = None, assessment: str | None = None, direction: str | None = None,
                       recipients: list[str] | None = None, signer_authority: list[str] | None = None,
                       signer_name: str | None = None) -> Report:
    """The Văn phòng edits the whole: title, opening, assessment, direction, Nơi nhận, signer."""
    report = Report.objects.select_for_update().get(pk=report.pk)
    _require_not_frozen(report)
    _require(may_compile(membership), "Chỉ lãnh đạo Sở hoặc Văn phòng được biên tập toàn văn báo cáo.")
    for name, value in (("title", title), ("subtitle", subtitle), ("opening", opening), ("assessment", assessment),
                        ("direction", direction), ("recipients", recipients),
                        ("signer_authority", signer_authority), ("signer_name", signer_name)):
        if value is not None:
            setattr(report, name, value)
    if not report.title.strip():
        raise ReportError("Trích yếu báo cáo không được để trống.")
    for name, label in (("title", "Trích yếu"), ("subtitle", "Dòng ghi chú dưới trích yếu"),
                        ("signer_name", "Họ tên người ký")):
        limit = Report._meta.get_field(name).max_length
        if len(getattr(report, name)) > limit:
            raise ReportError(f"{label} dài quá {limit} ký tự.")
    report.save()
    record_event(organisation=report.organisation, kind="REPORT_EDITED", subject=report, actor=membership.user)
    return report


@transaction.atomic
def report_compile(*, report: Report, membership, reason: str = "Văn phòng tổng hợp") -> ReportVersion:
    report = Report.objects.select_for_update().get(pk=report.pk)
    _require_not_frozen(report)
    _require(may_compile(membership), "Chỉ lãnh đạo Sở hoặc Văn phòng được tổng hợp báo cáo.")
    report.status = ReportStatus.COMPILED
    report.save(update_fields=["status", "updated_at"])
    version = _snapshot(report, reason=reason, actor=membership.user)
    record_event(organisation=report.organisation, kind="REPORT_COMPILED", subject=report, actor=membership.user,
                 version=version.number)
    return version


@transaction.atomic
def report_regenerate(*, report: Report, membership, data=None) -> ReportVersion:
    """Refresh the figures from the data: a new version (the previous ones stay, with their differences)."""
    report = Report.objects.select_for_update().get(pk=report.pk)
    _require_not_frozen(report)
    _require(may_compile(membership), "Chỉ lãnh đạo Sở hoặc Văn phòng được tạo lại số liệu báo cáo.")
    _generate(report, _period_of(report), data=data)
    version = _snapshot(report, reason="Tạo lại số liệu từ dữ liệu", actor=membership.user)
    record_event(organisation=report.organisation, kind="REPORT_REGENERATED", subject=report, actor=membership.user,
                 version=version.number)
    return version


@transaction.atomic
def report_approve(*, report: Report, membership) -> Report:
    report = Report.objects.select_for_update().get(pk=report.pk)
    _require_not_frozen(report)
    _require(may_approve(membership), "Chỉ Giám đốc hoặc Phó Giám đốc Sở được duyệt báo cáo.")
    if report.status != ReportStatus.COMPILED:
        raise ReportError("Báo cáo phải được Văn phòng tổng hợp trước khi trình duyệt.")
    report.status = ReportStatus.APPROVED
    report.approved_by = membership.user
    report.approved_at = timezone.now()
    report.save(update_fields=["status", "approved_by", "approved_at", "updated_at"])
    record_event(organisation=report.organisation, kind="REPORT_APPROVED", subject=report, actor=membership.user)
    return report


def next_number(organisation, year: int) -> int:
    last = Report.objects.filter(organisation=organisation, issued_on__year=year).aggregate(m=Max("number"))["m"]
    return (last or 0) + 1


@transaction.atomic
def report_issue(*, report: Report, membership, number: int | None = None, issued_on: dt.date | None = None) -> Report:
    report = Report.objects.select_for_update().get(pk=report.pk)
    _require_not_frozen(report)
    _require(may_issue(membership), "Chỉ lãnh đạo Sở hoặc văn thư được ban hành báo cáo.")
    if report.status != ReportStatus.APPROVED:
        raise ReportError("Báo cáo phải được lãnh đạo duyệt trước khi ban hành.")
    issued_on = issued_on or timezone.localdate()
    number = number or next_number(report.organisation, issued_on.year)
    if Report.objects.filter(organisation=report.organisation, issued_on__year=issued_on.year, number=number,
                             symbol=report.symbol).exclude(pk=report.pk).exists():
        raise ReportError(f"Số {number}/{report.symbol} năm {issued_on.year} đã được dùng cho báo cáo khác.")
    report.number, report.issued_on, report.status = number, issued_on, ReportStatus.ISSUED
    report.save(update_fields=["number", "issued_on", "status", "updated_at"])
    version = _snapshot(report, reason=f"Ban hành số {number}/{report.symbol}", actor=membership.user)
    version.docx = render_version_docx(version)
    version.save(update_fields=["docx"])
    record_event(organisation=report.organisation, kind="REPORT_ISSUED", subject=report, actor=membership.user,
                 number=report.number_symbol, issued_on=issued_on.isoformat())
    return report


# -------------------------------------------------------------------------------------------- content
def compose(report: Report) -> dict:
    """The whole content of a report now: frame context, body blocks, appendices, figures."""
    generated = report.generated or {}
    body = assembly.narrative_blocks(report.opening)
    body.append(layout.heading(f"I. KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ {report.period_label.upper()}", 1))
    body += generated.get("intro", [])
    number = 0
    for section_obj in report.sections.all().order_by("order"):
        blocks = (section_obj.generated if section_obj.include_generated else []) + assembly.narrative_blocks(
            section_obj.narrative)
        if not blocks:
            continue
        number += 1
        body.append(layout.heading(f"{number}. {section_obj.heading}", 2, key=section_obj.key))
        body += blocks
    body.append(layout.heading("II. ĐÁNH GIÁ CHUNG", 1))
    body += generated.get("assessment", [])
    body += assembly.narrative_blocks(report.assessment)
    body.append(layout.heading(f"III. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM {report.next_period_label.upper()}", 1))
    body += generated.get("direction", [])
    body += assembly.narrative_blocks(report.direction)
    body.append(layout.para(
        f"Trên đây là báo cáo kết quả hoạt động khoa học và công nghệ {report.period_label} và phương hướng, "
        f"nhiệm vụ {report.next_period_label} của Sở Khoa học và Công nghệ./."))
    return {"context": frame_context(report), "body": body, "appendices": _appendices_of(report),
            "figures": generated.get("figures", {})}


def _appendices_of(report: Report) -> list[dict]:
    """The appendices, their "(Kèm theo Báo cáo số …)" line carrying the report's number and date once issued."""
    appendices = copy.deepcopy((report.generated or {}).get("appendices", []))
    if report.number and report.issued_on:
        reference = f"số {report.number}/{report.symbol} ngày {format_date(report.issued_on)}"
    else:
        reference = f"số      /{report.symbol}"
    for block in appendices:
        if block["kind"] == "paragraph" and block["runs"] and block["runs"][0]["text"].startswith("(Kèm theo Báo cáo"):
            block["runs"] = [layout.run(f"(Kèm theo Báo cáo {reference} của Sở Khoa học và Công nghệ)",
                                        italic=True)]
    return appendices


def frame_context(report: Report) -> dict:
    organisation = report.organisation
    if report.issued_on:
        place_date = long_date(report.issued_on, organisation.place_name)
    else:
        month = report.period_end.month
        month_text = f"{month:02d}" if month <= 2 else str(month)
        place_date = f"{organisation.place_name}, ngày      tháng {month_text} năm {report.period_end.year}"
    return {
        "governing_body": organisation.governing_body, "issuing_body": organisation.issuing_body,
        "number_symbol": report.number_symbol, "place_date": place_date, "doc_type": "BÁO CÁO",
        "summary_lines": [line for line in report.title.splitlines() if line.strip()],
        "subtitle": report.subtitle, "addressee": report.addressee, "recipients": list(report.recipients),
        "signer_authority": list(report.signer_authority), "signer_name": report.signer_name,
        "organisation_name": organisation.name, "period_label": report.period_label,
        "period_start": format_date(report.period_start), "period_end": format_date(report.period_end),
        "kind_label": report.get_kind_display(), "version": "",
    }


def _snapshot(report: Report, *, reason: str, actor=None) -> ReportVersion:
    content = compose(report)
    last = report.versions.aggregate(m=Max("number"))["m"] or 0
    content["context"]["version"] = str(last + 1)
    text = layout.blocks_text(content["body"] + content["appendices"])
    return ReportVersion.objects.create(organisation=report.organisation, report=report, number=last + 1,
                                        reason=reason, content=content, text=text,
                                        created_by=actor if getattr(actor, "pk", None) else None)


def version_diff(old: ReportVersion, new: ReportVersion) -> list[tuple[str, str]]:
    """[(kind, line)] with kind in {"added", "removed", "same", "skip"}: what changed between versions."""
    out = []
    for line in difflib.unified_diff(old.text.splitlines(), new.text.splitlines(), lineterm="", n=1):
        if line.startswith(("---", "+++")):
            continue
        if line.startswith("@@"):
            out.append(("skip", "…"))
        elif line.startswith("+"):
            out.append(("added", line[1:]))
        elif line.startswith("-"):
            out.append(("removed", line[1:]))
        else:
            out.append(("same", line[1:]))
    return out


# ------------------------------------------------------------------------------------------ rendering
def template_for(report_or_org, kind: str | None = None) -> bytes:
    organisation = getattr(report_or_org, "organisation", report_or_org)
    kind = kind or getattr(report_or_org, "kind", "")
    templates = ReportTemplate.objects.filter(organisation=organisation, is_active=True)
    chosen = templates.filter(kind=kind).first() or templates.filter(kind="").first()
    return bytes(chosen.content) if chosen else doc_templates.default_template_bytes()


def render_content_docx(organisation, kind: str, content: dict) -> bytes:
    return doc_templates.render_template(template_for(organisation, kind), content["context"], content["body"],
                                         content["appendices"])


def render_version_docx(version: ReportVersion) -> bytes:
    if version.docx:
        return bytes(version.docx)
    return render_content_docx(version.organisation, version.report.kind, version.content)


def render_report_docx(report: Report) -> bytes:
    """An issued report: its frozen .docx. Otherwise: the current content."""
    if report.is_frozen:
        version = report.versions.exclude(docx=None).order_by("-number").first()
        if version is not None:
            return bytes(version.docx)
    return render_content_docx(report.organisation, report.kind, compose(report))


def appendices_xlsx(content: dict) -> bytes:
    """The appendix tables as a workbook: one sheet per table."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Phu luc"
    index = 0
    caption = ""
    for block in content.get("appendices", []):
        if block["kind"] == "paragraph":
            caption = "".join(r["text"] for r in block["runs"])
            continue
        if block["kind"] != "table":
            continue
        index += 1
        if index > 1:
            sheet = workbook.create_sheet(f"Bang {index}")
        sheet.append([caption])
        sheet.append([title for title, _ in block["columns"]])
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True)
        for row in block["rows"]:
            values = []
            for runs in row["cells"]:
                text = "".join(r["text"] for r in runs)
                values.append(int(text) if text.isdigit() else text)
            sheet.append(values)
        for column, (_, width) in zip("ABCDEFGHIJ", block["columns"]):
            sheet.column_dimensions[column].width = max(8, width * 5)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# ------------------------------------------------------------------------------------------ templates
@transaction.atomic
def template_upload(*, organisation, membership, name: str, data: bytes, kind: str = "") -> ReportTemplate:
    """Check a template, then make it the active one; a bad template leaves the previous one in use."""
    _require(may_compile(membership), "Chỉ lãnh đạo Sở hoặc Văn phòng được thay mẫu báo cáo.")
    try:
        info = doc_templates.check_template(data)
    except doc_templates.TemplateProblem as exc:
        raise ReportError(str(exc)) from None
    # render once with sample content: catches what parsing alone cannot (e.g. a tag inside a table loop)
    try:
        doc_templates.render_template(data, {"summary_lines": ["Thử"], "recipients": ["Lưu: VT"]},
                                      [layout.para("Nội dung thử.")])
    except doc_templates.TemplateProblem as exc:
        raise ReportError(str(exc)) from None
    except Exception as exc:  # noqa: BLE001 - any rendering failure is a defect of the template
        raise ReportError(f"Mẫu không dựng được văn bản: {exc}") from None
    ReportTemplate.objects.filter(organisation=organisation, kind=kind, is_active=True).update(is_active=False)
    template = ReportTemplate.objects.create(organisation=organisation, name=name or "Mẫu báo cáo", kind=kind,
                                             content=data, variables=info.variables, uploaded_by=membership.user)
    record_event(organisation=organisation, kind="REPORT_TEMPLATE_UPLOADED", subject=template, actor=membership.user)
    return template
