"""The figures registers offers to reports — an explicit, typed contract (read-only wrappers of the selectors).

`reports` imports these functions directly; a renamed selector key fails here (KeyError), loudly, instead of
turning into "no data" in a report.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from . import selectors
from .choices import SampleKind


@dataclass(frozen=True)
class ConformityRow:
    enterprise: str
    product: str = ""
    kind: str = ""
    notice: str = ""


@dataclass(frozen=True)
class IPCaseRow:
    enterprise: str
    subject: str = ""
    kind: str = ""


@dataclass(frozen=True)
class InspectionRow:
    topic: str
    concluded: bool = False


@dataclass(frozen=True)
class LicenceRow:
    facility: str
    kind: str = ""


@dataclass(frozen=True)
class VerificationRow:
    label: str
    quantity: int = 0


@dataclass(frozen=True)
class ActivityRow:
    """A unit's recorded activity (registers.UnitActivity): the report section it belongs to, its words, and
    "quantity/target measure_unit" when given."""

    section: str
    text: str
    quantity: str = ""
    measure_unit: str = ""
    target: str = ""
    unit: str = ""


@dataclass(frozen=True)
class RegisterFigures:
    """Every register figure of a period that reports print, and the named rows of their footnotes."""

    technology_opinions: int = 0
    ip_cases_guided: int = 0
    radiation_licences_issued: int = 0
    radiation_licences_renewed: int = 0
    radiation_licences_returned: int = 0
    radiation_certificates: int = 0
    radiation_declarations_new: int = 0
    radiation_incidents: int = 0
    initiatives_recognised: int = 0
    conformity_declarations: int = 0
    conformity_products: int = 0
    standards_added: int = 0
    standards_total: int = 0
    quality_checks: int = 0
    measurement_checks: int = 0
    barcode_registrations: int = 0
    inspections_conducted: int = 0
    inspections_concluded: int = 0
    inspection_subjects: int = 0
    inspection_instruments_checked: int = 0
    amount_recovered: int = 0
    petitions_total: int = 0
    tthc_received: int = 0
    tthc_resolved: int = 0
    tthc_on_time: int = 0
    tthc_early: int = 0
    tthc_late: int = 0
    tthc_pending: int = 0
    tthc_returned: int = 0
    instruments_verified: int = 0
    instruments_passed: int = 0
    instruments_failed: int = 0
    instrument_facilities: int = 0
    samples_tested: int = 0
    samples_by_kind: dict[str, int] = field(default_factory=dict)  # label → count
    technology_opinion_projects: tuple[str, ...] = ()
    ip_cases: tuple[IPCaseRow, ...] = ()
    radiation_licences: tuple[LicenceRow, ...] = ()
    incident_titles: tuple[str, ...] = ()
    conformity_rows: tuple[ConformityRow, ...] = ()
    compliance_topics: tuple[str, ...] = ()
    inspections: tuple[InspectionRow, ...] = ()
    verifications: tuple[VerificationRow, ...] = ()
    activities: tuple[ActivityRow, ...] = ()
    licences_expiring: tuple[str, ...] = ()  # facilities whose licence expires within the alert window

    def numbers(self) -> dict[str, int]:
        """The integer figures by name (what sentence templates fill their {placeholders} from)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.type == "int"}


COUNT_NAMES = [f.name for f in fields(RegisterFigures) if f.type == "int"]


def register_figures(*, organisation, date_from: dt.date, date_to: dt.date) -> RegisterFigures:
    raw = selectors.register_stats(organisation=organisation, date_from=date_from, date_to=date_to)
    details = selectors.register_details(organisation=organisation, date_from=date_from, date_to=date_to)
    expiring = selectors.licences_expiring(organisation=organisation, today=date_to)[:50]
    labels = {value: str(label) for value, label in SampleKind.choices}
    samples = {labels.get(code, code): int(n) for code, n in raw["samples_by_kind"].items() if n}
    return RegisterFigures(
        **{name: int(raw[name] or 0) for name in COUNT_NAMES},
        samples_by_kind=samples,
        technology_opinion_projects=tuple(row["project"] for row in details["technology_opinions"]),
        ip_cases=tuple(IPCaseRow(enterprise=row["enterprise"], subject=row["subject"], kind=row["kind"])
                       for row in details["ip_cases"]),
        radiation_licences=tuple(LicenceRow(facility=row["facility"], kind=row["kind"])
                                 for row in details["radiation_licences"]),
        incident_titles=tuple(row["title"] for row in details["incidents"]),
        conformity_rows=tuple(ConformityRow(enterprise=row["enterprise"], product=row["product"], kind=row["kind"],
                                            notice=row["notice"]) for row in details["conformity_declarations"]),
        compliance_topics=tuple(row["topic"] for row in details["compliance_checks"]),
        inspections=tuple(InspectionRow(topic=row["topic"], concluded=row["concluded"])
                          for row in details["inspections"]),
        verifications=tuple(VerificationRow(label=row["label"], quantity=int(row["quantity"] or 0))
                            for row in details["verifications"]),
        activities=tuple(ActivityRow(section=row["section"], text=row["text"], quantity=row["quantity"],
                                     measure_unit=row["measure_unit"], target=row["target"], unit=row["unit"])
                         for row in details["unit_activities"]),
        licences_expiring=tuple(str(licence.facility) for licence in expiring),
    )
