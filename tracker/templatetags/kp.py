"""Small display helpers shared by every public page (chips, badges, meeting names)."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _

from plenaries.models import PlenaryKind
from reforms.timeline import rendering
from reforms.timeline.vocabulary import CELL_STYLES, stall_label

register = template.Library()


@register.simple_tag
def decision_chip(code, short=False):
    """A decision (or "no record"/"not held") as colour + icon + words."""
    style = CELL_STYLES.get(code)
    if style is None:
        return ""
    return format_html(
        '<span class="chip {}"><span class="ic" aria-hidden="true">{}</span> {}</span>',
        style.css,
        style.icon,
        style.short if short else style.label,
    )


@register.simple_tag
def status_badge(status):
    return rendering.status_badge(status)


@register.filter
def stall_years(years):
    return stall_label(years)


@register.simple_tag
def meeting_name(plenary, place=True):
    """ "2012 plenary, Washington" or "2013 intersessional meeting, Johannesburg" (in French the kind
    comes first: "plénière 2012, Washington"); ``place=False`` leaves the venue out."""
    if plenary is None:
        return ""
    kind = _("plenary") if plenary.kind == PlenaryKind.PLENARY else str(plenary.get_kind_display()).lower()
    # Translators: a meeting's name, e.g. "2019 plenary"; put the kind and the year in your language's order.
    name = _("%(year)s %(kind)s") % {"year": plenary.year, "kind": kind}
    venue = plenary.city or plenary.host_country
    return f"{name}, {venue}" if place and venue else name


@register.simple_tag
def unverified(record):
    """The mark of a fact no source confirms: ``record`` is a sourced record, or whether it is verified."""
    verified = record if isinstance(record, bool) else getattr(record, "verified", True)
    if verified:
        return ""
    return format_html(
        '<span class="unverified" title="{}"><span aria-hidden="true">⚠</span> {}</span>',
        _("No source confirms this yet; treat with care."),
        _("unverified"),
    )


@register.simple_tag(takes_context=True)
def page_in_languages(context) -> list[dict]:
    """This page in every language the site speaks: for the switcher and the hreflang links."""
    request = context.get("request")
    current = get_language()
    path = request.get_full_path() if request is not None else "/"
    pages = []
    for code, _name in settings.LANGUAGES:
        url = translate_url(path, code)
        if code != current and url == path:
            url = f"/{code}/"  # a page that does not exist (404): the other language's home page
        pages.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url) if request is not None else url,
                "current": code == current,
            }
        )
    return pages


@register.simple_tag(takes_context=True)
def page_without_language(context) -> str:
    """This page's address without a language, which redirects by the visitor's Accept-Language: hreflang's
    x-default."""
    request = context.get("request")
    if request is None:
        return "/"
    path = request.get_full_path()
    language = get_language()
    prefix = f"/{language}/"
    return request.build_absolute_uri("/" + path[len(prefix) :] if path.startswith(prefix) else path)
