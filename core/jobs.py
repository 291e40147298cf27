"""Background jobs: long work out of the request, with progress on a page and a result the person comes back to.

Built on Django's tasks API (the `django-tasks` backport; the database backend `django-tasks-db` in development and
production, started by `make run` and the systemd unit of docs/deploy.md; the immediate backend in tests). One task,
`run_job`, runs every job: a `core.models.Job` row carries who started it (a membership), the handler, its
parameters, the progress and the result. Usage (docs/architecture.md, "Background jobs"):

    from core import jobs

    @jobs.handler
    def import_rows(run: jobs.JobRun, *, upload_id: int) -> None:
        run.progress(40, "Đang kiểm tra dòng 4.000/10.000")
        ...                                   # call services with run.actor: the write gate applies as usual
        run.finish(url=..., label="Xem kết quả", data={...})

    job = jobs.job_enqueue(actor=request.membership, handler=import_rows, title="Nhập 10.000 dòng",
                           params={"upload_id": 3})
    return redirect(job)                      # the job's page polls its progress with htmx
"""
from __future__ import annotations

import logging
from collections.abc import Callable

from django.urls import reverse
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import task

from core.models.jobs import Job
from core.permissions import require

logger = logging.getLogger(__name__)

_HANDLERS: dict[str, Callable] = {}

GENERIC_FAILURE = "Công việc không hoàn thành do lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị hệ thống."


class JobFailed(Exception):
    """Raised by a handler to end its job with a Vietnamese message for the person (nothing else is shown)."""


def handler(function: Callable) -> Callable:
    """Mark a function as a job handler (only marked functions can be run by name from the queue)."""
    name = f"{function.__module__}.{function.__qualname__}"
    function.job_handler_name = name
    _HANDLERS[name] = function
    return function


def handler_name(function_or_name) -> str:
    if isinstance(function_or_name, str):
        return function_or_name
    name = getattr(function_or_name, "job_handler_name", None)
    if not name:
        raise ValueError("The function is not a job handler: decorate it with @core.jobs.handler.")
    return name


def _resolve(name: str) -> Callable:
    if name not in _HANDLERS:
        import_string(name)  # importing the module registers its handlers
    function = _HANDLERS.get(name)
    if function is None:
        raise LookupError(f"Unknown job handler {name}")
    return function


class JobRun:
    """What a handler receives: the job row, its actor (the membership that started it) and progress reporting."""

    def __init__(self, job: Job):
        self.job = job

    @property
    def actor(self):
        from core.permissions import system_membership

        return self.job.membership or system_membership(self.job.organisation)

    @property
    def params(self) -> dict:
        return self.job.params

    def progress(self, percent: int, status_line: str = "") -> None:
        """Record progress (0–100) and a Vietnamese line ("Đang kiểm tra dòng 4.000/10.000")."""
        self.job.percent = max(0, min(100, int(percent)))
        if status_line:
            self.job.status_line = status_line[:300]
        Job.objects.filter(pk=self.job.pk).update(percent=self.job.percent, status_line=self.job.status_line)

    def finish(self, *, url: str = "", label: str = "", data: dict | None = None, status_line: str = "",
               file: bytes | None = None, filename: str = "") -> None:
        """The result the person comes back to: a link (with its label) and/or JSON data kept on the job, or a file
        (`file` bytes + `filename`) that only the job's owner downloads from `core:job_download`."""
        self.job.result_url = url
        self.job.result_label = label
        if data is not None:
            self.job.result = data
        if file is not None:
            stored = result_path(self.job, filename)
            stored.parent.mkdir(parents=True, exist_ok=True)
            stored.write_bytes(file)
            self.job.result = {**self.job.result, "file": stored.name}
            self.job.result_url = reverse("core:job_download", args=[self.job.pk])
            self.job.result_label = label or "Tải tệp kết quả"
        if status_line:
            self.job.status_line = status_line[:300]


def result_path(job: Job, filename: str):
    """Where a job's result file is kept (outside any record: served by core:job_download to the owner only)."""
    from pathlib import Path, PurePath

    from django.conf import settings

    name = PurePath(filename).name or "ket-qua"
    return Path(settings.MEDIA_ROOT) / "jobs" / str(job.organisation_id) / str(job.pk) / name


def job_enqueue(*, actor, handler, title: str, params: dict | None = None) -> Job:
    """Create the job for `actor` (a Membership, or the system actor) and queue it. With the immediate backend
    (tests) it has run when this returns. The job row and the queue row are written in the caller's transaction."""
    require(actor, "add", Job)
    name = handler_name(handler)
    _resolve(name)
    job = Job.objects.create(
        organisation=actor.organisation, membership=actor if getattr(actor, "pk", None) else None,
        handler=name, title=title[:300], params=params or {}, status_line="Đang chờ đến lượt chạy.",
    )
    result = run_job.enqueue(job.pk)
    Job.objects.filter(pk=job.pk, task_id="").update(task_id=str(result.id)[:64])
    job.refresh_from_db()
    return job


def job_get_for(*, actor, pk) -> Job:
    """The actor's own job, or Job.DoesNotExist (another person's job is not found, never forbidden)."""
    return Job.access_policy.restrict(Job.objects.select_related("organisation"), actor, "view").get(
        pk=pk, organisation_id=actor.organisation_id)


def job_list_for(*, actor):
    return Job.access_policy.restrict(Job.objects.filter(organisation_id=actor.organisation_id), actor, "view")


def _execute(job_id: int) -> None:
    job = Job.objects.select_related("organisation", "membership__organisation", "membership__user").get(pk=job_id)
    if job.is_finished:
        return
    Job.objects.filter(pk=job.pk).update(status=Job.Status.RUNNING, started_at=timezone.now(),
                                         status_line="Đang chạy.")
    job.status = Job.Status.RUNNING
    run = JobRun(job)
    try:
        function = _resolve(job.handler)
        if job.membership is not None and not job.membership.is_active:
            raise JobFailed("Tài khoản khởi chạy công việc không còn hoạt động.")
        function(run, **job.params)
    except JobFailed as error:
        job.status, job.error = Job.Status.FAILED, str(error)
    except Exception as error:  # noqa: BLE001 - the person sees a plain message, the log keeps the trace
        from django.core.exceptions import PermissionDenied, ValidationError

        if isinstance(error, PermissionDenied):
            job.status, job.error = Job.Status.FAILED, str(error) or GENERIC_FAILURE
        elif isinstance(error, ValidationError):
            job.status, job.error = Job.Status.FAILED, "; ".join(error.messages)
        else:
            logger.exception("Job %s (%s) failed", job.pk, job.handler)
            job.status, job.error = Job.Status.FAILED, GENERIC_FAILURE
    else:
        job.status, job.percent = Job.Status.SUCCEEDED, 100
        if not job.status_line or job.status_line == "Đang chạy.":
            job.status_line = "Đã xong."
    if job.status == Job.Status.FAILED:
        job.status_line = "Không thành công."
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "percent", "status_line", "result_url", "result_label", "result", "error",
                            "finished_at"])


@task()
def run_job(job_id: int) -> None:
    """The one task of the queue: run the job's handler and record how it ended."""
    _execute(job_id)
