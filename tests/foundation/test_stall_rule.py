"""The stall rule, on hand-built histories. Threshold 2 unless a test says otherwise."""

import pytest

from plenaries.models import PlenaryKind
from reforms.models import Decision, ReformProposal
from reforms.services import proposal_line_sync
from tests.factories import OutcomeFactory, PlenaryFactory, ProposalFactory

pytestmark = pytest.mark.django_db


def meetings(*years, kind=PlenaryKind.PLENARY):
    return [PlenaryFactory(year=year, kind=kind) for year in years]


def status_of(proposal, threshold=2):
    return ReformProposal.objects.with_stall_status(threshold).get(pk=proposal.pk)


def test_proposal_with_no_outcome_at_two_plenaries_is_stalled_since_it_was_tabled():
    p2012, _p2013 = meetings(2012, 2013)
    proposal = ProposalFactory(first_tabled=p2012)

    result = status_of(proposal)

    assert result.status == "stalled"
    assert result.stalled_since_id == p2012.pk
    assert result.stalled_since_year == 2012
    assert result.plenaries_without_decision == 2
    assert result.years_stalled == 1


def test_a_single_plenary_without_decision_is_not_yet_a_stall():
    (p2012,) = meetings(2012)
    proposal = ProposalFactory(first_tabled=p2012)

    result = status_of(proposal)

    assert result.status == "open"
    assert result.stalled_since_id is None
    assert result.years_stalled is None


def test_deferred_then_no_consensus_is_a_stall():
    p2017, p2018, p2019 = meetings(2017, 2018, 2019)
    proposal = ProposalFactory(first_tabled=p2017)
    OutcomeFactory(proposal=proposal, plenary=p2018, decision=Decision.DEFERRED)
    OutcomeFactory(proposal=proposal, plenary=p2019, decision=Decision.NO_CONSENSUS)

    result = status_of(proposal)

    assert result.status == "stalled"
    assert result.stalled_since_year == 2017
    assert result.plenaries_without_decision == 3


@pytest.mark.parametrize("decision", [Decision.ADOPTED, Decision.REJECTED, Decision.WITHDRAWN])
def test_adopted_rejected_and_withdrawn_close_the_proposal(decision):
    p2016, p2017, _p2018, _p2019 = meetings(2016, 2017, 2018, 2019)
    proposal = ProposalFactory(first_tabled=p2016)
    OutcomeFactory(proposal=proposal, plenary=p2017, decision=decision)

    result = status_of(proposal)

    assert result.status == decision
    assert result.stalled_since_id is None


def test_partial_adoption_stops_the_clock_until_two_more_silent_plenaries():
    p2017, p2018, p2019 = meetings(2017, 2018, 2019)
    proposal = ProposalFactory(first_tabled=p2017)
    OutcomeFactory(proposal=proposal, plenary=p2018, decision=Decision.PARTIALLY_ADOPTED)

    assert status_of(proposal).status == "partially_adopted"

    (_p2020,) = meetings(2020)
    result = status_of(proposal)
    assert result.status == "stalled"
    assert result.stalled_since_id == p2019.pk
    assert result.plenaries_without_decision == 2


@pytest.mark.parametrize("decision", [Decision.DEFERRED, Decision.NOTED, Decision.NO_CONSENSUS, Decision.NOT_DISCUSSED])
def test_every_non_decision_counts_towards_the_stall(decision):
    p2012, p2013 = meetings(2012, 2013)
    proposal = ProposalFactory(first_tabled=p2012)
    OutcomeFactory(proposal=proposal, plenary=p2012, decision=decision)
    OutcomeFactory(proposal=proposal, plenary=p2013, decision=decision)

    assert status_of(proposal).status == "stalled"


def test_a_plenary_that_was_not_held_does_not_count():
    p2019 = PlenaryFactory(year=2019)
    PlenaryFactory(year=2020, held=False)
    proposal = ProposalFactory(first_tabled=p2019)

    assert status_of(proposal).status == "open"

    PlenaryFactory(year=2021)
    result = status_of(proposal)
    assert result.plenaries_without_decision == 2
    assert result.years_stalled == 2


def test_plenaries_before_the_proposal_was_tabled_do_not_count():
    meetings(2010, 2011)
    (p2012,) = meetings(2012)
    proposal = ProposalFactory(first_tabled=p2012)

    result = status_of(proposal)

    assert result.status == "open"
    assert result.plenaries_without_decision == 1


def test_silent_intersessionals_do_not_count_but_their_decisions_do():
    p2022, _p2023 = meetings(2022, 2023)
    (inter2023,) = meetings(2023, kind=PlenaryKind.INTERSESSIONAL)
    proposal = ProposalFactory(first_tabled=p2022)

    assert status_of(proposal).plenaries_without_decision == 2  # 2022 and 2023 plenaries only

    OutcomeFactory(proposal=proposal, plenary=inter2023, decision=Decision.PARTIALLY_ADOPTED)
    result = status_of(proposal)
    assert result.status == "partially_adopted"
    assert result.plenaries_without_decision == 1  # the plenary after the intersessional


def test_a_line_of_proposals_shares_one_stall_clock():
    p2012, _, p2014, _, _, p2017, _, p2019 = meetings(2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019)
    first = ProposalFactory(first_tabled=p2012)
    OutcomeFactory(proposal=first, plenary=p2012, decision=Decision.NO_CONSENSUS)
    OutcomeFactory(proposal=first, plenary=p2014, decision=Decision.DEFERRED)
    second = ProposalFactory(first_tabled=p2017, continues=first, area=first.area)
    OutcomeFactory(proposal=second, plenary=p2019, decision=Decision.NO_CONSENSUS)

    earlier, later = status_of(first), status_of(second)

    assert later.status == earlier.status == "stalled"
    assert later.stalled_since_id == earlier.stalled_since_id == p2012.pk
    assert later.years_stalled == 7
    assert later.is_line_head and not earlier.is_line_head


def test_a_decision_on_any_proposal_of_the_line_restarts_the_clock():
    p2016, p2017, p2018, _p2019 = meetings(2016, 2017, 2018, 2019)
    first = ProposalFactory(first_tabled=p2016)
    second = ProposalFactory(first_tabled=p2017, continues=first, area=first.area)
    OutcomeFactory(proposal=second, plenary=p2017, decision=Decision.PARTIALLY_ADOPTED)

    result = status_of(first)

    assert result.status == "stalled"
    assert result.stalled_since_id == p2018.pk


def test_a_new_text_reopens_a_line_that_was_closed():
    p2011, _, _, _, p2015, p2016 = meetings(2011, 2012, 2013, 2014, 2015, 2016)
    rejected = ProposalFactory(first_tabled=p2011)
    OutcomeFactory(proposal=rejected, plenary=p2011, decision=Decision.REJECTED)
    again = ProposalFactory(first_tabled=p2015, continues=rejected, area=rejected.area)
    OutcomeFactory(proposal=again, plenary=p2016, decision=Decision.DEFERRED)

    result = status_of(again)

    assert result.status == "stalled"
    assert result.stalled_since_id == p2015.pk  # the years it was closed do not count
    assert result.plenaries_without_decision == 2


def test_a_text_tabled_where_the_last_was_withdrawn_keeps_the_line_open():
    p2018, p2019 = meetings(2018, 2019)
    withdrawn = ProposalFactory(first_tabled=p2018)
    OutcomeFactory(proposal=withdrawn, plenary=p2019, decision=Decision.WITHDRAWN)
    ProposalFactory(first_tabled=p2019, continues=withdrawn, area=withdrawn.area)

    assert status_of(withdrawn).status == "open"


def test_a_text_tabled_and_adopted_at_the_same_plenary_is_closed():
    p2003, _ = meetings(2003, 2004)
    proposal = ProposalFactory(first_tabled=p2003)
    OutcomeFactory(proposal=proposal, plenary=p2003, decision=Decision.ADOPTED)

    assert status_of(proposal).status == "adopted"


def test_changing_what_a_proposal_continues_moves_its_whole_line():
    p2012, p2017 = meetings(2012, 2017)
    first = ProposalFactory(first_tabled=p2012)
    second = ProposalFactory(first_tabled=p2017, area=first.area)
    third = ProposalFactory(first_tabled=p2017, area=first.area, continues=second)
    assert third.line_root_id == second.pk

    second.continues = first
    second.save()
    moved = proposal_line_sync(proposal=second)

    third.refresh_from_db()
    assert third.line_root_id == first.pk
    assert moved == 2
    assert proposal_line_sync(proposal=second) == 0  # nothing left to move


def test_a_text_taken_out_of_a_line_starts_its_own_with_its_followers():
    first = ProposalFactory()
    second = ProposalFactory(continues=first, area=first.area)
    third = ProposalFactory(continues=second, area=first.area)

    second.continues = None
    second.save()
    proposal_line_sync(proposal=second)

    assert set(ReformProposal.objects.filter(line_root=second).values_list("pk", flat=True)) == {second.pk, third.pk}
    assert set(ReformProposal.objects.filter(line_root=first).values_list("pk", flat=True)) == {first.pk}


def test_the_threshold_is_a_setting(settings):
    p2012, _ = meetings(2012, 2013)
    proposal = ProposalFactory(first_tabled=p2012)

    assert status_of(proposal, threshold=3).status == "open"
    settings.KP_STALL_THRESHOLD = 3
    assert ReformProposal.objects.with_stall_status().get(pk=proposal.pk).status == "open"
    settings.KP_STALL_THRESHOLD = 2
    assert ReformProposal.objects.with_stall_status().get(pk=proposal.pk).status == "stalled"


@pytest.mark.parametrize("size", [5, 60])
def test_status_of_a_whole_list_costs_one_query(size, django_assert_num_queries):
    plenaries = meetings(*range(2003, 2013))
    for index in range(size):
        proposal = ProposalFactory(first_tabled=plenaries[index % 5])
        OutcomeFactory(proposal=proposal, plenary=plenaries[index % 5 + 2], decision=Decision.DEFERRED)

    # 1 query: proposals with the line's decisions and silent plenaries as subqueries.
    with django_assert_num_queries(1):
        statuses = [p.status for p in ReformProposal.objects.with_stall_status()]

    assert len(statuses) == size
    assert set(statuses) == {"stalled"}
