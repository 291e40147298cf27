"""The same document is never imported twice; an accepted import can be deleted with its tasks; persons named in
a task become its assignees and the leader named sets the leader in charge (issue #13)."""
import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from core.choices import Role
from core.testing import make_member
from directives.models import AssignedTask, SourceDocument
from docimport.models import ImportedDocument
from docimport.services import AlreadyImported, imported_document_accept, imported_document_create, imported_document_delete

from .helpers import docx_from_text, seed_text
from .review_forms import page_form
from .test_services import accept_all_matched, quang_tri  # noqa: F401,F811 (a fixture)

pytestmark = pytest.mark.django_db


def test_the_same_notice_in_another_form_is_not_accepted_twice(quang_tri):
    """Seed 001 (a draft without a number) as .docx, then as .txt: same text, so the second accept is refused and
    points to the first source document; no task is created twice (the demo notice imported twice gave 57)."""
    organisation, actor = quang_tri
    first, _ = imported_document_create(actor=actor, data=docx_from_text(seed_text("001")), filename="tb.docx")
    source, tasks = imported_document_accept(actor=actor, imported=first, tasks=accept_all_matched(actor, first))
    second, duplicates = imported_document_create(actor=actor, data=seed_text("001").encode(), filename="tb.txt")
    assert duplicates.same_file == [first] and duplicates.accepted() == [first]
    with pytest.raises(AlreadyImported) as refused:
        imported_document_accept(actor=actor, imported=second, tasks=accept_all_matched(actor, second))
    assert refused.value.url() == source.get_absolute_url()
    assert "đã được nhập trước đây" in refused.value.messages[0]
    assert AssignedTask.objects.filter(organisation=organisation).count() == len(tasks)


def test_the_original_file_is_attached_to_the_source_document(quang_tri):
    _, actor = quang_tri
    data = docx_from_text(seed_text("001"))
    imported, _ = imported_document_create(actor=actor, data=data, filename="thong-bao.docx")
    source, _ = imported_document_accept(actor=actor, imported=imported, tasks=accept_all_matched(actor, imported))
    source.refresh_from_db()
    assert source.attachment and source.attachment.read() == data


def test_an_accepted_import_is_deleted_with_its_tasks_by_someone_allowed(quang_tri):
    organisation, actor = quang_tri
    imported, _ = imported_document_create(actor=actor, data=seed_text("001").encode(), filename="tb.txt")
    source, tasks = imported_document_accept(actor=actor, imported=imported, tasks=accept_all_matched(actor, imported))
    staff = make_member(organisation, "cv-xoa", [Role.CHUYEN_VIEN], unit=tasks[0].lead_unit)
    with pytest.raises(PermissionDenied):
        imported_document_delete(actor=staff, obj=imported)
    assert AssignedTask.objects.filter(source=source).count() == len(tasks)  # nothing deleted on refusal
    deleted = imported_document_delete(actor=actor, obj=imported)
    assert deleted == len(tasks)
    assert not AssignedTask.objects.filter(organisation=organisation).exists()
    assert not SourceDocument.objects.filter(pk=source.pk).exists()
    assert not ImportedDocument.objects.filter(pk=imported.pk).exists()
    again, duplicates = imported_document_create(actor=actor, data=seed_text("001").encode(), filename="tb.txt")
    assert not duplicates  # imported again after the deletion: nothing left to warn about
    imported_document_accept(actor=actor, imported=again, tasks=accept_all_matched(actor, again))


def test_the_review_warns_and_the_delete_screen_removes_the_tasks(client, quang_tri):
    from core.testing import login

    organisation, actor = quang_tri
    first, _ = imported_document_create(actor=actor, data=seed_text("001").encode(), filename="tb.txt")
    source, _ = imported_document_accept(actor=actor, imported=first, tasks=accept_all_matched(actor, first))
    second, _ = imported_document_create(actor=actor, data=docx_from_text(seed_text("001")), filename="tb.docx")
    login(client, actor)
    page = client.get(second.get_absolute_url()).content.decode()
    assert 'id="already-accepted"' in page and source.get_absolute_url() in page
    page = client.get(first.get_absolute_url()).content.decode()
    assert 'id="delete-import"' in page
    response = client.post(reverse("docimport:importeddocument_delete", args=[first.pk]))
    assert response.status_code == 302
    assert not AssignedTask.objects.filter(organisation=organisation).exists()
    assert not SourceDocument.objects.filter(pk=source.pk).exists()


def test_persons_named_become_assignees_and_the_leader_is_set(client, quang_tri):
    from django.core.exceptions import ValidationError

    from core.testing import login

    organisation, actor = quang_tri
    imported, _ = imported_document_create(actor=actor, data=seed_text("001").encode(), filename="tb.txt")
    rows = imported.tasks
    hung = next(i for i, task in enumerate(rows) if task["assignees"] == ["Lê Hùng"])
    thang = next(i for i, task in enumerate(rows) if task["leader"] == "Nguyễn Hữu Thắng")
    login(client, actor)
    page = client.get(imported.get_absolute_url()).content.decode()
    form = page_form(page)  # shown, editable
    assert form[f"task-{hung}-assignees"] == ["Lê Hùng"] and f'id="task-{hung}-assignees"' in page
    assert form[f"task-{thang}-leader"] == ["Nguyễn Hữu Thắng"]
    choices = accept_all_matched(actor, imported)
    for choice, task in zip(choices, rows):
        choice.assignee_names = task["assignees"]
    wrong = [*choices]
    wrong[hung].assignee_names = ["Người Không Có"]
    with pytest.raises(ValidationError) as refused:
        imported_document_accept(actor=actor, imported=imported, tasks=wrong)
    assert "Người Không Có" in refused.value.messages[0]
    assert not AssignedTask.objects.filter(organisation=organisation).exists()
    choices[hung].assignee_names = ["Lê Hùng"]
    _, tasks = imported_document_accept(actor=actor, imported=imported, tasks=choices)
    assert [m.user.full_name for m in tasks[hung].assignees.all()] == ["Lê Hùng"]
    assert tasks[thang].leader.user.full_name == "Nguyễn Hữu Thắng"
