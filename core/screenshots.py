"""Pages of the foundation for `make screenshots` (tests/test_screenshots.py writes docs/screenshots/<name>.png).

Each entry: (file name, URL name or path or a callable returning a path[, username]). The default user is
`quantri` of Sở KH&CN Quảng Trị (demo data).
"""
from django.urls import reverse


def _unit(code="qlkh"):
    from core.models import Unit

    return Unit.objects.get(organisation__code="quang-tri", code=code)


PAGES = [
    ("core-home", "home", "giamdoc"),
    # the home page of every demo role: what to do next, from the rolling demo layer (issue #11)
    ("home-giamdoc", "home", "giamdoc"),
    ("home-phogiamdoc", "home", "phogiamdoc"),
    ("home-chanhvanphong", "home", "chanhvanphong"),
    ("home-truongphong", "home", "truongphong"),
    ("home-chuyenvien", "home", "chuyenvien"),
    ("home-chuyenvien-qlkh", "home", "chuyenvien.qlkh"),
    ("home-vanthu", "home", "vanthu"),
    ("home-quantri", "home", "quantri"),
    ("home-bk-giamdoc", "home", "bk.giamdoc"),
    ("home-bk-qlkh", "home", "bk.qlkh"),
    ("home-nt-giamdoc", "home", "nt.giamdoc"),
    ("home-nt-qlkh", "home", "nt.qlkh"),
    ("core-organisation", "core:organisation"),
    ("core-unit-list", "core:unit_list"),
    ("core-unit-detail", lambda: _unit().get_absolute_url()),
    ("core-unit-form", "core:unit_add"),
    ("core-unit-history", lambda: reverse("core:unit_history", args=[_unit().pk])),
    ("core-people-list", "core:membership_list"),
    ("core-person-form", "core:membership_add"),
    ("core-forbidden", "core:unit_add", "chuyenvien"),
]
