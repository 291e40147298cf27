"""Screens of the reports: list, detail (figures link to the records they count), unit sections, workflow
actions, downloads (.docx, PDF, XLSX of the appendices), versions and their differences, templates."""
from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.views import View

from core.concurrency import VERSION_FIELD, form_token
from core.documents.convert import enqueue_pdf, pdf_source
from core.uploads import WORD_KINDS, validate_upload
from core.permissions import ADD, CHANGE, can
from core.views.generic import MembershipRequiredMixin

from . import selectors, services
from .choices import ReportKind, STATUS_BADGES
from .models import Report, ReportOutline, ReportSection, ReportTemplate
from .permissions import APPROVE, COMPILE, ISSUE

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def blocks_html(blocks, report=None, version=None) -> str:
    """Blocks as HTML; a figure run is a link to the page listing the records it counts."""
    parts = []
    for block in blocks:
        if block["kind"] == "heading":
            tag = {1: "h4", 2: "h5"}.get(block.get("level", 1), "h6")
            parts.append(format_html("<{} class='mt-3'>{}</{}>", tag, block["text"], tag))
        elif block["kind"] == "paragraph":
            parts.append(format_html("<p class='{}'>{}</p>", "text-center" if block.get("align") == "center" else "",
                                     _runs_html(block["runs"], report, version)))
        elif block["kind"] == "table":
            head = format_html_join("", "<th>{}</th>", ((title,) for title, _ in block["columns"]))
            rows = format_html_join("", "<tr class='{}'>{}</tr>", (
                ("fw-bold" if row.get("bold") else "",
                 format_html_join("", "<td>{}</td>", ((_runs_html(cell, report, version),) for cell in row["cells"])))
                for row in block["rows"]))
            parts.append(format_html("<div class='table-responsive'><table class='table table-sm table-bordered'>"
                                     "<thead><tr>{}</tr></thead><tbody>{}</tbody></table></div>", head, rows))
    return mark_safe("".join(parts))


def _runs_html(runs, report, version):
    out = []
    for item in runs:
        text = item.get("text", "")
        if item.get("figure") and report is not None:
            url = f"/bao-cao/{report.pk}/so-lieu/{item['figure']}/" + (f"?v={version}" if version else "")
            from django.urls import reverse

            url = reverse("reports:figure", args=[report.pk, item["figure"]]) + (f"?v={version}" if version else "")
            out.append(format_html("<a href='{}' class='figure-link' title='Xem các bản ghi được đếm'>{}</a>", url, text))
        elif item.get("bold"):
            out.append(format_html("<strong>{}</strong>", text))
        elif item.get("italic"):
            out.append(format_html("<em>{}</em>", text))
        else:
            out.append(format_html("{}", text))
        if item.get("footnote"):
            out.append(format_html("<sup title='{}'>[*]</sup>", item["footnote"]))
    return mark_safe("".join(str(part) for part in out))


class ReportListView(MembershipRequiredMixin, View):
    def get(self, request):
        reports = selectors.report_list(membership=self.membership)
        return render(request, "reports/report_list.html", {
            "reports": reports, "kinds": ReportKind.choices, "badges": STATUS_BADGES,
            "may_compile": can(self.membership, ADD, Report),
        })

    def post(self, request):
        def number(name):
            value = (request.POST.get(name) or "").strip()
            if value and not value.isdigit():
                raise ValidationError(f"Giá trị \"{value}\" không phải là số.")
            return int(value) if value else None

        try:
            report = services.report_create_for_period(
                actor=self.membership, kind=request.POST.get("kind", ""), year=number("year"), month=number("month"),
                quarter=number("quarter"), week=number("week"),
                date_from=_parse_date(request.POST.get("date_from")), date_to=_parse_date(request.POST.get("date_to")),
                label=request.POST.get("label", ""), subtitle=request.POST.get("subtitle", ""),
                opening=request.POST.get("opening", ""))
        except services.DuplicateReport as exc:
            messages.warning(request, format_html('{} <a href="{}">Mở {}</a>', exc.message, exc.existing.get_absolute_url(),
                                                  exc.existing))
            return redirect("reports:report_list")
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("reports:report_list")
        messages.success(request, f"Đã tạo {report}; các phòng, đơn vị đã nhận phần báo cáo của mình.")
        return redirect(report.get_absolute_url())


