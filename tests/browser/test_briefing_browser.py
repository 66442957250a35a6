"""The briefing and the scorecards in a real browser, and the briefing printed to PDF by Chromium.

The print check reads the PDF Chromium writes with tagging on: its structure tree says on which page
each piece of each table row was drawn, so a row cut across two pages is a row whose content is on
two pages (a repeated header row is the only exception, and is skipped).
"""

import io

import pytest
from pypdf import PdfReader

from plenaries.models import Plenary

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def latest_plenary_year() -> int:
    return Plenary.objects.year_end().filter(held=True).latest("sort_key").year


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_briefing_and_scorecards_render_cleanly_and_pass_axe(tab, kp_data, language):
    page = tab()
    for path in (
        f"/{language}/briefings/",
        f"/{language}/briefings/{latest_plenary_year()}/",
        f"/{language}/briefings/2019/",
        f"/{language}/participants/?sort=blocked",
        f"/{language}/participants/russian-federation/",
        f"/{language}/participants/united-arab-emirates/",
    ):
        page.open(path)
        assert page.axe_violations() == [], path
    page.screenshot(f"briefing-{language}")
    page.assert_clean()


def test_a_reader_follows_the_home_page_link_to_the_latest_briefing(tab, kp_data):
    page = tab()
    browser_page = page.open("/en/")
    browser_page.get_by_role("link", name=f"What was at stake at the {latest_plenary_year()} plenary").click()
    browser_page.wait_for_load_state()
    assert browser_page.url.endswith(f"/en/briefings/{latest_plenary_year()}/")
    assert browser_page.locator("h1").inner_text().startswith(f"{latest_plenary_year()} plenary")
    page.assert_clean()


def _kids(element) -> list:
    kids = element.get("/K")
    if kids is None:
        return []
    kids = kids.get_object()
    return list(kids) if isinstance(kids, list) else [kids]


def _pages_of(element, pages: dict, inherited=None) -> set[int]:
    """The pages on which a structure element's content was drawn."""
    element = element.get_object()
    if isinstance(element, int):  # a marked-content id, drawn on the page the element names
        return {inherited} if inherited is not None else set()
    page = element.get("/Pg")
    here = pages[page.idnum] if page is not None else inherited
    if element.get("/Type") == "/MCR":
        return {here}
    if element.get("/Type") == "/OBJR":  # an annotation (a link's clickable box), not drawn content
        return set()
    found: set[int] = set()
    for kid in _kids(element):
        found |= _pages_of(kid, pages, here)
    return found


def _elements(element, tags: str | tuple, parent_tag: str = "", found=None) -> list[tuple[object, str]]:
    """Every structure element with one of these tags, in document order, with its parent's tag."""
    found = [] if found is None else found
    element = element.get_object()
    if isinstance(element, int) or not hasattr(element, "get"):
        return found
    if element.get("/S") in tags:
        found.append((element, parent_tag))
    for kid in _kids(element):
        _elements(kid, tags, element.get("/S", ""), found)
    return found


def test_the_latest_briefing_prints_on_two_to_four_a4_pages_without_cutting_a_table_row(tab, kp_data, live_server):
    year = latest_plenary_year()
    page = tab()
    browser_page = page.open(f"/en/briefings/{year}/")
    pdf = PdfReader(io.BytesIO(browser_page.pdf(format="A4", tagged=True, print_background=True)))
    pages = {sheet.indirect_reference.idnum: number for number, sheet in enumerate(pdf.pages)}

    assert 2 <= len(pdf.pages) <= 4, f"{len(pdf.pages)} pages"
    for sheet in pdf.pages:  # A4 portrait, 210 × 297 mm: 595 × 842 points (Chromium rounds to whole pixels)
        assert abs(float(sheet.mediabox.width) - 595.3) < 1.5 and abs(float(sheet.mediabox.height) - 841.9) < 1.5

    tree = pdf.trailer["/Root"]["/StructTreeRoot"]
    rows = [row for row, parent in _elements(tree, ("/TR",)) if parent != "/THead"]
    assert len(rows) >= 20  # the reforms and the claims about them: the check has rows to look at
    cut = [number for number, row in enumerate(rows) if len(_pages_of(row, pages)) > 1]
    assert cut == [], f"table rows drawn across two pages: {cut}"

    # Page breaks fall between areas: each area (its heading, tables and excerpts) is on one page.
    areas: list[set[int]] = []
    for element, _parent in _elements(tree, ("/H2", "/Table", "/BlockQuote")):
        if element.get("/S") == "/H2":
            areas.append(set())
        areas[-1] |= _pages_of(element, pages)
    assert len(areas) >= 4  # what changed, then one per area
    assert [len(area) for area in areas] == [1] * len(areas), areas

    # The running footer on every page: the briefing's address and the data's date.
    address = f"{live_server.url}/en/briefings/{year}/"
    for number, sheet in enumerate(pdf.pages, start=1):
        text = sheet.extract_text()
        assert address in text, f"page {number} has no footer"
        assert "data as of" in text
        assert f"Page {number} / {len(pdf.pages)}" in text
    page.assert_clean()
