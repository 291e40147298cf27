"""Context every page needs: navigation, the organisation switcher."""
from core.permissions import memberships_of
from core.registry import app_modules


def shell(request):
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    menu = []
    for module in app_modules("navigation"):
        menu.extend(getattr(module, "MENU", []))
    return {
        "nav_menu": menu,
        "membership": getattr(request, "membership", None),
        "my_memberships": memberships_of(request.user),
    }
