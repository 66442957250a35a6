"""Friendly error pages in the site's style."""

from django.test import RequestFactory

from tracker.views import server_error


def test_an_unknown_address_gets_the_friendly_404_page(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "We could not find that page" in page
    assert 'href="/en/timeline/"' in page
    assert "__kp_csrf_token__" not in page


def test_an_unknown_reform_is_a_404(client, db):
    assert client.get("/en/reforms/no-such-reform/").status_code == 404


def test_the_404_page_speaks_french(client, db):
    page = client.get("/no-such-page/", headers={"accept-language": "fr"}).content.decode()
    assert "Nous n’avons pas trouvé cette page" in page


def test_the_500_page_needs_no_database():
    response = server_error(RequestFactory().get("/broken/"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
