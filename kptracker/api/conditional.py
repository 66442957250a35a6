"""Conditional GETs and the response cache, both keyed on the dataset's state.

``ETag`` is a hash of the body, so it is exact for the response it describes (filters, page,
format and host included). ``Last-Modified`` is the latest edit anywhere in the dataset, from
the edit history: coarse but one indexed query. A client that sends either back gets a
bodiless 304 when nothing changed.

Rendered JSON responses are cached under a key made of the request's absolute URL, the
negotiated media type and the dataset's version token, so an edit anywhere makes every
cached page unreachable at once; entries also expire after ``KP_API_CACHE_SECONDS`` (0
turns the cache off), which bounds the blind spot described in ``dataset_state()``.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from kptracker.api.history import DatasetState

# Bump when a change to the code changes responses, so a shared cache drops old bodies at deploy.
RESPONSE_FORMAT_VERSION = "1"


def body_etag(content: bytes) -> str:
    return '"' + hashlib.sha256(content).hexdigest()[:32] + '"'


def conditional(request, response, *, state: DatasetState, etag: str | None = None):
    """Set validators on a 200 GET/HEAD response and turn it into a 304 when the client's copy is current."""
    if request.method not in {"GET", "HEAD"} or response.status_code != 200:
        return response
    timestamp = int(state.changed_at.timestamp()) if state.changed_at else None
    if etag:
        response.headers["ETag"] = etag
    if timestamp is not None:
        response.headers["Last-Modified"] = http_date(timestamp)
    return get_conditional_response(request, etag=etag, last_modified=timestamp, response=response)


def cache_key(request, *, state: DatasetState, media_type: str) -> str | None:
    if request.method not in {"GET", "HEAD"} or settings.KP_API_CACHE_SECONDS <= 0:
        return None
    parts = [
        RESPONSE_FORMAT_VERSION,
        state.token,
        request.build_absolute_uri(),
        media_type,
        str(settings.KP_STALL_THRESHOLD),
        str(settings.KP_API_MAX_PAGE_SIZE),
    ]
    return "kp-api:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def cache_get(key: str | None) -> tuple[bytes, str, str] | None:
    """(body, content type, ETag) stored for this key, if any."""
    return cache.get(key) if key else None


def cache_set(key: str | None, content: bytes, content_type: str, etag: str) -> None:
    if key:
        cache.set(key, (content, content_type, etag), settings.KP_API_CACHE_SECONDS)
