"""The admin's *Two-factor sign-in* page (``admin:two-factor``, wired in accounts/admin_site.py)."""

from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django_otp import login as otp_login

from accounts.forms import AuthenticatorForm
from accounts.selectors import authenticator, authenticator_setup, must_enrol
from accounts.services import authenticator_confirm, authenticator_start


@never_cache
@csrf_protect
def two_factor(request, *, site):
    """Add (or replace) the account's authenticator: scan the QR code, then enter a code from it."""
    user = request.user
    login_url = reverse("admin:login", current_app=site.name)
    if not (user.is_active and user.is_staff):
        return redirect_to_login(request.get_full_path(), login_url)
    current = authenticator(user)
    if current is not None and not user.is_verified():
        # Replacing an authenticator takes the one in use: sign in with its code first.
        return redirect_to_login(request.get_full_path(), login_url)

    device = authenticator_start(user=user) if current is None or request.method == "POST" else None
    form = None
    if device is not None:
        form = AuthenticatorForm(request.POST if "code" in request.POST else None)
        if form.is_valid():
            try:
                authenticator_confirm(device=device, code=form.cleaned_data["code"])
            except ValidationError as error:
                form.add_error("code", error)
            else:
                request.session.cycle_key()
                otp_login(request, device)
                messages.success(
                    request,
                    _("Two-factor sign-in is on: from now on, sign in with your password and a code from the app."),
                )
                return redirect(_next_url(request, site))

    context = {
        **site.each_context(request),
        "title": _("Two-factor sign-in"),
        "current": current,
        "form": form,
        "setup": authenticator_setup(device) if device is not None else None,
        "next": request.GET.get(REDIRECT_FIELD_NAME, ""),
        "required": must_enrol(user),
    }
    request.current_app = site.name
    return render(request, "admin/two_factor.html", context)


def _next_url(request, site):
    target = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse("admin:index", current_app=site.name)
