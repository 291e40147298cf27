"""Every write of the reports app: create, unit edits, whole-text edits, compile, approve, issue, regenerate,
templates. Each service takes `actor` (a `core.Membership`, or `core.permissions.system_membership(org)` in
commands) and starts with `require(actor, action, obj)` — the rules are `reports.permissions`.

Workflow: `report_create` (units' sections pre-filled from the data) → `section_update` by each unit →
`report_compile` by the Văn phòng (a version) → `report_approve` by a leader → `report_issue` (number and
date; the .docx is frozen in the last version). An issued report never changes; `report_regenerate`
(before issue) refreshes the figures from the data and writes a new version.
"""
from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from core.choices import Role
from core.concurrency import check_form_version
from core.documents import layout
from core.documents import templates as doc_templates
from core.formatting import format_date
from core.models import Membership, Unit
from core.models.events import record_event
from core.permissions import ADD, CHANGE, require

from .. import assembly
from ..choices import KIND_TITLES, PeriodRule, ReportKind, ReportStatus
from ..models import Report, ReportRule, ReportSection, ReportTemplate, ReportVersion
from ..periods import Period, adhoc_period, compute_period
from ..permissions import APPROVE, COMPILE, ISSUE, REGENERATE
from ..assembly.outline import SOURCES, fill
from ..assembly.sources import unit_source_key
from .outlines import outline_for
from .rendering import compose, render_version_docx

FROZEN_MESSAGE = "Báo cáo đã ban hành: số liệu và nội dung không được thay đổi. Hãy tạo báo cáo mới nếu cần."
DEFAULT_RECIPIENTS = [
    "UBND tỉnh (b/c)", "Sở Kế hoạch và Đầu tư", "Cục Thống kê", "Giám đốc, các PGĐ Sở",
    "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP",
]


class ReportError(ValidationError):
    """A refused report action; the message is for the user."""


class DuplicateReport(ReportError):
    """One report per organisation × kind × period: `existing` is the report already made."""

    def __init__(self, existing: Report):
        super().__init__(f"Đã có {existing} ({format_date(existing.period_start)}–{format_date(existing.period_end)}); "
                         "mở báo cáo đó để cập nhật hoặc tạo lại số liệu thay vì tạo báo cáo thứ hai.")
        self.existing = existing


def existing_report(organisation, kind: str, period: Period) -> Report | None:
    return Report.objects.filter(organisation=organisation, kind=kind, period_start=period.start,
                                 period_end=period.end).order_by("pk").first()


def _user(actor):
    """The person behind an actor (None for the system actor of commands)."""
    return getattr(actor, "user", None)


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
def _title_lines(kind: str, period: Period) -> list[str]:
    return [line.format(label=period.label, next=period.next_label) for line in KIND_TITLES[kind]]


def _default_subtitle(kind: str, period: Period, rule: ReportRule) -> str:
    if rule.subtitle:
        return rule.subtitle
    if kind == ReportKind.WEEKLY:
        return f"(Từ ngày {format_date(period.start)} đến ngày {format_date(period.end)})"
    return ""


@transaction.atomic
def report_create(*, actor, kind: str, period: Period, data=None, title: str = "", subtitle: str | None = None,
                  addressee: str | None = None, opening: str = "", allow_duplicate: bool = False) -> Report:
    """A new report of the actor's organisation for a period, its sections pre-filled from the data (`data`
    overrides the domain apps' figures). `title`, `subtitle` ("(Báo cáo phục vụ kỳ họp thứ 18 HĐND tỉnh Khóa
    VIII)") and `addressee` override the kind's defaults (ad hoc reports). A second report of the same kind and
    period is refused (`DuplicateReport` names the first), except for previews (`allow_duplicate`, rolled back)."""
    require(actor, ADD, Report)
    organisation = actor.organisation
    if kind not in ReportKind.values:
        raise ReportError(f"Loại báo cáo không hợp lệ: {kind}.")
    if not allow_duplicate:
        existing = existing_report(organisation, kind, period)
        if existing is not None:
            raise DuplicateReport(existing)
    rule = rule_for(organisation, kind)
    outline = outline_for(organisation, kind)
    title = "\n".join(line.strip() for line in (title or "").splitlines() if line.strip())
    if not title and outline.title_pattern:
        title = "\n".join(line.strip() for line in fill(outline.title_pattern, period).splitlines() if line.strip())
    if not (opening or "").strip() and outline.opening:
        opening = fill(outline.opening, period)
    # the figures and the content first, so the report and its sections are written once with them (not
    # created empty and saved again, each save one more history row)
    data = data if data is not None else assembly.collect(organisation, period)
    content = assembly.build_content(organisation, period, data, outline=outline)
    report = Report.objects.create(
        organisation=organisation, kind=kind, period_start=period.start, period_end=period.end,
        period_label=period.label, next_period_label=period.next_label,
        title=title or "\n".join(_title_lines(kind, period)),
        subtitle=(subtitle if subtitle is not None else _default_subtitle(kind, period, rule)).strip(),
        addressee=(addressee if addressee is not None else rule.addressee).strip(), opening=(opening or "").strip(),
        symbol=rule.symbol or f"BC-{organisation.symbol}",
        recipients=[line.strip() for line in rule.recipients.splitlines() if line.strip()],
        signer_authority=[part.strip() for part in rule.signer_authority.split("|") if part.strip()],
        signer_name=rule.signer_name, created_by=_user(actor), outline=outline,
        closing=fill(outline.closing, period), generated=_generated_of(content, data), generated_at=timezone.now(),
    )
    _create_sections(report, outline, period, content=content)
    record_event(organisation=organisation, kind="REPORT_CREATED", subject=report, actor=_user(actor),
                 period=period.label, report_kind=kind)
    return report


