"""Real Chromium (Debian's package) driven by Playwright against pytest-django's live server."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import require_service
from tests.dataset_copy import shipped_dataset

CHROMIUM = Path(os.environ.get("KP_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"

# Playwright's sync API keeps an event loop running in this thread; the ORM calls the
# tests make between page loads are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    require_service("Chromium", CHROMIUM.exists(), f"{CHROMIUM} is missing (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Tab:
    """A page that records console errors and every host it talks to."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.errors: list[str] = []
        self.hosts: set[str] = set()
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("request", lambda request: self.hosts.add(urlsplit(request.url).netloc))

    def open(self, path):
        response = self.page.goto(self.base_url + path)
        assert response.status == 200, f"{path} answered {response.status}"
        return self.page

    def screenshot(self, name):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    def axe_violations(self) -> list[str]:
        """Serious and critical axe-core violations on the current page."""
        # Evaluated by the browser's devtools protocol: a <script> tag added to the page would be
        # inline script, which the site's Content-Security-Policy refuses.
        self.page.evaluate(AXE.read_text(encoding="utf-8"))
        result = self.page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        return [
            f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    def assert_clean(self):
        assert self.errors == [], self.errors
        outside = {host for host in self.hosts if host and host != urlsplit(self.base_url).netloc}
        assert outside == set(), f"requests left the site: {outside}"


@pytest.fixture
def tab(browser, live_server):
    def open_tab(width=1440, locale="en-GB"):
        context = browser.new_context(viewport={"width": width, "height": 900}, locale=locale)
        opened.append(context)
        return Tab(context.new_page(), live_server.url)

    opened = []
    yield open_tab
    for context in opened:
        context.close()


@pytest.fixture
def kp_data(transactional_db):
    """The shipped KP dataset, committed for the live server (copied after the process's first load)."""
    shipped_dataset()
