"""Middleware the project's public caching and its Content-Security-Policy need."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.utils.cache import patch_cache_control
from rest_framework.renderers import BrowsableAPIRenderer


class LanguageRedirectsStayPrivate:
    """The redirect from "/" to "/fr/" follows the visitor's Accept-Language: only their own browser may
    keep it. (A CDN that ignores Vary would otherwise send everyone to the first visitor's language.)"""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if 300 <= response.status_code < 400 and "accept-language" in response.get("Vary", "").lower():
            patch_cache_control(response, private=True, max_age=0)
        return response


class ContentSecurityPolicy(CSPMiddleware):
    """django-csp's header, with ``KP_CSP_ADMIN`` added where third-party templates need it: every page of
    the admin, and the API's browsable HTML (DRF's templates carry style attributes). Public pages keep the
    strict policy; a view's own ``csp_update`` (the API docs) takes precedence."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.update is None and _third_party_templates(request, response):
            parts.update = settings.KP_CSP_ADMIN
        return parts


def _third_party_templates(request, response) -> bool:
    match = getattr(request, "resolver_match", None)
    if match is not None and "admin" in match.namespaces:
        return True
    renderer = getattr(response, "accepted_renderer", None)
    return isinstance(renderer, BrowsableAPIRenderer)
