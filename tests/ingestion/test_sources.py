"""Feeds and pages fetched over HTTP from a local server, as Celery beat would."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from statements import services, tasks
from statements.fetching import FetchError, fetch
from statements.models import DocumentStatus, FetchRun, RawDocument, ReviewStatus, Source, Statement
from tests.ingestion.conftest import SEED, statement_page

pytestmark = pytest.mark.django_db


def atom_feed(base_url: str, paths: list[str]) -> str:
    entries = "".join(
        f"<entry><title>Item {i}</title><link href='{base_url}{path}'/><id>{base_url}{path}</id>"
        f"<updated>2024-11-1{i % 10}T10:00:00Z</updated></entry>"
        for i, path in enumerate(paths)
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>CSC</title><id>{base_url}/feed</id><updated>2024-11-15T00:00:00Z</updated>{entries}</feed>"
    )


@pytest.fixture
def local_fetches(settings):
    settings.KP_INGEST_ALLOW_PRIVATE = True  # the test server is on loopback


@pytest.fixture
def feed_source(kp_data, httpserver, local_fetches):
    base = httpserver.url_for("")[:-1]
    httpserver.expect_request("/feed").respond_with_data(
        atom_feed(base, ["/one", "/two"]), content_type="application/atom+xml", headers={"ETag": '"v1"'}
    )
    httpserver.expect_request("/one").respond_with_data(
        statement_page("Plenary fails on the definition", "No consensus on the conflict diamond definition."),
        content_type="text/html",
    )
    httpserver.expect_request("/two").respond_with_data(SEED.read_bytes(), content_type="text/plain")
    return Source.objects.create(name="Coalition feed", kind="feed", url=f"{base}/feed", auto_publish=True)


def test_a_feed_is_fetched_and_every_item_becomes_a_statement(feed_source, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        result = tasks.fetch_source(feed_source.pk)

    assert result == "2 found"
    statements = Statement.objects.filter(url__startswith=feed_source.url.removesuffix("/feed"))
    assert statements.count() == 2
    assert set(statements.values_list("review_status", flat=True)) == {ReviewStatus.PUBLISHED}
    feed_source.refresh_from_db()
    assert feed_source.consecutive_failures == 0
    assert feed_source.items_found == 2
    assert feed_source.etag == '"v1"'
    run = feed_source.runs.get()
    assert run.status == FetchRun.Status.DONE
    assert run.documents.filter(status=DocumentStatus.DONE).count() == 2


def test_fetching_a_feed_again_creates_nothing_new(feed_source, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        tasks.fetch_source(feed_source.pk)
    counts = Statement.objects.count(), RawDocument.objects.count()

    with django_capture_on_commit_callbacks(execute=True):
        tasks.fetch_source(feed_source.pk)

    assert (Statement.objects.count(), RawDocument.objects.count()) == counts


def test_an_unchanged_feed_answers_304_and_nothing_is_read(kp_data, httpserver, local_fetches):
    httpserver.expect_request("/feed", headers={"If-None-Match": '"v1"'}).respond_with_data("", status=304)
    source = Source.objects.create(name="Feed", kind="feed", url=httpserver.url_for("/feed"), etag='"v1"')

    assert tasks.fetch_source(source.pk) == "not modified"
    assert source.runs.get().status == FetchRun.Status.NOT_MODIFIED


def test_private_addresses_are_refused_unless_allowed(kp_data, httpserver, settings):
    settings.KP_INGEST_ALLOW_PRIVATE, settings.KP_INGEST_ALLOWED_PORTS = False, [httpserver.port]
    source = Source.objects.create(name="Sneaky", kind="page", url=httpserver.url_for("/admin"))

    result = tasks.fetch_source(source.pk)

    assert "not a public internet address" in result
    source.refresh_from_db()
    assert source.consecutive_failures == 1
    assert "loopback" in source.last_error


def test_a_failing_feed_backs_off_exponentially_up_to_a_cap(kp_data, httpserver, local_fetches, settings):
    settings.KP_INGEST_MAX_BACKOFF_MINUTES = 60 * 24 * 30
    httpserver.expect_request("/feed").respond_with_data("<rss><channel><item>", content_type="application/rss+xml")
    source = Source.objects.create(name="Broken", kind="feed", url=httpserver.url_for("/feed"), poll_minutes=60)

    delays = []
    for _ in range(12):
        tasks.fetch_source(source.pk)
        source.refresh_from_db()
        delays.append(source.next_poll_at - timezone.now())

    assert source.consecutive_failures == 12
    assert "feed" in source.last_error.lower()
    assert delays[1] > delays[0] * 1.5
    assert max(delays) <= timedelta(days=30)
    assert delays[-1] > timedelta(days=29)


def test_too_many_redirects_are_refused(kp_data, httpserver, local_fetches, settings):
    settings.KP_INGEST_MAX_REDIRECTS = 2
    httpserver.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})
    source = Source.objects.create(name="Loop", kind="page", url=httpserver.url_for("/loop"))

    assert "Too many redirects" in tasks.fetch_source(source.pk)


def test_a_page_over_the_size_cap_is_refused(kp_data, httpserver, local_fetches, settings):
    settings.KP_INGEST_MAX_BYTES = 10_000
    httpserver.expect_request("/big").respond_with_data("x" * 50_000, content_type="text/html")
    source = Source.objects.create(name="Big", kind="page", url=httpserver.url_for("/big"))

    assert "10,000-byte limit" in tasks.fetch_source(source.pk)
    assert not RawDocument.objects.exists()


def test_images_are_not_documents(kp_data, httpserver, local_fetches):
    httpserver.expect_request("/logo.png").respond_with_data(b"\x89PNG...", content_type="image/png")
    source = Source.objects.create(name="Logo", kind="page", url=httpserver.url_for("/logo.png"))

    assert "image/png, not a feed" in tasks.fetch_source(source.pk)


def test_a_feed_item_that_cannot_be_fetched_is_recorded_on_its_run(kp_data, httpserver, local_fetches):
    base = httpserver.url_for("")[:-1]
    httpserver.expect_request("/feed").respond_with_data(
        atom_feed(base, ["/gone"]), content_type="application/atom+xml"
    )
    httpserver.expect_request("/gone").respond_with_data("", status=404)
    source = Source.objects.create(name="Feed", kind="feed", url=f"{base}/feed")

    tasks.fetch_source(source.pk)

    run = source.runs.get()
    assert run.items_failed == 1
    assert "/gone: " in run.error and "404" in run.error


def test_items_past_the_cap_are_fetched_on_the_next_runs(
    kp_data, httpserver, local_fetches, settings, django_capture_on_commit_callbacks
):
    settings.KP_INGEST_MAX_FEED_ITEMS = 2
    base = httpserver.url_for("")[:-1]
    paths = [f"/s/{i}" for i in range(5)]
    httpserver.expect_request("/feed").respond_with_data(atom_feed(base, paths), content_type="application/atom+xml")
    for i, path in enumerate(paths):
        httpserver.expect_request(path).respond_with_data(
            statement_page(f"Statement number {i}", f"Text of statement {i} on the scope."), content_type="text/html"
        )
    source = Source.objects.create(name="Feed", kind="feed", url=f"{base}/feed")

    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            tasks.fetch_source(source.pk)

    assert set(Statement.objects.filter(url__startswith=base).values_list("url", flat=True)) == {
        f"{base}{path}" for path in paths
    }
    assert "the rest next time" in source.runs.order_by("started_at").first().note


def test_a_feed_of_ten_thousand_items_is_taken_in_capped_batches(kp_data, httpserver, local_fetches, settings):
    settings.KP_INGEST_MAX_FEED_ITEMS = 50
    base = httpserver.url_for("")[:-1]
    httpserver.expect_request("/feed").respond_with_data(
        atom_feed(base, [f"/missing/{i}" for i in range(10_000)]), content_type="application/atom+xml"
    )
    httpserver.expect_request(re.compile(r"/missing/\d+")).respond_with_data("", status=404)
    source = Source.objects.create(name="Huge", kind="feed", url=f"{base}/feed")

    result = tasks.fetch_source(source.pk)

    assert result == "10000 found"
    run = source.runs.get()
    assert run.note == "10000 new of 10000 items; fetching 50 now, the rest next time"
    assert run.items_failed == 50  # the 50 taken were fetched (and are missing on this server)
    source.refresh_from_db()
    assert source.consecutive_failures == 0


def test_beat_queues_only_due_sources_and_never_twice(kp_data, httpserver, local_fetches):
    httpserver.expect_request("/feed").respond_with_data(atom_feed("", []), content_type="application/atom+xml")
    due = Source.objects.create(name="Due", kind="feed", url=httpserver.url_for("/feed"))
    Source.objects.create(
        name="Later", kind="feed", url=httpserver.url_for("/feed"), next_poll_at=timezone.now() + timedelta(hours=1)
    )
    Source.objects.create(name="Paused", kind="feed", url=httpserver.url_for("/feed"), active=False)

    assert tasks.poll_due_sources() == 1
    assert tasks.poll_due_sources() == 0
    assert due.runs.count() == 1
    assert services.sources_due().count() == 0


@pytest.mark.parametrize(
    "template",
    [
        "http://127.0.0.1:{port}\\\\@example.com/",  # parses to example.com elsewhere, connects to loopback
        "http://user:secret@127.0.0.1:{port}/",
        "http://127.0.0.1:{port}/",
    ],
)
def test_tricky_addresses_cannot_reach_loopback(kp_data, httpserver, settings, template):
    settings.KP_INGEST_ALLOW_PRIVATE, settings.KP_INGEST_ALLOWED_PORTS = False, [httpserver.port]
    httpserver.expect_request("/").respond_with_data("internal secret", content_type="text/html")
    url = template.format(port=httpserver.port)

    with pytest.raises(FetchError) as error:
        fetch(url)

    assert error.value.permanent
    assert not httpserver.log


def test_an_impossible_port_is_a_recorded_failure_not_a_stuck_run(kp_data):
    source = Source.objects.create(name="Bad port", kind="page", url="http://example.org:99999/")

    result = tasks.fetch_source(source.pk)

    assert "not a valid address" in result
    run = source.runs.get()
    assert run.status == FetchRun.Status.FAILED
    source.refresh_from_db()
    assert source.consecutive_failures == 1


def test_fetching_a_feed_says_which_new_items_to_fetch_and_reads_nothing_itself(feed_source):
    fetched = services.source_fetch(source=feed_source)

    assert fetched.summary == "2 found"
    assert [url.rsplit("/", 1)[1] for url in fetched.to_fetch] == ["one", "two"]
    assert fetched.to_read == []
    assert FetchRun.objects.get(pk=fetched.run.pk).status == FetchRun.Status.DONE
    assert not RawDocument.objects.exists()


def test_fetching_a_page_stores_it_once_and_asks_for_it_to_be_read_once(kp_data, httpserver, local_fetches):
    httpserver.expect_request("/page").respond_with_data(SEED.read_bytes(), content_type="text/plain")
    source = Source.objects.create(name="Page", kind="page", url=httpserver.url_for("/page"))

    first = services.source_fetch(source=source)
    document = RawDocument.objects.get()
    assert first.to_read == [document.pk]

    services.document_claim(document.pk)
    services.document_process(document)
    assert services.source_fetch(source=source).to_read == []  # read already
    assert RawDocument.objects.count() == 1
