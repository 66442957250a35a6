"""Reads for the pre-plenary briefing: one year's plenary, every reform on its table and the record
around it, in a fixed number of queries whatever the size of the record.

Statuses and stall clocks come from ``with_stall_status()`` (the stall rule), and contested claims
from ``with_contested()``: the briefing only chooses which rows to show.
"""

import itertools
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Exists, F, IntegerField, OuterRef, Q, Subquery, Value, Window
from django.db.models.functions import Coalesce, RowNumber

from plenaries.models import OrganisationKind, Plenary, StatusEvent
from plenaries.selectors import meeting_pager
from reforms.choices import Decision, ReformStatus
from reforms.models import Milestone, Outcome, Position, ReformArea, ReformProposal
from reforms.selectors import claims_by_participant
from statements.models import AreaMention, Statement

# How many earlier decisions each reform shows, and how many civil-society excerpts each area.
RECENT_DECISIONS = 3
ASKS_PER_AREA = 2


@dataclass
class ReformBrief:
    line: ReformProposal  # the line's newest text, annotated by with_stall_status()
    decisions: list[Outcome] = field(default_factory=list)  # the latest ones before the meeting, oldest first
    decided_here: Outcome | None = None
    claims: list[dict] = field(default_factory=list)  # claims_by_participant() groups, up to the meeting

    @property
    def is_closed(self) -> bool:
        return self.line.status in ReformStatus.closed()


@dataclass
class AreaBrief:
    area: ReformArea
    reforms: list[ReformBrief] = field(default_factory=list)
    asks: list[AreaMention] = field(default_factory=list)  # newest first

    @property
    def claim_rows(self) -> list[tuple[ReformBrief, dict]]:
        return [(reform, group) for reform in self.reforms for group in reform.claims]


@dataclass
class Changes:
    """What happened between the previous held plenary and this one."""

    since: Plenary | None
    first_day: date | None = None  # the span, both days included
    last_day: date | None = None
    outcomes: list[Outcome] = field(default_factory=list)
    tabled: list[ReformProposal] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    claims: list[Position] = field(default_factory=list)
    events: list[StatusEvent] = field(default_factory=list)
    statement_count: int = 0

    @property
    def any(self) -> bool:
        return bool(self.outcomes or self.tabled or self.milestones or self.claims or self.events)


@dataclass
class Briefing:
    plenary: Plenary
    previous: Plenary | None  # the briefings before and after, for the pager
    next: Plenary | None
    areas: list[AreaBrief]
    changes: Changes
    upcoming: bool

    @property
    def reform_count(self) -> int:
        return sum(len(area.reforms) for area in self.areas)

    @property
    def stalled_count(self) -> int:
        return sum(reform.line.status == ReformStatus.STALLED for area in self.areas for reform in area.reforms)


def year_end_plenaries():
    """Every year-end plenary, newest first: the briefings' index."""
    return Plenary.objects.year_end().select_related("chair", "host").order_by("-sort_key")


def briefing_featured(*, today: date) -> Plenary | None:
    """The plenary the home page points to: the next one from ``KP_BRIEFING_WEEKS`` before it opens,
    otherwise the latest one that has begun."""
    soon = today + timedelta(weeks=settings.KP_BRIEFING_WEEKS)
    return (
        Plenary.objects.year_end()
        .filter(Q(start_date__lte=soon) | Q(start_date__isnull=True, year__lte=today.year))
        .order_by("-sort_key")
        .first()
    )


def briefing_build(plenary: Plenary, *, today: date) -> Briefing:
    # What the pager and "since" need of every year-end plenary (its dates bound "what changed").
    index = list(
        Plenary.objects.year_end()
        .order_by("sort_key")
        .only("year", "kind", "held", "city", "host_country", "start_date", "end_date", "sort_key")
    )
    previous, following = meeting_pager(index, plenary)
    since = next((m for m in reversed(index) if m.held and m.sort_key < plenary.sort_key), None)
    return Briefing(
        plenary=plenary,
        previous=previous,
        next=following,
        areas=_areas(plenary),
        changes=_changes(plenary, since),
        upcoming=plenary.is_upcoming(today),
    )


def lines_on_the_table(plenary: Plenary):
    """Reform lines tabled by this meeting and not closed before it, each as its newest text tabled by
    then (a text tabled later was not on this table), with the line's stall status today."""
    tabled_by_then = Q(first_tabled__sort_key__lte=plenary.sort_key)
    # The line's latest decision before the meeting, as the stall rule orders them.
    decided_before = Outcome.objects.filter(
        proposal__line_root=OuterRef("line_root"),
        plenary__sort_key__lt=plenary.sort_key,
        decision__in=Decision.decisive(),
    ).order_by("-plenary__sort_key", "-proposal__first_tabled__sort_key", "-pk")
    return (
        ReformProposal.objects.with_stall_status()
        .filter(tabled_by_then)
        .exclude(Exists(ReformProposal.objects.filter(tabled_by_then, continues=OuterRef("pk"))))
        .annotate(
            # Coalesced: a line with no decision yet compares as "not closed", never as NULL.
            decision_before=Coalesce(Subquery(decided_before.values("decision")[:1]), Value("")),
            decided_text_tabled=Coalesce(
                Subquery(decided_before.values("proposal__first_tabled__sort_key")[:1]),
                0,
                output_field=IntegerField(),
            ),
        )
        # Closed before the meeting: that decision closed the line, on the newest text tabled by then.
        .exclude(decision_before__in=Decision.closing(), decided_text_tabled__gte=F("first_tabled__sort_key"))
        .select_related("area")
        .order_by("area__position", "area__name", "line_tabled_key", "title")
    )


