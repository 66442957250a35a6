"""A stored document becomes one statement: read right, never twice, never lost."""

import pytest

from statements import services
from statements.models import DocumentStatus, RawDocument, ReviewStatus, Source, Statement
from tests.factories import OrganisationFactory
from tests.ingestion.conftest import SEED, statement_page

pytestmark = pytest.mark.django_db


def ingest(content: bytes, **kwargs):
    document, _ = services.document_store(content=content, **kwargs)
    services.document_claim(document.pk)
    return services.document_process(document)


def test_the_seed_press_release_is_read_perfectly(kp_data):
    statement, status = ingest(SEED.read_bytes(), filename="press-release.txt")

    assert status == "created"
    assert statement.published_on.isoformat() == "2019-11-22"
    assert statement.organisation.name == "Kimberley Process Civil Society Coalition"
    assert (statement.plenary.year, statement.plenary.city) == (2019, "New Delhi")
    stances = {m.area.slug: m.stance for m in statement.mentions.select_related("area")}
    for area in ["scope", "permanent-secretariat", "multi-donor-fund"]:
        assert stances[area] == "negative", area
    assert "peer-review" not in stances
    assert statement.people == ["Shamiso Mtisi"]
    assert statement.quotes.filter(person="Shamiso Mtisi").count() >= 4
    assert statement.language == "en"
    assert statement.review_status == ReviewStatus.PENDING
    assert RawDocument.objects.get().status == DocumentStatus.DONE


def test_the_same_document_twice_is_one_statement(kp_data):
    first, _ = ingest(SEED.read_bytes())
    again, status = ingest(SEED.read_bytes())

    assert status == "unchanged"
    assert again.pk == first.pk
    assert Statement.objects.filter(content_hash=first.content_hash).count() == 1


def test_the_same_text_in_another_encoding_is_the_same_statement(kp_data):
    text = SEED.read_text(encoding="utf-8")
    first, _ = ingest(text.encode("utf-8"))
    again, status = ingest(text.encode("cp1252"))

    assert status == "unchanged"
    assert again.pk == first.pk


def test_a_changed_page_at_the_same_address_updates_its_statement(kp_data):
    url = "https://ngo.example/statement"
    first, _ = ingest(statement_page("Plenary fails again", "No consensus on the definition."), url=url)
    again, status = ingest(statement_page("Plenary fails again", "No consensus on the definition, again."), url=url)

    assert status == "updated"
    assert again.pk == first.pk
    assert "again." in Statement.objects.get(pk=first.pk).text


def test_a_rejected_statement_is_never_brought_back(kp_data):
    url = "https://ngo.example/spam"
    first, _ = ingest(statement_page("Buy diamonds", "Cheap stones."), url=url)
    Statement.objects.filter(pk=first.pk).update(review_status=ReviewStatus.REJECTED)

    again, status = ingest(statement_page("Buy diamonds", "Cheaper stones than ever."), url=url)

    assert status == "unchanged"
    assert again.review_status == ReviewStatus.REJECTED
    assert "Cheap stones." in again.text


def test_statements_from_a_trusted_source_are_published_at_once(kp_data):
    trusted = Source.objects.create(name="CSC", kind="upload", auto_publish=True, organisation=OrganisationFactory())

    statement, _ = ingest(SEED.read_bytes(), source=trusted)

    assert statement.review_status == ReviewStatus.PUBLISHED


def test_source_organisation_is_used_when_the_document_names_none(kp_data):
    ipis = OrganisationFactory(name="IPIS research", slug="ipis-research")
    source = Source.objects.create(name="IPIS uploads", kind="upload", organisation=ipis)

    statement, _ = ingest(statement_page("On the plenary", "The scope was not broadened."), source=source)

    assert statement.organisation == ipis


def test_scripts_and_page_furniture_never_reach_the_text(kp_data):
    statement, _ = ingest(statement_page("Plenary fails again", "No consensus on the definition."))

    assert "should never appear" not in statement.text
    assert "color: red" not in statement.text
    assert "No consensus on the definition." in statement.text


