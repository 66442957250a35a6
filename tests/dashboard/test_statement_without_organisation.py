"""A published statement whose organisation is not recorded yet shows everywhere, saying so."""

import datetime

import feedparser
import pytest

from statements.models import AreaMention
from tests.dashboard.conftest import build_world
from tests.factories import StatementFactory

TITLE = "Unsigned note on the definition"


@pytest.fixture
def orphan(db):
    world = build_world(1)
    statement = StatementFactory(
        organisation=None, plenary=world["meetings"][1], title=TITLE, published_on=datetime.date(2011, 11, 20)
    )
    AreaMention.objects.create(statement=statement, area=world["lines"][0].area, excerpt="Still unsigned.")
    return {"statement": statement, **world}


def _pages(orphan):
    return {
        "home": "/en/",
        "statement list": "/en/statements/",
        "statement page": orphan["statement"].get_absolute_url(),
        "reform page": orphan["lines"][0].get_absolute_url(),
        "meeting page": orphan["meetings"][1].get_absolute_url(),
    }


def test_pages_listing_it_say_the_organisation_is_not_recorded(client, orphan):
    for name, url in _pages(orphan).items():
        response = client.get(url)
        assert response.status_code == 200, name
        page = response.content.decode()
        assert TITLE in page, name
        assert "Organisation not recorded" in page, name
        assert "None" not in page, name


def test_the_feed_lists_it_under_its_title_alone_and_without_an_author(client, orphan):
    response = client.get("/en/feeds/statements/")
    assert response.status_code == 200
    by_title = {entry.title: entry for entry in feedparser.parse(response.content).entries}
    assert "author" not in by_title[TITLE]
    # Statements with an organisation keep it in their title and as the author.
    signed = next(entry for title, entry in by_title.items() if title != TITLE)
    assert signed.title.startswith(f"{signed.author}: ")
