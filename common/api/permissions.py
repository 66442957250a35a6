"""Who may write through the API: staff in the Editors group (Django model permissions).

Reads are open to everyone. Anonymous writes get a 401 (with ``WWW-Authenticate: Token``),
authenticated users without the model permission (partners, Viewers) a 403.
"""

from rest_framework.permissions import SAFE_METHODS, DjangoModelPermissions


class EditorsWrite(DjangoModelPermissions):
    """POST needs ``add_<model>``, PUT/PATCH ``change_<model>``, and the account must be staff."""

    def has_permission(self, request, view):
        if request.method in SAFE_METHODS:
            return True
        user = request.user
        if not (user and user.is_authenticated and user.is_active and user.is_staff):
            return False
        if not hasattr(view, "get_queryset") and getattr(view, "queryset", None) is None:
            return False  # not a model endpoint: nothing to write
        return super().has_permission(request, view)
