"""generate_demo_data fills an empty database, and never one that holds real data."""

import io

import pytest
from django.core.management import CommandError, call_command

from reforms.models import Outcome, ReformProposal
from tests.factories import ProposalFactory


def test_demo_data_builds_lines_across_meetings(db):
    call_command("generate_demo_data", proposals=40, plenaries=8, statements=5, seed=1, stdout=io.StringIO())
    assert ReformProposal.objects.count() == 40
    assert Outcome.objects.exists()
    assert ReformProposal.objects.filter(continues__isnull=False).exists()
    # Every proposal knows its line's root, as save() would have set it.
    assert not ReformProposal.objects.filter(line_root__isnull=True).exists()


def test_demo_data_refuses_a_database_with_proposals(db):
    ProposalFactory()
    with pytest.raises(CommandError):
        call_command("generate_demo_data", proposals=5, plenaries=3, statements=0)
