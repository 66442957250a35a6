"""RSS and Atom feeds: the items to fetch, capped before the expensive parse."""

import html
import io
import logging
import re
from datetime import date
from urllib.parse import urljoin

import feedparser
import nh3
from lxml import etree

from .errors import ExtractionError
from .formats import looks_like_html
from .records import FeedItem

log = logging.getLogger(__name__)
_ITEM_NAMES = {"item", "entry"}
_FEED_LINK = re.compile(
    rb"<link\b(?=[^>]*\btype=[\"']application/(?:rss|atom)\+xml[\"'])[^>]*\bhref=[\"']([^\"']+)[\"']", re.IGNORECASE
)


def parse_feed(data: bytes, *, url: str = "", max_items: int = 10000) -> list[FeedItem]:
    """The feed's items that have a link, in feed order, at most max_items of them."""
    if max_items < 1:
        raise ValueError("max_items must be at least 1")
    if not data.strip():
        raise ExtractionError("The feed is empty.")
    if looks_like_html(data):
        raise ExtractionError(_web_page_message(data, url))
    data = _cap_items(data, max_items)
    parsed = feedparser.parse(
        io.BytesIO(data),
        sanitize_html=False,
        resolve_relative_uris=False,
        response_headers={"content-location": url} if url else None,
    )
    problem = _describe_problem(parsed.get("bozo_exception")) if parsed.bozo else ""
    if not parsed.version and not parsed.entries:
        if problem:
            raise ExtractionError(f"The feed could not be read: {problem}. It is not a valid RSS or Atom feed.")
        raise ExtractionError("This is not an RSS or Atom feed (it may be an ordinary web page).")
    base = url or parsed.feed.get("link", "")
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in parsed.entries[:max_items]:
        link = (entry.get("link") or "").strip()
        if not link and str(entry.get("id", "")).startswith(("http://", "https://")):
            link = entry["id"]
        if not link:
            continue
        link = urljoin(base, link)
        if link in seen:
            continue
        seen.add(link)
        items.append(
            FeedItem(
                url=link,
                title=_plain(entry.get("title", "")),
                published_on=_entry_date(entry),
                summary=_plain(entry.get("summary", "")),
            )
        )
    if problem and not items:
        raise ExtractionError(f"The feed is malformed ({problem}) and no items could be read from it.")
    if problem:
        # Feed readers tolerate small mistakes such as an undefined &nbsp; entity; so do we.
        log.info("feed %s read despite an error: %s", url, problem)
    return items


def _web_page_message(data: bytes, url: str) -> str:
    message = "This is a web page, not an RSS or Atom feed."
    if match := _FEED_LINK.search(data[:65536]):
        feed_url = urljoin(url, html.unescape(match.group(1).decode("utf-8", errors="replace")))
        message += f" The page announces a feed at {feed_url}"
    return message


def _cap_items(data: bytes, max_items: int) -> bytes:
    """Drop items beyond max_items with lxml (fast) so feedparser (slow per element) only sees what we keep."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return data  # feedparser's lenient parser gets the original
    items = [
        element
        for element in root.iter()
        if isinstance(element.tag, str) and etree.QName(element).localname in _ITEM_NAMES
    ]
    if len(items) <= max_items:
        return data
    for element in items[max_items:]:
        element.getparent().remove(element)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def _describe_problem(exception: Exception | None) -> str:
    if exception is None:
        return "unknown error"
    message = exception.getMessage() if hasattr(exception, "getMessage") else str(exception)
    line = exception.getLineNumber() if hasattr(exception, "getLineNumber") else None
    return f"{message} at line {line}" if line else message


def _entry_date(entry) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except ValueError:
        return None


def _plain(value: str) -> str:
    return " ".join(html.unescape(nh3.clean(value or "", tags=set())).split())
