"""Admin shows how many follow what, never an address in full (only masked), and edits nothing.

Not in the Editors' or Viewers' roles (accounts/roles.py): only superusers see it. Deleting a
subscriber here (found by its whole address) is how staff honour a request to forget one.
"""

from django.contrib import admin
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from alerts.models import Subscriber, Subscription, masked


class _ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Subscriber)
class SubscriberAdmin(_ReadOnly):
    list_display = ["masked_email", "language", "confirmed", "pending", "created_at", "last_sent_at"]
    list_filter = ["language"]
    # Exact address only, to honour a request to forget one; the result still shows it masked.
    search_fields = ["=email"]
    search_help_text = _("Type a whole e-mail address to find it (to delete it on its owner's request).")
    fields = ["masked_email", "language", "created_at", "last_sent_at"]
    readonly_fields = fields

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                confirmed=Count("subscriptions", filter=Q(subscriptions__confirmed_at__isnull=False)),
                pending=Count("subscriptions", filter=Q(subscriptions__confirmed_at__isnull=True)),
            )
        )

    @admin.display(description=_("address"))
    def masked_email(self, subscriber):
        return masked(subscriber.email)

    @admin.display(description=_("subscriptions confirmed"), ordering="confirmed")
    def confirmed(self, subscriber):
        return subscriber.confirmed

    @admin.display(description=_("waiting for confirmation"), ordering="pending")
    def pending(self, subscriber):
        return subscriber.pending


@admin.register(Subscription)
class SubscriptionAdmin(_ReadOnly):
    list_display = ["kind", "followed", "masked_email", "requested_at", "confirmed_at"]
    list_filter = ["kind", ("confirmed_at", admin.EmptyFieldListFilter)]
    list_select_related = ["subscriber", "proposal", "area", "participant"]
    fields = ["kind", "followed", "masked_email", "requested_at", "confirmed_at"]
    readonly_fields = fields

    @admin.display(description=_("follows"))
    def followed(self, subscription):
        return subscription.target

    @admin.display(description=_("address"))
    def masked_email(self, subscription):
        return masked(subscription.subscriber.email)
