"""Context every public page needs: when the data last changed, and the stall threshold."""

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from kptracker.api.history import dataset_state
from kptracker.cache import CSRF_SENTINEL


def data_last_updated():
    """The newest change to any tracked record, or None on an empty database. One query.

    The API's Last-Modified answers the same question, so both read it from one place:
    the newest history row of every model with history in the tracked apps.
    """
    return dataset_state().changed_at


def dashboard(request):
    return {
        # Lazy: only pages that show it pay for the query, and only once per render.
        "data_last_updated": SimpleLazyObject(data_last_updated),
        "stall_threshold": settings.KP_STALL_THRESHOLD,
        "csrf_sentinel": CSRF_SENTINEL,
    }
