"""The API uses the same permission mechanism as the screens."""
from rest_framework.permissions import SAFE_METHODS, BasePermission

from core.permissions import ADD, CHANGE, DELETE, VIEW, can, resolve_membership

METHOD_ACTIONS = {"POST": ADD, "PUT": CHANGE, "PATCH": CHANGE, "DELETE": DELETE}


def api_membership(request):
    """Membership for an API call: header `X-Organisation: <code>` or `?org=<code>`, else the first one."""
    if not request.user or not request.user.is_authenticated:
        return None
    if not hasattr(request, "_api_membership"):
        code = request.headers.get("X-Organisation") or request.query_params.get("org")
        request._api_membership = resolve_membership(request.user, organisation_code=code) if code else (
            getattr(request._request, "membership", None) or resolve_membership(request.user)
        )
    return request._api_membership


class OrganisationPermission(BasePermission):
    """The model's access policy decides. A viewset's workflow endpoints name their domain action in
    `domain_actions` ({"approve": APPROVE, …}): the policy is asked for that action on the object instead of "add"
    or "change" (the Văn thư issues a report without being allowed to create one)."""

    message = "Bạn không có quyền thực hiện thao tác này."

    @staticmethod
    def domain_action(view):
        return getattr(view, "domain_actions", {}).get(getattr(view, "action", None))

    def has_permission(self, request, view):
        membership = api_membership(request)
        if membership is None:
            return False
        model = getattr(getattr(view, "queryset", None), "model", None) or getattr(view, "model", None)
        if request.method in SAFE_METHODS or model is None or self.domain_action(view):
            return True  # a domain action is decided on the object
        if request.method == "POST":
            return can(membership, ADD, model)
        return True  # object-level check follows

    def has_object_permission(self, request, view, obj):
        membership = api_membership(request)
        action = self.domain_action(view) or (
            VIEW if request.method in SAFE_METHODS else METHOD_ACTIONS.get(request.method, CHANGE))
        return can(membership, action, obj)
