"""An editor changes or clears a statement's text in the admin: a published statement keeps something
to cite, and its excerpts and quotes never show words we no longer hold."""

import pytest
from django.urls import reverse

from statements import services
from statements.models import ReviewStatus
from tests.foundation.admin_forms import admin_post_data
from tests.ingestion.conftest import SEED

pytestmark = pytest.mark.django_db

NOTHING_TO_CITE = (
    "A published statement needs something readers can check: its web address or its text. "
    "Give it one, or set it back to awaiting review."
)
SCOPE_EXCERPT = "Participating states could only find consensus on insignificant changes to the scope"
NEW_TEXT = (
    "Civil society regrets the outcome of the 2019 plenary in New Delhi.\n\n"
    "The conflict diamond definition should be broadened; the scope stays as narrow as in 2003."
)


@pytest.fixture
def uploaded(kp_data):
    """The seed press release, uploaded (no address), read, then published by a reviewer."""
    document, _ = services.document_store(content=SEED.read_bytes(), filename="seed.txt")
    services.document_claim(document.pk)
    statement = services.document_process(document)[0]
    statement.review_status = ReviewStatus.PUBLISHED
    statement.save()
    assert statement.url is None and statement.quotes.exists()
    assert statement.mentions.get(area__slug="scope").excerpt.startswith(SCOPE_EXCERPT)
    return statement


def edit(client, statement, **changes):
    url = reverse("admin:statements_statement_change", args=[statement.pk])
    data = admin_post_data(client.get(url))
    data.update(changes)
    return client.post(url, data)


def test_clearing_the_text_of_a_published_upload_is_refused(editor_client, uploaded):
    response = edit(editor_client, uploaded, text="")

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["text"] == [NOTHING_TO_CITE]
    uploaded.refresh_from_db()
    assert uploaded.text.startswith("22 November, 2019")


def test_the_text_of_an_upload_awaiting_review_may_be_cleared(editor_client, uploaded):
    response = edit(editor_client, uploaded, text="", review_status=ReviewStatus.PENDING)

    assert response.status_code == 302, response.context["adminform"].form.errors
    uploaded.refresh_from_db()
    assert uploaded.text == ""
    # Nothing of the old text is left to show: every excerpt is emptied, every quote removed.
    assert set(uploaded.mentions.values_list("excerpt", flat=True)) == {""}
    assert not uploaded.quotes.exists()


def test_a_published_statement_with_an_address_may_lose_its_text(editor_client, uploaded):
    response = edit(editor_client, uploaded, text="", url="https://www.kpcivilsociety.org/2019-closing/")

    assert response.status_code == 302, response.context["adminform"].form.errors
    uploaded.refresh_from_db()
    assert uploaded.text == "" and uploaded.review_status == ReviewStatus.PUBLISHED


def test_a_new_text_gives_the_areas_excerpts_from_it_and_drops_the_old_quotes(client, editor_client, uploaded):
    response = edit(editor_client, uploaded, text=NEW_TEXT)

    assert response.status_code == 302, response.context["adminform"].form.errors
    excerpts = dict(uploaded.mentions.values_list("area__slug", "excerpt"))
    assert (
        excerpts["scope"]
        == "The conflict diamond definition should be broadened; the scope stays as narrow as in 2003."
    )
    assert excerpts["permanent-secretariat"] == ""  # the new text does not name it: nothing to show
    assert uploaded.mentions.count() == 6  # the areas stay as the reviewer left them
    assert not uploaded.quotes.exists()
    page = client.get(reverse("reforms:reform-detail", kwargs={"slug": "scope"})).content.decode()
    assert SCOPE_EXCERPT not in page


def test_words_an_editor_fits_to_the_new_text_or_types_in_are_kept(editor_client, uploaded):
    url = reverse("admin:statements_statement_change", args=[uploaded.pk])
    page = editor_client.get(url)
    data = admin_post_data(page)
    mentions = page.context["inline_admin_formsets"][0].formset
    quotes = page.context["inline_admin_formsets"][1].formset
    fitted = next(form for form in mentions.forms if form.instance.area.slug == "scope")
    data[fitted.add_prefix("excerpt")] = "the scope stays as narrow as in 2003"
    typed = quotes.forms[0]
    data[typed.add_prefix("text")] = "We will keep pressing for a wider scope."  # from an interview, say
    data["text"] = NEW_TEXT

    response = editor_client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert uploaded.mentions.get(area__slug="scope").excerpt == "the scope stays as narrow as in 2003"
    assert list(uploaded.quotes.values_list("text", flat=True)) == ["We will keep pressing for a wider scope."]


def test_an_unchanged_text_leaves_excerpts_and_quotes_alone(editor_client, uploaded):
    quotes = uploaded.quotes.count()

    response = edit(editor_client, uploaded, title="Closing statement, 2019 plenary")

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert uploaded.mentions.get(area__slug="scope").excerpt.startswith(SCOPE_EXCERPT)
    assert uploaded.quotes.count() == quotes


def test_bulk_publishing_a_statement_with_nothing_to_cite_publishes_none(editor_client, uploaded):
    services.statements_review(statements=type(uploaded).objects.filter(pk=uploaded.pk), review_status="pending")
    type(uploaded).objects.filter(pk=uploaded.pk).update(text="")
    changelist = reverse("admin:statements_statement_changelist")

    response = editor_client.post(changelist, {"action": "approve", "_selected_action": [uploaded.pk]}, follow=True)

    assert f"Nothing was published. {uploaded.title}: {NOTHING_TO_CITE}" in response.content.decode()
    uploaded.refresh_from_db()
    assert uploaded.review_status == ReviewStatus.PENDING


def test_a_new_version_of_a_reviewed_page_gives_its_kept_areas_excerpts_from_the_new_text(kp_data):
    address = "https://www.kpcivilsociety.org/2019-closing/"
    first, _ = services.document_store(content=SEED.read_bytes(), url=address)
    services.document_claim(first.pk)
    statement = services.document_process(first)[0]
    statement.review_status = ReviewStatus.PUBLISHED
    statement.save()
    second, _ = services.document_store(content=NEW_TEXT.encode(), url=address)
    services.document_claim(second.pk)

    assert services.document_process(second) == (statement, "updated")

    excerpts = dict(statement.mentions.values_list("area__slug", "excerpt"))
    assert (
        excerpts["scope"]
        == "The conflict diamond definition should be broadened; the scope stays as narrow as in 2003."
    )
    assert excerpts["permanent-secretariat"] == ""
    assert not statement.quotes.exists()
