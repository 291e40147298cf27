"""Extension points that domain apps fill without editing the core.

Each installed app may provide, by convention:
- `<app>/navigation.py` with `MENU = [{"label": ..., "icon": ..., "items": [(label, url_name), ...]}]`;
- `<app>/dashboard.py` with `widgets(request) -> list[dict]` (keys: title, template, context, order);
- `<app>/demo.py` with `load(stdout=None)`: demo data from the seeds, idempotent;
- `<app>/demo_live.py` with `load(*, today, stdout=None)`: the demo's rolling layer, dated from the day it runs
  (so the home page shows live work on the day the demo is installed); idempotent on the same day;
- `<app>/worklist.py` with `items(membership, today) -> list[core.queues.WorkItem]`: the home page's queues;
- `<app>/synthetic.py` with `generate(*, organisation, years, rng, stdout=None)`: benchmark data;
- `<app>/reminders.py` with `digest_items(*, unit, today) -> list[dict]` (keys: kind, title, due, url);
- `<app>/screenshots.py` with `PAGES = [(name, url_name_or_path_or_callable[, username]), ...]` for
  `make screenshots` (tests/test_screenshots.py writes docs/screenshots/<name>.png);
- `<app>/api/routes.py` with `ROUTES = [(prefix, viewset, basename), ...]` (collected under /api/).
Apps are visited in INSTALLED_APPS order.
"""
from importlib import import_module

from django.apps import apps
from django.conf import settings


def app_modules(module_name: str):
    """Yield `<app>.<module_name>` for every installed project app that has it."""
    for name in settings.PROJECT_APPS:
        config = apps.get_app_config(name.rsplit(".", 1)[-1])
        try:
            yield import_module(f"{config.name}.{module_name}")
        except ModuleNotFoundError as exc:
            wanted = f"{config.name}.{module_name}"
            if not exc.name or not (wanted == exc.name or wanted.startswith(exc.name + ".")):
                raise
