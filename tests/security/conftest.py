"""Staff accounts and a sign-in helper for the security tests."""

import pytest
from django.contrib.auth.models import Group, User
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.roles import EDITORS

PASSWORD = "the-right-password"


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editor", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def superuser(db):
    return User.objects.create_superuser("chief", password=PASSWORD)


def sign_in(client, username, password, *, code="", address="192.0.2.10", **headers):
    """Post the admin's sign-in form as a browser at ``address`` would."""
    data = {"username": username, "password": password, "otp_token": code, "next": "/admin/"}
    return client.post("/admin/login/", data, REMOTE_ADDR=address, **headers)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def authenticator_for(user, *, confirmed=True) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="phone", confirmed=confirmed)


def current_code(device: TOTPDevice) -> str:
    """The code the person's app shows now, computed from the device's key as the app does."""
    device.refresh_from_db()
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):0{device.digits}d}"
