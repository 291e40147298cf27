"""`manage.py generate_data --orgs N --years Y --seed S`: realistic, deterministic data for benchmarks.

Creates the organisations `gen-1` … `gen-N`, then lets every app add its data to each of them through its
`synthetic.generate(organisation=, years=, rng=, stdout=)` (core first: units and people). Only the `synthetic`
modules take part: the demo's per-day layer (`<app>/demo_live.py`) is `load_demo`'s alone.

Organisation k draws from its own random stream (`seed:k`), so it holds the same rows whatever N is. On
PostgreSQL the large tables are streamed with COPY (`core.synthetic.bulk_insert`) and the planner statistics
refreshed at the end: `--orgs 34 --years 10` (the national set) fits in well under an hour.
"""
import random
import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core import figure_cache, synthetic
from core.models import Organisation
from core.registry import app_modules


class Command(BaseCommand):
    help = "Sinh dữ liệu tổng hợp (xác định theo --seed) để đo hiệu năng: N tổ chức gen-1…gen-N, Y năm dữ liệu."

    def add_arguments(self, parser):
        parser.add_argument("--orgs", type=int, default=1, help="số tổ chức (mặc định 1)")
        parser.add_argument("--years", type=int, default=1, help="số năm dữ liệu (mặc định 1)")
        parser.add_argument("--seed", type=int, default=2025, help="hạt giống ngẫu nhiên (mặc định 2025)")
        parser.add_argument("--only", nargs="*", metavar="APP", help="chỉ sinh dữ liệu của các ứng dụng này")
        parser.add_argument("--no-progress", action="store_true", help="không hiện thanh tiến độ")

    def handle(self, *args, orgs, years, seed, only=None, no_progress=False, **options):
        if orgs < 1 or years < 1:
            raise CommandError("--orgs và --years phải lớn hơn 0.")
        codes = [f"gen-{index}" for index in range(1, orgs + 1)]
        existing = list(Organisation.objects.filter(code__in=codes).values_list("code", flat=True))
        if existing:
            raise CommandError(
                f"Đã có tổ chức {', '.join(existing)}: hãy dùng một cơ sở dữ liệu khác (hoặc xóa dữ liệu tổng hợp cũ)."
            )
        modules = [m for m in app_modules("synthetic") if not only or m.__name__.split(".")[0] in only]
        started = time.monotonic()
        with _progress(enabled=not no_progress and sys.stderr.isatty()) as progress:
            bar = progress.add_task("Sinh dữ liệu", total=orgs * (len(modules) + 1))
            for index in range(1, orgs + 1):
                # one random stream per organisation: organisation k is the same whatever N is
                rng = random.Random(f"{seed}:{index}")
                with transaction.atomic():
                    organisation = synthetic.organisation_create(index=index, rng=rng)
                    self.stdout.write(f"{organisation.code} — {organisation.name}")
                    progress.advance(bar)
                    for module in modules:
                        progress.update(bar, description=f"{organisation.code}: {module.__name__.split('.')[0]}")
                        module.generate(organisation=organisation, years=years, rng=rng, stdout=self.stdout)
                        progress.advance(bar)
        synthetic.analyze_all()
        figure_cache.invalidate_all()  # COPY and bulk_create send no signals: no cached figure survives
        self.stdout.write(self.style.SUCCESS(
            f"Xong: {orgs} tổ chức × {years} năm trong {time.monotonic() - started:.1f} giây."
        ))


class _NoProgress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def add_task(self, *args, **kwargs):
        return 0

    def advance(self, *args, **kwargs):
        pass

    def update(self, *args, **kwargs):
        pass


def _progress(*, enabled: bool):
    """A rich progress bar on the terminal (stderr); nothing when the output is a file or a test."""
    if not enabled:
        return _NoProgress()
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    TimeRemainingColumn(), console=Console(stderr=True))
