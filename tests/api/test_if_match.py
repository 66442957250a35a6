"""A correction sent with ``If-Match`` is applied only to the record as the editor read it: 412 otherwise."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def outcome_url(world) -> str:
    return f"/api/v1/outcomes/{world.outcomes[1].pk}/"


def test_a_stale_if_match_is_a_412_and_changes_nothing(editor_client, world, outcome_url):
    response = editor_client.patch(outcome_url, {"summary": "Deadlock."}, format="json", HTTP_IF_MATCH='"stale"')

    assert response.status_code == 412
    assert "ETag" in response.json()["detail"]
    world.outcomes[1].refresh_from_db()
    assert world.outcomes[1].summary != "Deadlock."


def test_the_etag_of_a_read_made_before_another_change_is_refused(editor_client, world, outcome_url, commit):
    etag = editor_client.get(outcome_url)["ETag"]
    assert editor_client.patch(outcome_url, {"summary": "First."}, format="json", HTTP_IF_MATCH=etag).status_code == 200
    commit()

    response = editor_client.put(
        outcome_url,
        {"proposal": "definition-2019", "plenary_year": 2019, "decision": "rejected", "source_url": "https://x.org/a"},
        format="json",
        HTTP_IF_MATCH=etag,
    )

    assert response.status_code == 412
    world.outcomes[1].refresh_from_db()
    assert (world.outcomes[1].summary, world.outcomes[1].decision) == ("First.", "no_consensus")


@pytest.mark.parametrize("if_match", ["{etag}", '"other", {etag}', "*"])
def test_the_current_etag_or_a_star_lets_the_correction_through(editor_client, world, outcome_url, if_match):
    etag = editor_client.get(outcome_url)["ETag"]

    response = editor_client.patch(
        outcome_url, {"summary": "Deadlock."}, format="json", HTTP_IF_MATCH=if_match.format(etag=etag)
    )

    assert response.status_code == 200, response.content
    assert response.json()["summary"] == "Deadlock."


def test_a_weak_etag_never_matches(editor_client, world, outcome_url):
    etag = editor_client.get(outcome_url)["ETag"]

    response = editor_client.patch(outcome_url, {"summary": "x"}, format="json", HTTP_IF_MATCH=f"W/{etag}")

    assert response.status_code == 412


def test_without_if_match_the_correction_goes_ahead(editor_client, world, outcome_url):
    assert editor_client.patch(outcome_url, {"summary": "Deadlock."}, format="json").status_code == 200


def test_if_unmodified_since_before_the_last_change_is_a_412(editor_client, world):
    url = f"/api/v1/positions/{world.positions[0].pk}/"

    response = editor_client.patch(
        url, {"confidence": "low"}, format="json", HTTP_IF_UNMODIFIED_SINCE="Mon, 01 Jan 2001 00:00:00 GMT"
    )

    assert response.status_code == 412
    world.positions[0].refresh_from_db()
    assert world.positions[0].confidence != "low"


def test_an_unknown_record_is_a_404_whatever_if_match_says(editor_client, world):
    assert editor_client.patch("/api/v1/outcomes/999999/", {}, format="json", HTTP_IF_MATCH='"x"').status_code == 404


def test_the_etag_read_with_accept_parameters_matches_a_correction_sent_with_them(editor_client, world, outcome_url):
    accept = "application/json; indent=2"
    etag = editor_client.get(outcome_url, HTTP_ACCEPT=accept)["ETag"]

    response = editor_client.patch(
        outcome_url, {"summary": "Read pretty."}, format="json", HTTP_IF_MATCH=etag, HTTP_ACCEPT=accept
    )

    assert response.status_code == 200
