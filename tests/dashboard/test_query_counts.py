"""Every public page runs the same number of SQL queries whatever the amount of data.

Each page is fetched uncached (the cache is cleared before every test) at two sizes.
"""

import pytest

from tests.dashboard.conftest import build_world

# Page → (queries, what they are). "last updated" is the footer's one query: the dataset
# state the API also reads (kptracker.api.history.dataset_state).
PAGES = {
    "/": (
        9,
        "headline aggregate, longest stalls, latest adoption, latest plenary, its outcomes, "
        "latest statements, their mentions, outcome counts per meeting, last updated",
    ),
    "/timeline/": (7, "areas, cycles, meetings, line heads with stall status, lines' texts, outcomes, last updated"),
    "/timeline/?status=stalled&area=scope": (7, "same as the unfiltered timeline"),
    "/timeline/export.csv": (6, "the timeline's six, without the page footer"),
    "/timeline/export.svg": (6, "the timeline's six, without the page footer"),
    "/plenaries/": (2, "meetings with chairs and outcome counts, last updated"),
    "/plenaries/2012/": (6, "meeting, meeting index, outcomes, positions, statements around it, last updated"),
    "/participants/": (
        5,
        "participants with country counts, current ids, chairs and hosts, country count, last updated",
    ),
    "/participants/chair-state/": (
        8,
        "participant, meetings, is-current, countries, events, positions, proposals tabled, last updated",
    ),
    "/statements/": (7, "organisations, meetings, areas, count, page, mentions, last updated"),
    "/statements/?q=statement&area=scope": (7, "same as the unfiltered list"),
    "/feeds/outcomes/": (1, "latest outcomes with proposal and meeting"),
    "/feeds/statements/": (1, "latest statements with organisation"),
    "/methodology/": (
        10,
        "one per kind of fact (meetings, participants, status events, proposals, outcomes, milestones, positions), "
        "statement counts, open questions, last updated",
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
    # statements on the area; their mentions; the meeting the stall started at; last updated
    with django_assert_num_queries(10):
        response = client.get(world["lines"][0].get_absolute_url())
    assert response.status_code == 200


@pytest.mark.parametrize("size", [1, 4])
def test_statement_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries, db, size):
    world = build_world(size)
    # statement with organisation and meeting; mentions; quotes; area keywords; last updated
    with django_assert_num_queries(5):
        response = client.get(world["statements"][0].get_absolute_url())
    assert response.status_code == 200


def test_a_cached_page_runs_no_query(client, django_assert_num_queries, world):
    client.get("/timeline/")
    with django_assert_num_queries(0):
        response = client.get("/timeline/")
    assert response.status_code == 200
