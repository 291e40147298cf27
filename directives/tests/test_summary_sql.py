"""The period figures are counted in SQL: they must equal a plain Python reading of docs/directives.md's rules on
random data (seeded), and the number of queries must not depend on the data."""
import datetime as dt
import random
from collections import defaultdict

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from core.testing import TenantFixture, make_unit
from directives import rules, selectors
from directives.choices import DeadlineKind, SourceType
from directives.models import AssignedTask, SourceDocument

D = dt.date
FIGURES = selectors.FIGURE_KEYS
DAY0 = D(2022, 10, 1)  # random dates fall in Oct 2022 – Mar 2024: around every period boundary below
SPAN = 540
PERIODS = [(D(2023, 1, 1), D(2023, 6, 30)), (D(2023, 1, 1), D(2023, 12, 31)), (D(2023, 1, 1), D(2023, 9, 30)),
           (D(2022, 1, 1), D(2022, 12, 31)), (D(2023, 3, 1), D(2023, 3, 31)), (D(2023, 6, 15), D(2023, 6, 15)),
           (D(2022, 12, 20), D(2024, 1, 10))]


# --- the reference: the rules of docs/directives.md, written out plainly -----------------------------------------

def reference_deadline(task, as_of):
    """The original due date, or the extension's date once its approval (on or before the due date) is known."""
    if task.due_date is None:
        return None
    if task.extended_to is not None and task.extended_since is not None and task.extended_since <= as_of:
        return task.extended_to
    return task.due_date


def reference_bucket(task, date_from, date_to):
    """None when out of scope, else (bucket, late)."""
    deadline = reference_deadline(task, date_to)
    assigned_within = date_from <= task.assigned_on <= date_to
    due_within = deadline is not None and date_from <= deadline <= date_to
    open_at_from = (task.assigned_on < date_from
                    and not (task.completed_on and task.completed_on < date_from)
                    and not (task.cancelled_on and task.cancelled_on < date_from))
    if task.is_series or not (assigned_within or due_within or open_at_from):
        return None
    if task.cancelled_on and task.cancelled_on <= date_to:
        return "cancelled", False
    if task.completed_on and task.completed_on <= date_to:
        return "completed", deadline is not None and task.completed_on > deadline
    if deadline is not None and deadline < date_to:
        return "overdue_not_completed", False
    return "in_progress", False


def reference_summary(tasks, date_from, date_to):
    def empty():
        return dict.fromkeys(FIGURES, 0)

    totals, by_category, by_unit, by_leader = empty(), defaultdict(empty), defaultdict(empty), defaultdict(empty)
    details = {"completed_late": [], "overdue_not_completed": [], "cancelled": []}
    for task in tasks:
        result = reference_bucket(task, date_from, date_to)
        if result is None:
            continue
        bucket, late = result
        if task.source is None:
            category = "khac"
        else:
            category = "ket_luan" if task.source.doc_type == SourceType.THONG_BAO_KET_LUAN else "van_ban"
        leader = str(task.leader.user) if task.leader else selectors.NO_LEADER
        for figures in (totals, by_category[category], by_unit[task.lead_unit.name], by_leader[leader]):
            if bucket == "cancelled":
                figures["cancelled"] += 1
                continue
            figures["assigned"] += 1
            figures[bucket] += 1
            figures["completed_late"] += late
        if late:
            details["completed_late"].append(task.pk)
        elif bucket in details:
            details[bucket].append(task.pk)
    return totals, dict(by_category), dict(by_unit), dict(by_leader), details


# --- random tasks -----------------------------------------------------------------------------------------------

def random_day(rng, start=DAY0, span=SPAN):
    return start + dt.timedelta(days=rng.randrange(span))


