"""Benchmark data: about 20.000 register records per organisation-year across the registers (bulk_create).

Deterministic from `rng`. Most volume is where real volume is: verification batches, TTHC dossiers, samples.
"""
import datetime as dt
from decimal import Decimal

from core.models import Unit
from core.synthetic import bulk_insert, search_text

from . import models as m
from .choices import (
    CheckDomain, DossierStatus, InstrumentType, IPKind, LicenceKind, PetitionKind, SampleKind,
)

PER_YEAR = {
    m.VerificationRecord: 9000, m.ProcedureDossier: 6000, m.TestSample: 2500,
    m.RadiationLicence: 300, m.RadiationCertificate: 200, m.ConformityDeclaration: 300, m.TechnologyOpinion: 150,
    m.IPCase: 150, m.ComplianceCheck: 100, m.Inspection: 40, m.Petition: 40, m.StandardsUpdate: 12,
}


def generate(*, organisation, years, rng, stdout=None):
    units = list(Unit.objects.filter(organisation=organisation).order_by("id"))
    if not units:
        return 0
    unit = lambda: rng.choice(units)  # noqa: E731
    facilities = m.RadiationFacility.objects.bulk_create([
        _prepared(m.RadiationFacility(organisation=organisation, unit=units[0], name=f"Cơ sở bức xạ tổng hợp {i:03d}"))
        for i in range(60)
    ])
    procedures = m.Procedure.objects.bulk_create([
        _prepared(m.Procedure(organisation=organisation, unit=units[0], code=f"SYN-{i:02d}", name=f"Thủ tục tổng hợp {i:02d}"))
        for i in range(20)
    ])
    this_year = dt.date.today().year
    total = 0
    for year in range(this_year - years + 1, this_year + 1):
        day = lambda: dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))  # noqa: E731
        batches = {model: [] for model in PER_YEAR}
        types = [value for value, _ in InstrumentType.choices]
        for _ in range(PER_YEAR[m.VerificationRecord]):
            quantity = rng.randint(1, 40)
            failed = rng.randint(0, quantity // 5)
            batches[m.VerificationRecord].append(m.VerificationRecord(
                performed_on=day(), instrument_type=rng.choice(types), facility=f"Khách hàng {rng.randrange(3000):04d}",
                quantity=quantity, passed=quantity - failed, failed=failed))
        for i in range(PER_YEAR[m.ProcedureDossier]):
            received = day()
            due = received + dt.timedelta(days=rng.choice((5, 7, 10, 15)))
            status = rng.choices([DossierStatus.RESOLVED, DossierStatus.PROCESSING, DossierStatus.AWAITING_SUPPLEMENT,
                                  DossierStatus.RETURNED], weights=[90, 4, 3, 3])[0]
            resolved = due + dt.timedelta(days=rng.randint(-4, 2)) if status == DossierStatus.RESOLVED else None
            batches[m.ProcedureDossier].append(m.ProcedureDossier(
                procedure=rng.choice(procedures), code=f"SYN-{organisation.code}-{year}-{i:05d}", applicant="Tổ chức",
                received_on=received, due_on=due, status=status, resolved_on=max(resolved, received) if resolved else None,
                return_reason="Thiếu thành phần hồ sơ" if status == DossierStatus.RETURNED else ""))
        kinds = [value for value, _ in SampleKind.choices]
        for _ in range(PER_YEAR[m.TestSample]):
            batches[m.TestSample].append(m.TestSample(received_on=day(), kind=rng.choice(kinds), quantity=rng.randint(1, 20)))
        for i in range(PER_YEAR[m.RadiationLicence]):
            issued = day()
            batches[m.RadiationLicence].append(m.RadiationLicence(
                facility=rng.choice(facilities), number=f"SYN-{organisation.code}-{year}-{i:04d}/GP",
                kind=rng.choice(LicenceKind.values), issued_on=issued, expires_on=issued + dt.timedelta(days=3 * 365)))
        for i in range(PER_YEAR[m.RadiationCertificate]):
            batches[m.RadiationCertificate].append(m.RadiationCertificate(
                holder=f"Nhân viên {i:04d}", number=f"SYN-{organisation.code}-{year}-{i:04d}/CC", issued_on=day()))
        for _ in range(PER_YEAR[m.ConformityDeclaration]):
            batches[m.ConformityDeclaration].append(m.ConformityDeclaration(notice_date=day(), product="Sản phẩm",
                                                                            product_count=rng.randint(1, 5)))
        for _ in range(PER_YEAR[m.TechnologyOpinion]):
            batches[m.TechnologyOpinion].append(m.TechnologyOpinion(project="Dự án đầu tư", issued_on=day()))
        for _ in range(PER_YEAR[m.IPCase]):
            batches[m.IPCase].append(m.IPCase(kind=rng.choice(IPKind.values), enterprise="Doanh nghiệp", handled_on=day()))
        for _ in range(PER_YEAR[m.ComplianceCheck]):
            batches[m.ComplianceCheck].append(m.ComplianceCheck(domain=rng.choice(CheckDomain.values), topic="Kiểm tra",
                                                                started_on=day(), establishments_checked=rng.randint(1, 12)))
        for _ in range(PER_YEAR[m.Inspection]):
            start = day()
            batches[m.Inspection].append(m.Inspection(topic="Thanh tra", started_on=start,
                                                      concluded_on=start + dt.timedelta(days=rng.randint(10, 60)),
                                                      amount_reduced=Decimal(rng.randrange(0, 100_000_000))))
        for _ in range(PER_YEAR[m.Petition]):
            batches[m.Petition].append(m.Petition(kind=rng.choice(PetitionKind.values), received_on=day(),
                                                  sender="Công dân", summary="Nội dung"))
        running = 1000 + 150 * (year - this_year + years)
        for month in range(1, 13):
            added = rng.randint(5, 25)
            running += added
            batches[m.StandardsUpdate].append(m.StandardsUpdate(updated_on=dt.date(year, month, 10), added_count=added,
                                                                total_after=running))
        for model, rows in batches.items():
            for row in rows:
                row.organisation = organisation
                row.unit_id = row.unit_id or unit().pk
                _prepared(row)
            total += bulk_insert(model, rows)
    if stdout:
        stdout.write(f"  sổ theo dõi: {total:,} bản ghi cho {organisation}".replace(",", "."))
    return total


def _prepared(obj):
    obj.search_text = search_text(obj)
    return obj
