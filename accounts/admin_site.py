"""The admin site (``admin.site``, see ``KPAdminConfig``): Django's, with a safer sign-in.

- django-axes pauses sign-in after ``KP_LOGIN_FAILURE_LIMIT`` wrong passwords for an account or from
  an address, and answers with ``locked_out`` below; a superuser lifts a pause under
  *Axes › Access attempts* (delete the rows).
- The sign-in form asks for the authenticator's code from accounts that have one; an account that
  owes its second factor (accounts/selectors.py) reaches only the enrolment page (accounts/views.py).
"""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.timesince import timeuntil
from django.utils.translation import gettext_lazy as _

from accounts.forms import SignInForm
from accounts.selectors import must_enrol, signed_in_enough
from accounts.views import two_factor


class KPAdminSite(admin.AdminSite):
    site_header = "KP Reform Tracker — editors"
    site_title = "KP Reform Tracker"
    login_form = SignInForm
    login_template = "admin/sign_in.html"

    def has_permission(self, request):
        return super().has_permission(request) and signed_in_enough(request.user)

    def login(self, request, extra_context=None):
        if request.method == "GET" and request.user.is_active and request.user.is_staff and must_enrol(request.user):
            return redirect_to_login(
                request.GET.get(REDIRECT_FIELD_NAME, reverse("admin:index", current_app=self.name)),
                reverse("admin:two-factor", current_app=self.name),
            )
        return super().login(request, extra_context)

    def get_urls(self):
        return [
            # Not behind admin_view: someone still owing a second factor must be able to sign out.
            path("logout/", self.logout, name="logout"),
            path("two-factor/", two_factor, {"site": self}, name="two-factor"),
            *super().get_urls(),
        ]


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a sign-in while the account or the address is paused (AXES_LOCKOUT_CALLABLE)."""
    now = timezone.now()
    context = {
        **admin.site.each_context(request),
        "title": _("Sign-in paused"),
        "wait": timeuntil(now + settings.AXES_COOLOFF_TIME, now),
    }
    return render(request, "admin/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
