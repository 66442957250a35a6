"""Rate limits: anonymous clients by IP, partners (token holders) and staff by account.

Rates come from settings at request time, so a deployment (or a test) can change
them without re-importing DRF. A refused request is a 429 with ``Retry-After``.
"""

from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle


class _LiveRateMixin:
    def get_rate(self):
        # DRF binds THROTTLE_RATES at import; read the current settings instead.
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class AnonymousThrottle(_LiveRateMixin, SimpleRateThrottle):
    """Anonymous requests, per client IP (see ``KP_API_NUM_PROXIES`` behind a proxy)."""

    scope = "anon"

    def get_cache_key(self, request, view):
        if request.user and request.user.is_authenticated:
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class PartnerThrottle(_LiveRateMixin, SimpleRateThrottle):
    """Authenticated requests (API tokens issued to partners, staff sessions), per account."""

    scope = "partner"

    def get_cache_key(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.user.pk}
