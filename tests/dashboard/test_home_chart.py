"""The home page's chart keeps a slot for every held year-end plenary, so its years are evenly spaced."""

import itertools
import re

import pytest

from plenaries.models import PlenaryKind
from reforms.choices import Decision
from tests.dashboard.conftest import page
from tests.factories import OutcomeFactory, PlenaryFactory, ProposalFactory
from tracker.views import outcome_chart

pytestmark = pytest.mark.django_db


def chart_of(html: str) -> str:
    start = html.index('<svg class="chart"')
    return html[start : html.index("</svg>", start)]


def test_a_plenary_with_no_outcome_keeps_an_empty_slot_in_the_chart(client):
    proposal = ProposalFactory(first_tabled=PlenaryFactory(year=2003))
    for year in (2003, 2011):
        OutcomeFactory(proposal=proposal, plenary=PlenaryFactory(year=year), decision=Decision.DEFERRED)
    for year in range(2004, 2011):
        PlenaryFactory(year=year)
    PlenaryFactory(year=2020, held=False)

    chart = chart_of(page(client, "/en/"))

    titles = re.findall(r"<title>(\d{4}) plenary: (\d+) outcomes?</title>", chart)
    assert [year for year, _n in titles] == [str(year) for year in range(2003, 2012)]
    assert dict(titles) == {"2003": "1", "2011": "1"} | {str(year): "0" for year in range(2004, 2011)}
    assert "2020" not in chart  # a plenary that did not take place has no slot


def test_each_bar_is_drawn_in_its_own_slot_in_meeting_order():
    plenaries = [PlenaryFactory(year=year) for year in (2003, 2004, 2005)]
    intersessional = PlenaryFactory(year=2005, kind=PlenaryKind.INTERSESSIONAL)
    rows = [
        (2005, PlenaryKind.PLENARY, plenaries[2].sort_key, Decision.ADOPTED, 2),
        (2005, PlenaryKind.INTERSESSIONAL, intersessional.sort_key, Decision.NOTED, 1),
    ]

    chart = outcome_chart(rows, plenaries)

    assert [(bar["year"], bar["intersessional"], bar["total"]) for bar in chart["bars"]] == [
        (2003, False, 0),
        (2004, False, 0),
        (2005, True, 1),
        (2005, False, 2),
    ]
    xs = [bar["x"] for bar in chart["bars"]]
    steps = [b - a for a, b in itertools.pairwise(xs)]
    assert min(steps) > 0 and max(steps) - min(steps) < 0.2  # evenly spaced, up to rounding
    assert chart["bars"][0]["segments"] == []


def test_with_plenaries_but_no_outcome_the_home_page_says_so_instead_of_drawing_zeros(client):
    for year in (2003, 2004):
        PlenaryFactory(year=year)

    html = page(client, "/en/")

    assert '<svg class="chart"' not in html
    assert "No outcome recorded yet." in html
