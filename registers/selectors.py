"""Every read of the registers: lists for a membership, and one selector per reported figure.

Figure selectors take `organisation`, `date_from`, `date_to` (inclusive) and an optional `membership`
(when given, the rows are those the member may see). Screens, API, CLI and the reports app all use them,
so a report's number and the list behind it always agree. Detail selectors return plain dicts with
already formatted strings for footnotes.
"""
from __future__ import annotations

import datetime as dt
from collections import OrderedDict

from django.db.models import Count, F, Max, Q, Sum
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import get_language

from core.formatting import amount_in_words, format_amount, format_date, format_number

from .choices import (
    CheckDomain, DeclarationKind, DossierStatus, InstrumentType, IPKind, LicenceKind, LicenceStatus, PetitionKind,
    SampleKind,
)
from .models import (
    BarcodeRegistration, ComplianceCheck, ConformityDeclaration, IncidentEvent, Initiative, InnovationSupport,
    Inspection, InspectionPlan, IPCase, IPProject, Petition, ProcedureDossier, QualityProgramme, RadiationCertificate,
    RadiationDeclaration, RadiationIncident, RadiationLicence, StandardsUpdate, TechnologyOpinion, TestSample,
    VerificationRecord,
)

DEFAULT_LICENCE_ALERT_DAYS = 45


# --- lists ------------------------------------------------------------------------------------------------------


def record_list(*, membership, model, action: str = "view"):
    return model.objects.restrict(membership, action)


def record_get_for(*, membership, model, pk: int):
    """404 both when the record does not exist and when the member may not see it (no existence leak)."""
    return get_object_or_404(model.objects.restrict(membership, "view"), pk=pk)


def _rows(model, *, organisation, membership=None):
    if membership is not None:
        return model.objects.restrict(membership, "view")
    return model.objects.filter(organisation=organisation)


def _period(model, *, organisation, date_from, date_to, membership=None, field=None):
    field = field or model.PERIOD_FIELD
    return _rows(model, organisation=organisation, membership=membership).filter(
        **{f"{field}__gte": date_from, f"{field}__lte": date_to}
    )


def _sum(queryset, field) -> int:
    return int(queryset.aggregate(total=Sum(field))["total"] or 0)


FIGURES: "OrderedDict[str, callable]" = OrderedDict()


def figure(function):
    """Register a figure selector under its name; `register_stats` returns them all."""
    FIGURES[function.__name__] = function
    return function


# --- measurement ------------------------------------------------------------------------------------------------


def instrument_totals(*, organisation, date_from, date_to, membership=None) -> dict:
    """`instruments_verified`, `instruments_passed`, `instruments_failed` in one query."""
    rows = _period(VerificationRecord, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership)
    totals = rows.aggregate(verified=Sum("quantity"), passed=Sum("passed"), failed=Sum("failed"))
    return {f"instruments_{key}": int(value or 0) for key, value in totals.items()}


@figure
def instruments_verified(*, organisation, date_from, date_to, membership=None) -> int:
    """Phương tiện đo được kiểm định, hiệu chuẩn, thử nghiệm."""
    return instrument_totals(organisation=organisation, date_from=date_from, date_to=date_to,
                             membership=membership)["instruments_verified"]


@figure
def instruments_passed(*, organisation, date_from, date_to, membership=None) -> int:
    return instrument_totals(organisation=organisation, date_from=date_from, date_to=date_to,
                             membership=membership)["instruments_passed"]


@figure
def instruments_failed(*, organisation, date_from, date_to, membership=None) -> int:
    return instrument_totals(organisation=organisation, date_from=date_from, date_to=date_to,
                             membership=membership)["instruments_failed"]


@figure
def instrument_facilities(*, organisation, date_from, date_to, membership=None) -> int:
    """Số cơ sở, khách hàng có phương tiện đo được kiểm định (distinct names)."""
    return (_period(VerificationRecord, organisation=organisation, date_from=date_from, date_to=date_to,
                    membership=membership).values("facility").distinct().count())


