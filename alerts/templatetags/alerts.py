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

register = template.Library()


def feed_url(kind: str, target) -> str:
    return reverse(f"alerts:feed-{kind}", kwargs={"slug": target.slug})


def _followed(context) -> tuple[str, object] | None:
    area = context.get("area") or getattr(getattr(context.get("timeline"), "filters", None), "area", None)
    about = {
        TargetKind.REFORM: context.get("proposal"),
        TargetKind.PARTICIPANT: context.get("participant"),
        TargetKind.AREA: area,
    }
    for kind, target in about.items():
        if isinstance(target, kind.model):
            return kind, target
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
