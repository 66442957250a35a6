"""The timeline's year filter: a value it cannot use is reported and left out, never half applied."""

import pytest

from reforms.models import Decision
from tests.dashboard.conftest import page
from tests.factories import OutcomeFactory, PlenaryFactory, ProposalFactory


@pytest.fixture
def reforms(db):
    """One reform closed in 2011 and one still open, over plenaries 2010–2015."""
    meetings = {year: PlenaryFactory(year=year) for year in range(2010, 2016)}
    closed = ProposalFactory(first_tabled=meetings[2010], title="Closed early")
    OutcomeFactory(proposal=closed, plenary=meetings[2011], decision=Decision.ADOPTED)
    ProposalFactory(first_tabled=meetings[2010], title="Still open")
    return meetings


def _columns(html):
    return html.count('<th scope="col" class="meeting')


def test_a_reversed_range_is_reported_and_filters_by_neither_year(client, reforms):
    html = page(client, "/en/timeline/?year_from=2014&year_to=2011")
    assert "The last year must not be before the first." in html
    assert "2 filters above could not be used and were left out" in html
    assert "Closed early" in html and "2 reforms shown" in html
    assert _columns(html) == 6


def test_a_value_that_is_not_a_year_is_reported_and_ignored(client, reforms):
    html = page(client, "/en/timeline/?year_from=abc&year_to=2012")
    assert '<p class="error" id="id_year_from_error">Not a year: type four digits, such as 2015.</p>' in html
    assert 'aria-describedby="id_year_from_error"' in html
    assert "a filter above could not be used and was left out" in html
    # The valid half still applies.
    assert _columns(html) == 3


def test_years_without_a_meeting_say_so_instead_of_rows_without_columns(client, reforms):
    html = page(client, "/en/timeline/?year_from=2030")
    assert "No meetings in the years chosen: the record runs from 2010 to 2015." in html
    assert "0 reforms shown" in html
    assert "Still open" not in html
    assert 'class="timeline"' not in html


def test_a_good_range_reports_no_error(client, reforms):
    html = page(client, "/en/timeline/?year_from=2012&year_to=2015")
    assert "could not be used" not in html
    assert "Closed early" not in html and "Still open" in html
    assert _columns(html) == 4


def test_the_french_timeline_counts_the_filters_left_out(client, reforms):
    html = page(client, "/fr/timeline/?year_from=2014&year_to=2011")
    assert "2 filtres ci-dessus n’ont pas pu être appliqués et ont été laissés de côté" in html