@figure
def instruments_by_type(*, organisation, date_from, date_to, membership=None) -> dict:
    rows = (_period(VerificationRecord, organisation=organisation, date_from=date_from, date_to=date_to,
                    membership=membership).values("instrument_type").annotate(total=Sum("quantity")).order_by())
    return {row["instrument_type"]: int(row["total"]) for row in sorted(rows, key=lambda r: r["instrument_type"])}


@figure
def samples_tested(*, organisation, date_from, date_to, membership=None) -> int:
    return _sum(_period(TestSample, organisation=organisation, date_from=date_from, date_to=date_to,
                        membership=membership), "quantity")


@figure
def samples_by_kind(*, organisation, date_from, date_to, membership=None) -> dict:
    """{"water": 51, "food": 41}: keys are `SampleKind` values (labels via `SampleKind(key).label`)."""
    rows = (_period(TestSample, organisation=organisation, date_from=date_from, date_to=date_to,
                    membership=membership).values("kind").annotate(total=Sum("quantity")).order_by())
    order = [value for value, _ in SampleKind.choices]
    return {row["kind"]: int(row["total"]) for row in sorted(rows, key=lambda r: order.index(r["kind"]))}


def _checks(domain_filter, **kwargs):
    return _period(ComplianceCheck, **kwargs).filter(domain_filter)


_QUALITY_DOMAINS = Q(domain__in=[CheckDomain.QUALITY, CheckDomain.LABELLING, CheckDomain.COMBINED])


@figure
def measurement_checks(*, organisation, date_from, date_to, membership=None) -> int:
    """Cuộc kiểm tra nhà nước về đo lường."""
    return _checks(Q(domain=CheckDomain.MEASUREMENT), organisation=organisation, date_from=date_from,
                   date_to=date_to, membership=membership).count()


@figure
def quality_checks(*, organisation, date_from, date_to, membership=None) -> int:
    """Cuộc kiểm tra nhà nước về chất lượng, nhãn hàng hóa (kể cả kiểm tra TĐC tổng hợp)."""
    return _checks(_QUALITY_DOMAINS, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).count()


@figure
def quality_check_establishments(*, organisation, date_from, date_to, membership=None) -> int:
    return _sum(_checks(_QUALITY_DOMAINS, organisation=organisation, date_from=date_from, date_to=date_to,
                        membership=membership), "establishments_checked")


@figure
def quality_violations(*, organisation, date_from, date_to, membership=None) -> int:
    return _sum(_checks(~Q(domain=CheckDomain.RADIATION), organisation=organisation, date_from=date_from,
                        date_to=date_to, membership=membership), "violations")


@figure
def quality_fines(*, organisation, date_from, date_to, membership=None) -> int:
    return _sum(_checks(~Q(domain=CheckDomain.RADIATION), organisation=organisation, date_from=date_from,
                        date_to=date_to, membership=membership), "fine_amount")


# --- radiation ----------------------------------------------------------------------------------------------------


def _licences(**kwargs):
    return _period(RadiationLicence, **kwargs)


@figure
def radiation_licences_issued(*, organisation, date_from, date_to, membership=None) -> int:
    """Giấy phép tiến hành công việc bức xạ cấp mới."""
    return _licences(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership).filter(
        status=LicenceStatus.ISSUED, kind=LicenceKind.NEW).count()


@figure
def radiation_licences_renewed(*, organisation, date_from, date_to, membership=None) -> int:
    return _licences(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership).filter(
        status=LicenceStatus.ISSUED, kind=LicenceKind.RENEWAL).count()


@figure
def radiation_licences_amended(*, organisation, date_from, date_to, membership=None) -> int:
    return _licences(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership).filter(
        status=LicenceStatus.ISSUED, kind__in=[LicenceKind.AMENDMENT, LicenceKind.REISSUE]).count()


@figure
def radiation_licences_returned(*, organisation, date_from, date_to, membership=None) -> int:
    """Hồ sơ cấp giấy phép bị trả lại hoặc từ chối."""
    return _licences(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership).exclude(
        status=LicenceStatus.ISSUED).count()


