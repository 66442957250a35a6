"""The stall rule the database computes equals the rule computed from scratch, on random histories.

`expected_status` restates the methodology page's rule in plain Python, one line at a time, so
any drift in the SQL view (reforms/migrations) shows up here as a disagreement.
"""

import random

import pytest

from plenaries.models import Plenary, PlenaryKind
from reforms.models import Decision, Outcome, ReformProposal
from tests.factories import OutcomeFactory, PlenaryFactory, ProposalFactory

pytestmark = pytest.mark.django_db

CLOSING = set(Decision.closing())
DECISIVE = set(Decision.decisive())


def expected_status(proposal, threshold: int) -> dict:
    line = list(ReformProposal.objects.filter(line_root_id=proposal.line_root_id).select_related("first_tabled"))
    tabled = {text.pk: text.first_tabled.sort_key for text in line}
    decision_meetings = sorted(
        Plenary.objects.filter(held=True, kind__in=PlenaryKind.decision_meetings()), key=lambda m: m.sort_key
    )
    decisions = [
        outcome
        for outcome in Outcome.objects.filter(proposal__in=line).select_related("plenary")
        if outcome.decision in DECISIVE
    ]
    # At one meeting, the decision on the line's latest-tabled text counts, then the latest recorded.
    last = max(decisions, key=lambda o: (o.plenary.sort_key, tabled[o.proposal_id], o.pk), default=None)
    closing = last is not None and last.decision in CLOSING
    closed = closing and tabled[last.proposal_id] >= max(tabled.values())
    silence_from = max(
        min(tabled.values()),
        (last.plenary.sort_key if last else 0) + 1,
        max(tabled.values()) if closing else 0,
    )
    silent = [m for m in decision_meetings if m.sort_key >= silence_from]
    stalled = not closed and len(silent) >= threshold
    if closed:
        status = last.decision
    elif stalled:
        status = "stalled"
    elif last is not None and last.decision == Decision.PARTIALLY_ADOPTED:
        status = "partially_adopted"
    else:
        status = "open"
    return {
        "status": status,
        "last_decision": last.decision if last else None,
        "plenaries_without_decision": len(silent),
        "stalled_since_id": silent[0].pk if stalled else None,
        "years_stalled": decision_meetings[-1].year - silent[0].year if stalled else None,
        "line_length": len(line),
        "is_line_head": not ReformProposal.objects.filter(continues=proposal).exists(),
    }


def random_history(rng: random.Random):
    years = sorted(rng.sample(range(2003, 2027), 8))
    meetings = [PlenaryFactory(year=year) for year in years]
    meetings += [PlenaryFactory(year=year, kind=PlenaryKind.INTERSESSIONAL) for year in rng.sample(years, 3)]
    meetings += [PlenaryFactory(year=rng.choice(years), kind=PlenaryKind.SPECIAL, held=rng.random() < 0.7)]
    decisions = list(Decision)
    proposals = []
    for _ in range(14):
        continues = rng.choice(proposals) if proposals and rng.random() < 0.5 else None
        earliest = continues.first_tabled.sort_key if continues else 0
        tabled = rng.choice([m for m in meetings if m.sort_key >= earliest])
        proposal = ProposalFactory(
            first_tabled=tabled, continues=continues, **({"area": continues.area} if continues else {})
        )
        proposals.append(proposal)
        later = [m for m in meetings if m.sort_key >= tabled.sort_key]
        for meeting in rng.sample(later, rng.randint(0, min(3, len(later)))):
            OutcomeFactory(proposal=proposal, plenary=meeting, decision=rng.choice(decisions))
    return proposals


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("threshold", [1, 2, 3])
def test_the_database_rule_equals_the_rule_computed_from_scratch(seed, threshold):
    proposals = random_history(random.Random(seed))

    computed = {p.pk: p for p in ReformProposal.objects.with_stall_status(threshold)}

    for proposal in proposals:
        row = computed[proposal.pk]
        expected = expected_status(proposal, threshold)
        assert {field: getattr(row, field) for field in expected} == expected, proposal.title


def test_when_one_meeting_decides_two_texts_of_a_line_the_later_text_counts():
    p2018, p2019, _p2020 = (PlenaryFactory(year=year) for year in (2018, 2019, 2020))
    first = ProposalFactory(first_tabled=p2018)
    second = ProposalFactory(first_tabled=p2019, continues=first, area=first.area)
    OutcomeFactory(proposal=second, plenary=p2019, decision=Decision.PARTIALLY_ADOPTED)
    OutcomeFactory(proposal=first, plenary=p2019, decision=Decision.ADOPTED)

    result = ReformProposal.objects.with_stall_status(2).get(pk=first.pk)

    assert result.last_decision == Decision.PARTIALLY_ADOPTED
    assert result.status == "partially_adopted"


def test_the_stall_view_is_dropped_before_any_migration_and_made_again_after():
    from django.apps import apps
    from django.db import connection
    from django.db.models.signals import post_migrate, pre_migrate

    from reforms.line_status import line_status_create, line_status_drop

    reforms = apps.get_app_config("reforms")
    assert pre_migrate.has_listeners(sender=reforms) and post_migrate.has_listeners(sender=reforms)
    line_status_drop()
    assert "reforms_linestatus" not in connection.introspection.table_names(include_views=True)
    line_status_create()
    assert ReformProposal.objects.with_stall_status().count() == ReformProposal.objects.count()


def test_the_views_decisions_are_the_models_decisions():
    from reforms.line_status import CREATE_VIEW

    decisive = "('" + "', '".join(Decision.decisive()) + "')"
    closing = "('" + "', '".join(Decision.closing()) + "')"
    meetings = "('" + "', '".join(PlenaryKind.decision_meetings()) + "')"
    assert f"o.decision IN {decisive}" in CREATE_VIEW
    assert f"d.decision IN {closing}" in CREATE_VIEW
    assert f"kind IN {meetings}" in CREATE_VIEW
