import os
import time
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from kptracker.celery import app as celery_app


def pytest_configure(config):
    # Hashing real passwords is the slowest thing a test can do; tests need no real security.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker and settings.REDIS_URL:
        _use_redis_database_of_worker(int(worker.removeprefix("gw")))


def _use_redis_database_of_worker(number: int):
    """Each pytest-xdist worker has a test database of its own (pytest-django's suffix) and a Redis
    database of its own: the tests empty the cache, which must not empty another worker's.
    Redis has 16 databases by default; the one in REDIS_URL itself is left alone."""
    parts = urlsplit(settings.REDIS_URL)
    given = parts.path.strip("/") or "0"
    if parts.scheme not in ("redis", "rediss") or parts.query or not given.isdigit():
        raise pytest.UsageError(
            "Parallel tests give each worker its own Redis database, which needs REDIS_URL as"
            " redis://host:port/N; or run them in one process: make test TEST_WORKERS=0"
        )
    database = int(given) + 1 + number
    if database > 15:
        raise pytest.UsageError(f"Redis database {database} does not exist by default: run fewer workers (-n).")
    url = parts._replace(path=f"/{database}").geturl()
    settings.REDIS_URL = settings.CELERY_BROKER_URL = url
    settings.CACHES["default"]["LOCATION"] = url
    celery_app.conf.broker_url = url


@pytest.fixture(autouse=True)
def _tasks_run_in_process(request):
    """Unit tests run Celery tasks in-process; tests marked `worker` use the real broker."""
    if request.node.get_closest_marker("worker"):
        yield
        return
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import caches

    from statements.services import worker_extraction_context_clear

    caches["default"].clear()
    caches["pages"].clear()
    worker_extraction_context_clear()
    # A warm data version (as a running site has), so query counts never include reading it cold.
    from common.cache import VERSION_KEY

    caches["default"].set(VERSION_KEY, (time.time_ns(), None), timeout=None)
    yield


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in English: a request to a /fr/ page leaves French active in the thread
    (LocaleMiddleware activates, nothing deactivates), and reverse() would then build /fr/ URLs."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def editor_client(client, db):
    """The test client, signed in as a member of the Editors group (the admin's data-entry role)."""
    from django.contrib.auth.models import Group, User

    user = User.objects.create_user("editor", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


def require_service(name: str, reachable: bool, why: str):
    """Skip a test that needs a missing service locally; fail it under CI=true."""
    if reachable:
        return
    message = f"{name} is not reachable: {why}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def commit():
    """Run what would happen on commit of the test's transaction so far (it never really commits):
    ``transaction.on_commit`` callbacks, such as the data version's bump, run once and are gone."""
    from django.db import transaction

    def run():
        connection = transaction.get_connection()
        pending, connection.run_on_commit[:] = list(connection.run_on_commit), []
        for _savepoints, callback, _robust in pending:
            callback()

    return run