@figure
def radiation_certificates(*, organisation, date_from, date_to, membership=None) -> int:
    return _period(RadiationCertificate, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).count()


@figure
def radiation_declarations_new(*, organisation, date_from, date_to, membership=None) -> int:
    return _period(RadiationDeclaration, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).filter(kind=DeclarationKind.NEW_DEVICE).count()


@figure
def radiation_declarations_stopped(*, organisation, date_from, date_to, membership=None) -> int:
    return _period(RadiationDeclaration, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).filter(kind=DeclarationKind.STOPPED_DEVICE).count()


@figure
def radiation_checks(*, organisation, date_from, date_to, membership=None) -> int:
    """Cuộc kiểm tra về an toàn bức xạ."""
    return _checks(Q(domain=CheckDomain.RADIATION), organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).count()


@figure
def radiation_check_facilities(*, organisation, date_from, date_to, membership=None) -> int:
    return _sum(_checks(Q(domain=CheckDomain.RADIATION), organisation=organisation, date_from=date_from,
                        date_to=date_to, membership=membership), "establishments_checked")


@figure
def radiation_incidents(*, organisation, date_from, date_to, membership=None) -> int:
    return _period(RadiationIncident, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).count()


# --- standards and quality ----------------------------------------------------------------------------------------


@figure
def conformity_declarations(*, organisation, date_from, date_to, membership=None) -> int:
    """Hồ sơ công bố hợp chuẩn, hợp quy được tiếp nhận, cấp thông báo."""
    return _period(ConformityDeclaration, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).count()


@figure
def conformity_products(*, organisation, date_from, date_to, membership=None) -> int:
    return _sum(_period(ConformityDeclaration, organisation=organisation, date_from=date_from, date_to=date_to,
                        membership=membership), "product_count")


@figure
def conformity_enterprises(*, organisation, date_from, date_to, membership=None) -> int:
    return (_period(ConformityDeclaration, organisation=organisation, date_from=date_from, date_to=date_to,
                    membership=membership).exclude(enterprise="").values("enterprise").distinct().count())


@figure
def barcode_registrations(*, organisation, date_from, date_to, membership=None) -> int:
    return _period(BarcodeRegistration, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).count()


@figure
def standards_added(*, organisation, date_from, date_to, membership=None) -> int:
    return _sum(_period(StandardsUpdate, organisation=organisation, date_from=date_from, date_to=date_to,
                        membership=membership), "added_count")


@figure
def standards_total(*, organisation, date_from, date_to, membership=None) -> int:
    """Tổng số tiêu chuẩn trong kho tại cuối kỳ (the last update on or before `date_to`)."""
    last = (_rows(StandardsUpdate, organisation=organisation, membership=membership)
            .filter(updated_on__lte=date_to).order_by("-updated_on", "-id").values("total_after").first())
    return int(last["total_after"]) if last else 0


@figure
def quality_programme_activities(*, organisation, date_from, date_to, membership=None) -> int:
    return _period(QualityProgramme, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).count()


# --- intellectual property and innovation --------------------------------------------------------------------------


@figure
def ip_cases_guided(*, organisation, date_from, date_to, membership=None) -> int:
    """Trường hợp được hướng dẫn, hỗ trợ xác lập quyền sở hữu công nghiệp (nhãn hiệu, CDĐL…)."""
    return _period(IPCase, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).count()


@figure
def ip_cases_by_kind(*, organisation, date_from, date_to, membership=None) -> dict:
    rows = (_period(IPCase, organisation=organisation, date_from=date_from, date_to=date_to, membership=membership)
            .values("kind").annotate(total=Count("id")).order_by())
    order = [value for value, _ in IPKind.choices]
    return {row["kind"]: row["total"] for row in sorted(rows, key=lambda r: order.index(r["kind"]))}


@figure
def ip_transfers(*, organisation, date_from, date_to, membership=None) -> int:
    return _period(IPCase, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).filter(is_transfer=True).count()


