"""The client's address, counted the same way by the API's throttles and the sign-in lockout."""

import ipaddress

from rest_framework.throttling import BaseThrottle


def client_ip(request) -> str | None:
    """``REMOTE_ADDR``, or behind ``KP_API_NUM_PROXIES`` proxies the address the outermost of them saw
    (DRF's own rule, so django-axes locks out the client the API would throttle). A forwarded value that
    is not an address (a proxy set up wrongly) falls back to ``REMOTE_ADDR``."""
    address = BaseThrottle().get_ident(request)
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return request.META.get("REMOTE_ADDR")
    return address
