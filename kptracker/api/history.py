# ruff: noqa: S608 -- the raw SQL here names tables from model metadata, never from input.
"""When did a record, or the whole dataset, last change? Read from simple_history.

Outcomes, positions and statements carry ``updated_at``; the other models only have
their edit history, so their ``updated_at`` in the API is the date of their latest
history row. Every save in admin, the services and the dataset loader writes one.
"""

import functools
from dataclasses import dataclass
from datetime import UTC, datetime

from django.apps import apps
from django.db import connection, models
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.dateparse import parse_datetime

TRACKED_APPS = ("plenaries", "reforms", "statements")


def history_changed_at(model: type[models.Model]) -> Subquery:
    """A subquery: the date of the latest history row of the outer row (uses the history table's id index)."""
    history = model.history.model
    latest = history.objects.filter(id=OuterRef("pk")).order_by("-history_date").values("history_date")[:1]
    return Subquery(latest, output_field=models.DateTimeField())


def _history_tables() -> list[str]:
    tables = []
    for label in TRACKED_APPS:
        for model in apps.get_app_config(label).get_models():
            # simple_history's generated models point back at the model they record.
            if getattr(model, "instance_type", None) is not None and hasattr(model, "history_date"):
                tables.append(model._meta.db_table)
    return sorted(tables)


def _untracked_tables() -> list[tuple[str, bool]]:
    """Tables the API shows that keep no history, and whether to count their rows.

    Their highest id reveals new rows; the row count also reveals deletions, where a deletion
    may leave no history row elsewhere (an originator removed from a proposal). Mentions are
    only ever deleted with their statement saved, or replaced wholesale by new rows, and they
    are the one big table here, so they go uncounted.
    """
    country = apps.get_model("plenaries", "Country")
    cycle = apps.get_model("reforms", "ReviewCycle")
    mention = apps.get_model("statements", "AreaMention")
    proposal = apps.get_model("reforms", "ReformProposal")
    originators = proposal._meta.get_field("originators").remote_field.through
    return [
        (country._meta.db_table, True),
        (cycle._meta.db_table, True),
        (originators._meta.db_table, True),
        (mention._meta.db_table, False),
    ]


@dataclass(frozen=True)
class DatasetState:
    changed_at: datetime | None  # the latest edit with a history row: Last-Modified
    token: str  # changes whenever anything the API shows is likely to have changed: cache keys


def _as_datetime(value) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):  # SQLite hands back text from a raw cursor.
        value = parse_datetime(value)
    if timezone.is_naive(value):
        value = value.replace(tzinfo=UTC)
    return value


@functools.cache
def _state_sql() -> str:
    """Built once per process: the tables do not change while it runs."""
    quote = connection.ops.quote_name
    latest = [f"(SELECT MAX({quote('history_date')}) FROM {quote(table)})" for table in _history_tables()]
    if connection.vendor == "postgresql":
        # GREATEST() skips NULLs, and PostgreSQL plans it several times faster than the UNION below.
        columns = [f"GREATEST({', '.join(latest)})"]
    else:
        # SQLite's MAX(a, b) is NULL when any argument is: take the maximum over a UNION instead.
        union = " UNION ALL ".join(f"SELECT {column} AS changed" for column in latest)
        columns = [f"(SELECT MAX(changed) FROM ({union}) AS latest)"]
    for table, counted in _untracked_tables():
        columns.append(f"(SELECT MAX({quote('id')}) FROM {quote(table)})")
        if counted:
            columns.append(f"(SELECT COUNT(*) FROM {quote(table)})")
    return "SELECT " + ", ".join(columns)


def dataset_state() -> DatasetState:
    """The dataset's last edit and a version token, in one query (indexes answer every part).

    Deletions also leave a history row, and so does publishing or rejecting statements, in
    bulk too (``statements_review`` saves each one). Tables without history (countries,
    review cycles, statement mentions, originators) add their highest id and (except
    mentions) their row count.
    Writes that bypass history are the one blind spot: in-place edits of those tables, or a
    queryset ``update()`` of a tracked row with no save beside it. That is why the ETag
    hashes the body and cached responses also expire.
    """
    with connection.cursor() as cursor:
        cursor.execute(_state_sql())
        changed, *rest = cursor.fetchone()
    changed_at = _as_datetime(changed)
    token = "|".join([changed_at.isoformat() if changed_at else "-", *(str(value) for value in rest)])
    return DatasetState(changed_at=changed_at, token=token)


def dataset_changed_at() -> datetime | None:
    return dataset_state().changed_at
