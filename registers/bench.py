"""Timing of the register figures on generated data: `python -c "import registers.bench as b; b.run()"`
(run against a database filled by `manage.py generate_data --years 10`). Not a test."""
import datetime as dt
import sys
import time

from core.models import Organisation

from .selectors import FIGURES, register_details, register_stats


def run(stdout=sys.stdout, organisation=None, repeat: int = 3):
    organisation = organisation or Organisation.objects.order_by("id").first()
    year = dt.date.today().year
    periods = {"tháng": (dt.date(year - 1, 12, 15), dt.date(year, 1, 14)),
               "năm": (dt.date(year - 1, 12, 15), dt.date(year, 12, 14)),
               "10 năm": (dt.date(year - 10, 1, 1), dt.date(year, 12, 31))}
    for label, (start, end) in periods.items():
        best = min(_time(lambda: register_stats(organisation=organisation, date_from=start, date_to=end)) for _ in range(repeat))
        details = min(_time(lambda: register_details(organisation=organisation, date_from=start, date_to=end)) for _ in range(repeat))
        stdout.write(f"register_stats ({label}): {best * 1000:.0f} ms; register_details: {details * 1000:.0f} ms\n")
    start, end = periods["năm"]
    slowest = sorted(((_time(lambda f=f: f(organisation=organisation, date_from=start, date_to=end)), name)
                      for name, f in FIGURES.items()), reverse=True)[:5]
    stdout.write("slowest selectors (1 year): " + ", ".join(f"{n} {t * 1000:.1f} ms" for t, n in slowest) + "\n")


def _time(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started
