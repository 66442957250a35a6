"""Pages are cached by URL and language, and any editor's save or delete invalidates them."""

from reforms.models import Decision
from tests.factories import OutcomeFactory, PlenaryFactory, ProposalFactory


def test_a_saved_outcome_shows_up_at_once(client, db):
    meeting = PlenaryFactory(year=2012)
    outcome = OutcomeFactory(proposal=ProposalFactory(first_tabled=meeting), decision=Decision.DEFERRED)
    deferred_cell, adopted_cell = '<a class="chip d-de" href=', '<a class="chip d-ad" href='
    assert deferred_cell in client.get("/timeline/").content.decode()

    outcome.decision = Decision.ADOPTED
    outcome.save()

    page = client.get("/timeline/").content.decode()
    assert adopted_cell in page
    assert deferred_cell not in page


def test_a_deleted_outcome_disappears_at_once(client, db):
    outcome = OutcomeFactory(proposal=ProposalFactory(first_tabled=PlenaryFactory(year=2012)), summary="Soon gone")
    assert "Soon gone" in client.get(outcome.proposal.get_absolute_url()).content.decode()
    outcome.delete()
    assert "Soon gone" not in client.get(outcome.proposal.get_absolute_url()).content.decode()


def test_english_and_french_are_cached_apart(client, db):
    ProposalFactory(first_tabled=PlenaryFactory(year=2012))
    assert "Reform timeline" in client.get("/timeline/").content.decode()
    assert "Frise des réformes" in client.get("/timeline/", headers={"accept-language": "fr"}).content.decode()
    assert "Reform timeline" in client.get("/timeline/").content.decode()


def test_a_cached_page_carries_each_visitors_own_csrf_token(db):
    from django.test import Client

    first, second = Client(), Client()
    first.get("/methodology/")
    page = second.get("/methodology/").content.decode()
    token = second.cookies["csrftoken"].value
    assert "__kp_csrf_token__" not in page
    assert 'name="csrfmiddlewaretoken"' in page
    # The language switcher posts with this page's token and the visitor's cookie.
    response = Client(enforce_csrf_checks=True)
    response.cookies["csrftoken"] = token
    form_token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    assert response.post("/i18n/setlang/", {"language": "fr", "csrfmiddlewaretoken": form_token}).status_code == 302


def test_gzip_clients_get_the_same_page_compressed_with_their_own_token(client, db):
    import gzip
    import re

    ProposalFactory(first_tabled=PlenaryFactory(year=2012))
    plain = client.get("/timeline/").content.decode()
    response = client.get("/timeline/", headers={"accept-encoding": "gzip, br"})
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    page = gzip.decompress(response.content).decode()
    # Django masks the token afresh for every response; everything else is identical.
    token = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    assert token.sub("", page) == token.sub("", plain)
    assert client.cookies["csrftoken"].value
    assert "__kp_csrf_token__" not in page


def test_every_model_of_the_tracked_apps_invalidates_the_pages_but_ingestion_bookkeeping():
    from django.apps import apps

    from kptracker.cache import UNCACHED_MODELS, tracked_models
    from kptracker.roles import TRACKED_APPS

    tracked = {model._meta.label_lower for model in tracked_models()}
    for label in TRACKED_APPS:
        for model in apps.get_app_config(label).get_models():
            name = model._meta.label_lower
            if model._meta.object_name.startswith("Historical") or name in UNCACHED_MODELS:
                assert name not in tracked
            else:
                assert name in tracked
    # What the public pages show, at least.
    assert {"plenaries.country", "reforms.reviewcycle", "statements.areamention", "statements.quote"} <= tracked


def test_adding_an_originator_invalidates_the_pages(db):
    from kptracker.cache import generation
    from tests.factories import OrganisationFactory

    proposal = ProposalFactory(first_tabled=PlenaryFactory(year=2012))
    before = generation()
    proposal.originators.add(OrganisationFactory())
    assert generation() > before


def test_fetching_a_source_leaves_the_cached_pages_alone(db):
    from kptracker.cache import generation
    from statements.models import Source

    before = generation()
    Source.objects.create(name="A feed", url="https://example.org/feed.xml")
    assert generation() == before
