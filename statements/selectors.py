"""Reads for the public statement pages. Only published statements are ever public."""

from django.db.models import Prefetch

from statements.models import AreaMention, Statement
from statements.search import StatementFilters, statement_search


def statement_list(filters: StatementFilters):
    statements = (
        Statement.objects.published()
        .select_related("organisation", "plenary")
        .prefetch_related(_mentions())
        .newest_first()
    )
    if filters.organisation:
        statements = statements.filter(organisation=filters.organisation)
    if filters.plenary:
        statements = statements.filter(plenary=filters.plenary)
    if filters.area:
        statements = statements.filter(mentions__area=filters.area)
    if filters.date_from:
        statements = statements.filter(published_on__gte=filters.date_from)
    if filters.date_to:
        statements = statements.filter(published_on__lte=filters.date_to)
    if filters.q:
        statements = statement_search(statements, filters.q)
    return statements


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
