"""An outcome's summary is a sentence or two: at most 5,000 characters, by every path that writes one."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.urls import reverse

from reforms.models import Decision, Outcome
from reforms.services import outcome_record
from tests.factories import ProposalFactory, dataset_document
from tests.foundation.admin_forms import admin_post_data
from tracker.dataset_check import check_dataset

pytestmark = pytest.mark.django_db

TOO_LONG = "x" * 5001


def test_the_service_refuses_a_summary_over_5000_characters_and_saves_nothing():
    proposal = ProposalFactory()

    with pytest.raises(ValidationError) as error:
        outcome_record(
            proposal=proposal,
            plenary=proposal.first_tabled,
            decision=Decision.DEFERRED,
            summary=TOO_LONG,
            source_url="https://www.kimberleyprocess.com/en/communique",
        )

    assert error.value.message_dict["summary"] == ["Ensure this value has at most 5000 characters (it has 5001)."]
    assert not Outcome.objects.exists()


def test_a_summary_of_5000_characters_is_accepted():
    proposal = ProposalFactory()

    outcome, _ = outcome_record(
        proposal=proposal,
        plenary=proposal.first_tabled,
        decision=Decision.DEFERRED,
        summary="x" * 5000,
        source_url="https://www.kimberleyprocess.com/en/communique",
    )

    assert len(outcome.summary) == 5000


def test_the_admin_refuses_a_summary_over_5000_characters(client):
    editor = User.objects.create_user("editor", password="pw", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    proposal = ProposalFactory()
    url = reverse("admin:reforms_outcome_add")
    data = admin_post_data(client.get(url))
    data.update(
        {
            "proposal": proposal.pk,
            "plenary": proposal.first_tabled.pk,
            "decision": Decision.DEFERRED,
            "summary": TOO_LONG,
            "source_url": "https://www.kimberleyprocess.com/en/communique",
        }
    )

    response = client.post(url, data)

    assert response.context["adminform"].form.errors["summary"] == [
        "Ensure this value has at most 5000 characters (it has 5001)."
    ]
    assert not Outcome.objects.exists()


def test_check_dataset_refuses_a_summary_over_5000_characters():
    data = dataset_document()
    data["proposals"][0]["outcomes"][0]["summary"] = TOO_LONG

    assert [str(problem) for problem in check_dataset(data)] == [
        "outcome of definition at 2019 plenary: summary has 5001 characters, more than the 5000 allowed."
    ]
