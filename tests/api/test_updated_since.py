"""Every list answers ``updated_since``: nothing after now, everything since before the data existed."""

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db

LISTS = ["participants", "plenaries", "reform-areas", "reforms", "outcomes", "positions", "statements", "organisations"]


@pytest.mark.parametrize("name", LISTS)
def test_every_list_filters_on_updated_since(api_client, world, name):
    everything = api_client.get(f"/api/v1/{name}/").json()["count"]

    since_long_ago = api_client.get(f"/api/v1/{name}/", {"updated_since": "2000-01-01"}).json()["count"]
    since_now = api_client.get(f"/api/v1/{name}/", {"updated_since": timezone.now().isoformat()}).json()["count"]

    assert everything > 0
    assert since_long_ago == everything
    assert since_now == 0


@pytest.mark.parametrize("name", LISTS)
def test_every_record_says_when_it_changed(api_client, world, name):
    for row in api_client.get(f"/api/v1/{name}/").json()["results"]:
        assert row["updated_at"].endswith("Z")
