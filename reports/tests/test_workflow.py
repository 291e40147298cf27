"""create → unit sections → compile → approve → issue → frozen; permissions; versions and their diff."""
import dataclasses
import io

import docx
import pytest
from django.core.exceptions import PermissionDenied

from reports import services
from reports.choices import PeriodRule, ReportKind, ReportStatus
from reports.models import Report, ReportTemplate
from reports.periods import compute_period

from .stubs import seed_data

PERIOD = compute_period(ReportKind.HALF_YEAR, PeriodRule.STATISTICAL, year=2023)


def _create(cast):
    return services.report_create(actor=cast["office"], kind=ReportKind.HALF_YEAR, period=PERIOD, data=seed_data())


def test_sections_are_prefilled_and_assigned_to_units(cast):
    report = _create(cast)
    section = report.sections.get(key="khoa_hoc")
    assert section.unit == cast["science"]
    from core.documents.layout import blocks_text

    assert "quản lý 40 nhiệm vụ khoa học và công nghệ" in blocks_text(section.generated)
    assert report.signer_name == "Trần Ngọc Lâm" and report.signer_authority == ["GIÁM ĐỐC"]


def test_a_new_report_and_its_sections_are_written_once_with_their_content(cast):
    """The content is computed before the rows are created: one history row each, none of them empty."""
    report = _create(cast)
    assert report.history.count() == 1 and report.generated["figures"] and report.generated_at
    sections = list(report.sections.all())
    assert sections and all(section.history.count() == 1 for section in sections)
    assert report.sections.get(key="khoa_hoc").history.get().generated  # the first version already has the text


def test_unit_edits_its_own_section_only(cast):
    report = _create(cast)
    section = report.sections.get(key="khoa_hoc")
    services.section_update(section=section, actor=cast["qlkh"], narrative="- Tổ chức 25 cuộc họp Hội đồng.")
    with pytest.raises(PermissionDenied):
        services.section_update(section=section, actor=cast["tdc"], narrative="sửa bậy")
    section.refresh_from_db()
    assert section.narrative == "- Tổ chức 25 cuộc họp Hội đồng."


def test_full_workflow_freezes_the_issued_report(cast):
    report = _create(cast)
    services.report_compile(report=report, actor=cast["office"])
    with pytest.raises(PermissionDenied):
        services.report_approve(report=report, actor=cast["qlkh"])
    report.refresh_from_db()
    assert report.status == ReportStatus.COMPILED and report.approved_by is None
    services.report_approve(report=report, actor=cast["director"])
    services.report_issue(report=report, actor=cast["clerk"], number=12)
    report.refresh_from_db()
    assert report.status == ReportStatus.ISSUED and report.number_symbol == "Số: 12/BC-SKHCN"
    frozen = services.render_report_docx(report)
    document = docx.Document(io.BytesIO(frozen))
    assert "Số: 12/BC-SKHCN" in [p.text for p in document.tables[0].rows[0].cells[0].paragraphs]
    # editing an issued report: refused, nothing changed
    section = report.sections.get(key="khoa_hoc")
    with pytest.raises(services.ReportError, match="đã ban hành"):
        services.section_update(section=section, actor=cast["director"], narrative="đổi")
    with pytest.raises(services.ReportError, match="đã ban hành"):
        services.report_regenerate(report=report, actor=cast["director"], data=seed_data())
    section.refresh_from_db()
    assert section.narrative == ""
    assert report.versions.count() == 2
    assert services.render_report_docx(report) == frozen


def test_approving_before_compiling_is_refused(cast):
    report = _create(cast)
    with pytest.raises(services.ReportError, match="tổng hợp"):
        services.report_approve(report=report, actor=cast["director"])
    assert Report.objects.get(pk=report.pk).status == ReportStatus.COLLECTING


def test_regenerating_makes_a_new_version_and_the_diff_shows_the_change(cast):
    report = _create(cast)
    first = services.report_compile(report=report, actor=cast["office"])
    data = seed_data()
    data.registers = dataclasses.replace(data.registers, instruments_verified=150, instruments_passed=137)
    second = services.report_regenerate(report=report, actor=cast["office"], data=data)
    assert second.number == first.number + 1
    diff = services.version_diff(first, second)
    assert any(kind == "removed" and "147 phương tiện đo" in line for kind, line in diff)
    assert any(kind == "added" and "150 phương tiện đo" in line and "137 đạt" in line for kind, line in diff)
    first.refresh_from_db()
    assert "147 phương tiện đo" in first.text  # old versions never change


