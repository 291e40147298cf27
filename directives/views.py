"""Screens of the directives app: built on core's generic views; writes go through `directives.services`."""
from __future__ import annotations

import calendar
import datetime as dt

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from core.charts import GREEN, GREY, RED, YELLOW, bar_chart
from core.formatting import format_count
from core.permissions import CHANGE, FORBIDDEN_MESSAGE, VIEW, can
from core.views.generic import (
    MembershipRequiredMixin, ObjectDeleteView, ObjectDetailView, ObjectEditView, ObjectHistoryView, ObjectListView,
)
from core.views.imports import ImportView
from directives import forms as f
from directives import selectors, services
from directives.choices import EXTENSION_BADGES, STATUS_BADGES, TaskStatus
from directives.filtersets import AssignedTaskFilterSet, BriefingFilterSet, SourceDocumentFilterSet
from directives.importers import DirectiveImporter
from directives.models import AssignedTask, Briefing, Extension, SourceDocument
from directives.tables import AssignedTaskTable, BriefingTable, SourceDocumentTable


def error_messages(exc: ValidationError) -> list[str]:
    if hasattr(exc, "error_dict"):
        return [message for messages_ in exc.message_dict.values() for message in messages_]
    return list(exc.messages)


def parse_day(value, default=None) -> dt.date | None:
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(str(value), fmt).date()
        except (TypeError, ValueError):
            continue
    return default


# --- tasks ------------------------------------------------------------------------------------------------------

SOURCE_CHOICES = 100
SOURCE_HELP = f"{SOURCE_CHOICES} văn bản mới nhất; văn bản cũ hơn: tìm theo số hiệu ở ô Tìm kiếm."


class AssignedTaskListView(ObjectListView):
    model = AssignedTask
    table_class = AssignedTaskTable
    filterset_class = AssignedTaskFilterSet
    template_name = "directives/assignedtask_list.html"
    scope = "all"
    titles = {"all": "Tất cả nhiệm vụ được giao", "mine": "Nhiệm vụ của tôi", "unit": "Nhiệm vụ của đơn vị"}

    def get_queryset(self):
        queryset = selectors.assigned_task_list(membership=self.membership, scope=self.scope)
        query = self.request.GET.get("q")
        if query:
            queryset = queryset.search(query)
        return queryset

    def as_of(self):
        return parse_day(self.request.GET.get("as_of"), timezone.localdate())

    def get_filterset(self, filterset_class):
        """The source filter offers the newest documents (and the one chosen), not all of them: an organisation
        with 5.000 documents made a 440 kB page that took seconds to render, whatever the tasks listed."""
        filterset = super().get_filterset(filterset_class)
        field = filterset.form.fields.get("source")
        if field is not None:
            documents = field.queryset
            newest = documents.order_by("-issued_on", "-id").values("id")[:SOURCE_CHOICES]
            chosen = self.request.GET.get("source", "")
            condition = Q(pk__in=newest)
            if chosen.isdigit() and len(chosen) < 18:
                condition |= Q(pk=int(chosen))
            field.queryset = documents.filter(condition).order_by("-issued_on", "-id")
            field.help_text = SOURCE_HELP
        return filterset

    def get_table_kwargs(self):
        return {"as_of": self.as_of(), "soon_days": services.soon_days(self.organisation)}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = self.titles[self.scope]
        context["scope"] = self.scope
        context["bulk_form"] = f.BulkForm(membership=self.membership, tasks=AssignedTask.objects.none())
        context["may_bulk"] = self.membership.is_leader
        return context


class MyTaskListView(AssignedTaskListView):
    scope = "mine"


class UnitTaskListView(AssignedTaskListView):
    scope = "unit"