@figure
def ip_projects(*, organisation, date_from, date_to, membership=None) -> int:
    return _period(IPProject, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).count()


@figure
def initiatives_recognised(*, organisation, date_from, date_to, membership=None) -> int:
    return _sum(_period(Initiative, organisation=organisation, date_from=date_from, date_to=date_to,
                        membership=membership), "initiative_count")


@figure
def initiative_persons(*, organisation, date_from, date_to, membership=None) -> int:
    return _sum(_period(Initiative, organisation=organisation, date_from=date_from, date_to=date_to,
                        membership=membership), "person_count")


@figure
def innovation_activities(*, organisation, date_from, date_to, membership=None) -> int:
    return _period(InnovationSupport, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).count()


# --- technology appraisal -------------------------------------------------------------------------------------------


@figure
def technology_opinions(*, organisation, date_from, date_to, membership=None) -> int:
    return _period(TechnologyOpinion, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).count()


# --- inspection -----------------------------------------------------------------------------------------------------


def _concluded(*, organisation, date_from, date_to, membership=None):
    return _period(Inspection, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership, field="concluded_on")


@figure
def inspection_plans(*, organisation, date_from, date_to, membership=None) -> int:
    return _period(InspectionPlan, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).count()


@figure
def inspections_conducted(*, organisation, date_from, date_to, membership=None) -> int:
    """Cuộc thanh tra, kiểm tra bắt đầu hoặc kết luận trong kỳ."""
    return (_rows(Inspection, organisation=organisation, membership=membership)
            .filter(Q(started_on__range=(date_from, date_to)) | Q(concluded_on__range=(date_from, date_to)))
            .count())


@figure
def inspections_concluded(*, organisation, date_from, date_to, membership=None) -> int:
    return _concluded(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership).count()


@figure
def inspection_subjects(*, organisation, date_from, date_to, membership=None) -> int:
    return _sum(_concluded(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership),
                "subject_count")


@figure
def inspection_instruments_checked(*, organisation, date_from, date_to, membership=None) -> int:
    """Phương tiện đo được kiểm tra trong các cuộc thanh tra, kiểm tra phối hợp (seed 004: 228 công tơ)."""
    return (_sum(_rows(Inspection, organisation=organisation, membership=membership)
                 .filter(Q(started_on__range=(date_from, date_to)) | Q(concluded_on__range=(date_from, date_to))),
                 "instruments_checked"))


@figure
def amount_withdrawn(*, organisation, date_from, date_to, membership=None) -> int:
    return _sum(_concluded(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership),
                "amount_withdrawn")


@figure
def amount_reduced(*, organisation, date_from, date_to, membership=None) -> int:
    return _sum(_concluded(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership),
                "amount_reduced")


@figure
def amount_recovered(*, organisation, date_from, date_to, membership=None) -> int:
    """Số tiền thu hồi hoặc giảm trừ thanh toán theo kết luận thanh tra ban hành trong kỳ."""
    kwargs = dict(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership)
    return amount_withdrawn(**kwargs) + amount_reduced(**kwargs)


@figure
def amount_recovered_words(*, organisation, date_from, date_to, membership=None) -> str:
    amount = amount_recovered(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership)
    return amount_in_words(amount) if amount else ""


@figure
def inspection_fines(*, organisation, date_from, date_to, membership=None) -> int:
    return _sum(_concluded(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership),
                "fine_amount")


def _petitions(kind, **kwargs) -> int:
    return _period(Petition, **kwargs).filter(kind=kind).count()


@figure
def complaints(*, organisation, date_from, date_to, membership=None) -> int:
    """Đơn khiếu nại nhận trong kỳ (0 là một số liệu, không phải ô trống)."""
    return _petitions(PetitionKind.COMPLAINT, organisation=organisation, date_from=date_from, date_to=date_to,
                      membership=membership)


@figure
def denunciations(*, organisation, date_from, date_to, membership=None) -> int:
    return _petitions(PetitionKind.DENUNCIATION, organisation=organisation, date_from=date_from, date_to=date_to,
                      membership=membership)


