"""The pre-plenary briefings: one page per year-end plenary, made to be printed on A4."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from common.cache import data_version, public_page
from plenaries.models import Plenary
from tracker import briefings


@public_page(daily=True)
def briefing_list(request):
    # Queries: the year-end plenaries with chair and host.
    today = timezone.localdate()
    meetings = list(briefings.year_end_plenaries())
    for meeting in meetings:
        meeting.upcoming = meeting.is_upcoming(today)
    return render(request, "tracker/briefing_list.html", {"meetings": meetings})


def _plenary(year: int) -> Plenary:
    return get_object_or_404(Plenary.objects.year_end().select_related("chair", "vice_chair", "host"), year=year)


@public_page(daily=True)
def briefing_detail(request, year):
    # Queries: the plenary; every year-end plenary (pager, previous held one); the lines on the
    # table with their stall status; their recent outcomes; position claims; civil-society
    # excerpts per area; and, when there is a previous plenary, what changed since: outcomes,
    # texts tabled, milestones, claims, status events, the number of statements.
    plenary = _plenary(year)
    briefing = briefings.briefing_build(plenary, today=timezone.localdate())
    # Its own address without the query string a visitor may have added: it is printed on the brief.
    address = request.build_absolute_uri(reverse("briefings:briefing-detail", args=[year]))
    return render(
        request, "tracker/briefing_detail.html", {"briefing": briefing, "plenary": plenary, "address": address}
    )


@public_page
def briefing_print_footer(request, year):
    """The printed brief's running footer: its address and the data's date on every page.

    A page margin box takes its text only from CSS, and the pages allow no inline style (their
    Content-Security-Policy), so this small stylesheet carries the text for each briefing; the
    footer's look is in static/css/briefing-print.css.
    """
    # Queries: the plenary (a briefing that exists).
    _plenary(year)
    address = request.build_absolute_uri(reverse("briefings:briefing-detail", args=[year]))
    changed_at = data_version().changed_at
    footer = (
        _("%(address)s · data as of %(date)s") % {"address": address, "date": date_format(changed_at, "DATE_FORMAT")}
        if changed_at
        else address
    )
    css = (
        "@page {\n"
        f'  @bottom-left {{ content: "{_css_string(footer)}"; }}\n'
        f'  @bottom-right {{ content: "{_css_string(_("Page"))} " counter(page) " / " counter(pages); }}\n'
        "}\n"
    )
    return HttpResponse(css, content_type="text/css; charset=utf-8")


def _css_string(text: str) -> str:
    """Text safe inside a double-quoted CSS string: anything but letters, digits and plain punctuation
    is written as a CSS escape."""
    return "".join(ch if ch.isalnum() or ch in " /:.-_,·" else f"\\{ord(ch):x} " for ch in text)
