"""Addresses of the pages this layer serves beside home and methodology (kptracker/urls.py mounts them)."""

from django.urls import path

from tracker import briefing_views, participant_views

# Mounted in the "briefings" namespace.
briefing_patterns = [
    path("briefings/", briefing_views.briefing_list, name="briefing-list"),
    path("briefings/<int:year>/", briefing_views.briefing_detail, name="briefing-detail"),
    path("briefings/<int:year>/print-footer.css", briefing_views.briefing_print_footer, name="briefing-footer"),
]

# Mounted with plenaries' own patterns, in the "plenaries" namespace: the pages moved up here when
# they began to show reform outcomes and claims, and kept their addresses and names.
participant_patterns = [
    path("participants/", participant_views.participant_list, name="participant-list"),
    path("participants/<slug:slug>/", participant_views.participant_detail, name="participant-detail"),
]
