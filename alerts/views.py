"""The alert flow's pages: ask for alerts, confirm, unsubscribe.

None of them is a public page: each is answered fresh (``never_cache``), sets no cookie and is not
indexed. Why their POSTs are ``csrf_exempt``: the subscribe form sits on the reform, area and
participant pages, which carry no CSRF token by design — they are the same for every visitor and
kept by proxies and CDNs (common/cache.py). CSRF protection stops a forged request from acting with
a visitor's credentials, and these requests carry none: there is no account and no session is read.
What a forged subscribe could do (ask for a confirmation mail) anyone can do directly; that abuse is
what double opt-in and the rate limits per client and per address (alerts/throttles.py) stop.
Confirming and unsubscribing are authorised by the secret in their link alone, and a mail client's
one-click unsubscribe (RFC 8058) POSTs with no cookie at all. Opening a link (GET) never changes
anything, because mail scanners open links: the page asks for one press of a button.
"""

from django.db import transaction
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from alerts import services, tasks
from alerts.forms import SubscribeForm
from alerts.selectors import target_find, target_url
from alerts.throttles import AddressLimit, ClientLimit


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "GET":
        # The same form on a page of its own, e.g. for a link shared without the page around it.
        kind, slug = request.GET.get("kind", ""), request.GET.get("target", "")
        followed = target_find(kind, slug)
        form = SubscribeForm(initial={"kind": kind, "target": slug})
        context = {"form": form, "followed": followed, "kind": kind}
        return render(request, "alerts/subscribe.html", context, status=200 if followed else 404)
    client = ClientLimit(request)
    if not client.allow(request):
        return _limited(request, client, client_wide=True)
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        context = {"form": form, "followed": form.cleaned_data.get("followed"), "kind": form["kind"].value()}
        return render(request, "alerts/subscribe.html", context, status=400)
    email = services.email_normalise(form.cleaned_data["email"])
    address = AddressLimit(email)
    if not address.allow(request):
        return _limited(request, address, client_wide=False)
    kind, followed = form.cleaned_data["kind"], form.cleaned_data["followed"]
    subscription = services.subscription_request(
        email=email, kind=kind, target=followed, language=request.LANGUAGE_CODE
    )
    if subscription is not None:
        transaction.on_commit(lambda: tasks.send_confirmation.delay(subscription.pk))
    # The same answer whether the address followed it already or not: nobody learns who follows what.
    context = {"sent": True, "followed": followed, "kind": kind, "back": target_url(kind, followed)}
    return render(request, "alerts/subscribe.html", context)


def _limited(request, limit, *, client_wide: bool):
    response = render(
        request,
        "alerts/subscribe.html",
        {"limited": True, "client_wide": client_wide, "minutes": limit.minutes_to_wait()},
        status=429,
    )
    response["Retry-After"] = str(limit.minutes_to_wait() * 60)
    return response


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    confirming = request.method == "POST"
    try:
        if confirming:
            subscription = services.subscription_confirm(token=token)
        else:
            subscription = services.subscription_find(token=token)
    except services.ConfirmationRefused as refused:
        return render(request, "alerts/confirm.html", {"refused": refused.message}, status=400)
    context = {
        "subscription": subscription,
        "back": target_url(subscription.kind, subscription.target),
        "confirmed": confirming,
    }
    return render(request, "alerts/confirm.html", context)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, key):
    if request.method == "POST":
        # A mail client's one-click POST (RFC 8058) and the page's button alike; twice is no error.
        services.subscriber_unsubscribe(key=key)
        return render(request, "alerts/unsubscribe.html", {"done": True})
    found = services.subscriber_find(key=key) is not None
    return render(request, "alerts/unsubscribe.html", {"found": found, "key": key}, status=200 if found else 404)
