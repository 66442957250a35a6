"""Middleware the project's public caching needs."""

from django.utils.cache import patch_cache_control


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
