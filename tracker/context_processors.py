"""Context every public page needs: when the data last changed, and the stall threshold."""

from django.conf import settings

from common.cache import data_version


def dashboard(request):
    return {
        # The data version knows when public data last changed (the API's Last-Modified too).
        "data_last_updated": data_version().changed_at,
        "stall_threshold": settings.KP_STALL_THRESHOLD,
    }
