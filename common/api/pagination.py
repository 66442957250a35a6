"""Page-number pagination whose bad input is a 400, not a silent default."""

from django.conf import settings
from rest_framework import pagination
from rest_framework.exceptions import NotFound, ValidationError

from common.api.parameters import at_least_one


class PageNumberPagination(pagination.PageNumberPagination):
    """``?page=2&page_size=100``; ``page_size`` above the maximum is reduced to the maximum.

    Any page number from 1 is well formed, so one past the end is a 404 (as the schema says), not a 400.
    """

    page_size_query_param = "page_size"
    page_query_description = "Page number, from 1, or `last`. A page past the end is a 404."

    @property
    def page_size(self):
        return settings.REST_FRAMEWORK.get("PAGE_SIZE", 50)

    @property
    def max_page_size(self):
        return settings.KP_API_MAX_PAGE_SIZE

    @property
    def page_size_query_description(self):
        return (
            f"Results per page, 1 to {self.max_page_size} (default {self.page_size}). "
            f"Larger values are reduced to {self.max_page_size}. For everything at once use `format=csv`."
        )

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        size = at_least_one(raw)
        if size is None:
            raise ValidationError({self.page_size_query_param: [f"Give a whole number from 1, not {raw!r}."]})
        return min(size, self.max_page_size)

    def requested_page(self, request) -> int | str:
        """The page asked for: a number from 1 or ``last``; anything else is a 400."""
        raw = request.query_params.get(self.page_query_param, "1")
        number = raw if raw in self.last_page_strings else at_least_one(raw)
        if number is None:
            raise ValidationError({self.page_query_param: [f"Give a page number from 1, or 'last', not {raw!r}."]})
        return number

    def get_page_number(self, request, paginator):
        number = self.requested_page(request)
        return paginator.num_pages if number in self.last_page_strings else number

    def check_query(self, request) -> None:
        """Refuse a malformed ``page`` or ``page_size`` even where they are not used (a CSV export)."""
        self.get_page_size(request)
        self.requested_page(request)

    def paginate_queryset(self, queryset, request, view=None):
        try:
            return super().paginate_queryset(queryset, request, view)
        except NotFound as exc:
            number = request.query_params.get(self.page_query_param, "1")
            raise NotFound(f"Page {number[:30]} does not exist.") from exc

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_query_param:
                parameter["schema"] = {
                    "anyOf": [
                        {"type": "integer", "minimum": 1},
                        {"type": "string", "enum": list(self.last_page_strings)},
                    ]
                }
                parameter["example"] = 2
            elif parameter["name"] == self.page_size_query_param:
                # No maximum: larger sizes are answered, reduced to the maximum (the description says so).
                parameter["schema"] = {"type": "integer", "minimum": 1}
                parameter["example"] = 100
        return parameters

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        properties = response["properties"]
        properties["count"]["description"] = "How many records match, across all pages."
        properties["next"]["description"] = "Link to the next page; null on the last."
        properties["next"]["example"] = "https://kp-tracker.example.org/api/v1/reforms/?page=3&page_size=100"
        properties["previous"]["description"] = "Link to the previous page; null on the first."
        properties["previous"]["example"] = "https://kp-tracker.example.org/api/v1/reforms/?page=1&page_size=100"
        return response
