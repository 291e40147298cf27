"""Each organisation's own outline (đề cương báo cáo), stored as data: validation, versions, the edit screen's
permissions and stale edits, reports following a customised outline, the demo organisations' defaults."""
import io

import docx
import pytest
from django.urls import reverse

from core.choices import Role, UnitKind
from core.documents.layout import blocks_text
from core.testing import login, make_member, make_organisation, make_unit
from reports import services
from reports.assembly import outline as outline_data
from reports.choices import PeriodRule, ReportKind
from reports.models import ReportOutline
from reports.periods import compute_period

from .stubs import seed_data

MONTH = compute_period(ReportKind.MONTHLY, PeriodRule.CALENDAR, year=2025, month=2)
LINES = """I. KẾT QUẢ CÔNG TÁC THÁNG {tháng} NĂM {năm}
1. Công tác tham mưu, tổng hợp | Đơn vị tự viết
2. Công tác quản lý các hoạt động KH&CN
2.1. Công tác quản lý KH&CN cấp tỉnh và cấp cơ sở | Nhiệm vụ KH&CN
2.2. Công tác tiêu chuẩn đo lường chất lượng | Tiêu chuẩn đo lường chất lượng
II. NHIỆM VỤ TRỌNG TÂM THÁNG {tháng sau} NĂM {năm sau} | Phương hướng kỳ tới"""
TITLE = "Kết quả công tác tháng {tháng} và kế hoạch tháng {tháng sau} năm {năm sau}"


def _save(actor, lines=LINES, **extra):
    arguments = {"kind": ReportKind.MONTHLY, "title": TITLE, "lines": lines, "numbering": "roman,arabic,dotted,dotted"}
    arguments.update(extra)
    return services.outline_save(actor=actor, **arguments)


def _headings(content) -> list[str]:
    return [block["text"] for block in content["body"] if block["kind"] == "heading"]


# ------------------------------------------------------------------------------------------------ validation
def test_unknown_source_is_refused_naming_it(cast):
    with pytest.raises(services.OutlineError) as caught:
        _save(cast["director"], lines="I. KẾT QUẢ\n1. Công tác khác | Sổ vàng")
    assert "“Sổ vàng”" in " ".join(caught.value.messages)
    assert not ReportOutline.objects.filter(organisation=cast["org"]).exists()


def test_a_section_without_source_children_or_unit_text_is_refused(cast):
    with pytest.raises(services.OutlineError) as caught:
        _save(cast["director"], lines="I. KẾT QUẢ\n1. Công tác tham mưu | Kết quả tham mưu\n2. Công tác trống")
    assert "Mục “Công tác trống”: chưa có nguồn nội dung" in " ".join(caught.value.messages)
    outline = _save(cast["director"], lines="I. KẾT QUẢ\n1. Công tác tham mưu | Kết quả tham mưu\n"
                                            "2. Công tác trống | Đơn vị tự viết")
    assert outline.sections[-1]["self_written"] is True


def test_unknown_placeholder_and_bad_level_are_refused(cast):
    with pytest.raises(services.OutlineError) as caught:
        _save(cast["director"], title="Báo cáo {tuần}", lines="I. KẾT QUẢ\n2.1. Mục con mồ côi | Thanh tra")
    text = " ".join(caught.value.messages)
    assert "{tuần}" in text and "không đúng cấp" in text


def test_numbers_are_computed_from_the_order_not_typed():
    nodes, _ = outline_data.parse_lines("I. A\n1. x | Thanh tra\n1. y | Thanh tra\n1.1. z | Thanh tra\nI. B | "
                                        "Đánh giá chung", "roman,arabic,dotted,dotted")
    numbers = [number for _, number in outline_data.numbered(nodes, outline_data.styles_of("roman,arabic,dotted"))]
    assert numbers == ["I.", "1.", "2.", "2.1.", "II."]
    lettered, _ = outline_data.parse_lines("A. X\nI. Y | Thanh tra\nB. Z | Đánh giá chung\nC. W | Phương hướng kỳ tới",
                                           "upper,roman,arabic,lower")
    assert [node.level for node in lettered] == [1, 2, 1, 1]  # "C." after "B." is the next part, not roman 100


