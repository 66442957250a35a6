"""Every list answers ``updated_since``: nothing after now, everything since before the data existed."""

from importlib import import_module

import pytest
from django.apps import apps
from django.utils import timezone

from reforms.models import Outcome, ReformProposal
from reforms.services import proposal_line_sync
from tests.factories import PlenaryFactory

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


def test_a_text_leaving_a_line_changes_the_line_it_left(api_client, world, commit):
    """definition-2017's status loses its later text: it changes though it was never edited itself."""
    before = _reform_updated_at(api_client, "definition-2017")
    later = ReformProposal.objects.get(slug="definition-2019")
    later.continues = None
    later.save()
    proposal_line_sync(proposal=later)
    commit()

    assert _reform_updated_at(api_client, "definition-2017") > before


def test_every_reform_changes_when_a_meeting_is_recorded(api_client, world, commit):
    """The stall rule counts the meetings held since a line's last decision."""
    before = {row["slug"]: row["updated_at"] for row in api_client.get("/api/v1/reforms/").json()["results"]}
    PlenaryFactory(year=2025, city="City 2025", held=True)
    commit()

    after = {row["slug"]: row["updated_at"] for row in api_client.get("/api/v1/reforms/").json()["results"]}
    assert before.keys() == after.keys()
    assert all(after[slug] > before[slug] for slug in before)


def test_the_migration_stamps_each_line_with_its_outcomes_latest_change(world):
    backfill = import_module("reforms.migrations.0006_proposal_line_changed_at").line_changed_at_backfill
    deleted = world.outcomes[1].pk
    world.outcomes[1].delete()  # a deleted outcome still counts for the line it was on
    ReformProposal.objects.update(line_changed_at=None)

    backfill(apps, schema_editor=None)

    deleted_at = Outcome.history.filter(id=deleted).latest("history_date").history_date
    stamps = dict(ReformProposal.objects.values_list("slug", "line_changed_at"))
    assert stamps["definition-2017"] == stamps["definition-2019"] == deleted_at
    secretariat_latest = Outcome.history.filter(proposal__slug="permanent-secretariat").latest("history_date")
    assert stamps["permanent-secretariat"] == secretariat_latest.history_date


def test_a_meetings_city_corrected_changes_no_reform(api_client, world, commit):
    before = {row["slug"]: row["updated_at"] for row in api_client.get("/api/v1/reforms/").json()["results"]}
    meeting = world.plenaries[2019]
    meeting.city = "New Delhi (corrected)"
    meeting.save()
    commit()

    after = {row["slug"]: row["updated_at"] for row in api_client.get("/api/v1/reforms/").json()["results"]}
    assert after == before


def test_a_text_tabled_at_another_meeting_changes_the_other_texts_of_its_line(api_client, world, commit):
    before = _reform_updated_at(api_client, "definition-2019")
    first = ReformProposal.objects.get(slug="definition-2017")
    first.first_tabled = world.plenaries[2018]
    first.save()
    commit()

    assert _reform_updated_at(api_client, "definition-2019") > before
