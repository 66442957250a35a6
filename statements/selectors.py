"""Reads for the public statement pages. Only published statements are ever public."""

from django.db.models import Prefetch

from statements.models import AreaMention, Statement


def statement_list():
    """Published statements as the search page lists them, newest first (StatementFilter narrows them)."""
    return (
        Statement.objects.published()
        .select_related("organisation", "plenary")
        .prefetch_related(_mentions())
        .newest_first()
    )


def published_statement(pk: int) -> Statement:
    return Statement.objects.published().select_related("organisation", "plenary").get(pk=pk)


def _mentions():
    return Prefetch("mentions", queryset=AreaMention.objects.select_related("area").order_by("area__position"))


def latest_statements(limit: int = 5):
    return (
        Statement.objects.published()
        .select_related("organisation")
        .prefetch_related(_mentions())
        .newest_first()[:limit]
    )
