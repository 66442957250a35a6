"""The participant pages: the list (sortable by the scorecards' counts) and each participant's record.

Their addresses keep their names in the plenaries namespace (kptracker/urls.py wires them there).
"""

from django.shortcuts import get_object_or_404, render

from common.cache import public_page
from plenaries.models import Country, Participant
from reforms.choices import Stance
from tracker import scorecards


@public_page
def participant_list(request):
    # Queries: participants with country counts, is-current and the two scorecard counts;
    # year-end plenaries' chairs and hosts; the number of countries.
    sort = request.GET.get("sort", "name")
    if sort not in scorecards.SORTS:
        sort = "name"
    participants = list(scorecards.participant_list(sort))
    chaired: dict[int, list[dict]] = {}
    hosted: dict[int, list[dict]] = {}
    for chair_id, host_id, year, held, verified in scorecards.chair_and_host_years():
        meeting = {"year": year, "verified": verified}
        if chair_id:
            chaired.setdefault(chair_id, []).append(meeting)
        if host_id and held:
            hosted.setdefault(host_id, []).append(meeting)
    for participant in participants:
        participant.years_chaired = chaired.get(participant.pk, [])
        participant.years_hosted = hosted.get(participant.pk, [])
    return render(
        request,
        "plenaries/participant_list.html",
        {
            "current": [p for p in participants if p.is_current],
            "others": [p for p in participants if not p.is_current],
            "current_count": sum(p.is_current for p in participants),
            "country_count": Country.objects.count(),
            "sort": sort,
            "sorts": [(key, label) for key, (label, _order) in scorecards.SORTS.items()],
        },
    )


@public_page
def participant_detail(request, slug):
    # Queries: the participant (and whether the KP counts it today); countries it represents;
    # meetings it chaired, vice-chaired or hosted; what those meetings decided; status events;
    # position claims (contested marked); proposals it tabled.
    participant = get_object_or_404(Participant.objects.with_is_current(), slug=slug)
    meetings = list(scorecards.participant_meetings(participant))
    decided: dict[int, list] = {}
    for outcome in scorecards.outcomes_under(participant):
        decided.setdefault(outcome.plenary_id, []).append(outcome)
    led = [
        {
            "meeting": meeting,
            "chaired": meeting.chaired,
            "hosted": meeting.hosted,
            "outcomes": decided.get(meeting.pk, []),
        }
        for meeting in meetings
        if meeting.chaired or meeting.hosted
    ]
    claims = list(scorecards.participant_claims(participant))
    return render(
        request,
        "plenaries/participant_detail.html",
        {
            "participant": participant,
            "is_current": participant.is_current,
            "countries": list(participant.countries.all()),
            "chaired": [m for m in meetings if m.chaired],
            "vice_chaired": [m for m in meetings if m.vice_chair_id == participant.pk],
            "hosted": [m for m in meetings if m.hosted],
            "led": led,
            "events": list(participant.status_events.order_by("year", "date")),
            "claims": claims,
            "stance_counts": [
                (stance, label, sum(claim.stance == stance for claim in claims))
                for stance, label in Stance.choices
                if any(claim.stance == stance for claim in claims)
            ],
            "sponsored": list(participant.proposals_sponsored.select_related("area").order_by("title")),
        },
    )
