"""An address is never shown: not on a page, not in a feed, the API or the data package; admin masks it."""

import io
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from alerts.models import Subscriber, masked
from tests.alerts.conftest import follow

pytestmark = pytest.mark.django_db

ADDRESS = "private.person@ngo.example"


@pytest.fixture
def followed(client, record):
    follow(client, ADDRESS, "reform", record["proposal"].slug)
    follow(client, ADDRESS, "area", "scope")
    follow(client, ADDRESS, "participant", "chair-state")
    return record


def public_urls(record):
    proposal = record["proposal"]
    return [
        "/en/",
        proposal.get_absolute_url(),
        "/en/timeline/?area=scope",
        "/en/participants/",
        record["chair"].get_absolute_url(),
        f"/en/feeds/reforms/{proposal.slug}/",
        "/en/feeds/areas/scope/",
        "/en/feeds/participants/chair-state/",
        "/en/feeds/outcomes/",
        "/en/feeds/statements/",
        "/api/v1/",
        "/api/v1/reforms/",
        "/api/v1/participants/",
        "/api/v1/statements/",
        "/api/v1/reforms/?format=csv",
    ]


def test_no_public_page_feed_or_api_response_carries_an_address(client, followed):
    for url in public_urls(followed):
        response = client.get(url)
        assert response.status_code == 200, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert ADDRESS.encode() not in body, url
        assert b"ngo.example" not in body, url


def test_the_data_package_carries_no_address(client, followed):
    response = client.get("/api/v1/datapackage.zip")
    archive = zipfile.ZipFile(
        io.BytesIO(b"".join(response.streaming_content) if response.streaming else response.content)
    )

    for name in archive.namelist():
        assert b"ngo.example" not in archive.read(name), name
    assert not any("subscri" in name or "alert" in name for name in archive.namelist())


def test_admin_shows_a_masked_address_and_counts_only(client, followed):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "a-long-password-1")
    client.force_login(admin)

    for url in [
        "/admin/alerts/subscriber/",
        "/admin/alerts/subscription/",
        f"/admin/alerts/subscriber/{Subscriber.objects.get().pk}/change/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert ADDRESS.encode() not in response.content, url
        assert masked(ADDRESS).encode() in response.content, url
    assert masked(ADDRESS) == "p…@n….example"
    listing = client.get("/admin/alerts/subscriber/").content.decode()
    assert ">3<" in listing  # its three confirmed subscriptions


def test_unsubscribing_deletes_the_address_row_itself(client, followed, mailoutbox):
    key = Subscriber.objects.get().key

    page = client.get(f"/en/alerts/unsubscribe/{key}/")
    assert page.status_code == 200 and Subscriber.objects.exists()  # opening the link changes nothing
    client.post(f"/en/alerts/unsubscribe/{key}/")

    assert not Subscriber.objects.filter(email=ADDRESS).exists()
    assert client.get(f"/en/alerts/unsubscribe/{key}/").status_code == 404
    assert client.post(f"/en/alerts/unsubscribe/{key}/").status_code == 200  # a second click is no error


def test_the_dataset_export_carries_no_address(followed, tmp_path):
    call_command("export_kp_dataset", str(tmp_path / "kp_dataset.json"), stdout=io.StringIO())

    written = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert written
    assert not any(b"ngo.example" in path.read_bytes() for path in written)
