"""The base of every public list/detail endpoint: filters, pagination, CSV of all pages, conditional GETs."""

from collections.abc import Iterable, Iterator
from itertools import islice

from django.conf import settings
from django.http import HttpResponse, StreamingHttpResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from rest_framework import viewsets
from rest_framework.exceptions import MethodNotAllowed, ValidationError
from rest_framework.permissions import SAFE_METHODS, AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.settings import api_settings

from common.api.conditional import (
    cache_get,
    cache_key,
    cache_set,
    conditional,
    representation,
    write_preconditions_hold,
)
from common.api.exceptions import PreconditionFailed
from common.api.filters import KPFilterBackend
from common.api.negotiation import QueryFormatNegotiation
from common.api.pagination import PageNumberPagination
from common.api.permissions import EditorsWrite
from common.api.renderers import CSVRenderer, csv_lines
from common.cache import DataVersion, data_version


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class OneLanguage:
    """The API speaks one language whatever the client's Accept-Language: the links it gives (a reform's
    page) and so its bodies, cache entries and ETags are the same for every partner."""

    def initial(self, request, *args, **kwargs):
        translation.activate(settings.LANGUAGE_CODE)
        super().initial(request, *args, **kwargs)


class StrictQuery:
    """The request as the schema declares it, checked before who is asking (authentication, permissions): a
    method the endpoint does not offer is a 405 with ``Allow``; each query parameter is one the endpoint
    takes (``query_parameters``), given at most once (which of two values would count?), and ``?format=``
    one the endpoint offers (``QueryFormatNegotiation``)."""

    content_negotiation_class = QueryFormatNegotiation

    def initial(self, request, *args, **kwargs):
        method = request.method.lower()
        if method not in self.http_method_names or not hasattr(self, method):
            raise MethodNotAllowed(request.method)
        repeated = [name for name, values in request.query_params.lists() if len(values) > 1]
        if repeated:
            raise ValidationError({name: ["Give this parameter once."] for name in repeated})
        accepted = self.query_parameters()
        if unknown := [name for name in request.query_params if name not in accepted]:
            message = f"Not a parameter of this endpoint; it takes {', '.join(sorted(accepted))}."
            raise ValidationError({name: [message] for name in unknown})
        super().initial(request, *args, **kwargs)

    def query_parameters(self) -> set[str]:
        """The query parameters this endpoint takes: the ones its schema lists."""
        return {api_settings.URL_FORMAT_OVERRIDE}


class ApiView(StrictQuery, OneLanguage):
    """What every API view shares (the root, the data package, the lists and records)."""


class ConditionalGetMixin(ApiView):
    """ETag and Last-Modified from the data version; 304 when the client is current.

    JSON GETs are also served from the response cache (see ``common.api.conditional``):
    the data version is one cache read, a hit skips every query.
    """

    cache_responses = True

    def version_etag(self, request) -> tuple[DataVersion, str]:
        if getattr(self, "_version", None) is None:
            self._version = data_version()
            media_type = getattr(request, "accepted_media_type", "") or ""
            self._etag = self._version.etag(*representation(request, media_type))
        return self._version, self._etag

    def check_write_preconditions(self, request) -> None:
        """A 412 unless ``If-Match`` names the ETag a GET of this URL, with this request's ``Accept``, answers
        now (see ``write_preconditions_hold``): a client that reads with ``Accept: application/json; indent=2``
        and corrects with the same header sends back the tag it was given."""
        version = data_version()
        media_type = getattr(request, "accepted_media_type", "") or JSONRenderer.media_type
        etag = version.etag(*representation(request, media_type))
        if not write_preconditions_hold(request, version=version, etag=etag):
            raise PreconditionFailed()

    def cached_response(self, request) -> HttpResponse | None:
        """The cached body for this request, or None (and remember where to store the body)."""
        self._cache_key = None
        renderer = getattr(request, "accepted_renderer", None)
        if not self.cache_responses or renderer is None or renderer.format != "json":
            return None
        _version, etag = self.version_etag(request)
        self._cache_key = cache_key(etag)
        hit = cache_get(self._cache_key)
        if hit is None:
            return None
        content, content_type = hit
        return HttpResponse(content, content_type=content_type)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method in {"GET", "HEAD"} and response.status_code == 200:
            version, etag = self.version_etag(request)
            if isinstance(response, Response):
                response.render()
                if getattr(self, "_cache_key", None):
                    cache_set(self._cache_key, response.content, response["Content-Type"])
            response = conditional(request._request, response, version=version, etag=etag)
        if request.method in {"GET", "HEAD"}:
            # Each client may keep and revalidate a read (ETag); shared caches may not: throttling is per
            # client, and a token holder's reads are theirs.
            patch_cache_control(response, private=True, no_cache=True)
        return response


class PublicReadViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    """Anyone may read. ``get_queryset()`` does all the joins and prefetches: serializers never query."""

    filter_backends = [KPFilterBackend]
    pagination_class = PageNumberPagination
    permission_classes = [AllowAny]
    # Any path segment reaches the view, so a malformed slug or id is the API's JSON 404, not the site's page.
    lookup_value_regex = "[^/]+"
    # Rows fetched per query when streaming CSV: memory stays flat, queries grow by one per chunk.
    csv_chunk_size = 1000

    def query_parameters(self) -> set[str]:
        accepted = super().query_parameters()
        if self.action == "list":  # as in the schema: a record's route takes neither filters nor pages
            paginator = self.paginator
            accepted |= {paginator.page_query_param, paginator.page_size_query_param}
            accepted |= set(self.filterset_class.base_filters)
        return accepted

    def get_permissions(self):
        if self.request is not None and self.request.method not in SAFE_METHODS:
            return [EditorsWrite()]
        return super().get_permissions()

    def get_renderers(self):
        # Writes answer in JSON: a created or corrected record is one object, not a CSV export.
        renderers = super().get_renderers()
        if self.request is not None and self.request.method not in SAFE_METHODS:
            return [renderer for renderer in renderers if not isinstance(renderer, CSVRenderer)]
        return renderers

    # ValuesPrefetch for each page (and CSV chunk, and single record): relations as plain rows.
    values_prefetches: tuple = ()

    def attach_related(self, objects: list) -> list:
        for prefetch in self.values_prefetches:
            prefetch.attach(objects)
        return objects

    def with_row_columns(self, queryset):
        """Add the columns too costly to compute for every row of a list that is only paged through.

        They are added to the rows shown (a page, a CSV export, one record); the count and the page's
        keys are read without them. A filter or an ordering that needs one adds it itself.
        """
        return queryset

    def paginate_queryset(self, queryset):
        """Page by primary key, then load that page: the expensive columns are computed for its rows only."""
        keys = super().paginate_queryset(queryset.prefetch_related(None).values_list("pk", flat=True))
        if keys is None:
            return None
        rows = {obj.pk: obj for obj in self.with_row_columns(queryset.filter(pk__in=keys).order_by())}
        return self.attach_related([rows[key] for key in keys])

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        # A record route (read or correct) shows its one row: it gets the row columns here, before DRF's lookup.
        return self.with_row_columns(queryset) if self.detail else queryset

    def get_object(self):
        return self.attach_related([super().get_object()])[0]

    def list(self, request, *args, **kwargs):
        if getattr(request.accepted_renderer, "format", None) == "csv":
            return self.csv_response()
        return self.cached_response(request) or super().list(request, *args, **kwargs)

    def retrieve(self, request, *args, **kwargs):
        return self.cached_response(request) or super().retrieve(request, *args, **kwargs)

    def csv_rows(self, queryset) -> Iterator[dict]:
        serializer_class = self.get_serializer_class()
        context = self.get_serializer_context()
        for chunk in _chunks(queryset.iterator(chunk_size=self.csv_chunk_size), self.csv_chunk_size):
            yield from serializer_class(self.attach_related(chunk), many=True, context=context).data

    def csv_header(self) -> "list[str]":
        return list(self.get_serializer_class()(context=self.get_serializer_context()).fields)

    def csv_response(self) -> StreamingHttpResponse:
        """Every matching record, not one page: streamed, so memory does not grow with the table."""
        # Checking here (not in the generator) turns a bad parameter into a 400 before streaming starts.
        self.paginator.check_query(self.request)
        queryset = self.with_row_columns(self.filter_queryset(self.get_queryset()))
        lines = csv_lines(self.csv_header(), self.csv_rows(queryset), for_spreadsheets=True)
        response = StreamingHttpResponse(
            ("".join(batch) for batch in _chunks(lines, 200)), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.basename}.csv"'
        return response
