"""The stall rule's per-line facts, as a view both SQLite and PostgreSQL run (reforms/querysets.py).

One pass over the outcomes for every line: the line's latest decisive outcome, whether it
closed the line (no later text tabled since), and from which meeting its silence counts.
When one meeting decided several texts of a line, the decision on the latest-tabled text
counts (it is the line's current text), then the most recently recorded one.
"""

from django.db import migrations, models
import django.db.models.deletion

CREATE_VIEW = """
CREATE VIEW reforms_linestatus AS
WITH
decision_meetings AS (
    SELECT id, year, sort_key FROM plenaries_plenary WHERE held AND kind IN ('special', 'plenary')
),
texts AS (
    SELECT p.id, p.line_root_id AS line, t.sort_key AS tabled
    FROM reforms_reformproposal p JOIN plenaries_plenary t ON t.id = p.first_tabled_id
),
lines AS (
    SELECT line, MIN(tabled) AS first_tabled, MAX(tabled) AS latest_text, COUNT(*) AS texts
    FROM texts GROUP BY line
),
decisive AS (
    SELECT x.line, o.decision, m.sort_key, x.tabled,
           ROW_NUMBER() OVER (PARTITION BY x.line ORDER BY m.sort_key DESC, x.tabled DESC, o.id DESC) AS newest
    FROM reforms_outcome o
    JOIN texts x ON x.id = o.proposal_id
    JOIN plenaries_plenary m ON m.id = o.plenary_id
    WHERE o.decision IN ('adopted', 'partially_adopted', 'rejected', 'withdrawn')
),
last_decision AS (
    SELECT d.line, d.decision, d.sort_key,
           d.decision IN ('adopted', 'rejected', 'withdrawn') AND d.tabled >= l.latest_text AS closed,
           d.decision IN ('adopted', 'rejected', 'withdrawn') AS closing
    FROM decisive d JOIN lines l ON l.line = d.line
    WHERE d.newest = 1
),
silence AS (
    SELECT l.line, l.texts, d.decision, d.sort_key AS decision_key, COALESCE(d.closed, FALSE) AS closed,
           l.first_tabled,
           CASE WHEN COALESCE(d.sort_key, 0) + 1 > l.first_tabled THEN COALESCE(d.sort_key, 0) + 1
                ELSE l.first_tabled END AS after_decision,
           CASE WHEN d.closing THEN l.latest_text ELSE 0 END AS reopened_at
    FROM lines l LEFT JOIN last_decision d ON d.line = l.line
),
line_status AS (
    SELECT s.*,
           CASE WHEN s.reopened_at > s.after_decision THEN s.reopened_at ELSE s.after_decision END AS silence_from
    FROM silence s
)
SELECT p.id AS proposal_id,
       ls.decision AS last_decision,
       ls.decision_key AS last_decision_key,
       ls.first_tabled AS line_tabled_key,
       ls.closed,
       ls.texts AS line_length,
       (SELECT COUNT(*) FROM decision_meetings m WHERE m.sort_key >= ls.silence_from) AS silent_meetings,
       (SELECT m.id FROM decision_meetings m WHERE m.sort_key >= ls.silence_from ORDER BY m.sort_key LIMIT 1)
           AS first_silent_meeting_id,
       (SELECT m.year FROM decision_meetings m WHERE m.sort_key >= ls.silence_from ORDER BY m.sort_key LIMIT 1)
           AS first_silent_year,
       (SELECT MAX(m.year) FROM decision_meetings m) AS latest_meeting_year,
       NOT EXISTS (SELECT 1 FROM reforms_reformproposal c WHERE c.continues_id = p.id) AS is_line_head
FROM reforms_reformproposal p
JOIN line_status ls ON ls.line = p.line_root_id
"""


class Migration(migrations.Migration):
    dependencies = [
        ("plenaries", "0004_country_represented_since_longer_date_notes"),
        ("reforms", "0002_milestones_source_rules"),
    ]

    operations = [
        migrations.RunSQL(CREATE_VIEW, "DROP VIEW reforms_linestatus"),
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
