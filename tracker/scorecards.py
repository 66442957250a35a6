"""Reads for the participant pages and their scorecards: the claims made about each participant's
stance on reforms, and what the meetings it chaired or hosted decided.

They read reforms (outcomes, position claims), so they live here, above every app.
"""

from django.db.models import BooleanField, Count, Exists, ExpressionWrapper, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from plenaries.models import Country, Participant, Plenary, StatusEvent, StatusEventKind
from reforms.choices import Decision, Stance
from reforms.models import Outcome, Position

ADOPTING = [Decision.ADOPTED, Decision.PARTIALLY_ADOPTED]

# ?sort= on the participant list → (its label, its order).
SORTS = {
    "name": (_("name"), ("name",)),
    "blocked": (_("blocked consensus (claims)"), ("-blocked_claims", "name")),
    "adopted": (_("reforms adopted while chairing"), ("-adopted_while_chairing", "name")),
}


# The status events whose year the list shows as the year a participant joined or left.
LEAVING = [StatusEventKind.WITHDREW, StatusEventKind.MERGED, StatusEventKind.REMOVED]


def _year_verified(kinds: list[str], year_field: str):
    """False when an unverified status event of these kinds is the source of the year in ``year_field``."""
    return ~Exists(
        StatusEvent.objects.filter(
            participant=OuterRef("pk"), kind__in=kinds, year=OuterRef(year_field), verified=False
        )
    )


def _count(queryset, *, per: str, of: str = "pk"):
    """A correlated COUNT of distinct ``of`` (a subquery, so two counts never multiply each other's rows)."""
    counted = queryset.order_by().values(per).annotate(n=Count(of, distinct=True)).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def participant_list(sort: str = "name"):
    """Participants with their country count and whether the KP counts them today, the claims that they
    blocked consensus, and the reforms that meetings they chaired adopted, fully or in part."""
    return (
        Participant.objects.with_is_current()
        .annotate(
            country_count=_count(Country.objects.filter(represented_by=OuterRef("pk")), per="represented_by"),
            blocked_claims=_count(
                Position.objects.filter(participant=OuterRef("pk"), stance=Stance.BLOCKED), per="participant"
            ),
            adopted_while_chairing=_count(
                Outcome.objects.filter(plenary__chair=OuterRef("pk"), decision__in=ADOPTING),
                per="plenary__chair",
                of="proposal__line_root",
            ),
            joined_verified=_year_verified([StatusEventKind.JOINED], "joined_year"),
            left_verified=_year_verified(LEAVING, "left_year"),
        )
        .order_by(*SORTS.get(sort, SORTS["name"])[1])
    )


def chair_and_host_years():
    """(chair id, host id, year, held?, verified?) for every year-end plenary: one query for the list."""
    return Plenary.objects.year_end().order_by("year").values_list("chair_id", "host_id", "year", "held", "verified")


def _chaired_by(participant: Participant, via: str = "") -> Q:
    return Q(**{f"{via}chair": participant})


def _hosted_by(participant: Participant, via: str = "") -> Q:
    # A meeting that did not take place had no host to speak of.
    return Q(**{f"{via}host": participant, f"{via}held": True})


def participant_meetings(participant: Participant):
    """The meetings it chaired, vice-chaired or hosted, each marked ``chaired`` and ``hosted``."""
    return (
        Plenary.objects.filter(_chaired_by(participant) | Q(vice_chair=participant) | _hosted_by(participant))
        .annotate(
            chaired=ExpressionWrapper(_chaired_by(participant), output_field=BooleanField()),
            hosted=ExpressionWrapper(_hosted_by(participant), output_field=BooleanField()),
        )
        .select_related("chair")
        .order_by("sort_key")
    )


def participant_claims(participant: Participant):
    """Every claim about the participant's stance on a reform, oldest meeting first, contested ones marked."""
    return (
        participant.positions.with_contested()
        .select_related("plenary", "proposal")
        .order_by("plenary__sort_key", "proposal__title", "stance", "reported_by")
    )


def outcomes_under(participant: Participant):
    """What the meetings it chaired, or hosted when they were held, decided on reforms."""
    return (
        Outcome.objects.filter(_chaired_by(participant, "plenary__") | _hosted_by(participant, "plenary__"))
        .select_related("proposal", "plenary")
        .order_by("plenary__sort_key", "decision", "proposal__title")
    )