def _create_sections(report: Report, outline, period: Period, content=None) -> None:
    """One section per node of the outline, in its order, its heading filled for the period, owned by the unit
    the node names (or the first of the source's usual units the organisation has), with its part of
    `content` (the generated text) when given."""
    organisation = report.organisation
    units = {u.code: u for u in Unit.objects.filter(organisation=organisation)}
    for order, item in enumerate(outline.sections or [], start=1):
        source = SOURCES.get(item.get("source", ""))
        codes = list(item.get("units") or []) + list(source.units if source else ())
        unit = next((units[code] for code in codes if code in units), None)
        ReportSection.objects.create(organisation=organisation, report=report, key=item["key"], order=order * 10,
                                     level=item["level"], source=unit_source_key(item),
                                     self_written=bool(item.get("self_written")),
                                     heading=fill(item["heading"], period)[:255], unit=unit,
                                     generated=content.sections.get(unit_source_key(item), []) if content else [])


def report_create_for_period(*, actor, kind: str, year: int | None = None, month: int | None = None,
                             quarter: int | None = None, week: int | None = None, date_from: dt.date | None = None,
                             date_to: dt.date | None = None, label: str = "", title: str = "",
                             subtitle: str | None = None, opening: str = "", data=None,
                             allow_duplicate: bool = False) -> Report:
    """What the screen, the API and the CLI call: the period from its parts, then `report_create`."""
    require(actor, ADD, Report)
    try:
        period = period_for(actor.organisation, kind, year=year, month=month, quarter=quarter, week=week,
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
    return report_create(actor=actor, kind=kind, period=period, data=data, title=title, subtitle=subtitle or None,
                         opening=opening, allow_duplicate=allow_duplicate)


def _period_of(report: Report) -> Period:
    return Period(report.kind, report.period_start, report.period_end, report.period_label,
                  report.next_period_label, report.period_end.year)


def _generated_of(content, data) -> dict:
    return {
        "figures": content.figures, "appendices": content.appendices, "assessment": content.assessment,
        "direction": content.direction, "intro": content.intro, "has_data": content.has_data,
        "sources": sorted(data.sources),
    }


def _generate(report: Report, period: Period, data=None) -> None:
    data = data if data is not None else assembly.collect(report.organisation, period)
    content = assembly.build_content(report.organisation, period, data, outline=report.outline)
    for section_obj in report.sections.all():
        # reports made before outlines: their sections' keys are the sources
        generated = content.sections.get(section_obj.source if report.outline_id else section_obj.key, [])
        if section_obj.generated != generated:
            section_obj.generated = generated
            section_obj.save(update_fields=["generated", "updated_at"])
    report.generated = _generated_of(content, data)
    report.generated_at = timezone.now()
    report.save(update_fields=["generated", "generated_at", "updated_at"])


# ------------------------------------------------------------------------------------------ editing
SECTION_FORM_FIELDS = frozenset({"narrative", "include_generated"})
TEXT_FORM_FIELDS = frozenset({"title", "subtitle", "opening", "assessment", "direction", "recipients",
                              "signer_authority", "signer_name"})


@transaction.atomic
def section_update(*, actor, section: ReportSection, narrative: str, include_generated: bool = True,
                   version: str | None = None) -> ReportSection:
    """A unit writes its own part (or those who compile, any part). `version`: the `core.concurrency.form_token`
    the form was opened with; a part someone else saved meanwhile refuses the save, naming what changed (the
    figures refreshed by "Tạo lại" are not the form's business and do not refuse it)."""
    section = ReportSection.objects.select_for_update().select_related("report").get(pk=section.pk)
    require(actor, CHANGE, section)
    _require_not_frozen(section.report)
    check_form_version(version, section, fields=SECTION_FORM_FIELDS)
    section.narrative = narrative.strip()
    section.include_generated = include_generated
    section.updated_by = _user(actor)
    section.save()
    record_event(organisation=section.organisation, kind="REPORT_SECTION_UPDATED", subject=section.report,
                 actor=_user(actor), section=section.key)
    return section


@transaction.atomic
def report_update_text(*, actor, report: Report, title: str | None = None, subtitle: str | None = None,
                       opening: str | None = None, assessment: str | None = None, direction: str | None = None,
                       recipients: list[str] | None = None, signer_authority: list[str] | None = None,
                       signer_name: str | None = None, version: str | None = None) -> Report:
    """The Văn phòng edits the whole: title, opening, assessment, direction, Nơi nhận, signer. `version`: the form's
    `core.concurrency.form_token`; a text someone else saved meanwhile refuses the save, naming what changed
    (compiling or regenerating meanwhile does not)."""
    report = Report.objects.select_for_update().get(pk=report.pk)
    require(actor, CHANGE, report)
    _require_not_frozen(report)
    check_form_version(version, report, fields=TEXT_FORM_FIELDS)
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
    record_event(organisation=report.organisation, kind="REPORT_EDITED", subject=report, actor=_user(actor))
    return report


# ----------------------------------------------------------------------------------------- workflow
@transaction.atomic
def report_compile(*, actor, report: Report, reason: str = "Văn phòng tổng hợp") -> ReportVersion:
    report = Report.objects.select_for_update().get(pk=report.pk)
    require(actor, COMPILE, report)
    _require_not_frozen(report)
    report.status = ReportStatus.COMPILED
    report.save(update_fields=["status", "updated_at"])
    version = _snapshot(report, reason=reason, actor=actor)
    record_event(organisation=report.organisation, kind="REPORT_COMPILED", subject=report, actor=_user(actor),
                 version=version.number)
    return version


@transaction.atomic
def report_regenerate(*, actor, report: Report, data=None) -> ReportVersion:
    """Refresh the figures from the data: a new version (the previous ones stay, with their differences)."""
    report = Report.objects.select_for_update().get(pk=report.pk)
    require(actor, REGENERATE, report)
    _require_not_frozen(report)
    _generate(report, _period_of(report), data=data)
    version = _snapshot(report, reason="Tạo lại số liệu từ dữ liệu", actor=actor)
    record_event(organisation=report.organisation, kind="REPORT_REGENERATED", subject=report, actor=_user(actor),
                 version=version.number)
    return version


@transaction.atomic
def report_approve(*, actor, report: Report) -> Report:
    report = Report.objects.select_for_update().get(pk=report.pk)
    require(actor, APPROVE, report)
    _require_not_frozen(report)
    if report.status != ReportStatus.COMPILED:
        raise ReportError("Báo cáo phải được Văn phòng tổng hợp trước khi trình duyệt.")
    report.status = ReportStatus.APPROVED
    report.approved_by = _user(actor)
    report.approved_at = timezone.now()
    report.save(update_fields=["status", "approved_by", "approved_at", "updated_at"])
    record_event(organisation=report.organisation, kind="REPORT_APPROVED", subject=report, actor=_user(actor))
    return report


def next_number(organisation, year: int) -> int:
    last = Report.objects.filter(organisation=organisation, issued_on__year=year).aggregate(m=Max("number"))["m"]
    return (last or 0) + 1


@transaction.atomic
def report_issue(*, actor, report: Report, number: int | None = None, issued_on: dt.date | None = None) -> Report:
    report = Report.objects.select_for_update().get(pk=report.pk)
    require(actor, ISSUE, report)
    _require_not_frozen(report)
    if report.status != ReportStatus.APPROVED:
        raise ReportError("Báo cáo phải được lãnh đạo duyệt trước khi ban hành.")
    issued_on = issued_on or timezone.localdate()
    number = number or next_number(report.organisation, issued_on.year)
    if Report.objects.filter(organisation=report.organisation, issued_on__year=issued_on.year, number=number,
                             symbol=report.symbol).exclude(pk=report.pk).exists():
        raise ReportError(f"Số {number}/{report.symbol} năm {issued_on.year} đã được dùng cho báo cáo khác.")
    report.number, report.issued_on, report.status = number, issued_on, ReportStatus.ISSUED
    report.save(update_fields=["number", "issued_on", "status", "updated_at"])
    version = _snapshot(report, reason=f"Ban hành số {number}/{report.symbol}", actor=actor)
    version.docx = render_version_docx(version)
    version.save(update_fields=["docx"])
    record_event(organisation=report.organisation, kind="REPORT_ISSUED", subject=report, actor=_user(actor),
                 number=report.number_symbol, issued_on=issued_on.isoformat())
    return report


def _snapshot(report: Report, *, reason: str, actor=None) -> ReportVersion:
    content = compose(report)
    last = report.versions.aggregate(m=Max("number"))["m"] or 0
    content["context"]["version"] = str(last + 1)
    text = layout.blocks_text(content["body"] + content["appendices"])
    return ReportVersion.objects.create(organisation=report.organisation, report=report, number=last + 1,
                                        reason=reason, content=content, text=text, created_by=_user(actor))


# ------------------------------------------------------------------------------------------ templates
@transaction.atomic
def template_upload(*, actor, name: str, data: bytes, kind: str = "") -> ReportTemplate:
    """Check a template, then make it the active one; a bad template leaves the previous one in use."""
    require(actor, ADD, ReportTemplate)
    organisation = actor.organisation
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
                                             content=data, variables=info.variables, uploaded_by=_user(actor))
    record_event(organisation=organisation, kind="REPORT_TEMPLATE_UPLOADED", subject=template, actor=_user(actor))
    return template
