"""When did a record last change? Read from simple_history.

Outcomes, positions and statements carry ``updated_at``; the other models only have
their edit history, so their ``updated_at`` in the API is the date of their latest
history row. Every save in admin, the services and the dataset loader writes one.
"""

from django.db import models
from django.db.models import OuterRef, Subquery


def history_changed_at(model: type[models.Model]) -> Subquery:
    """A subquery: the date of the latest history row of the outer row (uses the history table's id index)."""
    history = model.history.model
    latest = history.objects.filter(id=OuterRef("pk")).order_by("-history_date").values("history_date")[:1]
    return Subquery(latest, output_field=models.DateTimeField())
