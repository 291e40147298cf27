"""Background jobs (core/jobs.py): run, progress, result, failure, privacy, the page, and the real database worker."""
import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from core import jobs
from core.models import Job
from core.testing import login


@jobs.handler
def count_to(run, *, upto: int, fail_with: str = "", crash: bool = False):
    for step in range(1, upto + 1):
        run.progress(step * 100 // upto, f"Đang đếm {step}/{upto}")
    if fail_with:
        raise jobs.JobFailed(fail_with)
    if crash:
        raise RuntimeError("boom")
    run.finish(url="/ket-qua/", label="Xem kết quả", data={"counted": upto, "actor": run.actor.pk})


def test_job_runs_and_keeps_its_result(tenants):
    job = jobs.job_enqueue(actor=tenants.staff, handler=count_to, title="Đếm", params={"upto": 4})
    assert job.status == Job.Status.SUCCEEDED
    assert job.percent == 100 and job.status_line == "Đang đếm 4/4"
    assert job.result == {"counted": 4, "actor": tenants.staff.pk}
    assert job.result_url == "/ket-qua/" and job.task_id


def test_failure_keeps_the_vietnamese_message_and_hides_crashes(tenants):
    job = jobs.job_enqueue(actor=tenants.staff, handler=count_to, title="Đếm",
                           params={"upto": 2, "fail_with": "Tệp không đọc được."})
    assert job.status == Job.Status.FAILED and job.error == "Tệp không đọc được."
    job = jobs.job_enqueue(actor=tenants.staff, handler=count_to, title="Đếm", params={"upto": 2, "crash": True})
    assert job.status == Job.Status.FAILED and job.error == jobs.GENERIC_FAILURE and "boom" not in job.error


def test_only_marked_functions_are_handlers(tenants):
    with pytest.raises(ValueError):
        jobs.job_enqueue(actor=tenants.staff, handler=print, title="x")
    with pytest.raises(LookupError):
        jobs.job_enqueue(actor=tenants.staff, handler="core.jobs.job_list_for", title="x")


def test_the_page_lists_only_my_jobs_and_others_are_not_found(client, tenants):
    mine = jobs.job_enqueue(actor=tenants.staff, handler=count_to, title="Việc của tôi", params={"upto": 1})
    theirs = jobs.job_enqueue(actor=tenants.head, handler=count_to, title="Việc người khác", params={"upto": 1})
    login(client, tenants.staff)
    page = client.get(reverse("core:job_list")).content.decode()
    assert "Công việc chạy nền" in page and "Việc của tôi" in page and "Việc người khác" not in page
    assert client.get(mine.get_absolute_url()).status_code == 200
    assert client.get(theirs.get_absolute_url()).status_code == 404
    login(client, tenants.foreign_director)
    assert client.get(mine.get_absolute_url()).status_code == 404


def test_running_job_page_polls_with_htmx(client, tenants):
    job = Job.objects.create(organisation=tenants.org, membership=tenants.staff, handler="x", title="Đang chạy",
                             status=Job.Status.RUNNING, percent=40, status_line="Đang kiểm tra dòng 400/1.000")
    login(client, tenants.staff)
    page = client.get(job.get_absolute_url()).content.decode()
    assert 'hx-trigger="every 2s"' in page and "Đang kiểm tra dòng 400/1.000" in page
    fragment = client.get(job.get_absolute_url(), HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in fragment and "40%" in fragment


@pytest.mark.django_db(transaction=True)
def test_the_database_worker_runs_a_queued_job():
    from core.testing import make_member, make_organisation

    member = make_member(make_organisation("org-w"))
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}):
        job = jobs.job_enqueue(actor=member, handler=count_to, title="Đếm", params={"upto": 3})
        assert job.status == Job.Status.QUEUED
        call_command("db_worker", max_tasks=1, no_startup_delay=True, interval=0.1, verbosity=0)
    job.refresh_from_db()
    assert job.status == Job.Status.SUCCEEDED and job.result["counted"] == 3
