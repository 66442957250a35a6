"""The feed link in a page's <head>, and the feed address for the subscribe partial.

The page's context says what it is about: ``proposal`` on a reform page, ``participant`` on a
participant's, the timeline narrowed to one area (or an ``area``). base.html asks these tags, so
the apps' own templates know nothing of alerts (the layer above them).
"""

from django import template
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from alerts.models import TargetKind
from plenaries.models import Participant
from reforms.models import ReformArea, ReformProposal

register = template.Library()


def feed_url(kind: str, target) -> str:
    return reverse(f"alerts:feed-{kind}", kwargs={"slug": target.slug})


def _followed(context) -> tuple[str, object] | None:
    if isinstance(context.get("proposal"), ReformProposal):
        return TargetKind.REFORM, context["proposal"]
    if isinstance(context.get("participant"), Participant):
        return TargetKind.PARTICIPANT, context["participant"]
    area = context.get("area") or getattr(getattr(context.get("timeline"), "filters", None), "area", None)
    if isinstance(area, ReformArea):
        return TargetKind.AREA, area
    return None


@register.simple_tag(takes_context=True)
def follow_feed_link(context):
    followed = _followed(context)
    if followed is None:
        return ""
    kind, target = followed
    return format_html(
        '<link rel="alternate" type="application/atom+xml" title="{}" href="{}">',
        _("What changed: %(target)s") % {"target": target},
        feed_url(kind, target),
    )


@register.simple_tag
def follow_feed_url(kind, target):
    return feed_url(kind, target)


@register.inclusion_tag("alerts/_subscribe.html", takes_context=True)
def follow_section(context):
    """The "Follow this …" form, on the pages that are about one reform, area or participant."""
    followed = _followed(context)
    if followed is None:
        return {"kind": None}
    kind, target = followed
    return {"kind": kind, "target": target}
