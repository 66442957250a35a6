"""What changed on a reform, an area or a participant, and when the record shows it.

One read, ``changes()``, for the Atom feeds and the daily alert. Nothing here is a hand-kept log:
each change is a row of the record (an outcome, a position claim, a milestone, a status event, a
published statement), dated by its own ``updated_at`` or by its django-simple-history records, and
one derived change, "now stalled", dated when the meeting that made the reform stalled (or the
reform's newest text) entered the record. An outcome that adopts, rejects or withdraws a reform
is its status change, and says so.

Every date is when the *record* changed, not when the meeting met: an alert reports what was
entered since the last one, even about an old meeting.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import F, OuterRef, Q, QuerySet, Subquery
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from alerts.models import Subscriber, TargetKind
from plenaries.models import Participant, Plenary, PlenaryKind, StatusEvent
from reforms.choices import DECISION_EXPLANATIONS, Decision, ReformStatus
from reforms.models import Milestone, Outcome, Position, ReformArea, ReformProposal
from statements.models import ReviewStatus, Statement


class ChangeKind:
    OUTCOME = "outcome"
    POSITION = "position"
    MILESTONE = "milestone"
    STATEMENT = "statement"
    STATUS_EVENT = "status-event"
    STALLED = "stalled"


@dataclass(frozen=True)
class Change:
    kind: str
    key: str  # the same for every version of one change ("outcome-12"): an Atom entry's identity
    at: datetime  # when the record last changed it
    recorded_at: datetime  # when the record first showed it
    corrected: bool  # recorded before the window, changed within it
    title: str
    summary: str
    link: str  # a path on this site, in the active language

    @property
    def urn(self) -> str:
        return uuid.uuid5(uuid.NAMESPACE_URL, f"{settings.KP_SITE_URL}/changes/{self.key}").urn


@dataclass(frozen=True)
class Scope:
    """Which rows of each kind concern what is followed (None: that kind never does)."""

    outcomes: Q | None = None
    positions: Q | None = None
    milestones: Q | None = None
    statements: Q | None = None
    status_events: Q | None = None
    stalls: Q | None = None  # on ReformProposal: lines whose head it names


def reform_scope(proposal: ReformProposal) -> Scope:
    """A reform is its whole line of texts; the statements are those on its area, as its page shows."""
    line = Q(proposal__line_root_id=proposal.line_root_id or proposal.pk)
    return Scope(
        outcomes=line,
        positions=line,
        milestones=line,
        statements=Q(mentions__area_id=proposal.area_id),
        stalls=Q(line_root_id=proposal.line_root_id or proposal.pk),
    )


def area_scope(area: ReformArea) -> Scope:
    on_area = Q(proposal__area=area)
    return Scope(
        outcomes=on_area,
        positions=on_area,
        milestones=on_area,
        statements=Q(mentions__area=area),
        stalls=Q(area=area),
    )


def participant_scope(participant: Participant) -> Scope:
    """Claims about it, its status events, and what meetings decided on the texts it tabled or under its chair."""
    return Scope(
        outcomes=Q(proposal__sponsor=participant) | Q(plenary__chair=participant),
        positions=Q(participant=participant),
        status_events=Q(participant=participant),
        stalls=Q(sponsor=participant),
    )


SCOPES = {TargetKind.REFORM: reform_scope, TargetKind.AREA: area_scope, TargetKind.PARTICIPANT: participant_scope}


def target_find(kind: str, slug: str):
    """The reform, area or participant a feed or a subscription form names, or None."""
    if kind not in TargetKind.values:
        return None
    return TargetKind(kind).model.objects.filter(slug=slug).first()


def target_url(kind: str, target) -> str:
    """The page of what is followed. An area's page is the timeline narrowed to it."""
    if kind == TargetKind.AREA:
        return f"{reverse('reforms:timeline')}?area={target.slug}"
    return target.get_absolute_url()


def changes(scope: Scope, *, since: datetime | None = None, until: datetime | None = None, limit: int = 50):
    """The newest ``limit`` changes in the scope recorded after ``since`` and up to ``until``, newest first.

    One query per kind of change the scope covers, plus one for the meetings when a reform is stalled.
    """
    window = (since, until)
    found: list[Change] = []
    for kind in KINDS:
        condition = getattr(scope, kind.scope)
        if condition is not None:
            rows = _in_window(kind.rows(condition), window, limit)
            found += [_change(kind.name, row, window, *kind.describe(row)) for row in rows]
    if scope.stalls is not None:
        found += _stalls(scope.stalls, window, limit)
    found.sort(key=lambda change: (change.at, change.key), reverse=True)
    return found[:limit]


