import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from statements import services
from statements.models import DocumentStatus, RawDocument, ReviewStatus, Source, Statement
from tests.factories import StatementFactory
from tests.ingestion.conftest import SEED, statement_page

pytestmark = pytest.mark.django_db


def login(client, group):
    user = User.objects.create_user(group.lower(), password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return user


@pytest.fixture
def uploads(kp_data):
    return Source.objects.create(name="Uploads", kind="upload")


def test_editor_uploads_files_and_sees_them_read(client, uploads, django_capture_on_commit_callbacks):
    login(client, "Editors")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:statements_rawdocument_add"),
            {
                "source": uploads.pk,
                "files": [
                    SimpleUploadedFile("seed.txt", SEED.read_bytes(), "text/plain"),
                    SimpleUploadedFile("blank.txt", b"  \n", "text/plain"),
                ],
            },
        )

    assert response.status_code == 302
    documents = RawDocument.objects.order_by("pk")
    assert [d.status for d in documents] == [DocumentStatus.DONE, DocumentStatus.FAILED]
    assert "empty" in documents[1].error.lower()
    statement = Statement.objects.get(document=documents[0])
    assert statement.review_status == ReviewStatus.PENDING
    listing = client.get(response["Location"]).content.decode()
    assert "seed.txt" in listing and "blank.txt" in listing


def test_an_upload_needs_no_source_set_up_first(client, kp_data, django_capture_on_commit_callbacks):
    login(client, "Editors")

    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(
            reverse("admin:statements_rawdocument_add"),
            {"files": [SimpleUploadedFile("seed.txt", SEED.read_bytes(), "text/plain")]},
            follow=True,
        )
        again = client.post(
            reverse("admin:statements_rawdocument_add"),
            {"files": [SimpleUploadedFile("seed-copy.txt", SEED.read_bytes(), "text/plain")]},
            follow=True,
        )

    assert "1 new file stored" in first.content.decode()
    assert "1 file was already stored" in again.content.decode()
    assert "new file" not in again.content.decode()  # not "0 new files stored"
    document = RawDocument.objects.get()
    assert document.source.name == "Uploaded files"
    assert Statement.objects.filter(document=document).count() == 1


def test_an_upload_of_new_and_stored_files_says_how_many_of_each_in_french_too(
    client, uploads, django_capture_on_commit_callbacks
):
    login(client, "Editors")
    stored = statement_page("Stored before", "The KP must widen its scope.")
    services.document_store(content=stored, filename="stored.html")
    files = [
        SimpleUploadedFile("stored-again.html", stored, "text/html"),
        SimpleUploadedFile("new-1.html", statement_page("New one", "A permanent secretariat, at last."), "text/html"),
        SimpleUploadedFile("new-2.html", statement_page("New two", "Peer review is overdue."), "text/html"),
    ]

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:statements_rawdocument_add"),
            {"source": uploads.pk, "files": files},
            follow=True,
            headers={"accept-language": "fr"},
        )

    page = response.content.decode()
    assert "2 nouveaux fichiers enregistrés, en cours de lecture." in page
    assert "1 fichier était déjà enregistré\u00a0: il est lu à nouveau" in page


def test_an_empty_upload_is_refused_with_a_message(client, uploads):
    login(client, "Editors")

    response = client.post(
        reverse("admin:statements_rawdocument_add"),
        {"source": uploads.pk, "files": [SimpleUploadedFile("nothing.txt", b"", "text/plain")]},
    )

    assert response.status_code == 200
    assert "empty" in response.content.decode().lower()
    assert not RawDocument.objects.exists()


def test_reviewers_publish_and_reject_in_bulk(client, kp_data):
    login(client, "Editors")
    waiting = [StatementFactory(review_status=ReviewStatus.PENDING) for _ in range(3)]
    url = reverse("admin:statements_statement_changelist")

    client.post(url, {"action": "approve", "_selected_action": [waiting[0].pk, waiting[1].pk]})
    client.post(url, {"action": "reject", "_selected_action": [waiting[2].pk]})

    reviewed = {s.pk: s for s in Statement.objects.filter(pk__in=[w.pk for w in waiting])}
    assert {pk: s.review_status for pk, s in reviewed.items()} == {
        waiting[0].pk: ReviewStatus.PUBLISHED,
        waiting[1].pk: ReviewStatus.PUBLISHED,
        waiting[2].pk: ReviewStatus.REJECTED,
    }
    for statement in reviewed.values():
        assert statement.updated_at > waiting[0].updated_at
        assert statement.history.latest().history_user.username == "editors"


def test_viewers_cannot_upload_or_review(client, uploads):
    login(client, "Viewers")
    waiting = StatementFactory(review_status=ReviewStatus.PENDING)

    assert client.get(reverse("admin:statements_rawdocument_add")).status_code == 403
    client.post(
        reverse("admin:statements_statement_changelist"), {"action": "approve", "_selected_action": [waiting.pk]}
    )
    waiting.refresh_from_db()
    assert waiting.review_status == ReviewStatus.PENDING


def test_source_page_shows_health_and_runs(client, kp_data):
    login(client, "Editors")
    source = Source.objects.create(
        name="Broken feed", kind="feed", url="https://example.org/feed", consecutive_failures=3, last_error="timeout"
    )

    page = client.get(reverse("admin:statements_source_changelist")).content.decode()

    assert "failing (3 in a row): timeout" in page
    assert client.get(reverse("admin:statements_source_change", args=[source.pk])).status_code == 200


def test_an_upload_stores_every_file_under_one_run_and_reads_known_ones_again(uploads):

    first = services.documents_upload(
        source=uploads, files=[SimpleUploadedFile("seed.txt", SEED.read_bytes(), "text/plain")], uploaded_by="ed"
    )
    again = services.documents_upload(
        source=uploads,
        files=[
            SimpleUploadedFile("seed-copy.txt", SEED.read_bytes(), "text/plain"),
            SimpleUploadedFile("other.txt", b"Another statement about the KP.", "text/plain"),
        ],
        uploaded_by="ed",
    )

    assert (first.known, again.known) == (0, 1)
    assert again.documents[0] == first.documents[0]  # the same bytes are stored once
    assert {d.run_id for d in RawDocument.objects.filter(pk=again.documents[1].pk)} == {again.run.pk}
    assert again.run.note == "Upload by ed"
    assert RawDocument.objects.count() == 2


def test_an_upload_with_a_file_over_the_limit_stores_nothing(uploads, settings):

    settings.KP_INGEST_MAX_BYTES = 100
    files = [
        SimpleUploadedFile("small.txt", b"A short statement.", "text/plain"),
        SimpleUploadedFile("large.txt", b"x" * 101, "text/plain"),
    ]

    with pytest.raises(services.DocumentTooLarge, match="over the 100-byte limit"):
        services.documents_upload(source=uploads, files=files, uploaded_by="ed")

    assert not RawDocument.objects.exists()
    assert not uploads.runs.exists()
