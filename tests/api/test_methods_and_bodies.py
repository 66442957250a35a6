"""What an endpoint offers comes first: a method it does not offer is a 405 with ``Allow`` whoever asks, bodies
are JSON only (as OPTIONS says), and a body over Django's limit is a JSON 413 naming the limit."""

import json
import logging

import pytest

from reforms.models import Outcome

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("caller", ["api_client", "partner_client", "viewer_client", "editor_client"])
@pytest.mark.parametrize(
    ("method", "url", "allowed"),
    [
        ("post", "/api/v1/reforms/", "GET, HEAD, OPTIONS"),
        ("delete", "/api/v1/statements/{statement}/", "GET, HEAD, OPTIONS"),
        ("put", "/api/v1/plenaries/{plenary}/", "GET, HEAD, OPTIONS"),
        ("delete", "/api/v1/outcomes/{outcome}/", "GET, PUT, PATCH, HEAD, OPTIONS"),
        ("patch", "/api/v1/outcomes/", "GET, POST, HEAD, OPTIONS"),
        ("post", "/api/v1/", "GET, HEAD, OPTIONS"),
        ("delete", "/api/v1/datapackage.zip", "GET, HEAD, OPTIONS"),
    ],
)
def test_a_method_the_endpoint_does_not_offer_is_a_405_before_any_credential_is_checked(
    request, world, caller, method, url, allowed
):
    api = request.getfixturevalue(caller)
    url = url.format(statement=world.statements[0].pk, plenary=world.plenaries[2019].pk, outcome=world.outcomes[0].pk)

    response = getattr(api, method)(url, {}, format="json")

    assert response.status_code == 405, response.content
    assert response["Allow"] == allowed
    assert response.json() == {"detail": f'Method "{method.upper()}" not allowed.'}


def test_a_bad_token_on_a_method_not_offered_is_still_a_405(api_client, world):
    api_client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")

    assert api_client.post("/api/v1/reforms/", {}, format="json").status_code == 405


@pytest.mark.parametrize("url", ["/api/v1/", "/api/v1/reforms/", "/api/v1/outcomes/", "/api/v1/positions/"])
def test_options_says_bodies_are_json_only(editor_client, world, url):
    response = editor_client.options(url)

    assert response.status_code == 200
    assert response.json()["parses"] == ["application/json"]


def test_a_form_encoded_write_is_a_415_as_options_says(editor_client, world):
    response = editor_client.post(
        "/api/v1/positions/", "proposal=definition-2019", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 415
    assert response.json()["detail"] == 'Unsupported media type "application/x-www-form-urlencoded" in request.'


def test_a_body_over_the_upload_limit_is_a_json_413_naming_the_limit_without_a_traceback(
    editor_client, world, settings, caplog
):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = json.dumps({"proposal": "definition-2019", "summary": "x" * 2000})

    with caplog.at_level(logging.INFO):
        response = editor_client.post("/api/v1/outcomes/", body, content_type="application/json")

    assert response.status_code == 413
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "The request body is larger than the 1,000 bytes this API accepts."}
    assert not [record for record in caplog.records if record.exc_info or record.levelno >= logging.ERROR]
    assert Outcome.objects.count() == len(world.outcomes)


def test_five_megabytes_to_outcomes_is_a_413_at_the_default_limit(editor_client, world):
    body = json.dumps({"summary": "x" * 5_000_000})

    response = editor_client.patch(f"/api/v1/outcomes/{world.outcomes[0].pk}/", body, content_type="application/json")

    assert response.status_code == 413
    assert "2,621,440 bytes" in response.json()["detail"]
