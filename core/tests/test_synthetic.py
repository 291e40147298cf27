"""The synthetic data generator at scale: COPY on PostgreSQL gives the rows bulk_create gives, the memoised search
text is the model's own, and organisation k holds the same rows whatever the number of organisations."""
import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection, transaction

from core import synthetic
from core.models import Organisation, Unit
from directives.models import AssignedTask
from registers.models import ProcedureDossier, VerificationRecord

TEXTS = ["NGHIỆM THU  nhiệm vụ\tĐường số 1", "Phong Dao tao", "Hòa  hoà", "Sở KH&CN (1/2025)", "", "Ủy ban Nhân dân"]


@pytest.mark.parametrize("value", TEXTS)
def test_memoised_search_text_is_the_models_own(value):
    unit = Unit(name=value, short_name=value.upper(), code="x", abbreviation="")
    assert synthetic.search_text(unit) == unit.build_search_text()


def _fingerprint(code):
    organisation = Organisation.objects.get(code=code)
    tasks = list(AssignedTask.objects.filter(organisation=organisation).order_by("source__issued_on", "source__number",
                                                                                  "item_number")
                 .values_list("source__number", "item_number", "text", "lead_unit__code", "leader__user__username",
                              "due_date", "completed_on", "cancelled_on", "search_text")[:500])
    dossiers = list(ProcedureDossier.objects.filter(organisation=organisation).order_by("code")
                    .values_list("code", "received_on", "status", "resolved_on", "unit__code")[:500])
    verifications = list(VerificationRecord.objects.filter(organisation=organisation)
                         .order_by("performed_on", "facility", "quantity", "failed").values_list(
                             "performed_on", "facility", "quantity", "failed", "unit__code")[:500])
    return tasks, dossiers, verifications, organisation.name


@pytest.mark.slow
def test_organisation_k_is_the_same_whatever_n(db):
    prints = []
    for orgs in ("1", "2"):
        with transaction.atomic():
            call_command("generate_data", "--orgs", orgs, "--years", "1", "--seed", "5", "--no-progress",
                         stdout=StringIO())
            prints.append(_fingerprint("gen-1"))
            if orgs == "2":
                assert "thành phố Hà Nội" in Organisation.objects.get(code="gen-2").name
            transaction.set_rollback(True)
    assert prints[0] == prints[1]
    assert len(prints[0][0]) == 500 and prints[0][1][0][0].startswith("SYN-gen-1-")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY is PostgreSQL's")
def test_copy_writes_what_bulk_create_writes(db):
    import random

    organisation = synthetic.organisation_create(index=90, rng=random.Random(1))
    synthetic.generate(organisation=organisation, years=1, rng=random.Random(1))
    unit = Unit.objects.filter(organisation=organisation).first()

    def rows():
        return [VerificationRecord(organisation=organisation, unit=unit, performed_on=dt.date(2025, 1, i + 1),
                                   instrument_type="cong_to_dien", facility=f"Khách hàng {i}", quantity=i + 1,
                                   passed=i + 1, failed=0) for i in range(5)]

    fields = ["organisation_id", "unit_id", "performed_on", "instrument_type", "facility", "quantity", "passed",
              "failed", "activity", "note", "description", "search_text"]
    VerificationRecord.objects.bulk_create(rows())
    expected = list(VerificationRecord.objects.order_by("id").values_list(*fields))
    VerificationRecord.objects.all().delete()
    assert synthetic.bulk_insert(VerificationRecord, rows()) == 5
    copied = VerificationRecord.objects.order_by("id")
    assert list(copied.values_list(*fields)) == expected
    assert all(record.created_at and record.updated_at for record in copied)
