"""The permission matrix covers every domain model (issue 10, "One gate").

Every concrete model of the project's apps (not simple-history's historical models, not auto-created through
tables, not Django's or a library's) is either played by a permission matrix — a `core.testing.PermissionMatrix` /
`ActionMatrix` instance of a matrix module (its `model` and its `covers`), or a module's `MATRIX_COVERS` for the
hand-written matrices — or named below with the reason it is not a user's domain object. A new model fails this test
until it gets a matrix or a reason."""
import importlib
import importlib.util
import sys
from pathlib import Path

from django.apps import apps
from django.conf import settings

from core.testing import PermissionMatrix

ROOT = Path(settings.BASE_DIR)
MATRIX_MODULES = (
    *sorted(path.relative_to(ROOT) for path in ROOT.glob("*/tests/test_permission_matrix.py")),
    Path("core/tests/test_permissions.py"),
    Path("core/tests/test_organisation_matrix.py"),
)

# Models that are not a user's domain object: nobody writes them through a screen or the API as a record of their
# own, so there is no role × action table to play. Each with the reason.
NOT_DOMAIN_OBJECTS = {
    "core.DomainEvent": "written by services as they act (the event log); read only by reports and counts",
    "core.Job": "a background job row: created by the import/export it runs, shown to its owner only (JobPolicy, "
                "core/tests/test_jobs.py)",
    "core.ReminderLog": "the reminder sender's log of what it sent (a command), never edited by a person",
    "core.LoginFailureCounter": "login throttling counter written by the authentication backend",
    "core.CalendarFeed": "the secret address of a person's or a unit's calendar feed (like an API token), "
                           "made by core.calendar when the calendar page shows it",
    "reports.ReportRule": "configuration of a report kind's period rule: loaded by the demo / Django admin, no screen "
                          "or API in the application",
}

# Domain models played by a policy test only, not (yet) by a matrix on screens and API: they have no screen or
# endpoint of their own. Listed so that the gap is visible, each with where its rules are checked.
POLICY_TEST_ONLY = {
    "sciencetasks.TaskDocument": "no screen or API of its own (listed on the task page); the policy is checked by "
                                 "sciencetasks/tests/test_permission_matrix.py::test_task_documents_follow_their_task",
}


def _module(relative: Path):
    path = ROOT / relative
    if (path.parent / "__init__.py").exists():
        return importlib.import_module(".".join(relative.with_suffix("").parts))
    loaded = sys.modules.get(path.stem)
    if loaded is not None and Path(getattr(loaded, "__file__", "")).resolve() == path.resolve():
        return loaded  # pytest imported core/tests/<name>.py under its bare name
    spec = importlib.util.spec_from_file_location(f"matrix_coverage_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _matrices(value):
    if isinstance(value, PermissionMatrix):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            if isinstance(item, PermissionMatrix):
                yield item


def coverage() -> dict[str, set[str]]:
    """label → the matrices (module: matrix) that play its rules."""
    covered: dict[str, set[str]] = {}
    for relative in MATRIX_MODULES:
        module = _module(relative)
        for name, value in vars(module).items():
            for matrix in _matrices(value):
                if not (matrix.web_cases() or matrix.api_cases()):
                    continue  # a matrix that plays no cell covers nothing
                for model in (matrix.model, *matrix.covers):
                    covered.setdefault(model._meta.label, set()).add(f"{relative}: {type(matrix).__name__}")
        for model in getattr(module, "MATRIX_COVERS", ()):
            covered.setdefault(model._meta.label, set()).add(f"{relative}: MATRIX_COVERS")
    return covered


def domain_models() -> list[str]:
    labels = []
    for config in apps.get_app_configs():
        if not Path(config.path).resolve().is_relative_to(ROOT) or ".venv" in Path(config.path).parts:
            continue  # Django's and libraries' apps
        for model in config.get_models():
            if model._meta.auto_created or model._meta.proxy or model.__name__.startswith("Historical"):
                continue  # through tables and simple-history's copies
            labels.append(model._meta.label)
    return sorted(labels)


def test_every_domain_model_is_covered_by_a_permission_matrix_or_named_with_a_reason():
    covered = coverage()
    models = domain_models()
    missing = [label for label in models
               if label not in covered and label not in NOT_DOMAIN_OBJECTS and label not in POLICY_TEST_ONLY]
    assert missing == [], f"models without a permission matrix: {missing}"
    # the lists do not hide covered models, and name only models that exist
    assert set(NOT_DOMAIN_OBJECTS) | set(POLICY_TEST_ONLY) <= set(models)
    assert not (set(NOT_DOMAIN_OBJECTS) | set(POLICY_TEST_ONLY)) & set(covered)
    # the counts the closing note reports
    assert (len(models), len([m for m in models if m in covered]), len(NOT_DOMAIN_OBJECTS), len(POLICY_TEST_ONLY)) \
        == (53, 46, 6, 1)


def test_the_collector_sees_every_matrix_module_and_app():
    covered = coverage()
    apps_covered = {label.split(".")[0] for label in covered}
    assert {"core", "directives", "sciencetasks", "registers", "reports", "docimport", "worklog"} <= apps_covered
    assert "core.Unit" in covered and "directives.ProgressUpdate" in covered and "registers.RadiationLicence" in covered
