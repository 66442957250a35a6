"""The feeds run the same number of queries whatever the size of the record."""

import pytest

from tests.alerts.conftest import build_record

FEEDS = {
    "/en/feeds/reforms/{slug}/": (
        7,
        "the reform; its line's outcomes, position claims, milestones; statements on its area; "
        "its line if stalled; the decision meetings (when and which made it stalled)",
    ),
    "/en/feeds/areas/scope/": (7, "the area, then the same six as a reform"),
    "/en/feeds/participants/chair-state/": (
        6,
        "the participant; outcomes under its chair or on its texts; claims about it; its status events; "
        "its stalled reforms; the decision meetings",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("size", [1, 6])
@pytest.mark.parametrize("url", list(FEEDS))
def test_a_feed_runs_a_fixed_number_of_queries(client, django_assert_num_queries, url, size):
    record = build_record(size)
    expected, _why = FEEDS[url]
    with django_assert_num_queries(expected):
        response = client.get(url.format(slug=record["proposal"].slug))
    assert response.status_code == 200
    assert response.content.count(b"<entry>") >= 4
