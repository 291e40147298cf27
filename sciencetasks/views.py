"""Screens: task list and board, task page (timeline, documents, councils, money), councils, import, figures."""
from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.generic import TemplateView, View

from core.concurrency import VERSION_FIELD, form_token
from core.permissions import ADD, VIEW, can
from core.views.generic import (
    MembershipRequiredMixin, ObjectDeleteView, ObjectDetailView, ObjectEditView, ObjectHistoryView, ObjectListView,
)
from core.views.imports import ImportView

from . import selectors, services
from .choices import BADGES, State, StepKind
from .filtersets import CouncilFilterSet, ScienceTaskFilterSet
from .forms import CouncilConcludeForm, CouncilForm, CouncilMemberForm, MoneyForm, ScienceTaskForm, StepForm
from .importing import ScienceTaskImporter
from .models import Council, CouncilMember, ScienceTask
from .tables import CouncilTable, ScienceTaskTable
from .workflow import Workflow


def _errors(exc: ValidationError) -> str:
    if hasattr(exc, "error_dict"):
        return " ".join(m for messages_ in exc.message_dict.values() for m in messages_)
    return " ".join(exc.messages)


class ScienceTaskListView(ObjectListView):
    model = ScienceTask
    table_class = ScienceTaskTable
    filterset_class = ScienceTaskFilterSet
    template_name = "sciencetasks/sciencetask_list.html"
    title = "Nhiệm vụ KH&CN"

    def optimise(self, queryset):
        return queryset.select_related("managing_unit")


class ScienceTaskDetailView(ObjectDetailView):
    model = ScienceTask
    detail_fields = ("title", "short_name", "level", "task_type", "field", "programme", "origin", "proposer",
                     "coordinated_only", "host_organisation", "leader_name", "team_members", "coordinating_organisations",
                     "managing_unit", "officer", "sites", "start_year", "planned_start", "planned_end", "current_end",
                     "dossier_due", "budget_total", "budget_state", "budget_other", "contract_number", "contract_date",
                     "contract_value", "state", "grade", "accepted_on", "recognised_on", "registration_number",
                     "registration_date", "stopped_on", "note")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        task = self.object
        workflow = Workflow.for_organisation(task.organisation)
        context["timeline"] = selectors.task_timeline(task)
        context["documents"] = task.documents.all()
        context["councils"] = task.councils.all()
        context["money"] = selectors.task_money_summary(task)
        context["money_entries"] = task.money.order_by("date", "id")
        context["badge"] = BADGES.get(task.state, "secondary")
        context["allowed_steps"] = workflow.allowed_steps(task.state)
        context["allowed_step_labels"] = [StepKind(kind).label for kind in context["allowed_steps"]]
        if context["may_change"]:
            chosen = self.request.GET.get("buoc")
            context["step_form"] = StepForm(allowed=context["allowed_steps"], grades=workflow.grades, task=task,
                                            kind=chosen if chosen in context["allowed_steps"] else None,
                                            initial={"date": timezone.localdate()})
            context["money_form"] = MoneyForm(initial={"date": timezone.localdate()})
        return context


class ScienceTaskEditView(ObjectEditView):
    model = ScienceTask
    form_class = ScienceTaskForm
    # a step recorded meanwhile (state, dates after an extension) does not block an edit of the description: the
    # service writes only the form's fields; a step that changed one of them (new leader, host…) does
    stale_when = "form_fields"

    def save(self, form):
        values = {name: form.cleaned_data[name] for name in form.Meta.fields if name in form.cleaned_data}
        if self.object is None:
            return services.science_task_create(actor=self.membership, values=values,
                                                date=form.cleaned_data.get("received_on") or timezone.localdate())
        return services.science_task_update(task=self.object, actor=self.membership, values=values)


class ScienceTaskDeleteView(ObjectDeleteView):
    model = ScienceTask
    delete_service = services.science_task_delete


class ScienceTaskHistoryView(ObjectHistoryView):
    model = ScienceTask


class _TaskActionView(MembershipRequiredMixin, View):
    """POST-only actions on one task the person can see; the service decides whether they may act."""

    def get_task(self):
        return selectors.science_task_get_for(membership=self.membership, pk=self.kwargs["pk"])


