"""Services: import for review, duplicates, accept into directives (all or nothing), unit aliases."""
import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from core.choices import Role
from core.models import DomainEvent, Unit
from core.testing import make_member, make_organisation
from directives.models import AssignedTask, SourceDocument
from docimport.choices import ImportStatus
from docimport.errors import DocumentImportError
from docimport.models import ImportedDocument
from docimport.services import (
    AlreadyImported,
    TaskChoice,
    imported_document_accept,
    imported_document_create,
    imported_document_discard,
    unit_alias_add,
)

from .helpers import docx_from_text, seed_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def quang_tri(db):
    from core.demo import load

    load()
    from core.models import Membership, Organisation

    organisation = Organisation.objects.get(code="quang-tri")
    office_chief = Membership.objects.get(organisation=organisation, user__username="chanhvanphong")
    return organisation, office_chief


def accept_all_matched(actor, imported):
    from core.unit_matching import match_unit

    choices = []
    for task in imported.tasks:
        unit = match_unit(actor.organisation, task["unit"])
        if unit is not None:
            choices.append(TaskChoice(text=task["text"], lead_unit=unit, deadline_text=task["deadline_text"] or "",
                                      leader_name=task.get("leader") or ""))
    return choices


def test_import_and_accept_seed_001(quang_tri):
    organisation, actor = quang_tri
    imported, duplicates = imported_document_create(actor=actor, data=docx_from_text(seed_text("001")),
                                                    filename="tb-ket-luan.docx")
    assert not duplicates and imported.status == ImportStatus.DRAFT
    assert imported.doc_type == "thong_bao_ket_luan" and len(imported.tasks) == 19
    assert imported.text and imported.file.name
    choices = accept_all_matched(actor, imported)
    assert len(choices) == 18  # "Các đơn vị thuộc Sở" is no unit of the organisation
    source, tasks = imported_document_accept(actor=actor, imported=imported, tasks=choices)
    assert source.doc_type == "thong_bao_ket_luan" and source.issued_on.isoformat() == "2025-02-17"
    assert AssignedTask.objects.filter(source=source).count() == 18
    first = AssignedTask.objects.filter(source=source).order_by("id").first()
    assert first.due_date.isoformat() == "2025-02-21" and first.deadline_text == "trong ngày 21/02/2025"
    led = AssignedTask.objects.get(source=source, text__startswith="Giao PGĐ Sở Nguyễn Hữu Thắng")
    assert led.leader.user.full_name == "Nguyễn Hữu Thắng"
    imported.refresh_from_db()
    assert imported.status == ImportStatus.ACCEPTED and imported.source_document == source and imported.task_count == 18
    assert DomainEvent.objects.filter(kind="DOCUMENT_IMPORT_ACCEPTED", object_id=imported.pk).exists()


def test_reimport_is_detected(quang_tri):
    organisation, actor = quang_tri
    data = docx_from_text(seed_text("001"))
    imported_document_create(actor=actor, data=data, filename="a.docx")
    _, duplicates = imported_document_create(actor=actor, data=data, filename="b.docx")
    assert len(duplicates.same_file) == 1


def test_same_number_and_year_is_detected(quang_tri):
    organisation, actor = quang_tri
    text = "Số: 38/TB-SKHCN\n\nQuảng Trị, ngày 03 tháng 3 năm 2025\n\nTHÔNG BÁO\nKết luận\n\n1. Văn phòng Sở:\n- Rà soát."
    first, _ = imported_document_create(actor=actor, data=text.encode(), filename="a.txt")
    imported_document_accept(actor=actor, imported=first, tasks=accept_all_matched(actor, first))
    second, duplicates = imported_document_create(actor=actor, data=(text + "\n- Bổ sung.").encode(), filename="b.txt")
    assert not duplicates.same_file and duplicates.same_number
    with pytest.raises(AlreadyImported):  # refused before directives would (same number, year and issuer)
        imported_document_accept(actor=actor, imported=second, tasks=accept_all_matched(actor, second))
    assert SourceDocument.objects.filter(organisation=organisation).count() == 1


def test_accept_is_all_or_nothing(quang_tri):
    organisation, actor = quang_tri
    imported, _ = imported_document_create(actor=actor, data=seed_text("001").encode(), filename="tb.txt")
    choices = accept_all_matched(actor, imported)
    choices[3].deadline_text = "vào dịp thuận tiện"  # not a deadline anyone can read
    with pytest.raises(ValidationError) as error:
        imported_document_accept(actor=actor, imported=imported, tasks=choices)
    assert "Nhiệm vụ 4" in str(error.value)
    assert not SourceDocument.objects.filter(organisation=organisation).exists()
    assert not AssignedTask.objects.filter(organisation=organisation).exists()
    imported.refresh_from_db()
    assert imported.status == ImportStatus.DRAFT


def test_bad_file_saves_nothing(quang_tri):
    organisation, actor = quang_tri
    with pytest.raises(DocumentImportError):
        imported_document_create(actor=actor, data=b"PK\x03\x04broken", filename="hong.docx")
    assert not ImportedDocument.objects.exists()


def test_unit_alias_is_remembered_and_audited(quang_tri):
    organisation, actor = quang_tri
    unit = Unit.objects.get(organisation=organisation, code="van-phong")
    unit_alias_add(actor=actor, unit=unit, alias="Các đơn vị thuộc Sở")
    unit.refresh_from_db()
    assert "Các đơn vị thuộc Sở" in unit.aliases.splitlines()
    assert unit.history.count() >= 2
    assert DomainEvent.objects.filter(kind="UNIT_ALIAS_ADDED", object_id=unit.pk).exists()
    from core.unit_matching import match_unit

    assert match_unit(organisation, "các đơn vị thuộc sở") == unit
    other = Unit.objects.get(organisation=organisation, code="qlkh")
    with pytest.raises(ValidationError):
        unit_alias_add(actor=actor, unit=other, alias="Các đơn vị thuộc Sở")


def test_remember_alias_on_accept(quang_tri):
    organisation, actor = quang_tri
    imported, _ = imported_document_create(actor=actor, data=seed_text("001").encode(), filename="tb.txt")
    office = Unit.objects.get(organisation=organisation, code="van-phong")
    task = next(t for t in imported.tasks if t["unit"] == "Các đơn vị thuộc Sở")
    imported_document_accept(actor=actor, imported=imported, tasks=[
        TaskChoice(text=task["text"], lead_unit=office, deadline_text=task["deadline_text"],
                   unit_text=task["unit"], remember_alias=True)])
    office.refresh_from_db()
    assert "Các đơn vị thuộc Sở" in office.aliases


def test_other_organisation_cannot_touch_an_import(quang_tri):
    organisation, actor = quang_tri
    imported, _ = imported_document_create(actor=actor, data=seed_text("001").encode(), filename="tb.txt")
    stranger = make_member(make_organisation("khac"), "gd-khac", [Role.GIAM_DOC])
    with pytest.raises(PermissionDenied):
        imported_document_accept(actor=stranger, imported=imported, tasks=[])
    with pytest.raises(PermissionDenied):
        imported_document_discard(actor=stranger, imported=imported)
    imported_document_discard(actor=actor, imported=imported)
    assert ImportedDocument.objects.get(pk=imported.pk).status == ImportStatus.DISCARDED
