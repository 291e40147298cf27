"""The explicit contract between reports and the domain apps: `directives.figures`, `sciencetasks.figures`,
`registers.figures` return typed results; a renamed figure fails loudly (a test, and a named error in the
report), never turns silently into "no data"."""
import dataclasses
import datetime as dt

import pytest

from core.documents.layout import blocks_text
from core.testing import make_organisation, make_unit
from directives import figures as directive_figures
from registers import figures as register_figures
from reports import assembly
from reports.assembly import collect as collect_module
from reports.choices import PeriodRule, ReportKind
from reports.periods import compute_period
from sciencetasks import figures as science_figures

PERIOD = compute_period(ReportKind.MONTHLY, PeriodRule.CALENDAR, year=2024, month=1)


def test_every_app_answers_with_its_typed_figures(db):
    organisation = make_organisation("org-contract")
    data = assembly.collect(organisation, PERIOD)
    assert data.errors == []
    assert isinstance(data.directives, directive_figures.DirectiveFigures)
    assert isinstance(data.science, science_figures.ScienceFigures)
    assert isinstance(data.registers, register_figures.RegisterFigures)
    # every declared count is an int read from the selectors (no default left standing in for a missing key)
    for figures in (data.directives.totals, data.science, data.registers):
        for field in dataclasses.fields(figures):
            if field.type == "int":
                assert isinstance(getattr(figures, field.name), int), field.name


@pytest.mark.parametrize("module, selector, key", [
    (register_figures.selectors, "register_stats", "instruments_verified"),
    (science_figures.selectors, "year_stats", "accepted"),
    (directive_figures.selectors, "directive_summary", "completed_late"),
])
def test_a_renamed_figure_fails_loudly(db, monkeypatch, module, selector, key):
    organisation = make_organisation("org-renamed")
    original = getattr(module, selector)

    def renamed(**kwargs):
        raw = dict(original(**kwargs))
        raw[f"{key}_renamed"] = raw.pop(key)
        return raw

    monkeypatch.setattr(module, selector, renamed)
    data = assembly.collect(organisation, PERIOD)
    assert len(data.errors) == 1 and key in data.errors[0][1]
    content = assembly.build_content(organisation, PERIOD, data)
    text = blocks_text([block for blocks in content.sections.values() for block in blocks])
    assert "Chưa lấy được số liệu" in text and key in text


def test_no_state_is_shared_between_two_collections(db, monkeypatch):
    """The errors of one report never appear in the next (there is no module-level list any more)."""
    organisation = make_organisation("org-twice")
    monkeypatch.setattr(register_figures.selectors, "register_stats", lambda **kwargs: {})
    assert assembly.collect(organisation, PERIOD).errors
    monkeypatch.undo()
    assert assembly.collect(organisation, PERIOD).errors == []
    assert not hasattr(collect_module, "ERRORS")


def test_the_province_tasks_only_feed_appendix_iv(db):
    """Phụ lục IV counts what UBND tỉnh / Chủ tịch UBND tỉnh assigned, never the Giám đốc's own tasks."""
    from core.permissions import system_membership
    from directives import services as directive_services
    from directives.choices import TaskCategory

    organisation = make_organisation("org-own")
    unit = make_unit(organisation, "qlkh")
    actor = system_membership(organisation)
    for category, text in ((TaskCategory.UBND_TINH, "Nhiệm vụ UBND tỉnh giao"),
                           (TaskCategory.GIAM_DOC, "Nhiệm vụ Giám đốc Sở giao")):
        directive_services.assigned_task_create(actor=actor, text=text, lead_unit=unit, category=category,
                                                assigned_on=dt.date(2024, 1, 5), due_date=dt.date(2024, 1, 25))
    data = assembly.collect(organisation, PERIOD)
    assert data.directives.totals.assigned == 1
    own = directive_figures.directive_figures(organisation=organisation, date_from=PERIOD.start, date_to=PERIOD.end,
                                              categories=directive_figures.OWN_CATEGORIES)
    assert own.totals.assigned == 1


