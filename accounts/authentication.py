"""The API's session authentication for staff, aware of two-factor sign-in (REST_FRAMEWORK in settings)."""

from drf_spectacular.authentication import SessionScheme
from rest_framework.authentication import SessionAuthentication

from accounts.selectors import signed_in_enough


class VerifiedSessionAuthentication(SessionAuthentication):
    """DRF's session authentication, except for a session that still owes its second factor: an
    editor's password alone must not write through the API when the admin would ask for a code."""

    def authenticate(self, request):
        result = super().authenticate(request)
        if result is not None and not signed_in_enough(result[0]):
            return None
        return result


class VerifiedSessionScheme(SessionScheme):
    """In the OpenAPI schema, the same cookie as DRF's session authentication."""

    target_class = "accounts.authentication.VerifiedSessionAuthentication"
