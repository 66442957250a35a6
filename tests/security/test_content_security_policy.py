"""A Content-Security-Policy on every page: strict on public pages (no inline script or style at all),
what third-party templates need in the admin, and what Swagger UI needs on the API docs."""

import base64
import hashlib
import re
from html.parser import HTMLParser

import pytest
from django.conf import settings

from tests.dashboard.conftest import build_world

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "/en/",
    "/fr/",
    "/en/timeline/",
    "/en/timeline/?status=stalled",
    "/en/plenaries/",
    "/en/plenaries/2012/",
    "/en/participants/",
    "/en/participants/chair-state/",
    "/en/statements/",
    "/en/methodology/",
    "/en/no-such-page/",
]


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in header.split(";"))}


class InlineCode(HTMLParser):
    """Everything a strict policy would block: inline scripts, <style>, style="" and on…="" attributes."""

    def __init__(self):
        super().__init__()
        self.found = []
        self._open_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "style":
            self.found.append("<style>")
        self._open_script = tag == "script" and "src" not in attrs and attrs.get("type") != "application/json"
        self.found += [f"<{tag} {name}=…>" for name in attrs if name == "style" or name.startswith("on")]

    def handle_data(self, data):
        if self._open_script and data.strip():
            self.found.append(f"<script>{data.strip()[:40]}")

    def handle_endtag(self, tag):
        self._open_script = False


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


@pytest.fixture
def world(db):
    return build_world(1)


def test_public_pages_allow_only_this_sites_files(client, world):
    for path in PUBLIC_PAGES:
        csp = policy(client.get(path))
        assert csp["default-src"] == ["'none'"], path
        assert csp["script-src"] == ["'self'"], path
        assert csp["style-src"] == ["'self'"], path
        assert csp["img-src"] == ["'self'", "blob:"], path  # blob: the timeline's PNG download
        assert csp["connect-src"] == ["'self'"], path
        assert csp["frame-ancestors"] == ["'none'"], path
        assert csp["base-uri"] == ["'none'"], path
        assert csp["form-action"] == ["'self'"], path


def test_public_pages_carry_no_inline_script_or_style(client, world):
    for path in [*PUBLIC_PAGES, world["lines"][0].get_absolute_url()]:
        response = client.get(path)
        assert inline_code(response.content.decode()) == [], path


def test_the_csv_and_svg_downloads_have_the_strict_policy_too(client, world):
    for path in ("/en/timeline/export.csv", "/en/timeline/export.svg", "/en/feeds/outcomes/"):
        csp = policy(client.get(path))
        assert csp["script-src"] == ["'self'"], path
        assert csp["style-src"] == ["'self'"], path
    # The SVG styles its text with its own <style>: it is a download (or, for the PNG button, an image
    # drawn from a blob), never a document the browser shows under this policy.
    assert client.get("/en/timeline/export.svg")["Content-Disposition"].startswith("attachment;")


def test_the_admin_keeps_scripts_to_files_and_allows_inline_style(client, world, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chief", password="x"))
    for path in ("/admin/login/", "/admin/", "/admin/reforms/outcome/", "/admin/reforms/outcome/export/"):
        csp = policy(client.get(path))
        assert "'unsafe-inline'" not in csp["script-src"], path
        assert csp["script-src"][0] == "'self'", path
        assert csp["style-src"] == ["'self'", "'unsafe-inline'"], path
        assert csp["frame-ancestors"] == ["'none'"], path


def test_the_one_inline_handler_the_admin_allows_is_the_one_import_export_renders(client, world, django_user_model):
    # If django-import-export changes its export page, this says which hash KP_CSP_ADMIN needs.
    client.force_login(django_user_model.objects.create_superuser("chief", password="x"))
    response = client.get("/admin/reforms/outcome/export/")
    handlers = re.findall(r'\son[a-z]+="([^"]*)"', response.content.decode())
    hashes = {f"'sha256-{base64.b64encode(hashlib.sha256(h.encode()).digest()).decode()}'" for h in handlers}

    assert hashes == set(policy(response)["script-src"]) - {"'self'", "'unsafe-hashes'"}
    assert settings.KP_CSP_ADMIN["script-src"][1] in hashes


def test_the_api_docs_get_exactly_what_swagger_ui_needs(client):
    page = client.get("/api/docs/")
    script = client.get("/api/docs/?script=")

    csp = policy(page)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "blob:", "data:"]  # Swagger UI's stylesheet draws icons from data: URLs
    assert csp["connect-src"] == ["'self'"]  # the schema and "Try it out"
    assert inline_code(page.content.decode()) == []
    assert '<script src="/api/docs/?script="></script>' in page.content.decode()
    assert script["Content-Type"].startswith("application/javascript")
    assert "SwaggerUIBundle(" in script.content.decode()
    assert "validator.swagger.io" not in script.content.decode()
    assert '"validatorUrl": null' in script.content.decode()


def test_the_browsable_api_gets_the_admins_style_allowance_and_json_the_strict_policy(client):
    html = policy(client.get("/api/v1/", HTTP_ACCEPT="text/html"))
    json = policy(client.get("/api/v1/", HTTP_ACCEPT="application/json"))

    assert html["style-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-inline'" not in html["script-src"]
    assert json["style-src"] == ["'self'"]
