"""Statements are listed newest first, and undated ones last, on SQLite and PostgreSQL alike.

PostgreSQL sorts NULLs first in a descending order, so a plain ``-published_on`` would put
every undated statement at the top of the home page and the feed.
"""

import datetime

import pytest

from statements.models import AreaMention
from tests.factories import OrganisationFactory, PlenaryFactory, ProposalFactory, ReformAreaFactory, StatementFactory

DATED, UNDATED = "Signed and dated", "Found without a date"


@pytest.fixture
def places(db):
    meeting = PlenaryFactory(year=2012)
    area = ReformAreaFactory(slug="scope")
    proposal = ProposalFactory(area=area, first_tabled=meeting)
    organisation = OrganisationFactory()
    # The undated statement is the newer row, so only the date can put it last.
    for title, published_on in [(DATED, datetime.date(2012, 11, 20)), (UNDATED, None)]:
        statement = StatementFactory(title=title, published_on=published_on, plenary=meeting, organisation=organisation)
        AreaMention.objects.create(statement=statement, area=area)
    return {
        "home": "/en/",
        "statement list": "/en/statements/",
        # Same text and organisation: equal search ranks, so the date decides.
        "search": "/en/statements/?q=plenary",
        "feed": "/en/feeds/statements/",
        "meeting page": meeting.get_absolute_url(),
        "reform page": proposal.get_absolute_url(),
    }


def test_a_dated_statement_is_listed_before_an_undated_one(client, places):
    for name, url in places.items():
        response = client.get(url)
        assert response.status_code == 200, name
        page = response.content.decode()
        assert DATED in page, name
        assert UNDATED in page, name
        assert page.index(DATED) < page.index(UNDATED), name
