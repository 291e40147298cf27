"""Benchmark data: about 1.200 work-log entries per organisation-year (bulk_create), deterministic from `rng`."""
import datetime as dt
from decimal import Decimal

from core.models import Unit
from core.synthetic import bulk_insert, search_text

from .choices import WorkKind
from .models import WorkLogEntry

PER_YEAR = 1200
MEASURES = ("cuộc", "lượt", "tin, bài", "hồ sơ", "lớp")


def generate(*, organisation, years, rng, stdout=None):
    units = list(Unit.objects.filter(organisation=organisation).order_by("id"))
    if not units:
        return 0
    this_year = dt.date.today().year
    total = 0
    for year in range(this_year - years + 1, this_year + 1):
        rows = []
        for _ in range(PER_YEAR):
            entry = WorkLogEntry(
                organisation=organisation, unit=rng.choice(units), kind=rng.choice(WorkKind.values),
                date=dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365)), text="Hoạt động tổng hợp",
                quantity=Decimal(rng.randint(1, 100)), measure_unit=rng.choice(MEASURES))
            entry.search_text = search_text(entry)
            rows.append(entry)
        total += bulk_insert(WorkLogEntry, rows)
    if stdout:
        stdout.write(f"  nhật ký công tác: {total:,} mục cho {organisation}".replace(",", "."))
    return total
