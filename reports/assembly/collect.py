"""The figures of a period, from the domain apps' explicit contracts (`<app>/figures.py`, typed results).

A domain app that fails is named in the report (`ReportData.errors`, per call: nothing is shared between
requests) and the rest of the report is still produced.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from directives.figures import DirectiveFigures, directive_figures
from registers.figures import RegisterFigures, register_figures
from sciencetasks.figures import ScienceFigures, science_figures
from worklog.figures import WorkLogFigures, worklog_figures

from ..periods import Period
from .content import DIRECTION_FIRST, DIRECTION_TASKS

log = logging.getLogger(__name__)
NEXT_PERIOD_DAYS = 62  # the direction lists open tasks due in about two months after the period
# … or until the end of the next period when that is longer: a 6-month report's direction is the second half of
# the year, a 9-month report's the fourth quarter, an annual report's the next year
NEXT_PERIOD_DAYS_BY_KIND = {"quy": 100, "6thang": 200, "9thang": 108, "nam": 380}


@dataclass
class ReportData:
    directives: DirectiveFigures | None = None
    science: ScienceFigures | None = None
    registers: RegisterFigures | None = None
    worklog: WorkLogFigures | None = None
    errors: list = field(default_factory=list)  # (app, message) of the domain apps that failed

    @property
    def sources(self) -> dict:
        """Which domain apps answered (for the web view)."""
        return {name: True for name in ("directives", "sciencetasks", "registers", "worklog")
                if getattr(self, {"sciencetasks": "science"}.get(name, name)) is not None}


def collect(organisation, period: Period) -> ReportData:
    data = ReportData()
    start, end = period.start, period.end
    calls = (
        ("directives", "directives", lambda: directive_figures(
            organisation=organisation, date_from=start, date_to=end,
            next_until=end + dt.timedelta(days=NEXT_PERIOD_DAYS_BY_KIND.get(period.kind, NEXT_PERIOD_DAYS)),
            upcoming_first=DIRECTION_FIRST, upcoming_limit=DIRECTION_TASKS)),
        ("science", "sciencetasks", lambda: science_figures(
            organisation=organisation, year=end.year, date_from=start, date_to=end)),
        ("registers", "registers", lambda: register_figures(organisation=organisation, date_from=start, date_to=end)),
        ("worklog", "worklog", lambda: worklog_figures(
            organisation=organisation, date_from=start, date_to=end,
            next_until=end + dt.timedelta(days=NEXT_PERIOD_DAYS))),
    )
    for attribute, app, call in calls:
        try:
            setattr(data, attribute, call())
        except Exception as exc:  # noqa: BLE001 - one failing app must not sink the whole report
            log.exception("figures of %s failed", app)
            data.errors.append((app, f"{type(exc).__name__}: {exc}"))
    return data
