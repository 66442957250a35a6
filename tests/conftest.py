import os

import pytest
from django.conf import settings

from kptracker.celery import app as celery_app


def pytest_configure(config):
    # Hashing real passwords is the slowest thing a test can do; tests need no real security.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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
    from django.core.cache import cache

    from kptracker.cache import _recent_pages
    from statements.services import worker_extraction_context_clear

    cache.clear()
    _recent_pages.pages.clear()
    worker_extraction_context_clear()
    yield


def require_service(name: str, reachable: bool, why: str):
    """Skip a test that needs a missing service locally; fail it under CI=true."""
    if reachable:
        return
    message = f"{name} is not reachable: {why}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)
