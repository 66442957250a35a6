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


def _reform_updated_at(api_client, slug: str) -> str:
    return api_client.get(f"/api/v1/reforms/{slug}/").json()["updated_at"]


def test_a_reform_changes_when_an_outcome_of_its_line_is_recorded_or_deleted(api_client, world, commit):
    """Its status is its line's: both texts of the definition's line move, the secretariat stays."""
    slugs = ["definition-2017", "definition-2019", "permanent-secretariat"]
    before = {slug: _reform_updated_at(api_client, slug) for slug in slugs}

    world.outcomes[1].delete()  # definition-2019's 2019 decision
    commit()
    after_deletion = {slug: _reform_updated_at(api_client, slug) for slug in slugs}

    assert after_deletion["definition-2017"] > before["definition-2017"]
    assert after_deletion["definition-2019"] > before["definition-2019"]
    assert after_deletion["permanent-secretariat"] == before["permanent-secretariat"]
    since = api_client.get("/api/v1/reforms/", {"updated_since": after_deletion["definition-2019"]}).json()
    assert sorted(row["slug"] for row in since["results"]) == ["definition-2017", "definition-2019"]


def test_a_reform_changes_when_an_outcome_moves_to_another_reform(api_client, world, commit):
    before = _reform_updated_at(api_client, "permanent-secretariat")
    adopted = world.outcomes[2]
    adopted.proposal = world.definition
    adopted.save()
    commit()

    assert _reform_updated_at(api_client, "permanent-secretariat") > before
