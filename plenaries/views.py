"""Public pages of the plenaries app: the meetings. (The participant pages are in tracker/participant_views.py.)"""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render

from common.cache import public_page
from plenaries import selectors
from plenaries.models import Plenary, PlenaryKind


@public_page(daily=True)
def plenary_list(request):
    # Queries: meetings with chair, vice-chair, host and outcome counts.
    meetings = list(selectors.meeting_list())
    years: dict[int, list[Plenary]] = {}
    for meeting in meetings:
        years.setdefault(meeting.year, []).append(meeting)
    return render(request, "plenaries/plenary_list.html", {"years": list(years.items()), "meetings": meetings})


@public_page(daily=True)
def plenary_detail(request, year, kind=PlenaryKind.PLENARY):
    if kind not in PlenaryKind.values:
        raise Http404("No such kind of meeting.")
    if kind == PlenaryKind.PLENARY and "kind" in request.resolver_match.kwargs:
        return redirect("plenaries:plenary-detail", year=year, permanent=True)
    # Queries: the meeting; its outcomes; position claims made there; statements
    # around it; every meeting's year and kind (previous/next links).
    plenary = get_object_or_404(Plenary.objects.select_related("chair", "vice_chair", "host"), year=year, kind=kind)
    index = list(selectors.meeting_index())
    previous, following = selectors.meeting_pager(index, plenary)
    return render(
        request,
        "plenaries/plenary_detail.html",
        {
            "plenary": plenary,
            "outcomes": list(selectors.meeting_outcomes(plenary)),
            "positions": list(selectors.meeting_positions(plenary)),
            "statements": list(selectors.meeting_statements(plenary)),
            "same_year": [m for m in index if m.year == plenary.year and m.pk != plenary.pk],
            "previous": previous,
            "next": following,
        },
    )
