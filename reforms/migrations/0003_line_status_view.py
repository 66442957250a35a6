"""The model of the stall rule's view (reforms/line_status.py): unmanaged, read through with_stall_status().

The view itself is created after every migrate, not here: see reforms/line_status.py for why.
"""

from django.db import migrations, models
import django.db.models.deletion

class Migration(migrations.Migration):
    dependencies = [
        ("plenaries", "0004_country_represented_since_longer_date_notes"),
        ("reforms", "0002_milestones_source_rules"),
    ]

    operations = [
        migrations.CreateModel(
            name="LineStatus",
            fields=[
                (
                    "proposal",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="line_status",
                        serialize=False,
                        to="reforms.reformproposal",
                    ),
                ),
                ("last_decision", models.CharField(choices=[("adopted", "Adopted"), ("partially_adopted", "Partially adopted"), ("deferred", "Deferred"), ("noted", "Noted"), ("no_consensus", "No consensus"), ("rejected", "Rejected"), ("withdrawn", "Withdrawn"), ("not_discussed", "Not discussed")], max_length=20, null=True)),
                ("last_decision_key", models.IntegerField(null=True)),
                ("line_tabled_key", models.IntegerField()),
                ("closed", models.BooleanField()),
                ("line_length", models.IntegerField()),
                ("silent_meetings", models.IntegerField()),
                ("first_silent_year", models.IntegerField(null=True)),
                ("latest_meeting_year", models.IntegerField(null=True)),
                ("is_line_head", models.BooleanField()),
                (
                    "first_silent_meeting",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="plenaries.plenary",
                    ),
                ),
            ],
            options={"db_table": "reforms_linestatus", "managed": False},
        ),
    ]
