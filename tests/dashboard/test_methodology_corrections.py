"""/methodology/ always says where a correction goes, or that the operator has not said yet."""

import pytest

from tests.dashboard.conftest import page

pytestmark = pytest.mark.django_db


def corrections(html: str) -> str:
    return html[html.rindex("<h3>") :]  # "Sending a correction" closes the page


def test_a_configured_contact_is_a_link(client, settings):
    settings.KP_CORRECTIONS_CONTACT = "corrections@example.org"

    html = corrections(page(client, "/en/methodology/"))

    assert '<a href="mailto:corrections@example.org">corrections@example.org</a>' in html
    assert "has not set" not in html


def test_without_a_contact_a_developers_copy_says_how_to_set_one(client, settings):
    settings.KP_CORRECTIONS_CONTACT = ""
    settings.DEBUG = True

    html = corrections(page(client, "/en/methodology/"))

    assert "The operator of this site has not set an address for corrections yet." in html
    assert "<code>KP_CORRECTIONS_CONTACT</code>" in html


def test_without_a_contact_a_public_copy_says_so_without_talking_to_developers(client, settings):
    settings.KP_CORRECTIONS_CONTACT = ""
    settings.DEBUG = False

    html = corrections(page(client, "/fr/methodology/"))

    assert "n’a pas encore indiqué d’adresse pour les corrections" in html
    assert "KP_CORRECTIONS_CONTACT" not in html