# ------------------------------------------------------------------------------------------------ versions
def test_each_save_is_a_new_version_and_a_report_keeps_its_own(cast):
    first = services.outline_for(cast["org"], ReportKind.MONTHLY)  # the generic default, version 1
    report = services.report_create(actor=cast["office"], kind=ReportKind.MONTHLY, period=MONTH, data=seed_data())
    assert report.outline == first
    second = _save(cast["director"])
    assert (first.version, second.version) == (1, 2)
    assert ReportOutline.objects.filter(organisation=cast["org"], kind=ReportKind.MONTHLY).count() == 2
    services.report_regenerate(actor=cast["office"], report=report, data=seed_data())
    report.refresh_from_db()
    assert report.outline == first
    assert "2. Công tác quản lý khoa học" in _headings(services.compose(report))  # the generic default's
    newer = services.report_create(actor=cast["office"], kind=ReportKind.MONTHLY, period=MONTH, data=seed_data(),
                                   allow_duplicate=True)
    assert newer.outline == second
    assert newer.title == "Kết quả công tác tháng 02 và kế hoạch tháng 3 năm 2025"


def test_a_save_on_a_stale_version_is_refused(cast):
    opened = services.outline_for(cast["org"], ReportKind.MONTHLY)
    token = services.outline_token(opened)
    _save(cast["director"], token=token)
    with pytest.raises(services.OutlineError) as caught:
        _save(cast["director"], lines=LINES.replace("tham mưu, tổng hợp", "tham mưu"), token=token)
    assert "đã được người khác thay đổi" in " ".join(caught.value.messages)
    assert ReportOutline.objects.filter(organisation=cast["org"]).count() == 2


# ------------------------------------------------------------------------------------------------ generation
def test_the_report_follows_a_customised_outline(cast, client):
    _save(cast["director"])
    # reorder: standards before science; rename science
    custom = LINES.replace("2.1. Công tác quản lý KH&CN cấp tỉnh và cấp cơ sở | Nhiệm vụ KH&CN\n", "")
    custom = custom.replace("| Tiêu chuẩn đo lường chất lượng\n",
                            "| Tiêu chuẩn đo lường chất lượng\n2.2. Quản lý nhiệm vụ khoa học | Nhiệm vụ KH&CN\n")
    _save(cast["director"], lines=custom)
    report = services.report_create(actor=cast["office"], kind=ReportKind.MONTHLY, period=MONTH, data=seed_data())
    headings = _headings(services.compose(report))
    assert headings[:5] == ["I. KẾT QUẢ CÔNG TÁC THÁNG 02 NĂM 2025", "1. Công tác tham mưu, tổng hợp",
                            "2. Công tác quản lý các hoạt động KH&CN",
                            "2.1. Công tác tiêu chuẩn đo lường chất lượng", "2.2. Quản lý nhiệm vụ khoa học"]
    assert headings[-1] == "II. NHIỆM VỤ TRỌNG TÂM THÁNG 3 NĂM 2025"
    assert "II. ĐÁNH GIÁ CHUNG" not in headings
    science = report.sections.get(source="khoa_hoc")
    assert "quản lý 40 nhiệm vụ khoa học và công nghệ" in blocks_text(science.generated)
    paragraphs = [p.text for p in docx.Document(io.BytesIO(services.render_report_docx(report))).paragraphs]
    assert paragraphs.index("2.1. Công tác tiêu chuẩn đo lường chất lượng") < paragraphs.index(
        "2.2. Quản lý nhiệm vụ khoa học")
    login(client, cast["office"])
    page = client.get(report.get_absolute_url()).content.decode()
    assert page.index("2.1. Công tác tiêu chuẩn đo lường chất lượng") < page.index("2.2. Quản lý nhiệm vụ khoa học")


def test_own_tasks_and_province_tasks_are_separate_sources(cast):
    _save(cast["director"], lines="I. KẾT QUẢ\n1. Nhiệm vụ UBND tỉnh giao | Nhiệm vụ UBND tỉnh giao\n"
                                  "2. Nhiệm vụ do Sở xác lập | Nhiệm vụ do Sở giao")
    report = services.report_create(actor=cast["office"], kind=ReportKind.MONTHLY, period=MONTH, data=seed_data())
    province = blocks_text(report.sections.get(source="nhiem_vu_ubnd").generated)
    own = blocks_text(report.sections.get(source="nhiem_vu_so").generated)
    assert "Tổng số nhiệm vụ được giao: 58 nhiệm vụ" in province
    assert own == "- Trong tháng 02/2025, không phát sinh nhiệm vụ do Sở giao."


