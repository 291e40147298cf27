"""Timing of the yearly-figure selectors on generated data: `python -c "from sciencetasks import bench; bench.run()"`.

Generates one organisation with 10 years of S&T tasks (~5.000 tasks, ~40.000 steps) inside a transaction, times
`year_stats` for each year (and the list/board selectors), prints the numbers, and rolls everything back.
"""
import random
import sys
import time

from django.db import transaction


class _Rollback(Exception):
    pass


def _best(repeat, function, **kwargs):
    """(best time in seconds, number of queries, result) of `repeat` calls."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            t0 = time.perf_counter()
            result = function(**kwargs)
            timings.append(time.perf_counter() - t0)
    return min(timings), len(queries), result


def run(stdout=None, years: int = 10, repeat: int = 3):
    import django

    if not django.apps.apps.ready:  # pragma: no cover - when run as a script
        import os

        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sokhcn.settings")
        django.setup()
    from django.utils import timezone

    from core import synthetic as core_synthetic
    from core.permissions import system_membership
    from sciencetasks import selectors, synthetic
    from sciencetasks.models import ScienceTask, TaskStep

    out = stdout or sys.stdout
    try:
        with transaction.atomic():
            rng = random.Random("bench-sciencetasks")
            organisation = core_synthetic.organisation_create(index=990, rng=rng)
            core_synthetic.generate(organisation=organisation, years=years, rng=rng)
            started = time.perf_counter()
            synthetic.generate(organisation=organisation, years=years, rng=rng)
            out.write(f"Sinh dữ liệu: {ScienceTask.objects.filter(organisation=organisation).count()} nhiệm vụ, "
                      f"{TaskStep.objects.filter(organisation=organisation).count()} bước trong "
                      f"{time.perf_counter() - started:.1f} giây\n")
            this_year = timezone.localdate().year
            total = 0.0
            for year in range(this_year - years + 1, this_year + 1):
                best, queries, stats = _best(repeat, selectors.year_stats, organisation=organisation, year=year)
                total += best
                out.write(f"year_stats({year}): {best * 1000:.0f} ms, {queries} truy vấn (managed {stats['managed']}, "
                          f"accepted {stats['accepted']}, inspections {stats['inspections']})\n")
            out.write(f"year_stats, {years} năm: tổng {total * 1000:.0f} ms, trung bình {total / years * 1000:.0f} ms/năm\n")
            membership = system_membership(organisation)
            today = timezone.localdate()
            for label, function, kwargs in [
                ("year_details", selectors.year_details, {"organisation": organisation, "year": this_year - 1}),
                ("pipeline_counts", selectors.pipeline_counts, {"membership": membership}),
                ("unsettled_advances", selectors.unsettled_advances, {"organisation": organisation, "today": today}),
            ]:
                best, queries, result = _best(repeat, function, **kwargs)
                size = f", {len(result)} dòng" if isinstance(result, list) else ""
                out.write(f"{label}: {best * 1000:.0f} ms, {queries} truy vấn{size}\n")
            raise _Rollback
    except _Rollback:
        pass


if __name__ == "__main__":  # pragma: no cover
    run()
