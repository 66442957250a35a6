"""ETag / Last-Modified on every GET, and 304 Not Modified when the client's copy is current."""

import pytest
from django.utils.http import http_date

pytestmark = pytest.mark.django_db

URLS = [
    "/api/v1/",
    "/api/v1/reforms/",
    "/api/v1/reforms/definition-2017/",
    "/api/v1/statements/?area=scope",
    "/api/v1/participants/canada/",
    "/api/v1/datapackage.zip",
]


@pytest.mark.parametrize("url", URLS)
def test_get_sends_validators_and_a_matching_etag_gets_a_304(api_client, world, url):
    first = api_client.get(url)
    assert first.status_code == 200
    assert first["ETag"].startswith('"')
    assert first["Last-Modified"]

    again = api_client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]


def test_a_change_gives_a_new_etag_and_a_full_response(api_client, world, commit):
    etag = api_client.get("/api/v1/reforms/")["ETag"]
    world.secretariat_proposal.title = "A permanent secretariat (renamed)"
    world.secretariat_proposal.save()
    commit()

    response = api_client.get("/api/v1/reforms/", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert response["ETag"] != etag


def test_etag_depends_on_the_query(api_client, world):
    assert api_client.get("/api/v1/reforms/?status=stalled")["ETag"] != api_client.get("/api/v1/reforms/")["ETag"]


def test_if_modified_since_the_last_edit_gets_a_304(api_client, world):
    last_modified = api_client.get("/api/v1/outcomes/")["Last-Modified"]

    assert api_client.get("/api/v1/outcomes/", HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    assert api_client.get("/api/v1/outcomes/", HTTP_IF_MODIFIED_SINCE=http_date(0)).status_code == 200


def test_head_gets_the_same_validators(api_client, world):
    get = api_client.get("/api/v1/plenaries/")
    head = api_client.head("/api/v1/plenaries/")

    assert head.status_code == 200
    assert head["ETag"] == get["ETag"]


def test_csv_download_carries_last_modified(api_client, world):
    response = api_client.get("/api/v1/reforms/?format=csv")
    assert response["Last-Modified"]

    again = api_client.get("/api/v1/reforms/?format=csv", HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
    assert again.status_code == 304


def test_errors_carry_no_validators(api_client, world):
    response = api_client.get("/api/v1/reforms/?status=bogus")

    assert response.status_code == 400
    assert not response.has_header("ETag")


def test_an_edit_is_visible_at_once_despite_the_response_cache(api_client, world, commit):
    before = api_client.get("/api/v1/reform-areas/").json()["results"][0]["name"]
    world.scope.name = "Scope of the definition"
    world.scope.save()
    commit()

    after = api_client.get("/api/v1/reform-areas/").json()["results"][0]["name"]

    assert (before, after) == ("Scope", "Scope of the definition")


def test_publishing_in_bulk_gives_a_new_etag_and_is_visible_at_once(api_client, world, commit):
    from common.cache import data_version
    from statements.models import ReviewStatus, Statement
    from statements.services import statements_review

    first = api_client.get("/api/v1/statements/")
    assert first.json()["count"] == 3
    version = data_version()
    # What admin's "publish" action does: each statement saved, then one new version on commit.
    statements_review(
        statements=Statement.objects.filter(pk=world.draft_statement.pk), review_status=ReviewStatus.PUBLISHED
    )
    commit()

    assert data_version().number > version.number
    again = api_client.get("/api/v1/statements/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert again.json()["count"] == 4


def test_rejecting_a_published_statement_is_visible_at_once(api_client, world, commit):
    from statements.models import ReviewStatus, Statement
    from statements.services import statements_review

    assert api_client.get("/api/v1/statements/").json()["count"] == 3
    statements_review(
        statements=Statement.objects.filter(pk=world.statements[0].pk), review_status=ReviewStatus.REJECTED
    )
    commit()

    assert api_client.get("/api/v1/statements/").json()["count"] == 2


def test_a_new_mention_is_visible_at_once(api_client, world, commit):
    url = f"/api/v1/statements/{world.statements[2].pk}/"
    assert api_client.get(url).json()["reform_areas"] == []
    world.statements[2].reform_areas.add(world.scope)
    commit()

    assert api_client.get(url).json()["reform_areas"] == ["scope"]


def test_response_cache_can_be_turned_off(api_client, world, settings, django_assert_num_queries):
    settings.KP_API_CACHE_SECONDS = 0
    api_client.get("/api/v1/reform-areas/")

    # Count, keys, rows: the page is built again.
    with django_assert_num_queries(3):
        api_client.get("/api/v1/reform-areas/")


def test_an_uncommitted_write_leaves_the_version_alone(api_client, world):
    from common.cache import data_version

    version = data_version()
    world.scope.name = "Renamed inside a transaction that has not committed"
    world.scope.save()

    # The test's transaction never commits: nothing a reader could see has changed yet.
    assert data_version() == version


def test_the_api_speaks_one_language_so_every_partner_gets_the_same_body_and_etag(api_client, world):
    english = api_client.get("/api/v1/reforms/definition-2019/", HTTP_ACCEPT_LANGUAGE="en")
    french = api_client.get("/api/v1/reforms/definition-2019/", HTTP_ACCEPT_LANGUAGE="fr")

    assert english.json()["url"] == french.json()["url"]
    assert "/en/reforms/definition-2019/" in english.json()["url"]
    assert english["ETag"] == french["ETag"]


def test_api_reads_may_be_kept_by_the_client_but_not_by_shared_caches(api_client, world):
    response = api_client.get("/api/v1/reforms/")

    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-cache"} <= cache_control
    again = api_client.get("/api/v1/reforms/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert "private" in again["Cache-Control"]