class AssignedTaskDetailView(ObjectDetailView):
    model = AssignedTask
    detail_fields = ("source", "item_number", "category", "lead_unit", "coordinating_units", "coordinating_text",
                     "leader", "assignees", "assigned_on", "deadline_text", "completed_on", "result_document",
                     "completion_note", "explanation", "cancelled_on", "cancel_reason", "progress")

    def get_queryset(self):
        return selectors.assigned_task_list(membership=self.membership)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        task = self.object
        today = timezone.localdate()
        status = task.status_on(today, services.soon_days(self.organisation))
        context.update({
            "status": TaskStatus(status).label, "status_badge": STATUS_BADGES.get(status, "secondary"),
            "deadline": task.effective_deadline(today), "is_open": not (task.completed_on or task.cancelled_on),
            "updates": task.updates.select_related("author__user"),
            "extensions": task.extensions.select_related("decided_by__user", "requested_by__user"),
            "extension_badges": EXTENSION_BADGES,
            "occurrences": task.occurrences.order_by("due_date")[:60] if task.is_series else [],
            "may_decide": self.membership.is_director or task.access_policy.decides(self.membership, task),
            "may_reassign": can(self.membership, services.CHANGE_LEAD_UNIT, task),
            "may_cancel": can(self.membership, services.CANCEL, task),
            "may_confirm": bool(task.completed_on and not task.completion_confirmed_on
                                and can(self.membership, services.CONFIRM_COMPLETION, task)),
            "progress_form": f.ProgressForm(initial={"percent": task.progress}),
            "complete_form": f.CompleteForm(initial={"completed_on": today}),
            "extension_form": f.ExtensionRequestForm(),
            "decide_form": f.ExtensionDecideForm(),
            "reassign_form": f.ReassignForm(membership=self.membership, initial={"lead_unit": task.lead_unit_id}),
            "cancel_form": f.CancelForm(),
            "explain_form": f.ExplainForm(initial={"explanation": task.explanation}),
            "needs_explanation": task.needs_explanation,
        })
        return context


class AssignedTaskEditView(ObjectEditView):
    model = AssignedTask
    form_class = f.AssignedTaskForm
    stale_when = "form_fields"  # progress reports and extensions arrive while the form is open

    def get_initial(self):
        initial = super().get_initial()
        if self.object is not None:
            # a model form's initial wins over the instance: only a new task starts at today (issue #11, fault 2)
            return initial
        initial.setdefault("assigned_on", timezone.localdate())
        for key in ("source", "lead_unit"):
            if self.request.GET.get(key):
                initial[key] = self.request.GET[key]
        return initial

    def save(self, form):
        data = form.service_kwargs()
        keep = form.cleaned_data.get("keep_unparsed", False)
        if self.object is None:
            return services.assigned_task_create(actor=self.membership, allow_unparsed_deadline=keep, **data)
        data.pop("lead_unit", None)
        return services.assigned_task_update(actor=self.membership, task=self.object, allow_unparsed_deadline=keep,
                                             **data)


class AssignedTaskDeleteView(ObjectDeleteView):
    model = AssignedTask
    delete_service = services.assigned_task_delete


class AssignedTaskHistoryView(ObjectHistoryView):
    model = AssignedTask