# --- One read per kind of change: rows annotated with ``changed`` (when the record last changed
# them) and ``first`` (when it first showed them), and what a reader is told about each.


def _recorded(model, *, newest: bool = False, **conditions) -> Subquery:
    """When the history first (or last) shows the row, optionally in a given state."""
    order = "-history_date" if newest else "history_date"
    history = model.history.filter(id=OuterRef("pk"), **conditions).order_by(order).values("history_date")
    return Subquery(history[:1])


def _by_history(model):
    """For rows without a timestamp of their own: their history says when."""
    return {"changed": _recorded(model, newest=True), "first": _recorded(model)}


def _in_window(rows: QuerySet, window, limit: int) -> QuerySet:
    since, until = window
    rows = rows.filter(changed__isnull=False)  # a row no history dates cannot be placed in time
    if since is not None:
        rows = rows.filter(changed__gt=since)
    if until is not None:
        rows = rows.filter(changed__lte=until)
    return rows.order_by(F("changed").desc(), "-pk")[:limit]


def _change(kind: str, row, window, title: str, summary: str, link: str) -> Change:
    since = window[0]
    # The history row is written just after the row itself: never later than the row's own date.
    recorded_at = min(row.first or row.changed, row.changed)
    corrected = since is not None and recorded_at <= since
    if corrected:
        title = _("Corrected: %(title)s") % {"title": title}
    return Change(
        kind=kind,
        key=f"{kind}-{row.pk}",
        at=row.changed,
        recorded_at=recorded_at,
        corrected=corrected,
        title=title,
        summary=summary,
        link=link,
    )


def _outcome(outcome: Outcome) -> tuple[str, str, str]:
    summary = outcome.summary
    if outcome.decision in Decision.decisive():  # the reform's status changes with it
        summary = f"{summary} {DECISION_EXPLANATIONS[outcome.decision]}"
    return outcome.headline(), summary, f"{outcome.proposal.get_absolute_url()}#outcome-{outcome.pk}"


def _position(position: Position) -> tuple[str, str, str]:
    title = _("%(meeting)s: %(participant)s — %(stance)s, %(reform)s") % {
        "meeting": position.plenary,
        "participant": position.participant,
        "stance": position.get_stance_display(),
        "reform": position.proposal,
    }
    claimed = _("Claimed by %(who)s; confidence: %(confidence)s.") % {
        "who": position.reported_by,
        "confidence": position.get_confidence_display(),
    }
    return title, f"{claimed} {position.note}".strip(), f"{position.proposal.get_absolute_url()}#positions-title"


def _milestone(milestone: Milestone) -> tuple[str, str, str]:
    title = _("%(reform)s: %(what)s") % {"reform": milestone.proposal, "what": milestone.description}
    return title, str(milestone.date or milestone.year), f"{milestone.proposal.get_absolute_url()}#milestones-title"


def _statement(statement: Statement) -> tuple[str, str, str]:
    return statement.headline(), statement.excerpt(400), statement.get_absolute_url()


def _status_event(event: StatusEvent) -> tuple[str, str, str]:
    title = _("%(participant)s: %(kind)s (%(year)s)") % {
        "participant": event.participant,
        "kind": event.get_kind_display(),
        "year": event.year,
    }
    return title, event.description, f"{event.participant.get_absolute_url()}#events-title"


@dataclass(frozen=True)
class _Kind:
    name: str  # ChangeKind
    scope: str  # the Scope field that selects its rows
    rows: Callable[[Q], QuerySet]
    describe: Callable[[object], tuple[str, str, str]]  # title, summary, link


