"""Malformed parameters are a 400 naming the parameter: never a 500, never silently ignored."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/v1/statements/?published_after=notadate", "published_after"),
        ("/api/v1/statements/?published_before=2024-13-45", "published_before"),
        ("/api/v1/statements/?plenary=nineteen", "plenary"),
        ("/api/v1/statements/?organisation=no-such-organisation", "organisation"),
        ("/api/v1/statements/?area=no-such-area", "area"),
        ("/api/v1/statements/?meeting=2019-party", "meeting"),
        ("/api/v1/reforms/?status=bogus", "status"),
        ("/api/v1/reforms/?area=no-such-area", "area"),
        ("/api/v1/reforms/?cycle=no-such-cycle", "cycle"),
        ("/api/v1/reforms/?line_heads=perhaps", "line_heads"),
        ("/api/v1/reforms/?ordering=colour", "ordering"),
        ("/api/v1/reforms/?updated_since=yesterday", "updated_since"),
        ("/api/v1/outcomes/?year=2019.5", "year"),
        ("/api/v1/outcomes/?outcome=maybe", "outcome"),
        ("/api/v1/positions/?stance=shrugged", "stance"),
        ("/api/v1/plenaries/?kind=party", "kind"),
        ("/api/v1/participants/?page_size=abc", "page_size"),
        ("/api/v1/participants/?page_size=0", "page_size"),
        ("/api/v1/participants/?page_size=-5", "page_size"),
        ("/api/v1/participants/?page=abc", "page"),
        ("/api/v1/participants/?page=0", "page"),
    ],
)
def test_malformed_parameter_is_a_400_naming_it(api_client, world, url, parameter):
    response = api_client.get(url)

    assert response.status_code == 400, response.content
    body = response.json()
    assert list(body) == [parameter]
    assert body[parameter][0]


def test_page_past_the_end_is_a_404(api_client, world):
    response = api_client.get("/api/v1/participants/?page=99")

    assert response.status_code == 404
    assert response.json() == {"detail": "Page 99 does not exist."}


def test_page_size_above_the_maximum_is_reduced_to_it(api_client, world, settings):
    settings.KP_API_MAX_PAGE_SIZE = 2

    response = api_client.get("/api/v1/participants/?page_size=1000")

    assert len(response.json()["results"]) == 2
    assert "page_size=1000" in response.json()["next"]


def test_default_page_size_and_maximum(settings):
    assert settings.REST_FRAMEWORK["PAGE_SIZE"] == 50
    assert settings.KP_API_MAX_PAGE_SIZE == 500


def test_last_page_is_reachable_by_name(api_client, world):
    response = api_client.get("/api/v1/plenaries/?page_size=4&page=last")

    assert response.status_code == 200
    assert response.json()["next"] is None


def test_updated_since_accepts_a_date_an_offset_and_an_unencoded_plus(api_client, world):
    for value in ["2000-01-01", "2000-01-01T00:00:00Z", "2000-01-01T02:00:00+02:00", "2000-01-01T02:00:00 02:00"]:
        response = api_client.get("/api/v1/reforms/", {"updated_since": value})
        assert response.status_code == 200, (value, response.content)
        assert response.json()["count"] == 3


def test_unknown_format_is_a_404(api_client, world):
    assert api_client.get("/api/v1/reforms/?format=xml").status_code == 404


@pytest.mark.parametrize(
    "url",
    ["/api/v1/plenaries/abc/", "/api/v1/plenaries/999999/", "/api/v1/statements/0/", "/api/v1/positions/x/"],
)
def test_unknown_or_malformed_ids_are_404(api_client, world, url):
    assert api_client.get(url).status_code == 404
