"""Every list endpoint costs the same number of queries for 3 records as for 15, in JSON and in CSV."""

import pytest

from reforms.models import Decision
from tests.api.helpers import streamed_csv
from tests.factories import (
    CountryFactory,
    OrganisationFactory,
    OutcomeFactory,
    ParticipantFactory,
    PlenaryFactory,
    PositionFactory,
    ProposalFactory,
    ReformAreaFactory,
    StatementFactory,
    StatusEventFactory,
)

pytestmark = pytest.mark.django_db

# Every JSON list: the count, the page's primary keys, the page's rows, then what each row shows.
# The data version (ETag, Last-Modified, cache key) is a cache read, not a query; anonymous
# callers cost no authentication query.
EXPECTED_QUERIES = {
    # count, keys, rows, countries (prefetch), status events (prefetch)
    "participants": 5,
    # count, keys, rows (chair, vice-chair, host joined)
    "plenaries": 3,
    # count, keys, rows
    "reform-areas": 3,
    # count, keys, rows (stall status annotated; area, cycle, first meeting, sponsor joined),
    # outcomes (values), originators (values)
    "reforms": 5,
    # count, keys, rows (proposal, area and meeting joined)
    "outcomes": 3,
    # count, keys, rows (proposal, meeting, participant joined; contested annotated)
    "positions": 3,
    # count, keys, rows (organisation and meeting joined), reform areas (values)
    "statements": 4,
    # count, keys, rows
    "organisations": 3,
}


def populate(n: int) -> None:
    """n of everything, each with the relations its endpoint shows."""
    meetings = [PlenaryFactory(year=2000 + i) for i in range(max(n, 5))]
    areas = [ReformAreaFactory(slug=f"area-{i}", name=f"Area {i}", position=i) for i in range(n)]
    organisations = [OrganisationFactory() for _ in range(n)]
    participants = []
    for _ in range(n):
        participant = ParticipantFactory()
        CountryFactory(represented_by=participant)
        CountryFactory(represented_by=participant)
        StatusEventFactory(participant=participant)
        participants.append(participant)
    for i in range(n):
        proposal = ProposalFactory(area=areas[i], first_tabled=meetings[0], sponsor=participants[i])
        proposal.originators.add(organisations[i], organisations[(i + 1) % n])
        OutcomeFactory(proposal=proposal, plenary=meetings[1], decision=Decision.DEFERRED)
        OutcomeFactory(proposal=proposal, plenary=meetings[2], decision=Decision.NO_CONSENSUS)
        PositionFactory(proposal=proposal, plenary=meetings[1], participant=participants[i])
        statement = StatementFactory(organisation=organisations[i], plenary=meetings[2])
        statement.reform_areas.add(areas[i], areas[(i + 1) % n])


@pytest.mark.parametrize("size", [3, 15])
@pytest.mark.parametrize("endpoint", sorted(EXPECTED_QUERIES))
def test_list_endpoint_query_count_does_not_grow_with_the_page(api_client, django_assert_num_queries, endpoint, size):
    populate(size)

    with django_assert_num_queries(EXPECTED_QUERIES[endpoint]):
        response = api_client.get(f"/api/v1/{endpoint}/", {"page_size": 500})

    assert response.status_code == 200
    assert len(response.json()["results"]) >= size


@pytest.mark.parametrize("size", [3, 15])
@pytest.mark.parametrize("endpoint", sorted(EXPECTED_QUERIES))
def test_csv_export_query_count_does_not_grow_with_the_table(api_client, django_assert_num_queries, endpoint, size):
    populate(size)

    # As the JSON list without the count and the keys: one chunk of rows (and what they show) per 1,000 records.
    with django_assert_num_queries(EXPECTED_QUERIES[endpoint] - 2):
        rows = streamed_csv(api_client.get(f"/api/v1/{endpoint}/", {"format": "csv"}))

    assert len(rows) >= size


def test_partner_token_adds_one_query(partner_client, django_assert_num_queries):
    populate(3)

    # The token and its user, then as anonymous.
    with django_assert_num_queries(EXPECTED_QUERIES["reforms"] + 1):
        partner_client.get("/api/v1/reforms/")


@pytest.mark.parametrize("endpoint", sorted(EXPECTED_QUERIES))
def test_repeated_request_is_served_from_the_cache_without_a_query(api_client, django_assert_num_queries, endpoint):
    populate(3)
    first = api_client.get(f"/api/v1/{endpoint}/")

    # The data version, part of the cache key, is read from the cache.
    with django_assert_num_queries(0):
        again = api_client.get(f"/api/v1/{endpoint}/")

    assert again.content == first.content
    assert again["ETag"] == first["ETag"]
