"""Atom feed of newly recorded outcomes, for journalists and partner organisations."""

from django.contrib.syndication.views import Feed
from django.urls import reverse, reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from reforms.models import Outcome


class OutcomeFeed(Feed):
    feed_type = Atom1Feed
    title = _("KP Reform Tracker: new outcomes")
    subtitle = _("What each Kimberley Process meeting decided on each reform, as it is recorded.")
    link = reverse_lazy("reforms:timeline")

    def items(self):
        return Outcome.objects.select_related("proposal", "plenary").order_by("-updated_at", "-pk")[:50]

    def item_title(self, item):
        return item.headline()

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return reverse("reforms:reform-detail", kwargs={"slug": item.proposal.slug}) + f"#outcome-{item.pk}"

    def item_pubdate(self, item):
        return item.updated_at

    def item_updateddate(self, item):
        return item.updated_at
