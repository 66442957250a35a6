"""The Atom feeds per reform, area and participant: valid Atom, the expected entries, public caching."""

import xml.etree.ElementTree as ET

import feedparser
import pytest

from reforms.models import Decision
from tests.alerts.conftest import build_record
from tests.factories import OutcomeFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def atom(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own feed
    assert root.tag == f"{ATOM}feed"
    return response, root


def entries(root):
    return [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "id": entry.findtext(f"{ATOM}id"),
            "link": entry.find(f"{ATOM}link").get("href"),
            "updated": entry.findtext(f"{ATOM}updated"),
            "published": entry.findtext(f"{ATOM}published"),
        }
        for entry in root.findall(f"{ATOM}entry")
    ]


def test_a_reform_feed_lists_its_outcomes_claims_statements_and_stall(client, record):
    proposal = record["proposal"]
    response, root = atom(client, f"/en/feeds/reforms/{proposal.slug}/")

    found = entries(root)
    titles = [entry["title"] for entry in found]
    assert root.findtext(f"{ATOM}title") == f"KP Reform Tracker: {proposal.title}"
    assert f"Now stalled: {proposal.title}" in titles
    assert any(title.endswith(f"Deferred — {proposal.title}") for title in titles)
    assert any("Blocked consensus" in title for title in titles)
    assert "Civil Society Coalition: Still no definition 0" in titles
    # Every entry has the elements Atom requires, and its own permanent id.
    for entry in found:
        assert entry["title"] and entry["updated"] and entry["link"].startswith("http://testserver/en/")
        assert entry["id"].startswith("urn:uuid:")
    assert len({entry["id"] for entry in found}) == len(found)
    assert response["Cache-Control"].startswith("public") and response["ETag"]


def test_feed_readers_parse_them_without_complaint(client, record):
    for url in [
        f"/en/feeds/reforms/{record['proposal'].slug}/",
        "/en/feeds/areas/scope/",
        "/en/feeds/participants/chair-state/",
    ]:
        parsed = feedparser.parse(client.get(url).content)
        assert not parsed.bozo, (url, parsed.get("bozo_exception"))
        assert parsed.version == "atom10"
        assert parsed.feed.author == "KP Reform Tracker"
        assert all(entry.id and entry.title and entry.updated for entry in parsed.entries)

    area = feedparser.parse(client.get("/en/feeds/areas/scope/").content)
    assert area.feed.link == "http://testserver/en/timeline/?area=scope"
    assert len(area.entries) == 4  # outcome, claim, statement, stall of the one line


def test_an_area_feed_follows_every_reform_of_the_area(client, db):
    world = build_record(size=3)
    _response, root = atom(client, "/en/feeds/areas/scope/")

    stalls = [entry for entry in entries(root) if entry["title"].startswith("Now stalled")]
    assert len(stalls) == len(world["lines"]) == 3


def test_a_participant_feed_lists_claims_about_it_and_its_status_events(client, record):
    proposal = record["proposal"]
    OutcomeFactory(proposal=proposal, plenary=record["meetings"][2], decision=Decision.ADOPTED)
    _response, root = atom(client, "/en/feeds/participants/chair-state/")

    titles = [entry["title"] for entry in entries(root)]
    assert any(title.startswith("2019") and "Chair State — Blocked consensus" in title for title in titles)
    assert any(title.startswith("Chair State: Suspended") for title in titles)
    assert any(title.endswith(f"Adopted — {proposal.title}") for title in titles)
    assert not any(title.startswith("Civil Society Coalition") for title in titles)  # statements are not about it


def test_feeds_come_in_the_language_of_their_address(client, record):
    _response, root = atom(client, f"/fr/feeds/reforms/{record['proposal'].slug}/")

    titles = [entry["title"] for entry in entries(root)]
    assert f"Désormais bloquée : {record['proposal'].title}" in titles
    assert all(entry["link"].startswith("http://testserver/fr/") for entry in entries(root))


def test_a_feed_for_nothing_is_not_found(client, record):
    assert client.get("/en/feeds/reforms/no-such-reform/").status_code == 404
    assert client.get("/en/feeds/participants/nobody/").status_code == 404
