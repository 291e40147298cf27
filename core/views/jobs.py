"""The page "Công việc chạy nền": the person's own jobs, each with its progress (htmx polling) and result."""
from django.http import FileResponse, Http404
from django.views import View
from django.views.generic import TemplateView

from core.jobs import job_get_for, job_list_for, result_path
from core.models import Job

from .generic import MembershipRequiredMixin


class JobListView(MembershipRequiredMixin, TemplateView):
    template_name = "core/jobs/job_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        jobs = list(job_list_for(actor=self.membership)[:100])
        context.update(jobs=jobs, title="Công việc chạy nền",
                       polling=any(not job.is_finished for job in jobs))
        return context

    def get_template_names(self):
        if self.request.htmx:
            return ["core/jobs/_job_rows.html"]
        return [self.template_name]


class JobDetailView(MembershipRequiredMixin, TemplateView):
    template_name = "core/jobs/job_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        try:
            job = job_get_for(actor=self.membership, pk=self.kwargs["pk"])
        except Job.DoesNotExist:
            raise Http404 from None
        context.update(job=job, title=job.title)
        return context

    def get_template_names(self):
        if self.request.htmx:
            return ["core/jobs/_job_status.html"]
        return [self.template_name]


class JobDownloadView(MembershipRequiredMixin, View):
    """A job's result file, for the person who started the job only (with the headers of uploaded files)."""

    def get(self, request, pk):
        from core.views.media import protect

        try:
            job = job_get_for(actor=self.membership, pk=pk)
        except Job.DoesNotExist:
            raise Http404 from None
        name = (job.result or {}).get("file")
        path = result_path(job, name) if name else None
        if path is None or not path.is_file():
            raise Http404
        return protect(FileResponse(path.open("rb")), path.name)