@pytest.mark.parametrize(
    ("content", "filename", "message"),
    [
        (b"", "empty.txt", "empty"),
        (b"   \n\t  ", "blank.txt", "empty"),
        (bytes(range(256)) * 40, "binary.txt", "binary"),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog", "truncated.pdf", "PDF"),
    ],
)
def test_bad_documents_fail_with_a_clear_message_and_are_kept(kp_data, content, filename, message):
    statement, status = ingest(content, filename=filename)

    assert status == "failed"
    assert statement is None
    document = RawDocument.objects.get()
    assert document.status == DocumentStatus.FAILED
    assert message.lower() in document.error.lower()
    assert bytes(document.content) == content
    assert not Statement.objects.filter(document=document).exists()


def test_a_document_over_the_size_cap_is_refused_before_storing(kp_data, settings):
    settings.KP_INGEST_MAX_BYTES = 1000

    with pytest.raises(services.DocumentTooLarge, match="over the 1,000-byte limit"):
        services.document_store(content=b"x" * 5000)

    assert not RawDocument.objects.exists()


def test_a_document_is_claimed_by_one_worker_only(kp_data):
    document, _ = services.document_store(content=SEED.read_bytes())

    assert services.document_claim(document.pk) is True
    assert services.document_claim(document.pk) is False


def test_stale_documents_are_queued_again(kp_data, settings):
    settings.KP_INGEST_STALE_SECONDS = 0
    document, _ = services.document_store(content=SEED.read_bytes())
    services.document_claim(document.pk)  # a worker took it, then died

    from statements.tasks import requeue_stale_documents

    assert requeue_stale_documents() == 1
    document.refresh_from_db()
    assert document.status == DocumentStatus.DONE
    assert Statement.objects.filter(document=document).count() == 1


def test_an_address_whose_text_became_another_statements_fails_clearly(kp_data):
    text = "Plenary ends\n\n22 November 2019\n\nThe scope was not broadened, once again."
    ingest(b"Secretariat\n\nThe secretariat opened in Gaborone in 2024.", url="https://ngo.example/a")
    other, _ = ingest(text.encode(), url="https://ngo.example/b")

    # The same text with other spacing: other bytes, the same normalised text.
    statement, status = ingest(text.replace(" ", "  ").encode(), url="https://ngo.example/a")

    assert (statement, status) == (None, "failed")
    document = RawDocument.objects.filter(url="https://ngo.example/a").order_by("-pk").first()
    assert f"same text as statement #{other.pk}" in document.error


def test_a_new_version_of_a_reviewed_statement_keeps_the_corrections_and_goes_back_to_review(kp_data):
    url = "https://ngo.example/reviewed"
    statement, _ = ingest(statement_page("Plenary fails", "No consensus on the definition."), url=url)
    reviewer_org = OrganisationFactory(name="Corrected Org", slug="corrected-org")
    Statement.objects.filter(pk=statement.pk).update(
        title="Corrected title", organisation=reviewer_org, review_status=ReviewStatus.PUBLISHED
    )

    again, status = ingest(statement_page("Plenary fails", "No consensus on the definition, again."), url=url)

    assert status == "updated"
    assert (again.title, again.organisation) == ("Corrected title", reviewer_org)
    assert "again." in again.text
    assert again.review_status == ReviewStatus.PENDING


def test_a_document_that_keeps_stopping_its_worker_is_given_up(kp_data, settings):
    settings.KP_INGEST_STALE_SECONDS = 0
    document, _ = services.document_store(content=SEED.read_bytes())
    RawDocument.objects.filter(pk=document.pk).update(status=DocumentStatus.PROCESSING, attempts=5)

    from statements.tasks import requeue_stale_documents

    assert requeue_stale_documents() == 0
    document.refresh_from_db()
    assert document.status == DocumentStatus.FAILED
    assert "Gave up after 5 attempts" in document.error


def test_a_statement_signed_with_an_organisations_french_name_is_attributed_to_it(kp_data):
    text = (
        "Communiqué de presse\n\nCoalition de la société civile du Processus de Kimberley\n\n"
        "Gaborone, le 4 novembre 2022\n\n"
        "« Le secrétariat permanent doit enfin voir le jour », déclare Michel Yoboué.\n"
    )

    statement, status = ingest(text.encode(), filename="communique.txt")

    assert status == "created"
    assert statement.organisation.slug == "kimberley-process-civil-society-coalition"
