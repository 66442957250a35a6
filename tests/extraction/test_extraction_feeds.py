"""RSS and Atom feeds: items, dates and summaries; malformed and oversized feeds."""

from datetime import date

import pytest

from statements.extraction import ExtractionError, FeedItem, parse_feed


def _rss(count: int) -> bytes:
    items = "".join(
        f"<item><title>Item {number}</title><link>https://example.org/news/{number}</link>"
        f"<pubDate>Fri, 22 Nov 2019 10:00:00 GMT</pubDate><description>Summary {number}</description></item>"
        for number in range(count)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>{items}</channel></rss>'.encode()


def test_rss_feed_items_have_absolute_links_dates_and_plain_summaries(read_document):
    items = parse_feed(read_document("kp-news.rss.xml"), url="https://www.kimberleyprocess.example/en/rss")
    assert items == [
        FeedItem(
            url="https://www.kimberleyprocess.example/en/2019-plenary-communique",
            title="Final communiqué of the 2019 Kimberley Process Plenary in New Delhi",
            published_on=date(2019, 11, 22),
            summary="The Kimberley Process Plenary concluded in New Delhi & adopted its communiqué.",
        ),
        FeedItem(
            url="https://www.kimberleyprocess.example/en/2019-intersessional",
            title="KP intersessional meeting opens in Mumbai",
            published_on=date(2019, 6, 17),
            summary="Participants gather in Mumbai for the intersessional meeting.",
        ),
    ]


def test_atom_feed_entries_use_published_then_updated_and_strip_html(read_document):
    items = parse_feed(read_document("ipis-news.atom.xml"))
    assert [item.url for item in items] == [
        "https://ipisresearch.example/news/kp-peer-review",
        "https://ipisresearch.example/news/map-update",
    ]
    assert items[0].title == "Kimberley Process agrees on stronger peer review visits"
    assert [item.published_on for item in items] == [date(2022, 11, 11), date(2022, 10, 3)]
    assert items[1].summary == "New data on artisanal mining sites."


def test_a_malformed_feed_is_refused_with_a_clear_message(read_document):
    with pytest.raises(ExtractionError, match=r"could not be read|malformed"):
        parse_feed(read_document("broken-feed.xml"))


def test_a_web_page_is_not_a_feed(read_document):
    with pytest.raises(ExtractionError, match="This is a web page, not an RSS or Atom feed"):
        parse_feed(read_document("ipis-peer-review-web-page.html"))


def test_a_web_page_announcing_its_feed_says_where_the_feed_is():
    page = (
        b'<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>'
    )
    with pytest.raises(ExtractionError, match=r"announces a feed at https://example\.org/feed\.xml"):
        parse_feed(page, url="https://example.org/news/")


def test_text_that_is_not_xml_is_not_a_feed():
    with pytest.raises(ExtractionError, match=r"not a valid RSS or Atom feed|not an RSS or Atom feed"):
        parse_feed(b"this is not a feed at all")


def test_an_empty_feed_is_refused():
    with pytest.raises(ExtractionError, match="empty"):
        parse_feed(b"  \n")


def test_a_feed_with_a_stray_entity_is_still_read():
    data = (
        b'<rss version="2.0"><channel><item><title>A&nbsp;B</title><link>https://e.org/a</link></item></channel></rss>'
    )
    assert [item.url for item in parse_feed(data)] == ["https://e.org/a"]


def test_a_valid_feed_without_items_gives_no_items():
    assert parse_feed(b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>') == []


def test_a_feed_with_10000_items_is_capped_to_the_first_ones():
    items = parse_feed(_rss(10_000), max_items=100)
    assert len(items) == 100
    assert items[0].url == "https://example.org/news/0" and items[-1].url == "https://example.org/news/99"


def test_the_default_cap_keeps_at_most_10000_items():
    items = parse_feed(_rss(10_050))
    assert len(items) == 10_000
    assert items[-1].url == "https://example.org/news/9999"