@figure
def petitions(*, organisation, date_from, date_to, membership=None) -> int:
    """Đơn kiến nghị, phản ánh."""
    return _petitions(PetitionKind.PETITION, organisation=organisation, date_from=date_from, date_to=date_to,
                      membership=membership)


@figure
def petitions_total(*, organisation, date_from, date_to, membership=None) -> int:
    return _period(Petition, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership).count()


# --- administrative procedures ---------------------------------------------------------------------------------------
# The dossiers received in the period, by where they stand: resolved (early ⊂ on time, late), pending within
# or past the time limit at the end of the period, awaiting supplements, returned.


def _dossier_counts(*, organisation, date_from, date_to, membership=None) -> dict:
    rows = _period(ProcedureDossier, organisation=organisation, date_from=date_from, date_to=date_to,
                   membership=membership)
    resolved = Q(status=DossierStatus.RESOLVED)
    processing = Q(status=DossierStatus.PROCESSING)
    return rows.aggregate(
        received=Count("id"),
        resolved=Count("id", filter=resolved),
        early=Count("id", filter=resolved & Q(resolved_on__lt=F("due_on"))),
        on_time=Count("id", filter=resolved & Q(resolved_on__lte=F("due_on"))),
        late=Count("id", filter=resolved & Q(resolved_on__gt=F("due_on"))),
        pending=Count("id", filter=processing & Q(due_on__gte=date_to)),
        pending_overdue=Count("id", filter=processing & Q(due_on__lt=date_to)),
        awaiting=Count("id", filter=Q(status=DossierStatus.AWAITING_SUPPLEMENT)),
        returned=Count("id", filter=Q(status=DossierStatus.RETURNED)),
    )


@figure
def tthc_received(*, organisation, date_from, date_to, membership=None) -> int:
    """Hồ sơ TTHC tiếp nhận trong kỳ."""
    return _dossier_counts(organisation=organisation, date_from=date_from, date_to=date_to,
                           membership=membership)["received"]


@figure
def tthc_resolved(*, organisation, date_from, date_to, membership=None) -> int:
    """Đã giải quyết."""
    return _dossier_counts(organisation=organisation, date_from=date_from, date_to=date_to,
                           membership=membership)["resolved"]


@figure
def tthc_early(*, organisation, date_from, date_to, membership=None) -> int:
    """Giải quyết trước hạn (đã tính trong đúng hạn)."""
    return _dossier_counts(organisation=organisation, date_from=date_from, date_to=date_to,
                           membership=membership)["early"]


@figure
def tthc_on_time(*, organisation, date_from, date_to, membership=None) -> int:
    """Giải quyết đúng hạn, kể cả trước hạn."""
    return _dossier_counts(organisation=organisation, date_from=date_from, date_to=date_to,
                           membership=membership)["on_time"]


@figure
def tthc_late(*, organisation, date_from, date_to, membership=None) -> int:
    """Giải quyết quá hạn."""
    return _dossier_counts(organisation=organisation, date_from=date_from, date_to=date_to,
                           membership=membership)["late"]


@figure
def tthc_pending(*, organisation, date_from, date_to, membership=None) -> int:
    """Đang giải quyết, còn trong hạn tại cuối kỳ."""
    return _dossier_counts(organisation=organisation, date_from=date_from, date_to=date_to,
                           membership=membership)["pending"]


@figure
def tthc_pending_overdue(*, organisation, date_from, date_to, membership=None) -> int:
    """Đang giải quyết, đã quá hạn tại cuối kỳ."""
    return _dossier_counts(organisation=organisation, date_from=date_from, date_to=date_to,
                           membership=membership)["pending_overdue"]


@figure
def tthc_awaiting_supplement(*, organisation, date_from, date_to, membership=None) -> int:
    """Chờ bổ sung hồ sơ."""
    return _dossier_counts(organisation=organisation, date_from=date_from, date_to=date_to,
                           membership=membership)["awaiting"]


