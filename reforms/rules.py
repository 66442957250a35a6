"""The record's rules for proposals, outcomes and positions (see common/rules.py)."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext as _

from common.rules import Problem
from reforms.choices import Decision


@dataclass(frozen=True)
class MeetingRef:
    key: str  # "2019 plenary"
    order: int  # the meetings' time order (Plenary.sort_key)
    held: bool = True


@dataclass(frozen=True)
class ProposalFacts:
    slug: str
    first_tabled: MeetingRef
    continues: str | None = None  # slug of the earlier text
    title: str = ""

    @property
    def name(self) -> str:
        return f"“{self.title}”" if self.title else self.slug


@dataclass(frozen=True)
class OutcomeFacts:
    proposal: str  # slug
    meeting: MeetingRef
    decision: str

    @property
    def key(self) -> str:
        return f"outcome of {self.proposal} at {self.meeting.key}"


@dataclass(frozen=True)
class PositionFacts:
    proposal: str
    meeting: MeetingRef
    participant: str

    @property
    def key(self) -> str:
        return f"position of {self.participant} on {self.proposal} at {self.meeting.key}"


def outcome_problems(proposals: Iterable[ProposalFacts], outcomes: Iterable[OutcomeFacts]) -> list[Problem]:
    proposals = {proposal.slug: proposal for proposal in proposals}
    outcomes = list(outcomes)
    problems = [
        problem
        for outcome in outcomes
        if outcome.proposal in proposals
        for problem in _at_a_meeting_it_could_be_at(outcome, proposals)
    ]
    return problems + _closed_lines_stay_closed(proposals, outcomes)


def position_problems(proposals: Iterable[ProposalFacts], positions: Iterable[PositionFacts]) -> list[Problem]:
    proposals = {proposal.slug: proposal for proposal in proposals}
    return [
        problem
        for position in positions
        if position.proposal in proposals
        for problem in _at_a_meeting_it_could_be_at(position, proposals, replaced_counts=False)
    ]


def _at_a_meeting_it_could_be_at(
    record: OutcomeFacts | PositionFacts, proposals: dict[str, ProposalFacts], *, replaced_counts: bool = True
) -> list[Problem]:
    proposal, meeting = proposals[record.proposal], record.meeting
    if not meeting.held:
        return [Problem(record.key, "plenary", _("%(meeting)s did not take place.") % {"meeting": meeting.key})]
    if meeting.order < proposal.first_tabled.order:
        return [
            Problem(
                record.key,
                "plenary",
                _("%(meeting)s is before the proposal was first tabled (%(tabled)s).")
                % {"meeting": meeting.key, "tabled": proposal.first_tabled.key},
            )
        ]
    newer = [
        later
        for later in proposals.values()
        if later.continues == proposal.slug and later.first_tabled.order <= meeting.order
    ]
    if replaced_counts and newer:
        return [
            Problem(
                record.key,
                "proposal",
                _(
                    "By %(meeting)s this text had been replaced by %(newer)s (tabled at %(tabled)s): "
                    "record the outcome on that one."
                )
                % {"meeting": meeting.key, "newer": newer[0].name, "tabled": newer[0].first_tabled.key},
            )
        ]
    return []


def line_root(slug: str, proposals: dict[str, ProposalFacts]) -> str:
    seen = set()
    while proposals[slug].continues in proposals and slug not in seen:
        seen.add(slug)
        slug = proposals[slug].continues
    return slug


def _closed_lines_stay_closed(proposals: dict[str, ProposalFacts], outcomes: list[OutcomeFacts]) -> list[Problem]:
    """Once a line is adopted, rejected or withdrawn, only a new text can bring a later decision."""
    by_line: dict[str, list[OutcomeFacts]] = defaultdict(list)
    for outcome in outcomes:
        if outcome.proposal in proposals:
            by_line[line_root(outcome.proposal, proposals)].append(outcome)
    problems = []
    for line in by_line.values():
        closed_by: OutcomeFacts | None = None
        for outcome in sorted(line, key=lambda o: o.meeting.order):
            if outcome.decision not in Decision.decisive():
                continue
            tabled = proposals[outcome.proposal].first_tabled
            if closed_by is not None and tabled.order <= closed_by.meeting.order:
                problems.append(
                    Problem(
                        outcome.key,
                        "decision",
                        _(
                            "This reform was closed at %(meeting)s (%(decision)s); a later decision "
                            "(%(later)s) needs a new text that continues it."
                        )
                        % {
                            "meeting": closed_by.meeting.key,
                            "decision": Decision(closed_by.decision).label,
                            "later": Decision(outcome.decision).label,
                        },
                        also=(closed_by.key,),
                    )
                )
                continue
            closed_by = outcome if outcome.decision in Decision.closing() else None
    return problems
