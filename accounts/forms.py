"""The admin's sign-in form and the form that confirms a new authenticator."""

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from accounts.selectors import authenticator
from accounts.services import authenticator_verify


class SignInForm(AdminAuthenticationForm):
    """The admin's password form, plus the authenticator's code for accounts that have one."""

    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        required=False,
        max_length=10,
        help_text=_("Only if you have turned on two-factor sign-in."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def clean(self):
        # Like the password, the code is checked here: signing in is what this form validates.
        cleaned = super().clean()
        user = self.get_user()
        device = authenticator(user)
        if device is not None:
            if not cleaned.get("otp_token"):
                raise ValidationError(
                    _("This account signs in with two factors: enter the code your authenticator app shows."),
                    code="code_required",
                )
            authenticator_verify(device=device, code=cleaned["otp_token"])
            user.otp_device = device  # django-otp marks the session verified when Django logs the user in
        return cleaned


class AuthenticatorForm(forms.Form):
    """The code from a new authenticator; the view confirms the authenticator with it."""

    code = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=10,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )
