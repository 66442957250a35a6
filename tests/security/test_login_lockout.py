"""Wrong passwords pause sign-in, per account and per address (django-axes), until a superuser lifts it."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User

from tests.security.conftest import PASSWORD, sign_in, signed_in

pytestmark = pytest.mark.django_db

LIMIT = 5  # KP_LOGIN_FAILURE_LIMIT's default


def fail(client, username, times, **where):
    return [sign_in(client, username, "a-wrong-guess", **where).status_code for _ in range(times)]


def test_five_wrong_passwords_pause_the_account_and_then_even_the_right_one_is_refused(client, editor):
    statuses = fail(client, "editor", LIMIT)

    assert statuses == [200] * (LIMIT - 1) + [429]  # the form again, then the pause
    response = sign_in(client, "editor", PASSWORD)
    assert response.status_code == 429
    page = response.content.decode()
    assert "Sign-in paused" in page
    assert "Too many wrong passwords were tried for this account or from this address" in page
    assert "paused for 1\xa0hour" in page
    assert "even the right password is refused" in page
    assert not signed_in(client)


def test_fewer_wrong_passwords_leave_the_account_open_and_a_success_starts_the_count_again(client, editor):
    fail(client, "editor", LIMIT - 1)
    assert sign_in(client, "editor", PASSWORD).status_code == 302
    client.logout()

    fail(client, "editor", LIMIT - 1)

    assert sign_in(client, "editor", PASSWORD).status_code == 302
    assert signed_in(client)


def test_an_account_is_paused_whatever_address_the_guesses_come_from(client, editor):
    for n in range(LIMIT):
        fail(client, "editor", 1, address=f"198.51.100.{n + 1}")

    assert sign_in(client, "editor", PASSWORD, address="203.0.113.7").status_code == 429
    assert not signed_in(client)


def test_an_address_guessing_many_accounts_is_paused_for_every_account(client, editor):
    for n in range(LIMIT):
        fail(client, f"someone-{n}", 1, address="198.51.100.66")

    assert sign_in(client, "editor", PASSWORD, address="198.51.100.66").status_code == 429
    assert sign_in(client, "editor", PASSWORD, address="203.0.113.7").status_code == 302  # others are not


def test_behind_a_proxy_the_client_is_paused_not_the_proxy(client, editor, settings):
    # One proxy in front (KP_API_NUM_PROXIES=1): it appends the client's address to X-Forwarded-For.
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    proxy = "10.0.0.2"
    for n in range(LIMIT):
        fail(client, f"someone-{n}", 1, address=proxy, HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.66")

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.66"}
    locked = sign_in(client, "editor", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.66")
    other = sign_in(client, "editor", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert (locked.status_code, other.status_code) == (429, 302)


def test_without_a_proxy_a_forged_forwarded_for_header_changes_nothing(client, editor):
    for n in range(LIMIT):
        fail(client, "someone", 1, address="198.51.100.66", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.66"}


def test_a_superuser_lifts_the_pause_in_the_admin_and_the_editor_signs_in(client, editor, superuser):
    fail(client, "editor", LIMIT)
    assert sign_in(client, "editor", PASSWORD).status_code == 429

    admin_client = type(client)()
    admin_client.force_login(superuser)
    listing = admin_client.get("/admin/axes/accessattempt/?locked_out=yes")
    assert listing.status_code == 200
    assert "editor" in listing.content.decode()
    attempts = list(AccessAttempt.objects.filter(username="editor").values_list("pk", flat=True))
    confirmed = admin_client.post(
        "/admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": attempts, "post": "yes"},
    )
    assert confirmed.status_code == 302
    assert not AccessAttempt.objects.filter(username="editor").exists()

    assert sign_in(client, "editor", PASSWORD).status_code == 302
    assert signed_in(client)


def test_editors_can_neither_see_nor_lift_pauses(client, editor):
    fail(client, "someone", 2)
    client.force_login(editor)

    assert client.get("/admin/axes/accessattempt/").status_code == 403
    assert (
        User.objects.get(username="editor")
        .get_all_permissions()
        .isdisjoint({"axes.view_accessattempt", "axes.delete_accessattempt"})
    )


def test_the_pause_is_explained_in_french(client, editor):
    fail(client, "editor", LIMIT)

    response = sign_in(client, "editor", PASSWORD, HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 429
    page = response.content.decode()
    assert "Connexion suspendue" in page
    assert "même le bon mot de passe est refusé" in page
    assert "1\xa0heure" in page


def test_a_wrong_password_leaves_no_record_of_the_password(client, editor):
    fail(client, "editor", 1)

    attempt = AccessAttempt.objects.get(username="editor")
    assert "a-wrong-guess" not in attempt.post_data


def test_a_forwarded_value_that_is_no_address_counts_as_the_proxy(client, editor, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}

    fail(client, "someone", 1, address="10.0.0.2", HTTP_X_FORWARDED_FOR="not-an-address")

    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["10.0.0.2"]
