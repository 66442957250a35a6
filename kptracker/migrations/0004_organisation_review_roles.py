from django.db import migrations

from accounts.roles import roles_sync


class Migration(migrations.Migration):
    """Editors accept, or merge, the organisations ingestion proposes."""

    dependencies = [
        ("kptracker", "0003_record_roles"),
        ("plenaries", "0005_organisation_proposed"),
    ]

    operations = [migrations.RunPython(roles_sync, migrations.RunPython.noop)]
