"""OpenAPI documentation shared by the endpoints: error responses, the ``format`` parameter, examples."""

from drf_spectacular.extensions import OpenApiSerializerExtension
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import serializers


class DocumentedSerializer(serializers.Serializer):
    """Output serializers of the API: plain fields over prefetched data, never a query.

    ``Meta.examples`` gives an example value per field for the OpenAPI schema.
    """


class ErrorSerializer(DocumentedSerializer):
    """An error: what went wrong."""

    detail = serializers.CharField(help_text="What went wrong, in English.")

    class Meta:
        examples = {"detail": "Not found."}


def _error(description: str, example: dict | None = None) -> OpenApiResponse:
    examples = [OpenApiExample("error", value=example, response_only=True)] if example else []
    return OpenApiResponse(ErrorSerializer, description=description, examples=examples)


BAD_REQUEST = OpenApiResponse(
    OpenApiTypes.OBJECT,
    description="A malformed parameter or field: each name maps to a list of messages.",
    examples=[
        OpenApiExample(
            "bad filter",
            value={"published_after": ["Enter a valid date."]},
            response_only=True,
            status_codes=["400"],
        )
    ],
)
NOT_FOUND = _error("No such record, or a page past the end of the list.", {"detail": "Not found."})
THROTTLED = _error(
    "Too many requests for your rate limit; retry after the number of seconds in the `Retry-After` header.",
    {"detail": "Request was throttled. Expected available in 42 seconds."},
)
UNAUTHENTICATED = _error(
    "No or invalid credentials: send `Authorization: Token <key>`.",
    {"detail": "Authentication credentials were not provided."},
)
FORBIDDEN = _error(
    "Your account may read but not write: writing needs a staff account in the Editors group.",
    {"detail": "You do not have permission to perform this action."},
)

FORMAT_PARAMETER = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    enum=["json", "csv"],
    description=(
        "`json` (default) or `csv`. On a list, CSV holds **every** matching record in one streamed "
        "file (pagination parameters are ignored); lists of values are joined with `; `, lists of "
        "objects written as JSON. `Accept: text/csv` does the same. CSV is made to be opened in a "
        "spreadsheet: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a "
        "leading `'` so it cannot run as a formula (`=SUM(A1)` is written `'=SUM(A1)`). The data package "
        "(`/api/v1/datapackage.zip`) keeps every value exact."
    ),
    examples=[OpenApiExample("CSV", value="csv")],
)

JSON_ONLY_PARAMETER = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    enum=["json"],
    description="Only `json` here (the default).",
    examples=[OpenApiExample("JSON", value="json")],
)

CONDITIONAL_NOTE = (
    "\n\nResponses carry `ETag` and `Last-Modified`; send them back as `If-None-Match` / "
    "`If-Modified-Since` to get an empty `304 Not Modified` when nothing changed."
)


def document_read_viewset(
    *,
    tag: str,
    noun: str,
    serializer,
    list_description: str,
    retrieve_description: str,
    example: dict,
):
    """extend_schema_view for a public read-only viewset: descriptions, examples, errors, ``format``."""
    return extend_schema_view(
        list=extend_schema(
            tags=[tag],
            summary=f"List {noun}",
            description=list_description + CONDITIONAL_NOTE,
            parameters=[FORMAT_PARAMETER],
            responses={
                200: serializer,  # paginated in the schema, as in the response
                400: BAD_REQUEST,
                404: NOT_FOUND,
                429: THROTTLED,
            },
            examples=[OpenApiExample(f"{noun} (one page)", value=example, response_only=True)],
        ),
        retrieve=extend_schema(
            tags=[tag],
            summary=f"One of the {noun}",
            description=retrieve_description + CONDITIONAL_NOTE,
            parameters=[FORMAT_PARAMETER],
            responses={200: serializer, 404: NOT_FOUND, 429: THROTTLED},
            examples=[OpenApiExample(f"one of the {noun}", value=example, response_only=True)],
        ),
    )


class ExampleSerializerExtension(OpenApiSerializerExtension):
    """Copies each API serializer's ``Meta.examples`` into its schema's properties."""

    target_class = "common.api.schema.DocumentedSerializer"
    match_subclasses = True

    def map_serializer(self, auto_schema, direction):
        schema = auto_schema._map_serializer(self.target, direction, bypass_extensions=True)
        examples = getattr(getattr(self.target, "Meta", None), "examples", {})
        for name, value in examples.items():
            prop = schema.get("properties", {}).get(name)
            if prop is not None and "$ref" not in prop and "allOf" not in prop:
                prop["example"] = value
        return schema


def csv_content_hook(result, generator, request, public):
    """Describe ``text/csv`` bodies as CSV text rather than the JSON schema spectacular copies."""
    for path in result.get("paths", {}).values():
        for operation in path.values():
            if not isinstance(operation, dict):
                continue
            for response in operation.get("responses", {}).values():
                content = response.get("content", {})
                if "text/csv" in content:
                    content["text/csv"] = {
                        "schema": {
                            "type": "string",
                            "description": (
                                "CSV with a header row: the JSON fields, one row per record. A text cell "
                                "starting with `=`, `+`, `-`, `@`, a tab or a carriage return has a leading "
                                "`'` added, so spreadsheets do not run it as a formula."
                            ),
                        }
                    }
    return result
