"""Property-based run of the whole API against its own OpenAPI schema (schemathesis, in-process WSGI).

Run alone with ``.venv/bin/pytest -m api_fuzz``. Bounded and deterministic: a fixed seed and a
few positive examples per operation, so it takes seconds, not minutes. It checks no 5xx, and that
status codes, content types and JSON bodies are the ones the schema documents.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from kptracker.wsgi import application

pytestmark = [pytest.mark.api_fuzz, pytest.mark.django_db]

CONFIG = {
    "seed": 4,
    "generation": {"mode": "positive", "max-examples": 12, "deterministic": True},
    "phases": {"coverage": {"enabled": False}, "stateful": {"enabled": False}},
}
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def unthrottled(settings):
    # Hundreds of requests from one address: lift the limits the run would otherwise hit.
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100000/minute", "partner": "100000/minute"},
    }


@pytest.fixture
def in_test_transaction():
    """Keep the test's connection open: a raw WSGI request would close it when it finishes, as
    Django's own test client avoids by the same means."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


# Loaded at collection: generating the schema needs no database.
schema = schemathesis.openapi.from_wsgi(
    "/api/schema/?format=json", application, config=SchemathesisConfig.from_dict(CONFIG)
)


@schema.parametrize()
# The world is read-only here (anonymous writes are refused), so sharing it across examples is safe.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
def test_api_conforms_to_its_schema(case, world, unthrottled, in_test_transaction):
    case.call_and_validate(checks=CHECKS)
