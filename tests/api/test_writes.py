"""Writing outcomes and positions: editors only, the admin's rules and messages, kept in the history."""

import pytest

from reforms.models import Outcome, Position

pytestmark = pytest.mark.django_db


def _outcome(**overrides) -> dict:
    return {
        "proposal": "definition-2019",
        "plenary_year": 2021,
        "decision": "deferred",
        "summary": "Talks to continue.",
        "source_url": "https://example.org/2021-communique",
        **overrides,
    }


def _position(**overrides) -> dict:
    return {
        "proposal": "definition-2019",
        "plenary_year": 2019,
        "participant": "canada",
        "stance": "opposed",
        "reported_by": "A journalist",
        "source_url": "https://example.org/article",
        **overrides,
    }


def test_anonymous_write_is_refused_with_401(api_client, world):
    response = api_client.post("/api/v1/outcomes/", _outcome(), format="json")

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert not Outcome.objects.filter(plenary__year=2021).exists()


@pytest.mark.parametrize("caller", ["partner_client", "viewer_client"])
def test_partner_and_viewer_writes_are_refused_with_403(request, world, caller):
    api = request.getfixturevalue(caller)

    assert api.post("/api/v1/outcomes/", _outcome(), format="json").status_code == 403
    assert api.post("/api/v1/positions/", _position(), format="json").status_code == 403
    assert api.patch(f"/api/v1/outcomes/{world.outcomes[0].pk}/", {"summary": "x"}, format="json").status_code == 403


def test_partner_can_read_with_a_token(partner_client, world):
    assert partner_client.get("/api/v1/outcomes/").status_code == 200


def test_editor_records_an_outcome_kept_in_the_history(editor_client, world):
    response = editor_client.post("/api/v1/outcomes/", _outcome(), format="json")

    assert response.status_code == 201, response.content
    assert response.json()["plenary_year"] == 2021
    assert response.json()["decision"] == "deferred"
    outcome = Outcome.objects.get(pk=response.json()["id"])
    assert outcome.plenary == world.plenaries[2021]
    history = outcome.history.latest()
    assert history.history_type == "+"
    assert history.history_user == editor_client.user


def test_outcome_at_a_meeting_before_tabling_is_refused_with_the_admin_message(editor_client, world):
    response = editor_client.post("/api/v1/outcomes/", _outcome(plenary_year=2018), format="json")

    assert response.status_code == 400
    assert response.json() == {"plenary": ["2018 City 2018 is before the proposal was first tabled (2019 City 2019)."]}


def test_duplicate_outcome_is_a_409_conflict(editor_client, world):
    response = editor_client.post("/api/v1/outcomes/", _outcome(plenary_year=2019, decision="adopted"), format="json")

    assert response.status_code == 409
    assert response.json() == {"non_field_errors": ["Outcome with this Proposal and Meeting already exists."]}
    assert Outcome.objects.get(pk=world.outcomes[1].pk).decision == "no_consensus"
    assert world.outcomes[1].history.count() == 1  # the service's correction was undone with its history


def test_outcome_without_a_source_is_refused(editor_client, world):
    missing = _outcome()
    del missing["source_url"]

    assert editor_client.post("/api/v1/outcomes/", missing, format="json").json() == {
        "source_url": ["This field is required."]
    }
    blank = editor_client.post("/api/v1/outcomes/", _outcome(source_url=""), format="json")
    assert blank.status_code == 400
    assert blank.json() == {"source_url": ["This field cannot be blank."]}


def test_outcome_at_a_meeting_that_did_not_take_place_is_refused(editor_client, world):
    response = editor_client.post("/api/v1/outcomes/", _outcome(plenary_year=2020), format="json")

    assert response.status_code == 400
    assert response.json() == {"plenary": ["2020 City 2020 did not take place."]}


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"proposal": "no-such-proposal"}, "proposal"),
        ({"plenary_year": 1990}, "plenary_year"),
        ({"plenary_year": 2021, "plenary_kind": "intersessional"}, "plenary_year"),
        ({"decision": "maybe"}, "decision"),
        ({"source_url": "not a link"}, "source_url"),
    ],
)
def test_outcome_with_bad_fields_is_a_400_naming_the_field(editor_client, world, overrides, field):
    response = editor_client.post("/api/v1/outcomes/", _outcome(**overrides), format="json")

    assert response.status_code == 400
    assert list(response.json()) == [field]


