"""Public pages of the statements app: search, one statement, and the Atom feed."""

import re
from datetime import UTC, date, datetime, time

from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.http import Http404, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from common.cache import public_page
from reforms.models import ReformArea
from statements.facets import nearest_with_results, statement_facets
from statements.filters import DASHBOARD_FIELDS, StatementFilter
from statements.models import Statement
from statements.search import by_relevance, highlight
from statements.selectors import published_statement, statement_list

PAGE_SIZE = 20
# The search page's parameters before it shared the API's FilterSet: old links redirect.
RENAMED_PARAMETERS = {"date_from": "published_after", "date_to": "published_before"}
_MEETING_KEY = re.compile(r"^\d{4}-[a-z]+$")


@public_page
def statement_index(request):
    # Queries: organisations, meetings and areas (filter choices, each read once); the count
    # and the page of statements; their reform mentions (prefetch); one per facet (organisation,
    # meeting, area, year); and, only when nothing matches, one count per filter in use.
    renamed = _renamed_query(request.GET)
    if renamed is not None:
        return redirect(f"{request.path}?{renamed.urlencode()}", permanent=True)
    # Lenient, unlike the API: a bad value is shown with its error and ignored.
    filterset = StatementFilter(request.GET or None, queryset=statement_list())
    statements = filterset.qs
    search = filterset.form.cleaned_data.get("q", "").strip() if filterset.is_bound else ""
    if search:
        statements = by_relevance(statements, search)
    page = Paginator(statements, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    facets = statement_facets(filterset)
    for name in ("organisation", "meeting", "area"):
        filterset.filters[name].counts = facets[name]
    return render(
        request,
        "statements/statement_list.html",
        {
            "fields": [filterset.form[name] for name in DASHBOARD_FIELDS],
            # Only the fields the page draws can show their message; other parameters are the API's.
            "ignored": filterset.is_bound and any(name in filterset.errors for name in DASHBOARD_FIELDS),
            "search": search,
            "page": page,
            "query": query.urlencode(),
            "years": _year_links(facets["year"], query, filterset.form.cleaned_data if filterset.is_bound else {}),
            "suggestion": nearest_with_results(filterset, query) if not page.paginator.count and query else None,
        },
    )


def _year_links(counts: dict[int, int], query: QueryDict, cleaned: dict) -> list[dict]:
    """The year facet as links: each year's statements, the other filters kept."""
    links = []
    for year, count in sorted(counts.items(), reverse=True):
        narrowed = query.copy()
        narrowed["published_after"], narrowed["published_before"] = f"{year}-01-01", f"{year}-12-31"
        current = (cleaned.get("published_after"), cleaned.get("published_before")) == (
            date(year, 1, 1),
            date(year, 12, 31),
        )
        links.append({"year": year, "count": count, "query": narrowed.urlencode(), "current": current})
    return links


def _renamed_query(query: QueryDict) -> QueryDict | None:
    """The same search under today's parameter names, or None when nothing needs renaming."""
    old_meeting = _MEETING_KEY.match(query.get("plenary", ""))
    if not old_meeting and not any(name in query for name in RENAMED_PARAMETERS):
        return None
    renamed = QueryDict(mutable=True)
    for name, values in query.lists():
        if name == "plenary" and old_meeting:
            name = "meeting"
        renamed.setlist(RENAMED_PARAMETERS.get(name, name), values)
    return renamed


@public_page
def statement_detail(request, pk):
    # Queries: the statement (with organisation and meeting); its reform mentions;
    # its quotes; every area's keywords for highlighting.
    try:
        statement = published_statement(pk)
    except Statement.DoesNotExist as exc:
        raise Http404("No published statement with this number.") from exc
    mentions = list(statement.mentions.select_related("area").order_by("area__position"))
    areas = list(ReformArea.objects.all())
    return render(
        request,
        "statements/statement_detail.html",
        {
            "statement": statement,
            "mentions": mentions,
            "quotes": list(statement.quotes.order_by("pk")),
            "text_html": highlight(statement.text, {str(a.name): a.keyword_list for a in areas}),
        },
    )


class StatementFeed(Feed):
    feed_type = Atom1Feed
    title = _("KP Reform Tracker: new statements")
    subtitle = _("What civil society and others said about the Kimberley Process, newest first.")
    link = reverse_lazy("statements:statement-list")

    def items(self):
        return Statement.objects.published().select_related("organisation").newest_first()[:50]

    def item_title(self, item):
        return item.headline()

    def item_description(self, item):
        return item.excerpt(600)

    def item_author_name(self, item):
        # None leaves the entry without an author rather than inventing one.
        return item.public_organisation.name if item.public_organisation else None

    def item_pubdate(self, item):
        if item.published_on:
            return datetime.combine(item.published_on, time(12), tzinfo=UTC)
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at
