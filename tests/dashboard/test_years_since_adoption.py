"""The home page's "years since a reform was last adopted" figure."""

import re

import pytest
from django.utils import timezone

from reforms.models import Decision
from tests.dashboard.conftest import page
from tests.factories import OutcomeFactory, PlenaryFactory

pytestmark = pytest.mark.django_db


def years_since_adoption(client) -> str:
    html = page(client, "/en/")
    return re.search(r'figure-number">(-?[\d,]+)</p>\s*<p class="figure-label">years? since a reform', html)[1]


def test_the_figure_counts_the_years_since_the_last_adoption(client):
    OutcomeFactory(plenary=PlenaryFactory(year=timezone.localdate().year - 3), decision=Decision.ADOPTED)

    assert years_since_adoption(client) == "3"


def test_the_figure_is_never_negative_even_if_a_later_years_meeting_was_recorded_as_held(client):
    # The rules refuse this now; a record saved before they did must still not read "-1 years".
    OutcomeFactory(plenary=PlenaryFactory(year=timezone.localdate().year + 1), decision=Decision.ADOPTED)

    assert years_since_adoption(client) == "0"