class StepCreateView(_TaskActionView):
    def get(self, request, pk):
        """The step form with the fields of the chosen kind (htmx swaps it in when the kind changes)."""
        from django.shortcuts import render

        task = self.get_task()
        workflow = Workflow.for_organisation(task.organisation)
        allowed = workflow.allowed_steps(task.state)
        kind = request.GET.get("kind")
        typed = {name: value for name, value in request.GET.items() if name != "kind" and value}
        form = StepForm(allowed=allowed, grades=workflow.grades, task=task, kind=kind if kind in allowed else None,
                        initial={"date": timezone.localdate(), **typed})
        return render(request, "sciencetasks/_step_form.html", {"object": task, "step_form": form,
                                                                "allowed_steps": allowed})

    def post(self, request, pk):
        task = self.get_task()
        workflow = Workflow.for_organisation(task.organisation)
        # every kind is valid here: an illegal one gets the service's message, which lists the steps possible now
        form = StepForm(request.POST, grades=workflow.grades, task=task)
        if not form.is_valid():
            messages.error(request, "Dữ liệu bước không hợp lệ: " + " ".join(
                f"{form.fields[name].label}: {' '.join(errors)}" if name in form.fields else " ".join(errors)
                for name, errors in form.errors.items()))
            return HttpResponseRedirect(task.get_absolute_url() + f"?buoc={form.step_kind or ''}#steps")
        data = {k: (v if v is not None or k.endswith("_date") or k == "council" else "")
                for k, v in form.cleaned_data.items()}
        try:
            step = services.science_task_step(task=task, actor=self.membership, **data)
        except ValidationError as exc:
            messages.error(request, _errors(exc))
            return HttpResponseRedirect(task.get_absolute_url() + f"?buoc={form.step_kind}#steps")
        messages.success(request, f"Đã ghi nhận: {step.get_kind_display()} ({step.date:%d/%m/%Y}).")
        return HttpResponseRedirect(task.get_absolute_url() + "#steps")


class MoneyCreateView(_TaskActionView):
    def post(self, request, pk):
        task = self.get_task()
        form = MoneyForm(request.POST)
        if not form.is_valid():
            messages.error(request, "Dữ liệu kinh phí không hợp lệ: " + "; ".join(
                f"{form.fields[n].label}: {' '.join(e)}" for n, e in form.errors.items() if n in form.fields))
            return HttpResponseRedirect(task.get_absolute_url() + "#money")
        try:
            services.money_entry_add(task=task, actor=self.membership, **form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, _errors(exc))
        else:
            messages.success(request, "Đã ghi nhận khoản kinh phí.")
        return HttpResponseRedirect(task.get_absolute_url() + "#money")


class BoardView(MembershipRequiredMixin, TemplateView):
    """Pipeline board: one column per state, cards with short name, leader and end date."""

    template_name = "sciencetasks/board.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        tasks = selectors.science_task_list(membership=self.membership)
        from core.params import parse_year

        year = parse_year(self.request.GET.get("year"))
        if year:
            tasks = tasks.filter(start_year=year)
        by_state: dict[str, list] = {}
        for task in tasks.order_by("code"):
            by_state.setdefault(task.state, []).append(task)
        workflow = Workflow.for_organisation(self.organisation)
        hidden = {State.REJECTED} if not self.request.GET.get("all") else set()
        context["columns"] = [
            {"state": state, "label": State(state).label, "badge": BADGES.get(state), "tasks": by_state.get(state, [])}
            for state in workflow.state_order() if state not in hidden
        ]
        context["title"] = "Bảng tiến trình nhiệm vụ KH&CN"
        context["year"] = year or ""
        return context


class YearStatsView(MembershipRequiredMixin, TemplateView):
    """The yearly figures on screen: the same selector the CLI and the reports use."""

    template_name = "sciencetasks/year_stats.html"

    def get_context_data(self, **kwargs):
        from core.figure_labels import figure_rows

        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        from core.params import parse_year

        year = parse_year(self.request.GET.get("year"), today.year)
        date_to = None
        try:
            if self.request.GET.get("to"):
                date_to = dt.datetime.strptime(self.request.GET["to"], "%d/%m/%Y").date()
        except ValueError:
            messages.error(self.request, "Ngày không đúng định dạng dd/mm/yyyy.")
        stats = selectors.year_stats(organisation=self.organisation, year=year, date_to=date_to)
        rows = figure_rows("sciencetasks", stats, skip=("organisation", "year", "date_from", "date_to"))
        context.update(title=f"Số liệu nhiệm vụ KH&CN năm {year}", year=year, stats=stats, rows=rows,
                       details=selectors.year_details(organisation=self.organisation, year=year, date_to=date_to),
                       to=self.request.GET.get("to", ""))
        return context


