"""Every parameter is taken exactly as the schema declares it: what it allows is answered, anything else is
a 400 naming the parameter (a 404 naming it when a well-formed key names no record) — never a 500, never
silently ignored, never half-applied."""

import pytest

from reforms.models import Outcome

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        # ordering: comma-separated names from the enum, at least one
        ("/api/v1/organisations/?ordering=,,", "ordering"),
        ("/api/v1/reform-areas/?ordering=,,", "ordering"),
        ("/api/v1/reform-areas/?ordering=name,", "ordering"),
        ("/api/v1/participants/?ordering=", "ordering"),
        ("/api/v1/reforms/?ordering=colour", "ordering"),
        # updated_since: RFC 3339 with its offset, or a date
        ("/api/v1/reforms/?updated_since=", "updated_since"),
        ("/api/v1/reforms/?updated_since=yesterday", "updated_since"),
        ("/api/v1/reforms/?updated_since=2024-11-15T08:00:00", "updated_since"),
        ("/api/v1/reforms/?updated_since=2024-11-15T08:00:00+01:00", "updated_since"),  # + unencoded: a space
        ("/api/v1/reforms/?updated_since=2024-02-30", "updated_since"),
        ("/api/v1/reforms/?updated_since=20241115T080000Z", "updated_since"),
        ("/api/v1/reforms/?updated_since=2024-11-15T08:00:61Z", "updated_since"),  # only :60, a leap second
        # format: one the endpoint offers
        ("/api/v1/reforms/?format=", "format"),
        ("/api/v1/reforms/?format=xml", "format"),
        ("/api/v1/reforms/?format=api", "format"),
        ("/api/v1/reforms/definition-2017/?format=zip", "format"),
        ("/api/v1/?format=csv", "format"),
        ("/api/v1/datapackage.zip?format=json", "format"),
        # years: whole numbers from 1998 to 2100
        ("/api/v1/outcomes/?year=2019.5", "year"),
        ("/api/v1/outcomes/?year=1997", "year"),
        ("/api/v1/plenaries/?year=2101", "year"),
        ("/api/v1/plenaries/?year=+2019", "year"),
        ("/api/v1/positions/?year=", "year"),
        ("/api/v1/statements/?plenary=nineteen", "plenary"),
        # pages
        ("/api/v1/participants/?page_size=abc", "page_size"),
        ("/api/v1/participants/?page_size=0", "page_size"),
        ("/api/v1/participants/?page_size=-5", "page_size"),
        ("/api/v1/participants/?page_size=", "page_size"),
        ("/api/v1/participants/?page_size=1e3", "page_size"),
        ("/api/v1/participants/?page=abc", "page"),
        ("/api/v1/participants/?page=0", "page"),
        ("/api/v1/participants/?page=", "page"),
        ("/api/v1/participants/?page=1.0", "page"),
        ("/api/v1/reforms/?format=csv&page=0", "page"),  # checked even where CSV ignores it
        # enums and booleans
        ("/api/v1/reforms/?status=bogus", "status"),
        ("/api/v1/plenaries/?kind=party", "kind"),
        ("/api/v1/plenaries/?kind=", "kind"),
        ("/api/v1/outcomes/?outcome=maybe", "outcome"),
        ("/api/v1/positions/?stance=shrugged", "stance"),
        ("/api/v1/reforms/?line_heads=perhaps", "line_heads"),
        ("/api/v1/participants/?current=1", "current"),
        ("/api/v1/plenaries/?held=", "held"),
        # dates as YYYY-MM-DD
        ("/api/v1/statements/?published_after=notadate", "published_after"),
        ("/api/v1/statements/?published_after=10/25/06", "published_after"),
        ("/api/v1/statements/?published_before=2024-13-45", "published_before"),
        ("/api/v1/statements/?published_before=2019-1-5", "published_before"),
        # keys and text: their pattern
        ("/api/v1/statements/?meeting=2019-party", "meeting"),
        ("/api/v1/statements/?meeting=", "meeting"),
        ("/api/v1/reforms/?area=not%20a%20slug", "area"),
        ("/api/v1/reforms/?area=", "area"),
        ("/api/v1/positions/?participant=canada%0A", "participant"),
        ("/api/v1/statements/?organisation=%00", "organisation"),
        ("/api/v1/statements/?language=", "language"),
        ("/api/v1/statements/?language=English", "language"),
        ("/api/v1/statements/?q=scope%00", "q"),
        # each parameter once
        ("/api/v1/outcomes/?year=2019&year=2020", "year"),
        ("/api/v1/reforms/?ordering=slug&ordering=title", "ordering"),
    ],
)
def test_malformed_parameter_is_a_400_naming_it(api_client, world, url, parameter):
    response = api_client.get(url)

    assert response.status_code == 400, response.content
    body = response.json()
    assert list(body) == [parameter]
    assert body[parameter][0]


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/v1/statements/?organisation=no-such-organisation", "organisation"),
        ("/api/v1/statements/?area=no-such-area", "area"),
        ("/api/v1/statements/?meeting=2099-plenary", "meeting"),
        ("/api/v1/reforms/?area=no-such-area", "area"),
        ("/api/v1/reforms/?cycle=no-such-cycle", "cycle"),
        ("/api/v1/outcomes/?proposal=no-such-proposal", "proposal"),
        ("/api/v1/positions/?participant=atlantis", "participant"),
    ],
)
def test_a_key_that_names_no_record_is_a_404_naming_the_parameter(api_client, world, url, parameter):
    response = api_client.get(url)

    assert response.status_code == 404, response.content
    assert list(response.json()) == [parameter]
    assert "not one of the available choices" in response.json()[parameter][0]