def _parse_date(value):
    """dd/mm/yyyy (as typed) or yyyy-mm-dd (a date input); a bad date is a message, not a crash."""
    import datetime as dt

    value = (value or "").strip()
    if not value:
        return None
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValidationError(f"Ngày \"{value}\" không hợp lệ; hãy nhập theo dạng dd/mm/yyyy.")


def report_detail_page(request, membership, report, *, refused=None, status=200):
    """The report's page. `refused`: (key, narrative, include_generated, message) of a unit's part whose save was
    refused as stale — its form shows what the person typed, the message and the current version."""
    content = services.compose(report)
    sections = list(report.sections.select_related("unit"))
    for section in sections:
        # optimistic concurrency (core/concurrency.py): the version of the part's two fields the form edits
        section.form_version = form_token(section, fields=services.SECTION_FORM_FIELDS)
        section.refused_message = ""
        if refused is not None and section.key == refused[0]:
            section.narrative, section.include_generated, section.refused_message = refused[1:]
    return render(request, "reports/report_detail.html", {
        "report": report, "body_html": blocks_html(content["body"], report),
        "appendix_html": blocks_html(content["appendices"], report), "sections": [
            (s, can(membership, CHANGE, s)) for s in sections],
        "versions": report.versions.order_by("-number"), "may_compile": can(membership, COMPILE, report),
        "may_approve": can(membership, APPROVE, report), "may_issue": can(membership, ISSUE, report),
        "badge": STATUS_BADGES.get(report.status, "secondary"),
    }, status=status)


class ReportDetailView(MembershipRequiredMixin, View):
    def get(self, request, pk):
        report = selectors.report_get_for(membership=self.membership, pk=pk)
        return report_detail_page(request, self.membership, report)


class SectionUpdateView(MembershipRequiredMixin, View):
    def post(self, request, pk, key):
        report = selectors.report_get_for(membership=self.membership, pk=pk)
        section = get_object_or_404(ReportSection, report=report, key=key)
        narrative = request.POST.get("narrative", "")
        include_generated = request.POST.get("include_generated") == "on"
        try:
            services.section_update(actor=self.membership, section=section, narrative=narrative,
                                    include_generated=include_generated, version=request.POST.get(VERSION_FIELD))
            messages.success(request, f"Đã lưu phần \"{section.heading}\".")
        except ValidationError as exc:
            if exc.code == "stale":
                # someone saved this part meanwhile: nothing saved, the typed text stays in the form (now at the
                # current version, so a second "Lưu" overwrites knowingly)
                return report_detail_page(request, self.membership, report, status=409,
                                          refused=(key, narrative, include_generated, " ".join(exc.messages)))
            messages.error(request, " ".join(exc.messages))
        return redirect(report.get_absolute_url() + f"#phan-{key}")


