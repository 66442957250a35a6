"""An ambiguous meeting is left empty with its reason, and the reviewer picks it in one click."""

import pytest
from django.urls import reverse

from plenaries.models import Plenary
from statements import services
from tests.foundation.admin_forms import admin_post_data

pytestmark = pytest.mark.django_db

AMBIGUOUS = b"Closing remarks\n\nClosing remarks of civil society at the KP plenary in Dubai.\n\nThank you, Chair."


def ingest(content: bytes):
    document, _ = services.document_store(content=content, filename="remarks.txt")
    services.document_claim(document.pk)
    return services.document_process(document)[0]


def test_an_ambiguous_meeting_is_left_empty_with_the_reason_and_the_candidates(kp_data):
    statement = ingest(AMBIGUOUS)

    assert statement.plenary is None
    assert statement.meeting_source == "Dubai: 2016, 2024 or 2025 plenary"
    assert sorted(m.year for m in statement.meeting_candidates.all()) == [2016, 2024, 2025]


def test_a_clear_meeting_is_recorded_with_what_pointed_to_it(kp_data):
    statement = ingest(AMBIGUOUS.replace(b"in Dubai", b"in Dubai in 2024"))

    assert (statement.plenary.year, statement.plenary.kind) == (2024, "plenary")
    assert "names dubai and 2024" in statement.meeting_source.lower()
    assert not statement.meeting_candidates.exists()
    assert statement.published_on.isoformat() == "2024-11-15"  # closing words: the plenary's last day
    assert statement.date_source.startswith("inferred")


def test_the_reviewer_chooses_the_meeting_in_one_click(editor_client, kp_data):
    statement = ingest(AMBIGUOUS)
    url = reverse("admin:statements_statement_change", args=[statement.pk])
    page = editor_client.get(url)
    chosen = statement.meeting_candidates.get(year=2025)
    assert f'name="_choose_meeting" value="{chosen.pk}"' in page.content.decode()

    data = admin_post_data(page)
    data["_choose_meeting"] = str(chosen.pk)
    response = editor_client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    statement.refresh_from_db()
    assert statement.plenary == chosen
    assert statement.meeting_source.startswith("chosen by editor among")
    assert not statement.meeting_candidates.exists()


def test_a_meeting_set_by_hand_settles_the_choice(editor_client, kp_data):
    statement = ingest(AMBIGUOUS)
    url = reverse("admin:statements_statement_change", args=[statement.pk])
    data = admin_post_data(editor_client.get(url))
    data["plenary"] = str(Plenary.objects.get(year=2023, kind="plenary").pk)  # not one of the candidates

    response = editor_client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    statement.refresh_from_db()
    assert statement.plenary.year == 2023
    assert not statement.meeting_candidates.exists()
    assert 'name="_choose_meeting"' not in editor_client.get(url).content.decode()  # no buttons left to click


@pytest.mark.parametrize("stale", ["no-longer-a-candidate", "not-a-number"])
def test_a_stale_choice_is_a_message_not_an_error(editor_client, kp_data, stale):
    statement = ingest(AMBIGUOUS)
    url = reverse("admin:statements_statement_change", args=[statement.pk])
    data = admin_post_data(editor_client.get(url))
    other = statement.meeting_candidates.get(year=2025)
    statement.meeting_candidates.remove(other)  # another editor settled it meanwhile
    data["_choose_meeting"] = str(other.pk) if stale == "no-longer-a-candidate" else "2025 plenary"

    response = editor_client.post(url, data, follow=True)

    assert response.status_code == 200
    messages = [str(message) for message in response.context["messages"]]
    assert any("not the meeting: it is no longer one of the candidates" in message for message in messages)
    statement.refresh_from_db()
    assert statement.plenary is None
