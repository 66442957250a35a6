"""The whole API against its own OpenAPI schema: schemathesis, in-process over WSGI.

Every operation, reads anonymously and writes with an editor's token, through schemathesis's
examples, coverage and fuzzing phases, in positive and negative mode, with six checks: no 5xx;
status codes, content types and bodies as documented; what the schema forbids is refused (4xx)
and what it allows is accepted. The one exception, and why: ``positive_data_acceptance`` judges a
write only on the schema's own examples (``WRITES_POSITIVE_PHASES``); a generated body that fits
the schema still breaks the record's rules (a slug no proposal has, a meeting not held, a decision
before the proposal was tabled), which no schema can state, and is refused with a 400 and the
admin's message. Throttling is raised for this run only. Bounded and deterministic (a fixed seed): after
each operation's run, the requests it sent are counted, and too few fail it.

Run alone with ``.venv/bin/pytest -m api_fuzz -s`` (``-s`` shows the counts).
"""

import logging
from collections import Counter

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.generation.meta import TestPhase
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    positive_data_acceptance,
    response_schema_conformance,
    status_code_conformance,
)

from kptracker.wsgi import application
from tests.factories import ProposalFactory

pytestmark = [pytest.mark.api_fuzz, pytest.mark.django_db]

MIN_REQUESTS_PER_OPERATION = 60
CONFIG = {
    "seed": 4,
    "generation": {"mode": "all", "max-examples": 60, "deterministic": True},
    "phases": {"stateful": {"enabled": False}},
}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
    positive_data_acceptance,
]
WRITES = {"POST", "PUT", "PATCH", "DELETE"}
WRITES_POSITIVE_PHASES = {TestPhase.EXAMPLES}
SENT: Counter = Counter()  # requests sent, by (operation, status answered)

# Loaded at collection: generating the schema needs no database.
schema = schemathesis.openapi.from_wsgi(
    "/api/schema/?format=json", application, config=SchemathesisConfig.from_dict(CONFIG)
)


@pytest.fixture
def unthrottled(settings):
    # Thousands of requests from one address: lift the limits the run would otherwise hit.
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "1000000/minute", "partner": "1000000/minute"},
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


@pytest.fixture
def quiet_request_log(caplog):
    # Thousands of refused requests would each log a warning; a 5xx still logs (at ERROR).
    caplog.set_level(logging.ERROR, logger="django.request")


@pytest.fixture
def enough_requests(request):
    """After all of an operation's examples: it was sent enough requests. A configuration that
    quietly generated few cases fails here. Each operation is checked on its own, so the check
    holds whichever pytest-xdist worker runs it."""
    yield
    label = request.node.operation_label
    answers = sorted((status, n) for (sent_to, status), n in SENT.items() if sent_to == label)
    print(f"\nschemathesis sent {label}: " + ", ".join(f"{n}×{status}" for status, n in answers))
    assert sum(n for _status, n in answers) >= MIN_REQUESTS_PER_OPERATION, f"too few requests for {label}"


@pytest.fixture
def editor_token(editor_client) -> str:
    return Token.objects.get(user=editor_client.user).key


@pytest.fixture
def schema_examples(world):
    """The records the schema's write examples name, so that those examples are accepted as they stand."""
    ProposalFactory(slug="conflict-diamond-definition-2017", area=world.scope, first_tabled=world.plenaries[2017])
    ProposalFactory(slug="russia-ukraine-agenda-item", area=world.scope, first_tabled=world.plenaries["2022i"])


def _checks(case) -> list:
    if case.method in WRITES and case.meta is not None and case.meta.phase.name not in WRITES_POSITIVE_PHASES:
        return [check for check in CHECKS if check is not positive_data_acceptance]
    return CHECKS


@schema.parametrize()
# Each operation gets its own world (rolled back after it); its examples share it, writes included.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None)
def test_api_conforms_to_its_schema(
    case, schema_examples, editor_token, unthrottled, in_test_transaction, quiet_request_log, enough_requests
):
    headers = {"Authorization": f"Token {editor_token}"} if case.method in WRITES else None
    response = case.call(headers=headers)
    SENT[case.operation.label, response.status_code] += 1
    case.validate_response(response, checks=_checks(case), headers=headers)