def test_a_malformed_parameter_beside_an_unknown_record_is_a_400_naming_both(api_client, world):
    response = api_client.get("/api/v1/reforms/?area=no-such-area&status=bogus")

    assert response.status_code == 400
    assert set(response.json()) == {"area", "status"}


def test_ordering_error_lists_the_fields_to_sort_by(api_client, world):
    message = api_client.get("/api/v1/reform-areas/?ordering=colour").json()["ordering"][0]

    assert "colour is not a field to sort by" in message
    assert "-position" in message


def test_updated_since_error_says_how_to_send_an_offset(api_client, world):
    message = api_client.get("/api/v1/reforms/?updated_since=2024-11-15T08:00:00 01:00").json()["updated_since"][0]

    assert "%2B" in message


@pytest.mark.parametrize(
    "value",
    [
        "2000-01-01",
        "2000-01-01T00:00:00Z",
        "2000-01-01t00:00:00z",
        "2000-01-01T02:00:00+02:00",
        "2000-01-01T00:00:00.123456789Z",
        "1998-12-31T23:59:60Z",  # a leap second
        "0001-01-01T00:00:00+01:00",  # before the first moment Python holds in UTC
        "0000-01-01T00:00:00Z",
    ],
)
def test_updated_since_accepts_every_rfc_3339_moment_and_a_date(api_client, world, value):
    response = api_client.get("/api/v1/reforms/", {"updated_since": value})

    assert response.status_code == 200, (value, response.content)
    assert response.json()["count"] == 3


def test_updated_since_at_the_end_of_time_finds_nothing(api_client, world):
    response = api_client.get("/api/v1/reforms/", {"updated_since": "9999-12-31T23:59:59-23:59"})

    assert response.status_code == 200
    assert response.json()["count"] == 0


@pytest.mark.parametrize(("year", "count"), [(1998, 0), (2100, 0), (2019, 2)])
def test_every_year_the_schema_allows_is_answered(api_client, world, year, count):
    response = api_client.get("/api/v1/outcomes/", {"year": year})

    assert response.status_code == 200
    assert response.json()["count"] == count


def test_an_empty_search_means_every_statement(api_client, world):
    assert api_client.get("/api/v1/statements/?q=").json()["count"] == 3


def test_booleans_are_true_or_false_in_any_case(api_client, world):
    assert api_client.get("/api/v1/participants/?current=TRUE").status_code == 200
    assert api_client.get("/api/v1/participants/?current=false").status_code == 200


