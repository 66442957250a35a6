"""A statement is dated no later than today, and a published one has something to cite: in the admin,
in model validation and in the dataset file."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from statements import services
from statements.models import ReviewStatus
from tests.factories import StatementFactory, dataset_document
from tests.foundation.admin_forms import admin_post_data
from tracker.dataset_check import check_dataset

pytestmark = pytest.mark.django_db

NOTHING_TO_CITE = (
    "A published statement needs something readers can check: its web address or its text. "
    "Give it one, or set it back to awaiting review."
)


def future_date_message(day) -> str:
    return f"Its date ({day}) is after today: a statement is dated the day it was published."


def test_a_statement_dated_after_today_is_refused_in_the_admin(editor_client):
    statement = StatementFactory()
    url = reverse("admin:statements_statement_change", args=[statement.pk])
    data = admin_post_data(editor_client.get(url))
    data["published_on"] = "2030-01-01"

    response = editor_client.post(url, data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["published_on"] == [future_date_message("2030-01-01")]
    statement.refresh_from_db()
    assert statement.published_on.year < 2030


def test_a_statement_may_be_dated_today_or_tomorrow_where_it_is_already_tomorrow_but_no_later():
    today = timezone.localdate()
    StatementFactory(published_on=today).full_clean()
    StatementFactory(published_on=today + timedelta(days=1)).full_clean()

    later = StatementFactory(published_on=today + timedelta(days=2))
    with pytest.raises(ValidationError) as refused:
        later.full_clean()
    assert refused.value.message_dict == {"published_on": [future_date_message(today + timedelta(days=2))]}


def test_a_statement_whose_date_the_rules_refuse_can_still_be_rejected():
    statement = StatementFactory(published_on=timezone.localdate() + timedelta(days=30), review_status="pending")

    assert services.statements_review(statements=type(statement).objects.all(), review_status="rejected") == 1

    statement.refresh_from_db()
    assert statement.review_status == ReviewStatus.REJECTED


def test_a_published_statement_without_address_or_text_is_refused():
    statement = StatementFactory(url=None, text="  \n")

    with pytest.raises(ValidationError) as refused:
        statement.full_clean()
    assert refused.value.message_dict == {"text": [NOTHING_TO_CITE]}

    statement.review_status = ReviewStatus.PENDING
    statement.full_clean()  # waiting for review: nobody reads it yet


def test_a_future_date_in_a_document_is_not_taken_as_its_date():
    page = b"Statement on the 2019 plenary\n\n1 January 2030\n\nThe KP must widen its scope, civil society says."
    document, _ = services.document_store(content=page, filename="statement.txt")
    services.document_claim(document.pk)

    statement, status = services.document_process(document)

    assert status == "created"
    assert (statement.published_on, statement.date_source) == (None, "")
    statement.review_status = ReviewStatus.PUBLISHED
    statement.full_clean()


def test_the_dataset_refuses_a_statement_dated_after_today():
    data = dataset_document()
    data["statements"][0]["published_on"] = "2030-01-01"

    assert [str(problem) for problem in check_dataset(data)] == [
        f"statement https://www.kpcivilsociety.org/2019-closing/: {future_date_message('2030-01-01')}"
    ]


def test_the_dataset_refuses_a_statement_with_neither_address_nor_text():
    data = dataset_document()
    data["statements"][0]["url"] = None

    assert [str(problem) for problem in check_dataset(data)] == [f"statement Closing remarks: {NOTHING_TO_CITE}"]

    data["statements"][0]["file"] = "statements/closing-remarks.txt"  # an uploaded document: its text is its source
    assert check_dataset(data) == []


def test_the_rules_speak_french_to_a_french_editor():
    statement = StatementFactory(url=None, text="", published_on=timezone.localdate() + timedelta(days=2))

    with translation.override("fr"), pytest.raises(ValidationError) as refused:
        statement.full_clean()

    assert refused.value.message_dict["text"][0].startswith("Une déclaration publiée doit offrir aux lecteurs")
    assert "est postérieure à aujourd’hui" in refused.value.message_dict["published_on"][0]