# ------------------------------------------------------------------------------------------------ screen
def test_edit_screen_permissions(cast, client):
    url = reverse("reports:outline_edit", args=[services.outline_for(cast["org"], ReportKind.MONTHLY).pk])
    login(client, cast["qlkh"])
    assert client.get(url).status_code == 403
    assert client.post(url, {"title_pattern": TITLE, "numbering": "roman,arabic,dotted,dotted",
                             "lines": LINES}).status_code == 403
    admin = make_member(cast["org"], "rp-qt", [Role.QUAN_TRI])
    login(client, admin)
    page = client.get(url)
    assert page.status_code == 200 and "Công tác quản lý khoa học | Nhiệm vụ KH&amp;CN" in page.content.decode()
    outline = services.current_outline(cast["org"], ReportKind.MONTHLY)
    other = make_organisation("org-khac")
    make_unit(other, "van-phong", kind=UnitKind.VAN_PHONG)
    login(client, make_member(other, "khac-gd", [Role.GIAM_DOC]))
    assert client.get(url).status_code == 404
    assert client.get(reverse("reports:outline_version", args=[outline.pk])).status_code == 404


def test_edit_screen_saves_a_version_previews_and_refuses_bad_input(cast, client):
    default = services.outline_for(cast["org"], ReportKind.MONTHLY)
    url = reverse("reports:outline_edit", args=[default.pk])
    login(client, cast["director"])
    data = {"title_pattern": TITLE, "numbering": "roman,arabic,dotted,dotted", "lines": LINES, "opening": "",
            "closing": "", "note": "Theo mẫu của Sở", "version_token": services.outline_token(default)}
    preview = client.post(url, {**data, "xem-truoc": "1"})
    assert preview.status_code == 200 and "2.1. Công tác quản lý KH&amp;CN cấp tỉnh và cấp cơ sở" in \
        preview.content.decode()
    assert ReportOutline.objects.filter(organisation=cast["org"]).count() == 1
    bad = client.post(url, {**data, "lines": LINES + "\n3. Mục lạ | Không có nguồn này"})
    assert bad.status_code == 400 and "“Không có nguồn này”" in bad.content.decode()
    assert ReportOutline.objects.filter(organisation=cast["org"]).count() == 1
    assert client.post(url, data).status_code == 302
    saved = services.current_outline(cast["org"], ReportKind.MONTHLY)
    assert saved.note == "Theo mẫu của Sở" and saved.sections[1]["heading"] == "Công tác tham mưu, tổng hợp"
    assert saved.version == 2
    stale = client.post(url, {**data, "note": "sửa lần hai"})  # still carries version 1's token
    assert stale.status_code == 400 and "đã được người khác thay đổi" in stale.content.decode()
    assert client.get(reverse("reports:outline_list")).status_code == 200
    assert "Công tác tham mưu, tổng hợp" in client.get(saved.get_absolute_url()).content.decode()


# ------------------------------------------------------------------------------------------------ defaults
DEMO_UNITS = {
    "quang-tri": [("van-phong", UnitKind.VAN_PHONG), ("qlkh", UnitKind.PHONG), ("qlcn-dmst", UnitKind.PHONG),
                  ("tdc", UnitKind.PHONG), ("thanh-tra", UnitKind.THANH_TRA), ("tt-nccgcn", UnitKind.TRUNG_TAM),
                  ("tt-ktdc", UnitKind.TRUNG_TAM)],
    "bac-kan": [("van-phong", UnitKind.VAN_PHONG), ("qlkh", UnitKind.PHONG), ("qlcn", UnitKind.PHONG),
                ("thanh-tra", UnitKind.THANH_TRA), ("chi-cuc-tdc", UnitKind.CHI_CUC), ("tt-ud", UnitKind.TRUNG_TAM)],
    "ninh-thuan": [("van-phong", UnitKind.VAN_PHONG), ("qlkh", UnitKind.PHONG), ("qlcn", UnitKind.PHONG),
                   ("thanh-tra", UnitKind.THANH_TRA), ("chi-cuc-tdc", UnitKind.CHI_CUC),
                   ("tt-ud", UnitKind.TRUNG_TAM)],
}


