from django.db import migrations

from accounts.roles import roles_sync


class Migration(migrations.Migration):
    """Editors record milestones between meetings and keep the list of open questions."""

    dependencies = [
        ("kptracker", "0002_ingestion_roles"),
        ("plenaries", "0003_chair_note_open_questions_source_rules"),
        ("reforms", "0002_milestones_source_rules"),
    ]

    operations = [migrations.RunPython(roles_sync, migrations.RunPython.noop)]
