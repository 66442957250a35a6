"""The footer dates the newest change to the data, read where the API reads its Last-Modified."""

from django.apps import apps
from django.db.models import Max
from django.utils import timezone

from kptracker.context_processors import data_last_updated
from kptracker.roles import TRACKED_APPS
from tests.factories import OrganisationFactory, OutcomeFactory, StatementFactory


def _newest_history_row():
    return max(
        (
            model.objects.aggregate(newest=Max("history_date"))["newest"]
            for label in TRACKED_APPS
            for model in apps.get_app_config(label).get_models()
            if model._meta.object_name.startswith("Historical")
        ),
        key=lambda value: value.timestamp() if value else 0,
    )


def test_an_empty_database_says_no_data_has_been_entered(client, db):
    assert data_last_updated() is None
    assert "No data has been entered yet." in client.get("/methodology/").content.decode()


def test_the_footer_dates_the_newest_change_to_any_model_with_history(client, db):
    OutcomeFactory()
    StatementFactory()
    organisation = OrganisationFactory()
    organisation.delete()  # a deletion leaves a history row too
    assert data_last_updated() == _newest_history_row()
    page = client.get("/methodology/").content.decode()
    assert f'Data last updated <time datetime="{timezone.localtime(data_last_updated()).isoformat()}">' in page
