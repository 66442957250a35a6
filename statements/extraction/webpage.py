"""Web pages: main text through trafilatura (with a plain fallback for short pages), title and dates from metadata."""

import json
import re

import lxml.html
import trafilatura
from lxml import etree

from .decode import decode_bytes
from .errors import ExtractionError
from .normalise import normalise_text
from .records import ConvertedDocument

# Ordered by how reliably they carry the publication (not modification) date.
_DATE_META_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
)
_BOILERPLATE_XPATH = (
    "//script|//style|//noscript|//template|//svg|//canvas|//iframe|//object|//embed|//nav|//header|//footer"
    "|//aside|//form|//button|//select|//*[@role='navigation' or @role='banner' or @role='contentinfo'"
    " or @role='complementary' or @role='search' or @aria-hidden='true' or @hidden]"
)
_BOILERPLATE_HINT = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|cookies?|banner|footer|sidebar|share|sharing|social"
    r"|newsletter|subscribe|related|skip-link|popup|modal)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BLOCK_TAGS = (
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table",
    "tr", "blockquote", "pre", "dd", "dt", "dl", "figure", "figcaption", "address", "hr", "td", "th",
)  # fmt: skip
_XML_INCOMPATIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|::|»|·)\s+")
# Below this, trafilatura's output is more likely a fragment than the article.
_SHORT_PAGE_CHARS = 250


def html_to_document(data: bytes, *, content_type: str = "", url: str = "") -> ConvertedDocument:
    markup = decode_bytes(data, content_type)
    # lxml refuses str input that still carries an XML encoding declaration, or holds control characters.
    markup = _XML_INCOMPATIBLE.sub("", re.sub(r"^\s*<\?xml[^>]*\?>", "", markup))
    try:
        tree = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError("The web page could not be read: it contains no HTML content.") from exc
    meta = _meta_values(tree)
    site_name = meta.get("og:site_name", "")
    title = _title(tree, meta, site_name)
    dates = _metadata_dates(tree, meta)

    main_text = trafilatura.extract(
        markup,
        url=url or None,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        with_metadata=False,
    )
    main_text = normalise_text((main_text or "").replace("\n", "\n\n"))
    if len(main_text) < _SHORT_PAGE_CHARS:
        fallback = _visible_text(tree)
        if len(fallback) > len(main_text):
            main_text = fallback
    if not main_text:
        raise ExtractionError("The web page contains no readable text.")
    return ConvertedDocument(text=main_text, title=title, dates_before_text=dates, site_name=site_name)


def _meta_values(tree) -> dict[str, str]:
    values: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        content = (element.get("content") or "").strip()
        if key and content:
            values.setdefault(key, content)
    return values


def _title(tree, meta: dict[str, str], site_name: str) -> str:
    if og_title := _clean(meta.get("og:title", "")):
        return og_title
    headings = [_clean(h.text_content()) for h in tree.iter("h1")]
    headings = [h for h in headings if h]
    title_element = tree.find(".//title")
    page_title = _clean(title_element.text_content()) if title_element is not None else ""
    if page_title:
        if headings and headings[0].casefold() in page_title.casefold():
            return headings[0]
        return _strip_site_name(page_title, site_name)
    return headings[0] if headings else ""


def _strip_site_name(title: str, site_name: str) -> str:
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if site_name:
        kept = [part for part in parts if part.casefold() != site_name.casefold()]
        if kept and len(kept) < len(parts):
            return " – ".join(kept)
    # "Headline | Site" or "Site | Headline": drop a short end segment, which is nearly always the site's name.
    if len(parts[-1].split()) <= 4 and len(" ".join(parts[:-1])) > len(parts[-1]):
        return " – ".join(parts[:-1])
    if len(parts[0].split()) <= 4 and len(" ".join(parts[1:])) > len(parts[0]):
        return " – ".join(parts[1:])
    return title


def _metadata_dates(tree, meta: dict[str, str]) -> list[tuple[str, str]]:
    found = [(meta[key], f"html meta {key}") for key in _DATE_META_KEYS if key in meta]
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            payload = json.loads(script.text_content() or "null")
        except ValueError:
            continue
        if value := _json_ld_date(payload):
            found.append((value, "html json-ld datePublished"))
    for element in tree.xpath("//*[not(self::meta)][@itemprop='datePublished'][@content or @datetime]"):
        found.append((element.get("content") or element.get("datetime"), "html itemprop datePublished"))
        break
    times = [element for element in tree.xpath("//time[@datetime]") if not _marks_an_update(element)]
    for element in sorted(times, key=lambda element: not _marks_publication(element))[:1]:
        found.append((element.get("datetime"), "html <time datetime>"))
    return found


# <time class="updated">, <time itemprop="dateModified">: a later edit. <time class="published">, <time pubdate>:
# the day it came out, wherever it stands among the page's <time> elements.
_UPDATE_HINT = re.compile(r"updated|modified|revised", re.IGNORECASE)
_PUBLICATION_HINT = re.compile(r"published|publication|pubdate|datePublished|entry-date|post-date", re.IGNORECASE)


def _time_hints(element) -> str:
    return " ".join(element.get(name, "") for name in ("class", "itemprop", "id"))


def _marks_an_update(element) -> bool:
    hints = _time_hints(element)
    return bool(_UPDATE_HINT.search(hints)) and not _PUBLICATION_HINT.search(hints)


def _marks_publication(element) -> bool:
    return element.get("pubdate") is not None or bool(_PUBLICATION_HINT.search(_time_hints(element)))


def _json_ld_date(payload) -> str:
    if isinstance(payload, dict):
        if isinstance(payload.get("datePublished"), str):
            return payload["datePublished"]
        payload = list(payload.values())
    if isinstance(payload, list):
        for item in payload:
            if value := _json_ld_date(item):
                return value
    return ""


def _visible_text(tree) -> str:
    """Body text without scripts, styles and navigation, keeping block elements as paragraphs."""
    body = tree.find("body")
    if body is None:
        body = tree
    for element in body.xpath(_BOILERPLATE_XPATH):
        element.drop_tree()
    for element in list(body.iter()):
        if not isinstance(element.tag, str) or element.tag in ("body", "main", "article"):
            continue
        hint = f"{element.get('class', '')} {element.get('id', '')}"
        if hint.strip() and _BOILERPLATE_HINT.search(hint) and element.getparent() is not None:
            element.drop_tree()
    for element in body.iter(*_BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
        element.text = "\n\n" + (element.text or "")
    for element in body.iter("br"):
        element.tail = "\n" + (element.tail or "")
    return normalise_text(body.text_content())


def _clean(value: str) -> str:
    return " ".join(value.split())
