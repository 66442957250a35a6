"""Two-factor sign-in for staff: a code from an authenticator app (TOTP, django-otp).

Any staff member may add an authenticator on the admin's *Two-factor sign-in* page; from then on
signing in takes the password and the app's current code. With ``KP_REQUIRE_2FA_FOR_EDITORS`` on,
Editors and superusers must have one: until they add it, that page is the only admin page they
can open. A session signed in without the code does not count for the API either.
"""

from base64 import b32encode

import segno
from django.conf import settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.roles import EDITORS


def authenticator(user) -> TOTPDevice | None:
    """The account's confirmed authenticator, if it has one."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def two_factor_required(user) -> bool:
    """Whether this account may use the admin only once signed in with a code: it has an
    authenticator, or ``KP_REQUIRE_2FA_FOR_EDITORS`` is on and it can edit the record."""
    if not hasattr(user, "_kp_two_factor_required"):  # the admin asks several times a request
        can_edit = user.is_superuser or user.groups.filter(name=EDITORS).exists()
        user._kp_two_factor_required = authenticator(user) is not None or (
            settings.KP_REQUIRE_2FA_FOR_EDITORS and can_edit
        )
    return user._kp_two_factor_required


def signed_in_enough(user) -> bool:
    """A signed-in account has given every factor it needs."""
    return user.is_verified() or not two_factor_required(user)


def must_enrol(user) -> bool:
    """The setting requires a code from this account, and it has no authenticator to give one."""
    return not user.is_verified() and two_factor_required(user) and authenticator(user) is None


def authenticator_setup(device: TOTPDevice) -> dict:
    """What the enrolment page shows: the QR code (inline SVG), the otpauth URI and the key to type."""
    key = b32encode(device.bin_key).decode()
    return {
        "qr_svg": segno.make(device.config_url, error="m").svg_inline(scale=5, light="#fff"),
        "otpauth_uri": device.config_url,
        "key": " ".join(key[i : i + 4] for i in range(0, len(key), 4)),
    }
