"""What each timeline cell says: a decision, "no record", "not held", or nothing expected."""

import pytest

from plenaries.models import PlenaryKind
from reforms.models import Decision, Stance
from reforms.timeline.layout import timeline_build
from reforms.timeline.queries import TimelineFilters
from tests.factories import OutcomeFactory, PlenaryFactory, PositionFactory, ProposalFactory


def _by_year(proposal):
    timeline = timeline_build(TimelineFilters())
    row = next(row for row in timeline.rows if row.head.pk == proposal.pk)
    return {
        (column.plenary.year, column.plenary.kind): cell
        for column, cell in zip(timeline.columns, row.cells, strict=True)
    }


@pytest.fixture
def meetings(db):
    return {year: PlenaryFactory(year=year) for year in range(2010, 2016)}


def test_a_plenary_without_an_outcome_shows_no_record_not_not_discussed(meetings):
    proposal = ProposalFactory(first_tabled=meetings[2010])
    OutcomeFactory(proposal=proposal, plenary=meetings[2010], decision=Decision.NOT_DISCUSSED)
    cells = _by_year(proposal)
    assert cells[2010, "plenary"].code == Decision.NOT_DISCUSSED
    assert cells[2011, "plenary"].code == "no_record"


def test_meetings_before_tabling_and_after_closing_are_left_empty(meetings):
    proposal = ProposalFactory(first_tabled=meetings[2011])
    OutcomeFactory(proposal=proposal, plenary=meetings[2012], decision=Decision.ADOPTED)
    cells = _by_year(proposal)
    assert cells[2010, "plenary"].code == ""
    assert cells[2011, "plenary"].code == "no_record"
    assert cells[2012, "plenary"].code == Decision.ADOPTED
    assert cells[2013, "plenary"].code == ""


def test_a_later_text_reopens_a_closed_line(meetings):
    first = ProposalFactory(first_tabled=meetings[2010])
    OutcomeFactory(proposal=first, plenary=meetings[2010], decision=Decision.ADOPTED)
    second = ProposalFactory(first_tabled=meetings[2013], continues=first, area=first.area)
    cells = _by_year(second)
    assert cells[2011, "plenary"].code == ""
    assert cells[2013, "plenary"].code == "no_record"


def test_a_meeting_that_was_not_held_says_so(meetings):
    proposal = ProposalFactory(first_tabled=meetings[2010])
    PlenaryFactory(year=2020, held=False)
    assert _by_year(proposal)[2020, "plenary"].code == "not_held"


def test_an_intersessional_without_an_outcome_is_empty_not_no_record(meetings):
    proposal = ProposalFactory(first_tabled=meetings[2010])
    intersessional = PlenaryFactory(year=2012, kind=PlenaryKind.INTERSESSIONAL)
    OutcomeFactory(proposal=ProposalFactory(first_tabled=meetings[2010]), plenary=intersessional)
    assert _by_year(proposal)[2012, "intersessional"].code == ""


def test_a_stalled_line_is_one_band_labelled_with_its_years(meetings):
    first = ProposalFactory(first_tabled=meetings[2010])
    OutcomeFactory(proposal=first, plenary=meetings[2010], decision=Decision.NO_CONSENSUS)
    second = ProposalFactory(first_tabled=meetings[2012], continues=first, area=first.area)
    OutcomeFactory(proposal=second, plenary=meetings[2013], decision=Decision.DEFERRED)
    cells = _by_year(second)
    in_band = [year for (year, _kind), cell in sorted(cells.items()) if cell.in_stall]
    assert in_band == [2010, 2011, 2012, 2013, 2014, 2015]
    labelled = [cell.band_label for cell in cells.values() if cell.band_label]
    assert labelled == ["Stalled 5 years (6 plenaries, 4 with no record)"]


def test_the_timeline_shows_each_line_once(client, meetings):
    first = ProposalFactory(first_tabled=meetings[2010], title="First text")
    ProposalFactory(first_tabled=meetings[2012], continues=first, area=first.area, title="Latest text")
    page = client.get("/en/timeline/").content.decode()
    assert "Latest text" in page
    assert ">First text<" not in page
    assert "1 reform shown" in page


def test_cells_link_to_the_outcome_on_the_reform_page(client, meetings):
    proposal = ProposalFactory(first_tabled=meetings[2010])
    outcome = OutcomeFactory(proposal=proposal, plenary=meetings[2010], decision=Decision.DEFERRED)
    page = client.get("/en/timeline/").content.decode()
    assert f'href="{proposal.get_absolute_url()}#outcome-{outcome.pk}"' in page
    assert f'id="outcome-{outcome.pk}"' in client.get(proposal.get_absolute_url()).content.decode()


def test_disagreeing_claims_show_the_position_as_contested_with_each_claim(client, meetings):
    proposal = ProposalFactory(first_tabled=meetings[2010])
    PositionFactory(proposal=proposal, plenary=meetings[2010], stance=Stance.BLOCKED, reported_by="Observer A")
    claim = PositionFactory(proposal=proposal, plenary=meetings[2010], stance=Stance.SUPPORTED, reported_by="Paper B")
    PositionFactory(
        proposal=proposal,
        plenary=meetings[2010],
        participant=claim.participant,
        stance=Stance.BLOCKED,
        reported_by="Observer A",
    )
    page = client.get(proposal.get_absolute_url()).content.decode()
    assert page.count("Contested") == 1
    assert "Observer A" in page and "Paper B" in page
    assert "Blocked consensus" in page and "Supported" in page