def _areas(plenary: Plenary) -> list[AreaBrief]:
    areas: dict[int, AreaBrief] = {}
    # A line that branched (two later texts continue one) has two newest texts: each shows the line's decisions.
    reforms: dict[int, list[ReformBrief]] = {}
    for line in lines_on_the_table(plenary):
        brief = ReformBrief(line)
        areas.setdefault(line.area_id, AreaBrief(line.area)).reforms.append(brief)
        reforms.setdefault(line.line_root_id, []).append(brief)
    if not reforms:
        return []
    for outcome in _recent_outcomes(plenary, reforms):
        for brief in _briefs_of(reforms, outcome.proposal):
            if outcome.plenary_id == plenary.pk:
                brief.decided_here = outcome
            else:
                brief.decisions.insert(0, outcome)
    for brief in itertools.chain.from_iterable(reforms.values()):  # four came back where this meeting decided none
        brief.decisions = brief.decisions[-RECENT_DECISIONS:]
    claims: dict[int, list[Position]] = {}  # by the brief's text
    for claim in (
        Position.objects.filter(proposal__line_root_id__in=reforms, plenary__sort_key__lte=plenary.sort_key)
        .with_contested()
        .select_related("plenary", "participant", "proposal")
        .order_by("-plenary__sort_key", "participant__name", "stance", "reported_by")
    ):
        # A claim on a text the branches share is listed once, under the first of them.
        claims.setdefault(_briefs_of(reforms, claim.proposal)[0].line.pk, []).append(claim)
    for brief in itertools.chain.from_iterable(reforms.values()):
        brief.claims = claims_by_participant(claims.get(brief.line.pk, []))
    for mention in _latest_asks(plenary, list(areas)):
        areas[mention.area_id].asks.append(mention)
    return list(areas.values())


def _briefs_of(reforms: dict[int, list[ReformBrief]], text: ReformProposal) -> list[ReformBrief]:
    """The briefs a record on ``text`` belongs to: its own branch's, or, on a text the branches share, all."""
    line = reforms[text.line_root_id]
    return [brief for brief in line if brief.line.pk == text.pk] or line


def _recent_outcomes(plenary: Plenary, reforms: dict[int, ReformBrief]):
    """Per line, the outcome at this meeting and the ``RECENT_DECISIONS`` before it, newest first."""
    newest = Window(
        RowNumber(),
        partition_by=[F("proposal__line_root_id")],
        order_by=[F("plenary__sort_key").desc(), F("proposal__first_tabled__sort_key").desc(), F("pk").desc()],
    )
    return (
        Outcome.objects.filter(proposal__line_root_id__in=reforms, plenary__sort_key__lte=plenary.sort_key)
        .annotate(newest=newest)
        .filter(newest__lte=RECENT_DECISIONS + 1)
        .select_related("plenary", "proposal")
        .order_by("proposal__line_root_id", "newest")
    )


def statements_cutoff(plenary: Plenary) -> date:
    """What civil society said before the meeting: up to the day it opens (opening remarks included)."""
    return plenary.start_date or plenary.end_date or date(plenary.year, 12, 31)


def _latest_asks(plenary: Plenary, area_ids: list[int]):
    """Per area, excerpts from the latest published civil-society statements before the meeting."""
    newest = Window(
        RowNumber(),
        partition_by=[F("area_id")],
        order_by=[F("statement__published_on").desc(), F("statement_id").desc()],
    )
    return (
        AreaMention.objects.filter(
            area_id__in=area_ids,
            statement__in=Statement.objects.published(),
            statement__organisation__kind=OrganisationKind.CIVIL_SOCIETY,
            statement__organisation__proposed=False,
            statement__published_on__lte=statements_cutoff(plenary),
        )
        .exclude(excerpt="")
        .annotate(newest=newest)
        .filter(newest__lte=ASKS_PER_AREA)
        .select_related("statement__organisation")
        .order_by("area_id", "newest")
    )


def _changes(plenary: Plenary, since: Plenary | None) -> Changes:
    """From the day after the previous held plenary closed to the day this one opens."""
    if since is None:
        return Changes(since=None)
    between = Q(plenary__sort_key__gt=since.sort_key, plenary__sort_key__lt=plenary.sort_key)
    after = since.end_date or since.start_date or date(since.year, 12, 31)
    before = statements_cutoff(plenary)
    dated_between = Q(date__gt=after, date__lte=before)
    dated_between |= Q(date__isnull=True, year__gt=since.year, year__lte=plenary.year)
    return Changes(
        since=since,
        first_day=after + timedelta(days=1),
        last_day=before,
        outcomes=list(
            Outcome.objects.filter(between)
            .select_related("plenary", "proposal")
            .order_by("plenary__sort_key", "proposal__title")
        ),
        tabled=list(
            ReformProposal.objects.filter(
                first_tabled__sort_key__gt=since.sort_key, first_tabled__sort_key__lt=plenary.sort_key
            )
            .select_related("first_tabled", "area")
            .order_by("first_tabled__sort_key", "title")
        ),
        milestones=list(
            Milestone.objects.filter(dated_between).select_related("proposal").order_by("year", "date", "pk")
        ),
        claims=list(
            Position.objects.filter(between)
            .with_contested()
            .select_related("plenary", "participant", "proposal")
            .order_by("plenary__sort_key", "participant__name", "stance")
        ),
        events=list(
            StatusEvent.objects.filter(dated_between).select_related("participant").order_by("year", "date", "pk")
        ),
        statement_count=Statement.objects.published().filter(published_on__gt=after, published_on__lte=before).count(),
    )