class ReportActionView(MembershipRequiredMixin, View):
    ACTIONS = {
        "tong-hop": (services.report_compile, "Văn phòng đã tổng hợp báo cáo (phiên bản mới)."),
        "tao-lai": (services.report_regenerate, "Đã tạo lại số liệu từ dữ liệu (phiên bản mới)."),
        "duyet": (services.report_approve, "Đã duyệt báo cáo."),
        "ban-hanh": (services.report_issue, "Đã ban hành báo cáo; nội dung được khóa."),
    }

    def post(self, request, pk, action):
        report = selectors.report_get_for(membership=self.membership, pk=pk)
        if action not in self.ACTIONS:
            raise Http404
        function, message = self.ACTIONS[action]
        try:
            kwargs = self._issue_arguments(request) if action == "ban-hanh" else {}
            function(actor=self.membership, report=report, **kwargs)
            messages.success(request, message)
        except ValidationError as exc:
            messages.error(request, exc.message)
        return redirect(report.get_absolute_url())


    @staticmethod
    def _issue_arguments(request) -> dict:
        """ "Ban hành" takes the number and the date the clerk gives (never today's date by default)."""
        number = (request.POST.get("number") or "").strip()
        if not number.isdigit() or not 0 < int(number) < 100000:
            raise ValidationError("Hãy nhập số văn bản của báo cáo (một số nguyên dương, ví dụ 12).")
        issued_on = _parse_date(request.POST.get("issued_on"))
        if issued_on is None:
            raise ValidationError("Hãy nhập ngày ban hành (dd/mm/yyyy).")
        return {"number": int(number), "issued_on": issued_on}


class VersionDownloadView(MembershipRequiredMixin, View):
    """One version's .docx (the frozen one for the issued version)."""

    def get(self, request, pk, number):
        report = selectors.report_get_for(membership=self.membership, pk=pk)
        version = get_object_or_404(report.versions, number=number)
        response = HttpResponse(services.render_version_docx(version), content_type=DOCX)
        response["Content-Disposition"] = (f'attachment; filename="bao-cao-{report.kind}-{report.period_end:%Y-%m}'
                                           f'-phien-ban-{version.number}.docx"')
        return response


@pdf_source
def report_docx_for(*, actor, pk):
    """The report's .docx for the PDF job (read again through the selector, as the person who asked)."""
    report = selectors.report_get_for(membership=actor, pk=pk)
    return services.render_report_docx(report), f"bao-cao-{report.kind}-{report.period_end:%Y-%m}"


class ReportDownloadView(MembershipRequiredMixin, View):
    def get(self, request, pk, fmt):
        report = selectors.report_get_for(membership=self.membership, pk=pk)
        name = f"bao-cao-{report.kind}-{report.period_end:%Y-%m}"
        if fmt == "xlsx":
            content = (report.latest_version().content if report.is_frozen and report.latest_version()
                       else services.compose(report))
            response = HttpResponse(services.appendices_xlsx(content), content_type=XLSX)
            response["Content-Disposition"] = f'attachment; filename="{name}-phu-luc.xlsx"'
            return response
        if fmt == "pdf":  # LibreOffice takes its time: a background job, its page offers the file when ready
            job = enqueue_pdf(actor=self.membership, source=report_docx_for, pk=report.pk, title=f"Xuất PDF: {report}")
            return redirect(job)
        data = services.render_report_docx(report)
        response = HttpResponse(data, content_type=DOCX)
        response["Content-Disposition"] = f'attachment; filename="{name}.docx"'
        return response


class FigureView(MembershipRequiredMixin, View):
    """The records a figure counts (from the frozen version when ?v= is given)."""

    def get(self, request, pk, key):
        report = selectors.report_get_for(membership=self.membership, pk=pk)
        figures = report.generated.get("figures", {})
        from core.params import parse_int

        version_number = parse_int(request.GET.get("v"), minimum=1, maximum=10**6,
                                   message="Số phiên bản không hợp lệ: phải là một số nguyên dương.")
        if version_number:
            version = get_object_or_404(report.versions, number=version_number)
            figures = version.content.get("figures", {})
        figure = figures.get(key)
        if figure is None:
            raise Http404
        return render(request, "reports/figure.html", {"report": report, "figure": figure, "key": key})


class VersionDiffView(MembershipRequiredMixin, View):
    def get(self, request, pk, number):
        report = selectors.report_get_for(membership=self.membership, pk=pk)
        version = get_object_or_404(report.versions, number=number)
        previous = report.versions.filter(number__lt=number).order_by("-number").first()
        diff = services.version_diff(previous, version) if previous else []
        return render(request, "reports/version.html", {
            "report": report, "version": version, "previous": previous, "diff": diff,
            "body_html": blocks_html(version.content.get("body", []), report, version.number),
        })


