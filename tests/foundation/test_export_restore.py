"""The live record exported in the dataset's format comes back whole: loading an export into an
empty database gives the API's output record for record, editors' changes included."""

import io
import json

import pytest
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from docx import Document
from rest_framework.test import APIClient

from plenaries.models import OpenQuestion, Organisation, Participant, Plenary
from plenaries.services import organisation_propose, organisations_accept
from reforms.models import Outcome, Position, ReformArea, ReformProposal
from reforms.services import outcome_correct, outcome_record, position_correct, position_record, upsert
from statements import services as statement_services
from statements.extraction.normalise import normalise_text
from statements.models import AreaMention, Quote, ReviewStatus, Source, SourceKind, Stance, Statement
from tests.factories import OrganisationFactory
from tracker.api.registry import RESOURCES
from tracker.dataset import DATASET_PATH, load_kp_dataset
from tracker.dataset_check import check_dataset
from tracker.dataset_export import dataset_build

pytestmark = pytest.mark.django_db

# How each resource's records are matched across the two databases: by natural key, since the
# restored rows get new ids.
NATURAL_KEYS = {
    "participants": ("slug",),
    "plenaries": ("year", "kind"),
    "reform-areas": ("slug",),
    "reforms": ("slug",),
    "outcomes": ("proposal", "plenary_year", "plenary_kind"),
    "positions": ("proposal", "participant", "plenary_year", "plenary_kind", "reported_by", "stance"),
    "statements": ("url", "title"),
    "organisations": ("slug",),
}
# The only fields that may differ: row ids are assigned afresh by the restoring database, and
# updated_at is when a row last changed, which for a restored row is the restore.
IGNORED = {"id", "updated_at"}


def without_ignored(value):
    if isinstance(value, dict):
        return {key: without_ignored(item) for key, item in value.items() if key not in IGNORED}
    if isinstance(value, list):
        return [without_ignored(item) for item in value]
    return value


def api_records() -> dict[str, dict[tuple, dict]]:
    """Every list endpoint, every page, keyed by natural key; read past any cache."""
    for cache in ("default", "pages"):
        caches[cache].clear()
    client = APIClient()
    records = {}
    for resource in RESOURCES:
        rows, url = [], f"/api/v1/{resource.name}/?page_size=500"
        while url:
            page = client.get(url)
            assert page.status_code == 200, page.content
            rows += page.json()["results"]
            url = page.json()["next"]
        keyed = {tuple(row[key] for key in NATURAL_KEYS[resource.name]): without_ignored(row) for row in rows}
        assert len(keyed) == len(rows), f"{resource.name}: natural keys are not unique"
        records[resource.name] = keyed
    return records


def differences(before: dict, after: dict) -> list[str]:
    found = []
    for name, records in before.items():
        for key in records.keys() | after[name].keys():
            if records.get(key) != after[name].get(key):
                found.append(f"{name} {key}: {records.get(key)} != {after[name].get(key)}")
    return found


def statement_key(statement: Statement) -> tuple:
    return (statement.url,) if statement.url else (statement.title, statement.published_on)


def mentions_and_quotes() -> tuple[dict, dict]:
    """Every reform mention by statement and area, and every statement's quotes in the page's order."""
    mentions = {
        (*statement_key(mention.statement), mention.area.slug): (mention.excerpt, mention.stance)
        for mention in AreaMention.objects.select_related("statement", "area")
    }
    quotes: dict[tuple, list] = {}
    for quote in Quote.objects.select_related("statement").order_by("pk"):
        quotes.setdefault(statement_key(quote.statement), []).append((quote.person, quote.text))
    return mentions, quotes


