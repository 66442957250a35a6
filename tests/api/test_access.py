"""Throttling (429 with Retry-After), CORS for read-only cross-origin GETs, and anonymous read access."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def low_limits(settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "3/minute", "partner": "5/minute"},
    }


def test_anonymous_caller_over_the_limit_gets_429_with_retry_after(api_client, world, low_limits):
    for _ in range(3):
        assert api_client.get("/api/v1/reform-areas/").status_code == 200

    response = api_client.get("/api/v1/reform-areas/")

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert "throttled" in response.json()["detail"]


def test_partner_token_has_its_own_higher_limit(api_client, partner_client, world, low_limits):
    for _ in range(3):
        api_client.get("/api/v1/reform-areas/")
    assert api_client.get("/api/v1/reform-areas/").status_code == 429

    statuses = [partner_client.get("/api/v1/reform-areas/").status_code for _ in range(6)]

    assert statuses == [200] * 5 + [429]


def test_throttled_csv_request_gets_a_json_429(api_client, world, low_limits):
    for _ in range(3):
        api_client.get("/api/v1/reform-areas/")

    response = api_client.get("/api/v1/reform-areas/?format=csv")

    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert response.has_header("Retry-After")


def test_default_limits_are_sixty_anonymous_and_a_thousand_for_partners(settings):
    assert settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"] == {"anon": "60/minute", "partner": "1000/minute"}


def test_api_answers_any_origin_for_reads(api_client, world):
    response = api_client.get("/api/v1/reforms/", HTTP_ORIGIN="https://partner.example.org")

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Credentials" not in response


def test_preflight_allows_only_read_methods(api_client, world):
    response = api_client.options(
        "/api/v1/outcomes/",
        HTTP_ORIGIN="https://partner.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )

    assert response.status_code == 200
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"


def test_cors_is_limited_to_the_api(client, world):
    response = client.get("/healthz", HTTP_ORIGIN="https://partner.example.org")

    assert "Access-Control-Allow-Origin" not in response


def test_bad_token_is_a_401_not_anonymous_access(api_client, world):
    api_client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")

    assert api_client.get("/api/v1/reforms/").status_code == 401