class TaskActionView(MembershipRequiredMixin, View):
    """POST-only follow-up actions on one task: progress, complete, extension, decide, reassign, cancel, explain."""

    forms = {"progress": f.ProgressForm, "complete": f.CompleteForm, "extension": f.ExtensionRequestForm,
             "decide": f.ExtensionDecideForm, "reassign": f.ReassignForm, "cancel": f.CancelForm,
             "explain": f.ExplainForm, "confirm": f.ConfirmCompletionForm}
    done = {"confirm": "Đã xác nhận hoàn thành nhiệm vụ.", "progress": "Đã cập nhật tiến độ.", "complete": "Đã ghi nhận hoàn thành nhiệm vụ.",
            "extension": "Đã gửi đề nghị gia hạn.", "decide": "Đã xử lý đề nghị gia hạn.",
            "reassign": "Đã giao lại nhiệm vụ.", "cancel": "Đã hủy nhiệm vụ.", "explain": "Đã lưu giải trình."}

    def post(self, request, pk, action):
        from core.params import safe_next

        task = selectors.assigned_task_get_for(membership=self.membership, pk=pk)
        form_class = self.forms.get(action)
        if form_class is None:
            raise PermissionDenied(FORBIDDEN_MESSAGE)
        # a decision taken from the home page's queue goes back there
        back = safe_next(request, task.get_absolute_url())
        kwargs = {"membership": self.membership} if form_class is f.ReassignForm else {}
        form = form_class(request.POST, request.FILES, **kwargs)
        if not form.is_valid():
            for errors in form.errors.values():
                for message in errors:
                    messages.error(request, message)
            return HttpResponseRedirect(back)
        try:
            self.perform(action, task, form.cleaned_data)
        except ValidationError as exc:
            for message in error_messages(exc):
                messages.error(request, message)
            return HttpResponseRedirect(back)
        messages.success(request, self.done[action])
        return HttpResponseRedirect(back)

    def perform(self, action, task, data):
        actor = self.membership
        if action == "progress":
            services.task_progress_add(actor=actor, task=task, percent=data["percent"], note=data["note"],
                                       reported_on=data.get("reported_on"), attachment=data.get("attachment"),
                                       explanation=data.get("explanation", ""))
        elif action == "complete":
            services.task_complete(actor=actor, task=task, completed_on=data["completed_on"],
                                   result_document=data.get("result_document", ""), result_file=data.get("result_file"),
                                   note=data.get("note", ""), explanation=data.get("explanation", ""))
        elif action == "extension":
            services.extension_request(actor=actor, task=task, new_due_date=data["new_due_date"], reason=data["reason"])
        elif action == "decide":
            extension_id = str(self.request.POST.get("extension") or "")
            if not extension_id.isdigit():
                raise ValidationError("Chưa chọn đề nghị gia hạn cần duyệt.")
            extension = get_object_or_404(Extension, task=task, pk=int(extension_id))
            services.extension_decide(actor=actor, extension=extension, approve=data["approve"], note=data.get("note", ""))
        elif action == "reassign":
            services.task_reassign(actor=actor, task=task, lead_unit=data["lead_unit"], reason=data["reason"])
        elif action == "cancel":
            services.task_cancel(actor=actor, task=task, reason=data["reason"], cancelled_on=data.get("cancelled_on"))
        elif action == "explain":
            services.task_explain(actor=actor, task=task, explanation=data["explanation"])
        elif action == "confirm":
            services.task_confirm_completion(actor=actor, task=task)


class BulkActionView(MembershipRequiredMixin, View):
    """Bulk extend (leaders) or bulk assign people on the selected tasks: all or nothing."""

    def post(self, request):
        tasks = AssignedTask.objects.restrict(self.membership, CHANGE)
        form = f.BulkForm(request.POST, membership=self.membership, tasks=tasks)
        from core.params import safe_next

        back = safe_next(request, reverse("directives:assignedtask_list"))
        if not form.is_valid():
            for errors in form.errors.values():
                for message in errors:
                    messages.error(request, message)
            return HttpResponseRedirect(back)
        data = form.cleaned_data
        try:
            with transaction.atomic():
                for task in data["tasks"]:
                    if data["action"] == "extend":
                        services.assigned_task_extend(actor=self.membership, task=task, new_due_date=data["new_due_date"],
                                                      reason=data["reason"])
                    else:
                        services.assigned_task_update(actor=self.membership, task=task,
                                                      assignees=list(data["assignees"]))
        except ValidationError as exc:
            for message in error_messages(exc):
                messages.error(request, message)
            return HttpResponseRedirect(back)
        messages.success(request, f"Đã cập nhật {format_count(len(data['tasks']))} nhiệm vụ.")
        return HttpResponseRedirect(back)


