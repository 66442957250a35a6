"""Public pages of the statements app: search, one statement, and the Atom feed."""

from datetime import UTC, datetime, time

from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from common.cache import public_page
from plenaries.models import Organisation, Plenary
from reforms.models import ReformArea
from statements.models import Statement
from statements.search import StatementFilterForm, highlight
from statements.selectors import published_statement, statement_list

PAGE_SIZE = 20


@public_page
def statement_index(request):
    # Queries: organisations, meetings and areas (filter choices); the count and the
    # page of statements; their reform mentions (prefetch).
    form = StatementFilterForm(
        request.GET or None,
        organisations=list(Organisation.objects.order_by("name")),
        meetings=list(Plenary.objects.order_by("-sort_key")),
        areas=list(ReformArea.objects.all()),
    )
    filters = form.filters()
    page = Paginator(statement_list(filters), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "statements/statement_list.html",
        {"form": form, "filters": filters, "page": page, "query": query.urlencode()},
    )


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
        # The organisation may not be recorded yet (it is set when reviewing): then the title alone.
        return f"{item.organisation.name}: {item.title}" if item.organisation else item.title

    def item_description(self, item):
        return item.text[:600] + ("…" if len(item.text) > 600 else "")

    def item_author_name(self, item):
        # None leaves the entry without an author rather than inventing one.
        return item.organisation.name if item.organisation else None

    def item_pubdate(self, item):
        if item.published_on:
            return datetime.combine(item.published_on, time(12), tzinfo=UTC)
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at
