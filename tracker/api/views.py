"""The API root, the data-package download and the benchmark's bare view."""

from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.urls import Resolver404, resolve, reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from common.api.conditional import cache_get, cache_key, cache_set, conditional, representation
from common.api.renderers import ZipRenderer
from common.api.schema import JSON_ONLY_PARAMETER
from common.api.viewsets import ApiView, ConditionalGetMixin
from common.cache import data_version
from tracker.api.datapackage import build_datapackage
from tracker.api.registry import RESOURCES


class ApiRootView(ConditionalGetMixin, APIView):
    """Links to every list endpoint, the data package and the documentation."""

    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer, BrowsableAPIRenderer]

    @extend_schema(
        tags=["root"],
        summary="API root",
        parameters=[JSON_ONLY_PARAMETER],
        description="Links to every list endpoint, the bulk data package, the OpenAPI schema and the docs.",
        responses={
            200: OpenApiResponse(
                inline_serializer(
                    "ApiRoot",
                    {
                        name: serializers.URLField(help_text=f"Link to {name}.")
                        for name in [r.name for r in RESOURCES] + ["datapackage", "schema", "docs"]
                    },
                ),
                description="Absolute links, keyed by resource name.",
            ),
        },
        examples=[
            OpenApiExample(
                "root",
                value={
                    "reforms": "https://kp-tracker.example.org/api/v1/reforms/",
                    "datapackage": "https://kp-tracker.example.org/api/v1/datapackage.zip",
                },
                response_only=True,
            )
        ],
    )
    def get(self, request):
        links = {r.name: request.build_absolute_uri(reverse(f"api:{r.name}-list")) for r in RESOURCES}
        links["datapackage"] = request.build_absolute_uri(reverse("api:datapackage"))
        links["schema"] = request.build_absolute_uri(reverse("api-schema"))
        links["docs"] = request.build_absolute_uri(reverse("api-docs"))
        return Response(links)


class DataPackageView(ApiView, APIView):
    """The whole dataset as a Frictionless Data Package (zip of CSVs and datapackage.json), CC-BY-4.0."""

    permission_classes = [AllowAny]
    renderer_classes = [ZipRenderer]  # errors are JSON all the same (common.api.exceptions)

    @extend_schema(
        tags=["root"],
        summary="Download everything (Frictionless Data Package)",
        parameters=[
            OpenApiParameter(
                "format",
                OpenApiTypes.STR,
                OpenApiParameter.QUERY,
                enum=["zip"],
                description="Only `zip` here (the default).",
                examples=[OpenApiExample("zip", value="zip")],
            )
        ],
        description=(
            "A zip with one CSV per resource (the same columns as `?format=csv`, but every value exact: no "
            "apostrophe before cells that start like a formula) and `datapackage.json` "
            "describing every field, its type and the links between tables. Licence: CC-BY-4.0. "
            "Supports `ETag`/`If-None-Match` and `Last-Modified`/`If-Modified-Since`."
        ),
        responses={
            (200, "application/zip"): OpenApiResponse(OpenApiTypes.BINARY, description="The zip file."),
        },
    )
    def get(self, request):
        version = data_version()
        etag = version.etag(*representation(request, "application/zip"))
        key = cache_key(etag)
        hit = cache_get(key)
        if hit is None:
            content, _ = build_datapackage(request, changed_at=version.changed_at)
            cache_set(key, content, "application/zip")
        else:
            content, _ = hit
        response = HttpResponse(content, content_type="application/zip")
        response["Content-Disposition"] = 'attachment; filename="kp-reform-tracker-datapackage.zip"'
        return conditional(request._request, response, version=version, etag=etag)


class BareView(APIView):
    """Benchmark baseline (mounted only with KP_BENCH=1): the full DRF pipeline, no database."""

    permission_classes = [AllowAny]

    @extend_schema(exclude=True)
    def get(self, request):
        return Response({"ok": True})


def api_not_found(request, path=""):
    """Unknown URLs under /api/ answer in JSON, like the rest of the API.

    This catch-all stops CommonMiddleware's APPEND_SLASH from seeing a missing slash, so do it here.
    """
    if request.method in {"GET", "HEAD"} and not request.path.endswith("/"):
        try:
            match = resolve(request.path + "/")
        except Resolver404:
            match = None
        if match is not None and match.func is not api_not_found:
            return HttpResponsePermanentRedirect(request.get_full_path(force_append_slash=True))
    return JsonResponse({"detail": "Not found. The API starts at /api/v1/."}, status=404)
