"""The README keeps its promises: the two commands first, every demo account listed."""
from pathlib import Path

from django.conf import settings

README = (Path(settings.BASE_DIR) / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    first, second = README.splitlines()[:2]
    assert first.startswith("`make run` — ")
    assert second.startswith("`make test` — ")


def test_readme_lists_every_demo_account():
    from core.demo import DEMO_PASSWORD, demo_accounts

    assert DEMO_PASSWORD in README
    for username, *_ in demo_accounts():
        assert f"| `{username}` |" in README, username


def test_makefile_has_the_targets_the_readme_names():
    makefile = (Path(settings.BASE_DIR) / "Makefile").read_text(encoding="utf-8")
    for target in ("run", "setup", "test", "test-pg", "test-fast", "screenshots", "check", "bench"):
        assert f"\n{target}:" in makefile, target
