"""Page-number pagination whose bad input is a 400, not a silent default."""

from django.conf import settings
from rest_framework import pagination
from rest_framework.exceptions import NotFound, ValidationError


class PageNumberPagination(pagination.PageNumberPagination):
    """``?page=2&page_size=100``; ``page_size`` above the maximum is reduced to the maximum."""

    page_size_query_param = "page_size"
    page_query_description = "Page number, from 1 (or `last`). A page past the end is a 404."

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
        try:
            size = int(raw)
        except ValueError:
            size = 0
        if size < 1:
            raise ValidationError(
                {self.page_size_query_param: [f"Give a whole number from 1 to {self.max_page_size}, not {raw!r}."]}
            )
        return min(size, self.max_page_size)

    def paginate_queryset(self, queryset, request, view=None):
        raw = request.query_params.get(self.page_query_param, "1")
        if raw not in self.last_page_strings and not (raw.isdigit() and int(raw) >= 1):
            raise ValidationError({self.page_query_param: [f"Give a page number from 1, or 'last', not {raw!r}."]})
        try:
            return super().paginate_queryset(queryset, request, view)
        except NotFound as exc:
            raise NotFound(f"Page {raw} does not exist.") from exc

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_query_param:
                parameter["schema"] = {"type": "integer", "minimum": 1}
                parameter["example"] = 2
            elif parameter["name"] == self.page_size_query_param:
                parameter["schema"] = {"type": "integer", "minimum": 1, "maximum": self.max_page_size}
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
