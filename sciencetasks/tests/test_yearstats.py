"""The yearly figures on the demo data (seed 002 for Bắc Kạn, seed 004 for Ninh Thuận), through the CLI."""
import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import TestCase

from core import demo as core_demo
from core.models import Organisation
from sciencetasks import demo, selectors
from sciencetasks.models import ScienceTask, TaskStep


class DemoData(TestCase):
    """The seeds' demo data, loaded once for the class and rolled back after it."""

    @classmethod
    def setUpTestData(cls):
        core_demo.load()
        demo.load()


def _stats(*args):
    out = StringIO()
    call_command("sciencetask_yearstats", *args, "--json", stdout=out)
    return json.loads(out.getvalue())


class YearStatsTests(DemoData):
    def test_bac_kan_nine_months_2023_matches_seed_002(self):
        stats = _stats("--org", "bac-kan", "--year", "2023", "--to", "2023-09-30")
        assert (stats["managed"], stats["carried_over"], stats["new"]) == (40, 31, 9)
        assert stats["carried_over_by_level"] == {"quoc_gia": 2, "tinh": 22, "nong_thon_mien_nui": 6, "tai_san_tri_tue": 1}
        assert stats["new_by_level"] == {"tinh": 9}
        assert stats["coordinated"] == 4 and stats["coordinated_by_level"] == {"nong_thon_mien_nui": 4}
        assert stats["carried_over_coordinated_by_level"] == {"nong_thon_mien_nui": 4}  # "(trong đó 04 dự án …)"
        assert stats["accepted"] == 4 and stats["accepted_by_grade"] == {"kha": 4}
        assert stats["recognised"] == 2 and stats["registered"] == 6
        # seed 002: 25 inspection visits of provincial tasks, 03 of national / NTMN / IP tasks; 28 in all
        assert stats["inspections"] == 28 and stats["inspections_by_level"]["tinh"] == 25
        assert sum(v for k, v in stats["inspections_by_level"].items() if k != "tinh") == 3
        assert set(stats["inspections_by_level"]) <= {"tinh", "quoc_gia", "nong_thon_mien_nui", "tai_san_tri_tue"}
        assert sum(stats["inspections_by_kind"].values()) == 28
        assert stats["late_advances"] == 2  # advances paid late: a weakness seed 002 names
        assert stats["extended"] == 6 and stats["leader_changed"] == 2 and stats["stopped"] == 2
        assert stats["coordinator_changed"] == 1 and stats["suspended"] == 1
        assert stats["proposals_next_year"] == 75
        assert stats["proposals_next_year_by_field"] == {"nong_nghiep": 30, "ky_thuat_cong_nghe": 20, "y_duoc": 12, "xa_hoi": 13}
        assert stats["selected_next_year"] == 10
        assert stats["councils"] == 25
        assert stats["councils_by_kind"] == {"determination": 13, "direct": 7, "acceptance": 5}
        assert stats["money"]["reduction"] == 45_998_409
        assert sum(stats["by_field"].values()) == 40 and sum(stats["by_state"].values()) == 40


    def test_named_lists_for_footnotes(self):
        bac_kan = Organisation.objects.get(code="bac-kan")
        window = {"organisation": bac_kan, "date_from": dt.date(2023, 1, 1), "date_to": dt.date(2023, 9, 30)}
        accepted = selectors.accepted_tasks(**window)
        assert {row["short_name"] for row in accepted} == {
            "Tăng huyết áp", "Hệ thống thông tin ngành nông nghiệp", "Nấm Linh chi Vân chi", "Vịt bầu cổ xanh"}
        assert {row["grade_label"] for row in accepted} == {"Khá"}
        assert {row["short_name"] for row in selectors.recognised_results(**window)} == {"Hoài Sơn, Địa Hoàng", "Pháp chế"}
        assert {row["short_name"] for row in selectors.leader_changes(**window)} == {"Thạch đen", "Chè Shan Chợ Mới"}
        assert {row["short_name"] for row in selectors.stopped_tasks(**window)} == {"Men lá", "Gạch xi măng-cốt liệu"}
        assert "Nấm Linh chi Vân chi" in {row["short_name"] for row in selectors.extended_tasks(**window)}
        men_la = next(row for row in selectors.stopped_tasks(**window) if row["short_name"] == "Men lá")
        assert men_la["decision_number"] == "1105/QĐ-UBND" and men_la["decision_signer"] == "Chủ tịch UBND tỉnh"
        assert len(selectors.registered_results(**window)) == 6
        ninh_thuan = Organisation.objects.get(code="ninh-thuan")
        registered = selectors.registered_results(organisation=ninh_thuan, date_from=dt.date(2023, 12, 15),
                                                  date_to=dt.date(2024, 1, 14))
        assert len(registered) == 3
        assert all(row["certificate_number"] and row["certificate_date"] for row in registered)
        assert registered[1]["title"].startswith("Nghiên cứu nhân giống và phát triển các sản phẩm từ hạt “Chuối cô đơn”")

    def test_the_report_lists_are_the_footnote_lists_in_one_query(self):
        """The report reads plain values (named_steps, late_advance_names): the same tasks, in the same order,
        as the full lists of year_details."""
        from sciencetasks.choices import StepKind as K

        bac_kan = Organisation.objects.get(code="bac-kan")
        window = {"organisation": bac_kan, "date_from": dt.date(2023, 1, 1), "date_to": dt.date(2023, 9, 30)}
        details = selectors.year_details(year=2023, **window)
        kinds = {K.ACCEPT: "accepted", K.EXTEND: "extended", K.STOP: "stopped", K.REGISTER: "registered"}
        with self.assertNumQueries(1):
            lean = selectors.named_steps(kinds=tuple(kinds), **window)
        for kind, name in kinds.items():
            assert lean[kind] == [{key: row[key] for key in ("short_name", "title", "grade_label")}
                                  for row in details[name]], name
        assert lean[K.ACCEPT] and lean[K.REGISTER]
        names = selectors.late_advance_names(organisation=bac_kan, today=dt.date(2023, 9, 30))
        assert names == [row["name"] for row in details["late_advances"]] and len(names) == 2
        from sciencetasks.figures import science_figures

        figures = science_figures(year=2023, **window)  # the count is the list's length (one query, not two)
        assert figures.late_advances == 2 and figures.late_advance_names == tuple(names)
        assert figures.accepted_tasks and figures.accepted_tasks[0].grade == "Khá"


    def test_figures_are_as_of_the_date(self):
        bac_kan = Organisation.objects.get(code="bac-kan")
        early = selectors.year_stats(organisation=bac_kan, year=2023, date_to=dt.date(2023, 3, 31))
        assert early["accepted"] == 0 and early["proposals_next_year"] == 30
        assert early["new"] == 7  # the two supplementary tasks were determined in August
        ninh_thuan = _stats("--org", "ninh-thuan", "--year", "2024", "--to", "2024-01-14")
        assert ninh_thuan["registered"] == 3


    def test_year_stats_takes_six_queries_whatever_the_data(self):
        bac_kan = Organisation.objects.get(code="bac-kan")
        with self.assertNumQueries(6):
            selectors.year_stats(organisation=bac_kan, year=2023, date_to=dt.date(2023, 9, 30))
        quang_tri = Organisation.objects.get(code="quang-tri")  # no S&T tasks in the demo
        with self.assertNumQueries(6):
            assert selectors.year_stats(organisation=quang_tri, year=2023)["managed"] == 0

    def test_demo_is_idempotent(self):
        from core.models import DomainEvent

        before = (ScienceTask.objects.count(), TaskStep.objects.count(), DomainEvent.objects.count(),
                  ScienceTask.history.count())
        demo.load()
        after = (ScienceTask.objects.count(), TaskStep.objects.count(), DomainEvent.objects.count(),
                 ScienceTask.history.count())
        assert before == after


    def test_cli_refuses_unknown_organisation_and_bad_dates(self):
        from django.core.management.base import CommandError

        with pytest.raises(CommandError, match="Không tìm thấy tổ chức"):
            _stats("--org", "khong-co", "--year", "2023")
        with pytest.raises(CommandError, match="Ngày không hợp lệ"):
            _stats("--org", "bac-kan", "--year", "2023", "--to", "30/09/2023")
