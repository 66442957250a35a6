"""Serializer fields for prefetched relations, documented without touching the database."""

from rest_framework import serializers


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
