"""The figures registers offers to reports — an explicit, typed contract (read-only wrappers of the selectors).

`reports` imports these functions directly; a renamed selector key fails here (KeyError), loudly, instead of
turning into "no data" in a report.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields

from core import figure_cache

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
    support: str = ""  # label of IPSupport ("Hướng dẫn hồ sơ", "Hướng dẫn đăng ký sử dụng" …)
    transfer_party: str = ""  # the party an application was transferred to, when it was


@dataclass(frozen=True)
class InspectionRow:
    topic: str
    concluded: bool = False
    kind: str = ""  # label of InspectionKind ("Thanh tra chuyên ngành" …)
    field: str = ""
    subjects: str = ""  # who was inspected, as written ("01 tổ chức")


@dataclass(frozen=True)
class ComplianceRow:
    """A state check (kiểm tra nhà nước): its topic, domain (CheckDomain value) and how many establishments."""

    topic: str
    domain: str = ""
    establishments: int = 0


@dataclass(frozen=True)
class LicenceRow:
    facility: str
    kind: str = ""


@dataclass(frozen=True)
class VerificationRow:
    label: str
    quantity: int = 0


@dataclass(frozen=True)
class VerificationLine:
    """One line of the public units' verification work: an activity on one instrument type within one batch
    description, summed ("kiểm định đối chứng 1.152 chiếc công tơ điện")."""

    activity: str  # label of VerificationActivity, "Kiểm định đối chứng"
    instrument: str  # label of InstrumentType, "Công tơ điện"
    counted: str  # the instrument with its Vietnamese classifier, "chiếc công tơ điện"
    quantity: int
    description: str = ""  # the batch the units wrote it under ("Dịch vụ TĐC 9 tháng năm 2023 …")


# Vietnamese counts devices with a classifier: "68 chiếc cân"; a fuel dispenser is counted by its column
# ("140 cột xăng dầu"); the labels of InstrumentType are names, not counted nouns.
COUNTED_INSTRUMENT = {"cot_do_xang_dau": "cột xăng dầu", "khac": "phương tiện đo"}
# a record of many customers at once ("Khách hàng (tổng hợp tháng 02/2025)"): it names no facility, so the
# period's facility count is unknown and never printed
AGGREGATE_FACILITY = re.compile(r"\(\s*tổng hợp\b", re.IGNORECASE)


def counted_instrument(instrument_type: str, label: str) -> str:
    return COUNTED_INSTRUMENT.get(instrument_type) or f"chiếc {label[:1].lower()}{label[1:]}"


def verification_lines(*, organisation, date_from: dt.date, date_to: dt.date) -> tuple[VerificationLine, ...]:
    """The period's verification records summed by (description, activity, instrument type), in the order
    they were first entered (one query, read-only)."""
    from django.db.models import Min, Sum

    from .choices import InstrumentType, VerificationActivity
    from .models import VerificationRecord

    rows = (VerificationRecord.objects.filter(organisation=organisation, performed_on__range=(date_from, date_to))
            .values("description", "activity", "instrument_type")
            .annotate(total=Sum("quantity"), first=Min("id")).order_by("first"))
    activities, instruments = dict(VerificationActivity.choices), dict(InstrumentType.choices)
    lines = []
    for row in rows:
        label = str(instruments.get(row["instrument_type"], row["instrument_type"]))
        lines.append(VerificationLine(activity=str(activities.get(row["activity"], row["activity"])), instrument=label,
                                      counted=counted_instrument(row["instrument_type"], label),
                                      quantity=int(row["total"] or 0), description=row["description"] or ""))
    return tuple(lines)


def compliance_rows(*, organisation, date_from: dt.date, date_to: dt.date) -> tuple[ComplianceRow, ...]:
    """The period's state checks with their domain value and establishments count (one query, read-only)."""
    from .models import ComplianceCheck

    rows = (ComplianceCheck.objects.filter(organisation=organisation, started_on__range=(date_from, date_to))
            .order_by("started_on", "id").values_list("topic", "domain", "establishments_checked"))
    return tuple(ComplianceRow(topic=topic, domain=domain, establishments=int(count or 0))
                 for topic, domain, count in rows)