class DeadlineCalendarView(MembershipRequiredMixin, TemplateView):
    """Deadlines of one month on a calendar (effective deadlines, open and done)."""

    template_name = "directives/calendar.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        try:
            year, month = (int(x) for x in self.request.GET.get("thang", "").split("-"))
            first = dt.date(year, month, 1)
        except (ValueError, OverflowError):
            first = today.replace(day=1)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        tasks = selectors.with_effective_deadline(
            selectors.assigned_task_list(membership=self.membership).filter(is_series=False), today,
        ).filter(eff_due__range=(first, last))
        from core.params import parse_id

        unit = parse_id(self.request.GET.get("unit"))
        if unit:
            tasks = tasks.filter(lead_unit_id=unit)
        by_day: dict[dt.date, list] = {}
        soon = services.soon_days(self.organisation)
        for task in tasks.order_by("eff_due", "id"):
            status = task.status_on(today, soon)
            by_day.setdefault(task.eff_due, []).append({"task": task, "badge": STATUS_BADGES.get(status, "secondary"),
                                                        "status": TaskStatus(status).label})
        weeks = [[{"day": day, "in_month": day.month == first.month, "items": by_day.get(day, []),
                   "today": day == today} for day in week]
                 for week in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)]
        previous = (first - dt.timedelta(days=1)).replace(day=1)
        following = last + dt.timedelta(days=1)
        context.update({"title": f"Lịch hạn xử lý tháng {first.month}/{first.year}", "weeks": weeks,
                        "previous": f"{previous:%Y-%m}", "following": f"{following:%Y-%m}",
                        "weekdays": ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]})
        return context


class SummaryView(MembershipRequiredMixin, TemplateView):
    """The period figures (directive_summary) with the details of seed 003's Phụ lục IV, and a chart."""

    template_name = "directives/summary.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        data = self.request.GET or {"date_from": f"01/01/{today.year}", "date_to": today.strftime("%d/%m/%Y")}
        form = f.SummaryForm(data, membership=self.membership)
        context["form"] = form
        context["title"] = "Tổng hợp kết quả thực hiện nhiệm vụ được giao"
        if form.is_valid():
            period = form.cleaned_data
            summary = selectors.directive_summary(membership=self.membership, date_from=period["date_from"],
                                                  date_to=period["date_to"], unit=period.get("unit"))
            context["summary"] = summary
            context["by_leader"] = selectors.directive_summary_by_leader(
                membership=self.membership, date_from=period["date_from"], date_to=period["date_to"])
            context["late_groups"] = selectors.group_by_category(summary["details"]["completed_late"])
            context["overdue_groups"] = selectors.group_by_category(summary["details"]["overdue_not_completed"])
            by_unit = summary["by_unit"].values()
            context["chart"] = bar_chart(list(summary["by_unit"]), [
                ("Hoàn thành đúng hạn", [v["completed"] - v["completed_late"] for v in by_unit], GREEN),
                ("Hoàn thành quá hạn", [v["completed_late"] for v in by_unit], YELLOW),
                ("Quá hạn chưa hoàn thành", [v["overdue_not_completed"] for v in by_unit], RED),
                ("Đang thực hiện", [v["in_progress"] for v in by_unit], GREY),
            ], stacked=True)
        return context


class DirectiveImportView(ImportView):
    importer_class = DirectiveImporter
    model = AssignedTask
    success_url_name = "directives:assignedtask_list"
    title = "Nhập nhiệm vụ được giao từ tệp Excel/CSV"


# --- source documents -------------------------------------------------------------------------------------------

class SourceDocumentListView(ObjectListView):
    model = SourceDocument
    table_class = SourceDocumentTable
    filterset_class = SourceDocumentFilterSet

    def optimise(self, queryset):
        return queryset.select_related("unit")


class SourceDocumentDetailView(ObjectDetailView):
    model = SourceDocument

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["tasks"] = self.object.tasks.restrict(self.membership, VIEW).select_related("lead_unit")
        context["today"] = timezone.localdate()
        return context


class SourceDocumentEditView(ObjectEditView):
    model = SourceDocument
    form_class = f.SourceDocumentForm

    def save(self, form):
        data = {k: v for k, v in form.cleaned_data.items()}
        attachment = data.pop("attachment", None)
        if self.object is None:
            return services.source_document_create(actor=self.membership, attachment=attachment or None, **data)
        if attachment:
            data["attachment"] = attachment
        return services.source_document_update(actor=self.membership, document=self.object, **data)


class SourceDocumentDeleteView(ObjectDeleteView):
    model = SourceDocument
    delete_service = services.source_document_delete


class SourceDocumentHistoryView(ObjectHistoryView):
    model = SourceDocument


# --- briefings --------------------------------------------------------------------------------------------------

