"""How well extraction reads real statements: the labelled corpus in tests/extraction/corpus/.

``tune/`` holds the documents the rules were developed against; ``holdout/`` documents nobody
changing the rules has read, so its figures say how the extractor does on statements it has
never seen. Each ``NAME.txt`` has its labels beside it in ``NAME.json`` (see the corpus README).
``manage.py extraction_report`` prints the figures; the test suite holds them to a floor.
"""

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.conf import settings

from statements.extraction import ExtractionError, extract_document
from statements.extraction.normalise import fold
from statements.extraction.officials import COUNTRIES, countries_in, english_name
from statements.services import extraction_context

CORPUS = Path(settings.BASE_DIR) / "tests" / "extraction" / "corpus"
PARTS = ("tune", "holdout")
FIELDS = ("published_on", "organisation", "meeting", "areas", "people")


@dataclass
class Miss:
    document: str
    field: str
    expected: object
    got: object
    evidence: str = ""


@dataclass
class PartResult:
    part: str
    documents: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[Miss] = field(default_factory=list)
    wrong_meetings: int = 0  # a meeting chosen where another one, or none, was right

    def accuracy(self, name: str | None = None) -> float:
        if not self.documents:
            return 0.0
        if name is not None:
            return self.right[name] / self.documents
        return sum(self.right.values()) / (self.documents * len(FIELDS))


def corpus_documents(part: str, corpus: Path | None = None) -> list[tuple[str, bytes, dict]]:
    folder = (corpus or CORPUS) / part
    return [
        (text.stem, text.read_bytes(), json.loads(text.with_suffix(".json").read_text(encoding="utf-8")))
        for text in sorted(folder.glob("*.txt"))
    ]


def evaluate(part: str, *, corpus: Path | None = None, today: date | None = None) -> PartResult:
    """Read every document of one part as the pipeline would, and compare each field with its label."""
    context = extraction_context()
    result = PartResult(part)
    for name, content, labels in corpus_documents(part, corpus):
        result.documents += 1
        given = labels.get("input", {})
        try:
            extracted = extract_document(
                content,
                filename=given.get("filename", f"{name}.txt"),
                content_type=given.get("content_type", "text/plain"),
                url=given.get("url", ""),
                last_modified=given.get("last_modified", ""),
                areas=context.rules,
                plenaries=context.plenary_refs,
                known_organisations=context.names,
                today=today,
            )
        except ExtractionError as error:
            result.misses.append(Miss(name, "document", "readable", str(error)))
            continue
        got = {
            "published_on": extracted.published_on.isoformat() if extracted.published_on else None,
            "organisation": extracted.organisation or None,
            "meeting": f"{extracted.plenary.year} {extracted.plenary.kind}" if extracted.plenary else None,
            "areas": sorted(match.slug for match in extracted.areas),
            "people": list(extracted.people),
        }
        evidence = {
            "published_on": extracted.date_source,
            "organisation": extracted.organisation_source,
            "meeting": extracted.meeting_source,
        }
        expected, accept = labels["expected"], labels.get("accept", {})
        for name_ in FIELDS:
            if _same(name_, expected.get(name_), got[name_], accept.get(name_, []), context):
                result.right[name_] += 1
            else:
                result.misses.append(Miss(name, name_, expected.get(name_), got[name_], evidence.get(name_, "")))
                if name_ == "meeting" and got["meeting"] is not None:
                    result.wrong_meetings += 1
    return result


def _same(name: str, expected, got, accept: list, context) -> bool:
    """The extracted value is the label, or one of the other answers the label accepts."""
    return any(_equal(name, value, got, context) for value in [expected, *accept])


def _equal(name: str, expected, got, context) -> bool:
    if name == "organisation":
        if (state := _government_state(expected)) and got and english_name(got) == state:
            return True
        return _organisation_key(got, context) == _organisation_key(expected, context)
    if name == "areas":
        return sorted(expected or []) == sorted(got or [])
    if name == "people":
        return {_person_key(person) for person in expected or []} == {_person_key(person) for person in got or []}
    return got == expected


def _organisation_key(name: str | None, context) -> str | None:
    """Two names of one organisation (an alias, an acronym, another spelling) compare equal."""
    if not name:
        return None
    known = context.organisation_named(name)
    return fold(known.name if known is not None else " ".join(name.split()))


# The whole label a government's: "Government of India", "Gouvernement de la République du Congo", "Gouvernement
# gabonais", "South African Government"; not "Government of Sierra Leone, Ministry of Mines".
_GOVERNMENT = re.compile(
    r"(?:the\s+)?(?:government|gouvernement)(?:\s+(?:of|de\s+la|de\s+l['’]|de|du|des))?\s*(?P<state>[^,()]+)"
    r"|(?P<adjective>[^,()]+?)\s+government",
    re.IGNORECASE,
)
_STATES = {country.english for country in COUNTRIES}


def _government_state(label: str | None) -> str | None:
    """The state a government's label names ("Government of India", "Gouvernement gabonais"): the corpus README
    lets a state's government be named by the state alone, as the extractor names it."""
    if not label or not (government := _GOVERNMENT.fullmatch(label.strip())):
        return None
    states = countries_in(government.group("state") or government.group("adjective"))
    return states[0] if len(states) == 1 and states[0] in _STATES else None


def _person_key(name: str) -> str:
    return " ".join(fold(name).replace(".", " ").split())
