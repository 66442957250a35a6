"""OpenAPI documentation shared by the endpoints: error responses, the ``format`` parameter, examples.

Views declare their successful responses; ``error_responses_hook`` adds every error status an
operation can answer, from what the operation is (a read, a write, a list, a record), so no status
the API sends is missing from the schema and none is listed where it cannot happen.
"""

import copy

from drf_spectacular.extensions import OpenApiSerializerExtension
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers


class DocumentedSerializer(serializers.Serializer):
    """Output serializers of the API: plain fields over prefetched data, never a query.

    ``Meta.examples`` gives an example value per field for the OpenAPI schema.
    """


FORMAT_PARAMETER = OpenApiParameter(
    "format",
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    enum=["json", "csv"],
    description=(
        "`json` (default) or `csv`. On a list, CSV holds **every** matching record in one streamed "
        "file (`page` and `page_size` are checked, then ignored); lists of values are joined with `; `, lists of "
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
    """extend_schema_view for a public read-only viewset: descriptions, examples, ``format``, the record's id.

    Error responses come from ``error_responses_hook``.
    """

    def decorate(viewset):
        return extend_schema_view(
            list=extend_schema(
                tags=[tag],
                summary=f"List {noun}",
                description=list_description + CONDITIONAL_NOTE,
                parameters=[FORMAT_PARAMETER],
                responses={200: serializer},  # paginated in the schema, as in the response
                examples=[OpenApiExample(f"{noun} (one page)", value=example, response_only=True)],
            ),
            retrieve=extend_schema(
                tags=[tag],
                summary=f"One of the {noun}",
                description=retrieve_description + CONDITIONAL_NOTE,
                parameters=[FORMAT_PARAMETER, *lookup_parameters(viewset)],
                responses={200: serializer},
                examples=[OpenApiExample(f"one of the {noun}", value=example, response_only=True)],
            ),
        )(viewset)

    return decorate


RECORD_ID_PARAMETER = OpenApiParameter(
    "id",
    {"type": "integer", "minimum": 1},
    OpenApiParameter.PATH,
    description="The record's number.",
    examples=[OpenApiExample("first", value=1)],
)


def lookup_parameters(viewset) -> list[OpenApiParameter]:
    """A record found by its number is documented as a number (its route takes any segment, to answer a 404)."""
    return [RECORD_ID_PARAMETER] if viewset.lookup_field == "pk" else []


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


_ERROR = {
    "type": "object",
    "description": "An error: what went wrong.",
    "properties": {
        "detail": {"type": "string", "description": "What went wrong, in English.", "example": "Not found."}
    },
    "required": ["detail"],
}
_PROBLEMS = {
    "type": "object",
    "description": "Each parameter or field that was refused, with what to send instead.",
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
    "minProperties": 1,
    "example": {"published_after": ["Enter a valid date."]},
}
_ERROR_OR_PROBLEMS = {"anyOf": [{"$ref": "#/components/schemas/Error"}, {"$ref": "#/components/schemas/Problems"}]}
_NO_BODY = None

ERROR_RESPONSES = {
    "304": (
        "Not modified: the copy you hold (its `ETag` sent as `If-None-Match`, or its `Last-Modified` as "
        "`If-Modified-Since`) is current. No body.",
        _NO_BODY,
    ),
    "400": (
        "A parameter or a field of the body is not as this document declares, a parameter is given twice, "
        "or a parameter this operation does not list is sent (its message lists the ones it takes): each name "
        "maps to a list of messages. A body that is not JSON: `detail` says why.",
        _ERROR_OR_PROBLEMS,
    ),
    "401": (
        "The `Authorization` header holds no valid token — on any endpoint, reads included (leave the "
        "header out to read anonymously) — or a write came without one.",
        {"$ref": "#/components/schemas/Error"},
    ),
    "403": (
        "Your account may read but not write: writing needs a staff account in the Editors group.",
        {"$ref": "#/components/schemas/Error"},
    ),
    "404": ("No such record.", {"$ref": "#/components/schemas/Error"}),
    "404-list": (
        "A page past the end of the list (`detail`), or a filter names a record that does not exist "
        '(the parameter maps to a message, e.g. `{"area": [...]}`).',
        _ERROR_OR_PROBLEMS,
    ),
    "406": (
        "None of the formats this endpoint offers matches the `Accept` header.",
        {"$ref": "#/components/schemas/Error"},
    ),
    "409": (
        "The record exists already (another outcome for this proposal and meeting, or the same claim): "
        "`non_field_errors` says so. Correct that record instead.",
        _ERROR_OR_PROBLEMS,
    ),
    "412": ("`If-Match` or `If-Unmodified-Since` did not hold. No body.", _NO_BODY),
    "412-write": (
        "`If-Match` does not match the record's current `ETag` (or it changed after `If-Unmodified-Since`): "
        "nothing was written. Read the record again and send your change with its new `ETag`.",
        {"$ref": "#/components/schemas/Error"},
    ),
    "413": (
        "The body is larger than the server accepts: `detail` gives the limit, in bytes.",
        {"$ref": "#/components/schemas/Error"},
    ),
    "415": ("The body is not `application/json`.", {"$ref": "#/components/schemas/Error"}),
    "429": (
        "Too many requests for your rate limit; retry after the number of seconds in the `Retry-After` header.",
        {"$ref": "#/components/schemas/Error"},
    ),
}
_UNSAFE = {"post", "put", "patch", "delete"}


def _statuses(path: str, method: str, operation: dict) -> list[str]:
    query = {parameter["name"] for parameter in operation.get("parameters", []) if parameter["in"] == "query"}
    statuses = ["400", "401", "406", "429"]
    if method == "get":
        statuses += ["304", "412"]
    if "page" in query:
        statuses.append("404-list")
    elif "{" in path:
        statuses.append("404")
    if method in _UNSAFE:
        statuses.append("403")
        if "requestBody" in operation:
            statuses += ["409", "413", "415"]
        if "{" in path:
            statuses.append("412-write")  # a write to a record honours If-Match
    return statuses


def error_responses_hook(result, generator, request, public):
    """Add the error responses each operation can give; errors are always JSON."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas.setdefault("Error", _ERROR)
    schemas["Problems"] = _PROBLEMS
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            if method not in {"get", "put", "post", "patch", "delete"}:
                continue
            responses = operation.setdefault("responses", {})
            for status in _statuses(path, method, operation):
                description, schema = ERROR_RESPONSES[status]
                response: dict = {"description": description}
                if schema is not None:
                    response["content"] = {"application/json": {"schema": copy.deepcopy(schema)}}
                responses.setdefault(status.split("-")[0], response)
    return result