def random_tasks(t, rng, count, documents, units, leaders):
    tasks = []
    for index in range(count):
        assigned = random_day(rng)
        roll = rng.random()
        due = None if roll < 0.12 else assigned + dt.timedelta(days=rng.randrange(0, 120))
        task = AssignedTask(organisation=t.org, text=f"Nhiệm vụ {index}", assigned_on=assigned, due_date=due,
                            deadline_kind=DeadlineKind.DATE if due else DeadlineKind.NONE,
                            lead_unit=rng.choice(units), leader=rng.choice(leaders),
                            source=rng.choice(documents))
        if due and rng.random() < 0.3:  # approved before, on or after the original deadline
            task.extended_to = due + dt.timedelta(days=rng.randrange(1, 90))
            task.extended_since = due + dt.timedelta(days=rng.randrange(-20, 3))
        outcome = rng.random()
        if outcome < 0.12:
            task.cancelled_on = assigned + dt.timedelta(days=rng.randrange(0, 200))
        elif outcome < 0.85:
            task.completed_on = assigned + dt.timedelta(days=rng.randrange(0, 200))  # often after `to`
        task.is_series = rng.random() < 0.02
        task.search_text = task.build_search_text()
        tasks.append(task)
    AssignedTask.objects.bulk_create(tasks)


class SqlMatchesTheRulesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.t = t = TenantFixture()
        units = [t.unit, t.other_unit, make_unit(t.org, "ttud", name="Trung tâm Ứng dụng", display_order=1)]
        documents = [None]
        for number, (doc_type, issued) in enumerate([(SourceType.CONG_VAN, D(2022, 12, 1)),
                                                     (SourceType.KE_HOACH, D(2023, 2, 1)),
                                                     (SourceType.THONG_BAO_KET_LUAN, D(2023, 5, 1)),
                                                     (SourceType.QUYET_DINH, D(2023, 8, 1))], start=1):
            documents.append(SourceDocument.objects.create(organisation=t.org, doc_type=doc_type, issued_on=issued,
                                                           number=f"{number}/UBND-TH", issuer="UBND tỉnh"))
        leaders = [None, t.director, t.deputy]
        for seed in (1, 2, 3):
            random_tasks(t, random.Random(seed), 150, documents, units, leaders)
        cls.tasks = list(AssignedTask.objects.filter(organisation=t.org)
                         .select_related("source", "lead_unit", "leader__user"))

    def test_figures_breakdowns_and_detail_lists_equal_the_reference(self):
        for date_from, date_to in PERIODS:
            totals, by_category, by_unit, by_leader, details = reference_summary(self.tasks, date_from, date_to)
            summary = selectors.directive_summary(organisation=self.t.org, date_from=date_from, date_to=date_to)
            period = f"{date_from} – {date_to}"
            assert {key: summary[key] for key in FIGURES} == totals, period
            if date_to - date_from > dt.timedelta(days=90):  # the data really exercises every figure
                assert totals["assigned"] > 20 and all(totals.values()), (period, totals)
            for key, figures in summary["by_category"].items():
                assert {k: figures[k] for k in FIGURES} == by_category.get(key, dict.fromkeys(FIGURES, 0)), period
            assert summary["by_unit"] == by_unit, period
            assert selectors.directive_summary_by_leader(organisation=self.t.org, date_from=date_from,
                                                         date_to=date_to) == by_leader, period
            for key, ids in details.items():
                assert sorted(item["id"] for item in summary["details"][key]) == sorted(ids), (period, key)

    def test_very_long_detail_lists_are_classified_in_the_query_with_the_same_result(self):
        period = dict(organisation=self.t.org, date_from=D(2023, 1, 1), date_to=D(2023, 12, 31))
        usual = selectors.directive_summary(**period)
        original = selectors.MAX_LISTED_IDS
        selectors.MAX_LISTED_IDS = 3
        try:
            with CaptureQueriesContext(connection) as queries:
                long_lists = selectors.directive_summary(**period)
        finally:
            selectors.MAX_LISTED_IDS = original
        assert long_lists == usual and len(queries) == 3
        assert sum(len(items) for items in usual["details"].values()) > 3

    def test_the_python_rules_module_says_the_same(self):
        for date_from, date_to in PERIODS:
            for task in self.tasks:
                deadline = rules.effective_deadline(task.due_date, task.extended_to, task.extended_since, date_to)
                scoped = not task.is_series and rules.in_scope(
                    date_from=date_from, date_to=date_to, assigned_on=task.assigned_on, deadline=deadline,
                    completed_on=task.completed_on, cancelled_on=task.cancelled_on)
                got = rules.figure_of(date_to=date_to, deadline=deadline, completed_on=task.completed_on,
                                      cancelled_on=task.cancelled_on) if scoped else None
                assert got == reference_bucket(task, date_from, date_to), (task.pk, date_from, date_to)

    def test_the_random_data_covers_the_edge_cases(self):
        h1 = (D(2023, 1, 1), D(2023, 6, 30))
        in_h1 = [task for task in self.tasks if reference_bucket(task, *h1)]
        assert any(task.assigned_on < h1[0] for task in in_h1)  # cross-year
        assert any(task.completed_on and task.completed_on > h1[1] for task in in_h1)  # completed after `to`
        assert any(task.extended_since and task.extended_since <= task.due_date for task in in_h1)
        assert any(task.extended_since and task.extended_since > task.due_date for task in in_h1)
        assert any(reference_bucket(task, *h1)[0] == "cancelled" for task in in_h1)

    def test_unit_and_category_filters_equal_the_reference(self):
        date_from, date_to = PERIODS[1]
        unit_tasks = [task for task in self.tasks if task.lead_unit_id == self.t.unit.pk]
        totals = reference_summary(unit_tasks, date_from, date_to)[0]
        summary = selectors.directive_summary(organisation=self.t.org, date_from=date_from, date_to=date_to,
                                              unit=self.t.unit)
        assert {key: summary[key] for key in FIGURES} == totals

    def test_membership_restricted_to_its_unit_counts_only_that_unit(self):
        org = self.t.org
        org.members_read_all = False
        org.save()
        date_from, date_to = PERIODS[0]
        unit_tasks = [task for task in self.tasks if task.lead_unit_id == self.t.unit.pk]
        summary = selectors.directive_summary(membership=self.t.staff, date_from=date_from, date_to=date_to)
        assert {key: summary[key] for key in FIGURES} == reference_summary(unit_tasks, date_from, date_to)[0]

    def test_detail_items_are_ordered_by_document_date_then_assignment(self):
        summary = selectors.directive_summary(organisation=self.t.org, date_from=D(2023, 1, 1), date_to=D(2023, 12, 31))
        by_id = {task.pk: task for task in self.tasks}
        for items in summary["details"].values():
            keys = [((by_id[i["id"]].source.issued_on if by_id[i["id"]].source else D(1, 1, 1)),
                     by_id[i["id"]].assigned_on, i["id"]) for i in items]
            # NULL documents sort first on SQLite and last on PostgreSQL: compare within the documented groups
            with_source = [key for key, item in zip(keys, items) if item["source"]]
            assert with_source == sorted(with_source)


