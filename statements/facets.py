"""Facets of the statements search: how many statements each organisation, meeting, area and year
would give, and, when nothing matches, the one filter whose removal finds some.

A facet's counts are taken over the statements every *other* filter selects, as faceted search
does, so a reader who picked one organisation still sees how many the others have.
"""

from dataclasses import dataclass

from django.db.models import Count, F
from django.db.models.functions import ExtractYear

from statements.models import Statement

# facet → the parameters it stands for (dropped when counting it), and what it counts by
FACETS = {
    "organisation": (("organisation",), F("organisation")),
    "meeting": (("meeting", "plenary"), F("plenary")),
    "area": (("area",), F("mentions__area")),
    "year": (("published_after", "published_before"), ExtractYear("published_on")),
}
# What a reader can take away when nothing matches, in the order the form shows them.
REMOVABLE = {
    "q": ("q",),
    "organisation": ("organisation",),
    "meeting": ("meeting", "plenary"),
    "area": ("area",),
    "dates": ("published_after", "published_before"),
}


@dataclass
class Suggestion:
    without: str  # a key of REMOVABLE
    count: int
    query: str  # the search without it, as a query string


def _cleaned(filterset) -> dict:
    """The filterset's valid values (an invalid one is ignored, as the page says); none when unbound."""
    if not filterset.is_bound:
        return {}
    filterset.errors  # noqa: B018 - validates the form
    return filterset.form.cleaned_data


def _filtered(filterset, *, leave_out: tuple[str, ...]):
    """Published statements as the filterset selects them, but for the parameters left out."""
    queryset = Statement.objects.published()
    for name, value in _cleaned(filterset).items():
        if name not in leave_out and name != "ordering":
            queryset = filterset.filters[name].filter(queryset, value)
    return queryset


def statement_facets(filterset) -> dict[str, dict]:
    """Per facet, {record pk or year: number of statements}: one query per facet."""
    facets = {}
    for facet, (params, by) in FACETS.items():
        rows = _filtered(filterset, leave_out=params).order_by().values(key=by).annotate(n=Count("pk", distinct=True))
        facets[facet] = {row["key"]: row["n"] for row in rows if row["key"] is not None}
    return facets


def nearest_with_results(filterset, query) -> Suggestion | None:
    """When nothing matches: the one filter whose removal finds the most statements (one count per
    filter in use), or None when taking any one away still finds nothing."""
    best = None
    for without, params in REMOVABLE.items():
        if not any(_cleaned(filterset).get(name) for name in params):
            continue
        count = _filtered(filterset, leave_out=params).count()
        if count and (best is None or count > best.count):
            remaining = query.copy()
            for name in (*params, "page"):
                remaining.pop(name, None)
            best = Suggestion(without=without, count=count, query=remaining.urlencode())
    return best
