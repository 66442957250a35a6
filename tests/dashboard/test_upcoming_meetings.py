"""A meeting not held because it has not happened yet is shown as upcoming, not as cancelled."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.dashboard.conftest import page
from tests.factories import PlenaryFactory, ProposalFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def meetings():
    today = timezone.localdate()
    cancelled = PlenaryFactory(year=2020, city="", held=False, chair=None, vice_chair=None)
    soon = today + timedelta(days=40)
    upcoming = PlenaryFactory(year=soon.year, city="Accra", held=False, chair=None, vice_chair=None, start_date=soon)
    return cancelled, upcoming


def test_the_meetings_list_calls_an_upcoming_meeting_upcoming_and_a_cancelled_one_not_held(client, meetings):
    cancelled, upcoming = meetings
    listing = page(client, "/en/plenaries/")

    def row(meeting):
        return listing.split(meeting.get_absolute_url())[1].split("</tr>")[0]

    assert "upcoming" in row(upcoming) and "Not held" not in row(upcoming) and "no chair" not in row(upcoming)
    assert "Not held" in row(cancelled) and "no chair" in row(cancelled)


def test_an_upcoming_meetings_page_does_not_say_it_did_not_take_place(client, meetings):
    cancelled, upcoming = meetings

    assert "has not taken place yet" in page(client, upcoming.get_absolute_url())
    assert "did not take place" not in page(client, upcoming.get_absolute_url())
    assert "did not take place" in page(client, cancelled.get_absolute_url())


def test_the_timeline_labels_an_upcoming_meeting_upcoming(client, meetings):
    ProposalFactory(first_tabled=PlenaryFactory(year=2019))  # a reform, so the timeline has rows and columns

    timeline = page(client, "/en/timeline/")

    assert '<span class="m-nh">upcoming</span>' in timeline
    assert '<span class="m-nh">not held</span>' in timeline
