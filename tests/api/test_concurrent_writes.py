"""A duplicate saved by another request between our check and our write is a 409, never a 500.

The other request is a second database connection (a thread) that commits its row just before
ours is written, from a pre_save receiver: the moment full_clean() has passed and the INSERT or
UPDATE has not yet run. Only PostgreSQL lets two connections write at once.
"""

import threading

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.db.models.signals import pre_save

from reforms.models import Outcome, Position
from tests.api.conftest import _client_for

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs two concurrent connections (PostgreSQL)"),
]


@pytest.fixture
def staff_client(db):
    # Transactional tests flush the Editors group the migrations create; a superuser needs none.
    return _client_for(User.objects.create_superuser("chief", "chief@example.org", "x"))


def _write_and_close(write):
    from django.db import connection as other

    try:
        write()
    finally:
        other.close()


def _elsewhere(write):
    """Run ``write`` on another connection and commit it, as a concurrent request would."""
    thread = threading.Thread(target=_write_and_close, args=(write,))
    thread.start()
    thread.join()


@pytest.fixture
def just_before_saving():
    """Run a write elsewhere the first time a row of ``model`` is about to be saved here."""
    receivers = []

    def arrange(model, write, *, elsewhere=True):
        def receiver(sender, instance, **kwargs):
            pre_save.disconnect(receiver, sender=model)
            if elsewhere:
                _elsewhere(write)
            else:
                write()

        pre_save.connect(receiver, sender=model, weak=False)
        receivers.append((receiver, model))

    yield arrange
    for receiver, model in receivers:
        pre_save.disconnect(receiver, sender=model)


def test_a_concurrent_duplicate_outcome_is_a_409_with_the_admin_message(staff_client, world, just_before_saving):
    plenary = world.plenaries[2021]
    just_before_saving(
        Outcome,
        lambda: Outcome.objects.create(
            proposal=world.definition_2019,
            plenary=plenary,
            decision="adopted",
            summary="Theirs.",
            source_url="https://a.org/",
        ),
    )

    response = staff_client.post(
        "/api/v1/outcomes/",
        {
            "proposal": "definition-2019",
            "plenary_year": 2021,
            "decision": "deferred",
            "summary": "Ours.",
            "source_url": "https://example.org/2021-communique",
        },
        format="json",
    )

    assert response.status_code == 409
    assert response.json() == {"non_field_errors": ["Outcome with this Proposal and Meeting already exists."]}
    assert Outcome.objects.get(plenary=plenary).summary == "Theirs."


def test_a_correction_racing_a_new_outcome_is_a_409_with_the_admin_message(staff_client, world, just_before_saving):
    adopted = world.outcomes[2]  # the secretariat proposal in 2019
    plenary = world.plenaries[2021]
    just_before_saving(
        Outcome,
        lambda: Outcome.objects.create(
            proposal=world.secretariat_proposal,
            plenary=plenary,
            decision="adopted",
            summary="Theirs.",
            source_url="https://a.org/",
        ),
    )

    response = staff_client.patch(f"/api/v1/outcomes/{adopted.pk}/", {"plenary_year": 2021}, format="json")

    assert response.status_code == 409
    assert response.json() == {"non_field_errors": ["Outcome with this Proposal and Meeting already exists."]}
    adopted.refresh_from_db()
    assert adopted.plenary == world.plenaries[2019]


def test_a_correction_racing_the_same_claim_is_a_409(staff_client, world, just_before_saving):
    claim = world.positions[2]  # Canada supported, per the factory's reporter
    just_before_saving(
        Position,
        lambda: Position.objects.create(
            proposal=claim.proposal,
            plenary=claim.plenary,
            participant=claim.participant,
            stance="opposed",
            reported_by=claim.reported_by,
            source_url="https://a.org/",
        ),
    )

    response = staff_client.patch(f"/api/v1/positions/{claim.pk}/", {"stance": "opposed"}, format="json")

    assert response.status_code == 409
    assert list(response.json()) == ["non_field_errors"]
    claim.refresh_from_db()
    assert claim.stance == "supported"


def test_a_correction_holds_its_row_until_it_commits(staff_client, world, just_before_saving):
    """A second correction of the row waits, so it cannot land between our If-Match check and our write."""
    adopted = world.outcomes[2]
    etag = staff_client.get(f"/api/v1/outcomes/{adopted.pk}/")["ETag"]
    theirs = threading.Thread(
        target=lambda: _write_and_close(lambda: Outcome.objects.filter(pk=adopted.pk).update(summary="Theirs."))
    )

    def start_theirs():
        theirs.start()
        theirs.join(timeout=1)
        waited.append(theirs.is_alive())

    waited = []
    just_before_saving(Outcome, start_theirs, elsewhere=False)
    response = staff_client.patch(
        f"/api/v1/outcomes/{adopted.pk}/", {"summary": "Ours."}, format="json", HTTP_IF_MATCH=etag
    )
    theirs.join()

    assert response.status_code == 200
    assert waited == [True]
    adopted.refresh_from_db()
    assert adopted.summary == "Theirs."  # theirs ran after ours committed, not before our check