def empty_the_database():
    """What a new database holds before load_kp_dataset: no rows (flush, inside the test's transaction)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # TRUNCATE refuses tables with checks still pending
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)


def docx_bytes(title: str, paragraphs: list[str]) -> bytes:
    document = Document()
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def editors_change_the_record():
    """What editors do through the services (and, where no service exists, as the admin saves)."""
    meeting = {(p.year, p.kind): p for p in Plenary.objects.all()}
    proposal = {p.slug: p for p in ReformProposal.objects.all()}
    russia = Participant.objects.get(slug="russian-federation")
    outcome_record(
        proposal=proposal["multi-donor-fund"],
        plenary=meeting[2021, "plenary"],
        decision="not_discussed",
        summary="The fund was not on the agenda.",
        source_url="https://www.kimberleyprocess.com/en/2021-moscow-plenary-communique",
    )
    outcome_correct(
        outcome=Outcome.objects.get(proposal__slug="russia-ukraine-agenda-item", plenary=meeting[2024, "plenary"]),
        summary="Corrected by an editor: the item was blocked again.",
    )
    position_record(
        proposal=proposal["conflict-diamond-definition-2023"],
        plenary=meeting[2024, "plenary"],
        participant=russia,
        stance="blocked_consensus",
        reported_by="KP Civil Society Coalition",
        confidence="medium",
        source_url="https://www.kpcivilsociety.org/2024-dubai-closing/",
    )
    position_correct(position=Position.objects.order_by("pk").first(), confidence="medium", note="Two sources agree.")
    upsert(
        Plenary,
        lookup={"year": 2025, "kind": "plenary"},
        values={"chair_person": "Corrected Chairperson", "vice_chair": russia},
    )
    upsert(ReformArea, lookup={"slug": "scope"}, values={"keywords": "scope\ndefinition\nconsensus"})
    upsert(OpenQuestion, lookup={"pk": OpenQuestion.objects.order_by("pk").first().pk}, values={"settled": True})

    # A statement the research shipped: rejected by an editor, so no longer public.
    statements = Statement.objects.published().order_by("pk")
    statement_services.statements_review(statements=statements.filter(pk=statements[0].pk), review_status="rejected")
    # Another one corrected: an area the text suggested taken off, the people quoted fixed.
    corrected = statements.filter(mentions__isnull=False, text__gt="").distinct().last()
    corrected.mentions.order_by("pk").first().delete()
    corrected.people = ["A. Corrected Name"]
    corrected.full_clean()
    corrected.save()
    # Excerpts, stances and quotes corrected as the statement's admin inlines save them.
    read = statements.filter(text__gt="", mentions__isnull=False).exclude(pk=corrected.pk).distinct().first()
    mention = read.mentions.order_by("pk").first()
    mention.excerpt, mention.stance = "An excerpt an editor chose.", Stance.NEGATIVE
    mention.full_clean()
    mention.save()
    quote = Quote.objects.filter(statement__review_status=ReviewStatus.PUBLISHED).order_by("pk").first()
    quote.person, quote.text = "A. Corrected Speaker", "The words as the speaker said them."
    quote.full_clean()
    quote.save()
    added = Quote(statement=corrected, person="A. Corrected Name", text="A quote the text does not show.")
    added.full_clean()
    added.save()
    # A statement known only by its address: its mention gets what the editor read at the original.
    textless = statements.filter(text="", mentions__isnull=False).distinct().first()
    mention = textless.mentions.select_related("area").order_by("pk").first()
    mention.excerpt, mention.stance = "Read at the original by an editor.", Stance.POSITIVE
    mention.full_clean()
    mention.save()

    # A new publisher, proposed by ingestion and accepted (with its source) by an editor.
    publisher = organisation_propose(
        name="Diamond Accountability Network", source_url="https://diamond-accountability.org/about/"
    )
    organisations_accept(organisations=Organisation.objects.filter(pk=publisher.pk))

    # An uploaded Word document, read, its author set, and published.
    source = Source.objects.create(name="Uploads", kind=SourceKind.UPLOAD)
    content = docx_bytes(
        "Dubai plenary: the definition blocked again",
        [
            "Dubai, 15 November 2024. The Kimberley Process plenary ended without consensus on the definition "
            "of conflict diamonds.",
            "“The scheme cannot keep ignoring violence by state actors,” said Jane Doe of the network.",
        ],
    )
    upload = statement_services.documents_upload(
        source=source,
        files=[SimpleUploadedFile("dubai.docx", content, "application/octet-stream")],
        uploaded_by="editor",
    )
    uploaded, status = statement_services.document_read_now(upload.documents[0])
    assert status == "created", upload.documents[0].error
    uploaded.organisation = publisher
    uploaded.full_clean()
    uploaded.save()
    statement_services.statements_review(
        statements=Statement.objects.filter(pk=uploaded.pk), review_status=ReviewStatus.PUBLISHED
    )
    return corrected, uploaded, (*statement_key(textless), mention.area.slug)


def test_an_export_loaded_into_an_empty_database_gives_the_same_api_output(tmp_path, commit):
    load_kp_dataset()
    corrected, uploaded, textless = editors_change_the_record()
    commit()
    before = api_records()
    mentions_before, quotes_before = mentions_and_quotes()
    path = tmp_path / "backup" / "kp_dataset.json"

    call_command("export_kp_dataset", str(path))
    empty_the_database()
    assert not Statement.objects.exists() and not Plenary.objects.exists()
    call_command("load_kp_dataset", path=str(path))
    commit()
    after = api_records()

    assert differences(before, after) == []
    mentions_after, quotes_after = mentions_and_quotes()
    assert mentions_after == mentions_before
    assert quotes_after == quotes_before
    assert mentions_after[textless] == ("Read at the original by an editor.", Stance.POSITIVE)
    corrected_quote = ("A. Corrected Speaker", "The words as the speaker said them.")
    assert any(corrected_quote in quotes for quotes in quotes_after.values())
    assert quotes_after[statement_key(corrected)][-1] == ("A. Corrected Name", "A quote the text does not show.")
    counts = {name: len(records) for name, records in after.items()}
    assert counts == {
        "participants": 67,
        "plenaries": 38,
        "reform-areas": 10,
        "reforms": 18,
        "outcomes": 41,
        "positions": 20,
        "statements": 45,
        "organisations": 14,
    }
    restored = Statement.objects.get(title=uploaded.title)
    assert restored.url is None and restored.organisation.slug == "diamond-accountability-network"
    assert Statement.objects.get(url=corrected.url).people == ["A. Corrected Name"]
    # Loading the same export again changes nothing.
    again = load_kp_dataset(path)
    assert again["statements unchanged"] == 45 and again["statements updated"] == 0
    assert mentions_and_quotes() == (mentions_after, quotes_after)
    # The comparison sees a change: it is not reading a cached answer.
    Outcome.objects.filter(summary__startswith="Corrected by an editor").update(summary="Changed after the restore.")
    assert len(differences(before, api_records())) == 1


def test_the_shipped_file_exported_again_states_the_same_record(tmp_path):
    load_kp_dataset()
    path = tmp_path / "kp_dataset.json"

    call_command("export_kp_dataset", str(path))

    shipped = json.loads(DATASET_PATH.read_text(encoding="utf-8"))
    exported = json.loads(path.read_text(encoding="utf-8"))
    assert check_dataset(exported) == []
    assert exported["meta"]["compiled"].startswith("Exported from the tracker's database")
    for collection in shipped:
        if collection not in ("meta", "statements"):
            assert exported[collection] == shipped[collection], collection
    assert len(exported["statements"]) == len(shipped["statements"]) == 45
    for before, after in zip(shipped["statements"], exported["statements"], strict=True):
        # The export states what the database holds: the areas and people the text shows as well
        # as those the research listed, and the date's basis cut to its column's 120 characters.
        after_areas = after.pop("reform_areas")
        assert set(before["reform_areas"]) <= set(after_areas)
        after.pop("people"), before.pop("reform_areas"), before.pop("people")
        assert [mention["area"] for mention in after.pop("mentions")] == after_areas
        assert isinstance(after.pop("quotes"), list)
        assert after.pop("listed_in_full") is True
        if "date_basis" in before:
            assert after["date_basis"] == before["date_basis"][:120]
            before["date_basis"] = after["date_basis"]
        assert after == before
        if "file" in before:
            shipped_text = (DATASET_PATH.parent / before["file"]).read_text(encoding="utf-8")
            assert (path.parent / after["file"]).read_text(encoding="utf-8") == normalise_text(shipped_text)


def test_mentions_and_quotes_that_do_not_fit_the_statement_are_named():
    data = json.loads(DATASET_PATH.read_text(encoding="utf-8"))
    statement = next(s for s in data["statements"] if s["reform_areas"])
    statement["mentions"] = [{"area": statement["reform_areas"][0], "excerpt": "", "stance": "furious"}]
    statement["mentions"] += [{"area": "scope", "excerpt": "", "stance": "neutral"}] * 2
    statement["quotes"] = [{"person": "Jane Doe", "text": ""}, {"person": "x" * 201, "text": "Words."}]
    key = f"statement {statement['url']}"

    problems = [str(problem) for problem in check_dataset(data)]

    assert any(p.startswith(f"{key}, mention of {statement['reform_areas'][0]}") and "furious" in p for p in problems)
    assert any(p.startswith(key) and "mentions name the areas" in p for p in problems)
    assert any(p.startswith(f"{key}, quote 1") and "the person quoted and the words" in p for p in problems)
    assert any(p.startswith(f"{key}, quote 2") and "201 characters" in p for p in problems)
    assert len(problems) == 4, problems


@pytest.mark.django_db(transaction=True)
def test_the_export_reads_the_record_in_one_transaction():
    load_kp_dataset()
    queries = []

    def note(execute, sql, params, many, context):
        queries.append((sql, connection.in_atomic_block))
        return execute(sql, params, many, context)

    assert not connection.in_atomic_block
    with CaptureQueriesContext(connection), connection.execute_wrapper(note):
        export = dataset_build()

    assert len(export.data["statements"]) == 45
    reads = [in_block for sql, in_block in queries if sql.startswith("SELECT")]
    assert len(reads) >= 10 and all(reads)
    # The transaction's first statement: PostgreSQL's snapshot for every read, SQLite's BEGIN.
    first = (
        "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY" if connection.vendor == "postgresql" else "BEGIN"
    )
    assert queries[0][0] == first
    assert not connection.in_atomic_block


def test_an_export_that_breaks_the_record_s_rules_is_written_and_names_each_problem(tmp_path, capsys):
    OrganisationFactory(slug="new-network", name="New Network", source_url="")
    path = tmp_path / "kp_dataset.json"

    with pytest.raises(CommandError, match=r"1 problem.*load_kp_dataset would refuse it"):
        call_command("export_kp_dataset", str(path))

    assert "organisation new-network: There is no source link" in capsys.readouterr().err
    assert json.loads(path.read_text(encoding="utf-8"))["organisations"][0]["slug"] == "new-network"
