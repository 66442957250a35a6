"""The one "what changed" read behind the feeds and the alerts: each kind of change, dated by the record."""

from datetime import UTC, datetime, timedelta

import pytest

from alerts.selectors import ChangeKind, area_scope, changes, participant_scope, reform_scope
from plenaries.models import PlenaryKind
from reforms.models import Decision
from statements.models import AreaMention, ReviewStatus
from statements.services import statements_review
from tests.alerts.conftest import decide
from tests.factories import (
    MilestoneFactory,
    PlenaryFactory,
    ProposalFactory,
    StatementFactory,
    StatusEventFactory,
)

pytestmark = pytest.mark.django_db

T0 = datetime(2030, 3, 1, 9, 0, tzinfo=UTC)


def kinds(found):
    return [change.kind for change in found]


def test_a_new_outcome_on_any_text_of_the_line_is_a_change_of_the_reform(record, time_machine):
    proposal = record["proposal"]
    later_text = ProposalFactory(area=proposal.area, first_tabled=record["meetings"][1], continues=proposal)
    time_machine.move_to(T0)
    decide(later_text, record["meetings"][2], Decision.ADOPTED, "Agreed.")

    [change] = changes(reform_scope(proposal), since=T0 - timedelta(minutes=1))

    assert change.kind == ChangeKind.OUTCOME
    assert change.at == change.recorded_at
    assert not change.corrected
    assert change.title == f"2021 {record['meetings'][2].city}: Adopted — {later_text.title}"
    assert "closed as adopted" in change.summary
    assert change.link.endswith(f"#outcome-{later_text.outcomes.get().pk}")


def test_an_outcome_changed_later_is_reported_as_corrected(record, time_machine):
    proposal = record["proposal"]
    outcome = proposal.outcomes.get()
    time_machine.move_to(T0)
    decide(proposal, outcome.plenary, Decision.NO_CONSENSUS, "No consensus after all.")

    [change] = [c for c in changes(reform_scope(proposal), since=T0 - timedelta(minutes=1)) if c.kind == "outcome"]

    assert change.corrected
    assert change.title.startswith("Corrected: ")
    assert change.recorded_at < T0 <= change.at


def test_a_reform_becomes_stalled_when_the_meeting_that_makes_it_so_is_recorded(db, time_machine, settings):
    settings.KP_STALL_THRESHOLD = 2
    first = PlenaryFactory(year=2040)
    proposal = ProposalFactory(first_tabled=first)
    assert not [c for c in changes(reform_scope(proposal)) if c.kind == ChangeKind.STALLED]
    PlenaryFactory(year=2040, kind=PlenaryKind.INTERSESSIONAL)  # not a decision meeting: does not count
    time_machine.move_to(T0)
    second = PlenaryFactory(year=2041)

    [stall] = [c for c in changes(reform_scope(proposal)) if c.kind == ChangeKind.STALLED]

    assert stall.title == f"Now stalled: {proposal.title}"
    assert abs(stall.at - T0) < timedelta(seconds=5)
    assert f"up to {second}" in stall.summary
    assert not changes(reform_scope(proposal), since=T0 + timedelta(minutes=1))


def test_a_stall_stays_dated_by_the_meeting_that_made_it_so_as_later_meetings_pass(db, time_machine, settings):
    settings.KP_STALL_THRESHOLD = 2
    proposal = ProposalFactory(first_tabled=PlenaryFactory(year=2040))
    time_machine.move_to(T0)
    second = PlenaryFactory(year=2041)
    time_machine.move_to(T0 + timedelta(days=365))
    third = PlenaryFactory(year=2042)

    [stall] = [c for c in changes(reform_scope(proposal)) if c.kind == ChangeKind.STALLED]

    assert abs(stall.at - T0) < timedelta(seconds=5)
    assert f"up to {second}" in stall.summary
    assert str(third) not in stall.summary


def test_an_area_sees_its_reforms_and_the_statements_published_on_it(record, time_machine):
    time_machine.move_to(T0)
    waiting = StatementFactory(title="Waiting for review", review_status=ReviewStatus.PENDING)
    AreaMention.objects.create(statement=waiting, area=record["area"])
    elsewhere = StatementFactory(title="On another area")
    assert not changes(area_scope(record["area"]), since=T0 - timedelta(minutes=1))

    time_machine.move_to(T0 + timedelta(hours=2))
    statements_review(statements=waiting.__class__.objects.filter(pk=waiting.pk), review_status=ReviewStatus.PUBLISHED)
    MilestoneFactory(proposal=record["proposal"], description="The secretariat opened")

    found = changes(area_scope(record["area"]), since=T0 + timedelta(hours=1))

    assert kinds(found) == [ChangeKind.MILESTONE, ChangeKind.STATEMENT]
    assert found[1].title == f"{waiting.organisation.name}: Waiting for review"
    assert found[1].link == waiting.get_absolute_url()
    assert elsewhere.title not in [change.title for change in found]


def test_a_participant_sees_claims_about_it_its_status_events_and_outcomes_under_its_chair(record, time_machine):
    chair = record["chair"]
    time_machine.move_to(T0)
    StatusEventFactory(participant=chair, kind="readmitted", year=2021, description="Readmitted")
    untabled = ProposalFactory(first_tabled=record["meetings"][2])  # tabled by nobody, decided under its chair
    decide(untabled, record["meetings"][2], Decision.NOTED, "Noted.")

    found = changes(participant_scope(chair), since=T0 - timedelta(minutes=1))

    assert sorted(kinds(found)) == [ChangeKind.OUTCOME, ChangeKind.STATUS_EVENT]
    event = next(c for c in found if c.kind == ChangeKind.STATUS_EVENT)
    assert event.title == "Chair State: Readmitted (2021)"
    assert event.link == chair.get_absolute_url() + "#events-title"


def test_without_a_window_every_change_comes_newest_first_and_up_to_the_limit(record):
    found = changes(area_scope(record["area"]))

    assert sorted(kinds(found)) == sorted(
        [ChangeKind.OUTCOME, ChangeKind.POSITION, ChangeKind.STATEMENT, ChangeKind.STALLED]
    )
    assert [c.at for c in found] == sorted((c.at for c in found), reverse=True)
    assert len({c.key for c in found}) == len(found)
    assert len(changes(area_scope(record["area"]), limit=2)) == 2


def test_the_window_ends_where_it_is_told_to(record, time_machine):
    time_machine.move_to(T0)
    MilestoneFactory(proposal=record["proposal"], description="A workshop")

    assert not changes(
        reform_scope(record["proposal"]), since=T0 - timedelta(minutes=1), until=T0 - timedelta(seconds=1)
    )
    assert changes(reform_scope(record["proposal"]), since=T0 - timedelta(minutes=1), until=T0 + timedelta(seconds=5))
