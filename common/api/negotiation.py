"""``?format=`` as the schema declares it: one of the endpoint's formats, or a 400 naming the parameter.

DRF answers an unknown format with a 404 and ignores an empty one; the browsable API (``api``) is for
people with a browser, who reach it by their ``Accept`` header, so it is not a documented format.
"""

from rest_framework.exceptions import ValidationError
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BrowsableAPIRenderer


def query_formats(renderers) -> list[str]:
    """The values ``?format=`` takes for these renderers (the schema's enum says the same)."""
    return [renderer.format for renderer in renderers if not isinstance(renderer, BrowsableAPIRenderer)]


class QueryFormatNegotiation(DefaultContentNegotiation):
    def select_renderer(self, request, renderers, format_suffix=None):
        name = self.settings.URL_FORMAT_OVERRIDE
        if name and name in request.query_params:
            allowed = query_formats(renderers)
            if request.query_params[name] not in allowed:
                raise ValidationError({name: [f"Give one of: {', '.join(allowed)} (or leave it out)."]})
        return super().select_renderer(request, renderers, format_suffix)
