"""Rate limits on asking for alerts, per client address and per e-mail address.

DRF's SimpleRateThrottle does the counting in the cache (Redis in production), as it does for the
API; here it is used outside DRF, keyed by what we count. An e-mail address is counted by its
keyed hash, so the cache never holds it in clear.
"""

from django.conf import settings
from django.utils.crypto import salted_hmac
from rest_framework.throttling import SimpleRateThrottle

from common.client_ip import client_ip


class _Limit(SimpleRateThrottle):
    setting = ""

    def __init__(self, ident: str):
        self.ident = ident
        super().__init__()

    def get_rate(self):
        # Read at request time, so a deployment (or a test) can change it.
        return getattr(settings, self.setting)

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.ident}

    def allow(self, request) -> bool:
        return self.allow_request(request, None)

    def minutes_to_wait(self) -> int:
        return max(1, round((self.wait() or 60) / 60))


class ClientLimit(_Limit):
    """Requests from one client address, as the API's throttles and the sign-in lockout count it."""

    scope = "alerts-client"
    setting = "KP_ALERTS_CLIENT_RATE"

    def __init__(self, request):
        super().__init__(client_ip(request) or "unknown")


class AddressLimit(_Limit):
    """Confirmation mails to one e-mail address: nobody can flood a mailbox through us."""

    scope = "alerts-address"
    setting = "KP_ALERTS_ADDRESS_RATE"

    def __init__(self, email: str):
        super().__init__(salted_hmac("alerts.address", email).hexdigest())