@figure
def tthc_returned(*, organisation, date_from, date_to, membership=None) -> int:
    """Trả lại hồ sơ."""
    return _dossier_counts(organisation=organisation, date_from=date_from, date_to=date_to,
                           membership=membership)["returned"]


@figure
def tthc_on_time_rate(*, organisation, date_from, date_to, membership=None) -> float | None:
    """Tỷ lệ hồ sơ giải quyết đúng hạn (kể cả trước hạn) trên số hồ sơ đã giải quyết, %; None khi chưa có."""
    counts = _dossier_counts(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership)
    if not counts["resolved"]:
        return None
    return round(100 * counts["on_time"] / counts["resolved"], 1)


# --- everything at once ---------------------------------------------------------------------------------------------


TTHC_KEYS = {"tthc_received": "received", "tthc_resolved": "resolved", "tthc_early": "early", "tthc_on_time": "on_time",
             "tthc_late": "late", "tthc_pending": "pending", "tthc_pending_overdue": "pending_overdue",
             "tthc_awaiting_supplement": "awaiting", "tthc_returned": "returned"}


def tthc_figures(*, organisation, date_from, date_to, membership=None) -> dict:
    """Every TTHC figure (`tthc_received` … `tthc_on_time_rate`) in one query: equal to the single selectors."""
    counts = _dossier_counts(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership)
    figures = {name: counts[key] for name, key in TTHC_KEYS.items()}
    resolved = counts["resolved"]
    figures["tthc_on_time_rate"] = round(100 * counts["on_time"] / resolved, 1) if resolved else None
    return figures


def register_stats(*, organisation, date_from: dt.date, date_to: dt.date, membership=None) -> dict:
    """Every register's figures for the period, keyed by selector name (see `FIGURES`)."""
    kwargs = dict(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership)
    batched = {**instrument_totals(**kwargs), **tthc_figures(**kwargs)}  # several figures per query
    return {name: batched[name] if name in batched else selector(**kwargs) for name, selector in FIGURES.items()}


# --- named detail lists for footnotes (plain dicts, formatted strings) ------------------------------------------------


def _labels(model, field: str) -> dict:
    """{value: label} of a choices field, built once per model field and language (get_FOO_display is slow
    in loops: it hashes the whole choice list on every call)."""
    key = (model, field, get_language())
    if key not in _LABELS:
        _LABELS[key] = {value: str(label) for value, label in model._meta.get_field(field).flatchoices}
    return _LABELS[key]


_LABELS: dict = {}


def _label(model, field: str, value) -> str:
    return _labels(model, field).get(value, value)


# Detail selectors read `.values()` rows (no model instances): a 10-year period has tens of thousands of rows.


def conformity_declaration_details(*, organisation, date_from, date_to, membership=None) -> list[dict]:
    rows = (_period(ConformityDeclaration, organisation=organisation, date_from=date_from, date_to=date_to,
                    membership=membership).order_by("notice_date", "id")
            .values("notice_number", "notice_date", "kind", "enterprise", "product", "product_count"))
    kinds = _labels(ConformityDeclaration, "kind")
    result = []
    for r in rows:
        date = format_date(r["notice_date"])
        result.append({
            "notice_number": r["notice_number"], "notice_date": date, "kind": kinds.get(r["kind"], r["kind"]),
            "enterprise": r["enterprise"], "product": r["product"], "product_count": r["product_count"],
            "notice": f"Thông báo số {r['notice_number']} ngày {date}" if r["notice_number"] else "",
        })
    return result


def ip_case_details(*, organisation, date_from, date_to, membership=None) -> list[dict]:
    rows = (_period(IPCase, organisation=organisation, date_from=date_from, date_to=date_to,
                    membership=membership).order_by("handled_on", "id")
            .values("kind", "support", "enterprise", "subject", "handled_on", "is_transfer", "transfer_party"))
    kinds, supports = _labels(IPCase, "kind"), _labels(IPCase, "support")
    return [
        {"kind": kinds.get(r["kind"], r["kind"]), "support": supports.get(r["support"], r["support"]),
         "enterprise": r["enterprise"], "subject": r["subject"], "date": format_date(r["handled_on"]),
         "is_transfer": r["is_transfer"], "transfer_party": r["transfer_party"]}
        for r in rows
    ]


