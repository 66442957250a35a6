"""The database view the stall rule reads (reforms/querysets.py): one pass over the outcomes for every line.

Per line: its latest decisive outcome (when one meeting decided several of its texts, the decision
on the latest-tabled text counts, then the most recently recorded one), whether that closed it (no
later text tabled since), from which meeting its silence counts, and which decision meetings are
silent since. ``tests/foundation/test_stall_rule_oracle.py`` checks it against the rule computed
from scratch.

The view is not created by a migration but after every ``migrate``, and dropped before: a view
makes a later migration of the tables it reads fail (SQLite rebuilds a table to alter a column,
PostgreSQL refuses to alter a column a view uses). Change the SQL here; the next migrate applies it.
"""

from django.db import connections

TABLES = {"plenaries_plenary", "reforms_reformproposal", "reforms_outcome"}
DROP_VIEW = "DROP VIEW IF EXISTS reforms_linestatus"
CREATE_VIEW = """
CREATE VIEW reforms_linestatus AS
WITH
decision_meetings AS (
    -- from_here: how many decision meetings from this one to the latest, itself included.
    SELECT id, year, sort_key, ROW_NUMBER() OVER (ORDER BY sort_key DESC) AS from_here
    FROM plenaries_plenary WHERE held AND kind IN ('special', 'plenary')
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
),
first_silent AS (
    SELECT ls.line, MIN(m.sort_key) AS sort_key
    FROM line_status ls JOIN decision_meetings m ON m.sort_key >= ls.silence_from
    GROUP BY ls.line
)
SELECT p.id AS proposal_id,
       ls.decision AS last_decision,
       ls.decision_key AS last_decision_key,
       ls.first_tabled AS line_tabled_key,
       ls.closed,
       -- The status rests on the last decision: it closed the line, or the silence is counted from it.
       (ls.decision IS NOT NULL AND (ls.closed OR ls.silence_from = ls.after_decision)) AS rests_on_decision,
       ls.texts AS line_length,
       COALESCE(fm.from_here, 0) AS silent_meetings,
       fm.id AS first_silent_meeting_id,
       fm.year AS first_silent_year,
       (SELECT MAX(m.year) FROM decision_meetings m) AS latest_meeting_year
FROM reforms_reformproposal p
JOIN line_status ls ON ls.line = p.line_root_id
LEFT JOIN first_silent fs ON fs.line = ls.line
LEFT JOIN decision_meetings fm ON fm.sort_key = fs.sort_key
"""


def line_status_drop(*, using: str = "default", **kwargs) -> None:
    with connections[using].cursor() as cursor:
        cursor.execute(DROP_VIEW)


def line_status_create(*, using: str = "default", **kwargs) -> None:
    connection = connections[using]
    if not set(connection.introspection.table_names()) >= TABLES:
        return  # migrated back past the tables it reads
    with connection.cursor() as cursor:
        cursor.execute(DROP_VIEW)
        cursor.execute(CREATE_VIEW)
