"""One data version for everything public, and the HTTP caching built on it.

Every write to public data bumps the version once its transaction commits, so a page
rendered from the old data before the commit is never stored under the new version.
Pages, API responses, their ETags and their Last-Modified all derive from it, and
Django's cache framework does the caching: a key that carries the version is simply
never asked for again once the version moves on.

The version lives in the cache backend (Redis in production, shared by every process).
Public pages carry no per-visitor state (no cookie, no CSRF token, the language in the
URL), so they go out with ``Cache-Control: public`` and any proxy or CDN may keep them.
Pages are gzipped before they are cached, for clients that accept it.
"""

import hashlib
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Max, Model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language
from django.views.decorators.cache import cache_page
from django.views.decorators.gzip import gzip_page

from common.models import DataVersion as DataVersionRow

VERSION_KEY = "kp:data-version"
_with_history: list[type[Model]] = []  # for the last change, read once when nothing else knows it


@dataclass(frozen=True)
class DataVersion:
    number: int
    changed_at: datetime | None  # when public data last changed, if known

    def etag(self, *variant: str) -> str:
        """A validator for one representation (language, media type…) of this version's data."""
        tag = hashlib.sha256("|".join([settings.KP_RELEASE, str(self.number), *variant]).encode()).hexdigest()
        return f'"{tag[:24]}"'

    @property
    def timestamp(self) -> int | None:
        """Last-Modified: when the data changed, or this release went out if that is later (a new release
        renders pages anew, so a client asking "modified since?" must not be told no)."""
        moments = [moment for moment in (self.changed_at, settings.KP_RELEASED_AT) if moment]
        return int(max(moments).timestamp()) if moments else None


def data_version() -> DataVersion:
    stored = cache.get(VERSION_KEY)
    if stored is None:
        # A cold cache (first start, flushed Redis, or a process-local cache that let it expire): the
        # durable copy, or a new number so that no earlier page key is ever reused.
        row = DataVersionRow.objects.filter(pk=1).first()
        if row is None:  # never bumped since this table exists: the edit history knows the last change
            row, _ = DataVersionRow.objects.get_or_create(
                pk=1, defaults={"number": time.time_ns(), "changed_at": _last_recorded_change()}
            )
        stored = (row.number, row.changed_at)
        cache.add(VERSION_KEY, stored, timeout=settings.KP_DATA_VERSION_SECONDS)
    number, changed_at = stored
    return DataVersion(number=number, changed_at=changed_at)


def _last_recorded_change() -> datetime | None:
    """The newest history row of the public models: read once, when there is no durable copy yet."""
    latest = (model.history.aggregate(latest=Max("history_date"))["latest"] for model in _with_history)
    return max((value for value in latest if value), default=None)


def _bump() -> None:
    now = datetime.now(UTC)
    previous = DataVersionRow.objects.filter(pk=1).values_list("changed_at", flat=True).first()
    if previous is not None and now < previous + timedelta(seconds=1):
        # Last-Modified counts whole seconds: two edits in one second must still be two moments.
        now = previous + timedelta(seconds=1)
    stored = (time.time_ns(), now)
    DataVersionRow.objects.update_or_create(pk=1, defaults={"number": stored[0], "changed_at": stored[1]})
    cache.set(VERSION_KEY, stored, timeout=settings.KP_DATA_VERSION_SECONDS)


def data_version_bump() -> None:
    """Called on every write to public data: moves the version once the transaction commits.

    Once per transaction, however many rows it writes (the dataset loader writes hundreds).
    """
    connection = transaction.get_connection()
    # run_on_commit holds (savepoint ids, callback, robust) for the open transaction.
    if connection.in_atomic_block and any(entry[1] is _bump for entry in connection.run_on_commit):
        return
    # robust: the data is committed whatever happens here; a cache that is down must not turn it into an error.
    transaction.on_commit(_bump, robust=True)


def watch(*models: type[Model], shown=None) -> None:
    """Each app names, in its AppConfig.ready(), the models its public pages and API show.

    ``shown(instance)`` says whether a written row is (or was) public at all: a statement waiting for
    review changes nothing anyone sees, so saving it leaves every cached page valid.
    """

    def on_write(sender, instance=None, **kwargs):
        if shown is None or instance is None or shown(instance):
            data_version_bump()

    for model in models:
        if getattr(model, "instance_type", None) is not None:
            continue  # simple_history's record of a model: saved with it, nothing to add
        if hasattr(model, "history"):
            _with_history.append(model)
        uid = f"kp-version-{model._meta.label_lower}"
        post_save.connect(on_write, sender=model, dispatch_uid=f"{uid}-save", weak=False)
        post_delete.connect(on_write, sender=model, dispatch_uid=f"{uid}-delete", weak=False)
        # add()/remove()/clear() on a many-to-many field (a proposal's originators) send neither.
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(on_write, sender=through, dispatch_uid=f"{uid}-{field.name}", weak=False)


def public_headers(response, version: DataVersion, etag: str) -> None:
    """What lets any browser, proxy or CDN keep a public response, and revalidate it cheaply."""
    # Set, not patched: the page cache's own max-age (how long Django keeps it) is not the clients'.
    response.headers["Cache-Control"] = (
        f"public, max-age={settings.KP_PUBLIC_MAX_AGE}, stale-while-revalidate={settings.KP_PUBLIC_STALE_SECONDS}"
    )
    response.headers["ETag"] = etag
    if version.timestamp is not None:
        response.headers["Last-Modified"] = http_date(version.timestamp)
    # The page cache's own bookkeeping: how old its copy is says nothing about the data's freshness
    # (the ETag does), and a client counting Age against max-age would find every page stale.
    response.headers.pop("Expires", None)
    response.headers.pop("Age", None)
    patch_vary_headers(response, ["Accept-Encoding"])


def page_variant(*, daily: bool = False) -> tuple[str, ...]:
    """What besides the data makes a page what it is: its language, the settings it shows, and for a
    ``daily`` page the day (the home page counts years from today, and the briefings say which plenary
    is upcoming)."""
    variant = (
        get_language() or "",
        str(settings.KP_STALL_THRESHOLD),
        settings.KP_CORRECTIONS_CONTACT,
        str(settings.KP_BRIEFING_WEEKS),
    )
    return (*variant, timezone.localdate().isoformat()) if daily else variant


def public_page(view=None, *, daily: bool = False):
    """A page every visitor sees alike: answered 304 when the visitor's copy is current, otherwise
    served from Django's page cache under the data version, and sent with public cache headers.

    ``@public_page(daily=True)`` for a page that also depends on today's date: it is rendered anew
    each day, where every other page is kept until the data changes.
    """
    if view is None:
        return lambda view: public_page(view, daily=daily)

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        version = data_version()
        variant = page_variant(daily=daily)
        # Weak: the page goes out gzipped or not, the same data either way.
        etag = "W/" + version.etag(*variant)
        not_modified = get_conditional_response(request, etag=etag, last_modified=version.timestamp)
        if not_modified is not None:
            public_headers(not_modified, version, etag)
            return not_modified
        # Compressed before it is cached (Vary: Accept-Encoding keeps one copy per encoding), so a
        # cached 2 MB timeline goes out as its 100 kB gzip without being compressed again.
        prefix = f"v{version.number}-" + hashlib.sha256("|".join(variant).encode()).hexdigest()[:12]
        cached_view = cache_page(settings.KP_PAGE_CACHE_SECONDS, cache="pages", key_prefix=prefix)(gzip_page(view))
        response = cached_view(request, *args, **kwargs)
        if response.status_code == 200:
            public_headers(response, version, etag)
        return response

    return wrapped
