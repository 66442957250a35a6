"""Public pages of the reforms app: the timeline (and its exports) and one page per reform."""

from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _

from common.cache import public_page
from common.site import absolute_url
from plenaries.models import Plenary
from reforms.choices import DECISION_EXPLANATIONS, ReformStatus
from reforms.embeds import status_phrase
from reforms.models import Milestone, ReformArea, ReformProposal, ReviewCycle
from reforms.selectors import (
    claims_by_participant,
    line_outcomes,
    line_positions,
    proposal_line,
)
from reforms.timeline.csv_export import timeline_csv
from reforms.timeline.layout import stall_record, timeline_build
from reforms.timeline.queries import TimelineFilterForm
from reforms.timeline.svg_export import timeline_svg
from reforms.timeline.vocabulary import (
    CELL_STYLES,
    NO_RECORD,
    NOT_HELD,
    STATUS_EXPLANATIONS,
    STATUS_LABELS,
    stall_counts,
)


def _timeline_for(request):
    # Queries: reform areas, review cycles (filter choices), then timeline_build's three.
    form = TimelineFilterForm(
        request.GET or None, areas=list(ReformArea.objects.all()), cycles=list(ReviewCycle.objects.all())
    )
    return form, timeline_build(form.filters())


@public_page(daily=True)
def timeline(request):
    form, built = _timeline_for(request)
    return render(
        request,
        "reforms/timeline.html",
        {
            "form": form,
            "timeline": built,
            "legend": list(CELL_STYLES.values()),
            "no_record": CELL_STYLES[NO_RECORD],
            "not_held": CELL_STYLES[NOT_HELD],
            "query": request.GET.urlencode(),
        },
    )


@public_page
def timeline_export_csv(request):
    _form, built = _timeline_for(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="kp-reform-timeline.csv"'
    timeline_csv(built, response)
    return response


@public_page
def timeline_export_svg(request):
    _form, built = _timeline_for(request)
    title = _("Kimberley Process reforms, plenary by plenary")
    response = HttpResponse(timeline_svg(built, title=title), content_type="image/svg+xml; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="kp-reform-timeline.svg"'
    return response


@public_page
def reform_detail(request, slug):
    # Queries: the proposal with its line's stall status; the line's texts (+ their
    # drafters); outcomes; milestones between meetings; position claims; statements on
    # its area (+ their excerpts).
    proposal = get_object_or_404(
        ReformProposal.objects.with_stall_status().select_related(
            "area", "cycle", "sponsor", "first_tabled", "continues"
        ),
        slug=slug,
    )
    texts = list(proposal_line(proposal))
    outcomes = list(line_outcomes(proposal))
    milestones = list(Milestone.objects.filter(proposal__in=texts).order_by("year", "date", "pk"))
    claims = claims_by_participant(line_positions(proposal))
    area = proposal.area
    statements = list(
        area.statements.published()
        .select_related("organisation")
        .prefetch_related(Prefetch("mentions", queryset=area.mentions.all(), to_attr="area_mentions"))
        .newest_first()[:20]
    )
    # One more query, for stalled reforms only: the meeting the stall clock started at, and its chair.
    stall_plenary = None
    stall_detail = ""
    if proposal.stalled_since_id:
        stall_plenary = Plenary.objects.select_related("chair").get(pk=proposal.stalled_since_id)
        counted = proposal.plenaries_without_decision
        decided_at = [(o.plenary, o.verified) for o in outcomes]
        no_record, unverified = stall_record(counted=counted, stall_from=stall_plenary, decided_at=decided_at)
        stall_detail = stall_counts(counted, no_record, unverified)
    return render(
        request,
        "reforms/reform_detail.html",
        {
            "proposal": proposal,
            "texts": texts,
            "head": texts[-1] if texts else proposal,
            "outcomes": [(o, CELL_STYLES[o.decision], DECISION_EXPLANATIONS[o.decision]) for o in outcomes],
            "milestones": milestones,
            "claims": claims,
            "contested": [group for group in claims if group["contested"]],
            "statements": statements,
            "status_label": STATUS_LABELS.get(proposal.status, proposal.status),
            "status_explanation": STATUS_EXPLANATIONS[proposal.status] % {"threshold": settings.KP_STALL_THRESHOLD},
            "is_stalled": proposal.status == ReformStatus.STALLED,
            "stall_detail": stall_detail,
            "stall_plenary": stall_plenary,
            "closed_at": _closing_outcome(proposal, outcomes),
            "status_phrase": status_phrase(proposal),
            "reform_url": absolute_url(proposal.get_absolute_url()),
            "embed_url": absolute_url(reverse("reforms:reform-embed", args=[proposal.slug])),
            "badge_url": absolute_url(reverse("reforms:reform-badge", args=[proposal.slug])),
        },
    )


def _closing_outcome(proposal, outcomes):
    """The outcome that closed the line (its latest decisive one), or None while it is open."""
    if proposal.status not in ReformStatus.closed():
        return None
    closing = [
        o for o in outcomes if o.decision == proposal.last_decision and o.plenary.sort_key == proposal.last_decision_key
    ]
    return closing[-1] if closing else None