def technology_opinion_details(*, organisation, date_from, date_to, membership=None) -> list[dict]:
    rows = (_period(TechnologyOpinion, organisation=organisation, date_from=date_from, date_to=date_to,
                    membership=membership).order_by("issued_on", "id")
            .values("project", "investor", "location", "kind", "issued_on", "document", "conclusion"))
    kinds = _labels(TechnologyOpinion, "kind")
    return [
        {"project": r["project"], "investor": r["investor"], "location": r["location"],
         "kind": kinds.get(r["kind"], r["kind"]), "date": format_date(r["issued_on"]), "document": r["document"],
         "conclusion": r["conclusion"]}
        for r in rows
    ]


def incident_details(*, organisation, date_from, date_to, membership=None) -> list[dict]:
    """Incidents that occurred in the period or have a timeline step in it, with the whole timeline."""
    base = _rows(RadiationIncident, organisation=organisation, membership=membership)
    stepped = IncidentEvent.objects.filter(happened_on__range=(date_from, date_to)).values("incident_id")
    rows = (base.filter(Q(occurred_on__range=(date_from, date_to)) | Q(pk__in=stepped))
            .select_related("facility").prefetch_related("events").order_by("occurred_on", "id"))
    result = []
    for r in rows:
        result.append({
            "title": r.title, "facility": str(r.facility or ""), "nuclide": r.nuclide,
            "activity": _activity(r.activity, r.activity_unit),
            "location": r.location, "occurred_on": format_date(r.occurred_on), "status": r.get_status_display(),
            "summary": r.summary,
            "timeline": [
                {"date": format_date(e.happened_on), "kind": e.get_kind_display(), "description": e.description,
                 "document": e.document}
                for e in sorted(r.events.all(), key=lambda e: (e.happened_on, e.pk))
            ],
        })
    return result


def _activity(activity, unit: str) -> str:
    """70 Ci, 5,5 mCi."""
    if activity is None:
        return ""
    return f"{format_number(activity, decimals=0 if activity == int(activity) else 1)} {unit}".strip()


def inspection_details(*, organisation, date_from, date_to, membership=None) -> list[dict]:
    rows = (_rows(Inspection, organisation=organisation, membership=membership)
            .filter(Q(started_on__range=(date_from, date_to)) | Q(concluded_on__range=(date_from, date_to)))
            .order_by("started_on", "concluded_on", "id")
            .values("topic", "kind", "field", "subjects", "subject_count", "instruments_checked", "decision", "partner",
                    "started_on", "concluded_on", "conclusion_document", "conclusion", "amount_withdrawn",
                    "amount_reduced"))
    kinds = _labels(Inspection, "kind")
    result = []
    for r in rows:
        total = (r["amount_withdrawn"] or 0) + (r["amount_reduced"] or 0)
        result.append({
            "topic": r["topic"], "kind": kinds.get(r["kind"], r["kind"]), "field": r["field"],
            "subjects": r["subjects"], "subject_count": r["subject_count"],
            "instruments_checked": r["instruments_checked"], "decision": r["decision"], "partner": r["partner"],
            "started_on": format_date(r["started_on"]), "concluded_on": format_date(r["concluded_on"]),
            "conclusion_document": r["conclusion_document"], "conclusion": r["conclusion"],
            "concluded": bool(r["concluded_on"]),
            "amount_withdrawn": format_amount(r["amount_withdrawn"]) if r["amount_withdrawn"] else "",
            "amount_reduced": format_amount(r["amount_reduced"]) if r["amount_reduced"] else "",
            "amount_total": int(total), "amount_in_words": amount_in_words(int(total)) if total else "",
        })
    return result