def test_page_past_the_end_is_a_404(api_client, world):
    response = api_client.get("/api/v1/participants/?page=99")

    assert response.status_code == 404
    assert response.json() == {"detail": "Page 99 does not exist."}


def test_a_page_number_with_thousands_of_digits_is_past_the_end(api_client, world):
    response = api_client.get("/api/v1/participants/", {"page": "9" * 5000})

    assert response.status_code == 404
    assert "does not exist" in response.json()["detail"]


def test_page_size_above_the_maximum_is_reduced_to_it(api_client, world, settings):
    settings.KP_API_MAX_PAGE_SIZE = 2

    for size in ["1000", "9" * 5000]:
        response = api_client.get("/api/v1/participants/", {"page_size": size})
        assert response.status_code == 200
        assert len(response.json()["results"]) == 2


def test_default_page_size_and_maximum(settings):
    assert settings.REST_FRAMEWORK["PAGE_SIZE"] == 50
    assert settings.KP_API_MAX_PAGE_SIZE == 500


def test_last_page_is_reachable_by_name(api_client, world):
    response = api_client.get("/api/v1/plenaries/?page_size=4&page=last")

    assert response.status_code == 200
    assert response.json()["next"] is None


def test_an_unsupported_accept_header_is_a_406_in_json(api_client, world):
    for url in ["/api/v1/reforms/", "/api/v1/datapackage.zip"]:
        response = api_client.get(url, HTTP_ACCEPT="application/xml")
        assert response.status_code == 406
        assert response["Content-Type"] == "application/json"
        assert response.json()["detail"]


@pytest.mark.parametrize(
    "url",
    ["/api/v1/plenaries/abc/", "/api/v1/plenaries/999999/", "/api/v1/statements/0/", "/api/v1/positions/x/"],
)
def test_unknown_or_malformed_ids_are_404(api_client, world, url):
    assert api_client.get(url).status_code == 404


# --- Writes: the body's types as declared, and nothing written when refused.

OUTCOME = {
    "proposal": "definition-2019",
    "plenary_year": 2021,
    "decision": "deferred",
    "summary": "Talks to continue.",
    "source_url": "https://example.org/2021-communique",
}


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"plenary_year": "2021"}, "plenary_year"),
        ({"plenary_year": 2021.0}, "plenary_year"),
        ({"plenary_year": True}, "plenary_year"),
        ({"verified": "yes"}, "verified"),
        ({"verified": 1}, "verified"),
        ({"summary": 42}, "summary"),
        ({"source_url": ["https://example.org/a"]}, "source_url"),
    ],
)
def test_a_body_field_of_the_wrong_json_type_is_a_400_naming_it(editor_client, world, overrides, field):
    response = editor_client.post("/api/v1/outcomes/", {**OUTCOME, **overrides}, format="json")

    assert response.status_code == 400, response.content
    assert list(response.json()) == [field]
    assert not Outcome.objects.filter(plenary__year=2021).exists()


def test_a_form_encoded_body_is_a_415(editor_client, world):
    response = editor_client.post("/api/v1/outcomes/", OUTCOME, format="multipart")  # as a browser form sends it

    assert response.status_code == 415
    assert "Unsupported media type" in response.json()["detail"]
    assert not Outcome.objects.filter(plenary__year=2021).exists()


def test_a_write_asking_for_csv_is_a_400_naming_format(editor_client, world):
    response = editor_client.post("/api/v1/outcomes/?format=csv", OUTCOME, format="json")

    assert response.status_code == 400
    assert list(response.json()) == ["format"]
    assert not Outcome.objects.filter(plenary__year=2021).exists()


def test_a_write_answers_in_json_whatever_it_accepts(editor_client, world):
    response = editor_client.post("/api/v1/outcomes/", OUTCOME, format="json", HTTP_ACCEPT="text/csv")

    assert response.status_code == 406
    assert not Outcome.objects.filter(plenary__year=2021).exists()