def _facilities_known(*, organisation, date_from: dt.date, date_to: dt.date) -> bool:
    from .models import VerificationRecord

    # only names with a bracket can match AGGREGATE_FACILITY: the database leaves out the thousands without one
    names = (VerificationRecord.objects.filter(organisation=organisation, performed_on__range=(date_from, date_to),
                                               facility__contains="(")
             .order_by().values_list("facility", flat=True).distinct())
    return not any(AGGREGATE_FACILITY.search(name or "") for name in names)


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
    radiation_declarations_stopped: int = 0
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
    tthc_awaiting_supplement: int = 0
    instruments_verified: int = 0
    instruments_passed: int = 0
    instruments_failed: int = 0
    instrument_facilities: int = 0
    samples_tested: int = 0
    samples_by_kind: dict[str, int] = field(default_factory=dict)  # label → count
    technology_opinion_projects: tuple[str, ...] = ()
    technology_opinion_kinds: tuple[str, ...] = ()  # label of OpinionKind of each opinion, in the same order
    ip_cases: tuple[IPCaseRow, ...] = ()
    radiation_licences: tuple[LicenceRow, ...] = ()
    incident_titles: tuple[str, ...] = ()
    conformity_rows: tuple[ConformityRow, ...] = ()
    compliance_topics: tuple[str, ...] = ()
    compliance_checks: tuple[ComplianceRow, ...] = ()
    inspections: tuple[InspectionRow, ...] = ()
    verifications: tuple[VerificationRow, ...] = ()
    verification_lines: tuple[VerificationLine, ...] = ()
    licences_expiring: tuple[str, ...] = ()  # facilities whose licence expires within the alert window
    # (procedure name, dossiers received) in the period, most dossiers first (seed 004: "03 hồ sơ TTHC về đăng ký …")
    tthc_procedures: tuple[tuple[str, int], ...] = ()

    def numbers(self) -> dict[str, int]:
        """The integer figures by name (what sentence templates fill their {placeholders} from)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.type == "int"}


COUNT_NAMES = [f.name for f in fields(RegisterFigures) if f.type == "int"]


def register_figures(*, organisation, date_from: dt.date, date_to: dt.date) -> RegisterFigures:
    """A closed period's figures come from the cache (core.figure_cache) until a write into the organisation."""
    return figure_cache.cached_figures(
        "registers", organisation=organisation, date_to=date_to, key=(date_from,),
        compute=lambda: _register_figures(organisation=organisation, date_from=date_from, date_to=date_to))


def _register_figures(*, organisation, date_from, date_to) -> RegisterFigures:
    raw = selectors.register_stats(organisation=organisation, date_from=date_from, date_to=date_to)
    details = selectors.register_details(organisation=organisation, date_from=date_from, date_to=date_to)
    expiring = selectors.licences_expiring(organisation=organisation, today=date_to)[:50]
    labels = {value: str(label) for value, label in SampleKind.choices}
    samples = {labels.get(code, code): int(n) for code, n in raw["samples_by_kind"].items() if n}
    counts = {name: int(raw[name] or 0) for name in COUNT_NAMES}
    if counts["instrument_facilities"] and not _facilities_known(organisation=organisation, date_from=date_from,
                                                                 date_to=date_to):
        counts["instrument_facilities"] = 0  # never a count the records do not give
    return RegisterFigures(
        **counts,
        samples_by_kind=samples,
        technology_opinion_projects=tuple(row["project"] for row in details["technology_opinions"]),
        technology_opinion_kinds=tuple(row["kind"] for row in details["technology_opinions"]),
        ip_cases=tuple(IPCaseRow(enterprise=row["enterprise"], subject=row["subject"], kind=row["kind"],
                                 support=row["support"],
                                 transfer_party=(row["transfer_party"] or "-") if row["is_transfer"] else "")
                       for row in details["ip_cases"]),
        radiation_licences=tuple(LicenceRow(facility=row["facility"], kind=row["kind"])
                                 for row in details["radiation_licences"]),
        incident_titles=tuple(row["title"] for row in details["incidents"]),
        conformity_rows=tuple(ConformityRow(enterprise=row["enterprise"], product=row["product"], kind=row["kind"],
                                            notice=row["notice"]) for row in details["conformity_declarations"]),
        compliance_topics=tuple(row["topic"] for row in details["compliance_checks"]),
        compliance_checks=compliance_rows(organisation=organisation, date_from=date_from, date_to=date_to),
        inspections=tuple(InspectionRow(topic=row["topic"], concluded=row["concluded"], kind=row["kind"],
                                        field=row["field"] or "", subjects=row["subjects"] or "")
                          for row in details["inspections"]),
        verifications=tuple(VerificationRow(label=row["label"], quantity=int(row["quantity"] or 0))
                            for row in details["verifications"]),
        verification_lines=verification_lines(organisation=organisation, date_from=date_from, date_to=date_to),
        licences_expiring=tuple(str(licence.facility) for licence in expiring),
        tthc_procedures=tthc_procedures(organisation=organisation, date_from=date_from, date_to=date_to)
        if counts["tthc_received"] else (),
    )


def tthc_procedures(*, organisation, date_from: dt.date, date_to: dt.date) -> tuple[tuple[str, int], ...]:
    """The dossiers received in the period counted by procedure (one grouped query, read-only)."""
    from django.db.models import Count

    from .models import ProcedureDossier

    rows = (ProcedureDossier.objects.filter(organisation=organisation, received_on__range=(date_from, date_to))
            .values("procedure__name").annotate(n=Count("id")).order_by("-n", "procedure__name"))
    return tuple((row["procedure__name"], int(row["n"])) for row in rows)