def radiation_licence_details(*, organisation, date_from, date_to, membership=None) -> list[dict]:
    rows = (_licences(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership)
            .order_by("issued_on", "id")
            .values("number", "facility__name", "kind", "status", "issued_on", "expires_on", "work", "return_reason"))
    kinds, statuses = _labels(RadiationLicence, "kind"), _labels(RadiationLicence, "status")
    return [
        {"number": r["number"], "facility": r["facility__name"], "kind": kinds.get(r["kind"], r["kind"]),
         "status": statuses.get(r["status"], r["status"]), "issued_on": format_date(r["issued_on"]),
         "expires_on": format_date(r["expires_on"]), "work": r["work"], "return_reason": r["return_reason"]}
        for r in rows
    ]


def verification_details(*, organisation, date_from, date_to, membership=None) -> list[dict]:
    """Instruments by type: [{"type", "label", "quantity", "passed", "failed"}]."""
    rows = (_period(VerificationRecord, organisation=organisation, date_from=date_from, date_to=date_to,
                    membership=membership).values("instrument_type")
            .annotate(quantity=Sum("quantity"), passed=Sum("passed"), failed=Sum("failed")).order_by())
    order = [value for value, _ in InstrumentType.choices]
    return [
        {"type": r["instrument_type"], "label": InstrumentType(r["instrument_type"]).label, "quantity": r["quantity"],
         "passed": r["passed"], "failed": r["failed"]}
        for r in sorted(rows, key=lambda r: order.index(r["instrument_type"]))
    ]


def compliance_check_details(*, organisation, date_from, date_to, membership=None) -> list[dict]:
    rows = (_period(ComplianceCheck, organisation=organisation, date_from=date_from, date_to=date_to,
                    membership=membership).order_by("started_on", "id")
            .values("domain", "topic", "decision", "partner", "started_on", "establishments_checked",
                    "instruments_checked", "violations", "fine_amount", "result"))
    domains = _labels(ComplianceCheck, "domain")
    return [
        {"domain": domains.get(r["domain"], r["domain"]), "topic": r["topic"], "decision": r["decision"],
         "partner": r["partner"], "date": format_date(r["started_on"]),
         "establishments_checked": r["establishments_checked"], "instruments_checked": r["instruments_checked"],
         "violations": r["violations"], "fine_amount": format_amount(r["fine_amount"]) if r["fine_amount"] else "",
         "result": r["result"]}
        for r in rows
    ]


def register_details(*, organisation, date_from, date_to, membership=None) -> dict:
    """All named lists at once, for report templates."""
    kwargs = dict(organisation=organisation, date_from=date_from, date_to=date_to, membership=membership)
    return {
        "conformity_declarations": conformity_declaration_details(**kwargs),
        "ip_cases": ip_case_details(**kwargs),
        "technology_opinions": technology_opinion_details(**kwargs),
        "incidents": incident_details(**kwargs),
        "inspections": inspection_details(**kwargs),
        "radiation_licences": radiation_licence_details(**kwargs),
        "verifications": verification_details(**kwargs),
        "compliance_checks": compliance_check_details(**kwargs),
    }


# --- alerts ----------------------------------------------------------------------------------------------------------


def licence_alert_days(organisation) -> int:
    return int(organisation.setting("registers.licence_alert_days", DEFAULT_LICENCE_ALERT_DAYS))


def licences_expiring(*, organisation, membership=None, today: dt.date | None = None, days: int | None = None):
    """Issued licences whose expiry falls within the alert window (default 45 days, per organisation)."""
    today = today or timezone.localdate()
    days = licence_alert_days(organisation) if days is None else days
    return (_rows(RadiationLicence, organisation=organisation, membership=membership)
            .filter(status=LicenceStatus.ISSUED, expires_on__gte=today, expires_on__lte=today + dt.timedelta(days=days))
            .select_related("facility", "unit").order_by("expires_on", "id"))


def latest_period_end(organisation) -> dt.date | None:
    """Latest dated record of the organisation (used by dashboards to pick a default period)."""
    return VerificationRecord.objects.filter(organisation=organisation).aggregate(last=Max("performed_on"))["last"]
