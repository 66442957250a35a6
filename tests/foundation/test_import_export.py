import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from reforms.imports import OutcomeResource
from reforms.models import Decision, Outcome
from tests.factories import OutcomeFactory, PlenaryFactory, ProposalFactory

pytestmark = pytest.mark.django_db


def upload_outcomes(client, csv_text):
    return client.post(
        reverse("admin:reforms_outcome_import"),
        {"format": "0", "resource": "0", "import_file": SimpleUploadedFile("outcomes.csv", csv_text.encode())},
    )


def test_exported_outcomes_use_natural_keys_and_import_back_unchanged():
    outcome = OutcomeFactory(proposal__slug="definition-2017", plenary=PlenaryFactory(year=2019))
    dataset = OutcomeResource().export()

    assert dataset.headers[:3] == ["proposal", "meeting", "decision"]
    assert dataset[0][:3] == ("definition-2017", "2019 plenary", outcome.decision)

    result = OutcomeResource().import_data(dataset, dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    assert Outcome.objects.count() == 1


def test_import_preview_shows_each_row_and_saves_nothing(editor_client):
    proposal = ProposalFactory(slug="secretariat", first_tabled=PlenaryFactory(year=2016))
    PlenaryFactory(year=2018)
    csv = (
        "proposal,meeting,decision,summary,source_url,more_sources,verified\n"
        "secretariat,2018 plenary,adopted,AD establishing a Secretariat,https://example.org/2018,,1\n"
    )

    response = upload_outcomes(editor_client, csv)

    assert response.status_code == 200
    page = response.content.decode()
    assert "AD establishing a Secretariat" in page
    assert "Confirm import" in page
    assert not Outcome.objects.filter(proposal=proposal).exists()


def test_import_reports_row_level_errors_in_plain_words(editor_client):
    ProposalFactory(slug="secretariat", first_tabled=PlenaryFactory(year=2016))
    PlenaryFactory(year=2014)
    csv = (
        "proposal,meeting,decision,summary,source_url,more_sources,verified\n"
        "no-such-reform,2018 plenary,adopted,x,https://example.org/,,1\n"
        "secretariat,twenty-eighteen,adopted,x,https://example.org/,,1\n"
    )
    too_early = (
        "proposal,meeting,decision,summary,source_url\nsecretariat,2014 plenary,adopted,x,https://example.org/\n"
    )

    pages = [upload_outcomes(editor_client, text).content.decode() for text in (csv, too_early)]

    assert "No reform proposal with slug" in pages[0]
    assert "is not a meeting" in pages[0]
    assert "before the proposal was first tabled" in pages[1]
    assert not Outcome.objects.exists()


def test_import_validates_decisions():
    ProposalFactory(slug="secretariat", first_tabled=PlenaryFactory(year=2016))
    import tablib

    dataset = tablib.Dataset(
        headers=["proposal", "meeting", "decision", "summary", "source_url", "more_sources", "verified"]
    )
    dataset.append(["secretariat", "2016 plenary", "approved-ish", "x", "https://example.org/", "", "1"])

    result = OutcomeResource().import_data(dataset, dry_run=True)

    assert result.has_validation_errors()
    assert Decision.ADOPTED not in Outcome.objects.values_list("decision", flat=True)


def test_viewers_cannot_import(client):
    user = User.objects.create_user("viewer", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Viewers"))
    client.force_login(user)
    ProposalFactory(slug="secretariat", first_tabled=PlenaryFactory(year=2016))
    csv = "proposal,meeting,decision,summary,source_url\nsecretariat,2016 plenary,adopted,x,https://example.org/\n"

    assert client.get(reverse("admin:reforms_outcome_import")).status_code == 403
    assert upload_outcomes(client, csv).status_code == 403
    assert client.get(reverse("admin:reforms_outcome_export")).status_code == 200
    assert not Outcome.objects.exists()


def test_import_preview_lists_every_rows_mistake_at_once(editor_client):
    # A key naming nothing (row 3) must not hide the other rows' mistakes: the editor fixes the file in one go.
    ProposalFactory(slug="secretariat", first_tabled=PlenaryFactory(year=2016))
    PlenaryFactory(year=2014)
    PlenaryFactory(year=2018)
    csv = (
        "proposal,meeting,decision,summary,source_url,more_sources,verified\n"
        "secretariat,2014 plenary,adopted,x,https://example.org/a,,1\n"
        "secretariat,2018 plenary,approved-ish,x,https://example.org/b,,1\n"
        "no-such-reform,2018 plenary,adopted,x,https://example.org/c,,1\n"
        "secretariat,twenty-eighteen,adopted,x,https://example.org/d,,1\n"
    )

    page = upload_outcomes(editor_client, csv).content.decode()

    assert "before the proposal was first tabled" in page
    assert "approved-ish" in page and "is not a valid choice" in page
    assert "No reform proposal with slug" in page
    assert "is not a meeting" in page
    assert "Confirm import" not in page
    assert not Outcome.objects.exists()