def test_completed_tasks_write_their_own_result_line(db):
    """The "tham mưu" section is written from the completion records (action, result document, subject)."""
    from core.permissions import system_membership
    from directives import services as directive_services
    from directives.choices import TaskCategory
    from directives.models import AssignedTask

    organisation = make_organisation("org-results")
    unit = make_unit(organisation, "van-phong")
    task = directive_services.assigned_task_create(
        actor=system_membership(organisation), text="Chương trình phát triển thị trường KH&CN đến năm 2030",
        lead_unit=unit, category=TaskCategory.TRONG_TAM, assigned_on=dt.date(2024, 1, 3))
    AssignedTask.objects.filter(pk=task.pk).update(
        completed_on=dt.date(2024, 1, 19), progress=100, completion_note="Tham mưu UBND tỉnh ban hành",
        result_document="Quyết định số 148/QĐ-UBND ngày 19/01/2024")
    content = assembly.build_content(organisation, PERIOD, assembly.collect(organisation, PERIOD))
    assert blocks_text(content.sections["tham_muu"]) == (
        "- Tham mưu UBND tỉnh ban hành Quyết định số 148/QĐ-UBND ngày 19/01/2024 chương trình phát triển thị "
        "trường KH&CN đến năm 2030.")
    assert content.figures["dt_assigned"]["value"] == 0  # the Sở's own task is not the province's


def test_the_programme_tables_read_directives_through_its_figures_only():
    """A.I and Phụ lục III go through `directives.figures` (typed ProgrammeTask rows), not its models or selectors."""
    import inspect

    from reports.assembly import tables

    source = inspect.getsource(tables)
    assert "directives.models" not in source and "directives.selectors" not in source
    assert {field.name for field in dataclasses.fields(directive_figures.ProgrammeTask)} >= {
        "text", "unit", "deadline_text", "due_date", "completed_on", "result_document", "completion_note",
        "explanation", "source_number", "source_issued_on", "latest_note"}


def test_programme_tasks_are_typed_rows_with_their_latest_note(db):
    from directives.choices import SourceType, TaskCategory
    from directives.models import AssignedTask, ProgressUpdate, SourceDocument

    organisation = make_organisation("org-programme")
    unit = make_unit(organisation, "qlkh", name="Phòng Quản lý khoa học")
    plan = SourceDocument.objects.create(organisation=organisation, number="12/QĐ-UBND", issued_on=dt.date(2024, 1, 2),
                                         doc_type=SourceType.QUYET_DINH, issuer="UBND tỉnh",
                                         summary="Ban hành Chương trình công tác năm 2024")
    task = AssignedTask.objects.create(organisation=organisation, source=plan, text="Xây dựng kế hoạch A",
                                       lead_unit=unit, assigned_on=dt.date(2024, 1, 2), due_date=dt.date(2024, 1, 25),
                                       category=TaskCategory.UBND_TINH)
    ProgressUpdate.objects.create(task=task, reported_on=dt.date(2024, 1, 10), percent=20, note="Đã có dự thảo.")
    ProgressUpdate.objects.create(task=task, reported_on=dt.date(2024, 1, 20), percent=60, note="Đã lấy ý kiến.")
    ProgressUpdate.objects.create(task=task, reported_on=dt.date(2024, 2, 5), percent=90, note="Sau kỳ báo cáo.")
    for rows in (directive_figures.documented_tasks(organisation=organisation, date_from=PERIOD.start,
                                                    date_to=PERIOD.end),
                 directive_figures.work_programme_tasks(organisation=organisation, date_from=PERIOD.start,
                                                        date_to=PERIOD.end)):
        [row] = rows
        assert isinstance(row, directive_figures.ProgrammeTask)
        assert (row.text, row.unit, row.source_number, row.latest_note) == (
            "Xây dựng kế hoạch A", "Phòng Quản lý khoa học", "12/QĐ-UBND", "Đã lấy ý kiến.")
