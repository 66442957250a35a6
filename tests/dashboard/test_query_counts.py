"""Every public page runs the same number of SQL queries whatever the amount of data.

Each page is fetched uncached (the cache is cleared before every test) at two sizes.
"""

import pytest
from django.urls import reverse

from tests.dashboard.conftest import build_world

# Page → (queries, what they are). The footer's "last updated" comes with the data version,
# from the cache: no query.
PAGES = {
    "/en/": (
        9,
        "headline aggregate, longest stalls, latest adoption, latest plenary, its outcomes, "
        "latest statements, their mentions, outcome counts per meeting, the plenary its briefing link names",
    ),
    "/en/timeline/": (6, "areas, cycles, meetings, line heads with stall status, lines' texts, outcomes"),
    "/en/timeline/?status=stalled&area=scope": (6, "same as the unfiltered timeline"),
    "/en/timeline/export.csv": (6, "the timeline's six"),
    "/en/timeline/export.svg": (6, "the timeline's six"),
    "/en/plenaries/": (1, "meetings with chairs and outcome counts"),
    "/en/plenaries/2012/": (5, "meeting, meeting index, outcomes, positions, statements around it"),
    "/en/participants/": (
        3,
        "participants with country counts, is-current and scorecard counts, chairs and hosts, country count",
    ),
    "/en/participants/chair-state/": (
        7,
        "participant with is-current, meetings, what they decided, countries, events, position claims, "
        "proposals tabled",
    ),
    "/en/statements/": (10, "organisations, meetings, areas, count, page, mentions, a count per facet (4)"),
    "/en/statements/?q=statement&area=scope": (10, "same as the unfiltered list"),
    "/en/feeds/outcomes/": (1, "latest outcomes with proposal and meeting"),
    "/en/feeds/statements/": (1, "latest statements with organisation"),
    "/en/methodology/": (
        9,
        "one per kind of fact (meetings, participants, status events, proposals, outcomes, milestones, positions), "
        "statement counts, open questions",
    ),
}


@pytest.mark.parametrize("size", [1, 4])
@pytest.mark.parametrize("url", list(PAGES))
def test_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries, db, url, size):
    build_world(size)
    expected, _why = PAGES[url]
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200


@pytest.mark.parametrize("size", [1, 4])
def test_reform_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries, db, size):
    world = build_world(size)
    # proposal with stall status; line texts; their drafters; outcomes; milestones; positions;
    # statements on the area; their mentions; the meeting the stall started at
    with django_assert_num_queries(9):
        response = client.get(world["lines"][0].get_absolute_url())
    assert response.status_code == 200


@pytest.mark.parametrize("size", [1, 4])
@pytest.mark.parametrize("page", ["reforms:reform-embed", "reforms:reform-badge"])
def test_the_embeds_run_one_query(client, django_assert_num_queries, db, size, page):
    world = build_world(size)
    with django_assert_num_queries(1):  # the proposal with its stall status and area
        response = client.get(reverse(page, args=[world["lines"][0].slug]))
    assert response.status_code == 200


@pytest.mark.parametrize("size", [1, 4])
def test_statement_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries, db, size):
    world = build_world(size)
    # statement with organisation and meeting; mentions; quotes; area keywords
    with django_assert_num_queries(4):
        response = client.get(world["statements"][0].get_absolute_url())
    assert response.status_code == 200


def test_a_cached_page_runs_no_query(client, django_assert_num_queries, world):
    client.get("/en/timeline/")
    with django_assert_num_queries(0):
        response = client.get("/en/timeline/")
    assert response.status_code == 200