class TemplateListView(MembershipRequiredMixin, View):
    def get(self, request):
        from core.documents.templates import VARIABLES

        return render(request, "reports/template_list.html", {
            "templates": selectors.template_list(membership=self.membership), "variables": VARIABLES,
            "kinds": ReportKind.choices, "may_compile": can(self.membership, ADD, ReportTemplate),
        })

    def post(self, request):
        upload = request.FILES.get("file")
        try:
            if upload is None:
                raise ValidationError("Chưa chọn tệp mẫu (.docx).")
            validate_upload(upload, WORD_KINDS)
            services.template_upload(actor=self.membership, name=request.POST.get("name") or upload.name, data=upload.read(),
                                     kind=request.POST.get("kind", ""))
            messages.success(request, "Đã kiểm tra và áp dụng mẫu mới.")
        except PermissionDenied:
            raise
        except ValidationError as exc:
            messages.error(request, f"Không dùng được mẫu này: {exc.message}. Mẫu đang dùng được giữ nguyên.")
        return redirect("reports:reporttemplate_list")


class DefaultTemplateView(MembershipRequiredMixin, View):
    def get(self, request):
        from core.documents.templates import default_template_bytes

        response = HttpResponse(default_template_bytes(), content_type=DOCX)
        response["Content-Disposition"] = 'attachment; filename="mau-bao-cao-mac-dinh.docx"'
        return response


class ReportEditView(MembershipRequiredMixin, View):
    """The Văn phòng edits the whole: title, opening, assessment, direction, Nơi nhận, signer."""

    FIELDS = ("title", "subtitle", "opening", "assessment", "direction", "recipients", "signer_authority",
              "signer_name")

    def _initial(self, report):
        return {
            "title": report.title, "subtitle": report.subtitle, "opening": report.opening,
            "assessment": report.assessment, "direction": report.direction,
            "recipients": "\n".join(report.recipients), "signer_authority": "\n".join(report.signer_authority),
            "signer_name": report.signer_name, VERSION_FIELD: form_token(report, fields=services.TEXT_FORM_FIELDS),
        }

    @staticmethod
    def _page(request, report, values, status=200):
        return render(request, "reports/report_edit.html", {
            "report": report, "values": values, "version_token": values.get(VERSION_FIELD, "")}, status=status)

    def get(self, request, pk):
        report = selectors.report_get_for(membership=self.membership, pk=pk)
        if report.is_frozen or not can(self.membership, CHANGE, report):
            raise PermissionDenied("Chỉ lãnh đạo Sở hoặc Văn phòng được biên tập báo cáo chưa ban hành.")
        return self._page(request, report, self._initial(report))

    def post(self, request, pk):
        report = selectors.report_get_for(membership=self.membership, pk=pk)
        values = {name: request.POST.get(name, "") for name in (*self.FIELDS, VERSION_FIELD)}

        def lines(text):
            return [line.strip() for line in text.splitlines() if line.strip()]

        try:
            services.report_update_text(
                actor=self.membership, report=report, title="\n".join(lines(values["title"])),
                subtitle=values["subtitle"].strip(), opening=values["opening"].strip(),
                assessment=values["assessment"].strip(), direction=values["direction"].strip(),
                recipients=lines(values["recipients"]), signer_authority=lines(values["signer_authority"]),
                signer_name=values["signer_name"].strip(), version=values[VERSION_FIELD])
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            if exc.code == "stale":
                # saved meanwhile by someone else: the typed text stays, the form now carries the current version
                current = Report.objects.get(pk=report.pk)
                values[VERSION_FIELD] = form_token(current, fields=services.TEXT_FORM_FIELDS)
                return self._page(request, report, values, status=409)
            return self._page(request, report, values, status=400)
        messages.success(request, "Đã lưu nội dung biên tập.")
        return redirect(report.get_absolute_url())