def test_docx_and_xlsx_of_a_report(cast):
    report = _create(cast)
    content = services.compose(report)
    document = docx.Document(io.BytesIO(services.render_content_docx(report.organisation, report.kind, content)))
    texts = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in texts
    assert any("147 phương tiện đo các loại của 41 cơ sở, 134 đạt, 13 không đạt" in t for t in texts)
    summary = [[c.text for c in row.cells] for row in document.tables[2].rows]
    assert summary[-1][:5] == ["Tổng cộng I+II", "58", "45", "03", "0"]
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(services.appendices_xlsx(content)))
    values = [tuple(row) for row in workbook.active.iter_rows(values_only=True)]
    assert values[-1][:5] == ("Tổng cộng I+II", 58, 45, 3, 0)


def test_bad_template_upload_keeps_the_previous_template(cast):
    from core.documents.templates import default_template_bytes

    good = services.template_upload(actor=cast["office"], name="Mẫu 1",
                                    data=default_template_bytes())
    with pytest.raises(services.ReportError, match="không phải là tài liệu Word"):
        services.template_upload(actor=cast["office"], name="Hỏng", data=b"garbage")
    with pytest.raises(PermissionDenied):
        services.template_upload(actor=cast["qlkh"], name="X",
                                 data=default_template_bytes())
    assert list(ReportTemplate.objects.filter(organisation=cast["org"], is_active=True)) == [good]


def _docx_texts(report):
    content = services.compose(report)
    document = docx.Document(io.BytesIO(services.render_content_docx(report.organisation, report.kind, content)))
    return [p.text for p in document.paragraphs]


def test_weekly_report_title_carries_the_week_number(cast):
    report = services.report_create_for_period(kind=ReportKind.WEEKLY, year=2025, week=7,
                                               actor=cast["office"], data=seed_data())
    assert str(report) == "Báo cáo tuần 7 năm 2025"
    texts = _docx_texts(report)
    assert "Kết quả công tác tuần 7 năm 2025" in texts and "và nhiệm vụ trọng tâm tuần 8 năm 2025" in texts
    assert "(Từ ngày 10/02/2025 đến ngày 16/02/2025)" in texts


def test_adhoc_report_for_a_council_session(cast):
    import datetime as dt

    report = services.report_create_for_period(
        kind=ReportKind.ADHOC, actor=cast["office"], data=seed_data(),
        date_from=dt.date(2023, 1, 1), date_to=dt.date(2023, 6, 15), label="6 tháng đầu năm 2023",
        subtitle="Báo cáo phục vụ kỳ họp thứ 18 HĐND tỉnh Khóa VIII",
        opening="Thực hiện Công văn số 1055/SKH-TH ngày 19/5/2023 của Sở Kế hoạch và Đầu tư, Sở Khoa học và Công "
                "nghệ báo cáo như sau:")
    texts = _docx_texts(report)
    assert "(Báo cáo phục vụ kỳ họp thứ 18 HĐND tỉnh Khóa VIII)" in texts
    assert "Kết quả hoạt động khoa học và công nghệ 6 tháng đầu năm 2023" in texts
    opening = next(i for i, t in enumerate(texts) if t.startswith("Thực hiện Công văn số 1055/SKH-TH"))
    assert texts[opening + 1] == "I. KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ 6 THÁNG ĐẦU NĂM 2023"
    with pytest.raises(services.ReportError, match="ngày đầu kỳ và ngày cuối kỳ"):
        services.report_create_for_period(kind=ReportKind.ADHOC, actor=cast["office"],
                                          date_from=dt.date(2023, 1, 1))


def test_make_report_command_for_an_adhoc_report(cast, tmp_path):
    from django.core.management import CommandError, call_command

    out = tmp_path / "hdnd.docx"
    call_command("make_report", "--org", "org-rp", "--kind", "dotxuat", "--from", "01/01/2023", "--to", "15/06/2023",
                 "--label", "6 tháng đầu năm 2023", "--subtitle", "Báo cáo phục vụ kỳ họp thứ 18 HĐND tỉnh",
                 "--out", str(out), stdout=io.StringIO())
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "(Báo cáo phục vụ kỳ họp thứ 18 HĐND tỉnh)" in texts
    with pytest.raises(CommandError, match="không hợp lệ"):
        call_command("make_report", "--org", "org-rp", "--kind", "dotxuat", "--from", "32/01/2023", "--to",
                     "15/06/2023", "--out", str(out))
    assert not Report.objects.exists()  # make_report without --save writes nothing
