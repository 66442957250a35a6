"""What an NGO puts on its own site: a small card for a reform (in a frame) and an SVG badge.

Both are public pages like the others (cached, conditional), and answer the question the
tracker exists for in one line: where does this reform stand, and for how long has it stalled.
"""

from csp.decorators import csp_replace
from django.db.models import Exists, F, OuterRef
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt

from common.cache import public_page
from reforms.choices import ReformStatus
from reforms.models import Outcome, ReformProposal
from reforms.timeline.vocabulary import STATUS_LABELS, stall_label

# Badge colours, each with white text at a contrast of at least 4.5:1 (WCAG AA).
BADGE_COLOURS = {
    ReformStatus.STALLED: "#b42318",
    ReformStatus.OPEN: "#475467",
    ReformStatus.ADOPTED: "#067647",
    ReformStatus.PARTIALLY_ADOPTED: "#93370d",
    ReformStatus.REJECTED: "#344054",
    ReformStatus.WITHDRAWN: "#344054",
}
LABEL_COLOUR = "#1d2939"
LABEL_LIMIT = 60  # characters of the reform's title on a badge
# Width of a character of 11 px Verdana, on average, the badge's font (as shields.io measures).
CHARACTER_WIDTH = 6.6
PADDING = 10


def _reform(slug: str) -> ReformProposal:
    # The line's last decisive outcome sets the status or starts the stall clock, unless a later text reopened
    # the line: if it is unverified, so is the status the card and the badge show.
    decision_unverified = Exists(
        Outcome.objects.filter(
            proposal__line_root=OuterRef("line_root"),
            plenary__sort_key=OuterRef("last_decision_key"),
            decision=OuterRef("last_decision"),
            verified=False,
        )
    )
    return get_object_or_404(
        ReformProposal.objects.with_stall_status()
        .annotate(decision_unverified=decision_unverified, rests_on_decision=F("line_status__rests_on_decision"))
        .select_related("area"),
        slug=slug,
    )


def status_verified(proposal: ReformProposal) -> bool:
    """Whether the reform and the decision its status rests on are both confirmed by a source."""
    return proposal.verified and not (proposal.decision_unverified and proposal.rests_on_decision)


def status_phrase(proposal: ReformProposal) -> str:
    """ "Stalled 13 years", "Adopted": what a reader of the badge or the card needs first."""
    if proposal.status == ReformStatus.STALLED:
        return stall_label(proposal.years_stalled)
    return str(STATUS_LABELS.get(proposal.status, proposal.status))


@public_page
@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})  # any site may show the card; only this path
def reform_embed(request, slug):
    proposal = _reform(slug)
    theme = request.GET.get("theme")
    return render(
        request,
        "reforms/embed.html",
        {
            "proposal": proposal,
            "status_phrase": status_phrase(proposal),
            "status_verified": status_verified(proposal),
            "is_stalled": proposal.status == ReformStatus.STALLED,
            "theme": theme if theme in {"light", "dark"} else "auto",
        },
    )


@public_page
def reform_badge(request, slug):
    proposal = _reform(slug)
    label = proposal.title if len(proposal.title) <= LABEL_LIMIT else proposal.title[: LABEL_LIMIT - 1] + "…"
    value = status_phrase(proposal)
    if proposal.status == ReformStatus.STALLED:
        value = value.lower()  # "… | stalled 13 years", as badges read
    if not status_verified(proposal):
        value = f"{value} ⚠ {_('unverified')}"
    label_width = round(len(label) * CHARACTER_WIDTH) + 2 * PADDING
    value_width = round(len(value) * CHARACTER_WIDTH) + 2 * PADDING
    return render(
        request,
        "reforms/badge.svg",
        {
            "label": label,
            "value": value,
            "description": _("%(reform)s: %(status)s (KP Reform Tracker)")
            % {"reform": proposal.title, "status": value},
            "label_width": label_width,
            "value_width": value_width,
            "width": label_width + value_width,
            "label_x": label_width / 2,
            "value_x": label_width + value_width / 2,
            "label_colour": LABEL_COLOUR,
            "value_colour": BADGE_COLOURS.get(proposal.status, LABEL_COLOUR),
        },
        content_type="image/svg+xml; charset=utf-8",
    )