# ------------------------------------------------------------------------------------------ outlines
def _preview_period(organisation, kind):
    """The period a preview shows: the one just ended (or running) for the kind."""
    import datetime as dt

    from django.utils import timezone

    today = timezone.localdate()
    if kind == ReportKind.ADHOC:
        return services.period_for(organisation, kind, date_from=dt.date(today.year, 1, 1), date_to=today)
    month = today.month - 1 or 12
    year = today.year if today.month > 1 else today.year - 1
    if kind == ReportKind.MONTHLY:
        return services.period_for(organisation, kind, year=year, month=month)
    if kind == ReportKind.QUARTERLY:
        return services.period_for(organisation, kind, year=year, quarter=(month - 1) // 3 + 1)
    if kind == ReportKind.WEEKLY:
        iso = (today - dt.timedelta(days=7)).isocalendar()
        return services.period_for(organisation, kind, year=iso[0], week=iso[1])
    if kind == ReportKind.ANNUAL:
        return services.period_for(organisation, kind, year=today.year - 1)
    return services.period_for(organisation, kind, year=today.year)


def outline_preview(organisation, kind, draft=None, with_content=True) -> dict:
    """The outline rendered as the report it makes for the preview period (nothing is saved): the title lines
    and the body's headings, with the generated content under them when `with_content`."""
    from django.db import transaction

    from core.permissions import system_membership

    period = _preview_period(organisation, kind)
    with transaction.atomic():
        if draft is not None:
            last = ReportOutline.objects.filter(organisation=organisation, kind=kind).order_by("-version").first()
            ReportOutline.objects.create(
                organisation=organisation, kind=kind, version=(last.version if last else 0) + 1,
                title_pattern=draft.title, opening=draft.opening, closing=draft.closing, numbering=draft.numbering,
                sections=[node.as_dict() for node in draft.nodes], appendices=[n.as_dict() for n in draft.appendices])
        report = services.report_create(actor=system_membership(organisation), kind=kind, period=period,
                                        allow_duplicate=True)
        content = services.compose(report)
        transaction.set_rollback(True)
    body = content["body"] if with_content else [b for b in content["body"] if b["kind"] == "heading"]
    return {"period": period, "title_lines": content["context"]["summary_lines"], "body_html": blocks_html(body),
            "appendix_headings": [node.heading for node in (draft.appendices if draft else [])]}


class OutlineListView(MembershipRequiredMixin, View):
    """Đề cương báo cáo: each kind's current outline and its versions."""

    def get(self, request):
        for value in ReportKind.values:  # every kind has its outline (the default on first use)
            services.outline_for(self.membership.organisation, value)
        outlines = list(ReportOutline.objects.restrict(self.membership, "view").select_related("created_by")
                        .order_by("kind", "-version"))
        by_kind = []
        for value, label in ReportKind.choices:
            versions = [outline for outline in outlines if outline.kind == value]
            by_kind.append({"kind": value, "label": label, "current": versions[0] if versions else None,
                            "versions": versions})
        return render(request, "reports/outline_list.html", {
            "kinds": by_kind, "may_edit": can(self.membership, ADD, ReportOutline)})


class OutlineVersionView(MembershipRequiredMixin, View):
    """One stored version of an outline, read only (older ones stay viewable)."""

    model = ReportOutline

    def get(self, request, pk):
        outline = get_object_or_404(ReportOutline.objects.restrict(self.membership, "view"), pk=pk)
        nodes, appendices = services.outlines.nodes_of(outline)
        from .assembly.outline import numbered, styles_of

        rows = [(node, number, _source_label(node)) for node, number in numbered(nodes, styles_of(outline.numbering))]
        return render(request, "reports/outline_version.html", {
            "outline": outline, "rows": rows, "appendices": [(node, _source_label(node)) for node in appendices],
            "numbering_label": _numbering_label(outline.numbering),
            "may_edit": can(self.membership, ADD, ReportOutline)})


def _source_label(node) -> str:
    from .assembly.outline import SELF_WRITTEN, SOURCES

    if node.source in SOURCES:
        return SOURCES[node.source].label
    return SELF_WRITTEN if node.self_written else "—"


def _numbering_label(numbering: str) -> str:
    from .assembly.outline import NUMBERING_LABELS

    return NUMBERING_LABELS.get(numbering, "")


class OutlineEditView(MembershipRequiredMixin, View):
    """Edit one kind's outline, starting from one of its versions (Giám đốc, Phó Giám đốc or an administrator): a
    new version on each save, with a preview of the headings (and the generated content) for the period just
    ended. Opened on an older version, saving it refuses as stale until confirmed."""

    model = ReportOutline

    def _outline(self, pk):
        outline = get_object_or_404(ReportOutline.objects.restrict(self.membership, "view"), pk=pk)
        if not can(self.membership, ADD, ReportOutline):
            raise PermissionDenied("Chỉ Giám đốc, Phó Giám đốc hoặc quản trị hệ thống sửa đề cương báo cáo.")
        return outline

    def _context(self, form, outline, preview=None, errors=()):
        from .assembly.outline import PLACEHOLDERS, SELF_WRITTEN, SOURCES

        current = services.current_outline(outline.organisation, outline.kind)
        return {"kind": outline.kind, "kind_label": outline.get_kind_display(), "form": form, "outline": outline,
                "current": current, "preview": preview, "errors": list(errors), "placeholders": PLACEHOLDERS.items(),
                "sources": [s for s in SOURCES.values() if not s.appendix],
                "appendix_sources": [s for s in SOURCES.values() if s.appendix], "self_written": SELF_WRITTEN}

    def get(self, request, pk):
        from .forms import OutlineForm

        outline = self._outline(pk)
        form = OutlineForm(initial={
            "title_pattern": outline.title_pattern, "numbering": outline.numbering, "opening": outline.opening,
            "closing": outline.closing, "lines": services.outline_lines(outline),
            "version_token": services.outline_token(outline)})
        from .assembly.outline import OutlineDraft

        nodes, appendices = services.outlines.nodes_of(outline)
        draft = OutlineDraft(title=outline.title_pattern, nodes=nodes, appendices=appendices, opening=outline.opening,
                             closing=outline.closing, numbering=outline.numbering)
        preview = outline_preview(outline.organisation, outline.kind, draft, with_content=False)
        return render(request, "reports/outline_edit.html", self._context(form, outline, preview))

    def post(self, request, pk):
        from .forms import OutlineForm

        outline = self._outline(pk)
        organisation, kind = outline.organisation, outline.kind
        form = OutlineForm(request.POST)
        if not form.is_valid():
            return render(request, "reports/outline_edit.html", self._context(form, outline), status=400)
        data = form.cleaned_data
        arguments = {"title": data["title_pattern"], "lines": data["lines"], "numbering": data["numbering"],
                     "opening": data["opening"], "closing": data["closing"]}
        try:
            if "xem-truoc" in request.POST:
                draft = services.parse_outline(organisation, **arguments)
                preview = outline_preview(organisation, kind, draft, with_content=True)
                return render(request, "reports/outline_edit.html", self._context(form, outline, preview))
            saved = services.outline_save(actor=self.membership, kind=kind, note=data["note"],
                                          token=data["version_token"] or None, **arguments)
        except ValidationError as exc:
            if getattr(exc, "code", None) == "stale":
                # the form now carries the current version: a second "Lưu" knowingly overwrites
                form = OutlineForm({**request.POST.dict(), "version_token": services.outline_token(
                    services.current_outline(organisation, kind))})
                form.is_valid()
            return render(request, "reports/outline_edit.html", self._context(form, outline, errors=exc.messages),
                          status=400)
        messages.success(request, f"Đã lưu đề cương, phiên bản {saved.version}. Các báo cáo tạo từ nay dùng phiên bản "
                                  "này; báo cáo đã tạo giữ đề cương cũ.")
        return redirect("reports:outline_edit", pk=saved.pk)
