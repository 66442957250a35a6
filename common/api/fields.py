"""Serializer fields for prefetched relations, documented without touching the database."""

from rest_framework import serializers

from common.api.schema import DocumentedSerializer
from common.sources import SourceKind


class RowsField(serializers.ListField):
    """A list of dicts prefetched by ``ValuesPrefetch``, already shaped like ``child``: passed through as is.

    ``child`` (a serializer) documents the items in the schema; running it for every row would
    only copy the same keys again.
    """

    def to_representation(self, data):
        return data


class ValuesField(serializers.ListField):
    """A flat list prefetched by ``ValuesPrefetch`` (e.g. slugs), passed through as is."""

    child = serializers.CharField()

    def to_representation(self, data):
        return data


class CitationSerializer(DocumentedSerializer):
    """One source of a fact, with who published it."""

    url = serializers.URLField(help_text="The source's address.")
    publisher = serializers.CharField(help_text="Who published it, as readers know them (not the raw host).")
    kind = serializers.ChoiceField(
        choices=SourceKind.choices,
        help_text=(
            "official: the KP, a government or an international body; observer: a KP observer (industry or "
            "civil society); press: a press report; reference: a reference work; copy: an unofficial copy "
            "of someone else's document; other: a publisher we have not classified."
        ),
    )

    class Meta:
        examples = {
            "url": "https://www.kimberleyprocess.com/en/2021-hybrid-kp-plenary-meeting-successfully-completed",
            "publisher": "Kimberley Process",
            "kind": "official",
        }


def source_details_field():
    return CitationSerializer(
        source="citations", many=True, help_text="The same sources as `sources`, each with its publisher and kind."
    )


def press_reports_only_field():
    return serializers.BooleanField(
        source="secondary_only",
        help_text="True when every source is a press report or reference work: no official or first-hand source.",
    )


SOURCE_DETAILS_EXAMPLE = [CitationSerializer.Meta.examples]


# --- Input fields for JSON bodies: the type the schema declares and no other. DRF's own fields also take
# "2024" for an integer, 1 or "yes" for a boolean and 42 for a string, which the schema does not allow.


class JSONIntegerField(serializers.IntegerField):
    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return super().to_internal_value(data)


class JSONBooleanField(serializers.BooleanField):
    def to_internal_value(self, data):
        if not isinstance(data, bool):
            self.fail("invalid")
        return data


class JSONCharField(serializers.CharField):
    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)
