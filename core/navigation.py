"""The core's menu group, and `menu_for(membership)`: every app's MENU with only the pages the person may open."""
from django.urls import NoReverseMatch, resolve, reverse

MENU = [
    {
        "label": "Tổ chức",
        "icon": "bi-diagram-3",
        "order": 90,
        "items": [
            ("Thông tin tổ chức", "core:organisation"),
            ("Phòng, đơn vị", "core:unit_list"),
            ("Cán bộ", "core:membership_list"),
        ],
    }
]


def may_open(membership, url: str) -> bool:
    """The view's own answer (`may_open`, the check its dispatch makes); views without one are open to members."""
    view_class = getattr(resolve(url).func, "view_class", None)
    check = getattr(view_class, "may_open", None)
    return check(membership) if check else membership is not None


def menu_for(membership) -> list[dict]:
    """[{label, icon, items: [(label, url)]}] in menu order; groups left empty are dropped."""
    from core.registry import app_modules

    groups = []
    for module in app_modules("navigation"):
        groups.extend(getattr(module, "MENU", []))
    menu = []
    for group in sorted(groups, key=lambda g: g.get("order", 100)):
        items = []
        for label, url_name in group["items"]:
            try:
                url = reverse(url_name)
            except NoReverseMatch:
                continue
            if may_open(membership, url):
                items.append((label, url))
        if items:
            menu.append({**group, "items": items})
    return menu
