"""Benchmark data: about 5.000 tasks per organisation-year (bulk_create, deterministic from `rng`).

The follow-up is what a Sở really sees: almost every task is completed in the end (about 90 % on time, the rest
late with an explanation), about 2 % are cancelled, some 5 % get an extension approved before the deadline, and
only tasks whose completion date has not come yet (the recent ones) are still open; nothing piles up as overdue
for ever."""
from __future__ import annotations

import datetime as dt

from django.utils import timezone

from core.models import Membership, Unit
from core.synthetic import bulk_insert, search_text
from directives.choices import DeadlineKind, SourceType, TaskCategory
from directives.models import AssignedTask, SourceDocument

TASKS_PER_YEAR = 5000
TASKS_PER_DOCUMENT = 10
SUBJECTS = [
    "báo cáo kết quả thực hiện nhiệm vụ", "tham gia ý kiến dự thảo văn bản", "rà soát, đề xuất danh mục nhiệm vụ",
    "kiểm tra việc chấp hành quy định về tiêu chuẩn, đo lường, chất lượng", "tổng hợp số liệu thống kê KH&CN",
    "triển khai kế hoạch chuyển đổi số", "chuẩn bị nội dung làm việc với đoàn công tác",
    "xây dựng dự thảo chính sách hỗ trợ doanh nghiệp", "báo cáo tình hình thực hiện dự toán ngân sách",
]
TYPES = [(SourceType.CONG_VAN, "UBND-SD"), (SourceType.KE_HOACH, "KH-UBNDSD"), (SourceType.QUYET_DINH, "QĐ-UBNDSD"),
         (SourceType.THONG_BAO_KET_LUAN, "TB-UBNDSD")]


def generate(*, organisation, years: int, rng, stdout=None):
    # ordered: the same rng draws must pick the same rows on every database
    units = list(Unit.objects.filter(organisation=organisation).exclude(kind="ban_giam_doc").order_by("id"))
    leaders = list(Membership.objects.filter(organisation=organisation, roles__icontains="giam_doc").order_by("id"))
    if not units:
        return
    today = timezone.localdate()
    last_year = today.year
    total = 0
    for year in range(last_year - years + 1, last_year + 1):
        documents = []
        for index in range(TASKS_PER_YEAR // TASKS_PER_DOCUMENT):
            doc_type, symbol = TYPES[rng.randrange(len(TYPES))]
            days_in_year = (min(today, dt.date(year, 12, 31)) - dt.date(year, 1, 1)).days + 1
            issued = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(days_in_year))
            document = SourceDocument(organisation=organisation, doc_type=doc_type, number=f"{index + 1}/{symbol}",
                                      issued_on=issued, issuer="UBND tỉnh",
                                      summary=f"V/v {SUBJECTS[rng.randrange(len(SUBJECTS))]} ({index + 1}/{year})")
            document.search_text = search_text(document)
            documents.append(document)
        SourceDocument.objects.bulk_create(documents, batch_size=1000)  # ids set (RETURNING) for the tasks below
        tasks = []
        for document in documents:
            for item in range(TASKS_PER_DOCUMENT):
                assigned = document.issued_on
                roll = rng.random()
                due = None if roll < 0.08 else assigned + dt.timedelta(days=rng.randrange(3, 75))
                task = AssignedTask(
                    organisation=organisation, source=document, item_number=str(item + 1),
                    text=f"{SUBJECTS[rng.randrange(len(SUBJECTS))].capitalize()} (mục {item + 1})",
                    category=TaskCategory.UBND_TINH, lead_unit=units[rng.randrange(len(units))],
                    leader=leaders[rng.randrange(len(leaders))] if leaders else None, assigned_on=assigned,
                    deadline_text=f"trước ngày {due:%d/%m/%Y}" if due else "thường xuyên",
                    deadline_kind=DeadlineKind.DATE if due else DeadlineKind.NONE, due_date=due,
                )
                _follow_up(task, rng, today)
                task.search_text = search_text(task)
                tasks.append(task)
        bulk_insert(AssignedTask, tasks)
        total += len(tasks)
    if stdout:
        stdout.write(f"  directives: {total} nhiệm vụ được giao cho {organisation.code}")


CANCELLED_SHARE = 0.02
EXTENDED_SHARE = 0.05
LATE_SHARE = 0.10
EXPLANATIONS = ["Văn bản giao thời gian xử lý quá gấp.", "Chờ ý kiến tham gia của các sở, ngành.",
                "Phần mềm theo dõi vận hành chưa thông suốt.", "Đơn vị phối hợp gửi số liệu chậm."]


def _follow_up(task: AssignedTask, rng, today: dt.date) -> None:
    """Extension, cancellation or completion of one generated task; completions in the future stay open."""
    assigned, due = task.assigned_on, task.due_date
    if due and rng.random() < EXTENDED_SHARE:
        task.extended_to = due + dt.timedelta(days=rng.randrange(5, 30))
        task.extended_since = max(assigned, due - dt.timedelta(days=rng.randrange(0, 5)))
    if rng.random() < CANCELLED_SHARE:
        cancelled = assigned + dt.timedelta(days=rng.randrange(1, 30))
        if cancelled <= today:
            task.cancelled_on, task.cancel_reason = cancelled, "Không còn cần thiết."
            return
    deadline = task.extended_to or due
    late = deadline is not None and rng.random() < LATE_SHARE
    if deadline is None:  # "thường xuyên": closed when the work is reported done, within the year
        done = assigned + dt.timedelta(days=rng.randrange(10, 240))
    elif late:
        done = deadline + dt.timedelta(days=rng.randrange(1, 25))
    else:
        done = assigned + dt.timedelta(days=rng.randrange(0, (deadline - assigned).days + 1))
    if done <= today:
        task.completed_on, task.progress = done, 100
        if late:
            task.explanation = EXPLANATIONS[rng.randrange(len(EXPLANATIONS))]
    else:
        task.progress = rng.choice([0, 20, 50, 80])
