"""Atom feeds of what changed on one reform, one area or one participant (alerts.selectors.changes).

Public pages like any other: cached under the data version, the language in the URL.
"""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from alerts.models import TargetKind
from alerts.selectors import SCOPES, changes, target_url

FEED_LENGTH = 50


class _ChangesFeed(Feed):
    feed_type = Atom1Feed
    author_name = "KP Reform Tracker"  # RFC 4287: a feed names an author when its entries do not
    kind: TargetKind

    def get_object(self, request, slug):
        return get_object_or_404(self.kind.model, slug=slug)

    def title(self, obj):
        return _("KP Reform Tracker: %(target)s") % {"target": obj}

    def link(self, obj):
        return target_url(self.kind, obj)

    def items(self, obj):
        return changes(SCOPES[self.kind](obj), limit=FEED_LENGTH)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.link

    def item_guid(self, item):
        return item.urn  # one entry per change, whichever page it links to

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.recorded_at

    def item_updateddate(self, item):
        return item.at


class ReformChangesFeed(_ChangesFeed):
    kind = TargetKind.REFORM

    def subtitle(self, obj):
        return _("What changed on this reform: outcomes, position claims, milestones, statements on its area, stalls.")


class AreaChangesFeed(_ChangesFeed):
    kind = TargetKind.AREA

    def subtitle(self, obj):
        return _("What changed on the reforms of this area: outcomes, position claims, milestones, statements, stalls.")


class ParticipantChangesFeed(_ChangesFeed):
    kind = TargetKind.PARTICIPANT

    def subtitle(self, obj):
        return _(
            "What changed for this participant: position claims about it, its status events, what meetings "
            "decided on texts it tabled or under its chair, its reforms that stalled."
        )
