"""What a stall clock rests on, and what a closed reform's clock says instead."""

import pytest

from plenaries.models import PlenaryKind
from reforms.models import Decision
from tests.dashboard.conftest import page
from tests.factories import OutcomeFactory, PlenaryFactory, ProposalFactory


@pytest.fixture
def meetings(db):
    """Plenaries 2010–2015, a plenary not held in 2016, and an intersessional in 2012."""
    held = {year: PlenaryFactory(year=year) for year in range(2010, 2016)}
    PlenaryFactory(year=2016, held=False, chair=None)
    held["2012i"] = PlenaryFactory(year=2012, kind=PlenaryKind.INTERSESSIONAL)
    return held


@pytest.fixture
def stalled(meetings):
    """Stalled since 2010: six plenaries counted, two of them (2010, 2013) with an outcome."""
    proposal = ProposalFactory(first_tabled=meetings[2010], title="Stalled reform")
    OutcomeFactory(proposal=proposal, plenary=meetings[2010], decision=Decision.DEFERRED)
    OutcomeFactory(proposal=proposal, plenary=meetings[2013], decision=Decision.NOTED)
    # An intersessional's outcome is not one of the plenaries the clock counts.
    OutcomeFactory(proposal=proposal, plenary=meetings["2012i"], decision=Decision.NOTED)
    return proposal


def test_the_reform_page_says_how_many_counted_plenaries_have_no_record(client, stalled):
    html = page(client, stalled.get_absolute_url())
    assert '<span class="clock-detail">(6 plenaries, 4 with no record)</span>' in html


def test_the_timeline_band_says_how_many_counted_plenaries_have_no_record(client, stalled):
    html = page(client, "/en/timeline/")
    assert '<span class="band-label">Stalled 5 years (6 plenaries, 4 with no record)</span>' in html
    assert "Stalled 5 years (6 plenaries, 4 with no record), since 2010." in html


def test_the_counts_are_translated(client, stalled):
    html = page(client, f"/fr{stalled.get_absolute_url()[3:]}")
    assert "(6 plénières, dont 4 non renseignées)" in html


def test_the_clock_says_how_many_counted_plenaries_rest_on_an_unverified_outcome(client, stalled, meetings):
    OutcomeFactory(proposal=stalled, plenary=meetings[2014], decision=Decision.NO_CONSENSUS, verified=False)

    detail = page(client, stalled.get_absolute_url())
    timeline = page(client, "/en/timeline/")
    french = page(client, f"/fr{stalled.get_absolute_url()[3:]}")

    assert '<span class="clock-detail">(6 plenaries, 3 with no record, 1 unverified)</span>' in detail
    assert '<span class="band-label">Stalled 5 years (6 plenaries, 3 with no record, 1 unverified)</span>' in timeline
    assert "(6 plénières, dont 3 non renseignées, 1 non vérifiée)" in french


def test_a_meeting_with_one_confirmed_outcome_of_the_line_is_not_counted_unverified(client, stalled, meetings):
    """Two texts of the line decided at 2014, the later one unverified: the timeline counts as the page does."""
    later = ProposalFactory(first_tabled=meetings[2011], continues=stalled, title="Later text")
    later.save()
    OutcomeFactory(proposal=stalled, plenary=meetings[2014], decision=Decision.NOTED)
    OutcomeFactory(proposal=later, plenary=meetings[2014], decision=Decision.NO_CONSENSUS, verified=False)

    timeline = page(client, "/en/timeline/")
    detail = page(client, later.get_absolute_url())

    assert "(6 plenaries, 3 with no record)</span>" in timeline
    assert '<span class="clock-detail">(6 plenaries, 3 with no record)</span>' in detail


def test_a_closed_reform_says_when_it_was_adopted_not_how_many_plenaries_passed(client, meetings):
    proposal = ProposalFactory(first_tabled=meetings[2010])
    OutcomeFactory(proposal=proposal, plenary=meetings[2011], decision=Decision.ADOPTED)
    html = page(client, proposal.get_absolute_url())
    meeting = meetings[2011]
    assert f'Closed: Adopted at the <a href="{meeting.get_absolute_url()}">2011 plenary, {meeting.city}</a>.' in html
    assert "since the last decision" not in html
    assert "Not stalled" not in html


def test_an_open_reform_still_counts_the_plenaries_since_its_last_decision(client, meetings):
    proposal = ProposalFactory(first_tabled=meetings[2010])
    OutcomeFactory(proposal=proposal, plenary=meetings[2014], decision=Decision.PARTIALLY_ADOPTED)
    html = page(client, proposal.get_absolute_url())
    assert "Not stalled: Partially adopted." in html
    assert "1 plenary since the last decision." in html
