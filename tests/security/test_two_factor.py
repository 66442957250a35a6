"""Two-factor sign-in (TOTP): optional for staff, required of Editors when KP_REQUIRE_2FA_FOR_EDITORS is on."""

from datetime import UTC, datetime

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.security.conftest import PASSWORD, authenticator_for, current_code, sign_in, signed_in

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
ADMIN_PAGES = ["/admin/", "/admin/reforms/outcome/", "/admin/reforms/outcome/add/", "/admin/plenaries/plenary/"]


@pytest.fixture
def required(settings):
    settings.KP_REQUIRE_2FA_FOR_EDITORS = True


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 10**6:06d}"


def test_with_the_setting_on_an_editor_without_an_authenticator_reaches_no_admin_page(client, editor, required):
    client.force_login(editor)

    for path in ADMIN_PAGES:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/admin/login/"), path
    landing = client.get("/admin/reforms/outcome/", follow=True)
    assert landing.redirect_chain[-1][0].startswith("/admin/two-factor/")
    assert "Editors sign in with two factors on this site" in landing.content.decode()


def test_an_editor_who_enrols_with_a_code_from_the_new_authenticator_gets_in(client, editor, required, time_machine):
    time_machine.move_to(NOW, tick=False)
    client.force_login(editor)
    page = client.get("/admin/two-factor/")
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert "<svg" in page.content.decode()  # the QR code
    assert device.config_url.replace("&", "&amp;") in page.content.decode()

    refused = client.post("/admin/two-factor/", {"code": wrong(current_code(device))})
    assert "That code is not right" in refused.content.decode()
    assert client.get("/admin/").status_code == 302

    time_machine.shift(30)  # the app's next code
    accepted = client.post("/admin/two-factor/", {"code": current_code(device)})
    assert accepted.status_code == 302
    assert TOTPDevice.objects.get(user=editor).confirmed
    for path in ADMIN_PAGES:
        assert client.get(path).status_code == 200, path


def test_an_editor_with_an_authenticator_signs_in_with_the_password_and_the_current_code(client, editor, required):
    device = authenticator_for(editor)

    response = sign_in(client, "editor", PASSWORD, code=current_code(device))

    assert response.status_code == 302
    for path in ADMIN_PAGES:
        assert client.get(path).status_code == 200, path


def test_a_wrong_code_is_refused_even_with_the_right_password(client, editor, required):
    device = authenticator_for(editor)

    response = sign_in(client, "editor", PASSWORD, code=wrong(current_code(device)))

    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert not signed_in(client)
    assert client.get("/admin/").status_code == 302


def test_an_account_with_an_authenticator_must_give_its_code_even_with_the_setting_off(client, editor):
    authenticator_for(editor)

    response = sign_in(client, "editor", PASSWORD)

    assert "enter the code your authenticator app shows" in response.content.decode()
    assert not signed_in(client)


def test_after_a_wrong_code_the_next_try_must_wait(client, editor, time_machine):
    time_machine.move_to(NOW, tick=False)
    device = authenticator_for(editor)
    sign_in(client, "editor", PASSWORD, code=wrong(current_code(device)))

    too_soon = sign_in(client, "editor", PASSWORD, code=current_code(device))
    time_machine.shift(2)  # django-otp waits 1 s after one wrong code, 2 s after two…
    later = sign_in(client, "editor", PASSWORD, code=current_code(device))

    assert "Too many wrong codes in a row" in too_soon.content.decode()
    assert later.status_code == 302


def test_a_password_only_session_of_an_account_with_an_authenticator_reaches_no_admin_page(client, editor):
    authenticator_for(editor)
    client.force_login(editor)  # signed in without the second factor

    assert client.get("/admin/reforms/outcome/").status_code == 302
    assert client.get("/admin/two-factor/").status_code == 302  # nor may it swap the authenticator


def test_with_the_setting_off_an_editor_without_an_authenticator_signs_in_with_the_password(client, editor):
    assert sign_in(client, "editor", PASSWORD).status_code == 302
    assert client.get("/admin/reforms/outcome/").status_code == 200


def test_a_session_owing_its_second_factor_cannot_write_through_the_api(client, editor, required):
    client.force_login(editor)
    owing = client.post("/api/v1/outcomes/", {}, content_type="application/json")

    device = authenticator_for(editor)
    client.logout()
    sign_in(client, "editor", PASSWORD, code=current_code(device))
    verified = client.post("/api/v1/outcomes/", {}, content_type="application/json")

    assert owing.status_code == 401
    assert verified.status_code == 400  # signed in enough: the empty outcome is what is refused


def test_an_unconfirmed_authenticator_does_not_count(client, editor):
    authenticator_for(editor, confirmed=False)

    assert sign_in(client, "editor", PASSWORD).status_code == 302


def test_a_signed_in_editor_replaces_the_authenticator_and_the_old_one_stops_working(client, editor):
    old = authenticator_for(editor)
    sign_in(client, "editor", PASSWORD, code=current_code(old))

    client.post("/admin/two-factor/")  # "Set up a new authenticator"
    new = TOTPDevice.objects.get(user=editor, confirmed=False)
    client.post("/admin/two-factor/", {"code": current_code(new)})

    assert list(TOTPDevice.objects.filter(user=editor)) == [new]
    assert TOTPDevice.objects.get(pk=new.pk).confirmed


def test_a_wrong_code_from_the_new_authenticator_keeps_the_old_one(client, editor):
    old = authenticator_for(editor)
    sign_in(client, "editor", PASSWORD, code=current_code(old))
    client.post("/admin/two-factor/")
    new = TOTPDevice.objects.get(user=editor, confirmed=False)

    refused = client.post("/admin/two-factor/", {"code": wrong(current_code(new))})

    assert "That code is not right" in refused.content.decode()
    assert TOTPDevice.objects.get(pk=old.pk).confirmed
    assert not TOTPDevice.objects.get(pk=new.pk).confirmed


def test_someone_still_owing_the_second_factor_can_sign_out(client, editor, required):
    client.force_login(editor)

    response = client.post("/admin/logout/")

    assert response.status_code == 200
    assert not signed_in(client)
