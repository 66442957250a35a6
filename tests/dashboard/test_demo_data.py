"""generate_demo_data fills an empty database, and never one that holds real data."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from plenaries.models import Plenary
from reforms.models import Outcome, ReformProposal
from statements.models import Statement
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


@pytest.mark.parametrize("count", [20, 60])
def test_demo_meetings_keep_the_meeting_rules(db, count):
    """None is held in the future, and none not held has a chair: the admin would refuse either."""
    call_command("generate_demo_data", proposals=10, plenaries=count, statements=30, seed=1, stdout=io.StringIO())
    meetings = list(Plenary.objects.order_by("year"))
    for meeting in meetings:
        meeting.full_clean()
    held = [meeting for meeting in meetings if meeting.held]
    assert held[-1].end_date < timezone.localdate()
    assert len(meetings) == count
    assert 2020 not in {meeting.year for meeting in held}
    assert not any(meeting.chair for meeting in meetings if not meeting.held)
    assert not Statement.objects.filter(published_on__gt=timezone.localdate()).exists()
