"""Whole-page caching for the public dashboard, invalidated when an editor saves anything.

Every cached page key carries a "generation" number. Saving or deleting any tracked
record bumps the generation, so every old page key is simply never asked for again
and expires on its own. One cache read finds the generation; no per-page bookkeeping.

With the in-process cache (no REDIS_URL) each process has its own generation, so a
multi-process server only sees another process's edits after ``PAGE_CACHE_SECONDS``;
production runs with Redis, where all processes share it.
"""

import hashlib
import struct
import time
import zlib
from collections import OrderedDict
from functools import wraps

from django.apps import apps
from django.core.cache import cache
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from kptracker.roles import TRACKED_APPS

GENERATION_KEY = "kp:generation"
PAGE_CACHE_SECONDS = 60 * 15
# Cached pages hold this in place of the CSRF token (only the language switcher posts);
# each response gets the visitor's own token, so one cached page serves everyone.
CSRF_SENTINEL = "__kp_csrf_token__"

# Ingestion bookkeeping: written on every fetch, never shown on a public page. Every other
# model of the tracked apps (kptracker.roles.TRACKED_APPS) invalidates the pages, a new one too.
UNCACHED_MODELS = {"statements.source", "statements.fetchrun", "statements.rawdocument"}


def tracked_models() -> list[type[Model]]:
    """The models whose saves and deletes change public pages (their history models save with them)."""
    return [
        model
        for label in TRACKED_APPS
        for model in apps.get_app_config(label).get_models()
        # simple_history's generated models point back at the model they record.
        if getattr(model, "instance_type", None) is None and model._meta.label_lower not in UNCACHED_MODELS
    ]


def generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        # Start from the clock, so a flushed cache never reuses an earlier generation's keys.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return value


def generation_bump() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet (fresh cache): start a new generation
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def _on_change(sender, **kwargs):
    generation_bump()


def connect_receivers() -> None:
    """Called from KptrackerConfig.ready(): any write to a tracked model invalidates all pages."""
    for model in tracked_models():
        uid = f"kp-cache-{model._meta.label_lower}"
        post_save.connect(_on_change, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_on_change, sender=model, dispatch_uid=f"{uid}-delete")
        # add()/remove()/clear() on a many-to-many field (a proposal's originators) send neither.
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(_on_change, sender=through, dispatch_uid=f"kp-cache-{through._meta.label_lower}")


def page_key(request) -> str:
    path = hashlib.md5(request.get_full_path().encode(), usedforsecurity=False).hexdigest()
    return f"kp:page:{generation()}:{get_language()}:{path}"


class CachedPage:
    """A rendered page split around the CSRF sentinel, kept raw and deflated.

    Compression happens once, when the page is cached. Each part is deflated on its own
    and ends on a full flush, so the parts and the visitor's deflated token concatenate
    into one valid gzip stream without compressing the page again.
    """

    def __init__(self, content: bytes, headers: dict):
        self.headers = headers
        self.parts = content.split(CSRF_SENTINEL.encode())
        self.deflated = [_deflate(part) for part in self.parts]
        self.crc = zlib.crc32(self.parts[0])
        # The gzip trailer's CRC covers the visitor's token too; with each part's CRC and the
        # operator that shifts a CRC past it, a request combines them without re-reading 2 MB.
        self.part_crcs = [zlib.crc32(part) for part in self.parts]
        self.shifts = [_crc32_shift(len(part)) for part in self.parts]

    def raw(self, token: bytes) -> bytes:
        return token.join(self.parts)

    def gzipped(self, token: bytes) -> bytes:
        crc, size = self.crc, len(self.parts[0])
        body = [_GZIP_HEADER, self.deflated[0]]
        deflated_token = _deflate(token)
        for index in range(1, len(self.parts)):
            crc = _gf2_times(self.shifts[index], zlib.crc32(token, crc)) ^ self.part_crcs[index]
            size += len(token) + len(self.parts[index])
            body += [deflated_token, self.deflated[index]]
        body += [_FINAL_BLOCK, struct.pack("<II", crc & 0xFFFFFFFF, size & 0xFFFFFFFF)]
        return b"".join(body)


# gzip member header (RFC 1952): magic, deflate, no flags, no mtime, no extra flags, unknown OS.
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
# An empty final stored block closes the deflate stream.
_FINAL_BLOCK = b"\x03\x00"


def _gf2_times(matrix: list[int], vector: int) -> int:
    total, bit = 0, 0
    while vector:
        if vector & 1:
            total ^= matrix[bit]
        vector >>= 1
        bit += 1
    return total


def _gf2_square(matrix: list[int]) -> list[int]:
    return [_gf2_times(matrix, row) for row in matrix]


def _crc32_shift(length: int) -> list[int]:
    """The operator that advances a CRC-32 past ``length`` bytes, as zlib's crc32_combine builds it:
    crc32(a + b) == _gf2_times(_crc32_shift(len(b)), crc32(a)) ^ crc32(b)."""
    operator = [0xEDB88320] + [1 << (n - 1) for n in range(1, 32)]  # one zero bit
    for _ in range(3):  # → one zero byte
        operator = _gf2_square(operator)
    result = [1 << n for n in range(32)]  # identity
    while length:
        if length & 1:
            result = [_gf2_times(operator, row) for row in result]
        length >>= 1
        if length:
            operator = _gf2_square(operator)
    return result


def _deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush(zlib.Z_FULL_FLUSH)


class _RecentPages:
    """The last few pages this process served, in front of the shared cache.

    Keys carry the generation, read from the shared cache on every request, so an
    edit still invalidates at once; this only spares fetching and unpickling a 2 MB
    timeline from Redis for every visitor.
    """

    def __init__(self, size: int = 24):
        self.size = size
        self.pages: OrderedDict[str, CachedPage] = OrderedDict()

    def get(self, key: str) -> "CachedPage | None":
        page = self.pages.get(key)
        if page is not None:
            self.pages.move_to_end(key)
        return page

    def put(self, key: str, page: "CachedPage") -> None:
        self.pages[key] = page
        self.pages.move_to_end(key)
        while len(self.pages) > self.size:
            self.pages.popitem(last=False)


_recent_pages = _RecentPages()


def _accepts_gzip(request) -> bool:
    return "gzip" in request.headers.get("Accept-Encoding", "").lower()


def cache_public_page(view):
    """Cache a GET response by URL and language for the current generation.

    Responses other than 200 are not cached. HTML pages get the visitor's CSRF token
    swapped in for the sentinel the template rendered; clients that accept gzip get
    the page compressed (a 2 MB timeline goes out as about a tenth of that).
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        key = page_key(request)
        page = _recent_pages.get(key) or cache.get(key)
        if page is None:
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            if response.status_code != 200 or response.streaming:
                return response
            page = CachedPage(response.content, dict(response.items()))
            cache.set(key, page, PAGE_CACHE_SECONDS)
        _recent_pages.put(key, page)
        token = get_token(request).encode() if len(page.parts) > 1 else b""
        if _accepts_gzip(request):
            response = HttpResponse(page.gzipped(token))
            response["Content-Encoding"] = "gzip"
        else:
            response = HttpResponse(page.raw(token))
        for name, value in page.headers.items():
            response[name] = value
        patch_vary_headers(response, ["Accept-Encoding"])
        return response

    return wrapped
