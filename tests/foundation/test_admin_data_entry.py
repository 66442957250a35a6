import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from plenaries.models import Plenary
from reforms.models import Decision, Outcome
from tests.factories import OrganisationFactory, OutcomeFactory, PlenaryFactory, ProposalFactory, StatementFactory
from tests.foundation.admin_forms import admin_post_data

pytestmark = pytest.mark.django_db

STALE_PAGE = (
    "Someone else saved this record while you were editing it, so your changes were not saved. "
    "Reload the page, check their changes, then make yours again."
)


def staff(username, group):
    user = User.objects.create_user(username, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(client):
    user = staff("editor", "Editors")
    client.force_login(user)
    return user


@pytest.fixture
def plenary_with_open_proposals():
    tabled, plenary = PlenaryFactory(year=2018), PlenaryFactory(year=2019)
    open_one = ProposalFactory(first_tabled=tabled, title="Broaden the scope")
    other = ProposalFactory(first_tabled=tabled, title="Permanent secretariat")
    closed = ProposalFactory(first_tabled=tabled, title="Adopted earlier")
    OutcomeFactory(proposal=closed, plenary=tabled, decision=Decision.ADOPTED)
    return plenary, [open_one, other], closed


def change_url(plenary):
    return reverse("admin:plenaries_plenary_change", args=[plenary.pk])


def test_plenary_page_offers_one_outcome_row_per_open_proposal(client, editor, plenary_with_open_proposals):
    plenary, open_proposals, closed = plenary_with_open_proposals

    response = client.get(change_url(plenary))

    assert response.status_code == 200
    outcome_formset = next(
        f.formset for f in response.context["inline_admin_formsets"] if f.formset.prefix == "outcomes"
    )
    offered = [form.initial.get("proposal") for form in outcome_formset.forms]
    assert sorted(offered) == sorted(p.pk for p in open_proposals)
    assert closed.pk not in offered


def test_editor_records_outcomes_for_a_plenary_in_one_form_and_history_names_them(
    client, editor, plenary_with_open_proposals
):
    plenary, _open_proposals, _ = plenary_with_open_proposals
    data = admin_post_data(client.get(change_url(plenary)))
    data.update(
        {
            "outcomes-0-decision": Decision.NO_CONSENSUS,
            "outcomes-0-summary": "No consensus on an updated definition.",
            "outcomes-0-source_url": "https://example.org/communique",
            "outcomes-1-decision": Decision.PARTIALLY_ADOPTED,
            "outcomes-1-summary": "Host selection process set up.",
            "outcomes-1-source_url": "https://example.org/communique",
        }
    )

    response = client.post(change_url(plenary), data)

    assert response.status_code == 302, response.context and response.context["errors"]
    assert Outcome.objects.filter(plenary=plenary).count() == 2
    outcome = Outcome.objects.get(plenary=plenary, decision=Decision.NO_CONSENSUS)
    assert outcome.history.get().history_user == editor


def test_outcome_without_source_gets_a_clear_message_and_nothing_is_saved(client, editor, plenary_with_open_proposals):
    plenary, _, _ = plenary_with_open_proposals
    data = admin_post_data(client.get(change_url(plenary)))
    data.update({"outcomes-0-decision": Decision.DEFERRED, "outcomes-0-summary": "Deferred."})

    response = client.post(change_url(plenary), data)

    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert not Outcome.objects.filter(plenary=plenary).exists()


def test_outcome_before_the_proposal_was_tabled_is_refused_in_the_form(client, editor):
    earlier, later = PlenaryFactory(year=2016), PlenaryFactory(year=2019)
    proposal = ProposalFactory(first_tabled=later)

    response = client.post(
        reverse("admin:reforms_outcome_add"),
        {
            "proposal": proposal.pk,
            "plenary": earlier.pk,
            "decision": Decision.DEFERRED,
            "summary": "Deferred.",
            "source_url": "https://example.org/",
            "verified": "on",
        },
    )

    assert response.status_code == 200
    assert "is before the proposal was first tabled" in response.content.decode()
    assert not Outcome.objects.exists()


def test_two_editors_saving_the_same_plenary_do_not_overwrite_each_other(client, plenary_with_open_proposals):
    plenary, _, _ = plenary_with_open_proposals
    first, second = Client(), Client()
    first.force_login(staff("first", "Editors"))
    second.force_login(staff("second", "Editors"))
    first_data = admin_post_data(first.get(change_url(plenary)))
    second_data = admin_post_data(second.get(change_url(plenary)))

    first_data["city"] = "New Delhi"
    assert first.post(change_url(plenary), first_data).status_code == 302
    second_data["city"] = "Mumbai"
    response = second.post(change_url(plenary), second_data)

    plenary.refresh_from_db()
    assert plenary.city == "New Delhi"
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [STALE_PAGE]


def test_a_stale_page_cannot_overwrite_outcomes_another_editor_just_saved(client, plenary_with_open_proposals):
    plenary, (open_one, _other), _ = plenary_with_open_proposals
    outcome = OutcomeFactory(proposal=open_one, plenary=plenary, decision=Decision.DEFERRED, summary="Deferred.")
    first, second = Client(), Client()
    first.force_login(staff("first", "Editors"))
    second.force_login(staff("second", "Editors"))
    first_data = admin_post_data(first.get(change_url(plenary)))
    second_data = admin_post_data(second.get(change_url(plenary)))
    row = next(key for key, value in first_data.items() if key.endswith("-id") and value == str(outcome.pk))
    summary = row.removesuffix("-id") + "-summary"

    first_data[summary] = "Deferred to the intersessional."
    assert first.post(change_url(plenary), first_data).status_code == 302
    second_data[summary] = "Deferred for a year."
    response = second.post(change_url(plenary), second_data)

    outcome.refresh_from_db()
    assert outcome.summary == "Deferred to the intersessional."
    assert response.context["adminform"].form.non_field_errors() == [STALE_PAGE]


def test_saving_an_unchanged_meeting_writes_no_new_version_and_no_history_row(client, editor):
    plenary = PlenaryFactory(year=2019)
    data = admin_post_data(client.get(change_url(plenary)))
    version, rows = plenary.version, plenary.history.count()

    response = client.post(change_url(plenary), data)

    assert response.status_code == 302
    plenary.refresh_from_db()
    assert (plenary.version, plenary.history.count()) == (version, rows)

    data["city"] = "Gaborone"
    assert client.post(change_url(plenary), data).status_code == 302
    plenary.refresh_from_db()
    assert plenary.city == "Gaborone"
    assert plenary.history.count() == rows + 1


def test_viewer_can_read_but_not_change(client, plenary_with_open_proposals):
    plenary, _, _ = plenary_with_open_proposals
    client.force_login(staff("viewer", "Viewers"))

    assert client.get(change_url(plenary)).status_code == 200
    assert client.get(reverse("admin:reforms_outcome_add")).status_code == 403
    response = client.post(change_url(plenary), {"city": "Elsewhere"})
    assert response.status_code == 403
    plenary.refresh_from_db()
    assert plenary.city != "Elsewhere"


def test_anonymous_visitors_are_sent_to_the_login_page(client, plenary_with_open_proposals):
    plenary, _, _ = plenary_with_open_proposals

    response = client.get(change_url(plenary))

    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_editors_cannot_touch_reference_data(client, editor):
    assert client.get(reverse("admin:plenaries_participant_add")).status_code == 403
    assert client.get(reverse("admin:plenaries_participant_changelist")).status_code == 200


def test_every_model_has_an_admin():
    from django.apps import apps
    from django.contrib import admin

    for app_label in ["plenaries", "reforms", "statements"]:
        for model in apps.get_app_config(app_label).get_models():
            # History tables, and database views (the stall rule's), are read-only by nature.
            if model._meta.managed and not model.__name__.startswith("Historical"):
                assert admin.site.is_registered(model), model


def test_past_meetings_offer_the_texts_that_were_on_the_table_then(client, editor):
    p2012, p2015, p2017, p2019 = (PlenaryFactory(year=y) for y in (2012, 2015, 2017, 2019))
    first = ProposalFactory(first_tabled=p2012, title="Definition 2012")
    second = ProposalFactory(first_tabled=p2017, continues=first, area=first.area, title="Definition 2017")
    adopted = ProposalFactory(first_tabled=p2012, title="Adopted in 2012")
    OutcomeFactory(proposal=adopted, plenary=p2012, decision=Decision.ADOPTED)

    def offered(plenary):
        formsets = client.get(change_url(plenary)).context["inline_admin_formsets"]
        outcome_formset = next(f.formset for f in formsets if f.formset.prefix == "outcomes")
        return {form.initial.get("proposal") for form in outcome_formset.forms}

    assert offered(p2015) == {first.pk}
    assert offered(p2019) == {second.pk}
    not_held = PlenaryFactory(year=2020, held=False)
    assert offered(not_held) == set()


def test_an_outcome_on_a_replaced_text_is_refused(client, editor):
    p2012, p2017, p2019 = (PlenaryFactory(year=y) for y in (2012, 2017, 2019))
    first = ProposalFactory(first_tabled=p2012)
    ProposalFactory(first_tabled=p2017, continues=first, area=first.area, title="Definition 2017")

    response = client.post(
        reverse("admin:reforms_outcome_add"),
        {
            "proposal": first.pk,
            "plenary": p2019.pk,
            "decision": Decision.DEFERRED,
            "summary": "Deferred.",
            "source_url": "https://example.org/",
        },
    )

    assert "had been replaced by “Definition 2017”" in response.content.decode()
    assert not Outcome.objects.exists()


def test_editors_find_meetings_by_year(client, editor):
    PlenaryFactory(year=2019, city="New Delhi")
    PlenaryFactory(year=2018, city="Brussels")

    page = client.get(reverse("admin:plenaries_plenary_changelist"), {"q": "2019"}).content.decode()

    assert "New Delhi" in page and "Brussels" not in page


def test_linking_a_text_to_an_earlier_one_in_the_admin_moves_its_whole_line(client):
    # Proposals are reference data: administrators, not editors, change them.
    client.force_login(User.objects.create_superuser("admin", password="pw"))
    first = ProposalFactory(first_tabled=PlenaryFactory(year=2012), title="Definition 2012")
    second = ProposalFactory(first_tabled=PlenaryFactory(year=2017), area=first.area, title="Definition 2017")
    third = ProposalFactory(first_tabled=second.first_tabled, continues=second, area=first.area)
    url = reverse("admin:reforms_reformproposal_change", args=[second.pk])
    data = admin_post_data(client.get(url))
    data["continues"] = str(first.pk)

    response = client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    third.refresh_from_db()
    assert third.line_root_id == first.pk


def test_an_editor_adds_a_meeting_from_the_admin(client, editor):
    add_url = reverse("admin:plenaries_plenary_add")

    page = client.get(add_url)
    assert page.status_code == 200
    data = admin_post_data(page)
    data.update(
        {
            "year": "2021",
            "kind": "plenary",
            "held": "on",
            "city": "Gaborone",
            "source_url": "https://www.kimberleyprocess.com/en/2021-plenary",
        }
    )
    response = client.post(add_url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    assert Plenary.objects.filter(year=2021, city="Gaborone").exists()


@pytest.mark.parametrize(("statements", "moved"), [(1, "1 record moved"), (2, "2 records moved")])
def test_merging_an_organisation_says_how_many_records_moved(client, editor, statements, moved):
    proposed = OrganisationFactory(name="Marange Trust", proposed=True)
    StatementFactory.create_batch(statements, organisation=proposed)
    into = OrganisationFactory(name="CNRG")

    response = client.post(
        reverse("admin:plenaries_organisation_merge", args=[proposed.pk]), {"into": into.pk}, follow=True
    )

    assert [str(message) for message in response.context["messages"]] == [f"Marange Trust merged into CNRG: {moved}."]


def test_a_french_speaking_editor_reads_the_merge_and_stale_page_messages_in_french(client, editor):
    proposed = OrganisationFactory(name="Marange Trust", proposed=True)
    StatementFactory(organisation=proposed)
    into = OrganisationFactory(name="CNRG")
    merge_url = reverse("admin:plenaries_organisation_merge", args=[proposed.pk])

    merged = client.post(merge_url, {"into": into.pk}, follow=True, headers={"accept-language": "fr"})

    assert [str(message) for message in merged.context["messages"]] == [
        "Marange Trust fusionnée avec CNRG : 1 fiche rattachée."
    ]
    plenary = PlenaryFactory(year=2019)
    stale = admin_post_data(client.get(change_url(plenary)))
    Plenary.objects.get(pk=plenary.pk).save()  # someone else saves it meanwhile
    refused = client.post(change_url(plenary), stale, headers={"accept-language": "fr"})
    assert refused.context["adminform"].form.non_field_errors() == [
        "Quelqu’un d’autre a enregistré cette fiche pendant que vous la modifiiez : vos modifications n’ont pas "
        "été enregistrées. Rechargez la page, vérifiez ses changements, puis refaites les vôtres."
    ]