class QueryCountTests(TestCase):
    """The summary reads a fixed number of queries, whatever the number of tasks."""

    @classmethod
    def setUpTestData(cls):
        cls.t = TenantFixture()
        cls.document = SourceDocument.objects.create(organisation=cls.t.org, doc_type=SourceType.CONG_VAN,
                                                     issued_on=D(2023, 1, 5), number="5/UBND-TH", issuer="UBND tỉnh")

    def add(self, count, seed):
        random_tasks(self.t, random.Random(seed), count, [None, self.document], [self.t.unit, self.t.other_unit],
                     [None, self.t.director])

    def count_queries(self, function, **kwargs):
        with CaptureQueriesContext(connection) as queries:
            function(date_from=D(2023, 1, 1), date_to=D(2023, 9, 30), **kwargs)
        return len(queries)

    def test_summary_and_by_leader_query_counts_are_pinned(self):
        self.add(20, 1)
        small = [self.count_queries(selectors.directive_summary, organisation=self.t.org),
                 self.count_queries(selectors.directive_summary, membership=self.t.staff),
                 self.count_queries(selectors.directive_summary_by_leader, organisation=self.t.org)]
        self.add(400, 2)
        large = [self.count_queries(selectors.directive_summary, organisation=self.t.org),
                 self.count_queries(selectors.directive_summary, membership=self.t.staff),
                 self.count_queries(selectors.directive_summary_by_leader, organisation=self.t.org)]
        assert small == large
        # grouped figures, unit names, detail rows | leaders' names
        assert large == [3, 3, 2]