@pytest.mark.parametrize("code, kind, period, title, top", [
    ("quang-tri", ReportKind.MONTHLY, {"year": 2025, "month": 2},
     "Kết quả công tác tháng 02 và kế hoạch tháng 3 năm 2025",
     ["I. KẾT QUẢ CÔNG TÁC THÁNG 02 NĂM 2025", "II. NHIỆM VỤ TRỌNG TÂM THÁNG 3 NĂM 2025"]),
    ("quang-tri", ReportKind.HALF_YEAR, {"year": 2023}, "Kết quả hoạt động KH&CN 6 tháng đầu năm",
     ["I. KẾT QUẢ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ 6 THÁNG ĐẦU NĂM 2023", "II. ĐÁNH GIÁ CHUNG",
      "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023"]),
    ("bac-kan", ReportKind.NINE_MONTHS, {"year": 2023}, "Kết quả thực hiện Quyết định số 2519/QĐ-UBND",
     ["A. KẾT QUẢ THỰC HIỆN", "B. ĐÁNH GIÁ CHUNG", "C. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023"]),
    ("ninh-thuan", ReportKind.MONTHLY, {"year": 2024, "month": 1},
     "Kết quả hoạt động khoa học và công nghệ tháng 01/2024, phương hướng nhiệm vụ tháng 02/2024",
     ["I. KẾT QUẢ HOẠT ĐỘNG KH&CN THÁNG 01/2024", "II. ĐÁNH GIÁ CHUNG",
      "III. PHƯƠNG HƯỚNG NHIỆM VỤ TRỌNG TÂM THÁNG 02/2024"]),
])
def test_demo_defaults_give_the_seeds_top_headings(db, code, kind, period, title, top):
    from core.permissions import system_membership
    from reports import demo

    organisation = make_organisation(code)
    for unit_code, unit_kind in DEMO_UNITS[code]:
        make_unit(organisation, unit_code, kind=unit_kind)
    demo.load_outlines()
    report = services.report_create_for_period(actor=system_membership(organisation), kind=kind, data=seed_data(),
                                               **period)
    content = services.compose(report)
    assert report.title.startswith(title)
    level_one = [block["text"] for block in content["body"] if block["kind"] == "heading" and block["level"] == 1]
    assert level_one == top
    if code == "bac-kan":  # C.'s sub-sections are numbered 1.–6. as the seed numbers them, A.'s I.–III.
        headings = _headings(content)
        assert "III. Kết quả thực hiện nhiệm vụ 9 tháng đầu năm 2023" in headings
        assert headings[-6:][0] == "1. Quản lý khoa học" and headings[-1].startswith("6. Công tác ứng dụng KH-CN")


def test_the_programme_table_lists_the_province_tasks_with_timing_and_result(cast):
    """Seed 002's table A.I from the records: content, planned timing, the completion record or the latest progress."""
    import datetime as dt

    from directives import services as directive_services
    from directives.choices import SourceType, TaskCategory
    from directives.tests.factories import make_document, make_task

    D = dt.date
    plan = make_document(cast["director"], number="2519/QĐ-UBND", issued_on=D(2022, 12, 23),
                         doc_type=SourceType.QUYET_DINH, summary="Chương trình hành động năm 2023")
    done = make_task(cast["director"], cast["science"], text="Tham mưu sửa đổi quy định về sáng kiến",
                     assigned_on=D(2022, 12, 23), deadline_text="tháng 3 năm 2023", source=plan,
                     category=TaskCategory.UBND_TINH)
    directive_services.task_complete(actor=cast["director"], task=done, completed_on=D(2023, 3, 20),
                                     result_document="Quyết định số 713/QĐ-UBND ngày 24/4/2023")
    running = make_task(cast["director"], cast["science"], text="Xây dựng hệ thống truy xuất nguồn gốc",
                        assigned_on=D(2022, 12, 23), deadline_text="tháng 12 năm 2023", source=plan,
                        category=TaskCategory.UBND_TINH)
    directive_services.task_progress_add(actor=cast["director"], task=running, percent=40, reported_on=D(2023, 9, 10),
                                         note="Đã trình Sở Thông tin và truyền thông thẩm định đề cương.")
    make_task(cast["director"], cast["science"], text="Việc riêng của Sở", assigned_on=D(2023, 1, 5),
              deadline_text="tháng 6 năm 2023")  # the Sở's own: not in the province's table
    services.outline_save(actor=cast["director"], kind=ReportKind.NINE_MONTHS, title="Báo cáo {kỳ}",
                          numbering="upper,roman,arabic,lower",
                          lines="A. KẾT QUẢ THỰC HIỆN\nI. Kết quả thực hiện Chương trình hành động | "
                                "Bảng nhiệm vụ UBND tỉnh giao: nội dung, tiến độ, kết quả")
    report = services.report_create_for_period(actor=cast["office"], kind=ReportKind.NINE_MONTHS, year=2023)
    [block] = report.sections.get(source="bang_chuong_trinh").generated
    cells = [["".join(r["text"] for r in cell) for cell in row["cells"]] for row in block["rows"]]
    assert [title for title, _ in block["columns"]] == ["TT", "Nội dung", "Tiến độ theo kế hoạch", "Kết quả thực hiện"]
    assert cells == [
        ["1", "Tham mưu sửa đổi quy định về sáng kiến", "Tháng 3 năm 2023",
         "Đã hoàn thành (Quyết định số 713/QĐ-UBND ngày 24/4/2023)."],
        ["2", "Xây dựng hệ thống truy xuất nguồn gốc", "Tháng 12 năm 2023",
         "Đã trình Sở Thông tin và truyền thông thẩm định đề cương."],
    ]


