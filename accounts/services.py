"""The writes of two-factor sign-in: checking a code (django-otp records each try), adding an authenticator."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django_otp import verify_token
from django_otp.plugins.otp_totp.models import TOTPDevice

AUTHENTICATOR_NAME = "Authenticator app"
PENDING_NAME = "Authenticator app (not confirmed yet)"


def authenticator_verify(*, device: TOTPDevice, code: str) -> None:
    """Accept ``code`` from ``device``'s app, or raise ``ValidationError`` saying why not. After each wrong
    code django-otp makes the next try wait longer (1 s, 2 s, 4 s…), so codes cannot be guessed."""
    allowed, _details = device.verify_is_allowed()
    if not allowed:
        raise ValidationError(
            _("Too many wrong codes in a row. Wait a minute, then enter the code your app shows now."),
            code="throttled",
        )
    if verify_token(device.user, device.persistent_id, code.strip()) is None:
        raise ValidationError(
            _(
                "That code is not right. Enter the code your app shows now "
                "(and check that your phone’s clock is right)."
            ),
            code="invalid_code",
        )


def authenticator_start(*, user) -> TOTPDevice:
    """The account's unconfirmed authenticator, made now if it has none; a confirmed one stays in use
    until the new one is confirmed."""
    pending = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return pending or TOTPDevice.objects.create(user=user, name=PENDING_NAME, confirmed=False)


def authenticator_confirm(*, device: TOTPDevice, code: str) -> None:
    """Confirm a new authenticator with a code from it; it replaces any earlier one."""
    authenticator_verify(device=device, code=code)
    with transaction.atomic():
        TOTPDevice.objects.filter(user_id=device.user_id).exclude(pk=device.pk).delete()
        device.confirmed, device.name = True, AUTHENTICATOR_NAME
        device.save(update_fields=["confirmed", "name"])
