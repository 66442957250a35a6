"""Fixtures for the extraction library tests: reform-area rules, KP meetings and small document builders.

These tests need no database: the extraction library reads text, not models.
"""

from datetime import date
from pathlib import Path

import pytest

from statements.extraction import AreaRule, PlenaryRef
from tests.extraction.pdf import build_pdf

DOCUMENTS = Path(__file__).parent / "documents"
TODAY = date(2024, 6, 1)


@pytest.fixture
def today():
    return TODAY


@pytest.fixture
def area_rules():
    return [
        AreaRule("scope", ["scope", "definition", "conflict diamond definition", "définition"]),
        AreaRule("permanent-secretariat", ["permanent secretariat", "secrétariat permanent"]),
        AreaRule("multi-donor-fund", ["multi-donor fund", "fonds multi-donateurs"]),
        AreaRule("peer-review", ["peer review", "review visit", "examen par les pairs"]),
    ]


@pytest.fixture
def plenaries():
    return [
        PlenaryRef(2018, "plenary", "Brussels", date(2018, 11, 16)),
        PlenaryRef(2019, "intersessional", "Mumbai", date(2019, 6, 20)),
        PlenaryRef(2019, "plenary", "New Delhi", date(2019, 11, 22)),
        PlenaryRef(2021, "intersessional", "", date(2021, 6, 25)),
        PlenaryRef(2021, "plenary", "Moscow", date(2021, 11, 12)),
        PlenaryRef(2022, "plenary", "Gaborone", date(2022, 11, 11)),
        PlenaryRef(2023, "intersessional", "Gaborone", date(2023, 6, 16)),
    ]


@pytest.fixture
def known_organisations():
    return [
        "Kimberley Process Civil Society Coalition (KP CSC)",
        "IPIS",
        "ZELA",
        "World Diamond Council (WDC)",
        "Partnership Africa Canada (PAC)",
    ]


@pytest.fixture
def read_document():
    def read(name: str) -> bytes:
        return (DOCUMENTS / name).read_bytes()

    return read


@pytest.fixture
def extract(area_rules, plenaries, known_organisations):
    """extract_document with this suite's rules, meetings, organisations and a fixed "today"."""
    from statements.extraction import extract_document

    def run(data: bytes, **kwargs):
        kwargs.setdefault("areas", area_rules)
        kwargs.setdefault("plenaries", plenaries)
        kwargs.setdefault("known_organisations", known_organisations)
        kwargs.setdefault("today", TODAY)
        return extract_document(data, **kwargs)

    return run


@pytest.fixture
def make_pdf():
    return build_pdf