KINDS = [
    _Kind(
        ChangeKind.OUTCOME,
        "outcomes",
        lambda q: (
            Outcome.objects.filter(q)
            .select_related("proposal", "plenary")
            .annotate(changed=F("updated_at"), first=_recorded(Outcome))
        ),
        _outcome,
    ),
    _Kind(
        ChangeKind.POSITION,
        "positions",
        lambda q: (
            Position.objects.filter(q)
            .select_related("proposal", "plenary", "participant")
            .annotate(changed=F("updated_at"), first=_recorded(Position))
        ),
        _position,
    ),
    _Kind(
        ChangeKind.MILESTONE,
        "milestones",
        lambda q: Milestone.objects.filter(q).select_related("proposal").annotate(**_by_history(Milestone)),
        _milestone,
    ),
    # A statement changes when it is published: the first history record that shows it so (a
    # reviewer's decision, or its creation by a trusted source). Only published ones are ever public.
    _Kind(
        ChangeKind.STATEMENT,
        "statements",
        lambda q: (
            Statement.objects.published()
            .filter(q)
            .select_related("organisation")
            .annotate(changed=_recorded(Statement, review_status=ReviewStatus.PUBLISHED), first=F("changed"))
        ),
        _statement,
    ),
    _Kind(
        ChangeKind.STATUS_EVENT,
        "status_events",
        lambda q: StatusEvent.objects.filter(q).select_related("participant").annotate(**_by_history(StatusEvent)),
        _status_event,
    ),
]


def _stalls(condition: Q, window, limit: int) -> list[Change]:
    """Reforms stalled now, each dated when it became so in the record: when the meeting that made it
    the ``KP_STALL_THRESHOLD``-th in a row without a decision was first recorded as held, or when
    the reform's newest text was recorded, whichever is later."""
    threshold = settings.KP_STALL_THRESHOLD
    heads = list(
        ReformProposal.objects.with_stall_status(threshold)
        .filter(condition, is_line_head=True, status=ReformStatus.STALLED)
        .annotate(first=_recorded(ReformProposal), stalled_by_id=_stalling_meeting(threshold))
        .order_by("pk")
    )
    stalled_by = Plenary.objects.annotate(held_at=_recorded(Plenary, held=True)).in_bulk(
        {head.stalled_by_id for head in heads if head.stalled_by_id is not None}
    )
    since, until = window
    found = []
    for head in heads:
        # Missing only if the meeting was deleted between the two reads: the next read reports the stall.
        meeting = stalled_by.get(head.stalled_by_id)
        if meeting is None:
            continue
        moments = [moment for moment in (meeting.held_at, head.first) if moment is not None]
        at = max(moments, default=None)
        if at is None or (since is not None and at <= since) or (until is not None and at > until):
            continue
        found.append(
            Change(
                kind=ChangeKind.STALLED,
                key=f"stalled-{head.line_root_id}-{meeting.pk}",
                at=at,
                recorded_at=at,
                corrected=False,
                title=_("Now stalled: %(reform)s") % {"reform": head},
                summary=ngettext(
                    "No decision at %(n)d plenary since %(year)s, up to %(meeting)s.",
                    "No decision at %(n)d plenaries in a row since %(year)s, up to %(meeting)s.",
                    threshold,
                )
                % {"n": threshold, "year": head.stalled_since_year, "meeting": meeting},
                link=head.get_absolute_url(),
            )
        )
    found.sort(key=lambda change: change.at, reverse=True)
    return found[:limit]


def _stalling_meeting(threshold: int) -> Subquery:
    """The meeting that made a stalled line so: the ``threshold``-th decision meeting held from the first
    silent one (``stalled_since``, from the line-status view), in the same read as the line's status."""
    meetings = Plenary.objects.filter(
        held=True,
        kind__in=PlenaryKind.decision_meetings(),
        sort_key__gte=OuterRef("line_status__first_silent_meeting__sort_key"),
    )
    return Subquery(meetings.order_by("sort_key").values("pk")[threshold - 1 : threshold])


# --- Reads for the daily alert.


def subscribers_due(*, today_began: datetime) -> QuerySet:
    """Addresses with a confirmed subscription that have not had an alert today."""
    return (
        Subscriber.objects.filter(subscriptions__confirmed_at__isnull=False)
        .filter(Q(last_sent_at__isnull=True) | Q(last_sent_at__lt=today_began))
        .distinct()
        .order_by("pk")
    )


def confirmed_subscriptions(subscriber: Subscriber) -> QuerySet:
    return (
        subscriber.subscriptions.filter(confirmed_at__isnull=False)
        .select_related("proposal", "area", "participant")
        .order_by("requested_at", "pk")
    )