class ScienceTaskImportView(ImportView):
    importer_class = ScienceTaskImporter
    model = ScienceTask
    success_url_name = "sciencetasks:sciencetask_list"
    title = "Nhập danh sách nhiệm vụ KH&CN"


# --- councils ------------------------------------------------------------------------------------------------


class CouncilListView(ObjectListView):
    model = Council
    table_class = CouncilTable
    filterset_class = CouncilFilterSet
    title = "Hội đồng tư vấn"

    def get_queryset(self):
        queryset = selectors.council_list(membership=self.membership)
        query = self.request.GET.get("q")
        return queryset.search(query) if query else queryset


class CouncilDetailView(ObjectDetailView):
    model = Council
    detail_fields = ("kind", "name", "managing_unit", "tasks", "decision_number", "decision_date", "decision_signer",
                     "planned_date", "meeting_date", "location", "conclusion", "grade", "average_score")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        members = list(self.object.members.all())
        for member in members:
            member.warnings = services.council_member_warnings(member)
            member.form_version = form_token(member, fields=services.MEMBER_SCORE_FIELDS)
        context["members"] = members
        context["tasks"] = self.object.tasks.all()
        context["decided_steps"] = self.object.steps.select_related("task").order_by("date", "id")
        if context["may_change"]:
            context["member_form"] = CouncilMemberForm()
            context["conclude_form"] = CouncilConcludeForm(initial={
                "meeting_date": self.object.meeting_date or self.object.planned_date,
                "conclusion": self.object.conclusion, "grade": self.object.grade})
        return context


class CouncilEditView(ObjectEditView):
    model = Council
    form_class = CouncilForm
    stale_when = "form_fields"  # the meeting's conclusion recorded meanwhile is not this form's business

    def save(self, form):
        data = dict(form.cleaned_data)
        tasks = data.pop("tasks", [])
        if self.object is None:
            return services.council_create(actor=self.membership, tasks=tasks, **data)
        return services.council_update(council=self.object, actor=self.membership, tasks=tasks, **data)


class CouncilDeleteView(ObjectDeleteView):
    model = Council
    delete_service = services.council_delete


class CouncilHistoryView(ObjectHistoryView):
    model = Council


class _CouncilActionView(MembershipRequiredMixin, View):
    def get_council(self):
        return get_object_or_404(Council.objects.restrict(self.membership, VIEW), pk=self.kwargs["pk"])


class CouncilMemberAddView(_CouncilActionView):
    def post(self, request, pk):
        council = self.get_council()
        form = CouncilMemberForm(request.POST)
        if form.is_valid():
            try:
                member, warnings = services.council_member_add(council=council, actor=self.membership, **form.cleaned_data)
            except ValidationError as exc:
                messages.error(request, _errors(exc))
            else:
                messages.success(request, f"Đã thêm {member.full_name}.")
                for warning in warnings:
                    messages.warning(request, "Lưu ý: " + warning)
        else:
            messages.error(request, "Phải ghi họ và tên thành viên.")
        return HttpResponseRedirect(council.get_absolute_url() + "#members")


class CouncilMemberScoreView(_CouncilActionView):
    def post(self, request, pk, member_pk):
        council = self.get_council()
        member = get_object_or_404(CouncilMember, pk=member_pk, council=council)
        try:
            services.council_member_evaluate(member=member, actor=self.membership, score=request.POST.get("score"),
                                             evaluation=request.POST.get("evaluation", ""),
                                             comment=request.POST.get("comment", ""),
                                             version=request.POST.get(VERSION_FIELD))
        except ValidationError as exc:
            messages.error(request, _errors(exc))
        return HttpResponseRedirect(council.get_absolute_url() + "#members")


class CouncilConcludeView(_CouncilActionView):
    def post(self, request, pk):
        council = self.get_council()
        form = CouncilConcludeForm(request.POST)
        if form.is_valid():
            try:
                services.council_conclude(council=council, actor=self.membership, **form.cleaned_data)
            except ValidationError as exc:
                messages.error(request, _errors(exc))
            else:
                messages.success(request, "Đã ghi kết luận của hội đồng.")
        else:
            messages.error(request, "Phải ghi ngày họp (dd/mm/yyyy) và kết luận.")
        return HttpResponseRedirect(council.get_absolute_url())


def may_add_tasks(membership) -> bool:
    return can(membership, ADD, ScienceTask)