class BriefingListView(ObjectListView):
    model = Briefing
    table_class = BriefingTable
    filterset_class = BriefingFilterSet

    def optimise(self, queryset):
        return queryset.select_related("chair__user")


class BriefingDetailView(ObjectDetailView):
    model = Briefing
    detail_fields = ("year", "week_number", "held_on", "chair", "participants", "opening")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        briefing = self.object
        today = timezone.localdate()
        soon = services.soon_days(self.organisation)
        context["conclusions"] = [
            {"task": t, "status": TaskStatus(t.status_on(today, soon)).label,
             "badge": STATUS_BADGES.get(t.status_on(today, soon), "secondary")}
            for t in briefing.conclusions.select_related("lead_unit").order_by("lead_unit__display_order", "briefing_order")
        ]
        context["previous"] = [
            {"task": t, "status": TaskStatus(t.status_on(briefing.held_on, soon)).label,
             "badge": STATUS_BADGES.get(t.status_on(briefing.held_on, soon), "secondary")}
            for t in selectors.previous_conclusions(briefing)
        ]
        context["reports"] = briefing.reports.select_related("unit")
        context["conclusion_form"] = f.ConclusionForm(membership=self.membership)
        context["report_form"] = f.UnitReportForm(membership=self.membership)
        return context


class BriefingEditView(ObjectEditView):
    model = Briefing
    form_class = f.BriefingForm

    def get_initial(self):
        initial = super().get_initial()
        today = timezone.localdate()
        initial.update({"year": today.year, "week_number": today.isocalendar()[1], "held_on": today})
        return initial

    def save(self, form):
        if self.object is None:
            return services.briefing_create(actor=self.membership, **form.cleaned_data)
        return services.briefing_update(actor=self.membership, briefing=self.object, **form.cleaned_data)


class BriefingDeleteView(ObjectDeleteView):
    model = Briefing
    delete_service = services.briefing_delete


class BriefingHistoryView(ObjectHistoryView):
    model = Briefing


class BriefingActionView(MembershipRequiredMixin, View):
    """POST: add a conclusion (a task) or a unit's report to a briefing."""

    def post(self, request, pk, action):
        briefing = get_object_or_404(Briefing.objects.restrict(self.membership, VIEW), pk=pk)
        form_class = {"conclusion": f.ConclusionForm, "report": f.UnitReportForm}.get(action)
        if form_class is None:
            raise PermissionDenied(FORBIDDEN_MESSAGE)
        form = form_class(request.POST, membership=self.membership)
        if not form.is_valid():
            for errors in form.errors.values():
                for message in errors:
                    messages.error(request, message)
            return HttpResponseRedirect(briefing.get_absolute_url())
        data = form.cleaned_data
        try:
            if action == "conclusion":
                services.briefing_add_conclusion(actor=self.membership, briefing=briefing, lead_unit=data["lead_unit"],
                                                 text=data["text"], deadline_text=data["deadline_text"] or None)
                messages.success(request, "Đã thêm kết luận (nhiệm vụ).")
            else:
                services.briefing_report_save(actor=self.membership, briefing=briefing, unit=data["unit"],
                                              last_week_results=data["last_week_results"],
                                              next_week_plan=data["next_week_plan"])
                messages.success(request, "Đã lưu báo cáo của đơn vị.")
        except ValidationError as exc:
            for message in error_messages(exc):
                messages.error(request, message)
        return HttpResponseRedirect(briefing.get_absolute_url())


class MeetingNoticeDocxView(MembershipRequiredMixin, View):
    """The draft "Thông báo kết luận" of a briefing as .docx (layout: core.documents.notice)."""

    def get(self, request, pk):
        from core.documents.notice import render_conclusion_notice

        briefing = get_object_or_404(Briefing.objects.restrict(self.membership, VIEW), pk=pk)
        if not can(self.membership, VIEW, briefing):
            raise PermissionDenied(FORBIDDEN_MESSAGE)
        content = render_conclusion_notice(selectors.briefing_notice_context(briefing))
        response = HttpResponse(
            content, content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        response["Content-Disposition"] = (
            f'attachment; filename="thong-bao-ket-luan-tuan-{briefing.week_number}-{briefing.year}.docx"')
        return response