def test_appendix_iii_lists_the_work_programme_tasks_by_quarter(cast):
    """Seed 003's Phụ lục III from the records: the UBND's work programme tasks by the quarter they are due in, the
    whole-year ones, what was done and the overdue ones not completed."""
    import datetime as dt

    from core.documents.layout import blocks_text as text_of
    from directives import services as directive_services
    from directives.choices import SourceType, TaskCategory
    from directives.tests.factories import make_document, make_task

    D = dt.date
    programme = make_document(cast["director"], number="109/QĐ-UBND", issued_on=D(2023, 1, 16),
                              doc_type=SourceType.QUYET_DINH, summary="Ban hành Chương trình công tác trọng tâm năm 2023")
    whole = make_task(cast["director"], cast["science"], text="Nhiệm vụ số 47: Hỗ trợ khởi nghiệp", source=programme,
                      assigned_on=D(2023, 1, 16), deadline_text="cả năm 2023", due_date=D(2023, 12, 29),
                      category=TaskCategory.UBND_TINH)
    directive_services.task_progress_add(actor=cast["director"], task=whole, percent=50, reported_on=D(2023, 6, 1),
                                         note="Tổ chức 02 lớp tập huấn khởi nghiệp.")
    make_task(cast["director"], cast["science"], text="Báo cáo quý I", source=programme, assigned_on=D(2023, 1, 16),
              deadline_text="trước ngày 20/3/2023", category=TaskCategory.UBND_TINH)
    other = make_document(cast["director"], number="1490/UBND-TH", issued_on=D(2023, 4, 6))
    make_task(cast["director"], cast["science"], text="Không thuộc chương trình", source=other,
              assigned_on=D(2023, 4, 6), deadline_text="trước ngày 10/4/2023", category=TaskCategory.UBND_TINH)
    services.outline_save(actor=cast["director"], kind=ReportKind.HALF_YEAR, title="Báo cáo {kỳ}",
                          numbering="roman,arabic,dotted,dotted",
                          lines="I. KẾT QUẢ\n1. Nhiệm vụ | Nhiệm vụ UBND tỉnh giao\n"
                                "Phụ lục III | Phụ lục III: nhiệm vụ trong chương trình công tác của UBND tỉnh")
    report = services.report_create_for_period(actor=cast["office"], kind=ReportKind.HALF_YEAR, year=2023)
    text = text_of(services.compose(report)["appendices"])
    assert "(Theo Quyết định số 109/QĐ-UBND ngày 16/01/2023 của UBND tỉnh)" in text
    assert ("Tổng số nhiệm vụ được giao: 02 nhiệm vụ. Tổng số nhiệm vụ đang thực hiện (nhiệm vụ cả năm): 01 nhiệm vụ. "
            "Tổng số nhiệm vụ chưa hoàn thành: 01 nhiệm vụ.") in text
    assert "Không thuộc chương trình" not in text
    tables = [block for block in report.generated["appendices"] if block["kind"] == "table"]
    rows = [["".join(r["text"] for r in cell) for cell in row["cells"]] for row in tables[0]["rows"]]
    assert rows[0][:2] == ["I", "Quý I/2023"] and rows[1][:2] == ["1", "Báo cáo quý I"]
    assert rows[2][:2] == ["II", "Quý II/2023"] and rows[3][:2] == ["1", "Không"]
    assert rows[4][:2] == ["III", "Nhiệm vụ cả năm 2023"]
    assert rows[5][1] == "Nhiệm vụ số 47: Hỗ trợ khởi nghiệp" and rows[5][3] == "Tổ chức 02 lớp tập huấn khởi nghiệp."
    overdue = [["".join(r["text"] for r in cell) for cell in row["cells"]] for row in tables[1]["rows"]]
    assert [row[1] for row in overdue] == ["Báo cáo quý I"]
