"""Context every page needs: navigation, the organisation switcher."""
from core.navigation import menu_for
from core.permissions import memberships_of


def shell(request):
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    membership = getattr(request, "membership", None)
    return {
        "nav_menu": menu_for(membership) if membership is not None else [],
        "membership": getattr(request, "membership", None),
        "my_memberships": memberships_of(request.user),
    }
