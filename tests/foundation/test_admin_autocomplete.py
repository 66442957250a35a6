"""Every autocomplete widget in the admin answers with its options, in a stable order."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import User

pytestmark = pytest.mark.django_db


def autocomplete_fields():
    """(app label, model name, field name) of every autocomplete widget the admin draws."""
    for model, model_admin in admin.site._registry.items():
        for field_name in model_admin.autocomplete_fields:
            yield model._meta.app_label, model._meta.model_name, field_name


@pytest.mark.parametrize(("app_label", "model_name", "field_name"), list(autocomplete_fields()))
def test_each_autocomplete_answers_its_options_in_order(client, app_label, model_name, field_name):
    # Pagination of an unordered list warns, and the test settings make that warning an error.
    client.force_login(User.objects.create_superuser("chief", password="pw"))

    response = client.get(
        "/admin/autocomplete/", {"app_label": app_label, "model_name": model_name, "field_name": field_name}
    )

    assert response.status_code == 200
    assert "results" in response.json()
