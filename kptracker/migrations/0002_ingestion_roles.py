from django.db import migrations

from accounts.roles import roles_sync


class Migration(migrations.Migration):
    """Editors manage statement sources and upload documents."""

    dependencies = [
        ("kptracker", "0001_roles"),
        ("statements", "0002_ingestion"),
    ]

    operations = [migrations.RunPython(roles_sync, migrations.RunPython.noop)]
