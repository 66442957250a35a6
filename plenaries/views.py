"""Public pages of the plenaries app: meetings and participants."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from common.cache import public_page
from plenaries import selectors
from plenaries.models import Country, Participant, Plenary, PlenaryKind


@public_page
def plenary_list(request):
    # Queries: meetings with chair, vice-chair, host and outcome counts.
    meetings = list(selectors.meeting_list())
    years: dict[int, list[Plenary]] = {}
    for meeting in meetings:
        years.setdefault(meeting.year, []).append(meeting)
    return render(request, "plenaries/plenary_list.html", {"years": list(years.items()), "meetings": meetings})


@public_page
def plenary_detail(request, year, kind=PlenaryKind.PLENARY):
    if kind not in PlenaryKind.values:
        raise Http404("No such kind of meeting.")
    if kind == PlenaryKind.PLENARY and "kind" in request.resolver_match.kwargs:
        return redirect("plenaries:plenary-detail", year=year, permanent=True)
    # Queries: the meeting; its outcomes; position claims made there; statements
    # around it; every meeting's year and kind (previous/next links).
    plenary = get_object_or_404(Plenary.objects.select_related("chair", "vice_chair", "host"), year=year, kind=kind)
    index = list(selectors.meeting_index())
    position = next(i for i, meeting in enumerate(index) if meeting.pk == plenary.pk)
    return render(
        request,
        "plenaries/plenary_detail.html",
        {
            "plenary": plenary,
            "outcomes": list(selectors.meeting_outcomes(plenary)),
            "positions": list(selectors.meeting_positions(plenary)),
            "statements": list(selectors.meeting_statements(plenary)),
            "same_year": [m for m in index if m.year == plenary.year and m.pk != plenary.pk],
            "previous": index[position - 1] if position > 0 else None,
            "next": index[position + 1] if position + 1 < len(index) else None,
        },
    )


@public_page
def participant_list(request):
    # Queries: participants with country counts and whether the KP counts them today;
    # year-end plenaries' chairs and hosts; the number of countries.
    participants = list(selectors.participant_list())
    chaired: dict[int, list[int]] = {}
    hosted: dict[int, list[int]] = {}
    for chair_id, host_id, year, held in selectors.chair_and_host_years():
        if chair_id:
            chaired.setdefault(chair_id, []).append(year)
        if host_id and held:
            hosted.setdefault(host_id, []).append(year)
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
        },
    )


@public_page
def participant_detail(request, slug):
    # Queries: the participant (and whether the KP counts it today); countries it represents;
    # meetings it chaired, vice-chaired or hosted; status events; position claims; proposals it tabled.
    participant = get_object_or_404(Participant.objects.with_is_current(), slug=slug)
    meetings = list(selectors.participant_meetings(participant))
    return render(
        request,
        "plenaries/participant_detail.html",
        {
            "participant": participant,
            "is_current": participant.is_current,
            "countries": list(participant.countries.all()),
            "chaired": [m for m in meetings if m.chair_id == participant.pk],
            "vice_chaired": [m for m in meetings if m.vice_chair_id == participant.pk],
            "hosted": [m for m in meetings if m.host_id == participant.pk and m.held],
            "events": list(participant.status_events.order_by("year", "date")),
            "positions": list(selectors.participant_positions(participant)),
            "sponsored": list(participant.proposals_sponsored.select_related("area").order_by("title")),
        },
    )
