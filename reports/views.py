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

from core.documents.convert import enqueue_pdf, pdf_source
from core.uploads import WORD_KINDS, validate_upload
from core.permissions import ADD, CHANGE, can
from core.views.generic import MembershipRequiredMixin

from . import selectors, services
from .choices import ReportKind, STATUS_BADGES
from .models import Report, ReportSection, ReportTemplate
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


class ReportDetailView(MembershipRequiredMixin, View):
    def get(self, request, pk):
        report = selectors.report_get_for(membership=self.membership, pk=pk)
        content = services.compose(report)
        sections = list(report.sections.select_related("unit"))
        return render(request, "reports/report_detail.html", {
            "report": report, "body_html": blocks_html(content["body"], report),
            "appendix_html": blocks_html(content["appendices"], report), "sections": [
                (s, can(self.membership, CHANGE, s)) for s in sections],
            "versions": report.versions.order_by("-number"), "may_compile": can(self.membership, COMPILE, report),
            "may_approve": can(self.membership, APPROVE, report), "may_issue": can(self.membership, ISSUE, report),
            "badge": STATUS_BADGES.get(report.status, "secondary"),
        })


class SectionUpdateView(MembershipRequiredMixin, View):
    def post(self, request, pk, key):
        report = selectors.report_get_for(membership=self.membership, pk=pk)
        section = get_object_or_404(ReportSection, report=report, key=key)
        try:
            services.section_update(actor=self.membership, section=section,
                                    narrative=request.POST.get("narrative", ""),
                                    include_generated=request.POST.get("include_generated") == "on")
            messages.success(request, f"Đã lưu phần \"{section.heading}\".")
        except ValidationError as exc:
            messages.error(request, exc.message)
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
            "signer_name": report.signer_name,
        }

    def get(self, request, pk):
        report = selectors.report_get_for(membership=self.membership, pk=pk)
        if report.is_frozen or not can(self.membership, CHANGE, report):
            raise PermissionDenied("Chỉ lãnh đạo Sở hoặc Văn phòng được biên tập báo cáo chưa ban hành.")
        return render(request, "reports/report_edit.html", {"report": report, "values": self._initial(report)})

    def post(self, request, pk):
        report = selectors.report_get_for(membership=self.membership, pk=pk)
        values = {name: request.POST.get(name, "") for name in self.FIELDS}

        def lines(text):
            return [line.strip() for line in text.splitlines() if line.strip()]

        try:
            services.report_update_text(
                actor=self.membership, report=report, title="\n".join(lines(values["title"])),
                subtitle=values["subtitle"].strip(), opening=values["opening"].strip(),
                assessment=values["assessment"].strip(), direction=values["direction"].strip(),
                recipients=lines(values["recipients"]), signer_authority=lines(values["signer_authority"]),
                signer_name=values["signer_name"].strip())
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return render(request, "reports/report_edit.html", {"report": report, "values": values}, status=400)
        messages.success(request, "Đã lưu nội dung biên tập.")
        return redirect(report.get_absolute_url())
