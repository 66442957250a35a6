import pytest
from django.core.exceptions import ValidationError

from reforms.models import Decision, Outcome
from reforms.services import outcome_record, position_record
from tests.factories import OutcomeFactory, ParticipantFactory, PlenaryFactory, PositionFactory, ProposalFactory

pytestmark = pytest.mark.django_db


def test_outcome_at_a_plenary_before_the_proposal_was_tabled_is_refused():
    earlier, tabled = PlenaryFactory(year=2015), PlenaryFactory(year=2017)
    proposal = ProposalFactory(first_tabled=tabled)

    with pytest.raises(ValidationError) as error:
        outcome_record(
            proposal=proposal, plenary=earlier, decision=Decision.DEFERRED, summary="x", source_url="https://a.org/"
        )

    assert "before the proposal was first tabled" in str(error.value)
    assert not Outcome.objects.exists()


def test_outcome_at_a_meeting_that_was_not_held_is_refused():
    proposal = ProposalFactory(first_tabled=PlenaryFactory(year=2019))
    not_held = PlenaryFactory(year=2020, held=False)

    with pytest.raises(ValidationError, match="did not take place"):
        outcome_record(
            proposal=proposal, plenary=not_held, decision="deferred", summary="x", source_url="https://a.org/"
        )


def test_outcome_without_a_source_is_refused():
    proposal = ProposalFactory()

    with pytest.raises(ValidationError) as error:
        outcome_record(
            proposal=proposal, plenary=proposal.first_tabled, decision="deferred", summary="x", source_url=""
        )

    assert "source_url" in error.value.message_dict


def test_a_further_source_that_is_not_a_link_is_refused():
    proposal = ProposalFactory()

    with pytest.raises(ValidationError, match="Not so: the communiqué"):
        outcome_record(
            proposal=proposal,
            plenary=proposal.first_tabled,
            decision="deferred",
            summary="x",
            source_url="https://a.org/",
            more_sources="https://b.org/\nthe communiqué",
        )


def test_recording_the_same_outcome_twice_updates_it_instead_of_duplicating():
    existing = OutcomeFactory(decision=Decision.DEFERRED)

    outcome, status = outcome_record(
        proposal=existing.proposal,
        plenary=existing.plenary,
        decision=Decision.NO_CONSENSUS,
        summary="No consensus.",
        source_url="https://a.org/",
    )

    assert status == "updated"
    assert outcome.pk == existing.pk
    assert Outcome.objects.get().decision == Decision.NO_CONSENSUS
    assert existing.history.count() == 2


def test_a_second_outcome_for_the_same_proposal_and_meeting_is_a_validation_error():
    existing = OutcomeFactory()
    duplicate = Outcome(
        proposal=existing.proposal,
        plenary=existing.plenary,
        decision="adopted",
        summary="x",
        source_url="https://a.org/",
    )

    with pytest.raises(ValidationError, match="already exists"):
        duplicate.full_clean()


def test_creating_an_outcome_the_meeting_already_has_is_refused_and_changes_nothing():
    existing = OutcomeFactory(decision=Decision.DEFERRED)

    with pytest.raises(ValidationError, match="Outcome with this Proposal and Meeting already exists"):
        outcome_record(
            proposal=existing.proposal,
            plenary=existing.plenary,
            decision=Decision.ADOPTED,
            summary="Adopted.",
            source_url="https://a.org/",
            refuse_existing=True,
        )

    assert Outcome.objects.get().decision == Decision.DEFERRED
    assert existing.history.count() == 1


def test_creating_an_outcome_applies_the_record_rules():
    proposal = ProposalFactory(first_tabled=PlenaryFactory(year=2017))

    with pytest.raises(ValidationError, match="before the proposal was first tabled"):
        outcome_record(
            refuse_existing=True,
            proposal=proposal,
            plenary=PlenaryFactory(year=2015),
            decision="deferred",
            summary="x",
            source_url="https://a.org/",
        )

    created, status = outcome_record(
        proposal=proposal,
        plenary=proposal.first_tabled,
        decision="deferred",
        summary="x",
        source_url="https://a.org/",
        refuse_existing=True,
    )
    assert (Outcome.objects.get(), status) == (created, "created")


def test_the_same_stance_claim_created_twice_is_refused():
    claim = PositionFactory()
    same = {
        "proposal": claim.proposal,
        "plenary": claim.plenary,
        "participant": claim.participant,
        "stance": claim.stance,
        "reported_by": claim.reported_by,
        "source_url": "https://a.org/",
    }

    with pytest.raises(ValidationError, match="already exists"):
        position_record(**same, refuse_existing=True)

    other, status = position_record(**{**same, "reported_by": "Another observer"}, refuse_existing=True)
    assert status == "created" and other.pk != claim.pk


def test_conflicting_position_claims_are_kept_side_by_side():
    proposal = ProposalFactory()
    participant = ParticipantFactory()
    for stance, reporter in [("blocked_consensus", "Observer A"), ("supported", "Observer B")]:
        position_record(
            proposal=proposal,
            plenary=proposal.first_tabled,
            participant=participant,
            stance=stance,
            reported_by=reporter,
            source_url="https://a.org/",
        )

    assert set(proposal.positions.values_list("stance", flat=True)) == {"blocked_consensus", "supported"}


def test_a_proposal_cannot_continue_itself_through_others():
    first = ProposalFactory()
    second = ProposalFactory(continues=first, area=first.area)
    first.continues = second

    with pytest.raises(ValidationError, match="cannot continue itself"):
        first.full_clean()
