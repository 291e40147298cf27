import datetime as dt

import pytest

from reports.choices import PeriodRule, ReportKind
from reports.periods import compute_period

S, C = PeriodRule.STATISTICAL, PeriodRule.CALENDAR


def test_seed_004_january_report_starts_on_15_december():
    period = compute_period(ReportKind.MONTHLY, S, year=2024, month=1)
    assert (period.start, period.end) == (dt.date(2023, 12, 15), dt.date(2024, 1, 14))
    assert period.label == "tháng 01/2024" and period.next_label == "tháng 02/2024"
    assert period.start <= dt.date(2023, 12, 18) <= period.end  # seed 004 counts documents of 18/12/2023


@pytest.mark.parametrize("kind,extra,start,end", [
    (ReportKind.QUARTERLY, {"quarter": 2}, dt.date(2023, 3, 15), dt.date(2023, 6, 14)),
    (ReportKind.HALF_YEAR, {}, dt.date(2022, 12, 15), dt.date(2023, 6, 14)),
    (ReportKind.NINE_MONTHS, {}, dt.date(2022, 12, 15), dt.date(2023, 9, 14)),
    (ReportKind.ANNUAL, {}, dt.date(2022, 12, 15), dt.date(2023, 12, 14)),
])
def test_statistical_cut_off(kind, extra, start, end):
    period = compute_period(kind, S, year=2023, **extra)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize("kind,extra,start,end", [
    (ReportKind.MONTHLY, {"month": 2}, dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    (ReportKind.QUARTERLY, {"quarter": 4}, dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
    (ReportKind.HALF_YEAR, {}, dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
    (ReportKind.WEEKLY, {"week": 7}, dt.date(2024, 2, 12), dt.date(2024, 2, 18)),
])
def test_calendar_periods(kind, extra, start, end):
    period = compute_period(kind, C, year=2024, **extra)
    assert (period.start, period.end) == (start, end)


def test_labels_read_like_the_seeds():
    assert compute_period(ReportKind.HALF_YEAR, S, year=2023).next_label == "6 tháng cuối năm 2023"
    assert compute_period(ReportKind.NINE_MONTHS, S, year=2023).label == "9 tháng đầu năm 2023"
    assert compute_period(ReportKind.MONTHLY, S, year=2023, month=12).next_label == "tháng 01/2024"


def test_bad_month_is_refused():
    with pytest.raises(ValueError, match="tháng"):
        compute_period(ReportKind.MONTHLY, S, year=2024, month=13)


def test_weekly_period_carries_the_week_number_and_wraps_at_year_end():
    period = compute_period(ReportKind.WEEKLY, S, year=2025, week=7)
    assert (period.start, period.end) == (dt.date(2025, 2, 10), dt.date(2025, 2, 16))
    assert (period.label, period.next_label) == ("tuần 7 năm 2025", "tuần 8 năm 2025")
    assert compute_period(ReportKind.WEEKLY, S, year=2024, week=52).next_label == "tuần 1 năm 2025"
    with pytest.raises(ValueError, match="chỉ có 52 tuần"):
        compute_period(ReportKind.WEEKLY, S, year=2025, week=53)


def test_adhoc_period_for_a_council_session():
    from reports.periods import adhoc_period

    period = adhoc_period(dt.date(2023, 1, 1), dt.date(2023, 6, 15), "6 tháng đầu năm 2023")
    assert period.label == "6 tháng đầu năm 2023" and period.next_label == "thời gian tới"
    assert adhoc_period(dt.date(2023, 1, 1), dt.date(2023, 6, 15)).label == "từ ngày 01/01/2023 đến ngày 15/06/2023"
    with pytest.raises(ValueError, match="sau ngày đầu kỳ"):
        adhoc_period(dt.date(2023, 6, 15), dt.date(2023, 1, 1))


def test_due_period_is_the_one_just_ended():
    from reports.periods import due_period

    assert due_period(ReportKind.MONTHLY, S, dt.date(2024, 1, 20)).label == "tháng 01/2024"
    assert due_period(ReportKind.MONTHLY, C, dt.date(2024, 2, 3)).label == "tháng 01/2024"
    assert due_period(ReportKind.HALF_YEAR, S, dt.date(2023, 6, 20)).label == "6 tháng đầu năm 2023"
    assert due_period(ReportKind.HALF_YEAR, S, dt.date(2023, 9, 1)) is None
