"""Conditional GETs and the response cache of the API, both keyed on the data version.

``ETag`` names the data version and the representation (the absolute URL, with its
filters, page and format, and the media type); ``Last-Modified`` is when public data last
changed. Both move on every committed write (see ``common.cache``), so a client that sends
either back gets a bodiless 304 until something changes. Rendered JSON responses are cached
under the same key, so an edit anywhere makes every cached body unreachable at once.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, parse_etags, parse_http_date_safe

from common.cache import DataVersion


def representation(request, media_type: str) -> list[str]:
    return [
        request.build_absolute_uri(),
        media_type,
        str(settings.KP_STALL_THRESHOLD),
        str(settings.KP_API_MAX_PAGE_SIZE),
    ]


def conditional(request, response, *, version: DataVersion, etag: str):
    """Set validators on a 200 GET/HEAD response and turn it into a 304 when the client's copy is current."""
    if request.method not in {"GET", "HEAD"} or response.status_code != 200:
        return response
    response.headers["ETag"] = etag
    if version.timestamp is not None:
        response.headers["Last-Modified"] = http_date(version.timestamp)
    return get_conditional_response(request, etag=etag, last_modified=version.timestamp, response=response)


def write_preconditions_hold(request, *, version: DataVersion, etag: str) -> bool:
    """A write to a record with ``If-Match`` goes ahead only when it names the record's current ``ETag`` (or is
    ``*``), compared strongly, so a weak ``W/`` tag never matches; without it, ``If-Unmodified-Since`` must not
    be older than the data (RFC 9110, section 13.2.2). Neither header: the write goes ahead."""
    if_match = request.headers.get("If-Match")
    if if_match is not None:
        tags = parse_etags(if_match)
        return tags == ["*"] or etag in tags
    since = parse_http_date_safe(request.headers.get("If-Unmodified-Since", ""))
    return since is None or version.timestamp is None or version.timestamp <= since


def cache_key(etag: str) -> str | None:
    if settings.KP_API_CACHE_SECONDS <= 0:
        return None
    return "kp-api:" + hashlib.sha256(etag.encode()).hexdigest()


def cache_get(key: str | None) -> tuple[bytes, str] | None:
    """(body, content type) stored for this key, if any."""
    return cache.get(key) if key else None


def cache_set(key: str | None, content: bytes, content_type: str) -> None:
    if key:
        cache.set(key, (content, content_type), settings.KP_API_CACHE_SECONDS)