def test_editor_corrects_an_outcome_with_patch_and_put(editor_client, world):
    outcome = world.outcomes[1]

    patched = editor_client.patch(f"/api/v1/outcomes/{outcome.pk}/", {"summary": "Deadlock."}, format="json")
    assert patched.status_code == 200, patched.content
    assert patched.json()["summary"] == "Deadlock."

    put = editor_client.put(
        f"/api/v1/outcomes/{outcome.pk}/",
        _outcome(plenary_year=2019, decision="rejected", summary="Refused."),
        format="json",
    )
    assert put.status_code == 200, put.content
    outcome.refresh_from_db()
    assert (outcome.decision, outcome.summary) == ("rejected", "Refused.")
    assert [h.history_user for h in outcome.history.all()[:2]] == [editor_client.user, editor_client.user]


def test_correction_moving_an_outcome_before_tabling_is_refused(editor_client, world):
    outcome = world.outcomes[1]

    response = editor_client.patch(f"/api/v1/outcomes/{outcome.pk}/", {"plenary_year": 2017}, format="json")

    assert response.status_code == 400
    assert "plenary" in response.json()
    outcome.refresh_from_db()
    assert outcome.plenary == world.plenaries[2019]


def test_correction_onto_a_meeting_that_already_has_an_outcome_is_refused_with_the_admin_message(editor_client, world):
    adopted = world.outcomes[2]  # the secretariat proposal, 2019; definition-2019 also has one in 2019

    response = editor_client.patch(f"/api/v1/outcomes/{adopted.pk}/", {"proposal": "definition-2019"}, format="json")

    assert response.status_code == 409
    assert response.json() == {"non_field_errors": ["Outcome with this Proposal and Meeting already exists."]}
    adopted.refresh_from_db()
    assert adopted.proposal == world.secretariat_proposal
    assert adopted.history.count() == 1


def test_correction_with_a_blank_source_is_refused_with_the_admin_message(editor_client, world):
    outcome = world.outcomes[1]

    response = editor_client.patch(f"/api/v1/outcomes/{outcome.pk}/", {"source_url": ""}, format="json")

    assert response.status_code == 400
    assert response.json() == {"source_url": ["This field cannot be blank."]}
    outcome.refresh_from_db()
    assert outcome.source_url


def test_editor_records_a_position(editor_client, world):
    response = editor_client.post("/api/v1/positions/", _position(), format="json")

    assert response.status_code == 201, response.content
    data = response.json()
    assert (data["participant"], data["stance"], data["confidence"]) == ("canada", "opposed", "medium")
    assert data["contested"] is True  # Canada was also reported as supporting it
    assert Position.objects.get(pk=data["id"]).history.latest().history_user == editor_client.user


def test_duplicate_position_claim_is_a_409_conflict(editor_client, world):
    response = editor_client.post(
        "/api/v1/positions/",
        _position(stance="supported", reported_by="An observer"),
        format="json",
    )

    assert response.status_code == 409
    assert "non_field_errors" in response.json()


def test_editor_corrects_a_position(editor_client, world):
    position = world.positions[0]

    response = editor_client.patch(f"/api/v1/positions/{position.pk}/", {"confidence": "low"}, format="json")

    assert response.status_code == 200, response.content
    position.refresh_from_db()
    assert position.confidence == "low"


def test_correction_that_repeats_another_claim_is_refused(editor_client, world):
    blocked, supported = world.positions[0], world.positions[1]

    response = editor_client.patch(
        f"/api/v1/positions/{blocked.pk}/",
        {"stance": supported.stance, "reported_by": supported.reported_by},
        format="json",
    )

    assert response.status_code == 409
    assert response.json() == {
        "non_field_errors": [
            "Position with this Proposal, Meeting, Participant, Reported by and Stance already exists."
        ]
    }
    blocked.refresh_from_db()
    assert (blocked.stance, blocked.reported_by) == ("blocked_consensus", "An observer")


def test_delete_is_not_offered(editor_client, world):
    assert editor_client.delete(f"/api/v1/outcomes/{world.outcomes[0].pk}/").status_code == 405


def test_writes_to_read_only_resources_are_refused_as_methods_they_do_not_offer(editor_client, api_client, world):
    assert editor_client.post("/api/v1/reforms/", {}, format="json").status_code == 405
    assert api_client.post("/api/v1/reforms/", {}, format="json").status_code == 405
