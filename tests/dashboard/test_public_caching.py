"""Public pages are the same for every visitor, so any browser, proxy or CDN may keep them."""

import gzip
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone
from django.utils.http import http_date

from common.cache import data_version
from tests.dashboard.conftest import build_world

pytestmark = pytest.mark.django_db

PUBLIC = ["/en/", "/fr/timeline/", "/en/plenaries/2012/", "/en/statements/", "/en/feeds/outcomes/", "/en/methodology/"]


@pytest.fixture
def world(db, commit):
    built = build_world(1)
    commit()
    return built


@pytest.mark.parametrize("url", PUBLIC)
def test_a_public_page_sets_no_cookie_and_may_be_kept_by_any_cache(client, world, url, settings):
    response = client.get(url)

    assert response.status_code == 200
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
    assert "csrfmiddlewaretoken" not in response.content.decode()
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {
        "public",
        f"max-age={settings.KP_PUBLIC_MAX_AGE}",
        f"stale-while-revalidate={settings.KP_PUBLIC_STALE_SECONDS}",
    } <= cache_control
    assert response["ETag"].startswith('W/"')
    assert response["Last-Modified"] == http_date(data_version().timestamp)


@pytest.mark.parametrize("url", PUBLIC)
def test_a_current_copy_gets_304_without_a_query(client, world, url, django_assert_num_queries):
    first = client.get(url)

    with django_assert_num_queries(0):
        by_etag = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
        by_date = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert (by_etag.status_code, by_date.status_code) == (304, 304)
    assert by_etag.content == b""
    assert "public" in by_etag["Cache-Control"]


def test_english_and_french_pages_have_their_own_validators(client, world):
    assert client.get("/en/timeline/")["ETag"] != client.get("/fr/timeline/")["ETag"]


def test_a_page_rendered_between_a_save_and_its_commit_is_not_kept_under_the_new_version(client, world, commit):
    area = world["lines"][0].area
    before = data_version()
    client.get("/en/timeline/")

    area.name = "Renamed area"
    area.save()
    # Not committed yet: the version has not moved, so whatever is rendered now is kept under the
    # old version, which no request asks for once the commit moves it on.
    assert data_version() == before
    stale = client.get("/en/timeline/", HTTP_IF_NONE_MATCH=client.get("/en/timeline/")["ETag"])
    assert stale.status_code == 304

    commit()

    after = client.get("/en/timeline/")
    assert data_version().number != before.number
    assert after.status_code == 200
    assert "Renamed area" in after.content.decode()


def test_a_write_that_rolls_back_leaves_the_version_alone(world):
    from django.db import transaction

    before = data_version()
    with pytest.raises(RuntimeError), transaction.atomic():
        world["lines"][0].area.save()
        raise RuntimeError("the editor's transaction fails")

    assert data_version() == before


def test_sign_in_keeps_its_session_and_csrf_token(client, world):
    response = client.get("/admin/login/")

    assert "csrftoken" in response.cookies
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]


def test_a_page_is_cached_gzipped_for_clients_that_accept_it(client, world, django_assert_num_queries):
    plain = client.get("/en/timeline/")
    compressed = client.get("/en/timeline/", HTTP_ACCEPT_ENCODING="gzip")
    with django_assert_num_queries(0):  # the compressed copy is kept too, not compressed again
        again = client.get("/en/timeline/", HTTP_ACCEPT_ENCODING="gzip")

    assert "Content-Encoding" not in plain
    assert compressed["Content-Encoding"] == again["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    assert gzip.decompress(again.content) == plain.content
    assert len(again.content) < len(plain.content) / 3


def test_a_page_from_the_page_cache_carries_the_clients_max_age_and_no_age(client, world, settings):
    settings.KP_PUBLIC_MAX_AGE = 3600  # longer than Django keeps the page itself
    client.get("/en/timeline/")

    hit = client.get("/en/timeline/")

    assert "max-age=3600" in hit["Cache-Control"]
    assert "Age" not in hit  # how old Django's copy is says nothing of the data: the ETag does


def test_a_setting_the_pages_show_is_part_of_their_etag(client, world, settings):
    before = client.get("/en/timeline/")["ETag"]
    settings.KP_STALL_THRESHOLD = 3

    after = client.get("/en/timeline/", HTTP_IF_NONE_MATCH=before)

    assert after.status_code == 200
    assert after["ETag"] != before


@pytest.mark.parametrize(
    ("url", "daily"), [("/en/", True), ("/en/briefings/", True), ("/en/timeline/", True), ("/en/statements/", False)]
)
def test_only_a_page_that_counts_from_today_is_rendered_anew_the_next_day(client, world, url, daily):
    today = client.get(url)["ETag"]

    with time_machine.travel(timezone.now() + timedelta(days=1)):
        tomorrow = client.get(url, HTTP_IF_NONE_MATCH=today)

    assert tomorrow.status_code == (200 if daily else 304)


def test_a_statement_waiting_for_review_changes_nothing_the_public_sees(world, commit):
    from statements.models import ReviewStatus
    from statements.services import statements_review
    from tests.factories import StatementFactory

    before = data_version()
    pending = StatementFactory(review_status=ReviewStatus.PENDING, organisation=None)
    pending.title = "Corrected while waiting"
    pending.save()
    commit()
    assert data_version() == before

    statements_review(statements=type(pending).objects.filter(pk=pending.pk), review_status=ReviewStatus.PUBLISHED)
    commit()
    published = data_version()
    assert published.number != before.number

    pending.refresh_from_db()
    statements_review(statements=type(pending).objects.filter(pk=pending.pk), review_status=ReviewStatus.REJECTED)
    commit()
    assert data_version().number != published.number  # taking it down is a change too


def test_the_redirect_by_language_is_kept_by_the_visitors_browser_only(client, world):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 302
    assert response["Location"] == "/fr/"
    assert "private" in response["Cache-Control"]


def test_two_edits_in_one_second_are_two_moments(world, commit):
    world["lines"][0].area.save()
    commit()
    first = data_version()
    world["lines"][0].area.save()
    commit()

    assert data_version().timestamp > first.timestamp


def test_without_a_shared_cache_each_process_looks_at_the_database_for_the_version(settings):
    # make run (no Redis): another process's write must show within seconds.
    assert settings.KP_DATA_VERSION_SECONDS is None or settings.KP_DATA_VERSION_SECONDS <= 5
