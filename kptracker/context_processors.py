"""Context every public page needs: when the data last changed, and the stall threshold."""

from django.apps import apps
from django.conf import settings
from django.db.models import Max, Value
from django.utils.functional import SimpleLazyObject

from kptracker.cache import CSRF_SENTINEL

# Every editable record keeps its history (django-simple-history), deletions included,
# so the newest history row is the last time anything changed.
HISTORY_MODELS = [
    "plenaries.Participant",
    "plenaries.StatusEvent",
    "plenaries.Organisation",
    "plenaries.Plenary",
    "reforms.ReformArea",
    "reforms.ReformProposal",
    "reforms.Outcome",
    "reforms.Position",
    "statements.Statement",
]


def data_last_updated():
    """The newest change to any tracked record, or None on an empty database. One query (UNION ALL)."""
    parts = [
        apps.get_model(label)
        .history.model.objects.order_by()
        .values(k=Value(1))
        .annotate(t=Max("history_date"))
        .values_list("t", flat=True)
        for label in HISTORY_MODELS
    ]
    dates = [value for value in parts[0].union(*parts[1:], all=True) if value is not None]
    return max(dates, default=None)


def dashboard(request):
    return {
        # Lazy: only pages that show it pay for the query, and only once per render.
        "data_last_updated": SimpleLazyObject(data_last_updated),
        "stall_threshold": settings.KP_STALL_THRESHOLD,
        "csrf_sentinel": CSRF_SENTINEL,
    }
