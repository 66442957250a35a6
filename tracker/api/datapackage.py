"""The whole dataset as a Frictionless Data Package: one CSV per resource and ``datapackage.json``.

The CSV files hold what ``?format=csv`` returns for each list (same fields, same
flattening) but every value exact: no apostrophe before a cell a spreadsheet would read
as a formula (see ``common.api.renderers``). The descriptor's field types and
descriptions come from the same serializers, so the package and the API cannot drift apart.
"""

import io
import json
import typing
import zipfile
from datetime import UTC, datetime

from rest_framework import serializers

from common.api.renderers import LIST_SEPARATOR, csv_text
from tracker.api.registry import RESOURCES

LICENCE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0",
}
_PYTHON_TYPES = {bool: "boolean", int: "integer", str: "string", float: "number"}


def _method_type(serializer, name: str, field) -> str:
    method = getattr(serializer, field.method_name)
    return _PYTHON_TYPES.get(typing.get_type_hints(method).get("return"), "string")


def field_descriptor(serializer, name: str, field) -> dict:
    """Table Schema field for one serializer field, flattened as in the CSV."""
    description = str(field.help_text or "")
    descriptor: dict = {"name": name, "type": "string"}
    if isinstance(field, serializers.ListSerializer) or (
        isinstance(field, serializers.ListField) and isinstance(field.child, serializers.Serializer)
    ):
        description += " (a JSON list of objects)"
    elif isinstance(field, serializers.ListField | serializers.ManyRelatedField):
        description += f" (a list: values separated by {LIST_SEPARATOR!r})"
    elif isinstance(field, serializers.BooleanField):
        descriptor["type"] = "boolean"
    elif isinstance(field, serializers.IntegerField):
        descriptor["type"] = "integer"
    elif isinstance(field, serializers.DateTimeField):
        descriptor["type"] = "datetime"
    elif isinstance(field, serializers.DateField):
        descriptor["type"] = "date"
    elif isinstance(field, serializers.ChoiceField):
        descriptor["constraints"] = {"enum": [str(choice) for choice in field.choices]}
    elif isinstance(field, serializers.SerializerMethodField):
        descriptor["type"] = _method_type(serializer, name, field)
    descriptor["description"] = description
    return descriptor


def _resource_descriptor(resource, serializer) -> dict:
    fields = [field_descriptor(serializer, name, field) for name, field in serializer.fields.items()]
    schema: dict = {"fields": fields, "primaryKey": resource.primary_key, "missingValues": [""]}
    if resource.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": here, "reference": {"resource": target, "fields": there}}
            for here, target, there in resource.foreign_keys
        ]
    return {
        "name": resource.name,
        "path": f"data/{resource.name}.csv",
        "title": resource.title,
        "description": resource.description,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "licenses": [LICENCE],
        "schema": schema,
    }


def build_datapackage(request, *, changed_at: datetime | None) -> tuple[bytes, datetime]:
    """The zip's bytes (the same for the same data: entry dates are the dataset's last edit)."""
    changed_at = changed_at or datetime(2000, 1, 1, tzinfo=UTC)
    stamp = changed_at.astimezone(UTC).timetuple()[:6]
    resources = []
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for resource in RESOURCES:
            view = resource.viewset(request=request, format_kwarg=None, args=(), kwargs={}, action="list")
            view.basename = resource.name
            serializer = view.get_serializer_class()(context=view.get_serializer_context())
            text = csv_text(view.csv_header(), view.csv_rows(view.with_row_columns(view.get_queryset())))
            archive.writestr(
                zipfile.ZipInfo(f"data/{resource.name}.csv", stamp), text.encode("utf-8"), zipfile.ZIP_DEFLATED
            )
            resources.append(_resource_descriptor(resource, serializer))
        descriptor = {
            "profile": "tabular-data-package",
            "name": "kp-reform-tracker",
            "title": "KP Reform Tracker: Kimberley Process reforms, meetings and statements",
            "description": (
                "Plenaries, participants, reform proposals and what each meeting decided on them, who is said to "
                "have stood where, and civil society's statements, each fact with its sources. The same data as "
                "the API at /api/v1/ (see its OpenAPI schema at /api/schema/)."
            ),
            "homepage": request.build_absolute_uri("/"),
            "version": "1.0.0",
            "created": changed_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "licenses": [LICENCE],
            "contributors": [{"title": "KP Reform Tracker", "role": "publisher"}],
            "resources": resources,
        }
        archive.writestr(
            zipfile.ZipInfo("datapackage.json", stamp),
            json.dumps(descriptor, indent=2, ensure_ascii=False).encode("utf-8"),
            zipfile.ZIP_DEFLATED,
        )
    return buffer.getvalue(), changed_at
