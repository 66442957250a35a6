"""Reads for the public meeting pages (the participant pages read theirs in tracker/scorecards.py).

Outcomes, positions and statements are reached through reverse relations, so this
app does not import the apps that depend on it (statements → reforms → plenaries).
"""

from collections.abc import Sequence
from datetime import timedelta

from django.db.models import Count, Q

from plenaries.models import Plenary

# Statements published this close to a meeting are shown with it, even when not linked to it.
STATEMENT_WINDOW = timedelta(days=30)


def meeting_list():
    return (
        Plenary.objects.select_related("chair", "vice_chair", "host")
        .annotate(outcome_count=Count("outcomes"))
        .order_by("-sort_key")
    )


def meeting_index():
    """Every meeting's year, kind and venue: enough for previous/next links."""
    return Plenary.objects.order_by("sort_key").only("year", "kind", "city", "host_country", "held")


def meeting_pager(index: Sequence[Plenary], plenary: Plenary) -> tuple[Plenary | None, Plenary | None]:
    """The meetings before and after ``plenary`` in ``index`` (in ``sort_key`` order), for previous/next links."""
    position = next(i for i, meeting in enumerate(index) if meeting.pk == plenary.pk)
    previous = index[position - 1] if position > 0 else None
    following = index[position + 1] if position + 1 < len(index) else None
    return previous, following


def meeting_outcomes(plenary: Plenary):
    return plenary.outcomes.select_related("proposal__area").order_by("proposal__area__position", "proposal__title")


def meeting_positions(plenary: Plenary):
    return plenary.positions.select_related("participant", "proposal").order_by("proposal__title", "participant__name")


def meeting_statements(plenary: Plenary):
    """Published statements about the meeting, or published within a month of it."""
    around = Q(plenary=plenary)
    if plenary.start_date:
        end = plenary.end_date or plenary.start_date
        around |= Q(published_on__gte=plenary.start_date - STATEMENT_WINDOW, published_on__lte=end + STATEMENT_WINDOW)
    # The reverse manager carries Statement's queryset (published(), newest_first()) without importing it.
    manager = Plenary._meta.get_field("statements").related_model.objects
    return manager.published().filter(around).select_related("organisation").newest_first()[:30]
